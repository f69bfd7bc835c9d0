/**
 * The one table of classified sites Dealer Desk understands: which hosts
 * belong to which AutoGrab `marketplace` name, and where the listing ID sits
 * in a listing's address. Used both ways: to read a pasted listing link
 * (parsed locally; the page itself is never fetched) and to decide whether a
 * URL AutoGrab returns may be opened in the browser (listing sites only).
 *
 * AutoGrab documents AU marketplaces by their domain (`carsales.com.au`,
 * `gumtree.com.au`, `drive.com.au`) and the carsales ID form `OAG-AD-216621`.
 * It documents no MY marketplace names: the MY rows follow the same
 * domain-as-name convention, and their address patterns are our reading of
 * the sites' public listing URLs. Both are assumptions (docs/sandbox.md).
 */
import type { Region } from '../domain';

/** One classified site. */
export interface MarketplaceSite {
  /** The `marketplace` value sent to AutoGrab. */
  marketplace: string;
  /** The AutoGrab region whose listings the site carries. */
  region: Extract<Region, 'my' | 'au'>;
  /** Exact host names (lower case) that serve its listings. */
  hosts: readonly string[];
  /** Matches a listing page's path; group 1 is the listing ID. */
  listingPath: RegExp;
}

/** Every site Dealer Desk reads listing links from and opens links to. */
export const MARKETPLACE_SITES: readonly MarketplaceSite[] = [
  { marketplace: 'mudah.my', region: 'my', hosts: ['www.mudah.my', 'mudah.my', 'm.mudah.my'], listingPath: /^\/[^/]*?-(\d{6,12})\.htm$/ },
  { marketplace: 'carlist.my', region: 'my', hosts: ['www.carlist.my', 'carlist.my'], listingPath: /^\/(?:used|recon|new)-cars\/[^/]+\/(\d{5,12})\/?$/ },
  { marketplace: 'carsome.my', region: 'my', hosts: ['www.carsome.my', 'carsome.my'], listingPath: /^\/buy-car\/(?:[^/]+\/){1,3}([a-z0-9]{6,40})\/?$/i },
  { marketplace: 'motortrader.com.my', region: 'my', hosts: ['www.motortrader.com.my', 'motortrader.com.my'], listingPath: /^\/(?:used|recond)-cars?\/(?:[^/]+\/)*[^/]*-(\d{5,12})\/?$/ },
  { marketplace: 'carsales.com.au', region: 'au', hosts: ['www.carsales.com.au', 'carsales.com.au'], listingPath: /^\/cars\/details\/(?:[^/]+\/)?([A-Z]{2,5}-AD-\d{4,12})\/?$/i },
  { marketplace: 'gumtree.com.au', region: 'au', hosts: ['www.gumtree.com.au', 'gumtree.com.au'], listingPath: /^\/s-ad\/(?:[^/]+\/){1,4}(\d{6,12})\/?$/ },
  { marketplace: 'drive.com.au', region: 'au', hosts: ['www.drive.com.au', 'drive.com.au'], listingPath: /^\/cars-for-sale\/car\/(\d{6,12})\/?$/ },
];

/** Longest link accepted; real listing addresses are far shorter. */
const MAX_LINK_LENGTH = 2000;

/** Why a pasted link could not be read. */
export type ListingLinkProblem =
  /** Not a web address at all. */
  | 'not-a-link'
  /** A web address, but with something a listing link never has (another scheme, a user name, a port). */
  | 'unsafe'
  /** A site not in the table (or not for this region). */
  | 'unsupported-site'
  /** A known site, but not a listing page (a search page, the home page). */
  | 'no-listing-id';

/** A parsed listing link. */
export type ListingLink =
  | { ok: true; marketplace: string; marketplaceId: string; region: MarketplaceSite['region'] }
  | { ok: false; problem: ListingLinkProblem };

function parseUrl(raw: string): URL | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.length > MAX_LINK_LENGTH) return null;
  try {
    // People paste "www.mudah.my/…" without the scheme; a scheme-less value is read as https.
    return new URL(/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
}

/** Whether the URL is plain web traffic with nothing hidden in it (no user info, no port). */
function isPlainWebUrl(url: URL): boolean {
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.port === '';
}

function siteFor(host: string): MarketplaceSite | undefined {
  return MARKETPLACE_SITES.find((site) => site.hosts.includes(host));
}

/**
 * Reads a pasted listing link into AutoGrab's `marketplace` + `marketplace_id`.
 * Pure string work: nothing is fetched. With `region`, a site of another
 * region counts as unsupported.
 */
export function parseListingLink(raw: unknown, region?: Region): ListingLink {
  if (typeof raw !== 'string') return { ok: false, problem: 'not-a-link' };
  const url = parseUrl(raw);
  if (!url) return { ok: false, problem: 'not-a-link' };
  if (!isPlainWebUrl(url)) return { ok: false, problem: 'unsafe' };
  const site = siteFor(url.hostname);
  if (!site || (region !== undefined && site.region !== region)) return { ok: false, problem: 'unsupported-site' };
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return { ok: false, problem: 'no-listing-id' };
  }
  const id = site.listingPath.exec(path)?.[1];
  return id ? { ok: true, marketplace: site.marketplace, marketplaceId: id, region: site.region } : { ok: false, problem: 'no-listing-id' };
}

/**
 * Whether a URL (e.g. one AutoGrab lists under `listing_urls`) may be opened:
 * https to a host in {@link MARKETPLACE_SITES}, nothing else.
 */
export function isListingSiteUrl(raw: unknown): raw is string {
  if (typeof raw !== 'string' || raw.length > MAX_LINK_LENGTH) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && isPlainWebUrl(url) && siteFor(url.hostname) !== undefined;
}

/** Every `https://host` origin of the listing sites, for the browser-opening allowlist. */
export const LISTING_SITE_ORIGINS: readonly string[] = MARKETPLACE_SITES.flatMap((site) => site.hosts.map((host) => `https://${host}`));
