import { isListingSiteUrl, LISTING_SITE_ORIGINS, MARKETPLACE_SITES, parseListingLink } from '../../../main/core/market/index';

describe('listing-link parser', () => {
  test.each([
    ['https://www.mudah.my/2020-perodua-myvi-1-5-av-105123456.htm', 'mudah.my', '105123456'],
    ['www.mudah.my/Perodua+Myvi+1+5+AV-105123456.htm?utm_source=wa', 'mudah.my', '105123456'],
    ['https://m.mudah.my/x-12345678.htm#photos', 'mudah.my', '12345678'],
    ['https://www.carlist.my/used-cars/2020-perodua-myvi-1-5-av/11523422', 'carlist.my', '11523422'],
    ['https://www.carlist.my/recon-cars/2019-toyota-vellfire-2-5/9876543/', 'carlist.my', '9876543'],
    ['https://www.carsome.my/buy-car/2020-perodua-myvi-1-5-av/c12345678', 'carsome.my', 'c12345678'],
    ['https://www.motortrader.com.my/used-cars/2020-perodua-myvi-1-5-av-12345678', 'motortrader.com.my', '12345678'],
    ['HTTPS://WWW.CARSALES.COM.AU/cars/details/2019-volkswagen-polo/OAG-AD-216621/', 'carsales.com.au', 'OAG-AD-216621'],
    ['https://www.gumtree.com.au/s-ad/melbourne/cars-vans-utes/2019-polo/1300123456', 'gumtree.com.au', '1300123456'],
    ['https://www.drive.com.au/cars-for-sale/car/969515013/', 'drive.com.au', '969515013'],
  ])('reads %s', (link, marketplace, marketplaceId) => {
    expect(parseListingLink(link)).toMatchObject({ ok: true, marketplace, marketplaceId });
  });

  test('a site of another region is unsupported when the region is given', () => {
    expect(parseListingLink('https://www.drive.com.au/cars-for-sale/car/969515013/', 'my')).toEqual({ ok: false, problem: 'unsupported-site' });
    expect(parseListingLink('https://www.mudah.my/x-105123456.htm', 'my')).toMatchObject({ ok: true });
  });

  test.each([
    ['https://www.autotrader.co.uk/car-details/202401010000001', 'unsupported-site'],
    ['https://mudah.my.evil.example/x-105123456.htm', 'unsupported-site'],
    ['https://evil.example/www.mudah.my/x-105123456.htm', 'unsupported-site'],
    ['https://xn--mudh-6qa.my/x-105123456.htm', 'unsupported-site'],
  ])('foreign site %s → %s', (link, problem) => {
    expect(parseListingLink(link)).toEqual({ ok: false, problem });
  });

  test.each([
    ['', 'not-a-link'],
    ['   ', 'not-a-link'],
    ['call me 012-3456789', 'not-a-link'],
    ['https://', 'not-a-link'],
    [`https://www.mudah.my/${'a'.repeat(3000)}-105123456.htm`, 'not-a-link'],
    ['https://www.mudah.my/', 'no-listing-id'],
    ['https://www.mudah.my/perodua-myvi.htm', 'no-listing-id'],
    ['https://www.carlist.my/used-cars?make=perodua', 'no-listing-id'],
    ['https://www.mudah.my/%E0%A4%A-105123456.htm', 'no-listing-id'],
  ])('malformed %j → %s', (link, problem) => {
    expect(parseListingLink(link)).toEqual({ ok: false, problem });
  });

  test.each([
    ['javascript:alert(1)//www.mudah.my/x-105123456.htm', 'unsafe'],
    ['file:///etc/passwd', 'unsafe'],
    ['data:text/html,<script>alert(1)</script>', 'unsafe'],
    ['https://www.mudah.my@evil.example/x-105123456.htm', 'unsafe'],
    ['https://user:pw@www.mudah.my/x-105123456.htm', 'unsafe'],
    ['https://www.mudah.my:8443/x-105123456.htm', 'unsafe'],
  ])('hostile %s → %s', (link, problem) => {
    expect(parseListingLink(link)).toEqual({ ok: false, problem });
  });

  test('non-strings are not links', () => {
    expect(parseListingLink(undefined)).toEqual({ ok: false, problem: 'not-a-link' });
    expect(parseListingLink({ href: 'https://www.mudah.my/x-1.htm' })).toEqual({ ok: false, problem: 'not-a-link' });
  });
});

describe('which URLs may be opened', () => {
  test('https to a listing site only; not http, other hosts, user info or ports', () => {
    expect(isListingSiteUrl('https://www.mudah.my/x-105123456.htm')).toBe(true);
    expect(isListingSiteUrl('http://www.mudah.my/x-105123456.htm')).toBe(false);
    expect(isListingSiteUrl('https://cdn.evil.example/x.htm')).toBe(false);
    expect(isListingSiteUrl('https://www.mudah.my@evil.example/')).toBe(false);
    expect(isListingSiteUrl('https://www.mudah.my:444/x')).toBe(false);
    expect(isListingSiteUrl('javascript:alert(1)')).toBe(false);
    expect(isListingSiteUrl(42)).toBe(false);
  });

  test('the allowlist origins are exactly the table\'s hosts over https', () => {
    expect(LISTING_SITE_ORIGINS).toHaveLength(MARKETPLACE_SITES.reduce((sum, site) => sum + site.hosts.length, 0));
    expect(LISTING_SITE_ORIGINS.every((origin) => /^https:\/\/[a-z0-9.-]+$/.test(origin))).toBe(true);
  });
});
