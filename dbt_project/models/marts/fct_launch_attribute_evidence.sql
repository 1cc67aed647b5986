-- One row per launch event x attribute x candidate value statement: every value any report gave for the
-- event, the sentence it came from (cut from the article text by the attribute_evidence offsets), and
-- whether the event took it.
with

candidates as (

    select * from {{ ref('int_launch_attribute_candidates') }}

),

articles as (

    select article_id, content_hash, text from {{ ref('stg_articles') }}

),

final as (

    select
        candidates.launch_event_id,
        candidates.attribute,
        candidates.value,
        candidates.mention_id,
        candidates.article_id,
        candidates.source,
        candidates.wire_source,
        candidates.story_id,
        -- offsets are 0-based, end-exclusive (Python slicing); substring is 1-based
        case
            when candidates.char_start is not null and candidates.char_end > candidates.char_start
                then substring(articles.text, candidates.char_start + 1, candidates.char_end - candidates.char_start)
        end as evidence,
        candidates.char_start,
        candidates.char_end,
        candidates.is_background,
        candidates.value_n_stories,
        candidates.value_rank,
        candidates.is_chosen,
        candidates.decided_by,
        candidates.rule_description

    from candidates
    left join articles
        on candidates.article_id = articles.article_id
        and candidates.content_hash = articles.content_hash

)

select * from final
