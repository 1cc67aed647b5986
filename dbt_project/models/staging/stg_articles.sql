-- One row per article version in raw.articles, with the active version flagged, the syndication story it
-- belongs to, and the original outlet (wire_source) parsed from the source credit or the dateline.
with

articles as (

    select * from {{ source('raw', 'articles') }}

),

story_links as (

    select * from {{ source('raw', 'article_story_links') }}

),

source_types as (

    select * from {{ ref('source_types') }}

),

versioned as (

    select
        articles.*,
        -- The active version of an id is the one ingested last; ties by published_at, then content_hash
        -- (both descending), so the choice is deterministic.
        row_number() over (
            partition by articles.article_id
            order by articles.ingested_at desc, articles.published_at desc, articles.content_hash desc
        ) = 1 as is_active,
        count(*) over (partition by articles.article_id) as n_versions

    from articles

),

credited as (

    select
        versioned.*,
        -- "Hindustan Times (Reuters)" -> Reuters; "(AP)" -> AP
        nullif(trim(regexp_extract(versioned.source, '\(([^()]+)\)\s*$', 1)), '') as source_credit,
        -- dateline credit at the start of the text: "SEOUL, South Korea (AP) -- ..." -> AP
        nullif(trim(regexp_extract(
            left(versioned.text, 160),
            '^\s*[A-Z][A-Za-z .,''-]{0,80}?\(([A-Z][A-Za-z .&-]{1,40})\)\s*[-–—:]',
            1
        )), '') as dateline_credit

    from versioned

),

outlets as (

    -- A parenthesised name is a credit only when it names a known outlet (source_types): "The Nation
    -- (Pakistan)" is one outlet, "Hindustan Times (Reuters)" is a copy of Reuters.
    select
        credited.*,
        source_credits.outlet is not null as has_source_credit,
        case
            when source_credits.outlet is not null then source_credits.canonical_outlet
            when dateline_credits.outlet is not null then dateline_credits.canonical_outlet
            else coalesce(source_names.canonical_outlet, nullif(trim(credited.source), ''))
        end as wire_source,
        case
            when source_credits.outlet is not null
                then nullif(trim(regexp_replace(credited.source, '\s*\([^()]*\)\s*$', '')), '')
            else nullif(trim(credited.source), '')
        end as outlet

    from credited
    left join source_types as source_credits
        on lower(credited.source_credit) = lower(source_credits.outlet)
    left join source_types as dateline_credits
        on lower(credited.dateline_credit) = lower(dateline_credits.outlet)
    left join source_types as source_names
        on lower(trim(credited.source)) = lower(source_names.outlet)

),

final as (

    select
        outlets.article_id,
        outlets.content_hash,
        outlets.is_active,
        outlets.n_versions,
        coalesce(story_links.story_id, outlets.article_id) as story_id,
        coalesce(story_links.similarity, 1.0) as story_similarity,
        story_links.method as story_link_method,
        outlets.url,
        outlets.source,
        outlets.outlet,
        -- The agency a copy credits is the original outlet; else the outlet itself.
        outlets.wire_source,
        coalesce(source_types.source_type, 'other') as source_type,
        coalesce(source_types.authority, 1) as source_authority,
        outlets.title,
        outlets.published_at,
        outlets.published_date,
        -- Date-only values are midnight UTC; datetimes are converted to UTC (naive ones read as UTC);
        -- an unparseable value falls back to midnight of published_date rather than failing the build.
        coalesce(
            case
                when length(outlets.published_at) > 10
                    then cast(timezone('UTC', try_cast(outlets.published_at as timestamptz)) as timestamp)
            end,
            cast(outlets.published_date as timestamp)
        ) as published_at_utc,
        outlets.published_at_origin,
        outlets.text,
        outlets.language,
        outlets.source_file,
        outlets.location,
        outlets.ingested_at

    from outlets
    left join story_links
        on outlets.article_id = story_links.article_id
        and outlets.content_hash = story_links.content_hash
    left join source_types
        on lower(outlets.wire_source) = lower(source_types.outlet)
        and source_types.outlet = source_types.canonical_outlet

)

select * from final
