-- One row per dated, non-rejected launch mention: the launch event it belongs to, and why.
-- Rules (docs/resolution.md): timed mentions of one launcher on one local date chain into one event
-- while consecutive times are at most event_gap_hours apart (a salvo; a morning and a night launch are
-- two events); a timed mention dated one day off whose time, read as UTC, lands on another report is
-- moved to the launch site's day (UTC vs local reporting); untimed mentions (background recalls
-- included) join the earliest timed event of their launcher and date, or form that day's event, except
-- that an untimed report dated by a clock west of the launcher moves to the next day's event when only
-- that reading fits; analyst overrides reject, split and merge.
{%- set gap_hours = var('event_gap_hours') %}
{%- set tolerance_minutes = var('utc_shift_tolerance_minutes') %}
with

launch_mentions as (

    select * from {{ ref('stg_launch_mentions') }}

),

countries as (

    select * from {{ ref('countries') }}

),

rejected as (

    select distinct mention_id from {{ ref('override_reject_mentions') }}

),

splits as (

    select mention_id, arg_max(new_event_key, decided_at) as new_event_key
    from {{ ref('override_split_mentions') }}
    group by mention_id

),

merges as (

    select from_launch_event_id, arg_max(into_launch_event_id, decided_at) as into_launch_event_id
    from {{ ref('override_merge_events') }}
    where from_launch_event_id <> into_launch_event_id
    group by from_launch_event_id

),

dated as (

    select
        launch_mentions.*,
        splits.new_event_key,
        countries.timezone,
        launch_mentions.launch_date + launch_mentions.launch_time_local as local_ts

    from launch_mentions
    left join rejected on launch_mentions.mention_id = rejected.mention_id
    left join splits on launch_mentions.mention_id = splits.mention_id
    left join countries on launch_mentions.launch_country = countries.iso3
    where rejected.mention_id is null
        and launch_mentions.launch_date is not null
        and launch_mentions.launch_country is not null

),

timed as (

    select
        *,
        -- the stated date and time read as UTC wall-clock time, converted to the launcher's zone
        case
            when timezone is not null then timezone(timezone, timezone('UTC', local_ts))
        end as utc_reading_local_ts

    from dated
    where local_ts is not null and new_event_key is null

),

shift_votes as (

    -- For each timed mention: how many other stories support the literal reading (a report within the
    -- event gap) and how many support the UTC reading (a report on another day within the tolerance).
    select
        timed.mention_id,
        count(distinct case
            when abs(epoch(other.local_ts) - epoch(timed.local_ts)) <= {{ gap_hours }} * 3600
                then other.story_id
        end) as n_literal_stories,
        count(distinct case
            when timed.utc_reading_local_ts is not null
                and cast(timed.utc_reading_local_ts as date) <> timed.launch_date
                and other.launch_date = cast(timed.utc_reading_local_ts as date)
                and abs(epoch(other.local_ts) - epoch(timed.utc_reading_local_ts))
                <= {{ tolerance_minutes }} * 60
                then other.story_id
        end) as n_utc_stories

    from timed
    inner join timed as other
        on timed.launch_country = other.launch_country
        and timed.mention_id <> other.mention_id
        and other.story_id <> timed.story_id
        and other.launch_date between timed.launch_date - 1 and timed.launch_date + 1
    group by timed.mention_id

),

effective as (

    select
        timed.*,
        coalesce(shift_votes.n_utc_stories > 0
            and shift_votes.n_utc_stories >= shift_votes.n_literal_stories, false) as is_utc_shifted

    from timed
    left join shift_votes on timed.mention_id = shift_votes.mention_id

),

effective_times as (

    select
        *,
        case when is_utc_shifted then utc_reading_local_ts else local_ts end as effective_local_ts

    from effective

),

gaps as (

    select
        *,
        cast(effective_local_ts as date) as event_date,
        case
            when lag(effective_local_ts) over w is null then 1
            when epoch(effective_local_ts) - epoch(lag(effective_local_ts) over w)
                > {{ gap_hours }} * 3600 then 1
            else 0
        end as starts_event

    from effective_times
    window w as (
        partition by launch_country, cast(effective_local_ts as date)
        order by effective_local_ts, mention_id
    )

),

islands as (

    select
        *,
        sum(starts_event) over (
            partition by launch_country, event_date
            order by effective_local_ts, mention_id
            rows between unbounded preceding and current row
        ) as island_number

    from gaps

),

timed_events as (

    select
        launch_country,
        event_date,
        island_number,
        min(effective_local_ts) as anchor_ts,
        row_number() over (
            partition by launch_country, event_date order by min(effective_local_ts)
        ) as rank_in_day

    from islands
    group by launch_country, event_date, island_number

),

