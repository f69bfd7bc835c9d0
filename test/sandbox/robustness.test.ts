import { describe, expect, test } from 'vitest';
import { sharedSandbox } from './helpers.ts';

const t = sharedSandbox();

describe('robustness', () => {
  test('malformed JSON, empty and non-object bodies are 400s', async () => {
    for (const body of ['{', '', 'null', '"text"', '[]']) {
      const reply = await t.send('POST', '/v2/valuations/predict', body);
      expect(reply.status).toBe(400);
      expect(reply.body.error).toBe(true);
    }
  });

  test('a huge body gets 413 and the server keeps serving', async () => {
    const huge = JSON.stringify({ region: 'my', vehicle_id: '1111111111111111', padding: 'x'.repeat(2 * 1024 * 1024) });
    const reply = await t.send('POST', '/v2/valuations/predict', huge);
    expect(reply.status).toBe(413);
    expect((await t.get('/v2/vehicles?region=my&search=myvi')).status).toBe(200);
  });

  test('unknown routes are 404, wrong methods 405, both with the error envelope', async () => {
    const unknown = await t.get('/v2/teleport');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ error: true, message: expect.any(String) });
    expect((await t.get('/')).status).toBe(404);
    expect((await t.send('DELETE', '/v2/valuations/predict', {})).status).toBe(405);
    expect((await t.get('/auth-broker/request-token')).status).toBe(405);
  });

  test('odd paths and encodings never crash the server', async () => {
    expect((await t.get('/v2/vehicles/registrations/%E0%A4%A?region=my')).status).toBe(400);
    expect((await t.get('/v2/vehicles/?region=my&search=axia')).status).toBe(200);
    expect((await t.get('/v2/vehicles/facets/?region=my&facet=make')).status).toBe(200);
    expect((await t.get('/v2/vehicles?region=my&search=%00%FF')).status).toBeLessThan(500);
    expect((await t.get('/v2/vehicles?region=my&search=myvi')).status).toBe(200);
  });
});
