/**
 * `parseRequest` on its own: what a route's handler receives, and the
 * `VALIDATION` error every other payload becomes (message, field, and the
 * `input.<field>` reason the renderer words), including payloads zod never
 * gets to see.
 */
import { z } from 'zod';
import type { DealerDeskError } from '../../../main/core/errors';
import { parseRequest } from '../../../main/ipc/parse-request';
import { ROUTES } from '../../../main/ipc/routes/index';
import type { AppError } from '../../../preload/contract';
import { appraisalInput } from '../../fixtures/appraisals';

const GENERIC = 'Dealer Desk could not use that request. Check what you entered and try again.';

/** The error `run` throws, as the renderer receives it. */
function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    return (error as DealerDeskError).toAppError();
  }
  throw new Error('expected a VALIDATION error');
}

test('a valid request reaches the handler as the schema parsed it', () => {
  expect(parseRequest(z.strictObject({ search: z.string().trim() }), { search: '  myvi ' })).toEqual({ search: 'myvi' });
});

test('a payload that is not plain data is refused before the schema reads it: a getter never runs', () => {
  const read = vi.fn(() => 'WXY1234');
  const payload = Object.defineProperty({}, 'plate', { get: read, enumerable: true });
  expect(refusal(() => parseRequest(z.object({ plate: z.string() }), payload))).toEqual({ code: 'VALIDATION', retryable: false, message: GENERIC, reason: 'input.request' });
  expect(read).not.toHaveBeenCalled();
});

test('a field that fails its schema is named by its dotted path, with the schema message and its reason', () => {
  const schema = z.strictObject({ outer: z.strictObject({ inner: z.number({ error: 'Enter a number.' }) }) });
  expect(refusal(() => parseRequest(schema, { outer: { inner: 'x' } }))).toEqual({
    code: 'VALIDATION',
    retryable: false,
    message: 'Enter a number.',
    field: 'outer.inner',
    reason: 'input.outer.inner',
  });
});

test('list positions are left out of the field, so one sentence covers every item of a list', () => {
  const input = { ...appraisalInput(), recon: [{ kind: 'tyres', label: 'x'.repeat(61), amount: 1, note: '' }] };
  expect(refusal(() => parseRequest(ROUTES['appraisals:save'].schema, { id: null, pricingId: 'abc-123', input }))).toEqual({
    code: 'VALIDATION',
    retryable: false,
    message: 'The item name is too long (at most 60 characters).',
    field: 'input.recon.label',
    reason: 'input.input.recon.label',
  });
});

test('a rule without its own message gets the plain request message, never zod wording', () => {
  expect(refusal(() => parseRequest(z.strictObject({ count: z.number() }), { count: 'ten' }))).toEqual({
    code: 'VALIDATION',
    retryable: false,
    message: GENERIC,
    field: 'count',
    reason: 'input.count',
  });
});

test('an unknown key, at the top or inside a part of the request, names no field and gets the plain message', () => {
  const schema = z.strictObject({ profile: z.strictObject({ salesperson: z.string() }, { error: 'Check the dealership profile.' }).optional() }, { error: 'Send the details as a form.' });
  for (const payload of [{ apiKey: 'sec_leak' }, { profile: { salesperson: 'Ahmad', apiKey: 'sec_leak' } }]) {
    expect(refusal(() => parseRequest(schema, payload)), JSON.stringify(payload)).toEqual({ code: 'VALIDATION', retryable: false, message: GENERIC, reason: 'input.request' });
  }
});

test('a payload of the wrong kind altogether names no field and keeps the schema message', () => {
  expect(refusal(() => parseRequest(z.strictObject({}, { error: 'Send the details as a form.' }), 'text'))).toEqual({
    code: 'VALIDATION',
    retryable: false,
    message: 'Send the details as a form.',
    reason: 'input.request',
  });
});