timed_events_keyed as (

    select
        *,
        -- the day's first event is keyed by launcher and date alone, so that adding times to an untimed
        -- event keeps its id; later events of the day add their anchor's 6-hour bucket (events are more
        -- than event_gap_hours apart, so no two of one day share a bucket)
        case
            when rank_in_day = 1 then launch_country || '|' || cast(event_date as varchar)
            else launch_country || '|' || cast(event_date as varchar) || '|'
                || lpad(cast(6 * (hour(anchor_ts) // 6) as varchar), 2, '0')
        end as event_key

    from timed_events

),

timed_assigned as (

    select
        islands.mention_id,
        islands.event_date,
        islands.effective_local_ts,
        islands.is_utc_shifted,
        timed_events_keyed.event_key,
        case when islands.is_utc_shifted then 'utc_day_shift' else 'timed_cluster' end as resolution

    from islands
    inner join timed_events_keyed
        on islands.launch_country = timed_events_keyed.launch_country
        and islands.event_date = timed_events_keyed.event_date
        and islands.island_number = timed_events_keyed.island_number

),

untimed as (

    select
        *,
        -- the UTC offset the article's publication time was given in (null for a date alone or no offset)
        case
            when length(published_at) > 10 and regexp_matches(published_at, '(Z|[+-][0-9]{2}:?[0-9]{2})$')
                then (epoch(try_cast(left(published_at, 19) as timestamp)) - epoch(published_at_utc)) / 60
        end as published_offset_minutes

    from dated
    where local_ts is null and new_event_key is null

),

untimed_west_shift as (

    -- An untimed mention dated D by a report published in a zone west of the launcher ("Wednesday
    -- evening Washington time") is the launcher's first event of D+1 when: that event began on D by UTC,
    -- the report came out after it, and no other story reports a launch of this launcher on D.
    select
        untimed.mention_id,
        next_day.event_date,
        next_day.event_key

    from untimed
    inner join timed_events_keyed as next_day
        on untimed.launch_country = next_day.launch_country
        and next_day.event_date = untimed.launch_date + 1
        and next_day.rank_in_day = 1
    where untimed.timezone is not null
        and untimed.published_offset_minutes
        < (epoch(next_day.anchor_ts) - epoch(timezone(untimed.timezone, next_day.anchor_ts))) / 60
        and cast(timezone('UTC', timezone(untimed.timezone, next_day.anchor_ts)) as date) = untimed.launch_date
        and untimed.published_at_utc >= timezone('UTC', timezone(untimed.timezone, next_day.anchor_ts))
        and not exists (
            select 1
            from dated as other
            where other.launch_country = untimed.launch_country
                and other.launch_date = untimed.launch_date
                and other.story_id <> untimed.story_id
        )

),

untimed_daypart as (

    -- An untimed mention that names the part of the day ("Thursday evening") joins the day's timed event
    -- that began in that part of the day: a morning and a night launch on one day keep their own reports.
    select
        untimed.mention_id,
        arg_min(timed_events_keyed.event_key, timed_events_keyed.anchor_ts) as event_key

    from untimed
    inner join timed_events_keyed
        on untimed.launch_country = timed_events_keyed.launch_country
        and untimed.launch_date = timed_events_keyed.event_date
    where untimed.launch_daypart = {{ daypart_of('timed_events_keyed.anchor_ts') }}
    group by untimed.mention_id

),

untimed_assigned as (

    select
        untimed.mention_id,
        coalesce(untimed_west_shift.event_date, untimed.launch_date) as event_date,
        cast(null as timestamp) as effective_local_ts,
        false as is_utc_shifted,
        coalesce(
            untimed_west_shift.event_key,
            untimed_daypart.event_key,
            untimed.launch_country || '|' || cast(untimed.launch_date as varchar)
        ) as event_key,
        case
            when untimed_west_shift.mention_id is not null then 'untimed_west_day_shift'
            when untimed_daypart.mention_id is not null then 'untimed_joins_daypart'
            when timed_events_keyed.event_key is not null then 'untimed_joins_day'
            else 'untimed_day'
        end as resolution

    from untimed
    left join untimed_west_shift on untimed.mention_id = untimed_west_shift.mention_id
    left join untimed_daypart on untimed.mention_id = untimed_daypart.mention_id
    left join timed_events_keyed
        on untimed.launch_country = timed_events_keyed.launch_country
        and untimed.launch_date = timed_events_keyed.event_date
        and timed_events_keyed.rank_in_day = 1

),

split_assigned as (

    select
        mention_id,
        launch_date as event_date,
        local_ts as effective_local_ts,
        false as is_utc_shifted,
        'split|' || new_event_key as event_key,
        'split_override' as resolution

    from dated
    where new_event_key is not null

),

assigned as (

    select * from timed_assigned
    union all
    select * from untimed_assigned
    union all
    select * from split_assigned

),

with_ids as (

    select
        *,
        {{ launch_event_id('event_key') }} as resolved_launch_event_id

    from assigned

),

merge_chain as (

    {#- follow chains a -> b -> c to their end (at most 10 steps) -#}
    with recursive chain (from_launch_event_id, into_launch_event_id, depth) as (
        select from_launch_event_id, into_launch_event_id, 1 from merges
        union all
        select chain.from_launch_event_id, merges.into_launch_event_id, chain.depth + 1
        from chain
        inner join merges on chain.into_launch_event_id = merges.from_launch_event_id
        where chain.depth < 10
    )
    select from_launch_event_id, arg_max(into_launch_event_id, depth) as into_launch_event_id
    from chain
    group by from_launch_event_id

),

final as (

    select
        dated.mention_id,
        dated.article_id,
        dated.content_hash,
        dated.story_id,
        dated.wire_source,
        dated.published_at_utc,
        dated.launch_country,
        dated.launch_date as stated_launch_date,
        dated.launch_time_local as stated_launch_time_local,
        dated.is_background,
        with_ids.event_date,
        with_ids.effective_local_ts,
        with_ids.is_utc_shifted,
        with_ids.event_key,
        with_ids.resolved_launch_event_id,
        coalesce(merge_chain.into_launch_event_id, with_ids.resolved_launch_event_id) as launch_event_id,
        with_ids.resolution,
        merge_chain.into_launch_event_id is not null as is_merged_by_override

    from with_ids
    inner join dated on with_ids.mention_id = dated.mention_id
    left join merge_chain on with_ids.resolved_launch_event_id = merge_chain.from_launch_event_id

)

select * from final
