import { TIP_CATEGORIES, TIP_CATEGORY_LABELS } from '@antt/shared/tips/tip-categories';
import type { PortalTipReceipt } from '@antt/shared/tips/tip-portal.schemas';
import { TIP_TEXT_LIMITS } from '@antt/shared/tips/tip-rules';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/i18n/label.ts';
import { serverFieldErrors } from '../../api/portal-client.ts';
import { submitTip } from '../../api/tips.api.ts';
import { usePortalErrorMessage } from '../../api/usePortalErrorMessage.ts';
import { useCommunes } from '../../api/useCommunes.ts';
import { PORTAL_ROUTES } from '../../routing/portal-routes.ts';
import { DateTimeInput } from '@/ui/forms/DateTimeInput.tsx';
import { vnLocalNow } from '@/ui/forms/vn-local-time.ts';
import { checkPicked, type PickedAttachment } from '../../tip-form/picked-attachments.ts';
import {
  buildSubmission,
  EMPTY_TIP_FORM,
  TIP_FORM_FIELD_ORDER,
  type TipFormField,
  type TipFormIssues,
  type TipFormValues,
} from '../../tip-form/tip-form-values.ts';
import { AttachmentPicker } from './AttachmentPicker.tsx';
import { ChoiceCards } from './ChoiceCards.tsx';
import { CommuneSelect } from './CommuneSelect.tsx';
import { FormSection } from './FormSection.tsx';
import { IdentityFields } from './IdentityFields.tsx';
import { LocationButton } from './LocationButton.tsx';

/** Server field paths ("body.informant.phone", "lat") → the form's fields. */
function fieldOfServerPath(path: string): TipFormField | null {
  const parts = path.replace(/^body\./, '').split('.');
  const [first, second] = parts;
  if (first === 'informant') {
    const map: Record<string, TipFormField> = {
      fullName: 'fullName',
      phone: 'phone',
      email: 'email',
      idNumber: 'idNumber',
      address: 'informantAddress',
    };
    return map[second ?? ''] ?? 'fullName';
  }
  if (first === 'lon' || first === 'lat') return 'point';
  return (TIP_FORM_FIELD_ORDER as string[]).includes(first ?? '') ? (first as TipFormField) : null;
}

const INFORMANT_ISSUES: TipFormField[] = ['fullName', 'phone', 'email', 'idNumber', 'informantAddress'];

/** The messages a change of each value may settle. */
const ISSUES_OF_VALUE: Record<keyof TipFormValues, TipFormField[]> = {
  kind: ['kind'],
  category: ['category'],
  description: ['description'],
  occurredAt: ['occurredAt'],
  communeCode: ['communeCode', 'point'],
  address: ['address'],
  point: ['point'],
  keepLocation: [],
  identity: INFORMANT_ISSUES,
  informant: INFORMANT_ISSUES,
};

function focusField(field: TipFormField) {
  const element = document.getElementById(`field-${field}`);
  element?.scrollIntoView({ block: 'center' });
  (element?.matches('input, textarea, select')
    ? element
    : element?.querySelector<HTMLElement>('input, textarea, select, button')
  )?.focus({
    preventScroll: true,
  });
}

