import { formatReference, isReference, nextReference } from '../../../../main/core/appraisal/reference';

describe('appraisal reference', () => {
  test('is DD-year-six digits', () => {
    expect(formatReference(2026, 123)).toBe('DD-2026-000123');
    expect(isReference('DD-2026-000123')).toBe(true);
    expect(isReference('dd-2026-123')).toBe(false);
  });

  test('counts up within a year and starts again at 1 in a new one', () => {
    const first = nextReference(null, new Date(2026, 11, 31, 23, 0));
    expect(first.reference).toBe('DD-2026-000001');
    const second = nextReference(first.counter, new Date(2026, 11, 31, 23, 30));
    expect(second.reference).toBe('DD-2026-000002');
    expect(nextReference(second.counter, new Date(2027, 0, 1, 0, 5)).reference).toBe('DD-2027-000001');
  });
});
