/**
 * The IPC boundary cleans invisible characters (zero-width, bidi controls,
 * BOM, soft hyphen) from search text, plates and VINs, so handlers and local
 * history get what the salesperson saw; nothing but invisibles is VALIDATION.
 */
import type { InvokeChannel } from '../../../preload/contract';
import { parseRequest } from '../../../main/ipc/parse-request';
import { ROUTES } from '../../../main/ipc/routes/index';
import type { Route } from '../../../main/ipc/routes/index';

const ZWSP = '\u200B';
const RLO = '\u202E';
const BOM = '\uFEFF';
const SOFT_HYPHEN = '\u00AD';

const parse = (channel: InvokeChannel, payload: unknown) => parseRequest((ROUTES[channel] as Route<InvokeChannel>).schema, payload);

describe('what handlers and local history receive', () => {
  test('search text, plate and VIN arrive cleaned', () => {
    expect(parse('vehicles:search', { search: `my${ZWSP}vi${RLO}` })).toMatchObject({ search: 'myvi' });
    expect(parse('vehicles:lookup-plate', { plate: `WXY${ZWSP} 1234` })).toMatchObject({ plate: 'WXY 1234' });
    expect(parse('vehicles:lookup-vin', { vin: `${BOM}JTDBR32E720123456` })).toMatchObject({ vin: 'JTDBR32E720123456' });
  });

  test('only invisible characters → VALIDATION on the field', () => {
    for (const [channel, payload, field] of [
      ['vehicles:search', { search: `${ZWSP}${BOM}` }, 'search'],
      ['vehicles:lookup-plate', { plate: `${ZWSP}${RLO}` }, 'plate'],
      ['vehicles:lookup-vin', { vin: SOFT_HYPHEN }, 'vin'],
    ] as const) {
      expect(() => parse(channel, payload), channel).toThrow(expect.objectContaining({ code: 'VALIDATION', field }));
    }
  });
});
