import { isPeriod, TARGET_DIRECTIONS, vnToday, type TargetDto, type TargetInput } from '@antt/shared';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { useIndicatorDefinitions } from '@/modules/dashboard/hooks/useIndicators.ts';
import { useJurisdictionRoot } from '@/modules/dashboard/hooks/useJurisdictionRoot.ts';
import { useUnitSearch } from '@/modules/units/hooks/useUnits.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { labelOfPeriod } from '../hooks/useTargetText.ts';
import {
  checkTarget,
  serverProblems,
  termChoices,
  type FormProblems,
  type TargetFormField,
  type TargetFormValues,
  type TermMode,
} from '../target-form-values.ts';

type TargetFormProps = {
  initial: TargetFormValues;
  save: UseMutationResult<TargetDto, Error, TargetInput>;
  submitLabel: string;
  onSaved: (target: TargetDto) => void;
  onCancel: () => void;
};

/** A target: the indicator, the unit, the rule and the term, the baseline, and where it comes from. */
export function TargetForm({ initial, save, submitLabel, onSaved, onCancel }: TargetFormProps) {
  const { t, i18n } = useTranslation(['targets', 'common']);
  const language = i18n.language;
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const definitions = useIndicatorDefinitions();
  const root = useJurisdictionRoot(user);
  const units = useUnitSearch({ province: user.provinceCode, limit: 500 });
  const [values, setValues] = useState<TargetFormValues>(initial);
  const [problems, setProblems] = useState<FormProblems>({});

  const set = <K extends keyof TargetFormValues>(field: K, value: TargetFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));

  /** The sentence beside a field: the form's words for a check, or the server's own sentence. */
  const problemAt = (field: TargetFormField): string | undefined => {
    const problem = problems[field];
    if (!problem) return undefined;
    if ('message' in problem) return problem.message;
    const byField = t(`form.problems.byField.${field}`);
    if (problem.code === 'server') return t(`form.problems.server.${field}`, { defaultValue: byField });
    return t(`form.problems.${problem.code}`, { defaultValue: byField });
  };

  const definition = definitions.data?.find((d) => d.code === values.indicator);
  const isPercent = values.direction === 'reduce_by_percent' || definition?.unit === 'percent';
  const indicatorOptions = (definitions.data ?? []).map((d) => ({
    value: d.code,
    label: language === 'en' ? d.nameEn : d.nameVi,
  }));
  // The province and its communes for those who see the whole province; a commune's own staff their commune.
  const unitOptions = (units.data?.items ?? [])
    .filter((u) => root.code === user.provinceCode || u.code === root.code)
    .sort((a, b) =>
      a.level === 'province' ? -1 : b.level === 'province' ? 1 : a.name.localeCompare(b.name, 'vi'),
    )
    .map((u) => ({ value: u.code, label: u.name }));
  const termOptions = [...new Set([...termChoices(Math.floor(vnToday() / 10_000)), values.term])]
    .filter((code) => code !== '')
    .map((code) => ({ value: code, label: `${labelOfPeriod(code, language)} · ${code}` }));
  const baselineLabel =
    values.baselinePeriod.trim() !== '' && isPeriod(values.baselinePeriod.trim())
      ? labelOfPeriod(values.baselinePeriod.trim(), language)
      : t('form.baselinePeriodHint');

  /** A catalogue indicator with a National Assembly target brings that target along, unless one is typed. */
  const chooseIndicator = (code: string | null) => {
    const chosen = definitions.data?.find((d) => d.code === code);
    setValues((v) => ({
      ...v,
      indicator: code ?? '',
      ...(chosen?.target && v.targetValue.trim() === ''
        ? {
            direction: chosen.target.op,
            targetValue: new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
              maximumFractionDigits: 6,
              useGrouping: false,
            }).format(chosen.target.value),
            source: v.source || (chosen.targetSource ?? ''),
          }
        : {}),
    }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkTarget(values, language);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    save.mutate(checked.input, {
      onSuccess: onSaved,
      onError: (error) => setProblems(serverProblems(error, language)),
    });
  };

  const serverFieldsShown = Object.keys(problems).length > 0;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Select
          label={t('form.indicator')}
          placeholder={t('form.indicatorPlaceholder')}
          required
          searchable
          allowDeselect={false}
          data={indicatorOptions}
          value={values.indicator || null}
          onChange={chooseIndicator}
          error={problemAt('indicator')}
          nothingFoundMessage={t('form.nothingFound')}
        />
        <Select
          label={t('form.unit')}
          required
          searchable
          allowDeselect={false}
          data={unitOptions.length > 0 ? unitOptions : [{ value: values.unit, label: values.unit }]}
          value={values.unit || null}
          onChange={(code) => set('unit', code ?? '')}
          error={problemAt('unit')}
          nothingFoundMessage={t('form.nothingFound')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('form.direction')}
            required
            allowDeselect={false}
            data={TARGET_DIRECTIONS.map((d) => ({ value: d, label: t(`form.directions.${d}`) }))}
            value={values.direction}
            onChange={(d) => d && set('direction', d as TargetFormValues['direction'])}
            error={problemAt('direction')}
          />
          <TextInput
            label={values.direction === 'reduce_by_percent' ? t('form.cut') : t('form.targetValue')}
            description={t(
              values.direction === 'reduce_by_percent'
                ? 'form.cutHint'
                : definition && !definition.denominator
                  ? 'form.targetValueCountHint'
                  : 'form.targetValueHint',
            )}
            required
            inputMode="decimal"
            rightSection={isPercent ? <Text size="sm">%</Text> : undefined}
            value={values.targetValue}
            onChange={(e) => set('targetValue', e.currentTarget.value)}
            error={problemAt('targetValue')}
          />
        </SimpleGrid>
        <Fieldset legend={t('form.term')} variant="filled">
          <Stack gap="sm">
            <SegmentedControl
              value={values.termMode}
              onChange={(mode) => set('termMode', mode as TermMode)}
              data={[
                { value: 'term', label: t('form.termModes.term') },
                { value: 'dates', label: t('form.termModes.dates') },
              ]}
              aria-label={t('form.term')}
            />
            {values.termMode === 'term' ? (
              <Select
                label={t('form.termCode')}
                description={t('form.termCodeHint')}
                required
                allowDeselect={false}
                data={termOptions}
                value={values.term || null}
                onChange={(code) => set('term', code ?? '')}
                error={problemAt('term')}
              />
            ) : (
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <DayInput
                  label={t('form.termFrom')}
                  required
                  value={values.termFrom}
                  onChange={(day) => set('termFrom', day)}
                  error={problemAt('termFrom') ?? problemAt('term')}
                />
                <DayInput
                  label={t('form.termTo')}
                  required
                  value={values.termTo}
                  onChange={(day) => set('termTo', day)}
                  error={problemAt('termTo')}
                />
              </SimpleGrid>
            )}
          </Stack>
        </Fieldset>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('form.baselinePeriod')}
            description={baselineLabel}
            placeholder="bc:2025"
            required={values.direction === 'reduce_by_percent'}
            value={values.baselinePeriod}
            onChange={(e) => set('baselinePeriod', e.currentTarget.value)}
            error={problemAt('baselinePeriod')}
          />
          <TextInput
            label={t('form.baselineValue')}
            description={t('form.baselineValueHint')}
            inputMode="decimal"
            rightSection={definition?.unit === 'percent' ? <Text size="sm">%</Text> : undefined}
            value={values.baselineValue}
            onChange={(e) => set('baselineValue', e.currentTarget.value)}
            error={problemAt('baselineValue')}
          />
        </SimpleGrid>
        <TextInput
          label={t('form.name')}
          placeholder={t('form.namePlaceholder')}
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={problemAt('name')}
        />
        <TextInput
          label={t('form.source')}
          placeholder={t('form.sourcePlaceholder')}
          value={values.source}
          onChange={(e) => set('source', e.currentTarget.value)}
          error={problemAt('source')}
        />
        {save.error && !serverFieldsShown && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(save.error)}
          </Alert>
        )}
        {serverFieldsShown && (
          <Alert color="red" variant="light" role="alert">
            {t('form.fixFields')}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
