import { checkLogo, LOGO_LIMITS } from '../../../../main/core/appraisal/logo';
import { makeJpegHeader, makePng, SVG_LOGO } from '../../../fixtures/images';

describe('dealership logo', () => {
  test('a PNG is accepted with its real dimensions', () => {
    const result = checkLogo(makePng(240, 80));
    expect(result).toMatchObject({ ok: true, logo: { mimeType: 'image/png', width: 240, height: 80 } });
  });

  test('a JPEG is accepted with the size from its start-of-frame marker', () => {
    expect(checkLogo(makeJpegHeader(320, 120))).toMatchObject({ ok: true, logo: { mimeType: 'image/jpeg', width: 320, height: 120 } });
  });

  test('an SVG is refused as an SVG, even with a BOM or spaces before it or a .png name', () => {
    expect(checkLogo(SVG_LOGO)).toEqual({ ok: false, problem: 'svg' });
    expect(checkLogo(Buffer.concat([Buffer.from('\uFEFF  \n'), SVG_LOGO]))).toEqual({ ok: false, problem: 'svg' });
  });

  test('a file over the size cap is refused before it is read', () => {
    const big = Buffer.concat([makePng(100, 100), Buffer.alloc(LOGO_LIMITS.maxBytes)]);
    expect(checkLogo(big)).toEqual({ ok: false, problem: 'too-large' });
  });

  test('other files are refused: GIF, PDF, text, empty', () => {
    for (const bytes of [Buffer.from('GIF89a....'), Buffer.from('%PDF-1.7'), Buffer.from('hello'), Buffer.alloc(0)]) {
      expect(checkLogo(bytes)).toEqual({ ok: false, problem: 'not-png-or-jpeg' });
    }
  });

  test('a PNG or JPEG cut short or with a broken header is refused as damaged', () => {
    const png = makePng(100, 40);
    expect(checkLogo(png.subarray(0, png.length - 12))).toEqual({ ok: false, problem: 'damaged' });
    const jpeg = makeJpegHeader(100, 40);
    expect(checkLogo(jpeg.subarray(0, jpeg.length - 2))).toEqual({ ok: false, problem: 'damaged' });
    expect(checkLogo(Buffer.from([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, problem: 'damaged' });
  });

  test('a 1-pixel tracker or a poster-sized image is refused for its dimensions', () => {
    expect(checkLogo(makePng(1, 1))).toEqual({ ok: false, problem: 'bad-dimensions' });
    expect(checkLogo(makeJpegHeader(LOGO_LIMITS.maxSide + 1, 100))).toEqual({ ok: false, problem: 'bad-dimensions' });
  });
});
