// Widths of Times New Roman Bold, to size the rules Decree 30 draws under a line of text ("as
// long as the motto", "1/3 to 1/2 of the issuing body's line") without a font engine. The
// advance widths are those of the Adobe Times-Bold metrics in 1/1000 em, within a few units of
// Times New Roman Bold (and so of its metric twin Liberation Serif Bold) for the Latin letters,
// which is close enough for a rule or a table column (the minus sign, the dashes and ≤ ≥ of the
// report's tables are those of Times New Roman Bold); a Vietnamese letter is as wide as its base
// letter, its marks stacking above or below it.

// prettier-ignore
const ADVANCE: Record<string, number> = {
  ' ': 250, '!': 333, '"': 555, '%': 1000, '&': 833, "'": 333, '(': 333, ')': 333, ',': 250,
  '-': 333, '.': 250, '/': 278, ':': 333, ';': 333, '?': 500, '+': 570, '\u2212': 570,
  '\u2013': 500, '\u2014': 1000, '\u2264': 549, '\u2265': 549,
  A: 722, B: 667, C: 722, D: 722, E: 667, F: 611, G: 778, H: 778, I: 389, J: 500, K: 778,
  L: 667, M: 944, N: 722, O: 778, P: 611, Q: 778, R: 722, S: 556, T: 667, U: 722, V: 722,
  W: 1000, X: 722, Y: 722, Z: 667,
  a: 500, b: 556, c: 444, d: 556, e: 444, f: 333, g: 500, h: 556, i: 278, j: 333, k: 556,
  l: 278, m: 833, n: 556, o: 500, p: 556, q: 556, r: 444, s: 389, t: 333, u: 556, v: 500,
  w: 722, x: 500, y: 500, z: 444,
};
const DIGIT_ADVANCE = 500;
const OTHER_ADVANCE = 556;

function baseLetter(char: string): string {
  if (char === 'Đ') return 'D';
  if (char === 'đ') return 'd';
  // NFD splits "Ộ" into "O" and its marks (circumflex, dot below, horn …): keep the first.
  return char.normalize('NFD').charAt(0);
}

function advanceOf(char: string): number {
  const base = baseLetter(char);
  if (base >= '0' && base <= '9') return DIGIT_ADVANCE;
  return ADVANCE[base] ?? OTHER_ADVANCE;
}

/** The width of a line of Times New Roman Bold text, in points. */
export function boldTextWidthPt(text: string, sizePt: number): number {
  let units = 0;
  for (const char of text) units += advanceOf(char);
  return (units * sizePt) / 1000;
}

/** The lines a word processor makes of the text in a column this wide (greedy, at spaces). */
export function wrapBoldText(text: string, sizePt: number, columnWidthPt: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && boldTextWidthPt(candidate, sizePt) > columnWidthPt) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The width of the widest line the text makes in the column, in points. */
export function widestBoldLinePt(text: string, sizePt: number, columnWidthPt: number): number {
  const widths = wrapBoldText(text, sizePt, columnWidthPt).map((line) => boldTextWidthPt(line, sizePt));
  return Math.min(columnWidthPt, Math.max(0, ...widths));
}
