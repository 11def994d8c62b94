import {
  CRIME_GROUPS,
  MAX_PENALTIES,
  penalCodeClauseRequestSchema,
  type CrimeGroup,
  type MaxPenalty,
  type PenalCodeClauseDto,
  type PenalCodeClauseRequest,
} from '@antt/shared';
import { Alert, Button, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { validate } from '@/ui/forms/validate.ts';
import {
  clauseFormValues,
  clauseRequestOf,
  resultingSeriousness,
  takesPrisonTerm,
  type ClauseFormValues,
} from '../clause-form-values.ts';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';
import { useSetPenalCodeClause } from '../hooks/useIncidentCatalogue.ts';
import { serverFieldProblems } from '../server-field-problems.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { SeriousnessBadge } from './SeriousnessBadge.tsx';

type Field = keyof PenalCodeClauseRequest;

type PenalCodeClauseFormProps = {
  /** The version in force to start from, or null for a new clause. */
  clause: PenalCodeClauseDto | null;
  defaultValidFrom: string;
  onSaved: (saved: PenalCodeClauseDto) => void;
  onCancel: () => void;
};

/**
 * An administrator's new clause, or new version of a clause, from a day on. The class is not
 * typed: it follows from the maximum penalty (Penal Code art. 9) and is shown as it changes.
 */
export function PenalCodeClauseForm({
  clause,
  defaultValidFrom,
  onSaved,
  onCancel,
}: PenalCodeClauseFormProps) {
  const { t, i18n } = useTranslation(['incidentCatalogue', 'common']);
  const format = useFormat();
  const text = useCatalogueText();
  const errorMessage = useErrorMessage();
  const save = useSetPenalCodeClause();
  const [values, setValues] = useState<ClauseFormValues>(() => clauseFormValues(clause, defaultValidFrom));
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const editing = clause !== null;
  const seriousness = resultingSeriousness(values);
  const prisonTerm = takesPrisonTerm(values.maxPenalty);

  const set = <K extends keyof ClauseFormValues>(field: K, value: ClauseFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const problemText = (field: Field) => t(`clauseForm.problems.${field}`);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate<PenalCodeClauseRequest, Field>(
      penalCodeClauseRequestSchema,
      clauseRequestOf(values),
    );
    if (!checked.ok) {
      setProblems(Object.fromEntries(Object.keys(checked.issues).map((f) => [f, problemText(f as Field)])));
      return;
    }
    setProblems({});
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (error) => {
        // What only the server knows (a later version) goes next to its field.
        const fromServer: Partial<Record<Field, string>> = {};
        for (const p of serverFieldProblems(error)) {
          fromServer[p.field as Field] = p.laterVersionFrom
            ? t('laterVersion', { date: format.day(p.laterVersionFrom) })
            : problemText(p.field as Field);
        }
        setProblems(fromServer);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {clause && (
          <Text size="sm" c="dimmed">
            {t('clauseForm.editing', { validity: text.validity(clause) })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
          <NumberInput
            label={t('clauseForm.article')}
            required
            readOnly={editing}
            variant={editing ? 'filled' : 'default'}
            min={1}
            max={999}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            value={values.article}
            onChange={(value) => set('article', value)}
            error={problems.article}
            data-autofocus={editing ? undefined : true}
          />
          <NumberInput
            label={t('clauseForm.clause')}
            required
            readOnly={editing}
            variant={editing ? 'filled' : 'default'}
            min={1}
            max={20}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            value={values.clause}
            onChange={(value) => set('clause', value)}
            error={problems.clause}
          />
          <TextInput
            label={t('clauseForm.chapter')}
            description={t('clauseForm.chapterHint')}
            required
            autoCapitalize="characters"
            spellCheck={false}
            value={values.chapter}
            onChange={(e) => set('chapter', e.currentTarget.value)}
            error={problems.chapter}
          />
        </SimpleGrid>
        <TextInput
          label={t('clauseForm.titleVi')}
          required
          value={values.titleVi}
          onChange={(e) => set('titleVi', e.currentTarget.value)}
          error={problems.titleVi}
        />
        <TextInput
          label={t('clauseForm.titleEn')}
          required
          lang="en"
          value={values.titleEn}
          onChange={(e) => set('titleEn', e.currentTarget.value)}
          error={problems.titleEn}
        />
        <Select
          label={t('clauseForm.group')}
          required
          allowDeselect={false}
          data={CRIME_GROUPS.map((g) => ({ value: g, label: t(`crimeGroups.${g}`) }))}
          value={values.crimeGroup}
          onChange={(value) => set('crimeGroup', value as CrimeGroup | null)}
          error={problems.crimeGroup}
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('clauseForm.maxPenalty')}
            required
            allowDeselect={false}
            data={MAX_PENALTIES.map((p) => ({ value: p, label: t(`penalties.${p}`) }))}
            value={values.maxPenalty}
            onChange={(value) => {
              const penalty = value as MaxPenalty | null;
              setValues((v) => ({
                ...v,
                maxPenalty: penalty,
                maxPrisonYears: takesPrisonTerm(penalty) ? v.maxPrisonYears : '',
              }));
            }}
            error={problems.maxPenalty}
          />
          <NumberInput
            label={t('clauseForm.maxPrisonYears')}
            description={
              values.maxPenalty === 'prison'
                ? t('clauseForm.maxPrisonYearsHint')
                : t('clauseForm.maxPrisonYearsOptional')
            }
            required={values.maxPenalty === 'prison'}
            disabled={!prisonTerm}
            min={0}
            max={30}
            decimalScale={2}
            decimalSeparator={i18n.language === 'en' ? '.' : ','}
            allowNegative={false}
            value={values.maxPrisonYears}
            onChange={(value) => set('maxPrisonYears', value)}
            error={problems.maxPrisonYears}
          />
        </SimpleGrid>
        <Group gap="xs" aria-live="polite" mih={28}>
          {seriousness && (
            <>
              <Text size="sm" fw={500}>
                {t('clauseForm.resulting')}
              </Text>
              <SeriousnessBadge seriousness={seriousness} />
            </>
          )}
        </Group>
        <DayInput
          label={t('clauseForm.validFrom')}
          description={t('clauseForm.validFromHint')}
          required
          pickerLabel={t('pickDay')}
          value={values.validFrom}
          onChange={(day) => set('validFrom', day)}
          error={problems.validFrom}
          data-autofocus={editing ? true : undefined}
        />
        {save.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