export function SubmitTipForm({ onSubmitted }: { onSubmitted: (receipt: PortalTipReceipt) => void }) {
  const { t } = useTranslation('portal');
  const label = useLabel();
  const errorMessage = usePortalErrorMessage();
  const communes = useCommunes();
  const [values, setValues] = useState<TipFormValues>(EMPTY_TIP_FORM);
  const [picked, setPicked] = useState<PickedAttachment[]>([]);
  const [issues, setIssues] = useState<TipFormIssues>({});
  /** Why the last attempt was not sent: field problems (shown while any is left), files, or the server. */
  const [summary, setSummary] = useState<{ about: 'fields' | 'other'; text: string } | null>(null);
  const shownSummary =
    summary && (summary.about === 'other' || Object.keys(issues).length > 0) ? summary.text : null;
  const [sending, setSending] = useState(false);

  /** A corrected field loses its message (the summary of field problems goes with the last one). */
  const clearIssues = (fields: TipFormField[]) =>
    setIssues((current) => {
      if (!fields.some((f) => f in current)) return current;
      const next = { ...current };
      for (const f of fields) delete next[f];
      return next;
    });
  const set = <K extends keyof TipFormValues>(field: K, value: TipFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    clearIssues(ISSUES_OF_VALUE[field]);
  };
  const errorText = (key: string | undefined) => (key ? t(`submit.errors.${key}`) : undefined);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const built = buildSubmission(values, communes.provinceCode);
    const fileProblems = checkPicked(picked).some((f) => f.problem !== null);
    if (!built.ok || fileProblems) {
      const found = built.ok ? {} : built.issues;
      setIssues(found);
      const fieldProblems = Object.keys(found).length > 0;
      setSummary({
        about: fieldProblems ? 'fields' : 'other',
        text: t(fieldProblems ? 'submit.errors.summary' : 'submit.errors.files'),
      });
      const first = TIP_FORM_FIELD_ORDER.find((f) => f in found);
      if (first) focusField(first);
      return;
    }
    setIssues({});
    setSummary(null);
    setSending(true);
    try {
      onSubmitted(
        await submitTip(
          built.data,
          picked.map((p) => p.file),
        ),
      );
    } catch (error) {
      const fromServer: TipFormIssues = {};
      for (const f of serverFieldErrors(error)) {
        const field = fieldOfServerPath(f.path);
        if (field && !(field in fromServer))
          fromServer[field] = field === 'description' ? 'descriptionMissing' : field;
      }
      setIssues(fromServer);
      setSummary({ about: 'other', text: errorMessage(error) });
    } finally {
      setSending(false);
    }
  };

  const kindChoices = (['denunciation', 'report'] as const).map((kind) => ({
    value: kind,
    label: t(`submit.kind.${kind}`),
    hint: t(`submit.kind.${kind}Hint`),
  }));

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('submit.title')}>
      <Stack gap="lg">
        <FormSection id="what" title={t('submit.sections.what')}>
          <ChoiceCards
            id="field-kind"
            label={t('submit.kind.label')}
            required
            value={values.kind}
            onChange={(kind) => set('kind', kind)}
            choices={kindChoices}
            error={errorText(issues.kind)}
          />
          <NativeSelect
            id="field-category"
            label={t('submit.category.label')}
            required
            size="md"
            value={values.category}
            onChange={(e) => set('category', e.currentTarget.value as TipFormValues['category'])}
            data={[
              { value: '', label: t('submit.category.placeholder') },
              ...TIP_CATEGORIES.map((c) => ({ value: c, label: label(TIP_CATEGORY_LABELS[c]) })),
            ]}
            error={errorText(issues.category)}
          />
          <Textarea
            id="field-description"
            label={t('submit.description.label')}
            description={t('submit.description.hint')}
            required
            size="md"
            autosize
            minRows={5}
            maxRows={16}
            maxLength={TIP_TEXT_LIMITS.description}
            value={values.description}
            onChange={(e) => set('description', e.currentTarget.value)}
            error={errorText(issues.description)}
          />
          <Text size="xs" c="dimmed" ta="right" mt={-10} aria-live="polite">
            {t('submit.description.count', {
              count: values.description.length,
              max: TIP_TEXT_LIMITS.description,
            })}
          </Text>
          <DateTimeInput
            id="field-occurredAt"
            label={t('submit.occurredAt.label')}
            description={t('submit.occurredAt.hint')}
            size="md"
            maxDay={vnLocalNow().slice(0, 10)}
            value={values.occurredAt}
            onChange={(value) => set('occurredAt', value)}
            error={errorText(issues.occurredAt)}
          />
        </FormSection>

        <FormSection id="where" title={t('submit.sections.where')}>
          <CommuneSelect
            communes={communes.items}
            loadFailed={communes.failed}
            value={values.communeCode}
            onChange={(code) => set('communeCode', code)}
            error={errorText(issues.communeCode)}
          />
          <LocationButton
            value={values.point}
            onChange={(point) => set('point', point)}
            pickedCommune={values.communeCode}
            onCommune={(commune) => {
              // The point names its commune: fill the picker when it is still empty.
              if (!values.communeCode) set('communeCode', commune.code);
            }}
            error={errorText(issues.point)}
          />
          <TextInput
            id="field-address"
            label={t('submit.address.label')}
            description={t('submit.address.hint')}
            size="md"
            maxLength={TIP_TEXT_LIMITS.address}
            value={values.address}
            onChange={(e) => set('address', e.currentTarget.value)}
            error={errorText(issues.address)}
          />
        </FormSection>

        <FormSection id="files" title={t('submit.sections.files')}>
          <AttachmentPicker picked={picked} onChange={setPicked} />
          <Checkbox
            id="field-keepLocation"
            checked={values.keepLocation}
            onChange={(e) => set('keepLocation', e.currentTarget.checked)}
            label={t('submit.keepLocation.label')}
            description={t('submit.keepLocation.hint')}
            size="md"
          />
        </FormSection>

        <FormSection id="identity" title={t('submit.sections.identity')}>
          <IdentityFields
            identity={values.identity}
            informant={values.informant}
            onIdentity={(identity) => set('identity', identity)}
            onInformant={(field, value) => set('informant', { ...values.informant, [field]: value })}
            issues={issues}
            errorText={errorText}
          />
          <Anchor href={`${PORTAL_ROUTES.home}#rights-title`} target="_blank" size="sm">
            {t('submit.rightsLink')}
          </Anchor>
        </FormSection>

        <Text size="sm" c="dimmed">
          {t('submit.truthful')}
        </Text>
        {shownSummary && (
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle size={20} />}>
            {shownSummary}
          </Alert>
        )}
        <Button
          type="submit"
          size="lg"
          loading={sending}
          leftSection={<IconSend size={20} aria-hidden="true" />}
          fullWidth
        >
          {t('submit.send')}
        </Button>
      </Stack>
    </form>
  );
}
