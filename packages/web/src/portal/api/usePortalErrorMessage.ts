import { useTranslation } from 'react-i18next';
import { PortalApiError } from './portal-client.ts';

// Codes whose server message says something specific (which file, which place) the citizen
// needs; for the others a translated sentence reads better.
const SERVER_WORDED: ReadonlySet<string> = new Set([
  'validation_failed',
  'unsupported_media_type',
  'payload_too_large',
  'point_outside_units',
  'place_not_served',
  'unit_code_unknown',
  'unit_not_valid_on_date',
]);

/** The server writes "Vietnamese / English": keep the part in the reader's language. */
function inLanguage(message: string, language: string): string {
  const [vi, en] = message.split(' / ');
  return (language === 'en' ? en : vi) ?? message;
}

/** Turns any failure into one sentence for the citizen, in the current language. */
export function usePortalErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation('common');
  return (error) => {
    if (!(error instanceof PortalApiError)) return t('errors.unexpected_response');
    if (SERVER_WORDED.has(error.code) && error.message && error.status > 0)
      return inLanguage(error.message, i18n.language);
    const key = `errors.${error.code}`;
    if (i18n.exists(key, { ns: 'common' })) return t(key);
    return error.message ? inLanguage(error.message, i18n.language) : t('errors.unexpected_response');
  };
}
