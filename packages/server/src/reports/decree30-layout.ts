// The page and type of Decree 30/2020/NĐ-CP, Annex I, as numbers both renderers (Word and the
// print HTML) use, so that the two cannot drift apart. Where the decree gives a range the value
// chosen is named next to it.

export const TWIPS_PER_POINT = 20;
export const millimetresToTwips = (mm: number) => Math.round((mm * 1440) / 25.4);

/** The only font of the document (Annex I: "phông chữ tiếng Việt Times New Roman"). */
export const DOCUMENT_FONT = 'Times New Roman';

/** A4 portrait, 210 × 297 mm. */
export const PAGE = { widthMm: 210, heightMm: 297, widthTwips: 11_906, heightTwips: 16_838 } as const;

/** Margins: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; each at the low end of its range. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
export const MARGIN_RANGES_MM = {
  top: [20, 25],
  bottom: [20, 25],
  left: [30, 35],
  right: [15, 20],
} as const;

/** Distance of the page-number line from the top edge: inside the top margin. */
export const HEADER_DISTANCE_MM = 10;

export const TEXT_WIDTH_TWIPS =
  PAGE.widthTwips - millimetresToTwips(MARGINS_MM.left) - millimetresToTwips(MARGINS_MM.right);

/** Type sizes in points, each within the decree's range for its element. */
export const SIZES_PT = {
  parentBody: 13, // 12–13, capitals
  issuingBody: 13, // 12–13, bold capitals
  number: 13, // 13
  nationalTitle: 13, // 12–13, bold capitals
  motto: 14, // 13–14, bold
  placeDate: 14, // 13–14, italic
  documentType: 14, // 13–14, bold capitals
  summary: 14, // 13–14, bold
  body: 14, // 13–14
  table: 13, // tables may be set a size below the body
  tableNote: 12,
  pageNumber: 14, // 13–14
  recipientsLabel: 12, // 12, bold italic
  recipients: 11, // 11
  signer: 14, // 13–14, bold capitals
  signerName: 14, // 13–14, bold
} as const;

/** Body paragraphs: first-line indent 1–1.27 cm (1.27 cm), at least 6 pt between paragraphs, line spacing single to 1.5 (1.3). */
export const BODY_PARAGRAPH = {
  firstLineIndentTwips: 720,
  spacingAfterTwips: 120,
  /** In 240ths of a line ('auto' line rule): 312 = 1.3 lines. */
  lineTwips: 312,
  lineMultiple: 1.3,
} as const;

/** The header and the closing are borderless two-column tables; widths in twips. */
export const HEADER_COLUMNS_TWIPS = [3_755, TEXT_WIDTH_TWIPS - 3_755] as const;
export const CLOSING_COLUMNS_TWIPS = [4_400, TEXT_WIDTH_TWIPS - 4_400] as const;

/** The rules under the issuing body and the summary are 1/3 to 1/2 of the line above them. */
export const SHORT_RULE_FRACTION = 5 / 12;

/** Room for the signature and the seal between the signer's title and name. */
export const SIGNATURE_SPACE_PT = 80;
