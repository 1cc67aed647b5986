-- One row per country of the reference table (ISO 3166-1 alpha-3).
with

countries as (

    select * from {{ ref('countries') }}

),

final as (

    select
        upper(trim(iso3)) as iso3,
        upper(trim(iso2)) as iso2,
        name,
        aliases,
        timezone

    from countries

)

select * from final
