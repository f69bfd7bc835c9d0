// @vitest-environment happy-dom
/**
 * The two appraisal documents: the customer offer carries the dealership, the
 * customer, the vehicle, the offer in figures and words and "valid until", and
 * never a margin, a cost, the breakdown or AutoGrab's confidence; the internal
 * sheet carries all of them.
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { act, cleanup, render } from '@testing-library/react';
import type { Appraisal, DealershipProfile } from '../../../main/core/appraisal/types';
import { CustomerOfferDocument, customerOfferFacts } from '../../../renderer/src/features/appraisal/CustomerOfferDocument';
import { InternalSheetDocument } from '../../../renderer/src/features/appraisal/InternalSheetDocument';
import { documentFileName } from '../../../renderer/src/stores/appraisal';
import { applyLanguage } from '../../../renderer/src/i18n';
import { appraisalInput, CUSTOMER, marketEvidence, VALUATION } from '../../fixtures/appraisals';

const PROFILE: DealershipProfile = {
  name: 'Kereta Jaya Sdn Bhd',
  ssm: '202301012345 (1234567-X)',
  address: 'No. 12, Jalan Klang Lama, 58000 Kuala Lumpur',
  phone: '03-7981 2345',
  salesperson: 'Ahmad',
  offerValidityDays: 7,
};

const APPRAISAL: Appraisal = {
  ...appraisalInput(),
  id: 'a1',
  reference: 'DD-2026-000123',
  createdAt: '2026-12-01T02:30:00.000Z',
  updatedAt: '2026-12-01T02:30:00.000Z',
  validUntil: '2026-12-08',
  mode: 'demo',
  valuation: VALUATION,
  market: marketEvidence(),
  customerUnavailable: false,
};

/** Text with no-break spaces made plain. */
const textOf = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ');

beforeEach(() => applyLanguage('en'));
afterEach(cleanup);

describe('customer offer', () => {
  test('dealership, customer, vehicle, offer in figures and words, valid until, salesperson, reference, two signature lines', () => {
    const { container } = render(<CustomerOfferDocument facts={customerOfferFacts(APPRAISAL)} profile={PROFILE} logo={null} demo />);
    const text = textOf(container);
    for (const expected of ['Kereta Jaya Sdn Bhd', 'SSM: 202301012345 (1234567-X)', 'Jalan Klang Lama', '03-7981 2345', CUSTOMER.name, 'WXY 1234', '2019 Perodua Myvi 1.5 AV', '48,000 km', '4 · Good', 'RM 36,000', 'Ringgit Malaysia Thirty-Six Thousand Only', 'Valid until: 08/12/2026', 'Reference: DD-2026-000123', 'Salesperson: Ahmad', 'DEMO DATA']) {
      expect(text).toContain(expected);
    }
    expect(container.querySelectorAll('.signature-line')).toHaveLength(2);
  });

  test('never margin, costs, the breakdown, recon, retail or trade figures, or confidence', () => {
    const { container } = render(<CustomerOfferDocument facts={customerOfferFacts(APPRAISAL)} profile={PROFILE} logo={null} demo={false} />);
    const text = textOf(container);
    for (const forbidden of ['Margin', 'Reconditioning', 'Lot', 'Transport', 'Admin', 'Tyres', 'Aircond', 'Confidence', 'Retail', 'Trade', 'maximum', '45,880', '38,400', '5,506', '38,224', 'Small dent', 'DEMO']) {
      expect(text).not.toContain(forbidden);
    }
    // The facts the page is built from hold no valuation at all.
    expect(JSON.stringify(customerOfferFacts(APPRAISAL))).not.toMatch(/retail|trade|margin|maxOffer|"score"|prediction|recon|notes|market/i);
  });

  test('in Bahasa Malaysia, with the amount in words', async () => {
    await act(() => applyLanguage('ms'));
    const { container } = render(<CustomerOfferDocument facts={customerOfferFacts(APPRAISAL)} profile={PROFILE} logo={null} demo={false} />);
    const text = textOf(container);
    expect(text).toContain('Sah sehingga: 08/12/2026');
    expect(text).toContain('Ringgit Malaysia Tiga Puluh Enam Ribu Sahaja');
    expect(text).toContain('Nombor plat');
  });
});

describe('internal appraisal sheet', () => {
  test('valuation with ranges and confidence, recon items, the worked offer beside AutoGrab’s, the market summary, notes and status', () => {
    const { container } = render(<InternalSheetDocument appraisal={APPRAISAL} profile={PROFILE} logo={null} demo />);
    const text = textOf(container);
    for (const expected of ['Internal appraisal sheet', 'RM 45,880', 'RM 38,400', 'Retail range', 'Confidence', 'Tyres', 'Aircond gas', 'weak at idle', 'Margin', 'Lot', 'Transport', 'Admin', 'AutoGrab’s max offer: RM 38,224', 'Market summary', 'Market as fetched', '3 comparable listings over the last 60 days', 'median RM 41,000', 'Delisted listings (2)', 'Small dent rear bumper', 'Status: Open', CUSTOMER.name, 'DEMO DATA', 'Approved by (manager)']) {
      expect(text).toContain(expected);
    }
    // 45,880 − 800 − 180 − 5,506 − 300 − 200 − 150 = 38,744
    expect(textOf(container.querySelector('[data-testid="worked-offer-total"]')!)).toBe('RM 38,744');
    // The RM 520 gap is explained: AutoGrab took off its own estimate, this offer the items listed.
    expect(textOf(container.querySelector('[data-testid="autograb-comparison"]')!)).toContain(
      'This offer is RM 520 above it. AutoGrab’s figure takes off its own reconditioning estimate (RM 1,500); this offer takes off the items listed above instead.',
    );
  });

  test('no market section when the valuation had no market evidence', () => {
    const withoutMarket = { ...APPRAISAL };
    delete withoutMarket.market;
    const { queryByTestId } = render(<InternalSheetDocument appraisal={withoutMarket} profile={PROFILE} logo={null} demo={false} />);
    expect(queryByTestId('market-summary')).toBeNull();
  });

  test('an offer above the trade-in value is flagged', () => {
    const { getByTestId } = render(<InternalSheetDocument appraisal={{ ...APPRAISAL, offer: 39_000 }} profile={PROFILE} logo={null} demo={false} />);
    expect(textOf(getByTestId('above-trade'))).toContain('above the trade-in value (RM 38,400)');
  });
});

test('the PDF file name carries the plate and the reference', () => {
  expect(documentFileName('customer-offer', APPRAISAL)).toBe('customer-offer-WXY1234-DD-2026-000123');
  expect(documentFileName('appraisal-internal', { ...APPRAISAL, vehicle: { ...APPRAISAL.vehicle, plate: null, vin: 'PM2M800S002190342' } })).toBe('appraisal-internal-PM2M800S002190342-DD-2026-000123');
});
