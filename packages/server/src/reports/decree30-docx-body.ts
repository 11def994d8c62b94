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
import { boldTextWidthPt } from './times-bold-metrics.ts';

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

const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 } as const;
/** The cell's side margins, and a little room for the gap between these metrics and the font. */
const CELL_ROOM_TWIPS = CELL_MARGINS.left + CELL_MARGINS.right + 60;

/** Widths at 13 pt, measured as bold (the header row), which is never narrower than the regular cells. */
const lineTwips = (text: string) => boldTextWidthPt(text, SIZES_PT.table) * TWIPS_PER_POINT;
const widestWordTwips = (text: string) => Math.max(0, ...text.split(/\s+/u).map(lineTwips));

/** The narrowest width that sets the text in two lines at most (a heading like "Tăng (+), giảm (−)"). */
function twoLinesTwips(text: string): number {
  const words = text.split(/\s+/u).filter(Boolean);
  let best = lineTwips(words.join(' '));
  for (let split = 1; split < words.length; split += 1) {
    const first = lineTwips(words.slice(0, split).join(' '));
    const second = lineTwips(words.slice(split).join(' '));
    best = Math.min(best, Math.max(first, second));
  }
  return best;
}

/**
 * Column widths that sum to the text width. A right-aligned column holds numbers ("+218,7 %",
 * "1.868") and gets the width of its longest value, so that no number breaks over two lines, and
 * room for its heading in two lines at most; the other columns wrap at spaces: each gets at least its longest word, and the rest of the width is
 * shared in proportion to how much more their longest line needs.
 */
export function tableColumnWidths(table: ReportTable, totalTwips = TEXT_WIDTH_TWIPS): number[] {
  const columns = table.columns.map((column, index) => {
    const cells = table.rows.map((row) => row[index] ?? '');
    const longestWord = Math.max(widestWordTwips(column.label), ...cells.map(widestWordTwips));
    const longestLine = Math.max(lineTwips(column.label), ...cells.map(lineTwips));
    const oneLine = column.align === 'right';
    return {
      min: Math.ceil(
        (oneLine ? Math.max(twoLinesTwips(column.label), ...cells.map(lineTwips)) : longestWord) +
          CELL_ROOM_TWIPS,
      ),
      wanted: oneLine ? 0 : Math.ceil(longestLine + CELL_ROOM_TWIPS),
    };
  });
  const minimum = columns.reduce((sum, c) => sum + c.min, 0);
  let widths: number[];
  if (minimum >= totalTwips) {
    // More than the page holds: every column shrinks alike and the longest values wrap.
    widths = columns.map((c) => Math.floor((c.min * totalTwips) / minimum));
  } else {
    const growth = columns.map((c) => Math.max(0, c.wanted - c.min));
    const wrapping = columns.map((c) => (c.wanted > 0 ? 1 : 0));
    // Without a column that wants more, the wrapping columns (or, failing those, all) share alike.
    const shares = growth.some((g) => g > 0)
      ? growth
      : wrapping.some((w) => w > 0)
        ? wrapping
        : columns.map(() => 1);
    const shareSum = shares.reduce((a, b) => a + b, 0);
    widths = columns.map(
      (c, i) => c.min + Math.floor(((totalTwips - minimum) * (shares[i] ?? 0)) / shareSum),
    );
  }
  // Rounding leftovers go to the first column, the label column of every report table.
  widths[0] = (widths[0] ?? 0) + totalTwips - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function tableCell(text: string, width: number, align: keyof typeof ALIGNMENT, isHeader: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: CELL_MARGINS,
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
