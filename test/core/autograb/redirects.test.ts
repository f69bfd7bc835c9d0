/**
 * No redirect is ever followed: a 3xx from the API or the token endpoint is
 * `REDIRECTED`, naming the configured address, and the second server (where
 * the redirect points) receives nothing: no header, no body, no request that
 * carries a token it issued. Real servers and the real `fetch`, because the
 * redirect logic under test is fetch's own.
 */
import type { ServerResponse } from 'node:http';
import { createAutoGrabClient } from '../../../main/core/index';
import type { Credentials } from '../../../main/core/index';
import { predictionBody } from '../helpers/fakes';
import { API_KEY, CLIENT_ID, CLIENT_SECRET } from '../helpers/client';
import { selfSignedCertificate, sendJson, startRecordingServer } from '../helpers/recording-server';
import type { RecordedRequest, RecordingServer } from '../helpers/recording-server';

const REDIRECTS = [301, 302, 303, 307, 308] as const;
const VEHICLE = '1111111111111111';
const OAUTH: Credentials = { kind: 'oauth', clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
const SECOND_TOKEN = 'TOKEN-FROM-THE-SECOND-SERVER';

/** The server a redirect points to: answers everything as AutoGrab would, so following the redirect would "work". */
function plausibleAnswer(request: RecordedRequest, response: ServerResponse) {
  if (request.path.startsWith('/auth-broker/request-token')) {
    sendJson(response, 200, { access_token: SECOND_TOKEN, expires_in: 3599, token_type: 'bearer' });
  } else if (request.method === 'POST') sendJson(response, 200, predictionBody());
  else sendJson(response, 200, { success: true, vehicles: [] });
}

let second: RecordingServer;
let tls: { key: string; cert: string };
let previousTlsSetting: string | undefined;

beforeAll(async () => {
  second = await startRecordingServer(plausibleAnswer);
  tls = selfSignedCertificate();
  // The https first hop uses a self-signed certificate; trust it for this file only.
  previousTlsSetting = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
});
afterAll(async () => {
  if (previousTlsSetting === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
  else process.env.NODE_TLS_REJECT_UNAUTHORIZED = previousTlsSetting;
  await second.close();
});
afterEach(() => {
  second.requests.length = 0;
});

/** A first server that redirects every request to the same path on `second`. */
function redirecting(status: number, useTls: boolean) {
  return startRecordingServer((request, response) => {
    response.writeHead(status, { Location: `${second.origin}${request.path}` });
    response.end();
  }, useTls ? tls : undefined);
}

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; field?: string; reason?: string; params?: Record<string, string> };
  }
  throw new Error('expected the call to fail');
}

describe.each([
  ['http → http', false],
  ['https → http', true],
])('%s', (_label, useTls) => {
  test.each(REDIRECTS)('%i on a GET with an API key: REDIRECTED naming the API address; the second server gets nothing', async (status) => {
    const first = await redirecting(status, useTls);
    try {
      const client = createAutoGrabClient({ baseUrl: first.origin, region: 'my', credentials: { kind: 'apiKey', apiKey: API_KEY } });
      const error = await failure(client.searchVehicles({ search: 'myvi' }));
      expect(error).toMatchObject({ code: 'REDIRECTED', field: 'baseUrl' });
      expect(error).toMatchObject({ reason: 'autograb.redirected', params: { origin: first.origin } });
      expect(first.requests).toHaveLength(1);
      expect(second.requests).toEqual([]);
    } finally {
      await first.close();
    }
  });

  test.each(REDIRECTS)('%i on a POST: REDIRECTED, and the body is not sent again anywhere', async (status) => {
    const first = await redirecting(status, useTls);
    try {
      const client = createAutoGrabClient({ baseUrl: first.origin, region: 'my', credentials: { kind: 'apiKey', apiKey: API_KEY } });
      expect(await failure(client.predictValuation({ vehicleId: VEHICLE, kms: 48_000 }))).toMatchObject({ code: 'REDIRECTED' });
      expect(first.requests).toHaveLength(1);
      expect(second.requests).toEqual([]);
    } finally {
      await first.close();
    }
  });

  test.each(REDIRECTS)('%i from the token endpoint: REDIRECTED naming the sign-in address; no Basic header moves and no token is used', async (status) => {
    const first = await redirecting(status, useTls);
    const api = await startRecordingServer(plausibleAnswer);
    try {
      const client = createAutoGrabClient({ baseUrl: api.origin, tokenUrl: `${first.origin}/auth-broker/request-token`, region: 'my', credentials: OAUTH });
      const error = await failure(client.searchVehicles({ search: 'myvi' }));
      expect(error).toMatchObject({ code: 'REDIRECTED', field: 'tokenUrl' });
      expect(error).toMatchObject({ reason: 'autograb.redirected', params: { origin: first.origin } });
      expect(second.requests).toEqual([]);
      expect(api.requests).toEqual([]);
    } finally {
      await Promise.all([first.close(), api.close()]);
    }
  });
});
