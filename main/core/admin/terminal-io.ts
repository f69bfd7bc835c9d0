/**
 * The administrator commands' I/O over real streams. A secret is read from a
 * terminal in raw mode, so nothing typed is echoed (Backspace edits, Ctrl+C
 * cancels); from a pipe (`printf '%s' "$PIN" | …`) the first line is taken,
 * the same line each time it is asked for.
 */
import type { AdminIo } from './admin-commands';

/** The parts of `process.stdin` the prompt uses. */
export interface SecretInput extends NodeJS.EventEmitter {
  isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
  setEncoding(encoding: BufferEncoding): unknown;
  resume(): unknown;
  pause(): unknown;
}

const ENTER = new Set(['\r', '\n']);
const BACKSPACE = new Set(['\u007f', '\b']);
const CANCEL = new Set(['\u0003', '\u0004']);

function readFromTerminal(input: SecretInput, prompt: string, write: (text: string) => void): Promise<string> {
  write(prompt);
  return new Promise((resolve, reject) => {
    let typed = '';
    const finish = (error: Error | null) => {
      input.removeListener('data', onData);
      input.setRawMode?.(false);
      input.pause();
      write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (ENTER.has(char)) return finish(null);
        if (CANCEL.has(char)) return finish(new Error('cancelled'));
        typed = BACKSPACE.has(char) ? typed.slice(0, -1) : typed + char;
      }
    };
    input.setEncoding('utf8');
    input.setRawMode?.(true);
    input.on('data', onData);
    input.resume();
  });
}

function readFirstLine(input: SecretInput): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    input.setEncoding('utf8');
    input.on('data', (chunk: string) => (text += chunk));
    input.on('error', reject);
    input.on('end', () => resolve(text.split(/\r?\n/)[0] ?? ''));
    input.resume();
  });
}

/** {@link AdminIo} over `stdin`, `stdout` and `stderr`. */
export function terminalIo(input: SecretInput, output: { write(text: string): unknown }, errors: { write(text: string): unknown }): AdminIo {
  let piped: Promise<string> | null = null;
  return {
    out: (text) => void output.write(text),
    err: (text) => void errors.write(text),
    readSecret: (prompt) => {
      // The prompt goes to stderr, so `--hash-pin > hash.txt` captures only the hash.
      if (input.isTTY) return readFromTerminal(input, prompt, (text) => void errors.write(text));
      piped ??= readFirstLine(input);
      return piped;
    },
  };
}
