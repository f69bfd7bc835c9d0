/**
 * What the core needs from its host, as interfaces: the host (Electron's
 * main process, the Chromium test harness, a plain-Node script) injects the
 * implementation, so the core never imports the shell.
 */

/**
 * OS secret storage (Electron safeStorage in the app, a fake in tests).
 * Values are strings; ciphertext is base64 so it can live in a JSON store.
 */
export interface SecretCipher {
  /** Whether the OS can encrypt at all. */
  isAvailable(): Promise<boolean>;
  /**
   * The backend in use: on Linux `basic_text` means a hard-coded key (no real
   * protection); elsewhere e.g. `gnome_libsecret`, `kwallet`, `keychain`, `dpapi`.
   */
  backend(): string;
  encrypt(plainText: string): Promise<string>;
  decrypt(cipherText: string): Promise<string>;
}

/** Structured log sink. Implementations redact secrets before writing. */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void;
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}
