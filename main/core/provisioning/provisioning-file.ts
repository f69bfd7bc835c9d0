/**
 * The one-time credential file an administrator places beside the policy
 * (`provisioning.json`), strictly: `{ "apiKey": "…" }` or
 * `{ "clientId": "…", "clientSecret": "…" }`. Messages name fields but never
 * echo values or unknown field names, since either could be a secret.
 */
import { z } from 'zod';
import { CREDENTIAL_LENGTHS } from '../auth/credentials';
import type { Credentials } from '../auth/credentials';
import { formatPosition, parseAdminJson } from '../policy/admin-json';
import { describeFirstIssue } from '../policy/zod-messages';

/** The only field names the file has; anything else may be a pasted secret and is never named. */
const FIELDS = new Set(['apiKey', 'clientId', 'clientSecret']);

/** Common misspellings of the field names, with the right one (named: they are names, not values). */
const MISSPELLED: Readonly<Record<string, string>> = {
  api_key: 'apiKey',
  apikey: 'apiKey',
  APIKey: 'apiKey',
  ApiKey: 'apiKey',
  'api-key': 'apiKey',
  key: 'apiKey',
  client_id: 'clientId',
  clientID: 'clientId',
  client_secret: 'clientSecret',
};

/** `api_key` → 'the field is called "apiKey", not "api_key"'; null when no field is misspelled. */
function misspelling(json: object): string | null {
  const wrong = Object.keys(json).find((key) => Object.hasOwn(MISSPELLED, key));
  return wrong ? `the field is called "${MISSPELLED[wrong]}", not "${wrong}" (mind the capital letter)` : null;
}

/** The same length rule as the Settings form (CREDENTIAL_LENGTHS), so a kiosk accepts exactly what a workstation accepts. */
const credentialText = (what: string, lengths: { min: number; max: number }) =>
  z
    .string(`must be the ${what} as text`)
    .min(1, `must be the ${what} as text`)
    .min(lengths.min, `is too short to be the ${what}: paste the whole value`)
    .max(lengths.max, `is too long to be the ${what}`)
    .regex(/^\S+$/, `must be the ${what} without spaces or line breaks`);

const apiKeyFile = z.strictObject({ apiKey: credentialText('AutoGrab API key', CREDENTIAL_LENGTHS.apiKey) });
const oauthFile = z.strictObject({
  clientId: credentialText('OAuth client id', CREDENTIAL_LENGTHS.clientId),
  clientSecret: credentialText('OAuth client secret', CREDENTIAL_LENGTHS.clientSecret),
});

/** The credential in the file, or a plain-language reason it cannot be used. */
export function parseProvisioningFile(content: string): Credentials | { problem: string } {
  // Never JSON.parse's own message: it quotes the text around the fault, which may be the secret.
  const parsed = parseAdminJson(content, { mayName: (key) => FIELDS.has(key) });
  if (!parsed.ok) {
    const first = parsed.problems[0]!;
    return { problem: `${formatPosition(first)}${first.code === 'syntax' ? 'it is not valid JSON: ' : ''}${first.message}` };
  }
  const json = parsed.value;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { problem: 'it must be a JSON object with apiKey, or with clientId and clientSecret' };
  }
  const misspelled = misspelling(json);
  if (misspelled) return { problem: misspelled };
  if ('apiKey' in json) {
    const apiKey = apiKeyFile.safeParse(json);
    return apiKey.success ? { kind: 'apiKey', apiKey: apiKey.data.apiKey } : { problem: describeFirstIssue(apiKey.error, { nameUnknownKeys: false }) };
  }
  const oauth = oauthFile.safeParse(json);
  return oauth.success
    ? { kind: 'oauth', clientId: oauth.data.clientId, clientSecret: oauth.data.clientSecret }
    : { problem: describeFirstIssue(oauth.error, { nameUnknownKeys: false }) };
}

/** Whether two credentials are the same (kind and every field). */
export function sameCredential(a: Credentials | null, b: Credentials): boolean {
  if (a === null || a.kind !== b.kind) return false;
  if (a.kind === 'apiKey' && b.kind === 'apiKey') return a.apiKey === b.apiKey;
  return a.kind === 'oauth' && b.kind === 'oauth' && a.clientId === b.clientId && a.clientSecret === b.clientSecret;
}
