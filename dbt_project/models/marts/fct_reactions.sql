-- One row per reaction statement (non-rejected reaction mention of an active article version),
-- organisations included, with the launch event it answers.
with

reactions as (

    select * from {{ ref('int_reaction_events') }}

),

events as (

    select launch_event_id, launch_date from {{ ref('int_launch_events') }}

),

final as (

    select
        reactions.mention_id,
        reactions.reactor_country,
        reactions.reactor_org,
        reactions.reactor_actor,
        reactions.reactor_role,
        reactions.reaction_type,
        reactions.target_country,
        reactions.launch_date as stated_launch_date,
        reactions.launch_event_id,
        reactions.event_link_method,
        -- the month of the event answered, else the article's publication month
        cast(date_trunc('month', coalesce(events.launch_date, reactions.published_date)) as date) as month,
        reactions.evidence,
        reactions.char_start,
        reactions.char_end,
        reactions.confidence,
        reactions.article_id,
        reactions.content_hash,
        reactions.story_id,
        reactions.source,
        reactions.wire_source,
        reactions.published_at,
        reactions.extractor_version

    from reactions
    left join events on reactions.launch_event_id = events.launch_event_id

)

select * from final
