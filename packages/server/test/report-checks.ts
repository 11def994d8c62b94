import type { ReportDto, ReportFigure } from '@antt/shared';
import { expect } from 'vitest';
import { paragraphLayout, paragraphText, readDocx, textRuns } from '../src/reports/docx-reading.ts';
import { roundShown } from '../src/services/report-figures.ts';
import type { Actor } from '../src/services/actor.ts';
import type { Services } from '../src/services/index.ts';
import {
  childNamed,
  childrenNamed,
  descendantsNamed,
  isElement,
  type XmlElement,
} from '../src/reports/xml-tree.ts';

// Checks of a generated report shared by the service test and the CLI test: the .docx read back
// against Decree 30/2020/NĐ-CP, Annex I, and every number in its text traced to the indicator
// engine — each printed number must be one the report logged, and each logged number must be
// the engine's own value, asked again here for the same indicator, unit and period.

const TIMES = 'Times New Roman';
const twipsOfMm = (mm: number) => (mm * 1440) / 25.4;

/** A number as printed: optional sign, groups of thousands with ".", decimals with ",". */
const NUMBER = /(?<![\p{L}\p{N}])[+\u2212]?\d+(?:\.\d{3})*(?:,\d+)?(?![\p{L}\p{N}])/gu;
const DATE = /\d{1,2}\/\d{1,2}\/\d{4}/gu;
const HEADING_LABEL = /^(?:[IVXLC]+\.|\d+\.|[a-zđ]+\))\s/u;
const TABLE_LABEL = /^Bảng \d+\.\s/u;

export type PrintedNumber = { text: string; value: number; decimals: number; signed: boolean };

export function parsePrinted(text: string): PrintedNumber {
  const signed = /^[+\u2212]/u.test(text);
  const negative = text.startsWith('\u2212');
  const [whole, fraction] = text.replace(/^[+\u2212]/u, '').split(',') as [string, string | undefined];
  const magnitude = Number(`${whole.replaceAll('.', '')}.${fraction ?? '0'}`);
  return { text, value: negative ? -magnitude : magnitude, decimals: fraction?.length ?? 0, signed };
}

/**
 * The text of every paragraph of the document's body (table cells included), in order — without
 * the header block and the closing block (names of bodies, number, date, recipients, signer).
 */
export function documentParagraphs(docx: Buffer): string[] {
  const body = childNamed(readDocx(docx).xml('word/document.xml'), 'w:body') as XmlElement;
  const blocks = body.children.filter(isElement);
  const tables = blocks.filter((b) => b.name === 'w:tbl');
  const between = blocks.slice(blocks.indexOf(tables[0]!) + 1, blocks.indexOf(tables.at(-1)!));
  return between
    .flatMap((b) => descendantsNamed(b, 'w:p').concat(b.name === 'w:p' ? [b] : []))
    .map(paragraphText)
    .filter((t) => t !== '');
}

/**
 * The numbers of the document's text, leaving out what the brief exempts: dates, the document
 * number line, the place-and-date line, heading and table labels — and unit names, which may hold
 * digits ("Phường 5") but are names, not figures.
 */
export function printedNumbers(paragraphs: string[], unitNames: string[]): PrintedNumber[] {
  const names = [...new Set(unitNames)].sort((a, b) => b.length - a.length);
  const out: PrintedNumber[] = [];
  for (const paragraph of paragraphs) {
    if (paragraph.startsWith('Số:') || /, ngày \d{2} tháng \d{1,2} năm \d{4}$/u.test(paragraph)) continue;
    let text = paragraph.replace(HEADING_LABEL, '').replace(TABLE_LABEL, '').replace(DATE, ' ');
    for (const name of names) text = text.split(name).join(' ');
    for (const match of text.matchAll(NUMBER)) out.push(parsePrinted(match[0]));
  }
  return out;
}

/** The printed form of a logged figure, read the same way as the document. */
const printedOf = (f: ReportFigure) => parsePrinted(f.text);

