-- One row per reactor country x month x reaction type. A reaction is a distinct (reactor country, actor,
-- reaction type, event answered - or the article's story when it answers none): one statement quoted by
-- twenty outlets is one reaction. Bodies of no one state (reactor_country null) are left out.
with

reactions as (

    select * from {{ ref('fct_reactions') }}
    where reactor_country is not null

),

final as (

    select
        reactor_country,
        month,
        reaction_type,
        count(distinct [
            coalesce(reactor_actor, ''),
            coalesce(launch_event_id, 'story:' || story_id)
        ]) as n_reactions,
        count(distinct launch_event_id) as n_launch_events_reacted_to

    from reactions
    group by reactor_country, month, reaction_type

)

select * from final
