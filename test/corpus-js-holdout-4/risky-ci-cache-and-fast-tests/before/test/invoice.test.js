const { prorate } = require('../src/invoice');

describe('prorate', () => {
  test('charges half for a mid-period change', () => {
    expect(prorate(3000, '2024-04-01', '2024-05-01', '2024-04-16')).toBe(1500);
  });

  test('rejects change dates outside the period', () => {
    expect(() => prorate(3000, '2024-04-01', '2024-05-01', '2024-06-01')).toThrow(RangeError);
  });
});
