import { useTranslation } from 'react-i18next';

/** A domain label as packages/shared writes it, once per language. */
export type Bilingual = { vi: string; en: string };

export function labelIn(label: Bilingual, language: string): string {
  return language === 'en' ? label.en : label.vi;
}

/** Picks the current language's half of a shared label (tip kinds, categories, statuses …). */
export function useLabel(): (label: Bilingual) => string {
  const { i18n } = useTranslation();
  return (label) => labelIn(label, i18n.language);
}
