// @vitest-environment happy-dom
/**
 * Settings for appraisals: the dealership profile and logo, the
 * reconditioning presets and AutoGrab's max-offer costs. Entries are checked
 * before anything is sent, main's refusals are worded for a salesperson, and
 * what the administrator's policy fixes is read-only.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { SettingsScreen } from '../../../renderer/src/features/settings/SettingsScreen';
import type { DealershipSettings } from '../../../preload/contract';
import { fail, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;
beforeEach(async () => {
  fake = await freshApp();
});
afterEach(cleanup);

const EMPTY: DealershipSettings = {
  profile: { name: '', ssm: '', address: '', phone: '', salesperson: '', offerValidityDays: 7 },
  reconPresets: [
    { kind: 'tyres', amount: 800 },
    { kind: 'detailing', amount: 200 },
  ],
  logo: null,
  locks: { fields: [], logo: false, reconPresets: false, maxOfferConfiguration: false },
};
/** What main sends for a logo it checked; the preview shows exactly that. */
const LOGO = { mimeType: 'image/png' as const, width: 120, height: 40, base64: 'iVBORw0KGgo=' };

async function openSettings(dealership: DealershipSettings = EMPTY) {
  fake.mock('dealership:get').mockResolvedValue(ok(dealership));
  render(<SettingsScreen />);
  await screen.findByLabelText('Dealership name');
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

test('the dealership profile is saved, checked first, and confirmed', async () => {
  await openSettings();
  type('Dealership name', 'Syarikat Kereta Maju');
  type('SSM registration number', '202301012345 (1234567-X)');
  type('Address', 'Jalan Klang Lama, Kuala Lumpur');
  type('Phone', '03-1234 5678');
  type('Salesperson on this computer', 'Aiman');
  type('Offers stand for (days)', '0');
  fireEvent.click(screen.getByRole('button', { name: 'Save dealership' }));
  expect(await screen.findByText('Enter whole days from 1 to 90, for example 7.')).toBeTruthy();
  expect(screen.getByLabelText('Offers stand for (days)').getAttribute('aria-invalid')).toBe('true');
  // The keyboard lands on the entry to fix; the summary points up at it, where it is.
  expect(document.activeElement).toBe(screen.getByLabelText('Offers stand for (days)'));
  expect(screen.getByText('Check the entries marked above.')).toBeTruthy();
  expect(fake.mock('dealership:update')).not.toHaveBeenCalled();

  type('Offers stand for (days)', '14');
  fireEvent.click(screen.getByRole('button', { name: 'Save dealership' }));
  await screen.findByText('Dealership saved.');
  expect(fake.mock('dealership:update')).toHaveBeenCalledWith({
    profile: { name: 'Syarikat Kereta Maju', ssm: '202301012345 (1234567-X)', address: 'Jalan Klang Lama, Kuala Lumpur', phone: '03-1234 5678', salesperson: 'Aiman', offerValidityDays: 14 },
  });
});

test('fields the policy fixes are read-only, say so, and are not sent', async () => {
  await openSettings({ ...EMPTY, profile: { ...EMPTY.profile, name: 'Syarikat Tetap' }, locks: { ...EMPTY.locks, fields: ['name'] } });
  const name = screen.getByLabelText('Dealership name') as HTMLInputElement;
  expect(name.readOnly).toBe(true);
  expect(name.getAttribute('aria-describedby')).toContain('dealership-name-lock');
  expect(document.getElementById('dealership-name-lock')?.textContent).toBe('Set by your administrator.');
  type('Salesperson on this computer', 'Mei Ling');
  fireEvent.click(screen.getByRole('button', { name: 'Save dealership' }));
  await screen.findByText('Dealership saved.');
  expect(fake.mock('dealership:update').mock.calls[0]![0].profile).not.toHaveProperty('name');
});

test('a refused logo says why in plain words; a chosen one is previewed and can be removed', async () => {
  await openSettings();
  fake.mock('dealership:choose-logo').mockResolvedValueOnce(fail('VALIDATION', { field: 'logo', reason: 'logo.svg' }));
  fireEvent.click(screen.getByRole('button', { name: 'Choose logo…' }));
  expect((await screen.findByTestId('logo-error')).textContent).toBe('SVG logos are not accepted. Export the logo as PNG or JPEG.');

  fake.mock('dealership:choose-logo').mockResolvedValueOnce(fail('VALIDATION', { field: 'logo', reason: 'logo.too-large' }));
  fireEvent.click(screen.getByRole('button', { name: 'Choose logo…' }));
  await waitFor(() => expect(screen.getByTestId('logo-error').textContent).toBe('That logo file is too large. Use a PNG or JPEG under 512 KB.'));

  fake.mock('dealership:choose-logo').mockResolvedValueOnce(ok({ ...EMPTY, logo: LOGO }));
  fireEvent.click(screen.getByRole('button', { name: 'Choose logo…' }));
  await screen.findByText('Logo saved.');
  expect(screen.queryByTestId('logo-error')).toBeNull();
  expect((screen.getByTestId('logo-preview') as HTMLImageElement).src).toBe(`data:image/png;base64,${LOGO.base64}`);

  fireEvent.click(screen.getByRole('button', { name: 'Remove logo' }));
  await screen.findByText('Logo removed.');
  expect(screen.queryByTestId('logo-preview')).toBeNull();
});

test('cancelling the file dialog says nothing', async () => {
  await openSettings();
  fireEvent.click(screen.getByRole('button', { name: 'Choose logo…' }));
  await waitFor(() => expect(fake.mock('dealership:choose-logo')).toHaveBeenCalled());
  expect(screen.queryByText('Logo saved.')).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
});

test('every preset kind can be priced; blank ones are left out; wrong amounts are caught first', async () => {
  await openSettings();
  expect((screen.getByLabelText('Tyres (RM)') as HTMLInputElement).value).toBe('800');
  expect((screen.getByLabelText('JPJ ownership transfer (RM)') as HTMLInputElement).value).toBe('');
  type('Tyres (RM)', '950.50');
  fireEvent.click(screen.getByRole('button', { name: 'Save presets' }));
  expect(await screen.findByText('Enter whole ringgit, for example 350, or leave it blank.')).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByLabelText('Tyres (RM)'));
  expect(fake.mock('dealership:update')).not.toHaveBeenCalled();

  type('Tyres (RM)', '950');
  type('Detailing (RM)', '');
  type('PUSPAKOM inspection (RM)', '60');
  fireEvent.click(screen.getByRole('button', { name: 'Save presets' }));
  await screen.findByText('Presets saved.');
  expect(fake.mock('dealership:update')).toHaveBeenCalledWith({ reconPresets: [{ kind: 'tyres', amount: 950 }, { kind: 'puspakom', amount: 60 }] });
});

