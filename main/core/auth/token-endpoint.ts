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
import { authUnavailable, invalidClient } from '../failures';
import { isDealerDeskError } from '../errors';
import { basicAuthorization } from './credentials';
import type { OAuthCredentials } from './credentials';
import type { IssuedToken } from './token-manager';

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.union([z.number(), z.string().regex(/^\d+(\.\d+)?$/).transform(Number)]).pipe(z.number().nonnegative()),
  token_type: z.string().optional(),
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
 * user's side); anything else that fails → `AUTH_UNAVAILABLE` (retryable).
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
      options.timeoutMs,
      signal,
    );
  } catch (error) {
    // A caller's own cancellation stays CANCELLED; timeouts and network failures mean sign-in is unavailable.
    if (isDealerDeskError(error) && error.code === 'CANCELLED') throw error;
    throw authUnavailable();
  }
  if (response.status === 400 || response.status === 401) throw invalidClient(response.status);
  if (response.status < 200 || response.status >= 300) throw authUnavailable(response.status);
  const parsed = tokenResponseSchema.safeParse(parseJson(response.text));
  if (!parsed.success) throw authUnavailable(response.status);
  return { accessToken: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
}
