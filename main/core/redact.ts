/**
 * Removes secrets from text before it is logged or shown. Two layers: exact
 * known values (the configured API key, client secret, current token and their
 * Basic encoding), then patterns for anything that looks like credential
 * material, so even a secret we were not told about is unlikely to survive.
 */

/** What a removed secret is replaced with. */
export const REDACTED = '[REDACTED]';

/** Shortest known secret we replace verbatim; shorter strings would shred ordinary text. */
const MIN_KNOWN_SECRET_LENGTH = 6;

const PATTERNS: Array<[RegExp, string]> = [
  // Authorization header values: Bearer tokens and Basic credentials.
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi, `$1 ${REDACTED}`],
  // The ApiKey header, as header text, JSON or a query/form field.
  [/\b(api[-_]?key)(["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi, `$1$2${REDACTED}`],
  // Token and secret fields in JSON, form bodies and query strings.
  [/\b(access_token|refresh_token|id_token|client_secret|clientSecret|apiKey|password)(["']?\s*[:=]\s*["']?)[^\s"'&,;}]+/gi, `$1$2${REDACTED}`],
  // AutoGrab key formats (secret and public).
  [/\b(sec|pub)_[A-Za-z0-9]{8,}\b/g, REDACTED],
  // JSON Web Tokens.
  [/\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, REDACTED],
];

/**
 * Returns `text` with known secrets and credential-looking material replaced
 * by `[REDACTED]`. Pass every secret in play as `knownSecrets`.
 */
export function redactSecrets(text: string, knownSecrets: readonly string[] = []): string {
  let result = text;
  // A secret may also appear URL-encoded (query strings, form bodies).
  const variants = knownSecrets.filter((secret) => secret.length >= MIN_KNOWN_SECRET_LENGTH).flatMap((secret) => [secret, encodeURIComponent(secret)]);
  const secrets = [...new Set(variants)].sort((a, b) => b.length - a.length);
  for (const secret of secrets) result = result.split(secret).join(REDACTED);
  for (const [pattern, replacement] of PATTERNS) result = result.replace(pattern, replacement);
  return result;
}
