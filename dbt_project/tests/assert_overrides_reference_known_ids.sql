-- Analyst overrides that point at nothing (a mention or event id no longer produced, e.g. after the
-- extractor changed): reported as a warning, the run still publishes.
{{ config(severity='warn', meta={'dagster': {'ref': {'name': 'fct_launch_events'}}}) }}

with

launch_mentions as (

    select mention_id from {{ ref('stg_launch_mentions') }}
    union all
    select mention_id from {{ ref('stg_reaction_mentions') }}

),

event_ids as (

    select distinct resolved_launch_event_id as launch_event_id
    from {{ ref('int_launch_mention_events') }}
    union
    select launch_event_id from {{ ref('int_launch_events') }}

),

unknown_rejects as (

    select 'override_reject_mentions' as seed, mention_id as unknown_id
    from {{ ref('override_reject_mentions') }}
    where mention_id not in (select mention_id from launch_mentions)

),

unknown_splits as (

    select 'override_split_mentions' as seed, mention_id as unknown_id
    from {{ ref('override_split_mentions') }}
    where mention_id not in (select mention_id from launch_mentions)

),

unknown_merges as (

    select 'override_merge_events' as seed, id as unknown_id
    from {{ ref('override_merge_events') }},
        unnest([from_launch_event_id, into_launch_event_id]) as ids(id)
    where id not in (select launch_event_id from event_ids)

),

unknown_attributes as (

    select 'override_event_attributes' as seed, launch_event_id as unknown_id
    from {{ ref('override_event_attributes') }}
    where launch_event_id not in (select launch_event_id from event_ids)

)

select * from unknown_rejects
union all
select * from unknown_splits
union all
select * from unknown_merges
union all
select * from unknown_attributes
