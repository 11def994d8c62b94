// Vietnamese first (shared/DESIGN.md section 6), English second.
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

/** Where the chosen language is kept between visits (the staff app and the portal share it). */
export const LANGUAGE_STORAGE_KEY = 'antt.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The Intl locale for numbers and dates: Vietnamese conventions, or British English (day first). */
export function intlLocale(language: string): string {
  return language === 'en' ? 'en-GB' : 'vi-VN';
}
