/** Route dispatcher: the checkpoint template of a shipment, by route key. */
import type { RouteKey } from '../data/order-types.js';
import { chinaPost, dhlExpressCn, fourPx, upsCn, yunExpress } from './routes-crossborder.js';
import { dhlExpressEu, dhlPaket, fedex2Day, postnlDomestic, postnlInternational, upsGround, uspsGround } from './routes-local.js';
import type { Destination, Outcome, StepSpec } from './timeline-types.js';

export interface RouteContext {
  dest: Destination;
  outcome: Outcome;
  delayDays: number;
  lastMile?: string;
  lastMileNumber?: string;
}

export function routeSteps(route: RouteKey, c: RouteContext): StepSpec[] {
  switch (route) {
    case 'usps-ground': return uspsGround(c);
    case 'ups-ground': return upsGround(c);
    case 'fedex-2day': return fedex2Day(c);
    case 'postnl-nl': return postnlDomestic(c);
    case 'dhl-paket': return dhlPaket(c);
    case 'postnl-colissimo':
    case 'postnl-correos':
    case 'postnl-ctt':
    case 'postnl-royal-mail': return postnlInternational(c);
    case 'dhl-express-eu': return dhlExpressEu(c);
    case 'yunexpress': return yunExpress(c);
    case '4px': return fourPx(c);
    case 'china-post': return chinaPost(c, false);
    case 'china-ems': return chinaPost(c, true);
    case 'dhl-express-cn': return dhlExpressCn(c);
    case 'ups-cn': return upsCn(c);
  }
}

/** Carrier slug that owns the outbound number, and the number kind the generator makes. */
export const ROUTE_CARRIER: Record<RouteKey, { carrier: string; kind: import('../lib/carriers.js').NumberKind }> = {
  'usps-ground': { carrier: 'usps', kind: 'usps' },
  'ups-ground': { carrier: 'ups', kind: 'ups-us' },
  'fedex-2day': { carrier: 'fedex', kind: 'fedex' },
  'postnl-nl': { carrier: 'postnl', kind: 'postnl' },
  'dhl-paket': { carrier: 'dhl-germany', kind: 'dhl-germany' },
  'postnl-colissimo': { carrier: 'postnl', kind: 'postnl' },
  'postnl-correos': { carrier: 'postnl', kind: 'postnl' },
  'postnl-ctt': { carrier: 'postnl', kind: 'postnl' },
  'postnl-royal-mail': { carrier: 'postnl', kind: 'postnl' },
  'dhl-express-eu': { carrier: 'dhl', kind: 'dhl' },
  yunexpress: { carrier: 'yunexpress', kind: 'yunexpress' },
  '4px': { carrier: '4px', kind: '4px' },
  'china-post': { carrier: 'china-post', kind: 'china-post' },
  'china-ems': { carrier: 'china-ems', kind: 'china-ems' },
  'dhl-express-cn': { carrier: 'dhl', kind: 'dhl' },
  'ups-cn': { carrier: 'ups', kind: 'ups-cn' },
};

/** Last-mile carrier implied by the route (PostNL international routes). */
export const ROUTE_LAST_MILE: Partial<Record<RouteKey, string>> = {
  'postnl-colissimo': 'colissimo',
  'postnl-correos': 'correos',
  'postnl-ctt': 'ctt',
  'postnl-royal-mail': 'royal-mail',
};
