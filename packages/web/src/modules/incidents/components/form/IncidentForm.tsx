import type { IncidentDetailDto } from '@antt/shared';
import { Alert, Button, Fieldset, Group, Stack, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors, isApiError } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';
import {
  checkIncidentEdit,
  checkNewIncident,
  formFieldOf,
  type IncidentFormValues,
} from '../../incident-form-values.ts';
import { useIncidentCatalogue } from '../../hooks/useIncidentCatalogue.ts';
import { useCreateIncident, useUpdateIncident } from '../../hooks/useIncidents.ts';
import { CrimeFields } from './CrimeFields.tsx';
import { FireFields } from './FireFields.tsx';
import { HandlingFields } from './HandlingFields.tsx';
import { IncidentPlaceFields } from './IncidentPlaceFields.tsx';
import { IncidentTypePicker } from './IncidentTypePicker.tsx';
import { SocialViceFields } from './SocialViceFields.tsx';
import { TrafficAccidentFields } from './TrafficAccidentFields.tsx';

/** The fields the form shows; a problem with any other (e.g. the reporting unit) goes on top. */
const SHOWN_FIELDS = new Set([
  'type',
  'occurredAt',
  'communeCode',
  'lon',
  'lat',
  'address',
  'article',
  'clause',
  'category',
  'deaths',
  'injuries',
  'vehicles',
  'road',
  'damageVnd',
  'cause',
  'siteName',
  'status',
  'clearedOn',
  'summary',
]);

/** A field's problem code → the sentence under it. */
function issueKey(field: string, code: string): string {
  if (field === 'occurredAt' && code === 'future') return 'form.errors.occurredAtFuture';
  if (field === 'deaths' || field === 'injuries' || field === 'vehicles') return 'form.errors.count';
  return SHOWN_FIELDS.has(field) ? `form.errors.${field}` : 'form.errors.invalid';
}

type Issue = { code: string } | { message: string };

type IncidentFormProps = {
  initial: IncidentFormValues;
  /** Given when editing: the incident and the version the form was filled from. */
  editing?: { id: string; version: number };
  onSaved: (incident: IncidentDetailDto) => void;
  onCancel: () => void;
  /** Reads the incident again after someone else changed it (edit only). */
  onReload?: () => void;
};

/** Records a new incident or edits one: type first, then the fields of that type. */
export function IncidentForm({ initial, editing, onSaved, onCancel, onReload }: IncidentFormProps) {
  const { t, i18n } = useTranslation(['incidents', 'common']);
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState<IncidentFormValues>(initial);
  const [issues, setIssues] = useState<Record<string, Issue>>({});
  const create = useCreateIncident();
  const update = useUpdateIncident(editing?.id ?? '');
  const saving = editing ? update : create;
  const day = /^\d{4}-\d{2}-\d{2}/.test(values.occurredAt) ? values.occurredAt.slice(0, 10) : undefined;
  const catalogue = useIncidentCatalogue(day);

  const set = <K extends keyof IncidentFormValues>(field: K, value: IncidentFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A corrected field loses its message; a point answers "commune or point" too.
    setIssues((current) => {
      const related = field === 'lon' || field === 'lat' ? [field, 'lon', 'lat', 'communeCode'] : [field];
      if (!related.some((f) => f in current)) return current;
      const next = { ...current };
      for (const f of related) delete next[f];
      return next;
    });
  };
  const problem = (field: string): string | undefined => {
    const issue = issues[field];
    if (!issue) return undefined;
    return 'message' in issue ? issue.message : t(issueKey(field, issue.code));
  };

  const onServerError = (error: unknown) => {
    const fromServer: Record<string, Issue> = {};
    for (const f of fieldErrors(error)) {
      const field = formFieldOf(f.path);
      // Rule messages are written "Vietnamese / English"; schema messages are English only.
      fromServer[field] = f.message.includes(' / ')
        ? { message: messageInLanguage(f.message, i18n.language) }
        : { code: 'invalid' };
    }
    setIssues(fromServer);
  };
  const showIssues = (found: Record<string, string>) =>
    setIssues(Object.fromEntries(Object.entries(found).map(([field, code]) => [field, { code }])));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    saving.reset();
    setIssues({});
    if (editing) {
      const checked = checkIncidentEdit(values, editing.version);
      if (!checked.ok) return showIssues(checked.issues);
      update.mutate(checked.request, { onSuccess: onSaved, onError: onServerError });
    } else {
      const checked = checkNewIncident(values);
      if (!checked.ok) return showIssues(checked.issues);
      create.mutate(checked.request, { onSuccess: onSaved, onError: onServerError });
    }
  };

  const fieldsProps = { values, set, problem, catalogue: catalogue.data };
  const hiddenProblems = Object.entries(issues)
    .filter(([field]) => !SHOWN_FIELDS.has(field))
    .map(([field]) => problem(field));
  const stale = isApiError(saving.error, 'stale_version');

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        <IncidentTypePicker
          value={values.type}
          onChange={(type) => set('type', type)}
          error={problem('type')}
        />
        {values.type && (
          <>
            <Fieldset legend={t('form.placeSection')} variant="filled" radius="md">
              <IncidentPlaceFields values={values} set={set} problem={problem} />
            </Fieldset>
            <Fieldset legend={t(`form.detailsSection.${values.type}`)} variant="filled" radius="md">
              <Stack gap="sm">
                {values.type === 'crime' && <CrimeFields {...fieldsProps} />}
                {values.type === 'traffic_accident' && <TrafficAccidentFields {...fieldsProps} />}
                {values.type === 'fire' && <FireFields {...fieldsProps} />}
                {values.type === 'social_vice' && <SocialViceFields {...fieldsProps} />}
                <Textarea
                  label={t('form.summary')}
                  description={t('form.summaryHint')}
                  withAsterisk
                  autosize
                  minRows={3}
                  value={values.summary}
                  onChange={(e) => set('summary', e.currentTarget.value)}
                  error={problem('summary')}
                />
              </Stack>
            </Fieldset>
            <Fieldset legend={t('form.handlingSection')} variant="filled" radius="md">
              <HandlingFields values={values} set={set} problem={problem} />
            </Fieldset>
          </>
        )}
        {hiddenProblems.length > 0 && (
          <Alert color="red" variant="light" role="alert">
            {hiddenProblems.join(' ')}
          </Alert>
        )}
        {stale && (
          <Alert
            color="orange"
            variant="light"
            role="alert"
            icon={<IconAlertTriangle size={20} />}
            title={t('form.staleTitle')}
          >
            <Stack gap="xs" align="flex-start">
              <span>{t('form.stale')}</span>
              {onReload && (
                <Button
                  size="xs"
                  variant="white"
                  color="orange"
                  leftSection={<IconRefresh size={14} aria-hidden="true" />}
                  onClick={onReload}
                >
                  {t('form.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {saving.error !== null && !stale && (
          <Alert color="red" variant="light" role="alert" data-testid="incident-form-error">
            {errorMessage(saving.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={saving.isPending} disabled={!values.type}>
            {editing ? t('form.submitEdit') : t('form.submitNew')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
