import { ActionIcon, Alert, Button, Group, NumberInput, Popover, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { useSetCampaignTargets } from '../hooks/useCampaigns.ts';

type UnitTargetEditorProps = {
  campaignId: string;
  element: string;
  unit: { code: string; name: string };
  target: number | null;
};

/**
 * A leader's own target for one unit, replacing the population-based default (a commune whose
 * residents largely live elsewhere, say); "default" puts the unit back on population × rate.
 */
export function UnitTargetEditor({ campaignId, element, unit, target }: UnitTargetEditorProps) {
  const { t, i18n } = useTranslation(['campaigns', 'common']);
  const errorMessage = useErrorMessage();
  const save = useSetCampaignTargets(campaignId);
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState<number | string>(target ?? '');
  const english = i18n.language === 'en';

  const send = (next: number | null) =>
    save.mutate(
      { targets: [{ element, unit: unit.code, target: next }] },
      { onSuccess: () => setOpened(false) },
    );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (typeof value === 'number') send(value);
  };

  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      trapFocus
      position="bottom-end"
      withArrow
      shadow="md"
      onOpen={() => {
        save.reset();
        setValue(target ?? '');
      }}
    >
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={t('targetEditor.open', { unit: unit.name })}
          onClick={() => setOpened((o) => !o)}
        >
          <IconPencil size={14} aria-hidden="true" />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="xs" w={260}>
            <NumberInput
              label={t('targetEditor.label', { unit: unit.name })}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={english ? ',' : '.'}
              decimalSeparator={english ? '.' : ','}
              value={value}
              onChange={setValue}
              data-autofocus
            />
            <Text size="xs" c="dimmed">
              {t('targetEditor.hint')}
            </Text>
            {save.error && (
              <Alert color="red" variant="light" role="alert" p="xs">
                {errorMessage(save.error)}
              </Alert>
            )}
            <Group justify="space-between" gap="xs">
              <Button variant="subtle" size="xs" onClick={() => send(null)} loading={save.isPending}>
                {t('targetEditor.default')}
              </Button>
              <Button type="submit" size="xs" disabled={typeof value !== 'number'} loading={save.isPending}>
                {t('common:actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Popover.Dropdown>
    </Popover>
  );
}
