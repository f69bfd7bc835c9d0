/**
 * The locale Chromium draws its own controls in (the date boxes of History's
 * filters, number spinners). Chromium takes it from `--lang`, not from the
 * page, and ships no `en-MY`; left to the OS it would be `en-US` on most
 * dealer PCs, showing mm/dd/yyyy to people who write DD/MM/YYYY. `en-GB` is
 * day-first, as are all four markets (MY, AU, NZ, UK). The app's own text and
 * formats come from the renderer's i18n files and are not affected.
 */
export const CHROMIUM_CONTROLS_LOCALE = 'en-GB';
