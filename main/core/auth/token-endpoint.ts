/**
 * AutoGrab's OAuth token request, exactly as documented: POST to
 * `/auth-broker/request-token` with `Authorization: Basic
 * base64(client_id:client_secret)`, `Content-Type:
 * application/x-www-form-urlencoded` and the body
 * `grant_type=client_credentials`; the answer is `{access_token, expires_in,
 * token_type}`.
 */
import { z } from 'zod';
import { exchange, parseJson } from '../http/exchange';
import { authUnavailable, badTokenResponse, invalidClient, redirectRefused } from '../failures';
import { isDealerDeskError } from '../errors';
import { basicAuthorization } from './credentials';
import type { OAuthCredentials } from './credentials';
import type { IssuedToken } from './token-manager';

/** Longest access token accepted; AutoGrab's are a few hundred characters. */
const MAX_TOKEN_LENGTH = 8192;

/**
 * What a usable token answer looks like. `token_type` must say Bearer (RFC
 * 6749 §7.1: case-insensitive), because the token is sent as `Bearer`;
 * `expires_in` must be a finite, positive lifetime, or the token manager
 * could cache it forever (`Infinity`) or refetch it on every call (0). The
 * token itself is printable ASCII (RFC 6750 b64token), so it cannot smuggle
 * anything into a header.
 */
const tokenResponseSchema = z.object({
  access_token: z.string().min(1).max(MAX_TOKEN_LENGTH).regex(/^[\x21-\x7e]+$/),
  expires_in: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/).transform(Number)]).pipe(z.number().positive().finite()),
  token_type: z.string().regex(/^bearer$/i),
});

/** Where and how to request tokens. */
export interface TokenEndpointOptions {
  tokenUrl: string;
  credentials: OAuthCredentials;
  fetch: typeof fetch;
  timeoutMs: number;
}

/**
 * Requests one token. 400/401 → `AUTH_INVALID_CLIENT` (the fix is on the
 * user's side); a 3xx → `REDIRECTED` naming the sign-in address; a 2xx whose
 * token is not a usable Bearer token → `AUTH_UNAVAILABLE` naming the field;
 * anything else that fails → `AUTH_UNAVAILABLE`. Both are retryable.
 */
export async function requestToken(options: TokenEndpointOptions, signal?: AbortSignal): Promise<IssuedToken> {
  let response;
  try {
    response = await exchange(
      options.fetch,
      options.tokenUrl,
      {
        method: 'POST',
        headers: {
          Authorization: basicAuthorization(options.credentials),
          'Content-Type': 'application/x-www-form-urlencoded',
          Accept: 'application/json',
        },
        body: 'grant_type=client_credentials',
      },
      { timeoutMs: options.timeoutMs },
      signal,
    );
  } catch (error) {
    // A caller's own cancellation stays CANCELLED; a redirect names the sign-in address to check (no token is taken
    // from wherever it pointed); timeouts, network failures and oversized answers mean sign-in is unavailable.
    if (isDealerDeskError(error) && error.code === 'CANCELLED') throw error;
    if (isDealerDeskError(error) && error.code === 'REDIRECTED') throw redirectRefused(options.tokenUrl, 'tokenUrl');
    throw authUnavailable();
  }
  if (response.status === 400 || response.status === 401) throw invalidClient(response.status);
  if (response.status < 200 || response.status >= 300) throw authUnavailable(response.status);
  const parsed = tokenResponseSchema.safeParse(parseJson(response.text));
  if (!parsed.success) throw badTokenResponse(String(parsed.error.issues[0]?.path[0] ?? 'body'), response.status);
  return { accessToken: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
}
