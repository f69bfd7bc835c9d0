/**
 * How an administrator's JSON file is read: every problem with its line and
 * column, duplicate keys named only when the caller allows (a provisioning
 * file's unknown key could be a secret), UTF-16 refused, and schema issues
 * worded with the key at fault but never the value.
 */
import { z } from 'zod';
import { formatPosition, parseAdminJson } from '../../../main/core/policy/admin-json';
import { describeFirstIssue, describeIssues } from '../../../main/core/policy/zod-messages';

describe('parseAdminJson', () => {
  test('a duplicate key is named by its path when allowed, and never named otherwise', () => {
    const text = '{\n  "a": {"b": 1, "b": 2},\n  "sec_x": 1, "sec_x": 2\n}';
    const result = parseAdminJson(text, { mayName: (key) => !key.startsWith('sec_') });
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'duplicate-key', key: 'a.b', message: 'a.b: appears twice; keep one', line: 2, column: 17 },
        { code: 'duplicate-key', message: 'a field appears twice; keep one', line: 3, column: 15 },
      ],
    });
  });

  test('keys with the same name in different objects are not duplicates', () => {
    expect(parseAdminJson('{"a": {"x": 1}, "b": {"x": 2}, "x": 3}')).toMatchObject({ ok: true, value: { a: { x: 1 }, b: { x: 2 }, x: 3 } });
  });

  test('a NUL character means UTF-16 read as UTF-8: refused with one plain reason', () => {
    expect(parseAdminJson('{\u0000"\u0000a\u0000"\u0000}')).toEqual({ ok: false, problems: [{ code: 'encoding', message: expect.stringContaining('UTF-16') }] });
    expect(parseAdminJson('\uFFFD\uFFFD{}')).toMatchObject({ ok: false, problems: [{ code: 'encoding' }] });
  });

  test('each syntax problem is reported once, in plain words, with its place; an empty file is one', () => {
    expect(parseAdminJson('{"a": 1,}')).toEqual({ ok: false, problems: [{ code: 'syntax', message: 'a key in double quotes was expected (a comma too many?)', line: 1, column: 9 }] });
    expect(parseAdminJson('')).toMatchObject({ ok: false, problems: [{ code: 'syntax', message: expect.stringContaining('a value was expected') }] });
    expect(parseAdminJson('{"a": 1} // note')).toMatchObject({ ok: false, problems: [{ code: 'syntax', message: 'comments are not allowed in JSON' }] });
  });

  test('a value or a key is located after a byte-order mark too; an unknown path has no place', () => {
    const result = parseAdminJson('\uFEFF{\n  "kiosk": {\n    "enabled": true\n  }\n}');
    if (!result.ok) throw new Error('expected a parsed file');
    expect(result.hadBom).toBe(true);
    expect(result.locate(['kiosk', 'enabled'])).toEqual({ line: 3, column: 16 });
    expect(result.locate(['kiosk'], 'enabled')).toEqual({ line: 3, column: 5 });
    expect(result.locate(['nothing'])).toBeUndefined();
    expect(parseAdminJson('{}')).toMatchObject({ ok: true, hadBom: false });
  });

  test.each(['{"a": 1, "a": 2}', '{"a": 1,}', '{\n  "a": 1,\n  "a": 2\n}', '{\n  "a": 1,\n}'])(
    'a byte-order mark is not a column (editors do not show it): %j has its problems at the same places with one',
    (json) => {
      const plain = parseAdminJson(json);
      expect(plain.ok).toBe(false);
      expect(parseAdminJson(`\uFEFF${json}`)).toEqual(plain);
    },
  );

  test('a key on the first line is located at the column an editor shows, byte-order mark or not', () => {
    for (const json of ['{"a": true}', '\uFEFF{"a": true}']) {
      const result = parseAdminJson(json);
      if (!result.ok) throw new Error('expected a parsed file');
      expect(result.locate(['a'])).toEqual({ line: 1, column: 7 });
      expect(result.locate([], 'a')).toEqual({ line: 1, column: 2 });
    }
  });

  test('formatPosition: a place reads "line L, column C: ", a line without a column is column 1, no place is nothing', () => {
    expect(formatPosition({ line: 3, column: 16 })).toBe('line 3, column 16: ');
    expect(formatPosition({ line: 3 })).toBe('line 3, column 1: ');
    expect(formatPosition({})).toBe('');
  });
});

describe('describeIssues', () => {
  const schema = z.strictObject({ kiosk: z.strictObject({ enabled: z.boolean('must be true or false') }).optional() });

  test('unknown keys are one issue each, named with their path, or only counted when they may not be named', () => {
    const error = schema.safeParse({ kiosk: { enabled: true, sec_a: 1, sec_b: 2 }, top: 1 }).error!;
    expect(describeIssues(error).map((issue) => issue.message).sort()).toEqual([
      'kiosk.sec_a: is not a setting Dealer Desk knows',
      'kiosk.sec_b: is not a setting Dealer Desk knows',
      'top: is not a setting Dealer Desk knows',
    ]);
    expect(describeIssues(error, { nameUnknownKeys: false }).map((issue) => issue.message).sort()).toEqual([
      'kiosk: has a field Dealer Desk does not know',
      'kiosk: has a field Dealer Desk does not know',
      'the file: has a field Dealer Desk does not know',
    ]);
    expect(describeIssues(error).find((issue) => issue.unknownKey === 'top')).toEqual({ path: [], unknownKey: 'top', message: 'top: is not a setting Dealer Desk knows' });
  });

  test('a bad value is named by its path, never quoted; a problem with the whole file has no path', () => {
    const error = schema.safeParse({ kiosk: { enabled: 'sec_value' } }).error!;
    expect(describeFirstIssue(error)).toBe('kiosk.enabled: must be true or false');
    const whole = z.strictObject({}, 'must be a JSON object').safeParse([]).error!;
    expect(describeFirstIssue(whole)).toBe('must be a JSON object');
    expect(describeFirstIssue(new z.ZodError([]))).toBe('is not valid');
  });
});
