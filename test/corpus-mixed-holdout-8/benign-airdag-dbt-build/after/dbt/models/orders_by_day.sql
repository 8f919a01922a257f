select
    load_date,
    currency,
    count(*) as orders,
    sum(amount) as revenue
from {{ source('analytics', 'orders_daily') }}
group by 1, 2
