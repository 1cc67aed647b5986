-- One row per reaction mention of an active article version (mentions of superseded versions are dropped).
with

reaction_mentions as (

    select * from {{ source('raw', 'reaction_mentions') }}

),

articles as (

    select * from {{ ref('stg_articles') }}
    where is_active

),

final as (

    select
        reaction_mentions.mention_id,
        reaction_mentions.article_id,
        reaction_mentions.content_hash,
        articles.story_id,
        articles.source,
        articles.wire_source,
        articles.published_at,
        articles.published_date,
        upper(trim(reaction_mentions.reactor_country)) as reactor_country,
        reaction_mentions.reactor_org,
        reaction_mentions.reactor_actor,
        reaction_mentions.reactor_role,
        lower(reaction_mentions.reaction_type) as reaction_type,
        upper(trim(reaction_mentions.target_country)) as target_country,
        reaction_mentions.launch_date,
        reaction_mentions.confidence,
        reaction_mentions.evidence,
        reaction_mentions.char_start,
        reaction_mentions.char_end,
        reaction_mentions.extractor_version,
        reaction_mentions.extracted_at

    from reaction_mentions
    inner join articles
        on reaction_mentions.article_id = articles.article_id
        and reaction_mentions.content_hash = articles.content_hash

)

select * from final
