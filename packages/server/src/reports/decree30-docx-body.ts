import {
  decreeCapitals,
  headingLabels,
  type ReportBlock,
  type ReportHeading,
  type ReportTable,
} from '@antt/shared';
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import {
  BODY_PARAGRAPH,
  DOCUMENT_FONT,
  SIZES_PT,
  TEXT_WIDTH_TWIPS,
  TWIPS_PER_POINT,
} from './decree30-layout.ts';
import { halfPoints, run, SINGLE_SPACING } from './decree30-docx-text.ts';

// The body (Annex I, the content): 14 pt, justified, first-line indent 1.27 cm, 6 pt after each
// paragraph, 1.3 lines; headings numbered I., 1., a) and set bold; tables 13 pt with a bold
// header row that Word repeats at the top of each page the table runs onto.

const BODY_SPACING = {
  before: 0,
  after: BODY_PARAGRAPH.spacingAfterTwips,
  line: BODY_PARAGRAPH.lineTwips,
  lineRule: LineRuleType.AUTO,
} as const;

const BODY_LAYOUT = {
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: BODY_PARAGRAPH.firstLineIndentTwips },
  spacing: BODY_SPACING,
} as const;

function heading(block: ReportHeading, label: string): Paragraph {
  // Sections are written in capitals; points are set in italics as well, to stand below clauses.
  const text = block.level === 1 ? decreeCapitals(block.text) : block.text;
  return new Paragraph({
    ...BODY_LAYOUT,
    keepNext: true,
    children: [run(`${label} ${text}`, { sizePt: SIZES_PT.body, bold: true, italic: block.level === 3 })],
  });
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const TABLE_BORDERS = {
  top: CELL_BORDER,
  bottom: CELL_BORDER,
  left: CELL_BORDER,
  right: CELL_BORDER,
  insideHorizontal: CELL_BORDER,
  insideVertical: CELL_BORDER,
};

const ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
} as const;

/** Column widths in proportion to the longest text of each column (labels wrap, so count half). */
export function tableColumnWidths(table: ReportTable, totalTwips = TEXT_WIDTH_TWIPS): number[] {
  const weights = table.columns.map((column, index) => {
    const longest = Math.max(column.label.length / 2, ...table.rows.map((row) => row[index]?.length ?? 0));
    return Math.min(40, Math.max(8, longest));
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((totalTwips * w) / sum));
  widths[0] = (widths[0] ?? 0) + totalTwips - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function tableCell(text: string, width: number, align: keyof typeof ALIGNMENT, isHeader: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: isHeader ? AlignmentType.CENTER : ALIGNMENT[align],
        spacing: SINGLE_SPACING,
        children: [run(text, { sizePt: SIZES_PT.table, bold: isHeader })],
      }),
    ],
  });
}

function table(block: ReportTable): (Paragraph | Table)[] {
  const widths = tableColumnWidths(block);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.columns.map((c, i) => tableCell(c.label, widths[i] ?? 0, c.align, true)),
  });
  const rows = block.rows.map(
    (cells) =>
      new TableRow({
        cantSplit: true,
        children: cells.map((text, i) => {
          const column = block.columns[i];
          return tableCell(text, widths[i] ?? 0, column?.align ?? 'left', false);
        }),
      }),
  );
  const parts: (Paragraph | Table)[] = [];
  if (block.caption !== null) {
    parts.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        keepNext: true,
        spacing: { ...SINGLE_SPACING, after: 6 * TWIPS_PER_POINT },
        children: [run(block.caption, { sizePt: SIZES_PT.body, bold: true })],
      }),
    );
  }
  parts.push(
    new Table({
      width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: TABLE_BORDERS,
      rows: [header, ...rows],
    }),
  );
  // The note, or a thin strip, keeps the next paragraph off the table's bottom border.
  parts.push(
    block.note === null
      ? new Paragraph({
          spacing: {
            before: 0,
            after: 0,
            line: BODY_PARAGRAPH.spacingAfterTwips,
            lineRule: LineRuleType.EXACT,
          },
          run: { font: DOCUMENT_FONT, size: halfPoints(SIZES_PT.tableNote) },
          children: [],
        })
      : new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: {
            ...SINGLE_SPACING,
            before: 3 * TWIPS_PER_POINT,
            after: BODY_PARAGRAPH.spacingAfterTwips,
          },
          children: [run(block.note, { sizePt: SIZES_PT.tableNote, italic: true })],
        }),
  );
  return parts;
}

export function bodyBlocks(blocks: readonly ReportBlock[]): (Paragraph | Table)[] {
  const labels = headingLabels(blocks);
  return blocks.flatMap((block, index) => {
    switch (block.kind) {
      case 'heading':
        return [heading(block, labels[index] ?? '')];
      case 'paragraph':
        return [
          new Paragraph({
            ...BODY_LAYOUT,
            children: block.runs.map((r) =>
              run(r.text, { sizePt: SIZES_PT.body, bold: r.bold === true, italic: r.italic === true }),
            ),
          }),
        ];
      case 'table':
        return table(block);
    }
  });
}
