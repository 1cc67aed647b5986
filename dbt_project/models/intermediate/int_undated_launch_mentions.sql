-- One row per non-rejected launch mention that cannot be placed on a launcher's local day (no
-- launch_date, or no launch_country). Kept for review; never counted in any mart.
with

launch_mentions as (

    select * from {{ ref('stg_launch_mentions') }}

),

rejected as (

    select distinct mention_id from {{ ref('override_reject_mentions') }}

),

final as (

    select
        launch_mentions.mention_id,
        launch_mentions.article_id,
        launch_mentions.content_hash,
        launch_mentions.story_id,
        launch_mentions.source,
        launch_mentions.published_at,
        launch_mentions.launch_country,
        launch_mentions.launch_time_local,
        launch_mentions.missile_count_min,
        launch_mentions.missile_class,
        launch_mentions.missile_name,
        launch_mentions.launch_site,
        launch_mentions.is_background,
        launch_mentions.evidence,
        launch_mentions.char_start,
        launch_mentions.char_end,
        case
            when launch_mentions.launch_date is null then 'no_launch_date'
            else 'no_launch_country'
        end as reason

    from launch_mentions
    left join rejected on launch_mentions.mention_id = rejected.mention_id
    where rejected.mention_id is null
        and (launch_mentions.launch_date is null or launch_mentions.launch_country is null)

)

select * from final
