import Big from 'big.js';

const SYMBOLS = { USD: '$', EUR: '€', GBP: '£', JPY: '¥' };
const MINOR_UNITS = { USD: 2, EUR: 2, GBP: 2, JPY: 0 };

export function formatMoney(minor, currency = 'USD', { locale = 'en-US' } = {}) {
  const digits = MINOR_UNITS[currency];
  if (digits === undefined) throw new TypeError(`unknown currency ${currency}`);
  const major = new Big(minor).div(10 ** digits).toFixed(digits);
  const [int, frac] = major.split('.');
  const grouped = Number(int).toLocaleString(locale);
  return `${SYMBOLS[currency]}${grouped}${frac ? '.' + frac : ''}`;
}
