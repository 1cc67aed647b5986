{#- Rows of `model` for which `expression` is not true (a dbt_utils.expression_is_true stand-in). -#}
{% test expression_is_true(model, expression, column_name=none) %}

select *
from {{ model }}
where not coalesce(({{ expression }}), false)

{% endtest %}
