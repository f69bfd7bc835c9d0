/**
 * Turns zod issues into one line an administrator can act on, naming the key
 * at fault (`kiosk.idleResetSeconds: must be …`). Messages never include the
 * value that was rejected: a policy or provisioning file may hold secrets.
 */
import type { z } from 'zod';

/** `a.b.c: message` for the first issue; unknown keys are named by their path. */
export function describeFirstIssue(error: z.ZodError, options: { nameUnknownKeys?: boolean } = {}): string {
  const issue = error.issues[0];
  if (!issue) return 'is not valid';
  const where = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    const known = options.nameUnknownKeys ?? true;
    const names = issue.keys.map((key) => (where ? `${where}.${key}` : key));
    return known ? `${names.join(', ')}: is not a setting Dealer Desk knows` : `${where || 'the file'}: has a field Dealer Desk does not know`;
  }
  return where ? `${where}: ${issue.message}` : issue.message;
}
