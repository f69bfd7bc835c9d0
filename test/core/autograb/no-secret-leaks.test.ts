/**
 * Every failure path, stringified every way an error can be (message, stack,
 * JSON, String(), toAppError), must not contain the API key, client secret,
 * access token or Basic credentials.
 */
import { ALL_SECRETS, makeClient, oauthHandler, SHORT_TIMEOUT_MS, tokenReply } from '../helpers/client';
import { hang, json, predictionBody } from '../helpers/fakes';
import type { Handler } from '../helpers/fakes';
import { toAppError } from '../../../main/core/errors';

/** Echoing servers: every failure body repeats the credentials, as a careless proxy might. */
function echo(status: number, headers: Record<string, string> = {}): Handler {
  return (request) => json(status, { error: true, message: `bad ${JSON.stringify(request.headers)} ${ALL_SECRETS.join(' ')}` }, headers);
}

const apiFailures: Array<[string, Handler]> = [
  ['401', echo(401)],
  ['400', echo(400)],
  ['403', echo(403)],
  ['404', echo(404)],
  ['409', echo(409)],
  ['429', echo(429, { 'Retry-After': '60' })],
  ['429 quota', echo(429, { 'Monthly-Max-Request-Quota': '1', 'Monthly-Request-Total': '1' })],
  ['500', echo(500)],
  ['bad shape', (request) => json(200, { prediction: { id: request.headers.authorization ?? request.headers.apikey } })],
  ['not json', () => new Response(`oops ${ALL_SECRETS.join(' ')}`, { status: 200 })],
  ['network', () => Promise.reject(new TypeError(`connect failed ${ALL_SECRETS.join(' ')}`))],
  ['timeout', () => hang()],
];

function assertClean(error: unknown) {
  const renderings = [
    (error as Error).message,
    (error as Error).stack ?? '',
    String(error),
    JSON.stringify(error),
    JSON.stringify(toAppError(error)),
    JSON.stringify(Object.getOwnPropertyNames(error).map((name) => [name, String((error as Record<string, unknown>)[name])])),
  ].join('\n');
  for (const secret of ALL_SECRETS) expect(renderings).not.toContain(secret);
}

describe.each([
  ['API key', false],
  ['OAuth', true],
])('%s', (_kind, oauth) => {
  test.each(apiFailures)('API failure %s leaks nothing', async (_name, handler) => {
    const { client } = makeClient(oauth ? oauthHandler(handler) : handler, { oauth, ...(_name === 'timeout' ? { timeoutMs: SHORT_TIMEOUT_MS } : {}) });
    const error = await client.predictValuation({ vehicleId: '1111111111111111' }).catch((caught: unknown) => caught);
    expect(error).toHaveProperty('code');
    assertClean(error);
  });
});

test.each([
  ['400', () => json(400, { error: 'invalid_client', echo: ALL_SECRETS })],
  ['401', () => json(401, { error: 'invalid_client', echo: ALL_SECRETS })],
  ['503', () => json(503, { echo: ALL_SECRETS })],
  ['garbage', () => new Response(ALL_SECRETS.join(','), { status: 200 })],
  ['network', () => Promise.reject(new TypeError(ALL_SECRETS.join(',')))],
  ['hang', () => hang()],
])('token endpoint failure %s leaks nothing', async (_name, tokens) => {
  const { client } = makeClient(oauthHandler(() => json(200, predictionBody()), tokens), { oauth: true, ...(_name === 'hang' ? { timeoutMs: SHORT_TIMEOUT_MS } : {}) });
  const error = await client.searchVehicles({ search: 'myvi' }).catch((caught: unknown) => caught);
  expect(error).toHaveProperty('code');
  assertClean(error);
});

test('validation errors leak nothing, even when the input is a secret', async () => {
  const { client } = makeClient(() => tokenReply(0), { oauth: true });
  for (const secret of ALL_SECRETS) {
    const error = await client.lookupPlate({ plate: secret }).catch((caught: unknown) => caught);
    assertClean(error);
  }
});

test('log lines carry no secrets', async () => {
  const lines: string[] = [];
  const log = (message: string, details?: Record<string, unknown>) => lines.push(`${message} ${JSON.stringify(details)}`);
  const logger = { debug: log, info: log, warn: log, error: log };
  const { client } = makeClient(
    oauthHandler((_request, index) => (index === 0 ? json(401, {}) : index === 1 ? json(429, {}, { 'Retry-After': '1' }) : json(200, predictionBody()))),
    { oauth: true, logger },
  );
  await client.predictValuation({ vehicleId: '1111111111111111' });
  expect(lines.length).toBeGreaterThan(0);
  for (const secret of ALL_SECRETS) expect(lines.join('\n')).not.toContain(secret);
});
