/** The years a band was built from, as people say them: "2021–2025" (codes like bc:2025-Q3). */
export function bandYears(codes: readonly string[]): string {
  const years = codes
    .map((code) => Number(/\d{4}/.exec(code)?.[0]))
    .filter((y) => Number.isFinite(y))
    .sort((a, b) => a - b);
  if (years.length === 0) return '';
  return years[0] === years[years.length - 1] ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}
