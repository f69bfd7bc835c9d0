/**
 * Plates and VINs the sandbox knows, per region, including AutoGrab's MY test
 * plates (autograb-api.md §5). Ordinary plates point at catalogue vehicles by
 * their catalogue key ("2019 Perodua Myvi 1.5 AV 4AT"), so they survive ID changes.
 *
 * State handling (decided here, documented for the client): `state` is
 * required and checked only for AU plates, as AutoGrab documents. In MY, NZ
 * and UK it is optional and ignored. Test plates accept and ignore `state` in
 * every region, and work in every region, so a client can run them anywhere.
 */
import type { RegionCode } from './vehicle.ts';

/** The MY test vehicle (ICE): valued, overlaid and given a history with fixed outputs. */
export const TEST_VEHICLE_ID = '1111111111111111';
/** The EV test vehicle behind `REG4SUCCESSEV`. */
export const TEST_EV_VEHICLE_ID = '2222222222222222';

/** What a plate or VIN lookup answers, before it is turned into the wire shape. */
export interface LookupRecord {
  /** Catalogue key of the matched vehicle, or a test vehicle ID; null for "no match". */
  target: { key: string } | { id: string } | null;
  vin: string | null;
  colour: string | null;
  /** Registry description; null means "derive it from the vehicle" (or none when there is no vehicle). */
  upstream?: string | null;
  confidence: 'standard' | 'reduced';
}

/** A known plate: `state` only for AU. */
export interface PlateRecord extends LookupRecord {
  plate: string;
  state?: string;
}

/** AutoGrab's MY test plates; they answer in every region. */
export const TEST_PLATES: readonly PlateRecord[] = [
  { plate: 'REG4SUCCESS', target: { id: TEST_VEHICLE_ID }, vin: 'PM2M800S000111111', colour: 'Glittering Silver', confidence: 'standard' },
  { plate: 'REG4SUCCESSEV', target: { id: TEST_EV_VEHICLE_ID }, vin: 'LGXC76C40R0222222', colour: 'Surf Blue', confidence: 'standard' },
  { plate: 'REG4WARNING', target: { id: TEST_VEHICLE_ID }, vin: 'PM2M800S000333333', colour: 'Glittering Silver', confidence: 'reduced' },
  {
    plate: 'REG4NOMATCH', target: null, vin: 'PM2M800S000444444', colour: null, confidence: 'reduced',
    upstream: '2019 PERODUA MYVI 1.5 AV HATCHBACK AUTO PETROL 1,496cc',
  },
  { plate: 'REG4VINONLY', target: null, vin: 'PM2M800S000555555', colour: null, confidence: 'reduced', upstream: null },
];

/** Ordinary plates worth demoing, per region. */
export const PLATES: Readonly<Record<RegionCode, readonly PlateRecord[]>> = {
  my: [
    { plate: 'WXY1234', target: { key: '2019 Perodua Myvi 1.5 AV 4AT' }, vin: 'PM2M800S002190342', colour: 'Granite Grey', confidence: 'standard' },
    { plate: 'VBX2020', target: { key: '2021 Honda City 1.5 V CVT' }, vin: 'MRHGN2650MP010417', colour: 'Platinum White Pearl', confidence: 'standard' },
    { plate: 'JHB77', target: { key: '2019 Toyota Hilux 2.4 G 4x4 DC 6AT' }, vin: 'MR0HA3CD500712345', colour: 'Attitude Black', confidence: 'standard' },
    { plate: 'BMT3821', target: { key: '2019 Proton X70 1.8 TGDi Premium 2WD 6AT' }, vin: 'PL1SX11ACKP012873', colour: 'Armour Silver', confidence: 'standard' },
    { plate: 'QAA4567C', target: { key: '2020 Perodua Bezza 1.3 AV 4AT' }, vin: 'PM2B300S001204567', colour: 'Ocean Blue', confidence: 'standard' },
    { plate: 'PKN4521', target: { key: '2016 Proton Saga 1.3 Standard 5MT' }, vin: 'PL1BT3LNRGB104521', colour: 'Snow White', confidence: 'standard' },
    { plate: 'W1234A', target: { key: '2017 Honda Civic 1.5 TC CVT' }, vin: 'MRHFC1650HP051234', colour: 'Modern Steel', confidence: 'standard' },
    { plate: 'BPA8', target: { key: '2022 Perodua Alza 1.5 AV DCVT' }, vin: 'PM2W150S002200008', colour: 'Vintage Brown', confidence: 'reduced' },
    { plate: 'KV6829A', target: { key: '2024 BYD Atto 3 Extended Range 1RG' }, vin: 'LGXC76C48R0068290', colour: 'Ski White', confidence: 'standard' },
  ],
  au: [
    { plate: 'BMT038', state: 'VIC', target: { key: '2019 Volkswagen Polo 85TSI Comfortline 7DCT' }, vin: 'WVWZZZAWZKU065305', colour: 'White', confidence: 'standard' },
    { plate: '698XCU', state: 'NSW', target: { key: '2021 Tesla Model 3 RWD 1RG' }, vin: '5YJ3E7EA1MF912345', colour: 'Pearl White', confidence: 'standard' },
    { plate: '1IDX452', state: 'VIC', target: { key: '2019 Toyota Hilux SR5 6AT' }, vin: 'MR0HA3CD100345678', colour: 'Glacier White', confidence: 'standard' },
  ],
  nz: [
    { plate: 'KMU512', target: { key: '2010 Volkswagen Polo Comfortline 7DCT' }, vin: 'WVWZZZ6RZAY123456', colour: 'Silver', confidence: 'standard' },
    { plate: 'NZP2019', target: { key: '2019 Volkswagen Polo TSI 5MT' }, vin: 'WVWZZZAWZKY234567', colour: 'Blue', confidence: 'standard' },
  ],
  uk: [
    { plate: 'KW73NKE', target: { key: '2023 Volkswagen Golf Style 7DCT' }, vin: 'WVWZZZCDZPW345678', colour: 'Grey', confidence: 'standard' },
    { plate: 'LR18FXT', target: { key: '2018 Ford Fiesta ST-Line 6MT' }, vin: 'WF0JXXGAHJJ456789', colour: 'Race Red', confidence: 'standard' },
  ],
};

/**
 * VINs looked up on their own: the all-zeros test VIN a third-party summary
 * mentions, and the VIN REG4VINONLY returns. AutoGrab's test cases all point
 * at the same vehicles, so "continue with the VIN" reaches the test vehicle.
 */
export const EXTRA_VINS: readonly LookupRecord[] = [
  { target: { id: TEST_VEHICLE_ID }, vin: '00000000000000000', colour: 'Glittering Silver', confidence: 'standard' },
  { target: { id: TEST_VEHICLE_ID }, vin: 'PM2M800S000555555', colour: 'Glittering Silver', confidence: 'standard' },
];
