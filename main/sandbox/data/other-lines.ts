/**
 * Small AU, NZ and UK catalogues (local currency) so every region works.
 * They hold the vehicles from AutoGrab's documentation examples, pinned to
 * the documented IDs, plus a few neighbours for search and facets.
 */
import type { ModelLine } from './vehicle.ts';

/** Australian model lines (AUD). */
export const AU_LINES: readonly ModelLine[] = [
  {
    make: 'Volkswagen', model: 'Polo', series: 'AW', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2018, 2021], releaseMonth: 6, popularity: 7,
    variants: [
      { badge: '70TSI Trendline', price: 19990, gearboxes: ['5MT', '7DCT'], cc: 999, kw: 70, nm: 175, cylinders: 3 },
      { badge: '85TSI Comfortline', price: 23490, gearboxes: ['7DCT'], cc: 999, kw: 85, nm: 200, cylinders: 3 },
    ],
  },
  {
    make: 'Tesla', model: 'Model 3', series: null, body: 'Sedan', doors: 4, seats: 5, drive: 'RWD', fuel: 'Electric', years: [2021, 2023], releaseMonth: 4, popularity: 6,
    variants: [
      { badge: 'RWD', price: 63900, gearboxes: ['1RG'], cc: null, kw: 208, nm: 420, rangeKm: 491 },
      { badge: 'Long Range', price: 73400, gearboxes: ['1RG'], cc: null, kw: 324, nm: 493, rangeKm: 602, drive: 'AWD' },
    ],
  },
  {
    make: 'Toyota', model: 'Hilux', series: 'GUN126R', body: 'Ute', bodyConfig: 'Dual Cab', doors: 4, seats: 5, drive: '4x4', fuel: 'Diesel', years: [2017, 2020], releaseMonth: 10, popularity: 9,
    variants: [{ badge: 'SR5', price: 55990, gearboxes: ['6MT', '6AT'], cc: 2755, kw: 130, nm: 450 }],
  },
  {
    make: 'Toyota', model: 'Corolla', series: 'ZWE211R', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2019, 2022], releaseMonth: 8, popularity: 8,
    variants: [{ badge: 'Ascent Sport', price: 25370, gearboxes: ['CVT'], cc: 1987, kw: 125, nm: 200 }],
  },
  {
    make: 'Ford', model: 'Ranger', series: 'PX MkIII', body: 'Ute', bodyConfig: 'Dual Cab', doors: 4, seats: 5, drive: '4x4', fuel: 'Diesel', years: [2019, 2022], releaseMonth: 7, popularity: 9,
    variants: [{ badge: 'XLT', price: 58990, gearboxes: ['6AT'], cc: 3198, kw: 147, nm: 470, cylinders: 5 }],
  },
];

/** Documented AU example IDs, pinned to the vehicles they plausibly describe. */
export const AU_PINNED_IDS: Readonly<Record<string, string>> = {
  '2021 Tesla Model 3 RWD 1RG': '4568590518845440',
  '2019 Volkswagen Polo 85TSI Comfortline 7DCT': '5804870883868672',
  '2021 Ford Ranger XLT 6AT': '5016997049925632',
};

/** New Zealand model lines (NZD). */
export const NZ_LINES: readonly ModelLine[] = [
  {
    make: 'Volkswagen', model: 'Polo', series: '6R', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2010, 2013], releaseMonth: 1, popularity: 6,
    variants: [{ badge: 'Comfortline', price: 27990, gearboxes: ['5MT', '7DCT'], cc: 1390, kw: 63, nm: 132 }],
  },
  {
    make: 'Volkswagen', model: 'Polo', series: 'AW', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2018, 2021], releaseMonth: 3, popularity: 6,
    variants: [{ badge: 'TSI', price: 26990, gearboxes: ['5MT', '7DCT'], cc: 999, kw: 70, nm: 175, cylinders: 3 }],
  },
  {
    make: 'Toyota', model: 'Corolla', series: 'AE110', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [1996, 1999], releaseMonth: 9, popularity: 4,
    variants: [{ badge: 'Sprint', price: 24990, gearboxes: ['5MT', '4AT'], cc: 1587, kw: 81, nm: 145 }],
  },
  {
    make: 'Toyota', model: 'Aqua', series: 'NHP10', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', fuel: 'Hybrid', years: [2013, 2017], releaseMonth: 12, popularity: 9,
    variants: [{ badge: 'S', price: 29990, gearboxes: ['ECVT'], cc: 1496, kw: 54, nm: 111 }],
  },
  {
    make: 'Nissan', model: 'Leaf', series: 'ZE1', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', fuel: 'Electric', years: [2019, 2021], releaseMonth: 2, popularity: 5,
    variants: [{ badge: 'e+', price: 69990, gearboxes: ['1RG'], cc: null, kw: 160, nm: 340, rangeKm: 385 }],
  },
];

/** Documented NZ example IDs. */
export const NZ_PINNED_IDS: Readonly<Record<string, string>> = {
  '2010 Volkswagen Polo Comfortline 7DCT': '5233518187642880',
  '2019 Volkswagen Polo TSI 5MT': '4664292750131200',
  '1997 Toyota Corolla Sprint 5MT': '5364630897557504',
};

/** United Kingdom model lines (GBP). */
export const UK_LINES: readonly ModelLine[] = [
  {
    make: 'Toyota', model: 'Hilux', series: 'AN120', body: 'Pick-up', bodyConfig: 'Dual Cab', doors: 4, seats: 5, drive: '4x4', fuel: 'Diesel', years: [2016, 2019], releaseMonth: 6, popularity: 5,
    variants: [{ badge: 'SR5', price: 27995, gearboxes: ['6MT', '6AT'], cc: 2393, kw: 110, nm: 400 }],
  },
  {
    make: 'Ford', model: 'Fiesta', series: 'Mk8', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2018, 2022], releaseMonth: 5, popularity: 10,
    variants: [
      { badge: 'Zetec', price: 16995, gearboxes: ['6MT'], cc: 999, kw: 74, nm: 170, cylinders: 3 },
      { badge: 'ST-Line', price: 19495, gearboxes: ['6MT', '6AT'], cc: 999, kw: 92, nm: 170, cylinders: 3 },
    ],
  },
  {
    make: 'Volkswagen', model: 'Golf', series: 'Mk8', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2020, 2024], releaseMonth: 1, popularity: 8,
    variants: [
      { badge: 'Life', price: 24995, gearboxes: ['6MT'], cc: 1498, kw: 96, nm: 200 },
      { badge: 'Style', price: 28995, gearboxes: ['7DCT'], cc: 1498, kw: 110, nm: 250 },
    ],
  },
];

/** Documented UK example IDs. */
export const UK_PINNED_IDS: Readonly<Record<string, string>> = {
  '2017 Toyota Hilux SR5 6AT': '5655899674771456',
  '2020 Ford Fiesta ST-Line 6MT': '3190324654943863',
};
