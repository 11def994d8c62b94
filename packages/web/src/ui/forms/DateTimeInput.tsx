import { isValidIsoDay } from '@antt/shared/time/vn-day';
import { Group, Input, TextInput, type MantineSize } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from './DayInput.tsx';
import { joinDayAndTime, parseTimeText, splitDayAndTime } from './time-text.ts';

type DateTimeInputProps = {
  /** The id of the pair of fields, for a link that brings the person to them. */
  id?: string;
  label: string;
  description?: ReactNode;
  withAsterisk?: boolean;
  error?: ReactNode;
  size?: MantineSize;
  /**
   * "2026-03-01T21:30" (a datetime-local value, in Vietnam's time), "" for none, or another text
   * while a part is missing or not yet right (see joinDayAndTime).
   */
  value: string;
  onChange: (value: string) => void;
  /** The last day the calendar offers (YYYY-MM-DD). */
  maxDay?: string;
};

/**
 * A date and time typed as dd/MM/yyyy and 24-hour hh:mm whatever the browser's language (a bare
 * datetime-local field shows 03/01/2026, 09:30 PM in an English Chrome).
 */
export function DateTimeInput({
  id: groupId,
  label,
  description,
  withAsterisk,
  error,
  size,
  value,
  onChange,
  maxDay,
}: DateTimeInputProps) {
  const { t } = useTranslation('common');
  const id = useId();
  const labelId = `${id}-label`;
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  const { day, time } = splitDayAndTime(value);
  // As in DayInput: what is being typed, or null to show the value's own time.
  const [timeDraft, setTimeDraft] = useState<string | null>(null);
  const timeText = timeDraft ?? time;
  const timePart = (text: string) => parseTimeText(text) ?? text.trim();

  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      labelProps={{ id: labelId }}
      errorProps={{ id: errorId }}
      descriptionProps={{ id: descriptionId }}
      description={description}
      withAsterisk={withAsterisk}
      error={error}
      size={size}
    >
      <Group
        id={groupId}
        role="group"
        aria-labelledby={labelId}
        aria-describedby={
          [description ? descriptionId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined
        }
        gap="xs"
        wrap="nowrap"
        align="flex-start"
      >
        <DayInput
          aria-label={t('dateTime.day', { field: label })}
          value={isValidIsoDay(day) ? day : ''}
          onChange={(iso, text) => onChange(joinDayAndTime(iso || text.trim(), timePart(timeText)))}
          max={maxDay}
          size={size}
          error={Boolean(error)}
          flex={1}
          miw={0}
        />
        <TextInput
          aria-label={t('dateTime.time', { field: label })}
          placeholder="hh:mm"
          inputMode="numeric"
          autoComplete="off"
          maxLength={5}
          value={timeText}
          onChange={(event) => {
            const next = event.currentTarget.value;
            setTimeDraft(next);
            onChange(joinDayAndTime(day, timePart(next)));
          }}
          onBlur={() => {
            // 2130 → 21:30 once the field is left; a time not yet right stays to be corrected.
            if (parseTimeText(timeText) !== null) setTimeDraft(null);
          }}
          size={size}
          error={Boolean(error)}
          w={size === 'md' || size === 'lg' || size === 'xl' ? 100 : 88}
        />
      </Group>
    </Input.Wrapper>
  );
}
