// @vitest-environment happy-dom
/**
 * The search box's store: typeahead debouncing, cancellation of superseded
 * requests, the sequence guard, and where each plate outcome leads.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { VehicleSearchResult } from '../../../preload/contract';
import { useAppStore } from '../../../renderer/src/stores/app';
import { guidedMatch, useGuidedStore } from '../../../renderer/src/stores/guided';
import { SUGGEST_DELAY_MS, useSearchStore } from '../../../renderer/src/stores/search';
import { useValuationStore } from '../../../renderer/src/stores/valuation';
import { MYVI, deferred, fail, ok } from '../fake-bridge';
import type { FakeBridge } from '../fake-bridge';
import { freshApp } from '../setup';

let fake: FakeBridge;

beforeEach(async () => {
  fake = await freshApp();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

function searchResult(title: string): VehicleSearchResult {
  return { usage: null, vehicles: [{ id: title, title }], total: 1, confidence: 'standard' };
}

async function type(text: string): Promise<void> {
  useSearchStore.getState().setInput(text);
  await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
}

describe('typeahead', () => {
  test('fast typing sends one search, for the last text', async () => {
    const store = useSearchStore.getState();
    store.setInput('myv');
    store.setInput('myvi');
    store.setInput('myvi 1.5');
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    const search = fake.mock('vehicles:search');
    expect(search).toHaveBeenCalledTimes(1);
    expect(search.mock.calls[0]![0]).toMatchObject({ search: 'myvi 1.5' });
  });

  test('a newer search cancels the older one, and the older, slower answer never replaces the newer', async () => {
    const first = deferred<ReturnType<typeof ok<VehicleSearchResult>>>();
    const second = deferred<ReturnType<typeof ok<VehicleSearchResult>>>();
    fake.mock('vehicles:search').mockImplementationOnce(() => first.promise).mockImplementationOnce(() => second.promise);

    await type('2019 myvi');
    await type('toyota vios');
    const cancel = fake.mock('requests:cancel');
    const firstId = fake.mock('vehicles:search').mock.calls[0]![0].requestId;
    expect(cancel).toHaveBeenCalledWith({ requestId: firstId });

    second.resolve(ok(searchResult('2019 Toyota Vios 1.5 J')));
    await vi.advanceTimersByTimeAsync(0);
    first.resolve(ok(searchResult('2019 Perodua Myvi 1.5 AV')));
    await vi.advanceTimersByTimeAsync(0);

    const { suggestions } = useSearchStore.getState();
    expect(suggestions.status).toBe('done');
    expect(suggestions.vehicles.map((vehicle) => vehicle.title)).toEqual(['2019 Toyota Vios 1.5 J']);
  });

  test('a cancelled request is silent: no error replaces the results', async () => {
    fake.mock('vehicles:search').mockResolvedValueOnce(fail('CANCELLED'));
    await type('2019 myvi');
    expect(useSearchStore.getState().suggestions.error).toBeNull();
  });

  test('plates and VINs do not trigger typeahead', async () => {
    await type('WXY 1234');
    await type('MRHGN2650MP010417');
    expect(fake.mock('vehicles:search')).not.toHaveBeenCalled();
  });

  test('"search as text" turns a plate-shaped input into a text search', async () => {
    await type('BMW 320');
    expect(fake.mock('vehicles:search')).not.toHaveBeenCalled();
    useSearchStore.getState().setForceText(true);
    await vi.advanceTimersByTimeAsync(SUGGEST_DELAY_MS);
    expect(fake.mock('vehicles:search').mock.calls[0]![0]).toMatchObject({ search: 'BMW 320' });
  });

  test('an impossible plate is never sent anywhere', async () => {
    await type('WXY 0123');
    await useSearchStore.getState().submit();
    expect(fake.mock('vehicles:search')).not.toHaveBeenCalled();
    expect(fake.mock('vehicles:lookup-plate')).not.toHaveBeenCalled();
  });
});

describe('plate outcomes', () => {
  async function lookUp(plate: string): Promise<void> {
    useSearchStore.getState().setInput(plate);
    await useSearchStore.getState().submit();
    await vi.runAllTimersAsync();
  }

  test('a standard match opens the vehicle screen with the plate normalised in the box', async () => {
    await lookUp('wxy1234');
    expect(fake.mock('vehicles:lookup-plate')).toHaveBeenCalledWith({ plate: 'WXY1234' });
    expect(useSearchStore.getState().input).toBe('WXY 1234');
    expect(useAppStore.getState().screen).toBe('vehicle');
    expect(useValuationStore.getState().vehicle?.id).toBe(MYVI.id);
  });

  test('a reduced-confidence match waits for confirmation', async () => {
    fake.mock('vehicles:lookup-plate').mockResolvedValueOnce(
      ok({ usage: null, vehicle: MYVI, upstreamVehicle: 'PERODUA MYVI 1.5', confidence: 'reduced', colour: null, vin: null, additionalVehicles: [] }),
    );
    await lookUp('REG4WARNING');
    expect(useSearchStore.getState().lookup.status).toBe('confirm');
    expect(useAppStore.getState().screen).toBe('search');
    useSearchStore.getState().confirm(MYVI);
    expect(useAppStore.getState().screen).toBe('vehicle');
    expect(useValuationStore.getState().match?.confidence).toBe('reduced');
  });

  test('no catalogue match opens guided search pre-filled from the registry description', async () => {
    fake.mock('vehicles:lookup-plate').mockResolvedValueOnce(
      ok({ usage: null, vehicle: null, upstreamVehicle: '2019 PERODUA MYVI 1.5 AV HATCHBACK', confidence: null, colour: null, vin: 'PM2', additionalVehicles: [] }),
    );
    fake.mock('vehicles:facets').mockImplementation(async (request: { facet: string }) => {
      const values: Record<string, Array<{ value: string; count: number }>> = {
        make: [{ value: 'Perodua', count: 40 }, { value: 'Proton', count: 30 }],
        model: [{ value: 'Myvi', count: 12 }, { value: 'Axia', count: 8 }],
        year: [{ value: '2018', count: 3 }, { value: '2019', count: 4 }],
      };
      return ok({ usage: null, facet: request.facet, values: values[request.facet] ?? [] });
    });
    await lookUp('REG4NOMATCH');
    expect(useAppStore.getState().screen).toBe('guided');
    const guided = useGuidedStore.getState();
    expect(guided.prefilledFrom).toBe('2019 PERODUA MYVI 1.5 AV HATCHBACK');
    expect(guided.filters).toEqual({ make: 'Perodua', model: 'Myvi', year: 2019 });
    expect(fake.mock('vehicles:facet-search')).toHaveBeenCalledWith({ make: 'Perodua', model: 'Myvi', year: 2019 });
    // The variant chosen there keeps the plate it was looked up by, and the registry's facts.
    expect(guidedMatch(guided)).toMatchObject({ upstreamVehicle: '2019 PERODUA MYVI 1.5 AV HATCHBACK', vin: 'PM2', plate: 'REG4NOMATCH', foundBy: { kind: 'plate', value: 'REG4NOMATCH' } });
  });

  test('VIN only: carries on with a VIN lookup', async () => {
    fake.mock('vehicles:lookup-plate').mockResolvedValueOnce(
      ok({ usage: null, vehicle: null, upstreamVehicle: null, confidence: null, colour: null, vin: 'PM2M602S001234567', additionalVehicles: [] }),
    );
    await lookUp('REG4VINONLY');
    expect(fake.mock('vehicles:lookup-vin')).toHaveBeenCalledWith({ vin: 'PM2M602S001234567' });
    expect(useAppStore.getState().screen).toBe('vehicle');
    expect(useValuationStore.getState().match?.vin).toBe('PM2M602S001234567');
    // One identity: the car was found by the plate typed, even though its VIN did the matching.
    expect(useValuationStore.getState().match?.foundBy).toEqual({ kind: 'plate', value: 'REG4VINONLY' });
    expect(useValuationStore.getState().match?.plate).toBe('REG4VINONLY');
  });

  test('VIN only, and the VIN lookup fails: guided search', async () => {
    fake.mock('vehicles:lookup-plate').mockResolvedValueOnce(
      ok({ usage: null, vehicle: null, upstreamVehicle: null, confidence: null, colour: null, vin: 'PM2M602S001234567', additionalVehicles: [] }),
    );
    fake.mock('vehicles:lookup-vin').mockResolvedValueOnce(fail('NOT_FOUND'));
    await lookUp('REG4VINONLY');
    expect(useAppStore.getState().screen).toBe('guided');
    expect(useGuidedStore.getState().origin).toEqual({ foundBy: { kind: 'plate', value: 'REG4VINONLY' }, vin: 'PM2M602S001234567', colour: null });
  });

  test('a network failure is kept as an error and marks AutoGrab unreachable', async () => {
    fake.mock('vehicles:lookup-plate').mockResolvedValueOnce(fail('NETWORK'));
    await lookUp('WXY 1234');
    const lookup = useSearchStore.getState().lookup;
    expect(lookup.status === 'error' && lookup.error.code).toBe('NETWORK');
    expect(useAppStore.getState().offline).toBe(true);
  });

  test('a bridge that throws becomes an INTERNAL error, not a hang', async () => {
    fake.mock('vehicles:lookup-plate').mockRejectedValueOnce(new Error('ipc exploded with secret sec_123'));
    await lookUp('WXY 1234');
    const lookup = useSearchStore.getState().lookup;
    expect(lookup.status).toBe('error');
    if (lookup.status === 'error') {
      expect(lookup.error.code).toBe('INTERNAL');
      expect(lookup.error.message).not.toContain('sec_123');
    }
  });
});
