/** The key specifications of a vehicle, hiding any AutoGrab did not send. */
import { useTranslation } from 'react-i18next';
import type { Region, Vehicle } from '../../../../preload/contract';
import { formatEngine, formatNumber, shortTransmission } from '../../format';

/** One label/value pair of the spec list. */
export interface SpecRow {
  key: string;
  value: string;
}

function text(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const result = String(value).trim();
  return result === '' ? null : result;
}

/**
 * The spec rows worth showing, in a fixed order. Values are already formatted;
 * missing ones are left out so the list never shows blanks.
 */
function specRows(vehicle: Vehicle, region: Region, units: { kw: (value: string) => string; km: (value: string) => string }): SpecRow[] {
  const release =
    vehicle.releaseYear && vehicle.releaseMonth
      ? `${String(vehicle.releaseMonth).padStart(2, '0')}/${vehicle.releaseYear}`
      : text(vehicle.releaseYear);
  const rows: Array<[string, string | null]> = [
    ['year', text(vehicle.year)],
    ['make', text(vehicle.make)],
    ['model', text(vehicle.model)],
    ['badge', text(vehicle.badge)],
    ['series', text(vehicle.series)],
    ['body', text(vehicle.bodyType)],
    ['transmission', shortTransmission(vehicle.transmission ?? vehicle.transmissionType)],
    ['fuel', text(vehicle.fuel ?? vehicle.fuelType)],
    ['engine', formatEngine(vehicle.capacityCc, region)],
    ['power', vehicle.powerKw ? units.kw(formatNumber(vehicle.powerKw, region)) : null],
    ['range', vehicle.rangeKm ? units.km(formatNumber(vehicle.rangeKm, region)) : null],
    ['drive', text(vehicle.drive ?? vehicle.driveType)],
    ['doors', text(vehicle.numDoors)],
    ['seats', text(vehicle.numSeats)],
    ['release', release],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null).map(([key, value]) => ({ key, value }));
}

/** Props of {@link VehicleSpecs}. */
export interface VehicleSpecsProps {
  vehicle: Vehicle;
  region: Region;
}

/** The spec list. */
export function VehicleSpecs({ vehicle, region }: VehicleSpecsProps) {
  const { t } = useTranslation();
  const rows = specRows(vehicle, region, {
    kw: (value) => t('vehicle.kw', { value }),
    km: (value) => t('vehicle.km', { value }),
  });
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="specs-heading" className="specs">
      <h2 id="specs-heading" className="section-heading">
        {t('vehicle.specs')}
      </h2>
      <dl className="spec-grid" data-testid="vehicle-specs">
        {rows.map((row) => (
          <div key={row.key} className="spec" data-spec={row.key}>
            <dt>{t(`vehicle.spec.${row.key}`)}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
