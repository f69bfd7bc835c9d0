/**
 * A {@link Logger} wrapper that removes secrets from every message and every
 * string inside the details before they reach the real sink. Known secrets
 * (the configured credential, the demo sandbox's keys) are asked for on each
 * line, so a credential saved a moment ago is already covered.
 */
import { redactSecrets } from '../core/redact';
import type { Logger } from '../core/ports';

/** Deep-copies `value` with every string redacted; depth-limited so odd objects cannot loop. */
export function redactValue(value: unknown, knownSecrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value, knownSecrets);
  if (value === null || typeof value !== 'object') return value;
  if (depth > 5) return '[…]';
  if (value instanceof Error) return redactSecrets(`${value.name}: ${value.message}`, knownSecrets);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, knownSecrets, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactValue(item, knownSecrets, depth + 1)]));
}

/** Wraps `inner` so nothing it writes carries a secret. */
export function withRedaction(inner: Logger, knownSecrets: () => readonly string[]): Logger {
  const wrap =
    (level: keyof Logger) =>
    (message: string, details?: Record<string, unknown>): void => {
      const secrets = knownSecrets();
      const safeDetails = details === undefined ? undefined : (redactValue(details, secrets) as Record<string, unknown>);
      inner[level](redactSecrets(message, secrets), safeDetails);
    };
  return { debug: wrap('debug'), info: wrap('info'), warn: wrap('warn'), error: wrap('error') };
}

/** A logger that drops everything (the default when none is given). */
export const SILENT_LOGGER: Logger = { debug() {}, info() {}, warn() {}, error() {} };

/** The part of an electron-log message a hook touches. */
export interface HookMessage {
  data: unknown[];
}

/**
 * An electron-log hook that redacts every argument of every line, as a last
 * line of defence behind {@link withRedaction} (it also covers lines logged
 * by libraries such as electron-updater).
 */
export function redactingLogHook(knownSecrets: () => readonly string[] = () => []): <M extends HookMessage>(message: M) => M {
  return (message) => ({ ...message, data: message.data.map((item) => redactValue(item, knownSecrets())) });
}