test('presets, logo and max-offer costs fixed by policy are read-only', async () => {
  await openSettings({ ...EMPTY, locks: { fields: [], logo: true, reconPresets: true, maxOfferConfiguration: true } });
  expect((screen.getByLabelText('Tyres (RM)') as HTMLInputElement).readOnly).toBe(true);
  expect(screen.queryByRole('button', { name: 'Save presets' })).toBeNull();
  expect((screen.getByRole('button', { name: 'Choose logo…' }) as HTMLButtonElement).disabled).toBe(true);
  const costs = await screen.findByLabelText('Margin: amount or percentage');
  expect((costs as HTMLInputElement).readOnly).toBe(true);
  expect((screen.getByLabelText('Margin: worked out as') as HTMLSelectElement).disabled).toBe(true);
  expect(screen.queryByRole('button', { name: 'Save max-offer costs' })).toBeNull();
  expect(screen.getAllByText('Set by your administrator.')).toHaveLength(3);
});

test('max-offer costs are shown, checked before sending and saved', async () => {
  await openSettings();
  const margin = (await screen.findByLabelText('Margin: amount or percentage')) as HTMLInputElement;
  expect(margin.value).toBe('12');
  expect((screen.getByLabelText('Margin: worked out as') as HTMLSelectElement).value).toBe('percentage');
  expect(screen.getByText(/Demo data: these are the sample account’s figures/)).toBeTruthy();
  fireEvent.change(margin, { target: { value: '120' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save max-offer costs' }));
  expect(await screen.findByText('Enter a percentage from 0 to 100, for example 12.')).toBeTruthy();
  expect(document.activeElement).toBe(margin);
  expect(fake.mock('max-offer:set-config')).not.toHaveBeenCalled();

  fireEvent.change(margin, { target: { value: '10' } });
  fireEvent.change(screen.getByLabelText('Lot cost: worked out as'), { target: { value: 'percentage' } });
  fireEvent.change(screen.getByLabelText('Lot cost: amount or percentage'), { target: { value: '1' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save max-offer costs' }));
  await screen.findByText('Max-offer costs saved in AutoGrab.');
  expect(fake.mock('max-offer:set-config')).toHaveBeenCalledWith({
    reconditioning: { type: 'fixed', value: 1500 },
    profitMargin: { type: 'percentage', value: 10 },
    lot: { type: 'percentage', value: 1 },
    transport: { type: 'fixed', value: 200 },
    admin: { type: 'fixed', value: 150 },
  });
});

test('an account without the max-offer feature is told so, not asked to re-enter its key', async () => {
  fake.mock('max-offer:get-config').mockResolvedValueOnce(fail('AUTH_INVALID_KEY', { status: 403, reason: 'autograb.forbidden' }));
  await openSettings();
  const message = await screen.findByTestId('max-offer-unavailable');
  expect(message.textContent).toBe('Your AutoGrab plan does not include the max-offer configuration. Ask your AutoGrab account manager to enable it.');
  expect(screen.queryByText('AutoGrab did not accept your credentials')).toBeNull();
});

test('offline, the max-offer costs say AutoGrab cannot be reached and can be tried again', async () => {
  fake.mock('max-offer:get-config').mockResolvedValueOnce(fail('NETWORK', { retryable: true }));
  await openSettings();
  const offline = await screen.findByTestId('max-offer-offline');
  expect(offline.textContent).toContain('AutoGrab cannot be reached, so the max-offer costs cannot be shown or changed now.');
  fireEvent.click(within(offline).getByRole('button', { name: 'Try again' }));
  expect(await screen.findByLabelText('Margin: amount or percentage')).toBeTruthy();
});
