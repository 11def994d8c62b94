import i18next, { type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGE_STORAGE_KEY, LANGUAGES, type Language } from './languages.ts';

function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    // Storage can be refused (private mode, strict settings): fall back to Vietnamese.
    return DEFAULT_LANGUAGE;
  }
}

function remember(language: string): void {
  document.documentElement.lang = language;
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not kept across visits, but the page still switches.
  }
}

/**
 * Starts i18next with the resources of one bundle (the staff app and the portal each pass only
 * their own namespaces, so neither downloads the other's texts). Resources are bundled, so
 * initialisation is synchronous and the first render is already in the right language.
 */
export function initI18n(resources: Resource, namespaces: string[], titleKey: string): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: [...LANGUAGES],
    ns: namespaces,
    defaultNS: namespaces[0],
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const apply = (language: string) => {
    remember(language);
    document.title = instance.t(titleKey);
  };
  apply(instance.language);
  instance.on('languageChanged', apply);
  return instance;
}
