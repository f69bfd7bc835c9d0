/**
 * Sandbox authentication: the OAuth client-credentials token endpoint and the
 * `ApiKey` / `Bearer` check on every `/v2` route. Error messages are fixed
 * text; they never echo a key, token or Basic credential back.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { SandboxHttpError } from './http.ts';
import type { JsonReply } from './http.ts';

/** The three secrets the sandbox accepts (demo values by default). */
export interface Credentials {
  apiKey: string;
  clientId: string;
  clientSecret: string;
}

/** Issued tokens and their expiry; `revokeAll` forgets them, so they answer 401. */
export class TokenStore {
  private readonly tokens = new Map<string, number>();

  constructor(private readonly now: () => number) {}

  /** Issues a fresh random token valid for `lifetimeSeconds`. */
  issue(lifetimeSeconds: number): string {
    const token = `sbx_${randomBytes(24).toString('base64url')}`;
    this.tokens.set(token, this.now() + lifetimeSeconds * 1000);
    return token;
  }

  /** 'valid', 'expired' or 'unknown' (unknown covers revoked). */
  status(token: string): 'valid' | 'expired' | 'unknown' {
    const expiresAt = this.tokens.get(token);
    if (expiresAt === undefined) return 'unknown';
    if (this.now() >= expiresAt) {
      this.tokens.delete(token);
      return 'expired';
    }
    return 'valid';
  }

  /** Every token issued so far is rejected from now on. */
  revokeAll(): void {
    this.tokens.clear();
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function invalidClient(): SandboxHttpError {
  return new SandboxHttpError(401, 'Client authentication failed: check the client id and secret.', { error_code: 'invalid_client' });
}

/** Reads `Authorization: Basic base64(id:secret)`; undefined when absent or malformed. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decoded.slice(0, colon), secret: decoded.slice(colon + 1) };
}

/** Everything the token endpoint needs to decide. */
export interface TokenRequest {
  request: IncomingMessage;
  body: string;
  credentials: Credentials;
  credentialsRevoked: boolean;
  lifetimeSeconds: number;
  tokens: TokenStore;
}

/**
 * `POST /auth-broker/request-token`: client authentication first (401
 * `invalid_client`), then the content type and grant (400), as an OAuth
 * server does.
 */
export function handleTokenRequest({ request, body, credentials, credentialsRevoked, lifetimeSeconds, tokens }: TokenRequest): JsonReply {
  const client = basicCredentials(request.headers.authorization);
  if (!client || credentialsRevoked || !sameSecret(client.id, credentials.clientId) || !sameSecret(client.secret, credentials.clientSecret)) {
    throw invalidClient();
  }
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') {
    throw new SandboxHttpError(400, 'Content-Type must be application/x-www-form-urlencoded.', { error_code: 'invalid_request' });
  }
  const grant = new URLSearchParams(body).get('grant_type');
  if (grant !== 'client_credentials') {
    throw new SandboxHttpError(400, 'grant_type must be client_credentials.', { error_code: 'unsupported_grant_type' });
  }
  const accessToken = tokens.issue(lifetimeSeconds);
  return { status: 200, body: { access_token: accessToken, expires_in: lifetimeSeconds, scope: '', token_type: 'bearer' } };
}

/**
 * Checks a `/v2` request: `ApiKey: <key>`, `Authorization: ApiKey <key>` or
 * `Authorization: Bearer <token>`. Throws 401 otherwise.
 */
export function authenticateApiRequest(request: IncomingMessage, credentials: Credentials, credentialsRevoked: boolean, tokens: TokenStore): void {
  const authorization = request.headers.authorization ?? '';
  const headerKey = request.headers.apikey;
  const apiKey = typeof headerKey === 'string' ? headerKey : /^ApiKey\s+(\S+)$/i.exec(authorization)?.[1];
  if (apiKey !== undefined) {
    if (credentialsRevoked || !sameSecret(apiKey, credentials.apiKey)) throw new SandboxHttpError(401, 'The API key is not valid.');
    return;
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  if (bearer === undefined) throw new SandboxHttpError(401, 'Send an ApiKey header or a Bearer token.');
  const status = tokens.status(bearer);
  if (status === 'expired') throw new SandboxHttpError(401, 'The access token has expired; request a new one.');
  if (status === 'unknown') throw new SandboxHttpError(401, 'The access token is not valid.');
}
