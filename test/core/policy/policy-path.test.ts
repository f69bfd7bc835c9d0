import { policyPathFor, provisioningPathFor } from '../../../main/core/policy/policy-path';

describe('policyPathFor', () => {
  test.each([
    ['linux', {}, '/etc/dealer-desk/policy.json'],
    ['darwin', {}, '/Library/Application Support/Dealer Desk/policy.json'],
    ['win32', { ProgramData: 'D:\\ProgramData' }, 'D:\\ProgramData\\Dealer Desk\\policy.json'],
    ['win32', {}, 'C:\\ProgramData\\Dealer Desk\\policy.json'],
  ] as const)('%s → machine-wide folder', (platform, env, expected) => {
    expect(policyPathFor(platform, env)).toBe(expected);
  });

  test('the override is honoured in development only', () => {
    const env = { DEALER_DESK_POLICY_PATH: '/tmp/dev-policy.json' };
    expect(policyPathFor('linux', env, false)).toBe('/tmp/dev-policy.json');
    expect(policyPathFor('linux', env, true)).toBe('/etc/dealer-desk/policy.json');
  });
});

test('provisioning.json sits beside the policy', () => {
  expect(provisioningPathFor('/etc/dealer-desk/policy.json', 'linux')).toBe('/etc/dealer-desk/provisioning.json');
  expect(provisioningPathFor('C:\\ProgramData\\Dealer Desk\\policy.json', 'win32')).toBe('C:\\ProgramData\\Dealer Desk\\provisioning.json');
});

test('Windows: the upper-case PROGRAMDATA spelling is honoured too; an empty override is no override', () => {
  expect(policyPathFor('win32', { PROGRAMDATA: 'E:\\PD' })).toBe('E:\\PD\\Dealer Desk\\policy.json');
  expect(policyPathFor('linux', { DEALER_DESK_POLICY_PATH: '' }, false)).toBe('/etc/dealer-desk/policy.json');
});

test('without saying whether the app is packaged, the override is not honoured (the safe default)', () => {
  expect(policyPathFor('linux', { DEALER_DESK_POLICY_PATH: '/tmp/dev-policy.json' })).toBe('/etc/dealer-desk/policy.json');
});
