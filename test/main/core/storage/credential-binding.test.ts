/**
 * Where a stored credential may be sent: only the origins it was saved for,
 * AutoGrab's own hosts and the addresses the administrator's policy fixes.
 * The answer names the setting that would move the secret, so the screen can
 * point at it.
 */
import { AUTOGRAB_ORIGINS, credentialTarget, isCredentialTarget, trustedOrigins, untrustedOrigin } from '../../../../main/core/storage/credential-binding';

const SAVED = { apiOrigin: 'https://api.dealer-group.example', tokenOrigin: 'https://login.dealer-group.example' };

describe('credentialTarget', () => {
  test('without a sign-in address the token goes to the API origin; paths, ports and queries reduce to the origin', () => {
    expect(credentialTarget({ baseUrl: 'https://api.dealer-group.example:8443/v2/', tokenUrl: null })).toEqual({
      apiOrigin: 'https://api.dealer-group.example:8443',
      tokenOrigin: 'https://api.dealer-group.example:8443',
    });
    expect(credentialTarget({ baseUrl: 'https://api.autograb.com.au', tokenUrl: 'https://login.dealer-group.example/oauth/token' })).toEqual({
      apiOrigin: 'https://api.autograb.com.au',
      tokenOrigin: 'https://login.dealer-group.example',
    });
  });
});

describe('trustedOrigins', () => {
  test("AutoGrab's hosts always; the policy's fixed addresses as origins when set", () => {
    expect(trustedOrigins({})).toEqual(['https://api.autograb.com.au', 'https://api.autograb.co.uk']);
    expect(trustedOrigins({ baseUrl: 'https://api.dealer-group.example/v2', tokenUrl: 'https://login.dealer-group.example/token' })).toEqual([
      ...AUTOGRAB_ORIGINS,
      'https://api.dealer-group.example',
      'https://login.dealer-group.example',
    ]);
    expect(trustedOrigins({ tokenUrl: 'https://login.dealer-group.example/token' })).toEqual([...AUTOGRAB_ORIGINS, 'https://login.dealer-group.example']);
  });
});

describe('untrustedOrigin', () => {
  test('the saved-for origins, crossed over, and the trusted ones are fine', () => {
    expect(untrustedOrigin(SAVED, SAVED, [])).toBeNull();
    expect(untrustedOrigin(SAVED, { apiOrigin: SAVED.tokenOrigin, tokenOrigin: SAVED.apiOrigin }, [])).toBeNull();
    expect(untrustedOrigin(SAVED, { apiOrigin: 'https://api.autograb.co.uk', tokenOrigin: 'https://api.autograb.com.au' }, AUTOGRAB_ORIGINS)).toBeNull();
  });

  test('a new API address is refused on baseUrl, a new sign-in address on tokenUrl; the API address is named first', () => {
    const evil = 'https://evil.example';
    expect(untrustedOrigin(SAVED, { ...SAVED, apiOrigin: evil }, AUTOGRAB_ORIGINS)).toEqual({ origin: evil, setting: 'baseUrl' });
    expect(untrustedOrigin(SAVED, { ...SAVED, tokenOrigin: evil }, AUTOGRAB_ORIGINS)).toEqual({ origin: evil, setting: 'tokenUrl' });
    expect(untrustedOrigin(SAVED, { apiOrigin: evil, tokenOrigin: 'https://other.example' }, [])).toEqual({ origin: evil, setting: 'baseUrl' });
  });

  test('another port or scheme on the same host is another origin', () => {
    expect(untrustedOrigin(SAVED, { ...SAVED, apiOrigin: 'https://api.dealer-group.example:444' }, [])).toEqual({ origin: 'https://api.dealer-group.example:444', setting: 'baseUrl' });
    expect(untrustedOrigin(SAVED, { ...SAVED, tokenOrigin: 'http://login.dealer-group.example' }, [])).toEqual({ origin: 'http://login.dealer-group.example', setting: 'tokenUrl' });
  });
});

describe('isCredentialTarget (a binding read back from a file)', () => {
  test.each([null, undefined, 'https://api.autograb.com.au', 42, {}, { apiOrigin: 'https://a.example' }, { tokenOrigin: 'https://a.example' }, { apiOrigin: 1, tokenOrigin: 'https://a.example' }, { apiOrigin: 'https://a.example', tokenOrigin: null }])(
    '%j is not a binding',
    (value) => {
      expect(isCredentialTarget(value)).toBe(false);
    },
  );

  test('both origins as text is a binding', () => {
    expect(isCredentialTarget(SAVED)).toBe(true);
  });
});
