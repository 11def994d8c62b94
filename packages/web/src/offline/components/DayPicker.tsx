import { addDays, dayFromIso, isoFromDay, vnToday } from '@antt/shared/time/vn-day';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { intlLocale } from '@/i18n/languages.ts';

type DayPickerProps = { day: string; onDay: (day: string) => void };

/**
 * The reporting day as dd/MM/yyyy with its weekday, a step back or forward, and the phone's own
 * calendar for any other day. The native date field stays the accessible control, but is not
 * shown: it displays the browser's format, which is not always the Vietnamese one.
 */
export function DayPicker({ day, onDay }: DayPickerProps) {
  const { t, i18n } = useTranslation('offline');
  const input = useRef<HTMLInputElement>(null);
  const dayNumber = dayFromIso(day);
  const today = vnToday();
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, date)));
  const shown = `${String(date).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
  return (
    <div className="day">
      <label htmlFor="report-day">{t('day.label')}</label>
      <div className="day-row">
        <button
          type="button"
          className="button day-step"
          aria-label={t('day.previous')}
          onClick={() => onDay(isoFromDay(addDays(dayNumber, -1)))}
        >
          ‹
        </button>
        <button
          type="button"
          className="day-shown"
          data-testid="day-shown"
          onClick={() => input.current?.showPicker?.()}
        >
          <span className="day-weekday">{weekday}</span>
          <strong>{shown}</strong>
          {dayNumber === today && <span className="day-today">{t('day.today')}</span>}
        </button>
        <button
          type="button"
          className="button day-step"
          aria-label={t('day.next')}
          disabled={dayNumber >= today}
          onClick={() => onDay(isoFromDay(addDays(dayNumber, 1)))}
        >
          ›
        </button>
      </div>
      <input
        ref={input}
        id="report-day"
        className="visually-hidden"
        type="date"
        value={day}
        max={isoFromDay(today)}
        required
        onChange={(event) => event.target.value && onDay(event.target.value)}
      />
    </div>
  );
}
