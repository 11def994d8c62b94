import {
  DATA_AGGREGATIONS,
  DATA_VALUE_TYPES,
  dataElementSchema,
  type DataAggregation,
  type DataElement,
  type DataValueType,
} from '@antt/shared';
import {
  Alert,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { validate } from '@/ui/forms/validate.ts';
import { catalogueServerProblems } from '../catalogue-server-problems.ts';
import {
  elementFormValues,
  elementOf,
  withCumulative,
  type ElementFormValues,
} from '../element-form-values.ts';
import { useSaveDataElement } from '../hooks/useDataCatalogue.ts';

type Field = keyof DataElement;
const FIELDS: ReadonlySet<string> = new Set<Field>(Object.keys(dataElementSchema.shape) as Field[]);

type DataElementFormProps = {
  element: DataElement;
  onSaved: (saved: DataElement) => void;
  onCancel: () => void;
};

/**
 * An administrator's change to an element. The form checks it with the shared schema before
 * sending; what the server still refuses is shown next to the field it names.
 */
export function DataElementForm({ element, onSaved, onCancel }: DataElementFormProps) {
  const { t, i18n } = useTranslation(['datasets', 'common']);
  const errorMessage = useErrorMessage();
  const format = useFormat();
  const save = useSaveDataElement();
  const [values, setValues] = useState<ElementFormValues>(() => elementFormValues(element));
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const vietnamese = i18n.language !== 'en';

  const set = <K extends keyof ElementFormValues>(field: K, value: ElementFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const problemText = (field: Field, code?: string) => {
    // A maximum below the minimum is said with the minimum, so the fix is plain.
    const min = elementOf(values).min;
    if (field === 'max' && code === 'custom' && typeof min === 'number')
      return t('catalogue.elementForm.problems.maxBelowMin', { min: format.number(min) });
    return t(`catalogue.elementForm.problems.${field}`);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate<DataElement, Field>(dataElementSchema, elementOf(values));
    if (!checked.ok) {
      setProblems(
        Object.fromEntries(
          Object.entries(checked.issues).map(([f, code]) => [f, problemText(f as Field, code)]),
        ),
      );
      return;
    }
    setProblems({});
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (error) => {
        const fromServer: Partial<Record<Field, string>> = {};
        for (const p of catalogueServerProblems(error)) {
          if (!FIELDS.has(p.field)) continue;
          // The schema's refinement words it "max must not be below min" (data-set.schemas.ts).
          const code = /below min/.test(p.message) ? 'custom' : undefined;
          fromServer[p.field as Field] = problemText(p.field as Field, code);
        }
        setProblems(fromServer);
      },
    });
  };

  // A number typed the Vietnamese way (1.234,5) in Vietnamese, the English way otherwise.
  const numberFormat = vietnamese
    ? { thousandSeparator: '.', decimalSeparator: ',' }
    : { thousandSeparator: ',', decimalSeparator: '.' };
  // Field-level problems the form knows how to place; anything else shows in the alert below.
  const placed = catalogueServerProblems(save.error).some((p) => FIELDS.has(p.field));

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('catalogue.elementForm.code')}
          description={t('catalogue.elementForm.codeHint')}
          value={values.code}
          readOnly
          variant="filled"
          ff="monospace"
          error={problems.code}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t('catalogue.elementForm.nameVi')}
            required
            value={values.nameVi}
            onChange={(e) => set('nameVi', e.currentTarget.value)}
            error={problems.nameVi}
            data-autofocus
          />
          <TextInput
            label={t('catalogue.elementForm.nameEn')}
            required
            lang="en"
            value={values.nameEn}
            onChange={(e) => set('nameEn', e.currentTarget.value)}
            error={problems.nameEn}
          />
          <TextInput
            label={t('catalogue.elementForm.shortVi')}
            required
            maxLength={40}
            value={values.shortVi}
            onChange={(e) => set('shortVi', e.currentTarget.value)}
            error={problems.shortVi}
          />
          <TextInput
            label={t('catalogue.elementForm.shortEn')}
            required
            lang="en"
            maxLength={40}
            value={values.shortEn}
            onChange={(e) => set('shortEn', e.currentTarget.value)}
            error={problems.shortEn}
          />
          <Select
            label={t('catalogue.elementForm.valueType')}
            required
            allowDeselect={false}
            data={DATA_VALUE_TYPES.map((v) => ({ value: v, label: t(`catalogue.valueTypes.${v}`) }))}
            value={values.valueType}
            onChange={(value) => value && set('valueType', value as DataValueType)}
            error={problems.valueType}
          />
          <Select
            label={t('catalogue.elementForm.aggregation')}
            description={t('catalogue.elementForm.aggregationHint')}
            // The hint under the field, so both selects of the row line up.
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            required
            allowDeselect={false}
            data={DATA_AGGREGATIONS.map((a) => ({ value: a, label: t(`catalogue.aggregations.${a}`) }))}
            value={values.aggregation}
            onChange={(value) => value && set('aggregation', value as DataAggregation)}
            error={problems.aggregation}
          />
        </SimpleGrid>
        <Checkbox
          label={t('catalogue.elementForm.cumulative')}
          description={t('catalogue.elementForm.cumulativeHint')}
          checked={values.cumulative}
          onChange={(e) => setValues((v) => withCumulative(v, e.currentTarget.checked))}
          error={problems.cumulative}
        />
        <Fieldset legend={t('catalogue.elementForm.range')} variant="filled" p="sm">
          <Stack gap="xs">
            <SimpleGrid cols={2} spacing="sm">
              <NumberInput
                label={t('catalogue.elementForm.min')}
                {...numberFormat}
                hideControls
                value={values.min}
                onChange={(value) => set('min', value)}
                error={problems.min}
              />
              <NumberInput
                label={t('catalogue.elementForm.max')}
                {...numberFormat}
                hideControls
                value={values.max}
                onChange={(value) => set('max', value)}
                error={problems.max}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed">
              {t('catalogue.elementForm.rangeHint')}
            </Text>
          </Stack>
        </Fieldset>
        <Textarea
          label={t('catalogue.elementForm.descriptionVi')}
          autosize
          minRows={2}
          maxRows={5}
          value={values.descriptionVi}
          onChange={(e) => set('descriptionVi', e.currentTarget.value)}
          error={problems.descriptionVi}
        />
        <Textarea
          label={t('catalogue.elementForm.descriptionEn')}
          lang="en"
          autosize
          minRows={2}
          maxRows={5}
          value={values.descriptionEn}
          onChange={(e) => set('descriptionEn', e.currentTarget.value)}
          error={problems.descriptionEn}
        />
        {save.error && !placed && (
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
