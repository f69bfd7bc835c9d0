/**
 * Searching and filtering the appraisal list: the same rules on screen and in
 * the CSV export, so the file holds exactly the rows the salesperson sees.
 */
import type { Appraisal, AppraisalStatus } from './types';

/** What the History screen filters by. Dates are local `YYYY-MM-DD`, inclusive. */
export interface AppraisalFilter {
  /** Matches plate (spaces ignored), VIN, reference, customer name or vehicle. */
  text: string;
  status: AppraisalStatus | 'all';
  from: string | null;
  to: string | null;
}

/** Everything. */
export const NO_FILTER: AppraisalFilter = Object.freeze({ text: '', status: 'all', from: null, to: null });

/** The local calendar date of an ISO time, `YYYY-MM-DD`. */
export function localDate(iso: string): string {
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const squash = (text: string) => text.toLowerCase().replace(/\s+/g, '');

/** Whether an appraisal passes the filter. */
export function matchesFilter(appraisal: Appraisal, filter: AppraisalFilter): boolean {
  if (filter.status !== 'all' && appraisal.status !== filter.status) return false;
  const day = localDate(appraisal.createdAt);
  if (filter.from && day < filter.from) return false;
  if (filter.to && day > filter.to) return false;
  const needle = squash(filter.text);
  if (needle === '') return true;
  const { vehicle, reference, customer } = appraisal;
  return [vehicle.plate, vehicle.vin, reference, customer.name, vehicle.title].some((field) => field !== null && squash(field).includes(needle));
}

/** The appraisals that pass, newest first. */
export function filterAppraisals(appraisals: readonly Appraisal[], filter: AppraisalFilter): Appraisal[] {
  return appraisals.filter((appraisal) => matchesFilter(appraisal, filter)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
