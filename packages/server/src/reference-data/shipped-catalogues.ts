import {
  CRIME_GROUPS,
  INCIDENT_TYPES,
  MAX_PENALTIES,
  type CrimeGroup,
  type IncidentType,
  type MaxPenalty,
} from '@antt/shared';
import path from 'node:path';
import { DEFAULT_DATA_DIR } from './shipped-data.ts';
import { readCsvFile } from './csv.ts';

// The incident catalogues the product ships (data/catalogues, see its SOURCES.md): the Penal
// Code 2015 clauses with their maximum penalties, and the incident categories. Read and checked
// here; installed into an empty database by installShippedCatalogues.

/** The 2015 Penal Code (as amended in 2017) took effect on 1 January 2018. */
export const PENAL_CODE_2015_IN_FORCE = 20180101;
/** Categories are vocabulary, valid for any date a register could hold. */
export const CATEGORIES_VALID_FROM = 19000101;

export type ShippedClause = {
  article: number;
  clause: number;
  chapter: string;
  titleVi: string;
  titleEn: string;
  crimeGroup: CrimeGroup;
  maxPenalty: MaxPenalty;
  maxPrisonYears: number | null;
};

export type ShippedCategory = {
  code: string;
  type: IncidentType;
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
};

export function catalogueDir(dataDir = DEFAULT_DATA_DIR): string {
  return path.join(dataDir, 'catalogues');
}

function fail(file: string, row: number, message: string): never {
  throw new Error(`${path.basename(file)} row ${row}: ${message}`);
}

export function readShippedClauses(dataDir = DEFAULT_DATA_DIR): ShippedClause[] {
  const file = path.join(catalogueDir(dataDir), 'penal-code-2015.csv');
  const seen = new Set<string>();
  return readCsvFile(file).map((r, i) => {
    const row = i + 2;
    const article = Number(r.article);
    const clause = Number(r.clause);
    if (!Number.isInteger(article) || !Number.isInteger(clause))
      fail(file, row, 'article and clause must be whole numbers');
    if (seen.has(`${article}.${clause}`)) fail(file, row, `article ${article} clause ${clause} twice`);
    seen.add(`${article}.${clause}`);
    if (!(CRIME_GROUPS as readonly string[]).includes(r.crime_group ?? ''))
      fail(file, row, `unknown group ${r.crime_group}`);
    if (!(MAX_PENALTIES as readonly string[]).includes(r.max_penalty ?? ''))
      fail(file, row, `unknown penalty ${r.max_penalty}`);
    const years = r.max_prison_years ? Number(r.max_prison_years) : null;
    if (years !== null && !Number.isFinite(years)) fail(file, row, 'max_prison_years must be a number');
    return {
      article,
      clause,
      chapter: r.chapter ?? '',
      titleVi: r.title_vi ?? '',
      titleEn: r.title_en ?? '',
      crimeGroup: r.crime_group as CrimeGroup,
      maxPenalty: r.max_penalty as MaxPenalty,
      maxPrisonYears: years,
    };
  });
}

export function readShippedCategories(dataDir = DEFAULT_DATA_DIR): ShippedCategory[] {
  const file = path.join(catalogueDir(dataDir), 'incident-categories.csv');
  return readCsvFile(file).map((r, i) => {
    if (!(INCIDENT_TYPES as readonly string[]).includes(r.type ?? ''))
      fail(file, i + 2, `unknown type ${r.type}`);
    return {
      code: r.code ?? '',
      type: r.type as IncidentType,
      nameVi: r.name_vi ?? '',
      nameEn: r.name_en ?? '',
      descriptionVi: r.description_vi ?? '',
    };
  });
}
