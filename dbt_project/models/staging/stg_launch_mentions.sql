-- One row per launch mention of an active article version (mentions of superseded versions are dropped).
with

launch_mentions as (

    select * from {{ source('raw', 'launch_mentions') }}

),

articles as (

    select * from {{ ref('stg_articles') }}
    where is_active

),

final as (

    select
        launch_mentions.mention_id,
        launch_mentions.article_id,
        launch_mentions.content_hash,
        articles.story_id,
        articles.source,
        articles.wire_source,
        articles.source_authority,
        articles.published_at,
        articles.published_at_utc,
        articles.published_date,
        upper(trim(launch_mentions.launch_country)) as launch_country,
        launch_mentions.launch_date,
        try_cast(launch_mentions.launch_time_local || ':00' as time) as launch_time_local,
        lower(launch_mentions.launch_daypart) as launch_daypart,
        launch_mentions.missile_count_min,
        launch_mentions.missile_count_text,
        lower(launch_mentions.missile_class) as missile_class,
        upper(launch_mentions.range_class) as range_class,
        launch_mentions.missile_name,
        launch_mentions.launch_site,
        launch_mentions.distance_km,
        launch_mentions.apogee_km,
        coalesce(launch_mentions.is_background, false) as is_background,
        launch_mentions.confidence,
        launch_mentions.evidence,
        launch_mentions.char_start,
        launch_mentions.char_end,
        launch_mentions.attribute_evidence,
        launch_mentions.extractor_version,
        launch_mentions.extracted_at

    from launch_mentions
    inner join articles
        on launch_mentions.article_id = articles.article_id
        and launch_mentions.content_hash = articles.content_hash

)

select * from final
