/**
 * The menu's words in EN and BM. The renderer's language files are the one
 * source of user-facing text, so the menu labels live there too (the `menu`
 * section of renderer/src/i18n/en.ts and ms.ts) and the main bundle imports
 * those two plain objects at build time. Translators and the glossary review
 * work in one place, and `ms` is typed against `en`, so a missing BM label
 * fails the build. The renderer tells main its language through the settings
 * it already saves; main rebuilds the menu when that changes.
 */
import { en } from '../../renderer/src/i18n/en';
import { ms } from '../../renderer/src/i18n/ms';

/** Every label the menu shows. */
export type MenuLabels = (typeof en)['menu'];

/** A UI language. */
export type MenuLanguage = 'en' | 'ms';

/** The menu labels for `language`. */
export function menuLabelsFor(language: MenuLanguage): MenuLabels {
  return language === 'ms' ? ms.menu : en.menu;
}
