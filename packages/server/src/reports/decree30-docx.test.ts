import type { ReportParagraph, ReportTable } from '@antt/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { INTERIM_REVIEW } from '../../test/report-document-fixtures.ts';
import { tableColumnWidths } from './decree30-docx-body.ts';
import { renderDecree30Docx } from './decree30-docx.ts';
import {
  isOn,
  paragraphLayout,
  paragraphText,
  readDocx,
  textRuns,
  type DocxParts,
  type RunFormat,
} from './docx-reading.ts';
import { boldTextWidthPt, widestBoldLinePt, wrapBoldText } from './times-bold-metrics.ts';
import {
  allDescendants,
  childNamed,
  childrenNamed,
  descendantsNamed,
  isElement,
  type XmlElement,
} from './xml-tree.ts';

// The interim review rendered to .docx and read back from its XML, checked against Decree
// 30/2020/NĐ-CP, Annex I. Sizes are the values this platform chose inside the decree's ranges
// (noted beside each), written out here rather than imported, so that changing one in the
// renderer fails this test until someone checks it against the decree again.

const TIMES = 'Times New Roman';
const twipsOfMm = (mm: number) => (mm * 1440) / 25.4;
const TEXT_WIDTH = 11_906 - Math.round(twipsOfMm(30)) - Math.round(twipsOfMm(15));

const SZ = {
  parentBody: 26, // 12–13 pt
  issuingBody: 26, // 12–13 pt
  number: 26, // 13 pt
  nationalTitle: 26, // 12–13 pt
  motto: 28, // 13–14 pt
  placeDate: 28, // 13–14 pt
  documentType: 28, // 13–14 pt
  summary: 28, // 13–14 pt
  body: 28, // 13–14 pt
  table: 26,
  pageNumber: 28, // 13–14 pt
  recipientsLabel: 24, // 12 pt
  recipients: 22, // 11 pt
  signer: 28, // 13–14 pt
};

let parts: DocxParts;
let body: XmlElement;
let blocks: XmlElement[];

const texts = (element: XmlElement) => childrenNamed(element, 'w:p').map(paragraphText);
const cells = (table: XmlElement) => descendantsNamed(table, 'w:tc');
const onlyRun = (paragraph: XmlElement): RunFormat => {
  const runs = textRuns(paragraph);
  expect(runs).toHaveLength(1);
  return runs[0] as RunFormat;
};
const cellParagraphs = (cell: XmlElement) => childrenNamed(cell, 'w:p');
const attribute = (element: XmlElement | undefined, name: string) => element?.attributes[name];
const numberOf = (element: XmlElement | undefined, name: string) => Number(attribute(element, name));
/** A rule drawn as the top border of an empty paragraph: its length in twips within its column. */
const ruleLength = (paragraph: XmlElement, columnWidth: number) => {
  const layout = paragraphLayout(paragraph);
  expect(layout.topBorder).toBe('single');
  expect(paragraphText(paragraph)).toBe('');
  expect(layout.indentLeft).toBe(layout.indentRight); // centred
  // A separate line a few points below the text, as in the decree's model, not an underline.
  expect(layout.spacingBefore).toBeGreaterThanOrEqual(40);
  expect(layout.spacingBefore).toBeLessThanOrEqual(120);
  return columnWidth - (layout.indentLeft ?? 0) - (layout.indentRight ?? 0);
};

function headerPart(type: 'default' | 'first'): XmlElement {
  const sectPr = childNamed(body, 'w:sectPr') as XmlElement;
  const reference = childrenNamed(sectPr, 'w:headerReference').find((r) => r.attributes['w:type'] === type);
  const relationships = parts.xml('word/_rels/document.xml.rels');
  const target = childrenNamed(relationships, 'Relationship').find(
    (r) => r.attributes.Id === reference?.attributes['r:id'],
  )?.attributes.Target;
  expect(target).toMatch(/^header\d+\.xml$/);
  return parts.xml(`word/${target}`);
}

beforeAll(async () => {
  parts = readDocx(await renderDecree30Docx(INTERIM_REVIEW));
  body = childNamed(parts.xml('word/document.xml'), 'w:body') as XmlElement;
  blocks = body.children.filter(isElement);
});