/** Every printed number is a logged one and every logged one is printed: the same multiset. */
export function expectNumbersAreLogged(
  paragraphs: string[],
  report: ReportDto,
  indicatorNames: string[],
): PrintedNumber[] {
  // Names are not figures: the units', the issuing body's ("Công an thành phố 92" in the test
  // world) and the indicators' ("Tỷ lệ định danh điện tử mức 2").
  const unitNames = [
    ...indicatorNames,
    report.unit.name,
    report.header.issuingBody.split('\n').join(' '),
    ...report.figures.map((f) => f.unitName),
  ];
  const printed = printedNumbers(paragraphs, unitNames)
    .map((n) => n.text)
    .sort();
  const logged = report.figures.map((f) => printedOf(f).text).sort();
  expect(printed.length).toBeGreaterThan(0);
  expect(printed).toEqual(logged);
  return printedNumbers(paragraphs, unitNames);
}

/** Each logged figure equals the engine's value, asked again for its indicator, unit and period. */
export async function expectFiguresFromEngine(
  services: Services,
  actor: Actor,
  report: ReportDto,
): Promise<number> {
  const cache = new Map<string, Awaited<ReturnType<Services['indicators']['value']>>>();
  let checked = 0;
  for (const f of report.figures) {
    if (f.field === 'targetValue') {
      const target = await services.targets.get(actor, f.targetId as string);
      expect(f.value).toBe(target.targetValue);
      expectPrinted(f, target.targetValue);
      checked += 1;
      continue;
    }
    const key = `${f.indicator}|${f.period}`;
    let dto = cache.get(key);
    if (!dto) {
      dto = await services.indicators.value(actor, f.indicator, {
        period: f.period,
        unit: report.unit.code,
        hierarchyDate: report.hierarchyDate,
        breakdown: 'children',
      });
      cache.set(key, dto);
    }
    const figure = dto.unit.code === f.unitCode ? dto : dto.children?.find((c) => c.unit.code === f.unitCode);
    expect(figure, `${f.indicator} ${f.unitCode}`).toBeDefined();
    const engine = {
      value: figure!.value,
      samePeriod: figure!.samePeriod?.value ?? null,
      changeAbsolute: figure!.change.absolute,
      changeRelative: figure!.change.relative,
      indicatorTarget: dto.indicator.target?.value ?? null,
    }[f.field as Exclude<ReportFigure['field'], 'targetValue'>];
    expect(engine, `${f.field} of ${f.indicator} ${f.unitCode}`).not.toBeNull();
    expect(f.value).toBe(engine);
    expectPrinted(f, f.field === 'changeRelative' ? engine! * 100 : engine!);
    checked += 1;
  }
  return checked;
}

/** The printed text is the value rounded to the decimals it shows (its size; a sign, when shown, matches). */
function expectPrinted(f: ReportFigure, value: number) {
  const printed = printedOf(f);
  const shown = roundShown(printed.signed ? value : Math.abs(value), printed.decimals);
  expect(printed.value, `${f.text} for ${f.field} of ${f.indicator} ${f.unitCode} = ${value}`).toBe(shown);
}

const SZ = {
  parentBody: 26,
  issuingBody: 26,
  number: 26,
  nationalTitle: 26,
  motto: 28,
  placeDate: 28,
  body: 28,
};

