import { numberInWords, ringgitInWords } from '../../renderer/src/i18n/amount-in-words';

describe('the offer amount in words', () => {
  test('English, as on an offer letter', () => {
    expect(ringgitInWords(36_254, 'en')).toBe('Ringgit Malaysia Thirty-Six Thousand Two Hundred Fifty-Four Only');
    expect(numberInWords(1_000_000, 'en')).toBe('One Million');
    expect(numberInWords(115_011, 'en')).toBe('One Hundred Fifteen Thousand Eleven');
    expect(numberInWords(0, 'en')).toBe('Zero');
  });

  test('Bahasa Malaysia, with se- for one hundred, one thousand, ten and eleven', () => {
    expect(ringgitInWords(36_254, 'ms')).toBe('Ringgit Malaysia Tiga Puluh Enam Ribu Dua Ratus Lima Puluh Empat Sahaja');
    expect(numberInWords(1_110, 'ms')).toBe('Seribu Seratus Sepuluh');
    expect(numberInWords(111_011, 'ms')).toBe('Seratus Sebelas Ribu Sebelas');
    expect(numberInWords(17_000, 'ms')).toBe('Tujuh Belas Ribu');
    expect(numberInWords(1_250_000, 'ms')).toBe('Satu Juta Dua Ratus Lima Puluh Ribu');
  });
});
