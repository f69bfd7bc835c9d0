import { basicAuthorization, secretsOf } from '../../../main/core/auth/credentials';

test('the API key is the one secret of an API-key credential', () => {
  expect(secretsOf({ kind: 'apiKey', apiKey: 'sec_abcdefgh1234' })).toEqual(['sec_abcdefgh1234']);
});

test('an OAuth credential has two secrets: the client secret and the Basic value built from it (without the "Basic " prefix)', () => {
  const credentials = { kind: 'oauth' as const, clientId: 'client-1', clientSecret: 'very-secret' };
  const basic = Buffer.from('client-1:very-secret').toString('base64');
  expect(basicAuthorization(credentials)).toBe(`Basic ${basic}`);
  expect(secretsOf(credentials)).toEqual(['very-secret', basic]);
});
