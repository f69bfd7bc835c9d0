import { csvCell, toCsv } from '../../../../main/core/appraisal/csv';

describe('CSV for a spreadsheet or DMS', () => {
  test('starts with a header row and a byte-order mark, rows end in CRLF', () => {
    const csv = toCsv(['reference', 'offer_rm'], [['DD-2026-000001', 36_254]]);
    expect(csv).toBe('\uFEFFreference,offer_rm\r\nDD-2026-000001,36254\r\n');
  });

  test('quotes are doubled and cells with commas or line breaks are quoted', () => {
    expect(csvCell('1.5 "AV"')).toBe('"1.5 ""AV"""');
    expect(csvCell('Jalan 1, Shah Alam')).toBe('"Jalan 1, Shah Alam"');
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"');
  });

  test.each(['=HYPERLINK("http://evil","x")', '+60123456789', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'a cell a spreadsheet would run as a formula is neutralised: %j',
    (value) => {
      const cell = csvCell(value);
      expect(cell.startsWith(`"'`)).toBe(true);
      // Parsed back by a spreadsheet, the text starts with an apostrophe, never with the formula character.
      const unquoted = cell.slice(1, -1).replace(/""/g, '"');
      expect(unquoted).toBe(`'${value}`);
    },
  );

  test('numbers stay numbers, even negative ones; empty and non-finite values are blank', () => {
    expect(csvCell(-490)).toBe('-490');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.POSITIVE_INFINITY)).toBe('');
  });
});
