/**
 * Every route of the app, one feature file each. Typed {@link Routes}, so a
 * channel of the contract without a route (or a route for no channel) fails `tsc`.
 */
import { appRoutes } from './app';
import { appraisalRoutes } from './appraisals';
import { credentialRoutes } from './credentials';
import { helpRoutes } from './help';
import { historyRoutes } from './history';
import { kioskRoutes } from './kiosk';
import { marketRoutes } from './market';
import { reportRoutes } from './report';
import { requestRoutes } from './requests';
import type { Routes } from './route';
import { updateRoutes } from './updates';
import { valuationRoutes } from './valuation';
import { vehicleRoutes } from './vehicles';

export type { Route, RouteContext, Routes, RouteTable } from './route';

/** The routes the dispatcher serves. */
export const ROUTES: Routes = {
  ...appRoutes,
  ...credentialRoutes,
  ...vehicleRoutes,
  ...requestRoutes,
  ...valuationRoutes,
  ...marketRoutes,
  ...historyRoutes,
  ...reportRoutes,
  ...appraisalRoutes,
  ...updateRoutes,
  ...kioskRoutes,
  ...helpRoutes,
};
