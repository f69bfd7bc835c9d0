/**
 * Turns zod issues into lines an administrator can act on, naming the key
 * at fault (`kiosk.idleResetSeconds: must be …`). Messages never include the
 * value that was rejected: a policy or provisioning file may hold secrets.
 */
import type { z } from 'zod';

/** One issue, with where it is in the file. */
export interface DescribedIssue {
  /** Path of the object or value at fault. */
  path: Array<string | number>;
  /** For an unknown key: the key (already counted in `message` when it may be named). */
  unknownKey?: string;
  /** `a.b.c: message`. */
  message: string;
}

/** Every issue as `a.b.c: message`; an unknown key is one issue per key. */
export function describeIssues(error: z.ZodError, options: { nameUnknownKeys?: boolean } = {}): DescribedIssue[] {
  const known = options.nameUnknownKeys ?? true;
  return error.issues.flatMap((issue): DescribedIssue[] => {
    const path = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
    const where = path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path,
        unknownKey: key,
        message: known ? `${where ? `${where}.${key}` : key}: is not a setting Dealer Desk knows` : `${where || 'the file'}: has a field Dealer Desk does not know`,
      }));
    }
    return [{ path, message: where ? `${where}: ${issue.message}` : issue.message }];
  });
}

/** `a.b.c: message` for the first issue; unknown keys are named by their path. */
export function describeFirstIssue(error: z.ZodError, options: { nameUnknownKeys?: boolean } = {}): string {
  return describeIssues(error, options)[0]?.message ?? 'is not valid';
}
