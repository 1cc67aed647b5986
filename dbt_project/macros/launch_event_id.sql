{#-
    Stable launch event id: 'le-' + the first 16 hex digits of md5 of the event's natural key
    (launch_country|launch_date[|time bucket], or 'split|<new_event_key>'). Derived from the event,
    never from a row number, so the same data gives the same ids on every run.
-#}
{% macro launch_event_id(key_expression) -%}
    ('le-' || left(md5({{ key_expression }}), 16))
{%- endmacro %}
