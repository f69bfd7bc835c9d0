/**
 * The foot of a Settings form: what the last save said (read out politely),
 * and the Save button, which keeps focus while saving (BusyButton) and is not
 * offered at all when the administrator's policy fixes everything above it.
 */
import type { ReactNode } from 'react';
import { BusyButton } from '../common/BusyButton';

/** Props of {@link SaveFooter}. */
export interface SaveFooterProps {
  /** The confirmation of the last save, or null. */
  message: string | null;
  /** What went wrong (an error panel, a "fix the entries above" line), or null. */
  problem: ReactNode;
  /** True when the policy fixes every entry: no Save button. */
  locked: boolean;
  busy: boolean;
  /** The button's words. */
  label: string;
}

/** The status line and Save button of a Settings form; see the file comment. */
export function SaveFooter({ message, problem, locked, busy, label }: SaveFooterProps) {
  return (
    <>
      <div aria-live="polite">
        {problem}
        {message ? <p role="status">{message}</p> : null}
      </div>
      {locked ? null : (
        <div className="button-row">
          <BusyButton type="submit" className="primary" busy={busy}>
            {label}
          </BusyButton>
        </div>
      )}
    </>
  );
}
