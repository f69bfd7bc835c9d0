import { describe, expect, test } from 'vitest';
import { CATALOGUES, REGIONS, TEST_VEHICLES } from '../../main/sandbox/catalogue/catalogue.ts';

describe('sandbox catalogue', () => {
  test('MY has several hundred vehicles with unique 16-digit IDs and unique titles per gearbox', () => {
    const my = CATALOGUES.my.vehicles;
    expect(my.length).toBeGreaterThanOrEqual(400);
    const all = REGIONS.flatMap((region) => CATALOGUES[region].vehicles.map((entry) => entry.vehicle.id)).concat(TEST_VEHICLES.map((entry) => entry.vehicle.id));
    expect(new Set(all).size).toBe(all.length);
    for (const id of all) expect(id).toMatch(/^[1-9]\d{15}$/);
    const titles = my.map((entry) => `${entry.vehicle.title} / ${entry.gearbox}`);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test('covers the malaysia-market §5 makes, bodies, fuels and gearboxes', () => {
    const values = (field: 'make' | 'body_type' | 'fuel' | 'transmission_type') => new Set(CATALOGUES.my.vehicles.map((entry) => entry.vehicle[field]));
    expect([...values('make')]).toEqual(expect.arrayContaining(['Perodua', 'Proton', 'Honda', 'Toyota']));
    expect([...values('body_type')]).toEqual(expect.arrayContaining(['Hatchback', 'Sedan', 'SUV', 'MPV', 'Pick-up']));
    expect([...values('fuel')]).toEqual(expect.arrayContaining(['Petrol', 'Diesel', 'Hybrid', 'Electric']));
    expect([...values('transmission_type')]).toEqual(expect.arrayContaining(['Automatic', 'Manual']));
  });

  test('every other region has a small catalogue of its own', () => {
    for (const region of ['au', 'nz', 'uk'] as const) {
      expect(CATALOGUES[region].vehicles.length).toBeGreaterThanOrEqual(15);
      expect(CATALOGUES[region].vehicles.every((entry) => entry.vehicle.region === region)).toBe(true);
    }
  });
});
