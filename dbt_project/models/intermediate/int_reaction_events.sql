-- One row per non-rejected reaction mention of an active article version, with the launch event it
-- answers (null when none): a reaction with a launch_date answers that day's event of its target (the one
-- its own article reports, else the day's earliest); a reaction without one answers the main
-- (non-background) launch its article reports first, when the article reports one.
with

reactions as (

    select * from {{ ref('stg_reaction_mentions') }}

),

rejected as (

    select distinct mention_id from {{ ref('override_reject_mentions') }}

),

mention_events as (

    select * from {{ ref('int_launch_mention_events') }}

),

launch_mentions as (

    select mention_id, char_start from {{ ref('stg_launch_mentions') }}

),

events as (

    select * from {{ ref('int_launch_events') }}

),

kept as (

    select reactions.*
    from reactions
    left join rejected on reactions.mention_id = rejected.mention_id
    where rejected.mention_id is null

),

article_events as (

    select distinct mention_events.article_id, mention_events.launch_event_id
    from mention_events

),

by_stated_date as (

    select
        kept.mention_id,
        events.launch_event_id,
        row_number() over (
            partition by kept.mention_id
            order by (article_events.article_id is not null) desc, events.anchor_local_ts nulls last,
                events.launch_event_id
        ) as preference

    from kept
    inner join events
        on kept.launch_date = events.launch_date
        and (kept.target_country is null or kept.target_country = events.launch_country)
    left join article_events
        on kept.article_id = article_events.article_id
        and events.launch_event_id = article_events.launch_event_id

),

by_article as (

    select
        kept.mention_id,
        mention_events.launch_event_id,
        row_number() over (
            partition by kept.mention_id
            order by launch_mentions.char_start nulls last, mention_events.mention_id
        ) as preference

    from kept
    inner join mention_events
        on kept.article_id = mention_events.article_id
        and not mention_events.is_background
        and (kept.target_country is null or kept.target_country = mention_events.launch_country)
    inner join launch_mentions on mention_events.mention_id = launch_mentions.mention_id
    where kept.launch_date is null

),

final as (

    select
        kept.*,
        coalesce(by_stated_date.launch_event_id, by_article.launch_event_id) as launch_event_id,
        case
            when by_stated_date.launch_event_id is not null then 'stated_launch_date'
            when by_article.launch_event_id is not null then 'article_main_launch'
        end as event_link_method

    from kept
    left join by_stated_date
        on kept.mention_id = by_stated_date.mention_id and by_stated_date.preference = 1
    left join by_article
        on kept.mention_id = by_article.mention_id and by_article.preference = 1

)

select * from final
