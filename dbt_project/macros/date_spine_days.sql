{#- One row per day between two date expressions inclusive (DuckDB generate_series, unnested). -#}
{% macro date_spine_days(start_expression, end_expression) -%}
    select cast(unnest(generate_series(
        cast({{ start_expression }} as timestamp),
        cast({{ end_expression }} as timestamp),
        interval 1 day
    )) as date) as date_day
{%- endmacro %}
