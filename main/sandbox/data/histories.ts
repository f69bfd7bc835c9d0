/**
 * Fixed listing histories of AutoGrab's MY test cars, so demo mode shows the
 * same story every time. REG4SUCCESS's car was listed twice with readings
 * that only go up; REG4WARNING's car was advertised in 2024 with a higher
 * odometer than it shows now, so the app's odometer-rollback warning can be
 * seen (invented for demo; AutoGrab documents no test histories).
 */
/** One Vehicle History event, as the wire carries it. */
export interface HistoryEvent {
  type: 'listing' | 'delisting' | 'price_change';
  odometer: number;
  price: number;
  marketplace: string;
  seller_type: 'dealer' | 'private';
  timestamp: string;
}

type Script = readonly HistoryEvent[];

const SUCCESS_CAR: Script = [
  { type: 'listing', odometer: 24_100, price: 52_800, marketplace: 'carsome.my', seller_type: 'dealer', timestamp: '2022-04-11T02:14:09.000Z' },
  { type: 'price_change', odometer: 24_100, price: 51_500, marketplace: 'carsome.my', seller_type: 'dealer', timestamp: '2022-04-29T06:40:00.000Z' },
  { type: 'delisting', odometer: 24_100, price: 51_500, marketplace: 'carsome.my', seller_type: 'dealer', timestamp: '2022-05-20T09:05:31.000Z' },
  { type: 'listing', odometer: 41_800, price: 45_900, marketplace: 'mudah.my', seller_type: 'private', timestamp: '2024-10-02T11:22:47.000Z' },
  { type: 'price_change', odometer: 41_800, price: 44_500, marketplace: 'mudah.my', seller_type: 'private', timestamp: '2024-10-23T03:10:12.000Z' },
  { type: 'delisting', odometer: 41_800, price: 44_500, marketplace: 'mudah.my', seller_type: 'private', timestamp: '2024-11-14T08:45:00.000Z' },
];

const ROLLBACK_CAR: Script = [
  { type: 'listing', odometer: 38_200, price: 49_800, marketplace: 'carlist.my', seller_type: 'dealer', timestamp: '2022-03-04T01:51:35.000Z' },
  { type: 'delisting', odometer: 38_200, price: 49_800, marketplace: 'carlist.my', seller_type: 'dealer', timestamp: '2022-04-18T07:30:00.000Z' },
  { type: 'listing', odometer: 112_400, price: 36_900, marketplace: 'mudah.my', seller_type: 'private', timestamp: '2024-09-10T04:12:55.000Z' },
  { type: 'price_change', odometer: 112_400, price: 35_500, marketplace: 'mudah.my', seller_type: 'private', timestamp: '2024-09-24T10:02:13.000Z' },
  { type: 'delisting', odometer: 112_400, price: 35_500, marketplace: 'mudah.my', seller_type: 'private', timestamp: '2024-10-02T12:00:00.000Z' },
  { type: 'listing', odometer: 61_800, price: 44_800, marketplace: 'motortrader.com.my', seller_type: 'dealer', timestamp: '2026-05-20T03:00:00.000Z' },
];

/** Scripted histories by VIN (the test plates' VINs; the test vehicle ID shares REG4SUCCESS's car). */
export const SCRIPTED_HISTORIES: Readonly<Record<string, Script>> = {
  PM2M800S000111111: SUCCESS_CAR,
  PM2M800S000333333: ROLLBACK_CAR,
};

/** The VIN whose script the test vehicle ID `1111111111111111` answers with. */
export const TEST_VEHICLE_HISTORY_VIN = 'PM2M800S000111111';
