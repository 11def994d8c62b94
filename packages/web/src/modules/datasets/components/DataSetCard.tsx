import type { DataElement, DataSet } from '@antt/shared';
import { Badge, Button, Card, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useCatalogueText } from '../hooks/useCatalogueText.ts';

type DataSetCardProps = {
  dataSet: DataSet;
  /** The catalogue, to name the set's elements. */
  elements: readonly DataElement[];
  onEdit: (dataSet: DataSet) => void;
};

/** One data set: who reports it, how often, and its elements in the entry grid's column order. */
export function DataSetCard({ dataSet, elements, onEdit }: DataSetCardProps) {
  const { t } = useTranslation('datasets');
  const text = useCatalogueText();
  const byCode = new Map(elements.map((e) => [e.code, e]));
  const headingId = `data-set-${dataSet.code}`;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Stack gap={4}>
            <Title order={3} fz="lg" id={headingId}>
              {text.name(dataSet)}
            </Title>
            <Group gap="xs">
              <Code fz="xs">{dataSet.code}</Code>
              <Badge variant="light" size="lg" tt="none" fw={500}>
                {t('catalogue.periodType')}: {t(`catalogue.periodTypes.${dataSet.periodType}`)}
              </Badge>
              <Badge variant="light" color="teal" size="lg" tt="none" fw={500}>
                {t('catalogue.reportingLevel')}: {t(`catalogue.reportingLevels.${dataSet.reportingLevel}`)}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('catalogue.elementCount', { count: dataSet.elements.length })}
              </Text>
            </Group>
          </Stack>
          <Button
            style={{ flexShrink: 0 }}
            variant="light"
            leftSection={<IconPencil size={16} aria-hidden="true" />}
            aria-label={t('catalogue.editSetLabel', { name: text.name(dataSet) })}
            onClick={() => onEdit(dataSet)}
          >
            {t('catalogue.editSet')}
          </Button>
        </Group>
        <Text size="sm" fw={500}>
          {t('catalogue.setElements')}
        </Text>
        {/* Two columns of elements where the card is wide enough, one on a phone. */}
        <List
          type="ordered"
          size="sm"
          spacing={2}
          aria-label={t('catalogue.setElements')}
          style={{ columns: '2 340px', columnGap: 'var(--mantine-spacing-xl)' }}
        >
          {dataSet.elements.map((code) => {
            const element = byCode.get(code);
            return (
              <List.Item key={code}>
                {element ? text.name(element) : code}{' '}
                <Text span size="xs" c="dimmed">
                  ({code})
                </Text>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Card>
  );
}
