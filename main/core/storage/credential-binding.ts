/**
 * Where a stored AutoGrab credential may be sent.
 *
 * A credential is saved for the API address and token address in use at the
 * time (their origins: scheme, host and port), and is only ever sent there,
 * or to an address trusted by construction: AutoGrab's own hosts and an
 * address fixed by the administrator's policy. Anything else (say a renderer
 * that changed `baseUrl` to its own https host) needs the secret entered
 * again, so a compromised screen can redirect requests but never the secret.
 */

/** AutoGrab's own API hosts. */
export const AUTOGRAB_ORIGINS: readonly string[] = Object.freeze(['https://api.autograb.com.au', 'https://api.autograb.co.uk']);

/** The two origins a credential is sent to. */
export interface CredentialTarget {
  /** Origin of the API address (`ApiKey` or Bearer calls). */
  apiOrigin: string;
  /** Origin of the token address (the OAuth `Basic` header); the API origin when no token address is set. */
  tokenOrigin: string;
}

/** The target of `baseUrl` and `tokenUrl` as the client uses them (no token URL: `<baseUrl>/auth-broker/request-token`). */
export function credentialTarget(addresses: { baseUrl: string; tokenUrl: string | null }): CredentialTarget {
  const apiOrigin = new URL(addresses.baseUrl).origin;
  return { apiOrigin, tokenOrigin: addresses.tokenUrl === null ? apiOrigin : new URL(addresses.tokenUrl).origin };
}

/** AutoGrab's hosts plus the policy's fixed addresses, as origins. */
export function trustedOrigins(policyAddresses: { baseUrl?: string; tokenUrl?: string }): string[] {
  const fixed = [policyAddresses.baseUrl, policyAddresses.tokenUrl].filter((url): url is string => url !== undefined).map((url) => new URL(url).origin);
  return [...AUTOGRAB_ORIGINS, ...fixed];
}

/**
 * The first origin of `target` that a credential saved for `savedFor` may
 * not be sent to, with the setting it comes from; null when both are fine.
 */
export function untrustedOrigin(
  savedFor: CredentialTarget,
  target: CredentialTarget,
  trusted: readonly string[],
): { origin: string; setting: 'baseUrl' | 'tokenUrl' } | null {
  const allowed = new Set([savedFor.apiOrigin, savedFor.tokenOrigin, ...trusted]);
  if (!allowed.has(target.apiOrigin)) return { origin: target.apiOrigin, setting: 'baseUrl' };
  if (!allowed.has(target.tokenOrigin)) return { origin: target.tokenOrigin, setting: 'tokenUrl' };
  return null;
}

/** Whether `value` is a {@link CredentialTarget} (read back from a file or a decrypted record). */
export function isCredentialTarget(value: unknown): value is CredentialTarget {
  if (value === null || typeof value !== 'object') return false;
  const target = value as Record<string, unknown>;
  return typeof target.apiOrigin === 'string' && typeof target.tokenOrigin === 'string';
}
