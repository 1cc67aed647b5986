-- One row per distinct launch event (many articles, one row), attributes chosen by the rules of
-- int_launch_attribute_candidates.
with

events as (

    select * from {{ ref('int_launch_events') }}

),

candidates as (

    select * from {{ ref('int_launch_attribute_candidates') }}
    where is_chosen

),

chosen as (

    select
        launch_event_id,
        any_value(value) filter (where attribute = 'missile_count_min') as missile_count_min,
        any_value(value) filter (where attribute = 'missile_class') as missile_class,
        any_value(value) filter (where attribute = 'range_class') as range_class,
        any_value(value) filter (where attribute = 'missile_name') as missile_name,
        any_value(value) filter (where attribute = 'launch_site') as launch_site,
        any_value(value) filter (where attribute = 'distance_km') as distance_km,
        any_value(value) filter (where attribute = 'apogee_km') as apogee_km,
        any_value(value) filter (where attribute = 'launch_time_local') as launch_time_local

    from candidates
    group by launch_event_id

),

final as (

    select
        events.launch_event_id,
        events.launch_country,
        events.launch_date,
        -- every launch is at least one missile, also when no report states a count
        coalesce(try_cast(chosen.missile_count_min as integer), 1) as missile_count_min,
        coalesce(chosen.missile_class, 'unknown') as missile_class,
        chosen.range_class,
        chosen.missile_name,
        chosen.launch_site,
        try_cast(chosen.distance_km as double) as distance_km,
        try_cast(chosen.apogee_km as double) as apogee_km,
        events.n_articles,
        events.n_sources,
        events.first_reported_at,
        events.n_stories,
        chosen.launch_time_local,
        events.n_mentions,
        events.is_background_only

    from events
    left join chosen on events.launch_event_id = chosen.launch_event_id

)

select * from final
