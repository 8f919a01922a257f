const dayjs = require('dayjs');

function prorate(amountCents, periodStart, periodEnd, changeDate) {
  const start = dayjs(periodStart);
  const end = dayjs(periodEnd);
  const change = dayjs(changeDate);
  if (change.isBefore(start) || change.isAfter(end)) {
    throw new RangeError('change date outside billing period');
  }
  const total = end.diff(start, 'day');
  const remaining = end.diff(change, 'day');
  return Math.round((amountCents * remaining) / total);
}

module.exports = { prorate };
