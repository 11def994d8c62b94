import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format.ts';
import { ApiError } from '../api-error.ts';
import { messageInLanguage } from '../message-in-language.ts';

// Codes whose server message says something specific the user needs (which versions of a unit
// existed, what already exists); for the others a translated text reads better.
const SERVER_WORDED: ReadonlySet<string> = new Set([
  'conflict',
  'unit_not_valid_on_date',
  'unit_code_unknown',
  // The tip workflow's refusals name the dates and the rule (e.g. until when a suspension is
  // premature, the latest day an extension may reach).
  'tip_state_invalid',
  'extension_not_allowed',
  'extension_too_late',
  'extension_too_long',
  'suspension_premature',
  'resumption_limit_too_long',
  'point_outside_units',
  'place_not_served',
]);

function instantIn(details: unknown, field: string): string | null {
  const value = (details as Record<string, unknown> | undefined)?.[field];
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

/** Server messages name days as 2026-03-20; people read 20/03/2026. */
function readableDays(message: string): string {
  return message.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1');
}

/** Turns any failure into a sentence for the user, in the current language. */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation('common');
  const format = useFormat();
  return (error) => {
    if (!(error instanceof ApiError)) return t('errors.unexpected_response');
    // Lockouts say until when, in Vietnam's time.
    const lockedUntil = error.code === 'account_locked' ? instantIn(error.details, 'lockedUntil') : null;
    if (lockedUntil) return t('errors.account_locked_until', { time: format.dateTime(lockedUntil) });
    const retryAfter = error.code === 'address_throttled' ? instantIn(error.details, 'retryAfter') : null;
    if (retryAfter) return t('errors.address_throttled_until', { time: format.dateTime(retryAfter) });
    if (SERVER_WORDED.has(error.code) && error.message)
      return readableDays(messageInLanguage(error.message, i18n.language));
    const key = `errors.${error.code}`;
    if (i18n.exists(key, { ns: 'common' })) return t(key);
    return error.message ? messageInLanguage(error.message, i18n.language) : t('errors.unexpected_response');
  };
}
