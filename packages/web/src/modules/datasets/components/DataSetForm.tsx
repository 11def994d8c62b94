import {
  DATA_PERIOD_TYPES,
  DATA_REPORTING_LEVELS,
  dataSetSchema,
  type DataElement,
  type DataPeriodType,
  type DataSet,
} from '@antt/shared';
import {
  ActionIcon,
  Alert,
  Button,
  Code,
  Group,
  Input,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { messageInLanguage } from '@/modules/api/message-in-language.ts';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { validate } from '@/ui/forms/validate.ts';
import { catalogueServerProblems } from '../catalogue-server-problems.ts';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';
import { useSaveDataSet } from '../hooks/useDataCatalogue.ts';
import { addElement, elementsOutside, moveElement, removeElement } from '../set-element-order.ts';

type Field = keyof DataSet;
const FIELDS: ReadonlySet<string> = new Set<Field>(Object.keys(dataSetSchema.shape) as Field[]);
type ReportingLevel = DataSet['reportingLevel'];

type DataSetFormProps = {
  dataSet: DataSet;
  /** The whole catalogue: the set's columns are named from it, and new ones chosen from it. */
  elements: readonly DataElement[];
  onSaved: (saved: DataSet) => void;
  onCancel: () => void;
};

/**
 * An administrator's change to a data set: its names, how often and by which units it is
 * reported, and which elements its entry grid has, in which column order.
 */
export function DataSetForm({ dataSet, elements, onSaved, onCancel }: DataSetFormProps) {
  const { t, i18n } = useTranslation(['datasets', 'common']);
  const text = useCatalogueText();
  const errorMessage = useErrorMessage();
  const save = useSaveDataSet();
  const [values, setValues] = useState<DataSet>(dataSet);
  const [toAdd, setToAdd] = useState<string | null>(null);
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  /** The server's words on one column (an unknown element, one listed twice), by position. */
  const [columnProblems, setColumnProblems] = useState<Map<number, string>>(new Map());
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const nameOf = (code: string) => {
    const element = byCode.get(code);
    return element ? text.name(element) : code;
  };
  const addable = elementsOutside(elements, values.elements);

  const set = <K extends keyof DataSet>(field: K, value: DataSet[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const setColumns = (columns: string[]) => {
    set('elements', columns);
    setColumnProblems(new Map());
  };
  const problemText = (field: Field) => t(`catalogue.setForm.problems.${field}`);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const checked = validate<DataSet, Field>(dataSetSchema, values);
    if (!checked.ok) {
      setProblems(Object.fromEntries(Object.keys(checked.issues).map((f) => [f, problemText(f as Field)])));
      return;
    }
    setProblems({});
    setColumnProblems(new Map());
    save.mutate(checked.data, {
      onSuccess: onSaved,
      onError: (error) => {
        const fromServer: Partial<Record<Field, string>> = {};
        const columns = new Map<number, string>();
        for (const p of catalogueServerProblems(error)) {
          if (p.field === 'elements' && p.index !== null)
            columns.set(p.index, messageInLanguage(p.message, i18n.language));
          else if (FIELDS.has(p.field)) fromServer[p.field as Field] = problemText(p.field as Field);
        }
        setProblems(fromServer);
        setColumnProblems(columns);
      },
    });
  };

  const placed = catalogueServerProblems(save.error).some((p) => FIELDS.has(p.field));
  const last = values.elements.length - 1;

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('catalogue.setForm.code')}
          value={values.code}
          readOnly
          variant="filled"
          ff="monospace"
          error={problems.code}
        />
        <TextInput
          label={t('catalogue.setForm.nameVi')}
          required
          value={values.nameVi}
          onChange={(e) => set('nameVi', e.currentTarget.value)}
          error={problems.nameVi}
          data-autofocus
        />
        <TextInput
          label={t('catalogue.setForm.nameEn')}
          required
          lang="en"
          value={values.nameEn}
          onChange={(e) => set('nameEn', e.currentTarget.value)}
          error={problems.nameEn}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Select
            label={t('catalogue.setForm.periodType')}
            required
            allowDeselect={false}
            data={DATA_PERIOD_TYPES.map((p) => ({ value: p, label: t(`catalogue.periodTypes.${p}`) }))}
            value={values.periodType}
            onChange={(value) => value && set('periodType', value as DataPeriodType)}
            error={problems.periodType}
          />
          <Select
            label={t('catalogue.setForm.reportingLevel')}
            description={t('catalogue.setForm.reportingLevelHint')}
            required
            allowDeselect={false}
            data={DATA_REPORTING_LEVELS.map((l) => ({
              value: l,
              label: t(`catalogue.reportingLevels.${l}`),
            }))}
            value={values.reportingLevel}
            onChange={(value) => value && set('reportingLevel', value as ReportingLevel)}
            error={problems.reportingLevel}
          />
        </SimpleGrid>
        <Input.Wrapper
          label={t('catalogue.setForm.elements')}
          description={t('catalogue.setForm.elementsHint')}
          error={problems.elements}
          required
        >
          <Stack gap={4} mt={6} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {values.elements.map((code, index) => (
              <Paper
                key={code}
                component="li"
                withBorder
                px="xs"
                py={4}
                data-column={code}
                style={columnProblems.has(index) ? { borderColor: 'var(--mantine-color-red-6)' } : undefined}
              >
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" c="dimmed" w={22} ta="right">
                    {index + 1}.
                  </Text>
                  <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                    <Text size="sm" truncate>
                      {nameOf(code)}
                    </Text>
                    <Code fz="xs" w="fit-content">
                      {code}
                    </Code>
                    {columnProblems.has(index) && (
                      <Text size="xs" c="red">
                        {columnProblems.get(index)}
                      </Text>
                    )}
                  </Stack>
                  <ActionIcon
                    variant="subtle"
                    disabled={index === 0}
                    aria-label={t('catalogue.setForm.moveUp', { name: nameOf(code) })}
                    onClick={() => setColumns(moveElement(values.elements, index, -1))}
                  >
                    <IconArrowUp size={16} aria-hidden="true" />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={index === last}
                    aria-label={t('catalogue.setForm.moveDown', { name: nameOf(code) })}
                    onClick={() => setColumns(moveElement(values.elements, index, 1))}
                  >
                    <IconArrowDown size={16} aria-hidden="true" />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('catalogue.setForm.remove', { name: nameOf(code) })}
                    onClick={() => setColumns(removeElement(values.elements, code))}
                  >
                    <IconTrash size={16} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </Paper>
            ))}
          </Stack>
        </Input.Wrapper>
        {addable.length > 0 ? (
          <Group gap="xs" align="flex-end">
            <Select
              label={t('catalogue.setForm.add')}
              placeholder={t('catalogue.setForm.addPlaceholder')}
              data={addable.map((e) => ({ value: e.code, label: `${text.name(e)} (${e.code})` }))}
              value={toAdd}
              onChange={setToAdd}
              searchable
              style={{ flex: 1 }}
            />
            <Button
              variant="light"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              disabled={toAdd === null}
              onClick={() => {
                if (toAdd) setColumns(addElement(values.elements, toAdd));
                setToAdd(null);
              }}
            >
              {t('catalogue.setForm.addButton')}
            </Button>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('catalogue.setForm.allIn')}
          </Text>
        )}
        {save.error && !placed && columnProblems.size === 0 && (
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
