/**
 * A whole-ringgit amount in words, as written on a Malaysian offer letter:
 * "Ringgit Malaysia Thirty-Six Thousand Two Hundred Fifty-Four Only" and
 * "Ringgit Malaysia Tiga Puluh Enam Ribu Dua Ratus Lima Puluh Empat Sahaja".
 * Up to 999,999,999 (no used car costs more).
 */
import type { Language } from './index';

const EN_ONES = ['', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve', 'Thirteen', 'Fourteen', 'Fifteen', 'Sixteen', 'Seventeen', 'Eighteen', 'Nineteen'];
const EN_TENS = ['', '', 'Twenty', 'Thirty', 'Forty', 'Fifty', 'Sixty', 'Seventy', 'Eighty', 'Ninety'];
const MS_ONES = ['', 'Satu', 'Dua', 'Tiga', 'Empat', 'Lima', 'Enam', 'Tujuh', 'Lapan', 'Sembilan'];

/** 1..999 in English. */
function enHundreds(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const tens = rest < 20 ? EN_ONES[rest]! : `${EN_TENS[Math.floor(rest / 10)]}${rest % 10 ? `-${EN_ONES[rest % 10]}` : ''}`;
  return [hundreds ? `${EN_ONES[hundreds]} Hundred` : '', tens].filter(Boolean).join(' ');
}

/** 1..999 in Bahasa Malaysia: "se-" for one hundred, ten and eleven; "belas" for 11–19. */
function msHundreds(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts: string[] = [];
  if (hundreds) parts.push(hundreds === 1 ? 'Seratus' : `${MS_ONES[hundreds]} Ratus`);
  if (rest === 10) parts.push('Sepuluh');
  else if (rest === 11) parts.push('Sebelas');
  else if (rest > 11 && rest < 20) parts.push(`${MS_ONES[rest - 10]} Belas`);
  else if (rest) {
    const tens = Math.floor(rest / 10);
    if (tens) parts.push(`${MS_ONES[tens]} Puluh`);
    if (rest % 10) parts.push(MS_ONES[rest % 10]!);
  }
  return parts.join(' ');
}

const SCALES = {
  en: [
    [1_000_000, 'Million'],
    [1_000, 'Thousand'],
  ],
  ms: [
    [1_000_000, 'Juta'],
    [1_000, 'Ribu'],
  ],
} as const;

/** The number alone in words (no currency). */
export function numberInWords(amount: number, language: Language): string {
  const n = Math.round(Math.abs(amount));
  if (n === 0) return language === 'ms' ? 'Kosong' : 'Zero';
  const hundreds = language === 'ms' ? msHundreds : enHundreds;
  const parts: string[] = [];
  let rest = n;
  for (const [size, name] of SCALES[language]) {
    const count = Math.floor(rest / size);
    rest %= size;
    // BM says "Seribu" for one thousand, not "Satu Ribu" (but "Satu Juta").
    if (count) parts.push(language === 'ms' && count === 1 && size === 1_000 ? 'Seribu' : `${hundreds(count)} ${name}`);
  }
  if (rest) parts.push(hundreds(rest));
  return parts.join(' ');
}

/** The amount as written on the offer: "Ringgit Malaysia … Only" / "Ringgit Malaysia … Sahaja". */
export function ringgitInWords(amount: number, language: Language): string {
  return `Ringgit Malaysia ${numberInWords(amount, language)} ${language === 'ms' ? 'Sahaja' : 'Only'}`;
}
