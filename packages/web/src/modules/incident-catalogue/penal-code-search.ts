import type { CrimeGroup, PenalCodeClauseDto, Seriousness } from '@antt/shared';
import { foldForSearch } from '../../ui/search.ts';

// How an officer looks a crime up: by the article number ("173", "Điều 173 khoản 2") or by
// words of its name, accents optional ("trom cap"), narrowed by group and seriousness.

export type PenalCodeFilter = {
  search: string;
  crimeGroup: CrimeGroup | null;
  seriousness: Seriousness | null;
};

type SearchTerms = { article: number | null; clause: number | null; words: string[] };

const ARTICLE_WORDS = new Set(['dieu', 'd', 'art', 'article']);
const CLAUSE_WORDS = new Set(['khoan', 'k', 'clause', 'cl']);

/** "Điều 173 khoản 1" → article 173, clause 1; "173.1" too; other words search the names. */
export function searchTerms(search: string): SearchTerms {
  const terms: SearchTerms = { article: null, clause: null, words: [] };
  const tokens = foldForSearch(search)
    .replace(/(\d+)\.(\d+)/g, '$1 khoan $2')
    .split(/[\s,;]+/)
    .filter(Boolean);
  let expectClause = false;
  for (const token of tokens) {
    if (/^\d+$/.test(token)) {
      if (expectClause || terms.article !== null) terms.clause = Number(token);
      else terms.article = Number(token);
      expectClause = false;
    } else if (CLAUSE_WORDS.has(token)) {
      expectClause = true;
    } else if (!ARTICLE_WORDS.has(token)) {
      terms.words.push(token);
    }
  }
  return terms;
}

/** The clauses that match, in the Code's order (article, then clause). */
export function filterClauses(
  clauses: readonly PenalCodeClauseDto[],
  filter: PenalCodeFilter,
): PenalCodeClauseDto[] {
  const terms = searchTerms(filter.search);
  return clauses
    .filter((c) => {
      if (filter.crimeGroup && c.crimeGroup !== filter.crimeGroup) return false;
      if (filter.seriousness && c.seriousness !== filter.seriousness) return false;
      if (terms.article !== null && c.article !== terms.article) return false;
      if (terms.clause !== null && c.clause !== terms.clause) return false;
      if (terms.words.length === 0) return true;
      const title = `${foldForSearch(c.titleVi)} ${foldForSearch(c.titleEn)}`;
      return terms.words.every((word) => title.includes(word));
    })
    .toSorted((a, b) => a.article - b.article || a.clause - b.clause);
}
