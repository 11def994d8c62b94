import {
  bodyNameLines,
  decreeCapitals,
  documentNumberLine,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  placeDateLine,
  type ReportHeader,
} from '@antt/shared';
import {
  AlignmentType,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  HEADER_COLUMNS_TWIPS,
  SHORT_RULE_FRACTION,
  SIZES_PT,
  TEXT_WIDTH_TWIPS,
  TWIPS_PER_POINT,
} from './decree30-layout.ts';
import { centredLine, centredRule, run, SINGLE_SPACING } from './decree30-docx-text.ts';
import { boldTextWidthPt, widestBoldLinePt } from './times-bold-metrics.ts';

// The top of the first page (Annex I, the layout of the elements): left, the parent and the
// issuing body with a short rule and the number; right, the national title, the motto with a rule
// as long as the motto, and the place and date; then the document type and the summary, centred,
// with a short rule. Two rows keep the number level with the date, as in the decree's layout.

const [LEFT, RIGHT] = HEADER_COLUMNS_TWIPS;
const NO_CELL_MARGINS = { top: 0, bottom: 0, left: 0, right: 0 };

function cell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: NO_CELL_MARGINS,
    verticalAlign: VerticalAlign.TOP,
    children,
  });
}

/** The rule under the issuing body: 1/3 to 1/2 of its widest line. */
function issuingBodyRuleTwips(lines: string[]): number {
  const widest = Math.max(
    ...lines.map((line) => widestBoldLinePt(line, SIZES_PT.issuingBody, LEFT / TWIPS_PER_POINT)),
  );
  return Math.round(widest * SHORT_RULE_FRACTION * TWIPS_PER_POINT);
}

const nameLines = (name: string) => bodyNameLines(decreeCapitals(name));

export function headerTable(header: ReportHeader): Table {
  const parentBody = header.parentBody === null ? [] : nameLines(header.parentBody);
  const issuingBody = nameLines(header.issuingBody);
  const left = [
    ...parentBody.map((line) => centredLine(line, { sizePt: SIZES_PT.parentBody })),
    ...issuingBody.map((line) => centredLine(line, { sizePt: SIZES_PT.issuingBody, bold: true })),
    centredRule(issuingBodyRuleTwips(issuingBody), LEFT),
  ];
  const mottoWidthTwips = Math.round(boldTextWidthPt(NATIONAL_MOTTO, SIZES_PT.motto) * TWIPS_PER_POINT);
  const right = [
    centredLine(NATIONAL_TITLE, { sizePt: SIZES_PT.nationalTitle, bold: true }),
    centredLine(NATIONAL_MOTTO, { sizePt: SIZES_PT.motto, bold: true }),
    centredRule(mottoWidthTwips, RIGHT),
  ];
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: [LEFT, RIGHT],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({ children: [cell(LEFT, left), cell(RIGHT, right)] }),
      new TableRow({
        children: [
          cell(LEFT, [centredLine(documentNumberLine(header), { sizePt: SIZES_PT.number }, 6)]),
          cell(RIGHT, [centredLine(placeDateLine(header), { sizePt: SIZES_PT.placeDate, italic: true }, 6)]),
        ],
      }),
    ],
  });
}

/** "BÁO CÁO" and the summary under it, centred, with the short rule under the summary. */
export function titleBlock(header: ReportHeader): Paragraph[] {
  const summaryRule = Math.round(
    widestBoldLinePt(header.summary, SIZES_PT.summary, TEXT_WIDTH_TWIPS / TWIPS_PER_POINT) *
      SHORT_RULE_FRACTION *
      TWIPS_PER_POINT,
  );
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { ...SINGLE_SPACING, before: 24 * TWIPS_PER_POINT },
      keepNext: true,
      children: [run(decreeCapitals(header.documentType), { sizePt: SIZES_PT.documentType, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: SINGLE_SPACING,
      keepNext: true,
      children: [run(header.summary, { sizePt: SIZES_PT.summary, bold: true })],
    }),
    // A line of air between the rule and the body.
    centredRule(summaryRule, TEXT_WIDTH_TWIPS, 14),
  ];
}
