import {
  INCIDENT_TYPES,
  incidentCategoryRequestSchema,
  type IncidentCategoryDto,
  type IncidentCategoryRequest,
  type IncidentType,
} from '@antt/shared';
import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { validate } from '@/ui/forms/validate.ts';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';
import { useSetIncidentCategory } from '../hooks/useIncidentCatalogue.ts';
import { serverFieldProblems } from '../server-field-problems.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';

type Field = keyof IncidentCategoryRequest;

type IncidentCategoryFormProps = {
  /** The version in force to start from, or null for a new category. */
  category: IncidentCategoryDto | null;
  defaultValidFrom: string;
  onSaved: (saved: IncidentCategoryDto) => void;
  onCancel: () => void;
};

/** An administrator's new incident category, or new version of one, from a day on. */
export function IncidentCategoryForm({
  category,
  defaultValidFrom,
  onSaved,
  onCancel,
}: IncidentCategoryFormProps) {
  const { t } = useTranslation(['incidentCatalogue', 'common']);
  const format = useFormat();
  const text = useCatalogueText();
  const errorMessage = useErrorMessage();
  const save = useSetIncidentCategory();
  const editing = category !== null;
  const [values, setValues] = useState({
    code: category?.code ?? '',
    type: (category?.type ?? null) as IncidentType | null,
    nameVi: category?.nameVi ?? '',
    nameEn: category?.nameEn ?? '',
    descriptionVi: category?.descriptionVi ?? '',
    validFrom: defaultValidFrom,
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});

  const set = <K extends keyof typeof values>(field: K, value: (typeof values)[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const problemText = (field: Field) => t(`categoryForm.problems.${field}`);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate<IncidentCategoryRequest, Field>(incidentCategoryRequestSchema, {
      ...values,
      type: values.type ?? undefined,
    });
    if (!checked.ok) {
      setProblems(Object.fromEntries(Object.keys(checked.issues).map((f) => [f, problemText(f as Field)])));
      return;
    }
    setProblems({});
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (error) => {
        const fromServer: Partial<Record<Field, string>> = {};
        for (const p of serverFieldProblems(error)) {
          const field = p.field as Field;
          if (p.laterVersionFrom)
            fromServer[field] = t('laterVersion', { date: format.day(p.laterVersionFrom) });
          else if (field === 'type') fromServer.type = t('categoryForm.problems.typeFixed');
          else fromServer[field] = problemText(field);
        }
        setProblems(fromServer);
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        {category && (
          <Text size="sm" c="dimmed">
            {t('categoryForm.editing', { validity: text.validity(category) })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label={t('categoryForm.code')}
            description={t('categoryForm.codeHint')}
            required
            readOnly={editing}
            variant={editing ? 'filled' : 'default'}
            autoCapitalize="none"
            spellCheck={false}
            ff="monospace"
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={problems.code}
            data-autofocus={editing ? undefined : true}
          />
          <Select
            label={t('categoryForm.type')}
            required
            readOnly={editing}
            variant={editing ? 'filled' : 'default'}
            allowDeselect={false}
            data={INCIDENT_TYPES.map((type) => ({ value: type, label: t(`types.${type}`) }))}
            value={values.type}
            onChange={(value) => set('type', value as IncidentType | null)}
            error={problems.type}
          />
        </SimpleGrid>
        <TextInput
          label={t('categoryForm.nameVi')}
          required
          value={values.nameVi}
          onChange={(e) => set('nameVi', e.currentTarget.value)}
          error={problems.nameVi}
          data-autofocus={editing ? true : undefined}
        />
        <TextInput
          label={t('categoryForm.nameEn')}
          required
          lang="en"
          value={values.nameEn}
          onChange={(e) => set('nameEn', e.currentTarget.value)}
          error={problems.nameEn}
        />
        <Textarea
          label={t('categoryForm.descriptionVi')}
          autosize
          minRows={3}
          maxRows={8}
          maxLength={1000}
          value={values.descriptionVi}
          onChange={(e) => set('descriptionVi', e.currentTarget.value)}
          error={problems.descriptionVi}
        />
        <DayInput
          label={t('categoryForm.validFrom')}
          description={t('categoryForm.validFromHint')}
          required
          pickerLabel={t('pickDay')}
          value={values.validFrom}
          onChange={(day) => set('validFrom', day)}
          error={problems.validFrom}
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
