/**
 * A virtualised, keyboard-driven list of vehicles (listbox/option roles):
 * arrows, Home/End, PageUp/PageDown move; Enter or a click chooses. Only the
 * rows in view are in the DOM, so hundreds of results scroll smoothly.
 * Rendering is measured as `results-render` for the benchmark.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { Region, Vehicle } from '../../../../preload/contract';
import { formatEngine, shortTransmission, vehicleTitle } from '../../format';
import { measureResultsRender } from '../../render-timing';
import { useRegion } from '../../stores/app';

/** Props of {@link ResultsList}. */
export interface ResultsListProps {
  vehicles: readonly Vehicle[];
  /** Accessible name of the list. */
  label: string;
  onSelect: (vehicle: Vehicle) => void;
  /** Test id of the listbox, so tests can tell typeahead from guided results. */
  testId?: string;
  /**
   * Highlight the first row so Enter takes it (default). Off for vehicles
   * guessed from a registry description: none of them is known to be the car.
   */
  preselect?: boolean;
}

const ROW_HEIGHT = 56;
const PAGE = 8;

/** Secondary line of a row: the specs that tell near-identical variants apart, written as the spec list writes them. */
function vehicleSubtitle(vehicle: Vehicle, title: string, region: Region): string {
  const gearbox = shortTransmission(vehicle.transmission);
  // The gearbox is named once: not again when the title already ends with it.
  const gearboxPart = gearbox !== null && title.endsWith(` ${gearbox}`) ? null : gearbox;
  return [vehicle.bodyType, gearboxPart, vehicle.fuel, formatEngine(vehicle.capacityCc, region)]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' · ');
}

/** The vehicle results list. */
export function ResultsList({ vehicles, label, onSelect, testId = 'results-list', preselect = true }: ResultsListProps) {
  const { t } = useTranslation();
  const region = useRegion();
  const baseId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const first = preselect ? 0 : -1;
  const [active, setActive] = useState(first);
  const virtualizer = useVirtualizer({
    count: vehicles.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: { width: 800, height: 400 },
  });

  useEffect(() => setActive(first), [vehicles, first]);
  useLayoutEffect(measureResultsRender, [vehicles]);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(vehicles.length - 1, index));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(vehicles.length - 1),
      PageDown: () => move(active + PAGE),
      PageUp: () => move(active - PAGE),
      Enter: () => {
        const vehicle = vehicles[active];
        if (vehicle) onSelect(vehicle);
      },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    action();
  };

  const optionId = (index: number) => `${baseId}-option-${index}`;

  return (
    <>
    <span id={`${baseId}-hint`} className="visually-hidden">
      {t('results.hint')}
    </span>
    <div
      ref={scrollRef}
      className="results-list"
      role="listbox"
      aria-label={label}
      aria-activedescendant={vehicles.length > 0 && active >= 0 ? optionId(active) : undefined}
      aria-describedby={`${baseId}-hint`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid={testId}
      data-count={vehicles.length}
    >
      <div className="results-spacer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const vehicle = vehicles[item.index];
          if (!vehicle) return null;
          const title = vehicleTitle(vehicle);
          const subtitle = vehicleSubtitle(vehicle, title, region);
          return (
            <div
              key={vehicle.id + ':' + item.index}
              id={optionId(item.index)}
              role="option"
              aria-selected={item.index === active}
              aria-setsize={vehicles.length}
              aria-posinset={item.index + 1}
              className={item.index === active ? 'result-row active' : 'result-row'}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => {
                setActive(item.index);
                onSelect(vehicle);
              }}
            >
              <span className="result-title">{title}</span>
              {subtitle ? <span className="result-subtitle">{subtitle}</span> : null}
            </div>
          );
        })}
      </div>
    </div>
    </>
  );
}
