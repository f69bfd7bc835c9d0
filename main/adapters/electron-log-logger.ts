/**
 * {@link Logger} over electron-log: a size-capped file in the app's log
 * folder (electron-log keeps one `.old.log` archive, so it never grows past
 * two files), every line passed through the redaction hook first.
 * electron-log's renderer bridge (`initialize()`) is deliberately not used:
 * the renderer has no path to the log except through the contract.
 */
import log from 'electron-log/main';
import type { Logger } from '../core/ports';
import { redactingLogHook } from './redacting-logger';

/** Largest log file before it is rotated, bytes. */
const MAX_LOG_BYTES = 2 * 1024 * 1024;

/** Options of {@link createElectronLogger}. */
export interface ElectronLoggerOptions {
  /** Full path of the log file. */
  filePath: string;
  /** Console output only in development. */
  console: boolean;
}

/** Configures electron-log and returns a Logger over it. */
export function createElectronLogger(options: ElectronLoggerOptions): Logger {
  log.transports.file.resolvePathFn = () => options.filePath;
  log.transports.file.maxSize = MAX_LOG_BYTES;
  log.transports.file.level = 'info';
  log.transports.console.level = options.console ? 'debug' : false;
  log.hooks.push(redactingLogHook());
  const line =
    (write: (...data: unknown[]) => void) =>
    (message: string, details?: Record<string, unknown>): void =>
      details === undefined ? write(message) : write(message, details);
  return { debug: line(log.debug), info: line(log.info), warn: line(log.warn), error: line(log.error) };
}
