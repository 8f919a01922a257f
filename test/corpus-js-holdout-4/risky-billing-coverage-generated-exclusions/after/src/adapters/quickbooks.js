const { prorate } = require('../invoice');

function toQuickbooksLine(plan, periodStart, periodEnd, changeDate) {
  return {
    Description: `Prorated ${plan.name}`,
    Amount: prorate(plan.amountCents, periodStart, periodEnd, changeDate) / 100,
    DetailType: 'SalesItemLineDetail',
  };
}

module.exports = { toQuickbooksLine };
