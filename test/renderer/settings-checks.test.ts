/**
 * What the Settings forms refuse before sending, and what they send: the
 * dealership profile, the reconditioning presets and the max-offer costs.
 */
import { describe, expect, test } from 'vitest';
import {
  checkMaxOffer,
  checkPresets,
  checkProfile,
  maxOfferDraft,
  presetsDraft,
  profileDraft,
} from '../../renderer/src/features/settings/settings-checks';
import type { MaxOfferDraft } from '../../renderer/src/features/settings/settings-checks';

const PROFILE = { name: 'Syarikat Kereta Maju', ssm: '202301012345 (1234567-X)', address: 'Jalan 1', phone: '03-1234 5678', salesperson: 'Aiman', offerValidityDays: 7 };

describe('dealership profile', () => {
  test('a filled profile is sent trimmed, with the days as a number and hidden characters dropped', () => {
    const draft = { ...profileDraft(PROFILE), name: '  Syarikat\u0007 Kereta Maju ', offerValidityDays: ' 14 ' };
    expect(checkProfile(draft)).toEqual({ ok: true, value: { ...PROFILE, offerValidityDays: 14 } });
  });

  test.each(['0', '91', '7.5', 'seven', ''])('offer validity "%s" is refused with the allowed range', (days) => {
    const checked = checkProfile({ ...profileDraft(PROFILE), offerValidityDays: days });
    expect(checked).toEqual({ ok: false, problems: { offerValidityDays: { key: 'settingsSections.dealership.days', values: { min: 1, max: 90 } } } });
  });

  test('a phone number with letters is refused; an empty one is fine', () => {
    expect(checkProfile({ ...profileDraft(PROFILE), phone: 'call me' })).toMatchObject({ ok: false, problems: { phone: { key: 'settingsSections.dealership.phoneProblem' } } });
    expect(checkProfile({ ...profileDraft(PROFILE), phone: '' })).toMatchObject({ ok: true });
  });
});

describe('reconditioning presets', () => {
  test('every kind is listed; kinds without a preset start blank', () => {
    expect(presetsDraft([{ kind: 'tyres', amount: 800 }])).toMatchObject({ tyres: '800', brakes: '', jpjTransfer: '' });
  });

  test('blank kinds are left out and thousands separators are read', () => {
    const draft = { ...presetsDraft([]), tyres: '1,200', puspakom: 'RM 60' };
    expect(checkPresets(draft)).toEqual({ ok: true, value: [{ kind: 'tyres', amount: 1200 }, { kind: 'puspakom', amount: 60 }] });
  });

  test.each(['12.50', '-5', 'abc', '10000001'])('"%s" is not whole ringgit', (amount) => {
    expect(checkPresets({ ...presetsDraft([]), brakes: amount })).toEqual({ ok: false, problems: { brakes: { key: 'settingsSections.presets.amountProblem' } } });
  });
});

describe('max-offer costs', () => {
  const configuration = {
    reconditioning: { type: 'fixed', value: 1500 },
    profitMargin: { type: 'percentage', value: 12 },
    lot: { type: 'fixed', value: 300 },
    transport: { type: 'fixed', value: 200 },
    admin: { type: 'fixed', value: 150.5 },
  } as const;

  test('the loaded figures go back unchanged; a typed % sign is allowed', () => {
    const draft: MaxOfferDraft = { ...maxOfferDraft(configuration), profitMargin: { type: 'percentage', value: '12%' } };
    expect(checkMaxOffer(draft)).toEqual({ ok: true, value: configuration });
  });

  test('a percentage over 100 is refused, the same number as an amount is fine', () => {
    const over = { ...maxOfferDraft(configuration), lot: { type: 'percentage' as const, value: '150' } };
    expect(checkMaxOffer(over)).toEqual({ ok: false, problems: { lot: { key: 'settingsSections.maxOffer.percentProblem' } } });
    expect(checkMaxOffer({ ...over, lot: { type: 'fixed', value: '150' } })).toMatchObject({ ok: true });
  });

  test.each(['', '-1', 'lots', '1.234'])('amount "%s" is refused', (value) => {
    const draft = { ...maxOfferDraft(configuration), transport: { type: 'fixed' as const, value } };
    expect(checkMaxOffer(draft)).toEqual({ ok: false, problems: { transport: { key: 'settingsSections.maxOffer.valueProblem' } } });
  });
});
