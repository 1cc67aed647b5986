{#- The part of the day a local timestamp falls in, in the words reports use for an untimed launch
    ("Thursday morning", "that evening"): morning 05-12, afternoon 12-17, evening 17-22, night 22-05. -#}
{% macro daypart_of(ts) -%}
    case
        when hour({{ ts }}) between 5 and 11 then 'morning'
        when hour({{ ts }}) between 12 and 16 then 'afternoon'
        when hour({{ ts }}) between 17 and 21 then 'evening'
        else 'night'
    end
{%- endmacro %}
