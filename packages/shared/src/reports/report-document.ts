import { z } from 'zod';
import { isValidIsoDay } from '../time/vn-day.ts';

// An administrative document as plain data (shared/DESIGN.md section 5.6): the header data of
// Decree 30/2020/NĐ-CP (issuing body, number and symbol, place and date, type and summary,
// recipients, signer) and a body of blocks. Generated reports fill it from the data, people edit
// it, and one renderer per format (Word, print HTML) lays it out; the model knows nothing of
// fonts or pages.

// XML 1.0 cannot carry C0 control characters, and a line break inside a run has no place in a
// document whose paragraphs are blocks: refuse them here rather than write a corrupt .docx.
const isControlCharacter = (char: string) => {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
};
const noControlCharacters = (text: string) => ![...text].some(isControlCharacter);
const CONTROL_MESSAGE = 'no line breaks, tabs or control characters';

/** A one-line text of the document: trimmed, not empty. */
const documentLine = (max: number) =>
  z.string().trim().min(1).max(max).refine(noControlCharacters, CONTROL_MESSAGE);

/**
 * The name of a body as it is set at the top left: its lines joined by "\n" (at most 3), where the
 * clerk breaks them ("CÔNG AN THÀNH PHỐ\nCẦN THƠ"), so a place name is never split.
 */
const bodyName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .refine((text) => text.split('\n').every((line) => line.trim() !== '' && noControlCharacters(line)), {
    message: 'lines of text separated by single line breaks',
  })
  .refine((text) => text.split('\n').length <= 3, 'at most 3 lines');

/** The lines of a body's name as the header sets them. */
export const bodyNameLines = (name: string) => name.split('\n').map((line) => line.trim());

/** Abbreviations of the symbol: capitals (Đ included) and digits in groups joined by "-" (BC-CATP). */
export const documentSymbolSchema = z
  .string()
  .trim()
  .max(40)
  .regex(/^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/u, 'capital letters and digits in groups joined by -');

export const reportSignerSchema = z.object({
  /** Signing on behalf of the head: "KT. GIÁM ĐỐC", "TL. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; null when the head signs. */
  authority: documentLine(80).nullable(),
  /** The signer's own title: "PHÓ GIÁM ĐỐC". */
  title: documentLine(100),
  /** Rank and full name as printed under the signature: "Đại tá Nguyễn Văn A". */
  name: documentLine(100),
});
export type ReportSigner = z.infer<typeof reportSignerSchema>;

export const reportHeaderSchema = z.object({
  /** The body the issuing body answers to (cơ quan chủ quản): "BỘ CÔNG AN"; null when there is none. */
  parentBody: bodyName.nullable(),
  /** The issuing body (cơ quan ban hành): "CÔNG AN THÀNH PHỐ\nCẦN THƠ". */
  issuingBody: bodyName,
  /** The register number; null until the clerical office registers the document (printed blank). */
  number: z.number().int().min(1).max(999_999).nullable(),
  /** The symbol after the number: "BC-CATP" (document type - issuing body). */
  symbol: documentSymbolSchema,
  /** Where it is issued: "Cần Thơ". */
  place: documentLine(100),
  /** The day it is issued, YYYY-MM-DD. */
  date: z.string().refine(isValidIsoDay, 'must be a calendar day written YYYY-MM-DD'),
  /** The document type (tên loại): "BÁO CÁO". */
  documentType: documentLine(60),
  /** The summary (trích yếu): "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết …". */
  summary: documentLine(500),
  /** Recipients (nơi nhận), one each; the renderer adds the "- " and ";". */
  recipients: z.array(documentLine(200)).min(1).max(40),
  /** What follows "Lưu:" in the last recipient line: "VT, PV01". */
  filing: documentLine(100),
  signer: reportSignerSchema,
});
export type ReportHeader = z.infer<typeof reportHeaderSchema>;

export const REPORT_HEADING_LEVELS = [1, 2, 3] as const;
/** 1 = "I." (section), 2 = "1." (clause), 3 = "a)" (point); the renderer numbers them. */
export type ReportHeadingLevel = (typeof REPORT_HEADING_LEVELS)[number];

export const reportHeadingSchema = z.object({
  kind: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** The heading without its number: "Kết quả đạt được". */
  text: documentLine(300),
});
export type ReportHeading = z.infer<typeof reportHeadingSchema>;

export const reportTextRunSchema = z.object({
  // Not trimmed: the spaces between runs are part of the sentence.
  text: z.string().min(1).max(20_000).refine(noControlCharacters, CONTROL_MESSAGE),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type ReportTextRun = z.infer<typeof reportTextRunSchema>;

export const reportParagraphSchema = z.object({
  kind: z.literal('paragraph'),
  runs: z.array(reportTextRunSchema).min(1).max(200),
});
export type ReportParagraph = z.infer<typeof reportParagraphSchema>;

export const REPORT_CELL_ALIGNMENTS = ['left', 'center', 'right'] as const;
export type ReportCellAlignment = (typeof REPORT_CELL_ALIGNMENTS)[number];

export const reportTableSchema = z
  .object({
    kind: z.literal('table'),
    /** A title above the table: "Bảng 1. Tình hình tội phạm về trật tự xã hội". */
    caption: documentLine(300).nullable(),
    columns: z
      .array(z.object({ label: documentLine(200), align: z.enum(REPORT_CELL_ALIGNMENTS) }))
      .min(1)
      .max(12),
    /** Cells as printed: numbers already formatted the Vietnamese way ("1.234", "−4,8 %"). */
    rows: z
      .array(z.array(z.string().trim().max(500).refine(noControlCharacters, CONTROL_MESSAGE)))
      .max(1_000),
    /** A note under the table: the source of the figures, how they are counted. */
    note: documentLine(1_000).nullable(),
  })
  .refine((t) => t.rows.every((row) => row.length === t.columns.length), {
    path: ['rows'],
    message: 'every row has one cell per column',
  });
export type ReportTable = z.infer<typeof reportTableSchema>;

export const reportBlockSchema = z.discriminatedUnion('kind', [
  reportHeadingSchema,
  reportParagraphSchema,
  reportTableSchema,
]);
export type ReportBlock = z.infer<typeof reportBlockSchema>;

export const reportDocumentSchema = z.object({
  header: reportHeaderSchema,
  body: z.array(reportBlockSchema).min(1).max(2_000),
});
export type ReportDocument = z.infer<typeof reportDocumentSchema>;
