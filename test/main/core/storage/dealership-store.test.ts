import { DealershipStore } from '../../../../main/core/storage/dealership-store';
import { DEFAULT_RECON_PRESETS } from '../../../../main/core/appraisal/schemas';
import { NO_POLICY } from '../../../../main/core/policy/effective-policy';
import type { EffectivePolicy } from '../../../../main/core/policy/effective-policy';
import { makePng, SVG_LOGO } from '../../../fixtures/images';
import { MemoryStore } from '../../../fixtures/memory-store';

function policyWith(appraisal: Partial<EffectivePolicy['appraisal']>): EffectivePolicy {
  return { ...NO_POLICY, source: 'file', appraisal: { ...NO_POLICY.appraisal, ...appraisal } };
}

describe('dealership profile, presets and logo', () => {
  test('out of the box: empty profile, offers stand 7 days, the default presets, nothing locked', () => {
    const current = new DealershipStore(new MemoryStore(), NO_POLICY).current();
    expect(current.profile.offerValidityDays).toBe(7);
    expect(current.reconPresets).toEqual(DEFAULT_RECON_PRESETS);
    expect(current.logo).toBeNull();
    expect(current.locks).toEqual({ fields: [], logo: false, reconPresets: false, maxOfferConfiguration: false });
  });

  test('the salesperson edits the profile and presets; bad values are refused with a readable message', () => {
    const store = new DealershipStore(new MemoryStore(), NO_POLICY);
    expect(store.updateProfile({ name: 'Kereta Jaya Sdn Bhd', salesperson: 'Ahmad' }).profile).toMatchObject({ name: 'Kereta Jaya Sdn Bhd', salesperson: 'Ahmad' });
    expect(() => store.updateProfile({ offerValidityDays: 0 })).toThrow(/at least 1 day/);
    expect(store.updatePresets([{ kind: 'puspakom', amount: 90 }]).reconPresets).toEqual([{ kind: 'puspakom', amount: 90 }]);
  });

  test('fields the policy fixes win and are locked; the others stay editable', () => {
    const store = new DealershipStore(new MemoryStore(), policyWith({ dealership: { name: 'Kereta Jaya Sdn Bhd', ssm: '202301012345 (1234567-X)' } }));
    expect(store.current().locks.fields).toEqual(['name', 'ssm']);
    expect(() => store.updateProfile({ name: 'Other' })).toThrow(expect.objectContaining({ code: 'POLICY_LOCKED', field: 'name' }));
    expect(store.updateProfile({ salesperson: 'Mei Ling' }).profile).toMatchObject({ name: 'Kereta Jaya Sdn Bhd', salesperson: 'Mei Ling' });
  });

  test('locking the dealership locks every field and the logo; locked presets and max-offer configuration are reported', () => {
    const store = new DealershipStore(new MemoryStore(), policyWith({ locked: ['dealership', 'reconPresets', 'maxOfferConfiguration'], reconPresets: [{ kind: 'tyres', amount: 700 }] }));
    expect(store.current()).toMatchObject({ reconPresets: [{ kind: 'tyres', amount: 700 }], locks: { logo: true, reconPresets: true, maxOfferConfiguration: true } });
    expect(() => store.setLogo(makePng(100, 40))).toThrow(expect.objectContaining({ code: 'POLICY_LOCKED' }));
    expect(() => store.updatePresets([])).toThrow(expect.objectContaining({ code: 'POLICY_LOCKED' }));
  });

  test('a PNG logo is kept; an SVG is refused with a reason the screen can name', () => {
    const store = new DealershipStore(new MemoryStore(), NO_POLICY);
    expect(store.setLogo(makePng(240, 80)).logo).toMatchObject({ mimeType: 'image/png', width: 240, height: 80 });
    expect(() => store.setLogo(SVG_LOGO)).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'logo', reason: 'logo.svg' }));
    expect(store.current().logo).not.toBeNull();
    expect(store.removeLogo().logo).toBeNull();
  });

  // The screen words the reason; the English message is what support reads in the log and the error details.
  test.each([
    ['a file over 512 KB', Buffer.alloc(512 * 1024 + 1), 'too-large', /too large.*under 512 KB/],
    ['an SVG', SVG_LOGO, 'svg', /SVG logos are not accepted.*PNG or JPEG/],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'), 'not-png-or-jpeg', /not a PNG or JPEG/],
    ['a PNG cut short', makePng(100, 40).subarray(0, -12), 'damaged', /damaged or incomplete/],
    ['a PNG smaller than 16 pixels', makePng(10, 40), 'bad-dimensions', /between 16 and 2000 pixels/],
  ])('%s is refused on `logo` with its reason and an English message for the log naming the problem', (_name, bytes, problem, message) => {
    const store = new DealershipStore(new MemoryStore(), NO_POLICY);
    expect(() => store.setLogo(bytes)).toThrow(
      expect.objectContaining({ code: 'VALIDATION', field: 'logo', reason: `logo.${problem}`, message: expect.stringMatching(message) }),
    );
    expect(store.current().logo).toBeNull();
  });

  test('a logo edited by hand in the settings file into something else is not shown', () => {
    const memory = new MemoryStore({ dealershipLogo: { mimeType: 'image/png', width: 10, height: 10, base64: Buffer.from('<svg/>').toString('base64') } });
    expect(new DealershipStore(memory, NO_POLICY).current().logo).toBeNull();
  });

  test('a locked dealership refuses every profile field, and setting or removing the logo, naming what is locked', () => {
    const memory = new MemoryStore();
    const store = new DealershipStore(memory, policyWith({ locked: ['dealership', 'reconPresets'] }));
    expect(store.current().locks.fields).toContain('salesperson');
    const locked = (field: string) => expect.objectContaining({ code: 'POLICY_LOCKED', field, reason: 'settings.locked', message: expect.stringContaining('locked by policy') });
    expect(() => store.updateProfile({ salesperson: 'Ahmad' })).toThrow(locked('salesperson'));
    expect(() => store.setLogo(makePng(100, 40))).toThrow(locked('logo'));
    expect(() => store.removeLogo()).toThrow(locked('logo'));
    expect(() => store.updatePresets([])).toThrow(locked('reconPresets'));
    expect(memory.data).toEqual({});
  });
});