describe('Decree 30 document: page', () => {
  it('is A4 portrait', () => {
    const size = childNamed(childNamed(body, 'w:sectPr') as XmlElement, 'w:pgSz');
    expect(numberOf(size, 'w:w')).toBe(11_906);
    expect(numberOf(size, 'w:h')).toBe(16_838);
    expect(attribute(size, 'w:orient') ?? 'portrait').toBe('portrait');
  });

  it.each([
    ['w:top', 20, 25],
    ['w:bottom', 20, 25],
    ['w:left', 30, 35],
    ['w:right', 15, 20],
  ])('keeps the %s margin within %d–%d mm', (side, lowMm, highMm) => {
    const margin = childNamed(childNamed(body, 'w:sectPr') as XmlElement, 'w:pgMar');
    const twips = numberOf(margin, side);
    expect(twips).toBeGreaterThanOrEqual(Math.floor(twipsOfMm(lowMm)));
    expect(twips).toBeLessThanOrEqual(Math.ceil(twipsOfMm(highMm)));
    // The page number sits inside the top margin.
    expect(numberOf(margin, 'w:header')).toBeLessThan(numberOf(margin, 'w:top'));
  });
});

describe('Decree 30 document: Times New Roman throughout', () => {
  const TEXT_PARTS = /^word\/(document|styles|header\d+|footer\d+|footnotes|endnotes|numbering)\.xml$/;

  it('names no font but Times New Roman in any run, style, default or font table', () => {
    const names = parts.names.filter((n) => TEXT_PARTS.test(n) || n === 'word/fontTable.xml');
    expect(names).toEqual(expect.arrayContaining(['word/document.xml', 'word/styles.xml']));
    for (const name of names) {
      for (const element of allDescendants(parts.xml(name))) {
        if (element.name === 'w:rFonts') {
          for (const [key, value] of Object.entries(element.attributes)) {
            // A theme font (w:asciiTheme …) would be Calibri in another theme: none may be used.
            expect(key, `${name} ${key}`).not.toMatch(/Theme$/);
            if (key !== 'w:hint') expect(value, `${name} ${key}`).toBe(TIMES);
          }
        }
        if (element.name === 'w:font') expect(element.attributes['w:name']).toBe(TIMES);
      }
    }
  });

  it('sets Times New Roman on every run for each character set, and as the document default', () => {
    const runs = [
      'word/document.xml',
      ...parts.names.filter((n) => /^word\/header\d+\.xml$/.test(n)),
    ].flatMap((name) => descendantsNamed(parts.xml(name), 'w:r'));
    expect(runs.length).toBeGreaterThan(50);
    for (const run of runs) {
      const fonts = childNamed(childNamed(run, 'w:rPr') ?? run, 'w:rFonts');
      for (const key of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'])
        expect(attribute(fonts, key)).toBe(TIMES);
    }
    const defaults = descendantsNamed(parts.xml('word/styles.xml'), 'w:rPrDefault')[0] as XmlElement;
    const defaultFonts = descendantsNamed(defaults, 'w:rFonts')[0];
    for (const key of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'])
      expect(attribute(defaultFonts, key)).toBe(TIMES);
    expect(numberOf(descendantsNamed(defaults, 'w:sz')[0], 'w:val')).toBe(SZ.body);
  });

  it("makes Times New Roman the theme's heading and body font", () => {
    const theme = parts.xml('word/theme/theme1.xml');
    for (const scheme of ['a:majorFont', 'a:minorFont']) {
      const fonts = descendantsNamed(theme, scheme)[0] as XmlElement;
      for (const slot of ['a:latin', 'a:ea', 'a:cs'])
        expect(attribute(childNamed(fonts, slot), 'typeface')).toBe(TIMES);
    }
  });
});

describe('Decree 30 document: header block', () => {
  let table: XmlElement;
  let rows: XmlElement[];
  beforeAll(() => {
    table = blocks[0] as XmlElement;
    rows = childrenNamed(table, 'w:tr');
  });

  it('is a borderless table of two columns within the text width, the number level with the date', () => {
    expect(table.name).toBe('w:tbl');
    const borders = descendantsNamed(table, 'w:tblBorders')[0] as XmlElement;
    const sides = borders.children.filter(isElement);
    expect(sides.map((s) => s.name).sort()).toEqual([
      'w:bottom',
      'w:insideH',
      'w:insideV',
      'w:left',
      'w:right',
      'w:top',
    ]);
    for (const side of sides) expect(['none', 'nil']).toContain(side.attributes['w:val']);
    const columns = descendantsNamed(table, 'w:gridCol').map((c) => numberOf(c, 'w:w'));
    expect(columns).toHaveLength(2);
    expect(columns.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => childrenNamed(r, 'w:tc').length)).toEqual([2, 2]);
  });

  it('sets the parent body in 13 pt capitals and the issuing body in 13 pt bold capitals, with a short rule', () => {
    const [left] = childrenNamed(rows[0] as XmlElement, 'w:tc') as [XmlElement];
    expect(texts(left)).toEqual(['BỘ CÔNG AN', 'CÔNG AN THÀNH PHỐ', 'CẦN THƠ', '']);
    const [parent, issuing1, issuing2, rule] = cellParagraphs(left) as [
      XmlElement,
      XmlElement,
      XmlElement,
      XmlElement,
    ];
    expect(onlyRun(parent)).toMatchObject({ halfPoints: SZ.parentBody, bold: false, italic: false });
    for (const line of [issuing1, issuing2]) {
      expect(onlyRun(line)).toMatchObject({ halfPoints: SZ.issuingBody, bold: true, italic: false });
      expect(paragraphLayout(line).alignment).toBe('center');
    }
    // 1/3 to 1/2 of the issuing body's widest line.
    const widest = boldTextWidthPt('CÔNG AN THÀNH PHỐ', 13) * 20;
    const column = numberOf(descendantsNamed(table, 'w:gridCol')[0], 'w:w');
    const length = ruleLength(rule, column);
    expect(length).toBeGreaterThanOrEqual(widest / 3);
    expect(length).toBeLessThanOrEqual(widest / 2);
  });

  it('sets the national title in 13 pt bold capitals and the motto in 14 pt bold with a rule as long as it', () => {
    const right = childrenNamed(rows[0] as XmlElement, 'w:tc')[1] as XmlElement;
    expect(texts(right)).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', '']);
    const [title, motto, rule] = cellParagraphs(right) as [XmlElement, XmlElement, XmlElement];
    expect(onlyRun(title)).toMatchObject({ halfPoints: SZ.nationalTitle, bold: true, italic: false });
    expect(onlyRun(motto)).toMatchObject({ halfPoints: SZ.motto, bold: true, italic: false });
    // The title must fit its column on one line.
    const column = numberOf(descendantsNamed(table, 'w:gridCol')[1], 'w:w');
    expect(boldTextWidthPt('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13) * 20).toBeLessThan(column);
    const mottoWidth = boldTextWidthPt('Độc lập - Tự do - Hạnh phúc', 14) * 20;
    expect(Math.abs(ruleLength(rule, column) - mottoWidth)).toBeLessThan(mottoWidth * 0.05);
  });

  it('writes "Số: 125/BC-CATP" in 13 pt under the issuing body and the place and date in 14 pt italics', () => {
    const [number, date] = childrenNamed(rows[1] as XmlElement, 'w:tc') as [XmlElement, XmlElement];
    expect(texts(number)).toEqual(['Số: 125/BC-CATP']);
    expect(onlyRun(cellParagraphs(number)[0] as XmlElement)).toMatchObject({
      halfPoints: SZ.number,
      bold: false,
      italic: false,
    });
    expect(texts(date)).toEqual(['Cần Thơ, ngày 14 tháng 6 năm 2023']);
    expect(onlyRun(cellParagraphs(date)[0] as XmlElement)).toMatchObject({
      halfPoints: SZ.placeDate,
      bold: false,
      italic: true,
    });
    for (const cell of [number, date])
      expect(paragraphLayout(cellParagraphs(cell)[0] as XmlElement).alignment).toBe('center');
  });

  it('centres the document type in 14 pt bold capitals and the summary in 14 pt bold over a short rule', () => {
    const [type, summary, rule] = blocks.slice(1, 4) as [XmlElement, XmlElement, XmlElement];
    expect(paragraphText(type)).toBe('BÁO CÁO');
    expect(onlyRun(type)).toMatchObject({ halfPoints: SZ.documentType, bold: true, italic: false });
    expect(paragraphText(summary)).toBe(INTERIM_REVIEW.header.summary);
    expect(onlyRun(summary)).toMatchObject({ halfPoints: SZ.summary, bold: true, italic: false });
    for (const p of [type, summary]) expect(paragraphLayout(p).alignment).toBe('center');
    // 1/3 to 1/2 of the summary's widest line.
    const widest = widestBoldLinePt(INTERIM_REVIEW.header.summary, 14, TEXT_WIDTH / 20) * 20;
    const length = ruleLength(rule, TEXT_WIDTH);
    expect(length).toBeGreaterThanOrEqual(widest / 3);
    expect(length).toBeLessThanOrEqual(widest / 2);
  });
});

describe('Decree 30 document: body', () => {
  const topParagraphs = () => blocks.filter((b) => b.name === 'w:p');
  const paragraphWithText = (text: string) => {
    const found = topParagraphs().filter((p) => paragraphText(p) === text);
    expect(found, text).toHaveLength(1);
    return found[0] as XmlElement;
  };

  function expectBodyLayout(paragraph: XmlElement) {
    const layout = paragraphLayout(paragraph);
    expect(layout.alignment).toBe('both');
    // 1–1.27 cm
    expect(layout.firstLine).toBeGreaterThanOrEqual(567);
    expect(layout.firstLine).toBeLessThanOrEqual(720);
    // at least 6 pt between paragraphs
    expect(layout.spacingAfter).toBeGreaterThanOrEqual(120);
    // single to 1.5 lines: 240–360 in 240ths of a line, or an exact height of 1–1.5 × 14 pt
    if (layout.lineRule === 'exact' || layout.lineRule === 'atLeast') {
      expect(layout.line).toBeGreaterThanOrEqual(280);
      expect(layout.line).toBeLessThanOrEqual(420);
    } else {
      expect(layout.line).toBeGreaterThanOrEqual(240);
      expect(layout.line).toBeLessThanOrEqual(360);
    }
  }

  it('sets every paragraph justified in 14 pt with a first-line indent, 6 pt after and 1–1.5 line spacing', () => {
    const model = INTERIM_REVIEW.body.filter((b): b is ReportParagraph => b.kind === 'paragraph');
    expect(model.length).toBeGreaterThan(5);
    for (const block of model) {
      const paragraph = paragraphWithText(block.runs.map((r) => r.text).join(''));
      expectBodyLayout(paragraph);
      const runs = textRuns(paragraph);
      expect(runs.map((r) => [r.text, r.halfPoints, r.bold, r.italic])).toEqual(
        block.runs.map((r) => [r.text, SZ.body, r.bold === true, r.italic === true]),
      );
    }
  });

  it('numbers the headings I., 1., a) and sets them bold (points also italic), kept with the next line', () => {
    const headings = [
      ['I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CỦA NGHỊ QUYẾT', false],
      ['1. Công tác đấu tranh phòng, chống tội phạm về trật tự xã hội', false],
      ['a) Tội phạm về ma túy', true],
      ['b) Tội phạm về kinh tế, tham nhũng, chức vụ', true],
      ['2. Công tác bảo đảm trật tự, an toàn giao thông', false],
      ['II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN', false],
      ['1. Tồn tại, hạn chế', false],
      ['2. Nguyên nhân', false],
      ['III. PHƯƠNG HƯỚNG, NHIỆM VỤ VÀ GIẢI PHÁP THỜI GIAN TỚI', false],
    ] as const;
    const order = topParagraphs().map(paragraphText);
    expect(headings.map(([text]) => order.indexOf(text))).toEqual(
      [...headings.map(([text]) => order.indexOf(text))].sort((a, b) => a - b),
    );
    for (const [text, italic] of headings) {
      const paragraph = paragraphWithText(text);
      expectBodyLayout(paragraph);
      expect(paragraphLayout(paragraph).keepNext).toBe(true);
      expect(onlyRun(paragraph)).toMatchObject({ halfPoints: SZ.body, bold: true, italic });
    }
  });

  it('sets the table in 13 pt with borders, a bold header row repeated on each page, and the cells as given', () => {
    const model = INTERIM_REVIEW.body.find((b): b is ReportTable => b.kind === 'table') as ReportTable;
    const tables = blocks.filter((b) => b.name === 'w:tbl');
    expect(tables).toHaveLength(3); // header, the body table, closing
    const table = tables[1] as XmlElement;
    const caption = blocks[blocks.indexOf(table) - 1] as XmlElement;
    expect(paragraphText(caption)).toBe(model.caption);
    expect(onlyRun(caption)).toMatchObject({ bold: true });

    const borders = descendantsNamed(table, 'w:tblBorders')[0] as XmlElement;
    for (const side of borders.children.filter(isElement)) expect(side.attributes['w:val']).toBe('single');
    const widths = descendantsNamed(table, 'w:gridCol').map((c) => numberOf(c, 'w:w'));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    // A number column holds its longest value on one line at 13 pt, inside the cell's margins.
    model.columns.forEach((column, index) => {
      if (column.align !== 'right') return;
      const longest = Math.max(...model.rows.map((row) => boldTextWidthPt(row[index] ?? '', 13) * 20));
      expect(widths[index], column.label).toBeGreaterThanOrEqual(longest + 160);
    });

    const [header, ...rows] = childrenNamed(table, 'w:tr') as [XmlElement, ...XmlElement[]];
    expect(isOn(childNamed(header, 'w:trPr'), 'w:tblHeader')).toBe(true);
    expect(cells(header).map((c) => texts(c).join(''))).toEqual(model.columns.map((c) => c.label));
    for (const run of textRuns(header)) expect(run).toMatchObject({ halfPoints: SZ.table, bold: true });
    expect(rows.map((r) => cells(r).map((c) => texts(c).join('')))).toEqual(model.rows);
    for (const row of rows) {
      expect(isOn(childNamed(row, 'w:trPr'), 'w:tblHeader')).toBe(false);
      for (const run of textRuns(row)) expect(run).toMatchObject({ halfPoints: SZ.table, bold: false });
      // Numbers right-aligned as the model says, labels left.
      const alignments = cells(row).map((c) => paragraphLayout(cellParagraphs(c)[0] as XmlElement).alignment);
      expect(alignments).toEqual(model.columns.map((c) => c.align));
    }
    const note = blocks[blocks.indexOf(table) + 1] as XmlElement;
    expect(paragraphText(note)).toBe(model.note);
    expect(onlyRun(note)).toMatchObject({ italic: true });
  });
});

describe('Decree 30 document: table column widths', () => {
  // The demo's table 1: percentages like "+218,7 %" broke after the number in a column sized by
  // character counts.
  const changes: ReportTable = {
    kind: 'table',
    caption: null,
    note: null,
    columns: [
      { label: 'Chỉ tiêu', align: 'left' },
      { label: 'Kỳ báo cáo', align: 'right' },
      { label: 'Cùng kỳ', align: 'right' },
      { label: 'Tăng (+), giảm (−)', align: 'right' },
      { label: 'Tỷ lệ tăng, giảm', align: 'right' },
    ],
    rows: [
      ['Tổng số vụ phạm tội', '2.722', '854', '+1.868', '+218,7 %'],
      ['Tội phạm về kinh tế, tham nhũng, buôn lậu', '196', '56', '+140', '+250,0 %'],
      ['Tỷ lệ giải quyết đúng hạn', '—', '—', '—', '—'],
    ],
  };

  it('gives each number column its longest value on one line and its heading two lines at most', () => {
    const widths = tableColumnWidths(changes);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(TEXT_WIDTH);
    changes.columns.forEach((column, index) => {
      if (column.align !== 'right') return;
      const width = widths[index] as number;
      for (const row of changes.rows) {
        expect(width, row[index]).toBeGreaterThanOrEqual(boldTextWidthPt(row[index] ?? '', 13) * 20 + 160);
      }
      expect(wrapBoldText(column.label, 13, (width - 160) / 20).length, column.label).toBeLessThanOrEqual(2);
    });
    // The label column takes the rest, which is most of the line.
    expect(widths[0]).toBeGreaterThan(TEXT_WIDTH / 3);
  });

  it('shares the width of wrapping columns by how much their longest line needs', () => {
    const targets: ReportTable = {
      ...changes,
      columns: [
        { label: 'Chỉ tiêu', align: 'left' },
        { label: 'Nhiệm kỳ', align: 'center' },
        { label: 'Mục tiêu', align: 'right' },
        { label: 'Đánh giá tiến độ', align: 'left' },
      ],
      rows: [
        [
          'Tỷ lệ điều tra làm rõ án rất nghiêm trọng, đặc biệt nghiêm trọng',
          '15/12/2020 – 14/12/2025',
          '≥ 90 %',
          'Đã đạt',
        ],
      ],
    };
    const [label, term, target, status] = tableColumnWidths(targets) as [number, number, number, number];
    expect(label + term + target + status).toBe(TEXT_WIDTH);
    expect(target).toBeGreaterThanOrEqual(boldTextWidthPt('≥ 90 %', 13) * 20 + 160);
    expect(label).toBeGreaterThan(term);
    expect(term).toBeGreaterThan(status);
    // Every column holds at least its longest word.
    expect(term).toBeGreaterThanOrEqual(boldTextWidthPt('15/12/2020', 13) * 20 + 160);
    expect(status).toBeGreaterThanOrEqual(boldTextWidthPt('Đánh', 13) * 20 + 160);
  });
});

describe('Decree 30 document: page numbers', () => {
  it('numbers pages from the second on, centred at the top in 14 pt', () => {
    expect(childNamed(childNamed(body, 'w:sectPr') as XmlElement, 'w:titlePg')).toBeDefined();
    const header = headerPart('default');
    const instructions = descendantsNamed(header, 'w:instrText').map((i) => i.children.join('').trim());
    expect(instructions).toEqual(['PAGE']);
    const paragraph = descendantsNamed(header, 'w:p')[0] as XmlElement;
    expect(paragraphLayout(paragraph).alignment).toBe('center');
    for (const run of descendantsNamed(paragraph, 'w:r')) {
      const properties = childNamed(run, 'w:rPr');
      expect(numberOf(properties && childNamed(properties, 'w:sz'), 'w:val')).toBe(SZ.pageNumber);
    }
  });

  it('leaves the first page without a number', () => {
    const first = headerPart('first');
    expect(descendantsNamed(first, 'w:instrText')).toEqual([]);
    expect(descendantsNamed(first, 'w:fldSimple')).toEqual([]);
    expect(descendantsNamed(first, 'w:p').map(paragraphText).join('')).toBe('');
  });

  it('uses the same header on odd and even pages', () => {
    const settings = parts.xml('word/settings.xml');
    expect(isOn(settings, 'w:evenAndOddHeaders')).toBe(false);
  });
});

describe('Decree 30 document: recipients and signature', () => {
  let left: XmlElement;
  let right: XmlElement;
  beforeAll(() => {
    const closing = blocks[blocks.length - 2] as XmlElement;
    expect(closing.name).toBe('w:tbl');
    const borders = descendantsNamed(closing, 'w:tblBorders')[0] as XmlElement;
    for (const side of borders.children.filter(isElement))
      expect(['none', 'nil']).toContain(side.attributes['w:val']);
    [left, right] = childrenNamed(childrenNamed(closing, 'w:tr')[0] as XmlElement, 'w:tc') as [
      XmlElement,
      XmlElement,
    ];
  });

  it('writes "Nơi nhận:" in 12 pt bold italic and each recipient on its line in 11 pt', () => {
    expect(texts(left)).toEqual([
      'Nơi nhận:',
      '- Bộ Công an (qua Văn phòng Bộ) (để báo cáo);',
      '- Thường trực Thành ủy, UBND thành phố (để báo cáo);',
      '- Đảng ủy Công an thành phố;',
      '- Đ/c Giám đốc, các đồng chí Phó Giám đốc;',
      '- Các phòng nghiệp vụ, Công an quận, huyện;',
      '- Lưu: VT, PV01.',
    ]);
    const [label, ...recipients] = cellParagraphs(left) as [XmlElement, ...XmlElement[]];
    expect(onlyRun(label)).toMatchObject({ halfPoints: SZ.recipientsLabel, bold: true, italic: true });
    for (const recipient of recipients) {
      expect(onlyRun(recipient)).toMatchObject({ halfPoints: SZ.recipients, bold: false, italic: false });
    }
  });

  it('writes the authority and title in 14 pt bold capitals, room to sign, then the name in 14 pt bold', () => {
    expect(texts(right)).toEqual(['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Đại tá Trần Văn Minh']);
    const [authority, title, name] = cellParagraphs(right) as [XmlElement, XmlElement, XmlElement];
    for (const p of [authority, title, name]) {
      expect(onlyRun(p)).toMatchObject({ halfPoints: SZ.signer, bold: true, italic: false });
      expect(paragraphLayout(p).alignment).toBe('center');
    }
    // Room for the signature and the seal: at least 2.5 cm.
    expect(paragraphLayout(name).spacingBefore).toBeGreaterThanOrEqual(Math.round(twipsOfMm(25)));
  });
});
