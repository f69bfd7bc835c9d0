/**
 * Settings fields: a labelled field that turns read-only, with the
 * administrator's note, when the policy locks its setting; the note itself;
 * and the message under a field whose entry failed its check.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SettingKey } from '../../../../preload/contract';
import { lockReason, useAppStore } from '../../stores/app';
import type { Problem } from './settings-checks';

/** "Set by your administrator.", with the id a locked control points at (`aria-describedby`). */
export function LockNote({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <p className="lock-note" id={id}>
      {/* Main's only lock reason is the policy (a code), so the sentence is always ours. */}
      {t('settings.lockedPlain')}
    </p>
  );
}

/** "Set by your administrator." under a setting the policy locks; nothing otherwise. */
export function Locked({ settingKey }: { settingKey: SettingKey }) {
  const reason = useAppStore((state) => lockReason(state.status, settingKey));
  if (reason === null) return null;
  return <LockNote id={`lock-${settingKey}`} />;
}

/** A labelled field with its lock note. */
export function Field({ id, label, settingKey, children }: { id: string; label: string; settingKey: SettingKey; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      <Locked settingKey={settingKey} />
    </div>
  );
}

/** The message under a field that failed its check. */
export function FieldProblem({ id, problem }: { id: string; problem: Problem | undefined }) {
  const { t } = useTranslation();
  if (!problem) return null;
  return (
    <p className="field-problem" id={id}>
      {t(problem.key, { ...problem.values })}
    </p>
  );
}

/** The ids a control is described by: its hint, its problem, its lock note. */
export function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string');
  return present.length > 0 ? present.join(' ') : undefined;
}

/** Moves the focus to the first field, in screen order, whose check failed: a keyboard user lands on what to fix, not on the page. */
export function focusFirstProblem<K extends string>(order: readonly K[], problems: Partial<Record<K, Problem>>, idOf: (key: K) => string): void {
  const first = order.find((key) => problems[key] !== undefined);
  if (first !== undefined) document.getElementById(idOf(first))?.focus();
}
