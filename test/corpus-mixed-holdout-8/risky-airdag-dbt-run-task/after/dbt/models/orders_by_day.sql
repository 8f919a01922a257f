select
    load_date,
    currency,
    count(*) as orders,
    sum(amount) as revenue
from analytics.orders_daily
group by 1, 2
