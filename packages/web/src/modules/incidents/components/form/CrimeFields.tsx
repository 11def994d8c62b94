import type { PenalCodeClauseDto } from '@antt/shared';
import { Group, Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { matchesSearch } from '@/ui/search.ts';
import { useCategoryName } from '../../hooks/useIncidentCatalogue.ts';
import { SeriousnessBadge } from '../SeriousnessBadge.tsx';
import type { IncidentFieldsProps } from './form-props.ts';

/** A clause's maximum penalty in words, e.g. "7 năm tù", "tù chung thân". */
function usePenaltyText() {
  const { t } = useTranslation('incidents');
  return (clause: PenalCodeClauseDto) =>
    clause.maxPenalty === 'prison' && clause.maxPrisonYears !== null
      ? t('penalties.prison', { years: clause.maxPrisonYears })
      : t(`penalties.${clause.maxPenalty}`);
}

/** The Penal Code article and clause; the clause, not the article, sets the seriousness class. */
export function CrimeFields({ values, set, problem, catalogue }: IncidentFieldsProps) {
  const { t, i18n } = useTranslation(['incidents', 'common']);
  const penalty = usePenaltyText();
  const categoryName = useCategoryName(catalogue);
  const clauses = catalogue?.penalCode ?? [];
  const title = (c: PenalCodeClauseDto) => (i18n.language === 'en' ? c.titleEn : c.titleVi);

  const articles = new Map<number, PenalCodeClauseDto>();
  for (const c of clauses) if (!articles.has(c.article)) articles.set(c.article, c);
  const articleOptions = [...articles.values()]
    .sort((a, b) => a.article - b.article)
    .map((c) => ({
      value: String(c.article),
      label: t('form.articleOption', { article: c.article, title: title(c) }),
    }));
  const clauseOptions = clauses
    .filter((c) => c.article === values.article)
    .sort((a, b) => a.clause - b.clause)
    .map((c) => ({
      value: String(c.clause),
      label: t('form.clauseOption', {
        clause: c.clause,
        class: t(`seriousness.${c.seriousness}`).toLocaleLowerCase(i18n.language),
        penalty: penalty(c),
      }),
    }));
  const chosen = clauses.find((c) => c.article === values.article && c.clause === values.clause);

  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <Select
          label={t('form.article')}
          placeholder={t('form.articlePlaceholder')}
          withAsterisk
          searchable
          filter={({ options, search }) =>
            (options as { value: string; label: string }[]).filter((o) => matchesSearch(search, o.label))
          }
          nothingFoundMessage={t('common:states.empty')}
          data={articleOptions}
          value={values.article === '' ? null : String(values.article)}
          onChange={(v) => {
            set('article', v ? Number(v) : '');
            set('clause', '');
          }}
          error={problem('article')}
        />
        <Select
          label={t('form.clause')}
          placeholder={values.article === '' ? t('form.clauseFirst') : undefined}
          withAsterisk
          allowDeselect={false}
          disabled={values.article === ''}
          data={clauseOptions}
          value={values.clause === '' ? null : String(values.clause)}
          onChange={(v) => set('clause', v ? Number(v) : '')}
          error={problem('clause')}
        />
      </SimpleGrid>
      {chosen && (
        <Paper withBorder radius="sm" p="sm" data-testid="crime-class" aria-live="polite">
          <Stack gap={4}>
            <Group gap="xs">
              <Text size="sm">{t('form.seriousnessResult')}</Text>
              <SeriousnessBadge seriousness={chosen.seriousness} />
            </Group>
            <Text size="xs" c="dimmed">
              {t('form.crimeGroup', { group: categoryName(chosen.crimeGroup, 'crime') })} ·{' '}
              {t('form.maxPenalty', { penalty: penalty(chosen) })}
            </Text>
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
