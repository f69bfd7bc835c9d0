/** A polite live progress line, so every wait is announced and visible. */
import type { ReactNode } from 'react';

/** Props of {@link Progress}. */
export interface ProgressProps {
  children: ReactNode;
}

/** "Searching…", "Valuing…": visible text plus a spinner, announced by screen readers. */
export function Progress({ children }: ProgressProps) {
  return (
    <p className="progress" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}
