/**
 * The dealership logo: PNG or JPEG only, checked by main from the bytes
 * themselves (magic numbers, header, dimensions, end marker), never by the file
 * name. SVG is refused outright: it can carry scripts and external references.
 */
import type { DealershipLogo } from './types';

/** Size limits: a letterhead logo, not a photo. */
export const LOGO_LIMITS = Object.freeze({ maxBytes: 512 * 1024, maxSide: 2000, minSide: 16 });

/** Why a logo was refused (the renderer shows the matching sentence). */
export type LogoProblem = 'too-large' | 'svg' | 'not-png-or-jpeg' | 'damaged' | 'bad-dimensions';

/** The outcome of {@link checkLogo}. */
export type LogoCheck = { ok: true; logo: DealershipLogo } | { ok: false; problem: LogoProblem };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) => prefix.every((byte, i) => bytes[at + i] === byte);
const u16 = (bytes: Uint8Array, at: number) => (bytes[at]! << 8) | bytes[at + 1]!;
const u32 = (bytes: Uint8Array, at: number) => ((bytes[at]! << 24) >>> 0) + (bytes[at + 1]! << 16) + (bytes[at + 2]! << 8) + bytes[at + 3]!;

/** Whether the bytes look like SVG or other markup (text starting with `<`, maybe after a BOM or spaces). */
function looksLikeMarkup(bytes: Uint8Array): boolean {
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '').trimStart();
  return head.startsWith('<') || /<svg[\s>]/i.test(head);
}

/** PNG: signature, IHDR first with its 13-byte body, IEND at the end. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 8 + 25 + 12) return null;
  const ihdr = u32(bytes, 8) === 13 && startsWith(bytes, [0x49, 0x48, 0x44, 0x52], 12);
  if (!ihdr || !startsWith(bytes, PNG_IEND, bytes.length - 8)) return null;
  return { width: u32(bytes, 16), height: u32(bytes, 20) };
}

/** Start-of-frame markers that carry the image size (SOF0..SOF15 except DHT, JPG and DAC). */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

/** JPEG: SOI, segments up to a start-of-frame (which holds the size), EOI at the end. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 4 || bytes[bytes.length - 2] !== 0xff || bytes[bytes.length - 1] !== 0xd9) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    const length = u16(bytes, at + 2);
    if (length < 2) return null;
    if (isStartOfFrame(marker)) return { height: u16(bytes, at + 5), width: u16(bytes, at + 7) };
    at += 2 + length;
  }
  return null;
}

/** Checks a candidate logo file; see the file comment. */
export function checkLogo(bytes: Uint8Array): LogoCheck {
  if (bytes.length > LOGO_LIMITS.maxBytes) return { ok: false, problem: 'too-large' };
  let mimeType: DealershipLogo['mimeType'];
  let size: { width: number; height: number } | null;
  if (startsWith(bytes, PNG_SIGNATURE)) {
    mimeType = 'image/png';
    size = pngSize(bytes);
  } else if (startsWith(bytes, [0xff, 0xd8, 0xff])) {
    mimeType = 'image/jpeg';
    size = jpegSize(bytes);
  } else {
    return { ok: false, problem: looksLikeMarkup(bytes) ? 'svg' : 'not-png-or-jpeg' };
  }
  if (!size) return { ok: false, problem: 'damaged' };
  const { width, height } = size;
  const fits = (side: number) => side >= LOGO_LIMITS.minSide && side <= LOGO_LIMITS.maxSide;
  if (!fits(width) || !fits(height)) return { ok: false, problem: 'bad-dimensions' };
  return { ok: true, logo: { mimeType, width, height, base64: Buffer.from(bytes).toString('base64') } };
}
