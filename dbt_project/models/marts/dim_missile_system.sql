-- One row per missile system of the reference table (the normalised names launch mentions use).
with

missile_systems as (

    select * from {{ ref('missile_systems') }}

),

final as (

    select
        name as missile_name,
        aliases,
        upper(trim(launch_country)) as launch_country,
        lower(missile_class) as missile_class,
        nullif(upper(trim(range_class)), '') as range_class,
        source

    from missile_systems

)

select * from final
