import { INCIDENT_TYPES, type IncidentType } from '@antt/shared';
import { Group, Input, Radio, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { INCIDENT_TYPE_ICONS } from '../../incident-type-icons.ts';

/** The first choice of the form: what kind of incident it is decides every field after it. */
export function IncidentTypePicker({
  value,
  onChange,
  error,
}: {
  value: IncidentType | '';
  onChange: (type: IncidentType) => void;
  error?: string;
}) {
  const { t } = useTranslation('incidents');
  return (
    <Radio.Group
      value={value || null}
      onChange={(next) => onChange(next as IncidentType)}
      label={t('form.type')}
      description={t('form.typeHint')}
      withAsterisk
      error={error}
    >
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" mt="xs">
        {INCIDENT_TYPES.map((type) => {
          const TypeIcon = INCIDENT_TYPE_ICONS[type];
          return (
            <Radio.Card key={type} value={type} radius="md" p="sm" withBorder>
              <Group gap="sm" wrap="nowrap">
                <Radio.Indicator />
                <TypeIcon size={20} stroke={1.6} aria-hidden="true" />
                <Text size="sm" fw={600}>
                  {t(`types.${type}`)}
                </Text>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
      {!value && !error && <Input.Description mt="xs">{t('form.typeFirst')}</Input.Description>}
    </Radio.Group>
  );
}
