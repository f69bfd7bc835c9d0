import { redactSecrets } from '../../main/core/redact';

test('known secrets are removed wherever they appear, including URL-encoded', () => {
  const secret = 'my secret/with+chars';
  const text = `secret=${secret} encoded=${encodeURIComponent(secret)}`;
  const redacted = redactSecrets(text, [secret]);
  expect(redacted).not.toContain(secret);
  expect(redacted).not.toContain(encodeURIComponent(secret));
});

test('credential-looking material is removed without being told about it', () => {
  const samples = [
    'Authorization: Bearer abc.def-ghi_123',
    'Authorization: Basic ZGVhbGVyOnNlY3JldA==',
    'ApiKey: sec_23hcfb8374bfhc833i4uhx',
    '{"ApiKey":"k3y-value-here"}',
    '{"access_token":"tok-123456","expires_in":3599}',
    'grant_type=client_credentials&client_secret=shh-123&x=1',
    'key pub_3ficuhb34u8fnxu34h9fm in text',
    'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig',
  ];
  const leaked = ['abc.def-ghi_123', 'ZGVhbGVyOnNlY3JldA==', 'sec_23hcfb8374bfhc833i4uhx', 'k3y-value-here', 'tok-123456', 'shh-123', 'pub_3ficuhb34u8fnxu34h9fm', 'eyJzdWIiOiIxIn0'];
  const redacted = samples.map((sample) => redactSecrets(sample)).join('\n');
  for (const value of leaked) expect(redacted).not.toContain(value);
  expect(redacted).toContain('[REDACTED]');
});

test('ordinary text is left alone', () => {
  const text = 'Valued 2019 Perodua Myvi 1.5 AV at RM42,000 (plate WXY 1234, 57306 km); expires_in 3599';
  expect(redactSecrets(text, ['ab'])).toBe(text);
});
