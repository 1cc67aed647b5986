"""Whatever the text, extraction returns well-formed events whose evidence matches the offsets."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.extract import extract_events

PIECES = [
    "North Korea fired two ballistic missiles on Sunday.", "The missiles flew 300 km (186 miles).",
    "Japan condemned the launch.", "\n", " ", "at 7:05 a.m.", "(2205 GMT Saturday)", "Last Sunday,",
    "13 days after", "it had also fired", "Sinpo", "Hwasong-18", "’s", "U.S.", "“", "”", ";", "..",
    "several projectiles", "the JCS said", "UNSC", "satellite", "Iran's Revolutionary Guards launched",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=25),
       st.sampled_from(["2024-03-10", "2017-07-04T04:50:00-04:00", "2024-02-29", "bad"]))
def test_events_are_well_formed_for_any_text(parts, published_at):
    text = " ".join(parts)
    for e in extract_events(text, article_id="h", published_at=published_at):
        assert text[e["char_start"] : e["char_end"]] == e["evidence"]
        assert 0 <= e["confidence"] <= 1
        if e["event_type"] == "missile_launch":
            assert e["missile_count_min"] >= 1
            assert e["missile_class"] in {"ballistic", "cruise", "hypersonic", "space_launch", "unknown"}
            for a, b in e["attribute_evidence"].values():
                assert 0 <= a < b <= len(text)
