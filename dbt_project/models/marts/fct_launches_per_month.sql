-- One row per launcher x month, from the launcher's first launch month to the last month of the data
-- (the latest month among launch events and active articles' publication dates), zero where none.
with

events as (

    select * from {{ ref('fct_launch_events') }}

),

articles as (

    select * from {{ ref('stg_articles') }}
    where is_active

),

data_end as (

    select
        cast(date_trunc('month', greatest(
            (select max(launch_date) from events),
            (select max(published_date) from articles)
        )) as date) as end_month

),

launcher_bounds as (

    select
        events.launch_country,
        cast(date_trunc('month', min(events.launch_date)) as date) as start_month,
        greatest(
            any_value(data_end.end_month),
            cast(date_trunc('month', max(events.launch_date)) as date)
        ) as end_month

    from events
    cross join data_end
    group by events.launch_country

),

spine as (

    {{ month_spine('select * from launcher_bounds', ['launch_country']) }}

),

monthly as (

    select
        launch_country,
        cast(date_trunc('month', launch_date) as date) as month,
        count(*) as n_launch_events,
        cast(sum(missile_count_min) as bigint) as n_missiles_min

    from events
    group by 1, 2

),

final as (

    select
        spine.launch_country,
        spine.month,
        coalesce(monthly.n_launch_events, 0) as n_launch_events,
        coalesce(monthly.n_missiles_min, 0) as n_missiles_min

    from spine
    left join monthly
        on spine.launch_country = monthly.launch_country
        and spine.month = monthly.month

)

select * from final
