// @vitest-environment happy-dom
/**
 * Main's commands in the renderer: each menu command does what the same
 * click in the UI does, and a link fills the search box (AU state included)
 * without any lookup until Enter.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { useAboutStore } from '../../../renderer/src/stores/about';
import { useAppStore } from '../../../renderer/src/stores/app';
import { listenForMainCommands, runMenuCommand } from '../../../renderer/src/stores/main-commands';
import { useSearchStore } from '../../../renderer/src/stores/search';
import { demoStatus, fail, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;
const window = { focusSearch: vi.fn(), print: vi.fn() };

beforeEach(async () => {
  fake = await freshApp();
  vi.clearAllMocks();
  useAboutStore.setState({ facts: null, error: null, copy: 'idle' });
});

test('About, user guide and Settings open their screens', async () => {
  await runMenuCommand('show-about', window);
  expect(useAppStore.getState().screen).toBe('about');
  await runMenuCommand('open-user-guide', window);
  expect(useAppStore.getState().screen).toBe('guide');
  await runMenuCommand('open-settings', window);
  expect(useAppStore.getState().screen).toBe('settings');
});

test('New search empties the box and focuses it', async () => {
  useSearchStore.getState().setInput('myvi');
  await runMenuCommand('new-search', window);
  expect(useSearchStore.getState().input).toBe('');
  expect(useAppStore.getState().screen).toBe('search');
  expect(window.focusSearch).toHaveBeenCalled();
});

test('Print offer without a valuation goes to search instead of printing an empty page', async () => {
  await runMenuCommand('print-offer', window);
  expect(window.print).not.toHaveBeenCalled();
  expect(useAppStore.getState().screen).toBe('search');
});

test('Check for Updates asks main and shows its answer; a failure falls back to the current state', async () => {
  fake.mock('updates:check').mockResolvedValueOnce(ok({ state: 'available', version: '1.2.0' }));
  await runMenuCommand('check-updates', window);
  expect(useAppStore.getState().updateStatus).toEqual({ state: 'available', version: '1.2.0' });
  fake.mock('updates:check').mockResolvedValueOnce(fail('NETWORK'));
  await runMenuCommand('check-updates', window);
  expect(useAppStore.getState().updateStatus).toEqual({ state: 'idle', lastCheckedAt: null });
});

test('Copy diagnostics and the data folder are done by main, shown on About', async () => {
  await runMenuCommand('copy-diagnostics', window);
  expect(fake.mock('help:copy-diagnostics')).toHaveBeenCalledTimes(1);
  expect(useAboutStore.getState().copy).toBe('copied');
  fake.mock('help:copy-diagnostics').mockResolvedValueOnce(ok({ copied: false }));
  await runMenuCommand('copy-diagnostics', window);
  expect(useAboutStore.getState().copy).toBe('failed');
  await runMenuCommand('show-data-folder', window);
  expect(fake.mock('help:open-data-folder')).toHaveBeenCalledTimes(1);
  expect(useAppStore.getState().screen).toBe('about');
});

test('a link fills the box with a hint, and only Enter looks it up (with the link’s AU state)', async () => {
  useAppStore.setState({ status: demoStatus({ settings: { ...demoStatus().settings, region: 'au', auState: 'NSW' } }) });
  fake.mock('search:take-prefill').mockResolvedValueOnce(ok({ kind: 'plate', plate: 'ABC123', state: 'VIC' }));
  const stop = listenForMainCommands(window);
  fake.emit('event:search-prefill', { kind: 'plate', plate: 'ABC123', state: 'VIC' });
  await vi.waitFor(() => expect(useSearchStore.getState().input).toBe('ABC123'));
  expect(useSearchStore.getState().prefilled).toBe(true);
  expect(fake.mock('vehicles:lookup-plate')).not.toHaveBeenCalled();
  expect(fake.mock('vehicles:search')).not.toHaveBeenCalled();
  await useSearchStore.getState().submit();
  expect(fake.mock('vehicles:lookup-plate')).toHaveBeenCalledWith({ plate: 'ABC123', state: 'VIC' });
  expect(useSearchStore.getState().prefilled).toBe(false);
  stop();
});

test('typing over a link’s plate forgets its state and the hint', async () => {
  useSearchStore.getState().prefill({ kind: 'plate', plate: 'ABC123', state: 'VIC' });
  useSearchStore.getState().setInput('ABC124');
  expect(useSearchStore.getState()).toMatchObject({ prefilled: false, linkState: null });
});
