import { NATION_WIDE_ROLES, PROJECT06_DATA_SET, type CampaignSummary } from '@antt/shared';
import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useCurrentUser } from '@/modules/auth/hooks/useSession.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { useUnitSearch } from '@/modules/units/hooks/useUnits.ts';
import {
  checkCampaign,
  serverProblems,
  type CampaignFormValues,
  type FormProblems,
} from '../campaign-form-values.ts';
import { useCreateCampaign } from '../hooks/useCampaigns.ts';
import { useDataSets, useElementNames } from '../hooks/useDataElements.ts';

const MAX_ELEMENTS = 10;
const POPULATION_ELEMENT = 'p06_population_14plus';

type CampaignFormProps = { onCreated: (campaign: CampaignSummary) => void; onCancel: () => void };

/** A leader's new campaign: names, the data set and province, dates, and the elements with their target rates. */
export function CampaignForm({ onCreated, onCancel }: CampaignFormProps) {
  const { t, i18n } = useTranslation(['campaigns', 'common']);
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const names = useElementNames();
  const dataSets = useDataSets();
  const create = useCreateCampaign();
  // Only a nation-wide administrator chooses among provinces; anyone else runs a campaign in their own.
  const nationWide = user.roles.some((role) => NATION_WIDE_ROLES.includes(role));
  const provinces = useUnitSearch({ level: 'province', limit: 500 });
  const [values, setValues] = useState<CampaignFormValues>({
    nameVi: '',
    nameEn: '',
    dataSet: PROJECT06_DATA_SET.code,
    unit: user.provinceCode,
    startDate: '',
    endDate: '',
    populationElement: POPULATION_ELEMENT,
    elements: [{ element: 'p06_eid2_activated_total', targetRatePercent: '80' }],
  });
  const [problems, setProblems] = useState<FormProblems>({});

  const set = <K extends keyof CampaignFormValues>(field: K, value: CampaignFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const setElement = (index: number, change: Partial<CampaignFormValues['elements'][number]>) =>
    setValues((v) => ({ ...v, elements: v.elements.map((e, i) => (i === index ? { ...e, ...change } : e)) }));

  /** The sentence beside a field: the form's own words for its checks, the server's for its refusals. */
  const problemAt = (path: string): string | undefined => {
    const problem = problems[path];
    if (!problem) return undefined;
    if ('message' in problem) return problem.message;
    if (problem.code === 'duplicate' || problem.code === 'endBeforeStart')
      return t(`form.problems.${problem.code}`);
    // Otherwise what the field needs, whatever the check was ("elements.2.targetRate" → "targetRate").
    const field = path.split('.').pop() ?? path;
    return t(`form.problems.byField.${field}`, { defaultValue: t('form.problems.invalid') });
  };

  const setElements = dataSets.data?.find((s) => s.code === values.dataSet)?.elements ?? [];
  const elementOptions = setElements
    .filter((code) => code !== values.populationElement)
    .map((code) => ({ value: code, label: names.long(code) }));
  const provinceOptions = (provinces.data?.items ?? [])
    .filter((p) => nationWide || p.code === user.provinceCode)
    .map((p) => ({ value: p.code, label: p.name }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkCampaign(values);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems({});
    create.mutate(checked.input, {
      onSuccess: onCreated,
      onError: (error) => setProblems(serverProblems(error, i18n.language)),
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('form.nameVi')}
          placeholder={t('form.nameViPlaceholder')}
          required
          data-autofocus
          value={values.nameVi}
          onChange={(e) => set('nameVi', e.currentTarget.value)}
          error={problemAt('nameVi')}
        />
        <TextInput
          label={t('form.nameEn')}
          required
          lang="en"
          value={values.nameEn}
          onChange={(e) => set('nameEn', e.currentTarget.value)}
          error={problemAt('nameEn')}
        />
        <Select
          label={t('form.dataSet')}
          required
          allowDeselect={false}
          data={(dataSets.data ?? []).map((s) => ({
            value: s.code,
            label: i18n.language === 'en' ? s.nameEn : s.nameVi,
          }))}
          value={values.dataSet}
          onChange={(code) => code && set('dataSet', code)}
          error={problemAt('dataSet')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select
            label={t('form.unit')}
            required
            allowDeselect={false}
            searchable={nationWide}
            readOnly={!nationWide}
            variant={nationWide ? 'default' : 'filled'}
            data={provinceOptions.length > 0 ? provinceOptions : [{ value: values.unit, label: values.unit }]}
            value={values.unit}
            onChange={(code) => code && set('unit', code)}
            error={problemAt('unit')}
          />
          <DayInput
            label={t('form.startDate')}
            required
            pickerLabel={t('form.pickDay')}
            value={values.startDate}
            onChange={(day) => set('startDate', day)}
            error={problemAt('startDate')}
          />
          <DayInput
            label={t('form.endDate')}
            required
            pickerLabel={t('form.pickDay')}
            value={values.endDate}
            onChange={(day) => set('endDate', day)}
            error={problemAt('endDate')}
          />
        </SimpleGrid>
        <Select
          label={t('form.populationElement')}
          description={t('form.populationElementHint')}
          required
          allowDeselect={false}
          data={setElements.map((code) => ({ value: code, label: names.long(code) }))}
          value={values.populationElement}
          onChange={(code) => code && set('populationElement', code)}
          error={problemAt('populationElement')}
        />
        <Fieldset legend={t('form.elements')} variant="filled">
          <Stack gap="sm">
            <Text size="xs" c="dimmed">
              {t('form.elementsHint')}
            </Text>
            {values.elements.map((row, index) => (
              <Group key={index} align="flex-start" gap="xs" wrap="nowrap">
                <Select
                  label={t('form.element', { number: index + 1 })}
                  required
                  allowDeselect={false}
                  data={elementOptions}
                  value={row.element || null}
                  onChange={(code) => setElement(index, { element: code ?? '' })}
                  error={problemAt(`elements.${index}.element`)}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <TextInput
                  label={t('form.targetRate')}
                  inputMode="decimal"
                  w={110}
                  rightSection={<Text size="sm">%</Text>}
                  value={row.targetRatePercent}
                  onChange={(e) => setElement(index, { targetRatePercent: e.currentTarget.value })}
                  error={problemAt(`elements.${index}.targetRate`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mt={28}
                  size="lg"
                  disabled={values.elements.length === 1}
                  aria-label={t('form.removeElement', { number: index + 1 })}
                  onClick={() =>
                    set(
                      'elements',
                      values.elements.filter((_, i) => i !== index),
                    )
                  }
                >
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Group>
            ))}
            {problemAt('elements') && (
              <Text size="sm" c="red.8">
                {problemAt('elements')}
              </Text>
            )}
            <Group>
              <Button
                variant="light"
                size="xs"
                leftSection={<IconPlus size={16} aria-hidden="true" />}
                disabled={values.elements.length >= MAX_ELEMENTS}
                onClick={() => set('elements', [...values.elements, { element: '', targetRatePercent: '' }])}
              >
                {t('form.addElement')}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        {create.error && (
          <Alert color="red" variant="light" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('form.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
