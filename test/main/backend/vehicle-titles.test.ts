import type { Vehicle } from '../../../main/core/domain';
import { VehicleTitles } from '../../../main/backend/vehicle-titles';

const vehicle = (id: string, title: string) => ({ id, title }) as Vehicle;

describe('vehicle titles for local history', () => {
  test('a vehicle seen in results is named by its title; an unknown one gets a neutral name', () => {
    const titles = new VehicleTitles();
    titles.remember([vehicle('1111111111111111', '2019 Perodua Myvi 1.5 AV'), null]);
    expect(titles.title('1111111111111111')).toBe('2019 Perodua Myvi 1.5 AV');
    expect(titles.title('2222222222222222')).toBe('Vehicle 2222222222222222');
  });

  test('a history entry names the gearbox as the screens do: the short name in place of AutoGrab\'s "Automatic"', () => {
    const titles = new VehicleTitles();
    titles.remember([{ id: 'city', title: '2021 Honda City 1.5 V Automatic', transmission: 'Continuously Variable Transmission (CVT)', transmissionType: 'Automatic' }]);
    expect(titles.title('city')).toBe('2021 Honda City 1.5 V CVT');
  });

  test('the cache is bounded: the least recently seen titles go first', () => {
    const titles = new VehicleTitles();
    titles.remember([vehicle('first', 'First car')]);
    titles.remember(Array.from({ length: 499 }, (_, index) => vehicle(`v${index}`, `Car ${index}`)));
    titles.remember([vehicle('first', 'First car')]); // seen again: now the newest
    titles.remember([vehicle('v500', 'Car 500')]);
    expect(titles.title('first')).toBe('First car');
    expect(titles.title('v0')).toBe('Vehicle v0');
  });
});
