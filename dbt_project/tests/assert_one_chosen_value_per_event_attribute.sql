-- Every (launch event, attribute) with candidates has exactly one chosen value (the one
-- fct_launch_events shows).
with

evidence as (

    select * from {{ ref('fct_launch_attribute_evidence') }}

),

per_attribute as (

    select
        launch_event_id,
        attribute,
        count(distinct value) filter (where is_chosen) as n_chosen_values

    from evidence
    group by launch_event_id, attribute

)

select *
from per_attribute
where n_chosen_values <> 1
