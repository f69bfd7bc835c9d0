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
});
