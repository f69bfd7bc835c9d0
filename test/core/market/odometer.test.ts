import { odometerConflict } from '../../../main/core/market/index';
import type { VehicleHistoryEvent } from '../../../main/core/domain';

const event = (odometer: number | null, timestamp: string | null, marketplace = 'mudah.my'): VehicleHistoryEvent => ({
  type: 'listing', odometer, price: 40000, marketplace, sellerType: 'private', timestamp,
});
const AS_OF = new Date('2026-06-15T00:00:00Z');

describe('odometer rollback rule', () => {
  test('an entered reading below an earlier listing is flagged with the highest earlier reading and its date', () => {
    const events = [event(38_200, '2022-03-04T00:00:00Z', 'carlist.my'), event(112_400, '2024-09-10T00:00:00Z'), event(61_800, '2026-05-20T00:00:00Z')];
    expect(odometerConflict(62_000, events, AS_OF)).toEqual({ enteredKms: 62_000, listedKms: 112_400, listedAt: '2024-09-10T00:00:00Z', marketplace: 'mudah.my' });
  });

  test('readings that only go up, an equal reading, or no history: no warning', () => {
    const events = [event(24_100, '2022-04-11T00:00:00Z'), event(41_800, '2024-10-02T00:00:00Z')];
    expect(odometerConflict(48_000, events, AS_OF)).toBeNull();
    expect(odometerConflict(41_800, events, AS_OF)).toBeNull();
    expect(odometerConflict(10_000, [], AS_OF)).toBeNull();
  });

  test('no odometer entered, events without a reading or date, and events after the valuation are ignored', () => {
    expect(odometerConflict(undefined, [event(90_000, '2024-01-01T00:00:00Z')], AS_OF)).toBeNull();
    expect(odometerConflict(50_000, [event(null, '2024-01-01T00:00:00Z'), event(90_000, null), event(90_000, 'not a date')], AS_OF)).toBeNull();
    expect(odometerConflict(50_000, [event(90_000, '2026-07-01T00:00:00Z')], AS_OF)).toBeNull();
  });
});
