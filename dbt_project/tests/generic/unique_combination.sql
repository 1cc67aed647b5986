{#- Combinations of `columns` that occur more than once (a dbt_utils.unique_combination_of_columns stand-in). -#}
{% test unique_combination(model, columns) %}

select {{ columns | join(', ') }}, count(*) as n_rows
from {{ model }}
group by {{ columns | join(', ') }}
having count(*) > 1

{% endtest %}
