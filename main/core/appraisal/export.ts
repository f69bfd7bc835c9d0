/**
 * The CSV export of the appraisal list for a DMS or spreadsheet. Column names
 * are fixed English identifiers (a DMS import maps columns by name, whatever
 * language the screen is in). Customer names and phone numbers are left out:
 * personal data stays in the encrypted store (PDPA 2010), and a CSV file is
 * copied and mailed around freely.
 */
import { toCsv } from './csv';
import type { CsvValue } from './csv';
import { localDate } from './filter';
import { reconTotal } from './offer';
import type { Appraisal } from './types';

/** The header row. */
export const APPRAISAL_CSV_COLUMNS = [
  'reference',
  'date',
  'plate',
  'vin',
  'vehicle',
  'odometer_km',
  'condition',
  'retail_rm',
  'trade_rm',
  'reconditioning_rm',
  'offer_rm',
  'status',
  'valid_until',
  'salesperson',
  'demo_data',
] as const;

function row(appraisal: Appraisal): CsvValue[] {
  const { prediction } = appraisal.valuation;
  return [
    appraisal.reference,
    localDate(appraisal.createdAt),
    appraisal.vehicle.plate,
    appraisal.vehicle.vin,
    appraisal.vehicle.title,
    appraisal.kms ?? prediction.kms,
    appraisal.conditionScore,
    Math.round(prediction.retailPrice),
    Math.round(prediction.tradePrice),
    reconTotal(appraisal.recon),
    appraisal.offer,
    appraisal.status,
    appraisal.validUntil,
    appraisal.salesperson,
    appraisal.mode === 'demo' ? 'yes' : 'no',
  ];
}

/** The CSV text for these appraisals, in the order given. */
export function appraisalsToCsv(appraisals: readonly Appraisal[]): string {
  return toCsv(APPRAISAL_CSV_COLUMNS, appraisals.map(row));
}
