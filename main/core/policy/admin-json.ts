/**
 * Parses an administrator's JSON file (policy.json, provisioning.json) and
 * reports every problem, each with a line and column where the parser knows
 * them, instead of JSON.parse's first error (whose message quotes the text,
 * which may be a secret). Stricter than JSON.parse: a key that appears twice
 * in one object is an error (JSON.parse lets the last one win silently, so an
 * administrator would not see which value is in force). Encoding: UTF-8, with
 * or without a byte-order mark (PowerShell 5.1's `-Encoding UTF8` writes one;
 * it is accepted and reported as a note); UTF-16 is refused.
 */
import { findNodeAtLocation, parseTree, printParseErrorCode, visit } from 'jsonc-parser';
import type { Node as JsonNode } from 'jsonc-parser';

/** Stable codes of {@link JsonProblem}. */
export type JsonProblemCode = 'encoding' | 'syntax' | 'duplicate-key' | 'schema';

/** One problem in the file. Lines and columns count from 1. */
export interface JsonProblem {
  code: JsonProblemCode;
  /** The key at fault (`kiosk.enabled`), when it may be named. */
  key?: string;
  message: string;
  line?: number;
  column?: number;
}

/** Where a value sits in the text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Outcome of {@link parseAdminJson}. */
export type AdminJsonResult =
  | {
      ok: true;
      value: unknown;
      /** The file started with a UTF-8 byte-order mark (accepted). */
      hadBom: boolean;
      /** Position of the value (or, with `key`, of the key) at `path`. */
      locate(path: ReadonlyArray<string | number>, key?: string): TextPosition | undefined;
    }
  | { ok: false; problems: JsonProblem[] };

/** Options of {@link parseAdminJson}. */
export interface AdminJsonOptions {
  /** Whether a duplicate key may be named (provisioning files name only their known fields). */
  mayName?: (key: string) => boolean;
}

/** The note the checker prints for an accepted byte-order mark. */
export const BOM_NOTE = 'the file starts with a byte-order mark; Dealer Desk accepts it, but save it as UTF-8 without BOM to be safe';

const UTF16_MESSAGE = 'the file is saved as UTF-16, which is not supported: save it as UTF-8 (without BOM)';

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'this is not a valid number',
  PropertyNameExpected: 'a key in double quotes was expected (a comma too many?)',
  ValueExpected: 'a value was expected (a comma too many, or an empty file?)',
  ColonExpected: 'a colon (:) was expected after the key',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'nothing may follow the closing } of the file',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a text value is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'a \\u escape is not valid',
  InvalidEscapeCharacter: 'a backslash escape is not valid',
  InvalidCharacter: 'a text value holds a line break or control character',
};

const PARSE_OPTIONS = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/**
 * Line and column (from 1) of `offset` in `text`. Callers pass the text after
 * any byte-order mark: editors do not count it, so neither does the checker.
 */
function positionOf(text: string, offset: number): TextPosition {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** True when the text decoded from UTF-8 was really UTF-16 (its BOM, or NUL bytes between ASCII letters). */
function looksLikeUtf16(text: string): boolean {
  return text.startsWith('\uFFFD\uFFFD') || text.includes('\u0000');
}

/** Parses `text` strictly; every problem is reported, never the text itself. */
export function parseAdminJson(text: string, options: AdminJsonOptions = {}): AdminJsonResult {
  if (looksLikeUtf16(text)) return { ok: false, problems: [{ code: 'encoding', message: UTF16_MESSAGE }] };
  const hadBom = text.startsWith('\uFEFF');
  const body = hadBom ? text.slice(1) : text;
  const mayName = options.mayName ?? (() => true);
  const problems: JsonProblem[] = [];
  const keysSeen: Array<Set<string>> = [];
  const errorOffsets = new Set<number>();
  visit(
    body,
    {
      onObjectBegin: () => void keysSeen.push(new Set()),
      onObjectEnd: () => void keysSeen.pop(),
      onObjectProperty: (property, offset, _length, _line, _column, pathSupplier) => {
        const seen = keysSeen.at(-1);
        if (!seen) return;
        if (!seen.has(property)) {
          seen.add(property);
          return;
        }
        const key = [...pathSupplier(), property].map(String).join('.');
        const named = mayName(property);
        problems.push({
          code: 'duplicate-key',
          ...(named ? { key } : {}),
          message: named ? `${key}: appears twice; keep one` : 'a field appears twice; keep one',
          ...positionOf(body, offset),
        });
      },
      onError: (error, offset) => {
        // The parser often reports a second, derived error at the same place; the first says it.
        if (errorOffsets.has(offset)) return;
        errorOffsets.add(offset);
        const name = printParseErrorCode(error);
        problems.push({ code: 'syntax', message: SYNTAX_MESSAGES[name] ?? 'this is not valid JSON', ...positionOf(body, offset) });
      },
    },
    PARSE_OPTIONS,
  );
  if (problems.length > 0) return { ok: false, problems };
  const tree = parseTree(body, [], PARSE_OPTIONS);
  const locate = (path: ReadonlyArray<string | number>, key?: string): TextPosition | undefined => {
    if (!tree) return undefined;
    const node: JsonNode | undefined = findNodeAtLocation(tree, key === undefined ? [...path] : [...path, key]);
    if (!node) return undefined;
    // For a key, point at the key itself (the property node starts there).
    const offset = key !== undefined && node.parent?.type === 'property' ? node.parent.offset : node.offset;
    return positionOf(body, offset);
  };
  return { ok: true, value: JSON.parse(body) as unknown, hadBom, locate };
}

/** `line 3, column 5: ` for a problem with a position, or nothing. */
export function formatPosition(problem: Pick<JsonProblem, 'line' | 'column'>): string {
  return problem.line === undefined ? '' : `line ${problem.line}, column ${problem.column ?? 1}: `;
}
