import {
  STAFF_TIP_CHANNELS,
  staffTipIntakeRequestSchema,
  TIP_CATEGORIES,
  TIP_CATEGORY_LABELS,
  TIP_CHANNEL_LABELS,
  TIP_KINDS,
  TIP_KIND_LABELS,
  type StaffTipIntakeRequest,
  type TipDetailDto,
} from '@antt/shared';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '@/i18n/label.ts';
import { fieldErrors } from '@/modules/api/client.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { useUnitSearch } from '@/modules/units/hooks/useUnits.ts';
import { DateTimeInput } from '@/ui/forms/DateTimeInput.tsx';
import { isInFuture, occurredAtInstant, vnLocalNow } from '@/ui/forms/vn-local-time.ts';
import { matchesSearch } from '@/ui/search.ts';
import { useRecordTip } from '../hooks/useTips.ts';

type Values = {
  channel: string;
  kind: string;
  category: string;
  description: string;
  occurredAt: string;
  communeCode: string;
  address: string;
  sourceAgency: string;
  receiptRecordNo: string;
};
type Informant = { fullName: string; phone: string; email: string; idNumber: string; address: string };

const EMPTY: Values = {
  channel: 'phone',
  kind: 'denunciation',
  category: '',
  description: '',
  occurredAt: '',
  communeCode: '',
  address: '',
  sourceAgency: '',
  receiptRecordNo: '',
};

/** Problem code of a field → the sentence under it. */
function issueKey(field: string, code: string): string {
  if (field === 'sourceAgency' || field === 'receiptRecordNo') return `intake.errors.${field}`;
  if (field === 'informant.fullName') return 'intake.errors.identity';
  if (field === 'informant.phone') return 'intake.errors.phone';
  if (field === 'informant.email') return 'intake.errors.email';
  if (field === 'informant.idNumber') return 'intake.errors.idNumber';
  if (field === 'occurredAt' && code === 'future') return 'intake.errors.occurredAtFuture';
  return code === 'too_small' || code === 'invalid_value'
    ? 'intake.errors.required'
    : 'intake.errors.invalid';
}

