/**
 * Finds, trusts and validates the administrator's policy file. Never throws and
 * never half-applies: the result is either the whole file's policy or
 * {@link NO_POLICY}, plus a notice saying why a present file was ignored.
 * {@link inspectPolicyFile} collects every problem (the checker prints them
 * all); the app acts on the first.
 */
import path from 'node:path';
import type { Notice } from '../app-types';
import type { Logger } from '../ports';
import type { EffectivePolicy } from './effective-policy';
import { NO_POLICY } from './effective-policy';
import { formatPosition, parseAdminJson } from './admin-json';
import type { JsonProblemCode } from './admin-json';
import { adminControl, folderControlProblem, nodeFileAccess, readRegularFile } from './file-trust';
import type { AdminControlOptions, FileAccess, FileRule, OwnerStats } from './file-trust';
import { policyFileSchema, toEffectivePolicy } from './policy-schema';
import { describeIssues } from './zod-messages';

/** Inputs of {@link loadPolicy}. */
export interface LoadPolicyOptions extends Pick<AdminControlOptions, 'trustedOwnerUid' | 'readAcl'> {
  /** From {@link policyPathFor}. */
  path: string;
  /** Development builds skip the owner checks, so a developer can try a policy without root. */
  isPackaged: boolean;
  platform: NodeJS.Platform;
  fileAccess?: FileAccess;
  logger?: Logger;
}

/** Stable code of the rule a policy broke: a trust rule or a content rule. */
export type PolicyRule = FileRule | JsonProblemCode;

/** One problem with the policy file. */
export interface PolicyProblem {
  rule: PolicyRule;
  /** Whether it makes the file untrusted (who could have written it) rather than invalid (what it says). */
  trust: boolean;
  /** English, for logs and the checker; names the key and the fix, never a value. */
  message: string;
  line?: number;
  column?: number;
}

/** The policy in force and what to tell the user about it. */
export interface LoadedPolicy {
  policy: EffectivePolicy;
  notices: Notice[];
  /** `absent`: no file; `applied`: the file is in force; `rejected`: a file exists but was ignored. */
  status: 'absent' | 'applied' | 'rejected';
  /** Every problem found (empty unless rejected). */
  problems: PolicyProblem[];
}

/** What {@link inspectPolicyFile} found. */
export type PolicyInspection =
  | { status: 'absent' }
  | { status: 'checked'; problems: PolicyProblem[]; policy: EffectivePolicy | null; notes: string[]; stats: OwnerStats | null };

/** Notice kinds, stable for translation. */
export const POLICY_NOTICE_KINDS = { untrusted: 'policy-untrusted', invalid: 'policy-invalid' } as const;

/** The policy's own problems, in this order: trust (owner, mode, folder), then content (JSON, duplicate keys, schema). */
export async function inspectPolicyFile(options: Omit<LoadPolicyOptions, 'logger'>): Promise<PolicyInspection> {
  const access = options.fileAccess ?? nodeFileAccess;
  const read = await readRegularFile(options.path, options.platform, access);
  if (read.kind === 'absent') return { status: 'absent' };
  if (read.kind === 'refused') {
    return { status: 'checked', problems: [{ rule: read.rule, trust: true, message: read.problem }], policy: null, notes: [], stats: null };
  }
  const problems: PolicyProblem[] = [];
  if (options.isPackaged) {
    const fileProblem = await adminControl(options.path, read.stats, options);
    if (fileProblem) problems.push({ rule: fileProblem.rule, trust: true, message: fileProblem.message });
    const paths = options.platform === 'win32' ? path.win32 : path.posix;
    const folderProblem = await folderControlProblem(paths.dirname(options.path), { ...options, fileAccess: access });
    if (folderProblem) problems.push({ rule: folderProblem.rule, trust: true, message: folderProblem.message });
  }
  const parsed = parseAdminJson(read.content);
  if (!parsed.ok) {
    problems.push(
      ...parsed.problems.map((problem) => ({
        rule: problem.code,
        trust: false,
        message: `${formatPosition(problem)}${problem.code === 'syntax' ? 'it is not valid JSON: ' : ''}${problem.message}`,
        line: problem.line,
        column: problem.column,
      })),
    );
    return { status: 'checked', problems, policy: null, notes: [], stats: read.stats };
  }
  const notes = parsed.hadBom ? ['the file starts with a byte-order mark (BOM); it is accepted, but save it as UTF-8 without BOM'] : [];
  const schema = policyFileSchema.safeParse(parsed.value);
  if (!schema.success) {
    for (const issue of describeIssues(schema.error)) {
      const position = parsed.locate(issue.path, issue.unknownKey);
      problems.push({ rule: 'schema', trust: false, message: `${position ? formatPosition(position) : ''}${issue.message}`, ...position });
    }
    return { status: 'checked', problems, policy: null, notes, stats: read.stats };
  }
  return { status: 'checked', problems, policy: toEffectivePolicy(schema.data), notes, stats: read.stats };
}

/** The notice and log line for an ignored file: the first problem, and how many more there are. */
function ignored(filePath: string, problems: PolicyProblem[], logger: Logger | undefined): LoadedPolicy {
  const first = problems[0]!;
  const kind = first.trust ? POLICY_NOTICE_KINDS.untrusted : POLICY_NOTICE_KINDS.invalid;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''}: run Dealer Desk with --check-policy to see them all)` : '';
  const message = `The administrator policy ${filePath} was ignored: ${first.message}${more}. Dealer Desk is running without it; ask your IT administrator to fix the file.`;
  logger?.warn('policy ignored', { path: filePath, rule: first.rule, reasons: problems.map((problem) => problem.message) });
  return { policy: NO_POLICY, notices: [{ id: kind, level: 'error', kind, message }], status: 'rejected', problems };
}

/** Loads the policy at `options.path`; an absent file is simply {@link NO_POLICY}. */
export async function loadPolicy(options: LoadPolicyOptions): Promise<LoadedPolicy> {
  const { path: filePath, logger } = options;
  const inspection = await inspectPolicyFile(options);
  if (inspection.status === 'absent') {
    logger?.info('no policy file', { path: filePath });
    return { policy: NO_POLICY, notices: [], status: 'absent', problems: [] };
  }
  if (inspection.problems.length > 0 || inspection.policy === null) {
    // inspectPolicyFile lists trust problems first, so the notice names one of
    // those when there is one: an untrusted file's content does not matter.
    return ignored(filePath, inspection.problems, logger);
  }
  const policy = inspection.policy;
  logger?.info('policy loaded', { path: filePath, kiosk: policy.kiosk.enabled, locked: policy.lockedSettings });
  return { policy, notices: [], status: 'applied', problems: [] };
}
