-- One row per launch event x attribute x candidate (a launch mention stating a value), plus one row per
-- analyst attribute override whose value no mention states; is_chosen marks the value the event takes.
-- Choice rules (docs/resolution.md):
--   missile_count_min  the largest lower bound a main (non-background) report states; background
--                      recalls only when no main report states a count
--   launch_time_local  the earliest time (a salvo's first launch; UTC-read times converted to local)
--   missile_class      a specific class beats "unknown"; then the general rule
--   all others         most distinct stories, then most main-launch (non-background) stories, then the
--                      most authoritative source type, then the latest report, then the smallest value
-- An override in override_event_attributes replaces the rule for its event and attribute.
with

mention_events as (

    select * from {{ ref('int_launch_mention_events') }}

),

launch_mentions as (

    select * from {{ ref('stg_launch_mentions') }}

),

attribute_overrides as (

    select
        launch_event_id,
        attribute,
        arg_max(value, decided_at) as value,
        arg_max('analyst override by ' || coalesce(analyst, 'unknown') || ': ' || coalesce(reason, ''), decided_at)
            as override_description

    from {{ ref('override_event_attributes') }}
    group by launch_event_id, attribute

),

mentions as (

    select
        mention_events.launch_event_id,
        mention_events.effective_local_ts,
        launch_mentions.*

    from mention_events
    inner join launch_mentions on mention_events.mention_id = launch_mentions.mention_id

),

unpivoted as (

    {%- set attributes = [
        ('missile_count_min', "cast(missile_count_min as varchar)"),
        ('missile_class', "missile_class"),
        ('range_class', "range_class"),
        ('missile_name', "missile_name"),
        ('launch_site', "launch_site"),
        ('distance_km', "cast(round(distance_km, 1) as varchar)"),
        ('apogee_km', "cast(round(apogee_km, 1) as varchar)"),
        ('launch_time_local', "strftime(effective_local_ts, '%H:%M')"),
    ] %}
    {%- for attribute, expression in attributes %}
    select
        launch_event_id,
        '{{ attribute }}' as attribute,
        {{ expression }} as value,
        mention_id,
        article_id,
        content_hash,
        story_id,
        source,
        wire_source,
        source_authority,
        published_at_utc,
        is_background,
        coalesce(
            try_cast(json_extract(attribute_evidence, '$.{{ attribute }}[0]') as integer), char_start
        ) as char_start,
        coalesce(
            try_cast(json_extract(attribute_evidence, '$.{{ attribute }}[1]') as integer), char_end
        ) as char_end

    from mentions
    where {{ expression }} is not null
    {% if not loop.last %}union all{% endif %}
    {%- endfor %}

),

value_stats as (

    select
        launch_event_id,
        attribute,
        value,
        count(distinct story_id) as n_stories,
        count(distinct story_id) filter (where not is_background) as n_main_stories,
        max(source_authority) as max_source_authority,
        max(published_at_utc) as latest_reported_at

    from unpivoted
    group by launch_event_id, attribute, value

),

ranked_values as (

    select
        *,
        row_number() over (
            partition by launch_event_id, attribute
            order by
                case when attribute = 'missile_count_min' then n_main_stories >= 1 end desc nulls last,
                case when attribute = 'missile_count_min' then try_cast(value as integer) end desc nulls last,
                case when attribute = 'launch_time_local' then value end asc nulls last,
                case when attribute = 'missile_class' then value <> 'unknown' end desc nulls last,
                n_stories desc,
                n_main_stories desc,
                max_source_authority desc,
                latest_reported_at desc,
                value asc
        ) as value_rank

    from value_stats

),

override_only as (

    -- an override value no mention states still becomes a (chosen) candidate row
    select
        attribute_overrides.launch_event_id,
        attribute_overrides.attribute,
        attribute_overrides.value,
        cast(null as varchar) as mention_id,
        cast(null as varchar) as article_id,
        cast(null as varchar) as content_hash,
        cast(null as varchar) as story_id,
        cast(null as varchar) as source,
        cast(null as varchar) as wire_source,
        cast(null as integer) as source_authority,
        cast(null as timestamp) as published_at_utc,
        cast(null as boolean) as is_background,
        cast(null as integer) as char_start,
        cast(null as integer) as char_end

    from attribute_overrides
    inner join (select distinct launch_event_id from mention_events) as events
        on attribute_overrides.launch_event_id = events.launch_event_id
    left join value_stats
        on attribute_overrides.launch_event_id = value_stats.launch_event_id
        and attribute_overrides.attribute = value_stats.attribute
        and attribute_overrides.value = value_stats.value
    where value_stats.value is null

),

candidates as (

    select * from unpivoted
    union all
    select * from override_only

),

final as (

    select
        candidates.*,
        coalesce(ranked_values.n_stories, 0) as value_n_stories,
        ranked_values.value_rank,
        case
            when attribute_overrides.value is not null then candidates.value = attribute_overrides.value
            else ranked_values.value_rank = 1
        end as is_chosen,
        case when attribute_overrides.value is not null then 'override' else 'rule' end as decided_by,
        case
            when attribute_overrides.value is not null then attribute_overrides.override_description
            when candidates.attribute = 'missile_count_min'
                then 'largest lower bound stated by a main report (background recalls only when none does)'
            when candidates.attribute = 'launch_time_local'
                then 'earliest reported local time'
            when candidates.attribute = 'missile_class'
                then 'specific class over unknown, then most stories, main over background, '
                    || 'source authority, latest report'
            else 'most stories, then main over background, source authority, latest report'
        end as rule_description

    from candidates
    left join ranked_values
        on candidates.launch_event_id = ranked_values.launch_event_id
        and candidates.attribute = ranked_values.attribute
        and candidates.value = ranked_values.value
    left join attribute_overrides
        on candidates.launch_event_id = attribute_overrides.launch_event_id
        and candidates.attribute = attribute_overrides.attribute

)

select * from final