/** A tip taken by phone, in person (with its receipt record), by mail, from the media or by transfer. */
export function StaffIntakeForm({
  onRecorded,
  onCancel,
}: {
  onRecorded: (tip: TipDetailDto) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation(['tips', 'common']);
  const label = useLabel();
  const errorMessage = useErrorMessage();
  const user = useCurrentUser();
  const communes = useUnitSearch({ level: 'commune', province: user.provinceCode, limit: 500 });
  const record = useRecordTip();
  const [values, setValues] = useState<Values>(EMPTY);
  const [identified, setIdentified] = useState(false);
  const [informant, setInformant] = useState<Informant>({
    fullName: '',
    phone: '',
    email: '',
    idNumber: '',
    address: '',
  });
  const [issues, setIssues] = useState<Record<string, string>>({});

  /** A corrected field loses its message. */
  const settle = (...fields: string[]) =>
    setIssues((current) => {
      if (!fields.some((f) => f in current)) return current;
      const next = { ...current };
      for (const f of fields) delete next[f];
      return next;
    });
  const set = (field: keyof Values) => (value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    settle(field);
  };
  const setWho = (field: keyof Informant) => (e: React.ChangeEvent<HTMLInputElement>) => {
    // Read now: the event's target is gone by the time a state updater runs.
    const value = e.currentTarget.value;
    setInformant((v) => ({ ...v, [field]: value }));
    // Any of name, phone or e-mail answers "give at least one".
    settle(`informant.${field}`, 'informant.fullName');
  };
  const problem = (field: string) => (issues[field] ? t(issueKey(field, issues[field])) : undefined);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const occurredAt = values.occurredAt ? occurredAtInstant(values.occurredAt) : undefined;
    const found: Record<string, string> = {};
    if (occurredAt === null) found.occurredAt = 'invalid';
    else if (occurredAt && isInFuture(occurredAt)) found.occurredAt = 'future';
    const parsed = staffTipIntakeRequestSchema.safeParse({
      ...values,
      category: values.category || undefined,
      occurredAt: occurredAt ?? undefined,
      communeCode: values.communeCode || undefined,
      informant: identified ? informant : undefined,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = issue.path.map(String).slice(0, 2).join('.');
        if (!(path in found)) found[path] = issue.code;
      }
    }
    setIssues(found);
    if (!parsed.success || Object.keys(found).length > 0) return;
    record.mutate(parsed.data as StaffTipIntakeRequest, {
      onSuccess: onRecorded,
      onError: (error) => {
        const fromServer: Record<string, string> = {};
        for (const f of fieldErrors(error)) fromServer[f.path.replace(/^body\./, '')] = 'invalid';
        setIssues(fromServer);
      },
    });
  };

  const communeOptions = (communes.data?.items ?? []).map((c) => ({ value: c.code, label: c.name }));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('intake.channel')}
            required
            allowDeselect={false}
            data={STAFF_TIP_CHANNELS.map((c) => ({ value: c, label: label(TIP_CHANNEL_LABELS[c]) }))}
            value={values.channel}
            onChange={(v) => set('channel')(v ?? 'phone')}
          />
          <Select
            label={t('intake.kind')}
            required
            allowDeselect={false}
            data={TIP_KINDS.map((k) => ({ value: k, label: label(TIP_KIND_LABELS[k]) }))}
            value={values.kind}
            onChange={(v) => set('kind')(v ?? 'denunciation')}
          />
          <Select
            label={t('intake.category')}
            required
            data={TIP_CATEGORIES.map((c) => ({ value: c, label: label(TIP_CATEGORY_LABELS[c]) }))}
            value={values.category || null}
            onChange={(v) => set('category')(v ?? '')}
            error={problem('category')}
          />
        </SimpleGrid>
        {(values.channel === 'transfer' || values.channel === 'media') && (
          <TextInput
            label={t('intake.sourceAgency')}
            required
            value={values.sourceAgency}
            onChange={(e) => set('sourceAgency')(e.currentTarget.value)}
            error={problem('sourceAgency')}
          />
        )}
        {values.channel === 'in_person' && (
          <TextInput
            label={t('intake.receiptRecordNo')}
            required
            value={values.receiptRecordNo}
            onChange={(e) => set('receiptRecordNo')(e.currentTarget.value)}
            error={problem('receiptRecordNo')}
          />
        )}
        <Textarea
          label={t('intake.details')}
          required
          autosize
          minRows={4}
          value={values.description}
          onChange={(e) => set('description')(e.currentTarget.value)}
          error={problem('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <DateTimeInput
            label={t('intake.occurredAt')}
            maxDay={vnLocalNow().slice(0, 10)}
            value={values.occurredAt}
            onChange={set('occurredAt')}
            error={problem('occurredAt')}
          />
          <Select
            label={t('intake.commune')}
            description={t('intake.communeHint')}
            placeholder={t('intake.communePlaceholder')}
            searchable
            clearable
            filter={({ options, search }) =>
              (options as { value: string; label: string }[]).filter((o) =>
                matchesSearch(search, o.label, o.value),
              )
            }
            nothingFoundMessage={t('common:states.empty')}
            data={communeOptions}
            value={values.communeCode || null}
            onChange={(v) => set('communeCode')(v ?? '')}
            error={problem('communeCode')}
            disabled={communes.isPending}
          />
        </SimpleGrid>
        <TextInput
          label={t('intake.address')}
          value={values.address}
          onChange={(e) => set('address')(e.currentTarget.value)}
          error={problem('address')}
        />
        <Checkbox
          label={t('intake.identified')}
          description={t('intake.identifiedHint')}
          checked={identified}
          onChange={(e) => setIdentified(e.currentTarget.checked)}
        />
        {identified && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('intake.fullName')}
              value={informant.fullName}
              onChange={setWho('fullName')}
              error={problem('informant.fullName')}
            />
            <TextInput
              label={t('intake.phone')}
              type="tel"
              value={informant.phone}
              onChange={setWho('phone')}
              error={problem('informant.phone')}
            />
            <TextInput
              label={t('intake.email')}
              type="email"
              value={informant.email}
              onChange={setWho('email')}
              error={problem('informant.email')}
            />
            <TextInput
              label={t('intake.idNumber')}
              value={informant.idNumber}
              onChange={setWho('idNumber')}
              error={problem('informant.idNumber')}
            />
            <TextInput
              label={t('intake.informantAddress')}
              value={informant.address}
              onChange={setWho('address')}
              error={problem('informant.address')}
            />
          </SimpleGrid>
        )}
        {record.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(record.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={record.isPending}>
            {t('intake.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
