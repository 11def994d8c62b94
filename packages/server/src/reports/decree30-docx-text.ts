import { AlignmentType, BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import { DOCUMENT_FONT, TWIPS_PER_POINT } from './decree30-layout.ts';

// Runs and paragraphs of the Decree 30 document. Every run names Times New Roman for each
// character set and its size in full, so the document does not depend on the reader's defaults.

export type RunStyle = { sizePt: number; bold?: boolean; italic?: boolean };

export const halfPoints = (pt: number) => Math.round(pt * 2);

export function run(text: string, style: RunStyle): TextRun {
  return new TextRun({
    text,
    font: DOCUMENT_FONT,
    size: halfPoints(style.sizePt),
    bold: style.bold ?? false,
    italics: style.italic ?? false,
  });
}

/** Single spacing with no space around: the lines of the header, the closing and the table cells. */
export const SINGLE_SPACING = { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } as const;

/** A centred single-spaced line, as the header and the closing set their elements. */
export function centredLine(text: string, style: RunStyle, spacingBeforePt = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { ...SINGLE_SPACING, before: spacingBeforePt * TWIPS_PER_POINT },
    children: [run(text, style)],
  });
}

/**
 * The gap between a line of text and the rule under it. Without it the rule touches the
 * descenders and reads as an underline; the decree's model draws a separate line a little below.
 */
export const RULE_GAP_PT = 3;

/**
 * A horizontal rule of the given width, centred in a column: an empty paragraph whose top border
 * is the rule and whose indents make it short. A paragraph border, unlike a drawn shape, stays
 * under its line in every word processor; the space before the paragraph lies above its border.
 */
export function centredRule(widthTwips: number, columnWidthTwips: number, spacingAfterPt = 0): Paragraph {
  const side = Math.max(0, Math.round((columnWidthTwips - widthTwips) / 2));
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    // The paragraph is a thin strip; its mark keeps the document's font and a small size.
    spacing: {
      before: RULE_GAP_PT * TWIPS_PER_POINT,
      after: spacingAfterPt * TWIPS_PER_POINT,
      line: 80,
      lineRule: LineRuleType.EXACT,
    },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { font: DOCUMENT_FONT, size: halfPoints(4) },
    children: [],
  });
}
