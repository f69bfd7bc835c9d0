/**
 * i18next set up once, with both languages bundled (they are small) so a
 * language switch never waits on the network or the disk.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { ms } from './ms';

/** The languages Dealer Desk ships. */
export type Language = 'en' | 'ms';

/** The shared i18next instance, ready to use synchronously. */
export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en }, ms: { translation: ms } },
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

/** Switches the UI language and the document's `lang` (screen readers pick the voice from it). */
export async function applyLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
