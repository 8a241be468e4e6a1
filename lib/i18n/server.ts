import i18next, { type TFunction } from 'i18next';
import en from '../../locales/en.json';
import zh from '../../locales/zh.json';
import type { Locale } from './config';

export const resources = { en: { translation: en }, zh: { translation: zh } } as const;

const instance = i18next.createInstance();
void instance.init({
  resources,
  lng: 'en',
  fallbackLng: false,
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/** Interface strings for server components: `t('library.title')`. */
export function getT(locale: Locale): TFunction {
  return instance.getFixedT(locale);
}
