/**
 * Decides what the one search box holds: a plate, a VIN or free text such as
 * "2019 myvi 1.5 av". Pure, for the renderer's as-you-type routing.
 */
import { cleanText } from './clean-text';
import type { Region } from '../domain';
import { checkPlate } from './plate';
import type { PlateCheck } from './plate';
import { checkVin } from './vin';
import type { VinCheck } from './vin';

/** What the search box holds. */
export type SearchInputKind = 'plate' | 'vin' | 'text' | 'empty';

/** The outcome of {@link classifySearchInput}; carries the check that decided it. */
export interface SearchInputClass {
  kind: SearchInputKind;
  plate?: PlateCheck;
  vin?: VinCheck;
}

/**
 * Classifies search-box input. A 17-character run of letters and digits is a
 * VIN (its check may still report I/O/Q); input that passes the market's plate
 * check (warnings allowed) is a plate; anything else is text for plain-text
 * search. Ambiguous input such as `BMW 320` is a valid Selangor plate and is
 * routed as one; the UI offers text search as the alternative.
 */
export function classifySearchInput(input: string, options: { region: Region }): SearchInputClass {
  const trimmed = cleanText(input).trim();
  if (trimmed === '') return { kind: 'empty' };

  const vin = checkVin(trimmed);
  if (vin.normalized.length === 17 && /^[A-Z0-9]+$/.test(vin.normalized) && /\d/.test(vin.normalized) && /[A-Z]/.test(vin.normalized)) {
    return { kind: 'vin', vin };
  }

  // Plates are short: at most two or three groups, and never a decimal such as "1.5".
  const groups = trimmed.split(/\s+/);
  if (groups.length <= 3 && !/\d\.\d/.test(trimmed)) {
    // AU plates need a state for the lookup, not for recognising the shape.
    const plate = checkPlate(trimmed, { region: options.region, state: options.region === 'au' ? 'VIC' : undefined });
    if (plate.ok && looksLikePlate(plate, options.region)) {
      return { kind: 'plate', plate: options.region === 'au' ? checkPlate(trimmed, { region: 'au' }) : plate };
    }
  }
  return { kind: 'text' };
}

/** Outside Malaysia any short alphanumeric passes the plate check, so also require letters and digits. */
function looksLikePlate(plate: PlateCheck, region: Region): boolean {
  if (region === 'my' || plate.kind === 'test') return true;
  return /\d/.test(plate.compact) && /[A-Z]/.test(plate.compact) && plate.compact.length >= 2;
}
