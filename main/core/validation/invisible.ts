/**
 * Invisible-character cleaning. Pure (no imports) so the renderer can share it.
 *
 * Text pasted from a DMS, a spreadsheet or a web page often carries characters
 * nobody can see: zero-width spaces and joiners, byte-order marks, soft
 * hyphens, bidi controls (which can make `WXY 1234` display as something
 * else). They are Unicode "format" characters (general category Cf); removing
 * them never changes what a person reads.
 */

const INVISIBLE = /\p{Cf}/gu;

/** `text` without Unicode format characters (zero-width, bidi controls, BOM, soft hyphen). */
export function removeInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}
