import { describe, expect, test } from 'vitest';
import { DEMO_CREDENTIALS } from '../../main/sandbox/index.ts';
import { freshSandboxes, manualClock } from './helpers.ts';

const open = freshSandboxes();
const SEARCH = '/v2/vehicles?region=my&search=myvi';

describe('OAuth token endpoint', () => {
  test('issues a bearer token with the documented shape that then works on /v2', async () => {
    const t = await open();
    const reply = await t.requestToken();
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ access_token: expect.any(String), expires_in: 3599, scope: '', token_type: 'bearer' });
    const search = await t.get(SEARCH, { Authorization: `Bearer ${reply.body.access_token}` });
    expect(search.status).toBe(200);
    expect(t.sandbox.stats.tokenRequests).toBe(1);
  });

  test('issues a different token each time', async () => {
    const t = await open();
    const first = await t.requestToken();
    const second = await t.requestToken();
    expect(first.body.access_token).not.toBe(second.body.access_token);
  });

  test('rejects a wrong client secret with 401 invalid_client and never echoes credentials', async () => {
    const t = await open();
    const reply = await t.requestToken({ authorization: t.basic(DEMO_CREDENTIALS.clientId, 'wrong-secret') });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ error: true, error_code: 'invalid_client' });
    expect(JSON.stringify(reply.body)).not.toContain('wrong-secret');
  });

  test('rejects missing or malformed Basic credentials', async () => {
    const t = await open();
    expect((await t.requestToken({ authorization: '' })).status).toBe(401);
    expect((await t.requestToken({ authorization: 'Basic !!!' })).status).toBe(401);
    expect((await t.requestToken({ authorization: `Bearer ${DEMO_CREDENTIALS.clientSecret}` })).status).toBe(401);
  });

  test('requires form encoding and the client_credentials grant (400)', async () => {
    const t = await open();
    const json = await t.requestToken({ contentType: 'application/json', body: '{"grant_type":"client_credentials"}' });
    expect(json.status).toBe(400);
    expect(json.body.error).toBe(true);
    const grant = await t.requestToken({ body: 'grant_type=password' });
    expect(grant.status).toBe(400);
    expect(grant.body.error_code).toBe('unsupported_grant_type');
    expect((await t.requestToken({ body: '' })).status).toBe(400);
  });

  test('honours custom credentials and token lifetime', async () => {
    const t = await open({ credentials: { clientSecret: 'other-secret' }, tokenLifetimeSeconds: 120 });
    expect((await t.requestToken()).body.expires_in).toBe(120);
    expect((await t.requestToken({ authorization: t.basic(DEMO_CREDENTIALS.clientId, DEMO_CREDENTIALS.clientSecret) })).status).toBe(401);
  });
});

describe('/v2 authentication', () => {
  test('accepts ApiKey and Authorization: ApiKey headers', async () => {
    const t = await open();
    expect((await t.get(SEARCH, { ApiKey: DEMO_CREDENTIALS.apiKey })).status).toBe(200);
    expect((await t.get(SEARCH, { Authorization: `ApiKey ${DEMO_CREDENTIALS.apiKey}` })).status).toBe(200);
  });

  test('rejects a missing or wrong key with the error envelope, without echoing the key', async () => {
    const t = await open();
    const missing = await t.get(SEARCH, {});
    expect(missing.status).toBe(401);
    expect(missing.body).toEqual({ error: true, message: expect.any(String) });
    const wrong = await t.get(SEARCH, { ApiKey: 'sec_not_the_key' });
    expect(wrong.status).toBe(401);
    expect(JSON.stringify(wrong.body)).not.toContain('sec_not_the_key');
  });

  test('rejects unknown bearer tokens', async () => {
    const t = await open();
    expect((await t.get(SEARCH, { Authorization: 'Bearer made-up' })).status).toBe(401);
  });

  test('a token expires after its lifetime (injected clock, no waiting)', async () => {
    const clock = manualClock();
    const t = await open({ now: clock.now, tokenLifetimeSeconds: 60 });
    const token = (await t.requestToken()).body.access_token as string;
    const auth = { Authorization: `Bearer ${token}` };
    clock.advance(59_000);
    expect((await t.get(SEARCH, auth)).status).toBe(200);
    clock.advance(1_000);
    const expired = await t.get(SEARCH, auth);
    expect(expired.status).toBe(401);
    expect(expired.body.message).toMatch(/expired/i);
  });

  test('setTokenLifetime applies to tokens issued afterwards', async () => {
    const clock = manualClock();
    const t = await open({ now: clock.now });
    t.sandbox.faults.setTokenLifetime(5);
    const reply = await t.requestToken();
    expect(reply.body.expires_in).toBe(5);
    clock.advance(5_000);
    expect((await t.get(SEARCH, { Authorization: `Bearer ${reply.body.access_token}` })).status).toBe(401);
  });

  test('revokeTokens invalidates every token issued so far, but new ones work', async () => {
    const t = await open();
    const old = (await t.requestToken()).body.access_token;
    t.sandbox.faults.revokeTokens();
    expect((await t.get(SEARCH, { Authorization: `Bearer ${old}` })).status).toBe(401);
    const fresh = (await t.requestToken()).body.access_token;
    expect((await t.get(SEARCH, { Authorization: `Bearer ${fresh}` })).status).toBe(200);
  });

  test('revokeCredentials rejects the API key and the OAuth client until reset', async () => {
    const t = await open();
    t.sandbox.faults.revokeCredentials();
    expect((await t.get(SEARCH)).status).toBe(401);
    const token = await t.requestToken();
    expect(token.status).toBe(401);
    expect(token.body.error_code).toBe('invalid_client');
    t.sandbox.faults.reset();
    expect((await t.get(SEARCH)).status).toBe(200);
    expect((await t.requestToken()).status).toBe(200);
  });
});
