-- One row per launch place of the gazetteer (the canonical names launch mentions use).
with

launch_sites as (

    select * from {{ ref('launch_sites') }}

),

final as (

    select
        name as launch_site,
        aliases,
        upper(trim(launch_country)) as launch_country,
        kind,
        latitude,
        longitude,
        source

    from launch_sites

)

select * from final
