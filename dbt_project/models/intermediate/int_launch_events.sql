-- One row per launch event after resolution and overrides: its launcher, local date, anchor time and
-- report counts. Attribute values are chosen in fct_launch_events.
with

mention_events as (

    select * from {{ ref('int_launch_mention_events') }}

),

articles as (

    select * from {{ ref('stg_articles') }}

),

story_originals as (

    -- the outlet of a story is the wire_source of its original (the earliest member, story_id = its
    -- article_id); its active version when several exist
    select article_id as story_id, arg_max(wire_source, is_active) as original_wire_source
    from articles
    group by article_id

),

enriched as (

    select
        mention_events.*,
        coalesce(story_originals.original_wire_source, mention_events.wire_source) as story_wire_source,
        -- members that were already this event before any merge override decide its date and launcher
        mention_events.resolved_launch_event_id = mention_events.launch_event_id as is_own_member

    from mention_events
    left join story_originals on mention_events.story_id = story_originals.story_id

),

final as (

    select
        launch_event_id,
        coalesce(
            arg_min(launch_country, event_date) filter (where is_own_member),
            arg_min(launch_country, event_date)
        ) as launch_country,
        coalesce(min(event_date) filter (where is_own_member), min(event_date)) as launch_date,
        min(effective_local_ts) as anchor_local_ts,
        count(*) as n_mentions,
        count(distinct article_id) as n_articles,
        count(distinct story_id) as n_stories,
        count(distinct story_wire_source) as n_sources,
        min(published_at_utc) as first_reported_at,
        bool_and(is_background) as is_background_only,
        bool_or(is_merged_by_override) as has_merge_override,
        bool_or(resolution = 'split_override') as has_split_override

    from enriched
    group by launch_event_id

)

select * from final
