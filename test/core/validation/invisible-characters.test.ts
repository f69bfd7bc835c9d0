/**
 * Text pasted from a web page or a chat can carry characters nobody can see:
 * zero-width spaces and joiners, bidi controls, a BOM, soft hyphens. They are
 * removed before validation, before anything is sent and before history, and
 * input that is empty once they are gone is a VALIDATION error, never a request.
 * (The IPC side: test/main/ipc/invisible-input.test.ts.)
 */
import { cleanText } from '../../../main/core/validation/clean-text';
import { checkPlate } from '../../../main/core/validation/plate';
import { checkVin } from '../../../main/core/validation/vin';
import { json } from '../helpers/fakes';
import { makeClient } from '../helpers/client';

const ZWSP = '\u200B';
const ZWJ = '\u200D';
const RLO = '\u202E';
const PDF = '\u202C';
const LRI = '\u2066';
const PDI = '\u2069';
const BOM = '\uFEFF';
const SOFT_HYPHEN = '\u00AD';
const INVISIBLES = [ZWSP, '\u200C', ZWJ, '\u200E', '\u200F', RLO, PDF, LRI, PDI, BOM, SOFT_HYPHEN, '\u2060', '\u180E', '\uFE0F', '\u3164'];

test('every invisible or bidi control character is removed; control characters become spaces', () => {
  for (const char of INVISIBLES) expect(cleanText(`my${char}vi`), `U+${char.codePointAt(0)!.toString(16)}`).toBe('myvi');
  expect(cleanText('myvi\t1.5\nav')).toBe('myvi 1.5 av');
  expect(cleanText('Perodua Myvi 1.5 AV – ĐŠ 日本')).toBe('Perodua Myvi 1.5 AV – ĐŠ 日本');
});

test('a plate with a zero-width space or bidi override pasted in is the plate the salesperson sees', () => {
  const plate = checkPlate(`${RLO}WXY${ZWSP} 1234${PDF}`, { region: 'my' });
  expect(plate).toMatchObject({ ok: true, compact: 'WXY1234' });
  expect(checkVin(`${BOM}JTDBR32E${ZWJ}720123456`)).toMatchObject({ ok: true, normalized: 'JTDBR32E720123456' });
});

describe('the client', () => {
  test('sends the cleaned search text', async () => {
    const { client, requests } = makeClient(() => json(200, { success: true, vehicles: [] }));
    await client.searchVehicles({ search: `${LRI}2019 my${ZWSP}vi${PDI}` });
    expect(requests[0]?.url.searchParams.get('search')).toBe('2019 myvi');
  });

  test('looks up the cleaned plate', async () => {
    const { client, requests } = makeClient(() => json(200, { success: true, vehicle: null, additional_vehicles: [] }));
    await client.lookupPlate({ plate: `WXY${ZWSP}1234` }).catch(() => undefined);
    expect(requests[0]?.url.pathname).toBe('/v2/vehicles/registrations/WXY1234');
  });

  test.each([
    ['search', (client: ReturnType<typeof makeClient>['client']) => client.searchVehicles({ search: `${ZWSP}${RLO}${BOM}` })],
    ['plate', (client: ReturnType<typeof makeClient>['client']) => client.lookupPlate({ plate: `${ZWSP}${ZWJ}` })],
  ])('%s that is empty once cleaned → VALIDATION, and nothing is sent', async (_label, call) => {
    const { client, requests } = makeClient(() => json(200, { success: true, vehicles: [] }));
    await expect(call(client)).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(requests).toHaveLength(0);
  });
});
