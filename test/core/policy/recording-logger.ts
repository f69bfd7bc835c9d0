/** A Logger that keeps every line (message + JSON details), so tests can check what would be written. */
import type { Logger } from '../../../main/core/ports';

/** Returns the logger and the array it writes to. */
export function recordingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const record = (message: string, details?: Record<string, unknown>) => lines.push(`${message} ${JSON.stringify(details ?? {})}`);
  return { lines, logger: { debug: record, info: record, warn: record, error: record } };
}
