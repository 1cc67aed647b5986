{#-
    One row per key and month (first day, DATE) from start_month to end_month inclusive: the DuckDB
    generate_series() list function, unnested, replaces dbt_utils.date_spine. `relation_sql` yields the
    key columns plus start_month and end_month (dates on the first of a month).
-#}
{% macro month_spine(relation_sql, key_columns) -%}
    select
        {% for key in key_columns -%}
        bounds.{{ key }},
        {% endfor -%}
        cast(unnest(generate_series(
            cast(bounds.start_month as timestamp),
            cast(bounds.end_month as timestamp),
            interval 1 month
        )) as date) as month
    from ({{ relation_sql }}) as bounds
{%- endmacro %}
