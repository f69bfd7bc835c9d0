/**
 * Removes characters a salesperson cannot see from typed or pasted text:
 * zero-width spaces and joiners, bidi controls (LRE…RLO, LRI…PDI, LRM/RLM),
 * the BOM, soft hyphens, variation selectors, Hangul fillers and every other
 * Unicode default-ignorable or format (Cf) character. Pasted from a web page
 * or a chat message, they make `WXY<U+200B>1234` look right yet fail the plate check,
 * send a different search than the one on screen, or reorder text in history.
 * Control characters (tab, newline, …) become a space. Pure: the renderer uses
 * it for as-you-type feedback too.
 */

const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/gu;
const CONTROL = /\p{Cc}/gu;

/** `value` without invisible characters, with control characters as spaces. */
export function cleanText(value: string): string {
  return value.replace(INVISIBLE, '').replace(CONTROL, ' ');
}
