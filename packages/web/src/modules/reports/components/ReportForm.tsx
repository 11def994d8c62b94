import { REPORT_TYPES, type ReportDto, type ReportType } from '@antt/shared';
import {
  Alert,
  Button,
  Fieldset,
  Group,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { useJurisdictionRoot } from '@/modules/dashboard/hooks/useJurisdictionRoot.ts';
import { useUnitSearch } from '@/modules/units/hooks/useUnits.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { useGenerateReport } from '../hooks/useReports.ts';
import {
  checkReport,
  serverProblems,
  type ReportFormField,
  type ReportFormProblems,
  type ReportFormValues,
} from '../report-form-values.ts';

type ReportFormProps = {
  initial: ReportFormValues;
  onGenerated: (report: ReportDto) => void;
  onCancel: () => void;
};

/** "Tạo báo cáo": type, unit and period, and the document's header fields where the defaults will not do. */
export function ReportForm({ initial, onGenerated, onCancel }: ReportFormProps) {
  const { t } = useTranslation(['reports', 'common']);
  const { i18n } = useTranslation();
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const root = useJurisdictionRoot(user);
  const units = useUnitSearch({ province: user.provinceCode, limit: 500 });
  const generate = useGenerateReport();
  const [values, setValues] = useState<ReportFormValues>(initial);
  const [problems, setProblems] = useState<ReportFormProblems>({});

  // A changed field loses its red mark: what was said about it was said about the old value.
  const set = <K extends keyof ReportFormValues>(field: K, value: ReportFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setProblems((p) => {
      if (!(field in p)) return p;
      const rest = { ...p };
      delete rest[field];
      return rest;
    });
  };

  const problemAt = (field: ReportFormField): string | undefined => {
    const problem = problems[field];
    if (!problem) return undefined;
    if ('message' in problem) return problem.message;
    if (problem.code === 'server') {
      return t(`form.serverProblems.${field}`, { defaultValue: t('form.problems.server') });
    }
    return t(`form.problems.${problem.code}`);
  };

  // The province first, then its communes, for those who see the province; others their own commune.
  const unitOptions = (units.data?.items ?? [])
    .filter((u) => root.code === user.provinceCode || u.code === root.code)
    .sort((a, b) =>
      a.level === 'province' ? -1 : b.level === 'province' ? 1 : a.name.localeCompare(b.name, 'vi'),
    )
    .map((u) => ({ value: u.code, label: u.name }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkReport(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    generate.mutate(checked.request, {
      onSuccess: onGenerated,
      onError: (error) => setProblems(serverProblems(error, i18n.language)),
    });
  };

  const text = (field: ReportFormField, extra: { description?: string; placeholder?: string } = {}) => (
    <TextInput
      label={t(`form.${field}`)}
      {...extra}
      value={values[field]}
      onChange={(e) => set(field, e.currentTarget.value)}
      error={problemAt(field)}
    />
  );

  const serverFieldsShown = Object.keys(problems).length > 0;
  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('form.type')}
            required
            allowDeselect={false}
            data={REPORT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
            value={values.type}
            onChange={(type) => type && set('type', type as ReportType)}
            error={problemAt('type')}
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
          <DayInput
            label={t('form.from')}
            required
            value={values.from}
            onChange={(day) => set('from', day)}
            error={problemAt('from')}
          />
          <DayInput
            label={t('form.to')}
            required
            value={values.to}
            onChange={(day) => set('to', day)}
            error={problemAt('to')}
          />
        </SimpleGrid>
        <Fieldset legend={t('form.header')} variant="filled">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {t('form.headerHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {text('number', { description: t('form.numberHint') })}
              {text('symbol', { placeholder: 'BC-CATP' })}
              {text('place')}
            </SimpleGrid>
            {text('summary')}
            <Textarea
              label={t('form.recipients')}
              description={t('form.recipientsHint')}
              autosize
              minRows={3}
              maxRows={10}
              value={values.recipients}
              onChange={(e) => set('recipients', e.currentTarget.value)}
              error={problemAt('recipients')}
            />
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              {text('signerAuthority', { placeholder: t('form.signerAuthorityPlaceholder') })}
              {text('signerTitle')}
              {text('signerName')}
            </SimpleGrid>
          </Stack>
        </Fieldset>
        {generate.error && !serverFieldsShown && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(generate.error)}
          </Alert>
        )}
        {serverFieldsShown && (
          <Alert color="red" variant="light" role="alert">
            {t('form.fixFields')}
          </Alert>
        )}
        {generate.isPending && (
          <Group gap="sm" role="status" data-testid="report-generating">
            <Loader size="sm" />
            <Text size="sm">{t('form.generating')}</Text>
          </Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={generate.isPending}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={generate.isPending}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
