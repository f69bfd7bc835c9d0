/**
 * The one-time credential file an administrator places beside the policy
 * (`provisioning.json`), strictly: `{ "apiKey": "…" }` or
 * `{ "clientId": "…", "clientSecret": "…" }`. Messages name fields but never
 * echo values or unknown field names, since either could be a secret.
 */
import { z } from 'zod';
import type { CredentialInput } from '../../../preload/contract';
import { describeFirstIssue } from '../policy/zod-messages';

const credentialText = (what: string) =>
  z
    .string(`must be the ${what} as text`)
    .min(1, `must be the ${what} as text`)
    .max(1024, `is too long to be the ${what}`)
    .regex(/^\S+$/, `must be the ${what} without spaces or line breaks`);

const apiKeyFile = z.strictObject({ apiKey: credentialText('AutoGrab API key') });
const oauthFile = z.strictObject({ clientId: credentialText('OAuth client id'), clientSecret: credentialText('OAuth client secret') });

/** The credential in the file, or a plain-language reason it cannot be used. */
export function parseProvisioningFile(content: string): CredentialInput | { problem: string } {
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
export function sameCredential(a: CredentialInput | null, b: CredentialInput): boolean {
  if (a === null || a.kind !== b.kind) return false;
  if (a.kind === 'apiKey' && b.kind === 'apiKey') return a.apiKey === b.apiKey;
  return a.kind === 'oauth' && b.kind === 'oauth' && a.clientId === b.clientId && a.clientSecret === b.clientSecret;
}
