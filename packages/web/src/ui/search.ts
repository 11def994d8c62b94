/** Lower-case without Vietnamese tone marks, so "soc trang" finds "Sóc Trăng". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .trim();
}

/** True when every word of the search appears in one of the fields (accents ignored). */
export function matchesSearch(search: string, ...fields: string[]): boolean {
  const words = foldForSearch(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fields.map(foldForSearch).join(' ');
  return words.every((word) => haystack.includes(word));
}
