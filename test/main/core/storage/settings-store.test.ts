import { NO_POLICY } from '../../../../main/core/policy/effective-policy';
import type { EffectivePolicy } from '../../../../main/core/policy/effective-policy';
import { DEFAULT_SETTINGS, SettingsStore } from '../../../../main/core/storage/settings-store';
import { MemoryStore } from '../../../fixtures/memory-store';

const lockedPolicy: EffectivePolicy = {
  ...NO_POLICY,
  source: 'file',
  autograb: { baseUrl: 'https://api.dealer-group.example', region: 'au', state: 'VIC' },
  lockedSettings: ['maxOffer'],
};

describe('settings store', () => {
  test('defaults are Malaysia, production AutoGrab, and a blank odometer valued at the average', () => {
    expect(new SettingsStore(new MemoryStore(), NO_POLICY).current()).toEqual({
      region: 'my',
      auState: null,
      baseUrl: 'https://api.autograb.com.au',
      tokenUrl: null,
      maxOffer: false,
      requireOdometer: false,
      language: 'en',
    });
  });

  test('updates are validated and persisted', () => {
    const store = new MemoryStore();
    new SettingsStore(store, NO_POLICY).update({ language: 'ms', maxOffer: true });
    expect(new SettingsStore(store, NO_POLICY).current()).toMatchObject({ language: 'ms', maxOffer: true });
    expect(() => new SettingsStore(store, NO_POLICY).update({ baseUrl: 'http://evil.example' })).toThrow(/https/);
  });

  test('policy values override the user and their keys are locked with a reason', () => {
    const store = new MemoryStore({ settings: { region: 'my', baseUrl: 'https://api.autograb.com.au' } });
    const settings = new SettingsStore(store, lockedPolicy);
    expect(settings.current()).toMatchObject({ region: 'au', auState: 'VIC', baseUrl: 'https://api.dealer-group.example' });
    expect(settings.locks().map((lock) => lock.key).sort()).toEqual(['auState', 'baseUrl', 'maxOffer', 'region']);
    expect(settings.locks()[0]?.reason).toBe('policy');
  });

  test('changing a locked key is POLICY_LOCKED and nothing is written', () => {
    const store = new MemoryStore();
    const settings = new SettingsStore(store, lockedPolicy);
    expect(() => settings.update({ maxOffer: true })).toThrow(expect.objectContaining({ code: 'POLICY_LOCKED', field: 'maxOffer' }));
    expect(store.data.settings).toBeUndefined();
    expect(settings.update({ language: 'ms' }).language).toBe('ms');
  });

  test('a hand-edited file that breaks the schema is backed up and reset', () => {
    const store = new MemoryStore({ settings: { region: 'mars', sneaky: true } });
    const settings = new SettingsStore(store, NO_POLICY);
    expect(settings.resetBackupPath).toBe('memory.corrupt-1');
    expect(settings.current()).toEqual(DEFAULT_SETTINGS);
  });

  test.each([
    'https://api.dealer-group.example',
    'https://api.dealer-group.example:8443/v2',
    'http://127.0.0.1:4010',
    'http://localhost:4010',
    'http://[::1]:4010',
  ])('%s is accepted as the AutoGrab and sign-in address', (url) => {
    const settings = new SettingsStore(new MemoryStore(), NO_POLICY);
    expect(settings.update({ baseUrl: url, tokenUrl: url })).toMatchObject({ baseUrl: url, tokenUrl: url });
  });

  test.each([
    ['plain http to another computer', 'http://api.dealer-group.example'],
    ['plain http to a look-alike of this computer', 'http://127.0.0.2:4010'],
    ['a user name in the address', 'https://user@api.dealer-group.example'],
    ['a password in the address', 'https://:secret@api.dealer-group.example'],
    ['a query (where a key would leak into logs)', 'https://api.dealer-group.example/?ApiKey=sec_x'],
    ['a fragment', 'https://api.dealer-group.example/#x'],
    ['another scheme', 'ftp://api.dealer-group.example'],
    ['another scheme to this computer', 'ftp://127.0.0.1:4010'],
    ['not an address at all', 'api.dealer-group.example'],
    ['an address over 300 characters', `https://api.dealer-group.example/${'a'.repeat(300)}`],
  ])('%s is refused for both addresses, and nothing is saved', (_label, url) => {
    const store = new MemoryStore();
    const settings = new SettingsStore(store, NO_POLICY);
    expect(() => settings.update({ baseUrl: url })).toThrow();
    expect(() => settings.update({ tokenUrl: url })).toThrow();
    expect(store.data.settings).toBeUndefined();
    expect(settings.current()).toEqual(DEFAULT_SETTINGS);
  });

  test("a sign-in address fixed by the policy wins over the user's and is locked", () => {
    const store = new MemoryStore({ settings: { tokenUrl: 'https://login.user-choice.example' } });
    const settings = new SettingsStore(store, { ...NO_POLICY, source: 'file', autograb: { tokenUrl: 'https://login.dealer-group.example' } });
    expect(settings.current().tokenUrl).toBe('https://login.dealer-group.example');
    expect(settings.locks()).toEqual([{ key: 'tokenUrl', reason: 'policy' }]);
    expect(() => settings.update({ tokenUrl: null })).toThrow(expect.objectContaining({ code: 'POLICY_LOCKED', field: 'tokenUrl', reason: 'settings.locked', message: expect.stringContaining('administrator') }));
  });

  test('the check sees the settings as they would be, policy included, and a refusal saves nothing', () => {
    const store = new MemoryStore();
    const settings = new SettingsStore(store, lockedPolicy);
    const check = vi.fn(() => {
      throw new Error('refused');
    });
    expect(() => settings.update({ language: 'ms' }, check)).toThrow('refused');
    expect(check).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, language: 'ms', region: 'au', auState: 'VIC', baseUrl: 'https://api.dealer-group.example' });
    expect(store.data.settings).toBeUndefined();
    expect(settings.current().language).toBe('en');
  });
});
