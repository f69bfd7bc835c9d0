/**
 * The credential kinds AutoGrab documents, and how each signs a request.
 */

/** `ApiKey: <key>` on every call (AutoGrab's default). */
export interface ApiKeyCredentials {
  kind: 'apiKey';
  apiKey: string;
}

/** OAuth 2.0 client credentials exchanged for a Bearer token. */
export interface OAuthCredentials {
  kind: 'oauth';
  clientId: string;
  clientSecret: string;
}

/** Either credential kind. */
export type Credentials = ApiKeyCredentials | OAuthCredentials;

/**
 * Length bounds of each credential field, one rule for every way a credential
 * arrives (the Settings form over IPC and the administrator's provisioning
 * file). Lengths count characters after trimming.
 */
export const CREDENTIAL_LENGTHS = Object.freeze({
  apiKey: { min: 8, max: 512 },
  clientId: { min: 4, max: 256 },
  clientSecret: { min: 8, max: 1024 },
});

/** `Authorization: Basic base64(client_id:client_secret)`, as the token endpoint expects. */
export function basicAuthorization(credentials: OAuthCredentials): string {
  return `Basic ${Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`, 'utf8').toString('base64')}`;
}

/**
 * Every string that must never appear in a log or an error for these
 * credentials: the raw secrets and the Basic header value built from them.
 */
export function secretsOf(credentials: Credentials): string[] {
  if (credentials.kind === 'apiKey') return [credentials.apiKey];
  const basic = basicAuthorization(credentials).slice('Basic '.length);
  return [credentials.clientSecret, basic];
}
