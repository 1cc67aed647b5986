{{ config(meta={'dagster': {'ref': {'name': 'fct_launches_per_month'}}}) }}
-- fct_launches_per_month counts every dated launch event exactly once (and its missiles): per launcher,
-- the monthly counts sum to the events of fct_launch_events.
with

monthly as (

    select launch_country, sum(n_launch_events) as n_events, sum(n_missiles_min) as n_missiles
    from {{ ref('fct_launches_per_month') }}
    group by launch_country

),

events as (

    select launch_country, count(*) as n_events, sum(missile_count_min) as n_missiles
    from {{ ref('fct_launch_events') }}
    where launch_date is not null
    group by launch_country

)

select
    coalesce(monthly.launch_country, events.launch_country) as launch_country,
    monthly.n_events as monthly_events,
    events.n_events as dated_events,
    monthly.n_missiles as monthly_missiles,
    events.n_missiles as dated_missiles
from monthly
full outer join events on monthly.launch_country = events.launch_country
where monthly.n_events is distinct from events.n_events
    or monthly.n_missiles is distinct from events.n_missiles
