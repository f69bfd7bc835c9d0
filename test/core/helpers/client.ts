/**
 * Builds a client against the fake fetch with fixed, recognisable secrets so
 * tests can assert they never leak.
 */
import { createAutoGrabClient } from '../../../main/core/index';
import type { AutoGrabClientOptions } from '../../../main/core/index';
import { fakeClock, fakeFetch } from './fakes';
import type { Handler } from './fakes';

export const API_KEY = 'sec_TESTKEY1234567890abcdef';
export const CLIENT_ID = 'dealer-client-id';
export const CLIENT_SECRET = 'CLIENTSECRET-zx81-very-private';
export const ACCESS_TOKEN = 'ACCESSTOKEN-abc123-do-not-log';
export const BASIC = Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64');

/**
 * The deadline for tests whose server never answers (`hang()`): such a call
 * always times out, only sooner. Every other test keeps the long default, so a
 * loaded machine cannot turn a fast fake answer into a TIMEOUT.
 */
export const SHORT_TIMEOUT_MS = 20;

/** Every string that must never appear in an error. */
export const ALL_SECRETS = [API_KEY, CLIENT_SECRET, ACCESS_TOKEN, BASIC];

/** A token endpoint that issues ACCESS_TOKEN, ACCESS_TOKEN-2, … */
export function tokenReply(index: number, expiresIn = 3599): Response {
  const access_token = index === 0 ? ACCESS_TOKEN : `${ACCESS_TOKEN}-${index + 1}`;
  return new Response(JSON.stringify({ access_token, expires_in: expiresIn, scope: '', token_type: 'bearer' }), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** A client on `handler`, with API-key credentials unless `oauth` is set. */
export function makeClient(handler: Handler, options: Partial<AutoGrabClientOptions> & { oauth?: boolean } = {}) {
  const fake = fakeFetch(handler);
  const clock = fakeClock();
  const { oauth, ...rest } = options;
  const client = createAutoGrabClient({
    baseUrl: 'https://api.test',
    region: 'my',
    credentials: oauth ? { kind: 'oauth', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET } : { kind: 'apiKey', apiKey: API_KEY },
    fetch: fake.fetch,
    clock,
    timeoutMs: 60_000,
    ...rest,
  });
  return { client, clock, ...fake };
}

/** Routes token requests to `tokens` (by token-request index) and API requests to `api`. */
export function oauthHandler(api: Handler, tokens: (index: number) => Response | Promise<Response> = (index) => tokenReply(index)): Handler {
  let tokenIndex = 0;
  let apiIndex = 0;
  return (request) => (request.url.pathname === '/auth-broker/request-token' ? tokens(tokenIndex++) : api(request, apiIndex++));
}
