import { redactingLogHook, withRedaction } from '../../../main/adapters/redacting-logger';

describe('log redaction', () => {
  test('known secrets and credential-looking text are removed from messages and details', () => {
    const lines: string[] = [];
    const sink = (message: string, details?: Record<string, unknown>) => lines.push(`${message} ${JSON.stringify(details)}`);
    const logger = withRedaction({ debug: sink, info: sink, warn: sink, error: sink }, () => ['my-very-own-secret']);
    logger.error('token call failed for my-very-own-secret', {
      header: 'Authorization: Bearer eyJhbGciOi.eyJzdWIiOi.sig',
      nested: { list: ['ApiKey: sec_abcdefghijkl'], error: new Error('client_secret=my-very-own-secret') },
    });
    expect(lines.join('\n')).not.toMatch(/my-very-own-secret|eyJhbGciOi|sec_abcdefghijkl/);
    expect(lines.join('\n')).toContain('[REDACTED]');
  });

  test('the electron-log hook redacts every argument', () => {
    const hook = redactingLogHook();
    const out = hook({ data: ['GET /v2/vehicles?ApiKey=sec_zzzzzzzzzzzz', { auth: 'Basic dXNlcjpwYXNz' }], level: 'info' });
    expect(JSON.stringify(out)).not.toMatch(/sec_zzzzzzzzzzzz|dXNlcjpwYXNz/);
    expect(out.level).toBe('info');
  });
});
