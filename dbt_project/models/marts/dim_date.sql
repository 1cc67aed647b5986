-- One row per calendar day, from 1 January of the earliest year to 31 December of the latest year among
-- launch events and active articles' publication dates (the current year when there is no data).
with

events as (

    select launch_date from {{ ref('int_launch_events') }}

),

articles as (

    select published_date from {{ ref('stg_articles') }}
    where is_active

),

bounds as (

    select
        cast(date_trunc('year', coalesce(
            least((select min(launch_date) from events), (select min(published_date) from articles)),
            current_date
        )) as date) as start_date,
        cast(date_trunc('year', coalesce(
            greatest((select max(launch_date) from events), (select max(published_date) from articles)),
            current_date
        )) + interval 1 year - interval 1 day as date) as end_date

),

days as (

    select spine.date_day
    from bounds,
        lateral ({{ date_spine_days('bounds.start_date', 'bounds.end_date') }}) as spine

),

final as (

    select
        date_day,
        year(date_day) as year,
        quarter(date_day) as quarter,
        month(date_day) as month_of_year,
        cast(date_trunc('month', date_day) as date) as month,
        isodow(date_day) as iso_day_of_week,
        dayname(date_day) as day_name,
        weekofyear(date_day) as iso_week

    from days

)

select * from final