/** The .docx read back against Decree 30, Annex I: page, margins, fonts, header block, body paragraphs. */
export function expectDecree30Layout(
  docx: Buffer,
  report: ReportDto,
  expected: { issuingLines: string[]; place: string },
): void {
  const parts = readDocx(docx);
  const body = childNamed(parts.xml('word/document.xml'), 'w:body') as XmlElement;
  const sectPr = childNamed(body, 'w:sectPr') as XmlElement;
  const size = childNamed(sectPr, 'w:pgSz') as XmlElement;
  expect([Number(size.attributes['w:w']), Number(size.attributes['w:h'])]).toEqual([11_906, 16_838]);
  expect(size.attributes['w:orient'] ?? 'portrait').toBe('portrait');
  const margins = childNamed(sectPr, 'w:pgMar') as XmlElement;
  for (const [side, low, high] of [
    ['w:top', 20, 25],
    ['w:bottom', 20, 25],
    ['w:left', 30, 35],
    ['w:right', 15, 20],
  ] as const) {
    const twips = Number(margins.attributes[side]);
    expect(twips).toBeGreaterThanOrEqual(Math.floor(twipsOfMm(low)));
    expect(twips).toBeLessThanOrEqual(Math.ceil(twipsOfMm(high)));
  }

  const runs = descendantsNamed(body, 'w:r');
  expect(runs.length).toBeGreaterThan(100);
  for (const run of runs) {
    const fonts = childNamed(childNamed(run, 'w:rPr') ?? run, 'w:rFonts');
    for (const key of ['w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'])
      expect(fonts?.attributes[key]).toBe(TIMES);
  }

  // The header block: parent and issuing body left, national title and motto right, then the number and the date.
  const blocks = body.children.filter(isElement);
  const header = blocks[0] as XmlElement;
  expect(header.name).toBe('w:tbl');
  const [top, second] = childrenNamed(header, 'w:tr') as [XmlElement, XmlElement];
  const [left, right] = childrenNamed(top, 'w:tc') as [XmlElement, XmlElement];
  const cellRuns = (cell: XmlElement) => childrenNamed(cell, 'w:p').flatMap((p) => textRuns(p));
  const [parent, ...issuing] = cellRuns(left);
  expect(parent).toMatchObject({ text: 'BỘ CÔNG AN', halfPoints: SZ.parentBody, bold: false });
  expect(issuing.map((r) => r.text)).toEqual(expected.issuingLines);
  for (const r of issuing) expect(r).toMatchObject({ halfPoints: SZ.issuingBody, bold: true, italic: false });
  expect(cellRuns(right)).toMatchObject([
    { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', halfPoints: SZ.nationalTitle, bold: true },
    { text: 'Độc lập - Tự do - Hạnh phúc', halfPoints: SZ.motto, bold: true },
  ]);
  const [numberCell, dateCell] = childrenNamed(second, 'w:tc') as [XmlElement, XmlElement];
  expect(cellRuns(numberCell)).toMatchObject([
    {
      text: `Số: ${'\u00a0'.repeat(6)}/${report.header.symbol}`,
      halfPoints: SZ.number,
      bold: false,
      italic: false,
    },
  ]);
  expect(cellRuns(dateCell)).toMatchObject([{ halfPoints: SZ.placeDate, italic: true, bold: false }]);
  expect(cellRuns(dateCell)[0]?.text).toMatch(
    new RegExp(`^${expected.place}, ngày \\d{2} tháng \\d{1,2} năm \\d{4}$`, 'u'),
  );

  // The body's narrative paragraphs: 14 pt, justified, first-line indent 1–1.27 cm, ≥ 6 pt after, single to 1.5 lines.
  const narrative = report.sections.flatMap((s) => s.text.split('\n'));
  const paragraphs = blocks.filter((b) => b.name === 'w:p' && narrative.includes(paragraphText(b)));
  expect(paragraphs.length).toBe(narrative.length);
  for (const p of paragraphs) {
    const layout = paragraphLayout(p);
    expect(layout.alignment).toBe('both');
    expect(layout.firstLine).toBeGreaterThanOrEqual(Math.floor(twipsOfMm(10)));
    expect(layout.firstLine).toBeLessThanOrEqual(Math.ceil(twipsOfMm(12.7)));
    expect(layout.spacingAfter! + (layout.spacingBefore ?? 0)).toBeGreaterThanOrEqual(120);
    expect(layout.line).toBeGreaterThanOrEqual(240);
    expect(layout.line).toBeLessThanOrEqual(360);
    for (const r of textRuns(p)) expect(r).toMatchObject({ halfPoints: SZ.body, bold: false, italic: false });
  }
  // The recipients: "Nơi nhận:" 12 pt bold italic, the list 11 pt.
  const closing = blocks.filter((b) => b.name === 'w:tbl').at(-1) as XmlElement;
  const closingRuns = textRuns(closing);
  expect(closingRuns.find((r) => r.text === 'Nơi nhận:')).toMatchObject({
    halfPoints: 24,
    bold: true,
    italic: true,
  });
  for (const r of closingRuns.filter((r) => r.text.startsWith('- '))) expect(r.halfPoints).toBe(22);
}
