import { holidayIsoDaySchema, setHolidayRequestSchema, type CalendarDayKind } from '@antt/shared';
import { Alert, Button, Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '@/modules/api/hooks/useErrorMessage.ts';
import { DayInput } from '@/ui/forms/DayInput.tsx';
import { useSetHoliday } from '../hooks/useHolidays.ts';

/**
 * An administrator's edit of one day: a day off the government announced (a swap, an extra
 * day) or a make-up working Saturday, with the decision it rests on.
 */
export function HolidayEditForm({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation(['holidays', 'common']);
  const errorMessage = useErrorMessage();
  const save = useSetHoliday();
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<CalendarDayKind>('day_off');
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const [problems, setProblems] = useState<Record<string, boolean>>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const day = holidayIsoDaySchema.safeParse(date);
    const request = setHolidayRequestSchema.safeParse({ kind, name, source });
    const found: Record<string, boolean> = { date: !day.success };
    if (!request.success) for (const issue of request.error.issues) found[String(issue.path[0])] = true;
    setProblems(found);
    if (!day.success || !request.success) return;
    save.mutate({ date: day.data, request: request.data }, { onSuccess: onDone });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('edit.text')}</Text>
        <DayInput
          label={t('edit.date')}
          required
          value={date}
          onChange={setDate}
          error={problems.date ? t('edit.dateInvalid') : undefined}
          data-autofocus
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('edit.kind')}
          </Text>
          <SegmentedControl
            value={kind}
            onChange={(value) => setKind(value as CalendarDayKind)}
            data={[
              { value: 'day_off', label: t('kinds.day_off') },
              { value: 'working_day', label: t('kinds.working_day') },
            ]}
          />
        </Stack>
        <TextInput
          label={t('edit.name')}
          description={t('edit.nameHint')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={problems.name ? t('edit.required') : undefined}
        />
        <TextInput
          label={t('edit.source')}
          description={t('edit.sourceHint')}
          required
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={problems.source ? t('edit.required') : undefined}
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
