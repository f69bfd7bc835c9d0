/**
 * The one-time credential file an administrator places beside the policy
 * (`provisioning.json`), strictly: `{ "apiKey": "…" }` or
 * `{ "clientId": "…", "clientSecret": "…" }`. Messages name fields but never
 * echo values or unknown field names, since either could be a secret.
 */
import { z } from 'zod';
import { CREDENTIAL_LENGTHS } from '../auth/credentials';
import type { Credentials } from '../auth/credentials';
import { describeFirstIssue } from '../policy/zod-messages';

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
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch {
    // JSON.parse messages quote the text around the fault, which may be the secret.
    return { problem: 'it is not valid JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { problem: 'it must be a JSON object with apiKey, or with clientId and clientSecret' };
  }
  if ('apiKey' in json) {
    const parsed = apiKeyFile.safeParse(json);
    return parsed.success ? { kind: 'apiKey', apiKey: parsed.data.apiKey } : { problem: describeFirstIssue(parsed.error, { nameUnknownKeys: false }) };
  }
  const parsed = oauthFile.safeParse(json);
  return parsed.success
    ? { kind: 'oauth', clientId: parsed.data.clientId, clientSecret: parsed.data.clientSecret }
    : { problem: describeFirstIssue(parsed.error, { nameUnknownKeys: false }) };
}

/** Whether two credentials are the same (kind and every field). */
export function sameCredential(a: Credentials | null, b: Credentials): boolean {
  if (a === null || a.kind !== b.kind) return false;
  if (a.kind === 'apiKey' && b.kind === 'apiKey') return a.apiKey === b.apiKey;
  return a.kind === 'oauth' && b.kind === 'oauth' && a.clientId === b.clientId && a.clientSecret === b.clientSecret;
}
