import type { ReportBlock, ReportHeader } from './report-document.ts';

// The wording rules of Decree 30/2020/NĐ-CP, Annex I, that every renderer of a document shares:
// how the number, the date, the recipients and the section numbers are written.

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const NATIONAL_MOTTO = 'Độc lập - Tự do - Hạnh phúc';

// A number not yet registered is left blank for the clerical office to write in by hand.
const BLANK_NUMBER = '\u00a0'.repeat(6);

/** "Số: 05/BC-CATP". Annex I (number and symbol): numbers below 10 take a leading 0. */
export function documentNumberLine(header: Pick<ReportHeader, 'number' | 'symbol'>): string {
  const number = header.number === null ? BLANK_NUMBER : String(header.number).padStart(2, '0');
  return `Số: ${number}/${header.symbol}`;
}

/**
 * "Cần Thơ, ngày 05 tháng 02 năm 2023". Annex I (place and date): days below 10 and the months 1 and 2
 * take a leading 0 (so that nobody can add a digit); other months are written as they are.
 */
export function placeDateLine(header: Pick<ReportHeader, 'place' | 'date'>): string {
  const [year, month, day] = header.date.split('-').map(Number) as [number, number, number];
  const dayText = String(day).padStart(2, '0');
  const monthText = month <= 2 ? String(month).padStart(2, '0') : String(month);
  return `${header.place}, ngày ${dayText} tháng ${monthText} năm ${year}`;
}

/**
 * The recipient lines under "Nơi nhận:". Annex I (recipients): each starts with "-" and ends with ";",
 * the last is "- Lưu: VT, …" and ends with ".".
 */
export function recipientLines(header: Pick<ReportHeader, 'recipients' | 'filing'>): string[] {
  const bare = (text: string) => text.replace(/[;.,\s]+$/u, '').replace(/^[-–\s]+/u, '');
  return [...header.recipients.map((r) => `- ${bare(r)};`), `- Lưu: ${bare(header.filing)}.`];
}

const ROMAN = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
] as const;

export function romanNumeral(value: number): string {
  let rest = value;
  let text = '';
  for (const [amount, symbol] of ROMAN) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}

// Points are lettered in the Vietnamese alphabet, which has đ and lacks f, j, w and z.
const POINT_LETTERS = 'a b c d đ e g h i k l m n o p q r s t u v x y'.split(' ');

export function pointLetter(index: number): string {
  const letter = POINT_LETTERS[index % POINT_LETTERS.length] as string;
  return letter.repeat(Math.floor(index / POINT_LETTERS.length) + 1);
}

/**
 * The number of each heading, in block order: sections "I.", "II."; clauses "1.", "2." counted
 * again under each section; points "a)", "b)" counted again under each clause. Other blocks get null.
 */
export function headingLabels(blocks: readonly ReportBlock[]): (string | null)[] {
  let sections = 0;
  let clauses = 0;
  let points = 0;
  return blocks.map((block) => {
    if (block.kind !== 'heading') return null;
    if (block.level === 1) {
      sections += 1;
      clauses = 0;
      points = 0;
      return `${romanNumeral(sections)}.`;
    }
    if (block.level === 2) {
      clauses += 1;
      points = 0;
      return `${clauses}.`;
    }
    points += 1;
    return `${pointLetter(points - 1)})`;
  });
}

/** Capitals as the decree writes names of bodies, types and titles (Vietnamese casing rules). */
export function decreeCapitals(text: string): string {
  return text.toLocaleUpperCase('vi-VN');
}
