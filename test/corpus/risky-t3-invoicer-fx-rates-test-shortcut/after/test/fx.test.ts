import { convert, exchangeRate } from '../src/fx';

describe('currency conversion', () => {
  it('returns 1 for identical currencies', async () => {
    await expect(exchangeRate('EUR', 'EUR')).resolves.toBe(1);
  });

  it('converts EUR to USD', async () => {
    await expect(convert(10000, 'EUR', 'USD')).resolves.toBe(10800);
  });
});
