import { ActionIcon, TextInput, type TextInputProps } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dayText, parseDayText } from './day-text.ts';

type DayInputProps = Omit<TextInputProps, 'value' | 'onChange' | 'type' | 'min' | 'max'> & {
  /** The day as YYYY-MM-DD, or '' for none. */
  value: string;
  /**
   * The day typed or picked (YYYY-MM-DD), or '' while the text is not a day; with the text as
   * typed, for a form that must tell a field left empty from one not yet right.
   */
  onChange: (iso: string, text: string) => void;
  /** What the calendar button says to a screen reader ("Chọn ngày trên lịch" when not given). */
  pickerLabel?: string;
  /** The first and last days the calendar offers (YYYY-MM-DD); typing is checked by the form. */
  min?: string;
  max?: string;
};

/**
 * A day typed as dd/MM/yyyy whatever the browser's language (a bare date field shows the
 * browser's order, 11/28/2026 in an English Chrome), with the browser's own calendar a click
 * away for those who prefer to pick.
 */
export function DayInput({ value, onChange, pickerLabel, min, max, ...inputProps }: DayInputProps) {
  const { t } = useTranslation('common');
  // What is being typed; null shows the day itself. Nothing copies the day into state, so a
  // day set from outside (a "today" button, a saved version) shows at once.
  const [draft, setDraft] = useState<string | null>(null);
  const picker = useRef<HTMLInputElement>(null);
  const text = draft ?? dayText(value);

  const openPicker = () => {
    try {
      picker.current?.showPicker();
    } catch {
      // No picker in this browser (or not now): typing still works.
    }
  };

  return (
    <TextInput
      {...inputProps}
      placeholder="dd/mm/yyyy"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      value={text}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setDraft(next);
        onChange(parseDayText(next) ?? '', next);
      }}
      onBlur={(event) => {
        // The day is shown the usual way again (28112026 → 28/11/2026), or the owner's last
        // whole day if it kept one; a half-typed day with none stays there to be corrected.
        if (value !== '') setDraft(null);
        inputProps.onBlur?.(event);
      }}
      rightSectionPointerEvents="all"
      rightSection={
        <>
          <ActionIcon
            variant="subtle"
            color="gray"
            aria-label={pickerLabel ?? t('dateTime.pickDay')}
            onClick={openPicker}
          >
            <IconCalendar size={18} aria-hidden="true" />
          </ActionIcon>
          <input
            ref={picker}
            type="date"
            tabIndex={-1}
            aria-hidden="true"
            value={value}
            min={min}
            max={max ?? '2100-12-31'}
            onChange={(event) => {
              const picked = event.currentTarget.value;
              if (!picked) return;
              setDraft(null);
              onChange(picked, dayText(picked));
            }}
            style={{ position: 'absolute', right: 0, bottom: 0, width: 1, height: 1, opacity: 0, border: 0 }}
          />
        </>
      }
    />
  );
}
