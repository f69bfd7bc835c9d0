/**
 * Market evidence logic shared by main and the renderer (plain functions, no
 * I/O): listing-link reading, days-to-sell and price statistics, the
 * odometer check, and the evidence a saved appraisal keeps.
 */
export * from './marketplaces';
export * from './statistics';
export * from './odometer';
export * from './evidence';
export * from './evidence-cache';
