import type { DataElement, DataSet } from '@antt/shared';
import { Alert, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/ui/PageHeader.tsx';
import { QueryState } from '@/ui/QueryState.tsx';
import { DataElementForm } from '../components/DataElementForm.tsx';
import { DataElementTable } from '../components/DataElementTable.tsx';
import { DataSetCard } from '../components/DataSetCard.tsx';
import { DataSetForm } from '../components/DataSetForm.tsx';
import { changedElementFields } from '../element-form-values.ts';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';
import { useDataElements, useDataSets } from '../hooks/useDataSets.ts';
import { inSetOrder, membershipChange } from '../set-element-order.ts';

type Editing = { kind: 'element'; element: DataElement } | { kind: 'set'; dataSet: DataSet };

const SET_FIELDS = ['nameVi', 'nameEn', 'periodType', 'reportingLevel'] as const;

/**
 * Danh mục Đề án 06: the data sets and the elements they are made of, as the administrator
 * keeps them. A change applies to figures entered from then on; saved figures stay as they are.
 */
export function DataCataloguePage() {
  const { t } = useTranslation('datasets');
  const text = useCatalogueText();
  const dataSets = useDataSets();
  const elements = useDataElements();
  const [editing, setEditing] = useState<Editing | null>(null);
  /** What the last save changed, said until the next one or until closed. */
  const [notice, setNotice] = useState<string | null>(null);
  const catalogue = useMemo(
    () => inSetOrder(elements.data?.items ?? [], dataSets.data?.items ?? []),
    [elements.data, dataSets.data],
  );
  const nameOf = (code: string) => {
    const element = catalogue.find((e) => e.code === code);
    return element ? text.name(element) : code;
  };

  const elementSaved = (before: DataElement, after: DataElement) => {
    setEditing(null);
    const changed = changedElementFields(before, after);
    if (changed.length === 0) {
      setNotice(t('catalogue.elementForm.unchanged', { name: text.name(after) }));
      return;
    }
    const fields = text.list(changed.map((f) => t(`catalogue.elementForm.fields.${f}`)));
    const saved = t('catalogue.elementForm.saved', { name: text.name(after), fields });
    const rangeChanged = changed.includes('min') || changed.includes('max');
    setNotice(
      rangeChanged
        ? `${saved} ${t('catalogue.elementForm.savedRange', { range: text.range(after) })}`
        : saved,
    );
  };

  const setSaved = (before: DataSet, after: DataSet) => {
    setEditing(null);
    const columns = membershipChange(before.elements, after.elements);
    const changes = [
      ...SET_FIELDS.filter((f) => before[f] !== after[f]).map((f) => t(`catalogue.setForm.fields.${f}`)),
      ...(columns.added.length > 0
        ? [t('catalogue.setForm.fields.added', { names: text.list(columns.added.map(nameOf)) })]
        : []),
      ...(columns.removed.length > 0
        ? [t('catalogue.setForm.fields.removed', { names: text.list(columns.removed.map(nameOf)) })]
        : []),
      ...(columns.reordered ? [t('catalogue.setForm.fields.reordered')] : []),
    ];
    setNotice(
      changes.length === 0
        ? t('catalogue.setForm.unchanged', { name: text.name(after) })
        : t('catalogue.setForm.saved', { name: text.name(after), changes: text.list(changes) }),
    );
  };

  return (
    <>
      <PageHeader title={t('catalogue.title')} description={t('catalogue.description')} />
      <Stack gap="lg">
        {notice && (
          <Alert
            color="green"
            variant="light"
            role="status"
            icon={<IconCircleCheck size={18} aria-hidden="true" />}
            withCloseButton
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        )}
        <Stack gap="sm" component="section" aria-labelledby="catalogue-sets">
          <Group justify="space-between" align="baseline">
            <Title order={2} fz="h4" id="catalogue-sets">
              {t('catalogue.setsTitle')}
            </Title>
            {dataSets.data && (
              <Text size="sm" c="dimmed">
                {t('catalogue.setCount', { count: dataSets.data.items.length })}
              </Text>
            )}
          </Group>
          <QueryState
            isPending={dataSets.isPending}
            error={dataSets.error}
            onRetry={() => void dataSets.refetch()}
          />
          {dataSets.data?.items.length === 0 && <Text c="dimmed">{t('catalogue.noSets')}</Text>}
          {dataSets.data && elements.data && (
            <Stack gap="md">
              {dataSets.data.items.map((dataSet) => (
                <DataSetCard
                  key={dataSet.code}
                  dataSet={dataSet}
                  elements={catalogue}
                  onEdit={(chosen) => setEditing({ kind: 'set', dataSet: chosen })}
                />
              ))}
            </Stack>
          )}
        </Stack>
        <Stack gap="sm" component="section" aria-labelledby="catalogue-elements">
          <Group justify="space-between" align="baseline">
            <Title order={2} fz="h4" id="catalogue-elements">
              {t('catalogue.elementsTitle')}
            </Title>
            {elements.data && (
              <Text size="sm" c="dimmed">
                {t('catalogue.elementCount', { count: catalogue.length })}
              </Text>
            )}
          </Group>
          <QueryState
            isPending={elements.isPending}
            error={elements.error}
            onRetry={() => void elements.refetch()}
          />
          {elements.data && catalogue.length === 0 && <Text c="dimmed">{t('catalogue.noElements')}</Text>}
          {catalogue.length > 0 && (
            <DataElementTable
              elements={catalogue}
              onEdit={(element) => setEditing({ kind: 'element', element })}
            />
          )}
        </Stack>
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        size="lg"
        centered
        title={
          editing?.kind === 'element'
            ? t('catalogue.elementForm.title', { name: text.short(editing.element) })
            : editing?.kind === 'set'
              ? t('catalogue.setForm.title', { name: text.name(editing.dataSet) })
              : undefined
        }
      >
        {editing?.kind === 'element' && (
          <DataElementForm
            element={editing.element}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => elementSaved(editing.element, saved)}
          />
        )}
        {editing?.kind === 'set' && (
          <DataSetForm
            dataSet={editing.dataSet}
            elements={catalogue}
            onCancel={() => setEditing(null)}
            onSaved={(saved) => setSaved(editing.dataSet, saved)}
          />
        )}
      </Modal>
    </>
  );
}
