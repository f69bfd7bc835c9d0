/**
 * The OAuth token request on its own: what is sent, and how each answer of
 * the token endpoint is classified (a caller's cancellation stays CANCELLED;
 * only a 2xx answer with a token is a token).
 */
import { requestToken } from '../../../main/core/auth/token-endpoint';
import { DealerDeskError } from '../../../main/core/errors';
import { fakeFetch, hang, json } from '../helpers/fakes';

const credentials = { kind: 'oauth' as const, clientId: 'dealer-client', clientSecret: 'sécret-ü' };
const TOKEN_URL = 'https://api.test/auth-broker/request-token';
const TOKEN = { access_token: 'tok-1', expires_in: 3599, token_type: 'bearer' };

function endpoint(answer: () => Response | Promise<Response>, timeoutMs = 1_000) {
  const fake = fakeFetch(answer);
  return { ...fake, options: { tokenUrl: TOKEN_URL, credentials, fetch: fake.fetch, timeoutMs } };
}

test('sends the documented request: POST, Basic over UTF-8 client id:secret, form body, JSON accepted', async () => {
  const { options, requests } = endpoint(() => json(200, TOKEN));
  expect(await requestToken(options)).toEqual({ accessToken: 'tok-1', expiresInSeconds: 3599 });
  expect(requests).toHaveLength(1);
  expect(requests[0]).toMatchObject({
    method: 'POST',
    body: 'grant_type=client_credentials',
    headers: {
      authorization: `Basic ${Buffer.from('dealer-client:sécret-ü', 'utf8').toString('base64')}`,
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
  });
});

test('expires_in given as a numeric string is accepted', async () => {
  const { options } = endpoint(() => json(200, { ...TOKEN, expires_in: '3599' }));
  expect(await requestToken(options)).toEqual({ accessToken: 'tok-1', expiresInSeconds: 3599 });
});

test('a 5xx from the token endpoint is AUTH_UNAVAILABLE (retryable), with the status', async () => {
  const { options } = endpoint(() => json(503, { error: 'down' }));
  await expect(requestToken(options)).rejects.toMatchObject({ code: 'AUTH_UNAVAILABLE', status: 503, retryable: true });
});

test.each([300, 302, 304])('a %i answer is never taken as a token, even with a token in its body', async (status) => {
  const { options } = endpoint(() => new Response(status === 304 ? null : JSON.stringify(TOKEN), { status }));
  await expect(requestToken(options)).rejects.toBeInstanceOf(DealerDeskError);
});

test('the caller cancelling stays CANCELLED; it is not reported as sign-in unavailable', async () => {
  const { options } = endpoint(() => hang());
  const controller = new AbortController();
  const pending = requestToken(options, controller.signal);
  controller.abort();
  await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
});

test('a token endpoint that does not answer in time is AUTH_UNAVAILABLE', async () => {
  const { options } = endpoint(() => hang(), 10);
  await expect(requestToken(options)).rejects.toMatchObject({ code: 'AUTH_UNAVAILABLE' });
});
