/**
 * The Malaysian catalogue (prices in MYR), built from the sample catalogue in
 * malaysia-market.md §5 and widened to each model generation's years and trim
 * levels. New prices are approximate demo figures, not valuations.
 */
import type { ModelLine } from './vehicle.ts';

/** Malaysian model lines: Perodua, Proton, Honda, Toyota and two popular EVs. */
export const MY_LINES: readonly ModelLine[] = [
  {
    make: 'Perodua', model: 'Myvi', series: 'M600 (G2)', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2011, 2017], releaseMonth: 6, popularity: 10,
    variants: [
      { badge: '1.3 G', price: 45000, gearboxes: ['5MT', '4AT'], cc: 1298, kw: 67, nm: 117 },
      { badge: '1.5 SE', price: 52000, gearboxes: ['4AT'], cc: 1495, kw: 76, nm: 136 },
      { badge: '1.5 AV', price: 56518, gearboxes: ['4AT'], cc: 1495, kw: 76, nm: 136, years: [2015, 2017] },
    ],
  },
  {
    make: 'Perodua', model: 'Myvi', series: 'M800 (G3)', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2018, 2021], releaseMonth: 11, popularity: 10,
    variants: [
      { badge: '1.3 G', price: 46990, gearboxes: ['5MT', '4AT'], cc: 1329, kw: 70, nm: 117 },
      { badge: '1.3 X', price: 48990, gearboxes: ['4AT'], cc: 1329, kw: 70, nm: 117 },
      { badge: '1.5 H', price: 52490, gearboxes: ['4AT'], cc: 1496, kw: 76, nm: 136 },
      { badge: '1.5 AV', price: 55000, gearboxes: ['4AT'], cc: 1496, kw: 76, nm: 136 },
    ],
  },
  {
    make: 'Perodua', model: 'Myvi', series: 'M800 (G3 facelift)', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2022, 2025], releaseMonth: 11, popularity: 10,
    variants: [
      { badge: '1.3 G', price: 46500, gearboxes: ['5MT', 'DCVT'], cc: 1329, kw: 70, nm: 117 },
      { badge: '1.3 X', price: 50000, gearboxes: ['DCVT'], cc: 1329, kw: 70, nm: 117 },
      { badge: '1.5 H', price: 54500, gearboxes: ['DCVT'], cc: 1496, kw: 76, nm: 136 },
      { badge: '1.5 AV', price: 59700, gearboxes: ['DCVT'], cc: 1496, kw: 76, nm: 136 },
    ],
  },
  {
    make: 'Perodua', model: 'Axia', series: 'B200', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2014, 2022], releaseMonth: 9, popularity: 9,
    variants: [
      { badge: '1.0 E', price: 24600, gearboxes: ['5MT'], cc: 998, kw: 49, nm: 90, cylinders: 3 },
      { badge: '1.0 G', price: 31000, gearboxes: ['5MT', '4AT'], cc: 998, kw: 49, nm: 90, cylinders: 3 },
      { badge: '1.0 SE', price: 35000, gearboxes: ['4AT'], cc: 998, kw: 49, nm: 90, cylinders: 3 },
      { badge: '1.0 AV', price: 37500, gearboxes: ['4AT'], cc: 998, kw: 49, nm: 90, cylinders: 3, years: [2019, 2022] },
    ],
  },
  {
    make: 'Perodua', model: 'Axia', series: 'D74A', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2023, 2025], releaseMonth: 2, popularity: 8,
    variants: [
      { badge: '1.0 E', price: 22000, gearboxes: ['DCVT'], cc: 998, kw: 50, nm: 91, cylinders: 3 },
      { badge: '1.0 G', price: 38600, gearboxes: ['DCVT'], cc: 998, kw: 50, nm: 91, cylinders: 3 },
      { badge: '1.0 SE', price: 44900, gearboxes: ['DCVT'], cc: 998, kw: 50, nm: 91, cylinders: 3 },
      { badge: '1.0 AV', price: 49500, gearboxes: ['DCVT'], cc: 998, kw: 50, nm: 91, cylinders: 3 },
    ],
  },
  {
    make: 'Perodua', model: 'Bezza', series: 'B300', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2016, 2025], releaseMonth: 7, popularity: 8,
    variants: [
      { badge: '1.0 G', price: 36000, gearboxes: ['5MT', '4AT'], cc: 998, kw: 50, nm: 91, cylinders: 3 },
      { badge: '1.3 X', price: 42000, gearboxes: ['4AT'], cc: 1329, kw: 70, nm: 121 },
      { badge: '1.3 AV', price: 49980, gearboxes: ['4AT'], cc: 1329, kw: 70, nm: 121 },
    ],
  },
  {
    make: 'Perodua', model: 'Aruz', series: 'D38L', body: 'SUV', doors: 5, seats: 7, drive: 'RWD', years: [2019, 2025], releaseMonth: 1, popularity: 6,
    variants: [
      { badge: '1.5 X', price: 72900, gearboxes: ['4AT'], cc: 1496, kw: 76, nm: 136 },
      { badge: '1.5 AV', price: 77900, gearboxes: ['4AT'], cc: 1496, kw: 76, nm: 136 },
    ],
  },
  {
    make: 'Perodua', model: 'Ativa', series: 'D55L', body: 'SUV', doors: 5, seats: 5, drive: 'FWD', years: [2021, 2025], releaseMonth: 3, popularity: 7,
    variants: [
      { badge: '1.0T X', price: 62500, gearboxes: ['DCVT'], cc: 996, kw: 72, nm: 140, cylinders: 3 },
      { badge: '1.0T H', price: 67300, gearboxes: ['DCVT'], cc: 996, kw: 72, nm: 140, cylinders: 3 },
      { badge: '1.0T AV', price: 72000, gearboxes: ['DCVT'], cc: 996, kw: 72, nm: 140, cylinders: 3 },
    ],
  },
  {
    make: 'Perodua', model: 'Alza', series: 'W150', body: 'MPV', doors: 5, seats: 7, drive: 'FWD', years: [2022, 2025], releaseMonth: 7, popularity: 7,
    variants: [
      { badge: '1.5 X', price: 62500, gearboxes: ['DCVT'], cc: 1496, kw: 78, nm: 137 },
      { badge: '1.5 H', price: 68000, gearboxes: ['DCVT'], cc: 1496, kw: 78, nm: 137 },
      { badge: '1.5 AV', price: 75500, gearboxes: ['DCVT'], cc: 1496, kw: 78, nm: 137 },
    ],
  },
  {
    make: 'Proton', model: 'Saga', series: 'P2-30A', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2016, 2025], releaseMonth: 9, popularity: 8,
    variants: [
      { badge: '1.3 Standard', price: 36800, gearboxes: ['5MT', '4AT'], cc: 1332, kw: 69, nm: 120 },
      { badge: '1.3 Executive', price: 37800, gearboxes: ['4AT'], cc: 1332, kw: 69, nm: 120 },
      { badge: '1.3 Premium', price: 39800, gearboxes: ['4AT'], cc: 1332, kw: 69, nm: 120, years: [2019, 2025] },
    ],
  },
  {
    make: 'Proton', model: 'Persona', series: 'BH', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2016, 2025], releaseMonth: 8, popularity: 7,
    variants: [
      { badge: '1.6 Standard', price: 42600, gearboxes: ['5MT', 'CVT'], cc: 1597, kw: 80, nm: 150 },
      { badge: '1.6 Executive', price: 46800, gearboxes: ['CVT'], cc: 1597, kw: 80, nm: 150 },
      { badge: '1.6 Premium', price: 49800, gearboxes: ['CVT'], cc: 1597, kw: 80, nm: 150 },
    ],
  },
  {
    make: 'Proton', model: 'Iriz', series: 'PM', body: 'Hatchback', doors: 5, seats: 5, drive: 'FWD', years: [2014, 2025], releaseMonth: 9, popularity: 5,
    variants: [
      { badge: '1.3 Standard', price: 42000, gearboxes: ['5MT', 'CVT'], cc: 1332, kw: 69, nm: 120 },
      { badge: '1.6 Premium', price: 59731, gearboxes: ['CVT'], cc: 1597, kw: 80, nm: 150 },
    ],
  },
  {
    make: 'Proton', model: 'X50', series: 'SX11', body: 'SUV', doors: 5, seats: 5, drive: 'FWD', years: [2020, 2025], releaseMonth: 10, popularity: 8,
    variants: [
      { badge: '1.5T Standard', price: 79200, gearboxes: ['7DCT'], cc: 1477, kw: 110, nm: 226, cylinders: 3 },
      { badge: '1.5T Executive', price: 86300, gearboxes: ['7DCT'], cc: 1477, kw: 110, nm: 226, cylinders: 3 },
      { badge: '1.5T Premium', price: 93200, gearboxes: ['7DCT'], cc: 1477, kw: 110, nm: 226, cylinders: 3 },
      { badge: '1.5 TGDi Flagship', price: 103300, gearboxes: ['7DCT'], cc: 1477, kw: 130, nm: 255, cylinders: 3 },
    ],
  },
  {
    make: 'Proton', model: 'X70', series: 'SX11 (CBU/CKD)', body: 'SUV', doors: 5, seats: 5, drive: 'FWD', years: [2019, 2021], releaseMonth: 12, popularity: 7,
    variants: [
      { badge: '1.8 TGDi Standard 2WD', price: 99800, gearboxes: ['6AT'], cc: 1799, kw: 135, nm: 285 },
      { badge: '1.8 TGDi Executive 2WD', price: 109800, gearboxes: ['6AT'], cc: 1799, kw: 135, nm: 285 },
      { badge: '1.8 TGDi Premium 2WD', price: 123800, gearboxes: ['6AT'], cc: 1799, kw: 135, nm: 285 },
    ],
  },
  {
    make: 'Proton', model: 'X70', series: 'SX11 (MC)', body: 'SUV', doors: 5, seats: 5, drive: 'FWD', years: [2022, 2025], releaseMonth: 1, popularity: 7,
    variants: [
      { badge: '1.5 TGDi Standard 2WD', price: 99800, gearboxes: ['7DCT'], cc: 1477, kw: 130, nm: 255, cylinders: 3 },
      { badge: '1.5 TGDi Executive 2WD', price: 109800, gearboxes: ['7DCT'], cc: 1477, kw: 130, nm: 255, cylinders: 3 },
      { badge: '1.5 TGDi Premium 2WD', price: 123800, gearboxes: ['7DCT'], cc: 1477, kw: 130, nm: 255, cylinders: 3 },
    ],
  },
  {
    make: 'Proton', model: 'S70', series: 'P2-30B', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2024, 2025], releaseMonth: 3, popularity: 6,
    variants: [
      { badge: '1.5T Standard', price: 73800, gearboxes: ['7DCT'], cc: 1477, kw: 110, nm: 226, cylinders: 3 },
      { badge: '1.5T Executive', price: 79800, gearboxes: ['7DCT'], cc: 1477, kw: 110, nm: 226, cylinders: 3 },
      { badge: '1.5 TGDi Flagship', price: 94800, gearboxes: ['7DCT'], cc: 1477, kw: 110, nm: 226, cylinders: 3 },
    ],
  },
  {
    make: 'Proton', model: 'e.MAS 7', series: 'E01', body: 'SUV', doors: 5, seats: 5, drive: 'FWD', fuel: 'Electric', years: [2025, 2025], releaseMonth: 1, popularity: 3,
    variants: [
      { badge: 'Prime', price: 105800, gearboxes: ['1RG'], cc: null, kw: 160, nm: 310, rangeKm: 410 },
      { badge: 'Premium', price: 123800, gearboxes: ['1RG'], cc: null, kw: 160, nm: 310, rangeKm: 465 },
    ],
  },
  {
    make: 'Honda', model: 'City', series: 'GM6', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2014, 2019], releaseMonth: 6, popularity: 8,
    variants: [
      { badge: '1.5 S', price: 75000, gearboxes: ['CVT'], cc: 1497, kw: 88, nm: 145 },
      { badge: '1.5 E', price: 81000, gearboxes: ['CVT'], cc: 1497, kw: 88, nm: 145 },
      { badge: '1.5 V', price: 89000, gearboxes: ['CVT'], cc: 1497, kw: 88, nm: 145 },
    ],
  },
  {
    make: 'Honda', model: 'City', series: 'GN2', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2020, 2025], releaseMonth: 12, popularity: 9,
    variants: [
      { badge: '1.5 S', price: 80000, gearboxes: ['CVT'], cc: 1498, kw: 89, nm: 145 },
      { badge: '1.5 E', price: 84000, gearboxes: ['CVT'], cc: 1498, kw: 89, nm: 145 },
      { badge: '1.5 V', price: 86561, gearboxes: ['CVT'], cc: 1498, kw: 89, nm: 145 },
      { badge: 'RS e:HEV', price: 105950, gearboxes: ['ECVT'], cc: 1498, kw: 80, nm: 253, fuel: 'Hybrid' },
    ],
  },
  {
    make: 'Honda', model: 'Civic', series: 'FC', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2016, 2021], releaseMonth: 6, popularity: 7,
    variants: [
      { badge: '1.8 S', price: 113800, gearboxes: ['CVT'], cc: 1799, kw: 104, nm: 174 },
      { badge: '1.5 TC', price: 131800, gearboxes: ['CVT'], cc: 1498, kw: 127, nm: 220 },
      { badge: '1.5 TC-P', price: 138800, gearboxes: ['CVT'], cc: 1498, kw: 127, nm: 220 },
    ],
  },
  {
    make: 'Honda', model: 'HR-V', series: 'RU', body: 'SUV', doors: 5, seats: 5, drive: 'FWD', years: [2015, 2021], releaseMonth: 3, popularity: 7,
    variants: [
      { badge: '1.8 S', price: 104000, gearboxes: ['CVT'], cc: 1799, kw: 105, nm: 172 },
      { badge: '1.8 E', price: 112000, gearboxes: ['CVT'], cc: 1799, kw: 105, nm: 172 },
      { badge: '1.8 V', price: 124000, gearboxes: ['CVT'], cc: 1799, kw: 105, nm: 172 },
    ],
  },
  {
    make: 'Honda', model: 'HR-V', series: 'RV', body: 'SUV', doors: 5, seats: 5, drive: 'FWD', years: [2022, 2025], releaseMonth: 7, popularity: 7,
    variants: [
      { badge: '1.5 S', price: 114900, gearboxes: ['CVT'], cc: 1498, kw: 89, nm: 145 },
      { badge: '1.5 E', price: 123800, gearboxes: ['CVT'], cc: 1498, kw: 89, nm: 145 },
      { badge: '1.5 V', price: 130800, gearboxes: ['CVT'], cc: 1498, kw: 130, nm: 240 },
      { badge: 'RS e:HEV', price: 139800, gearboxes: ['ECVT'], cc: 1498, kw: 96, nm: 253, fuel: 'Hybrid' },
    ],
  },
  {
    make: 'Toyota', model: 'Vios', series: 'NCP150', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2013, 2018], releaseMonth: 9, popularity: 8,
    variants: [
      { badge: '1.5 J', price: 75000, gearboxes: ['4AT'], cc: 1497, kw: 80, nm: 141 },
      { badge: '1.5 E', price: 79000, gearboxes: ['4AT'], cc: 1497, kw: 80, nm: 141 },
      { badge: '1.5 G', price: 85500, gearboxes: ['4AT'], cc: 1497, kw: 80, nm: 141 },
    ],
  },
  {
    make: 'Toyota', model: 'Vios', series: 'NSP151', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2019, 2022], releaseMonth: 1, popularity: 8,
    variants: [
      { badge: '1.5 J', price: 77000, gearboxes: ['CVT'], cc: 1496, kw: 79, nm: 140 },
      { badge: '1.5 E', price: 80000, gearboxes: ['CVT'], cc: 1496, kw: 79, nm: 140 },
      { badge: '1.5 G', price: 87584, gearboxes: ['CVT'], cc: 1496, kw: 79, nm: 140 },
    ],
  },
  {
    make: 'Toyota', model: 'Vios', series: 'AC100', body: 'Sedan', doors: 4, seats: 5, drive: 'FWD', years: [2023, 2025], releaseMonth: 3, popularity: 7,
    variants: [
      { badge: '1.5 E', price: 89000, gearboxes: ['CVT'], cc: 1496, kw: 78, nm: 138 },
      { badge: '1.5 G', price: 94000, gearboxes: ['CVT'], cc: 1496, kw: 78, nm: 138 },
    ],
  },
  {
    make: 'Toyota', model: 'Hilux', series: 'AN120', body: 'Pick-up', bodyConfig: 'Double Cab', doors: 4, seats: 5, drive: '4x4', fuel: 'Diesel', years: [2016, 2020], releaseMonth: 1, popularity: 6,
    variants: [
      { badge: '2.4 E 4x4 DC', price: 100000, gearboxes: ['6MT'], cc: 2393, kw: 110, nm: 400 },
      { badge: '2.4 G 4x4 DC', price: 112000, gearboxes: ['6MT', '6AT'], cc: 2393, kw: 110, nm: 400 },
    ],
  },
  {
    make: 'Toyota', model: 'Hilux', series: 'AN120 (facelift)', body: 'Pick-up', bodyConfig: 'Double Cab', doors: 4, seats: 5, drive: '4x4', fuel: 'Diesel', years: [2021, 2025], releaseMonth: 1, popularity: 6,
    variants: [
      { badge: '2.4 E 4x4 DC', price: 102000, gearboxes: ['6MT'], cc: 2393, kw: 110, nm: 400 },
      { badge: '2.4 G 4x4 DC', price: 117000, gearboxes: ['6AT'], cc: 2393, kw: 110, nm: 400 },
      { badge: '2.8 Rogue 4x4', price: 146880, gearboxes: ['6AT'], cc: 2755, kw: 150, nm: 500 },
    ],
  },
  {
    make: 'BYD', model: 'Atto 3', series: 'EA1', body: 'SUV', doors: 5, seats: 5, drive: 'FWD', fuel: 'Electric', years: [2023, 2025], releaseMonth: 1, popularity: 4,
    variants: [
      { badge: 'Standard Range', price: 149800, gearboxes: ['1RG'], cc: null, kw: 150, nm: 310, rangeKm: 410 },
      { badge: 'Extended Range', price: 167800, gearboxes: ['1RG'], cc: null, kw: 150, nm: 310, rangeKm: 480 },
    ],
  },
  {
    make: 'Tesla', model: 'Model 3', series: 'Highland', body: 'Sedan', doors: 4, seats: 5, drive: 'RWD', fuel: 'Electric', years: [2023, 2025], releaseMonth: 7, popularity: 3,
    variants: [
      { badge: 'RWD', price: 189000, gearboxes: ['1RG'], cc: null, kw: 208, nm: 420, rangeKm: 513 },
      { badge: 'Long Range AWD', price: 242000, gearboxes: ['1RG'], cc: null, kw: 366, nm: 493, rangeKm: 629, drive: 'AWD' },
    ],
  },
];
