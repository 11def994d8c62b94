import {
  seriousnessOf,
  type CrimeGroup,
  type MaxPenalty,
  type PenalCodeClauseDto,
  type PenalCodeClauseRequest,
  type Seriousness,
} from '@antt/shared';

// What the clause form holds while an administrator types: number fields are '' when empty,
// the selects null until chosen. The request is built from it and checked by the shared schema.

export type ClauseFormValues = {
  article: number | string;
  clause: number | string;
  chapter: string;
  titleVi: string;
  titleEn: string;
  crimeGroup: CrimeGroup | null;
  maxPenalty: MaxPenalty | null;
  maxPrisonYears: number | string;
  validFrom: string;
};

/** A fine or non-custodial reform has no prison term; the others may (life, death) or must (prison). */
export function takesPrisonTerm(maxPenalty: MaxPenalty | null): boolean {
  return maxPenalty !== 'fine' && maxPenalty !== 'non_custodial';
}

/** The form for a new version of `clause` (or a blank one), in force from `validFrom`. */
export function clauseFormValues(clause: PenalCodeClauseDto | null, validFrom: string): ClauseFormValues {
  return {
    article: clause?.article ?? '',
    clause: clause?.clause ?? '',
    chapter: clause?.chapter ?? '',
    titleVi: clause?.titleVi ?? '',
    titleEn: clause?.titleEn ?? '',
    crimeGroup: clause?.crimeGroup ?? null,
    maxPenalty: clause?.maxPenalty ?? null,
    maxPrisonYears: clause?.maxPrisonYears ?? '',
    validFrom,
  };
}

function numberOf(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  const text = value.trim().replace(',', '.');
  return text === '' || Number.isNaN(Number(text)) ? undefined : Number(text);
}

/** The request as typed; the shared schema then says what is missing or wrong. */
export function clauseRequestOf(values: ClauseFormValues): Partial<PenalCodeClauseRequest> {
  const years = numberOf(values.maxPrisonYears);
  return {
    article: numberOf(values.article),
    clause: numberOf(values.clause),
    chapter: values.chapter.trim().toUpperCase(),
    titleVi: values.titleVi,
    titleEn: values.titleEn,
    crimeGroup: values.crimeGroup ?? undefined,
    maxPenalty: values.maxPenalty ?? undefined,
    maxPrisonYears: takesPrisonTerm(values.maxPenalty) ? (years ?? null) : null,
    validFrom: values.validFrom,
  };
}

/** The class the chosen frame gives (Penal Code art. 9), or null while it cannot be told yet. */
export function resultingSeriousness(values: ClauseFormValues): Seriousness | null {
  if (values.maxPenalty === null) return null;
  const years = takesPrisonTerm(values.maxPenalty) ? (numberOf(values.maxPrisonYears) ?? null) : null;
  if (values.maxPenalty === 'prison' && years === null) return null;
  return seriousnessOf(values.maxPenalty, years);
}
