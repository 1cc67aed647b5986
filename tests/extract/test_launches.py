"""Launch extraction behaviours; each text was written for its test."""

import pytest


def test_simple_launch_with_weekday_date(launches):
    (ev,) = launches("North Korea fired a ballistic missile into the sea on Tuesday, Seoul's military said.",
                     "2024-03-13")
    assert ev["launch_country"] == "PRK" and ev["launch_date"] == "2024-03-12"
    assert ev["missile_class"] == "ballistic" and ev["missile_count_min"] == 1 and not ev["is_background"]


def test_attributes_merge_across_sentences_into_one_launch(launches):
    text = ("North Korea launched two missiles on Monday. They were fired at 7:12 a.m. from near Sinpo. "
            "The missiles flew about 350 km, reaching an altitude of 40 km.")
    (ev,) = launches(text, "2024-03-11")
    got = (ev["launch_time_local"], ev["launch_site"], ev["distance_km"], ev["apogee_km"])
    assert got == ("07:12", "Sinpo", 350, 40)
    assert ev["missile_count_min"] == 2
    assert ev["char_start"] == 0 and ev["evidence"] == "North Korea launched two missiles on Monday."


def test_attribute_evidence_points_at_the_source_sentence(launches):
    text = "North Korea launched a missile on Monday. The missile flew about 350 km."
    (ev,) = launches(text, "2024-03-11")
    a, b = ev["attribute_evidence"]["distance_km"]
    assert text[a:b] == "The missile flew about 350 km."
    assert set(ev["attribute_evidence"]) >= {"launch_country", "launch_date", "missile_class", "missile_count_min"}


def test_capital_region_is_the_pyongyang_area(launches):
    (ev,) = launches("North Korea fired a missile from its capital region on Sunday.", "2024-03-10")
    assert ev["launch_site"] == "Pyongyang area"


def test_finest_place_wins_over_province(launches):
    (ev,) = launches("North Korea fired a missile from Sonchon County, North Pyongan Province, on Sunday.")
    assert ev["launch_site"] == "Sonchon"


def test_province_kept_when_no_finer_place(launches):
    (ev,) = launches("North Korea fired a missile from South Hamgyong Province on Sunday.")
    assert ev["launch_site"] == "South Hamgyong Province"


def test_romanisation_variants_map_to_one_site(launches):
    (ev,) = launches("North Korea fired a rocket carrying a satellite from Dongchang-ri on Sunday.")
    assert ev["launch_site"] == "Sohae" and ev["missile_class"] == "space_launch"


def test_named_system_gives_name_class_and_range(launches):
    (ev,) = launches("North Korea test-fired a Hwasong-17 on Sunday.")
    assert (ev["missile_name"], ev["missile_class"], ev["range_class"]) == ("Hwasong-17", "ballistic", "ICBM")


def test_system_alias_normalises_to_canonical_name(launches):
    (ev,) = launches("North Korea fired what it called a Hwasong-11A on Sunday.")
    assert ev["missile_name"] == "KN-23" and ev["range_class"] == "SRBM"


def test_ambiguous_stated_range_overrides_the_system_table(launches):
    (ev,) = launches("North Korea fired a Pukguksong-2, a medium long-range ballistic missile, on Sunday.")
    assert ev["missile_name"] == "Pukguksong-2" and ev["range_class"] is None


def test_submarine_launched_ballistic_is_slbm(launches):
    (ev,) = launches("North Korea fired a submarine-launched ballistic missile on Sunday.")
    assert ev["range_class"] == "SLBM"


def test_short_range_without_ballistic_gives_no_range_class(launches):
    (ev,) = launches("North Korea fired several unidentified short-range missiles on Sunday.")
    assert ev["range_class"] is None and ev["missile_class"] == "unknown" and ev["missile_count_min"] == 2


def test_presumed_ballistic_projectiles_are_ballistic(launches):
    (ev,) = launches("North Korea fired two projectiles on Sunday that are presumed to be short-range "
                     "ballistic missiles.")
    assert ev["missile_class"] == "ballistic" and ev["range_class"] == "SRBM"


def test_hypersonic_wins_beside_ballistic(launches):
    (ev,) = launches("North Korea fired a hypersonic ballistic missile on Sunday.")
    assert ev["missile_class"] == "hypersonic"


def test_system_of_another_state_is_not_the_missile_name(launches):
    (ev,) = launches("North Korea fired two missiles resembling the American ATACMS on Sunday.")
    assert ev["missile_name"] is None


def test_houthi_launch_is_yemen_even_when_intercepted_by_saudi(launches):
    (ev,) = launches("Saudi air defences intercepted a ballistic missile over Jeddah on Friday that was fired by "
                     "the Houthis.", "2024-03-09")
    assert ev["launch_country"] == "YEM" and ev["launch_date"] == "2024-03-08"


def test_iranian_guards_are_iran(launches):
    (ev,) = launches("Iran's Revolutionary Guards fired a salvo of ballistic missiles at targets on Saturday night.",
                     "2024-03-10")
    assert ev["launch_country"] == "IRN" and ev["launch_date"] == "2024-03-09" and ev["missile_count_min"] == 2


def test_background_launch_with_weekday_is_extracted(launches):
    text = ("North Korea fired a missile on Sunday. Last Sunday, North Korea had also tested two cruise missiles.")
    main, bg = launches(text, "2024-03-10")
    assert bg["is_background"] and bg["launch_date"] == "2024-03-03"
    assert bg["missile_class"] == "cruise" and bg["missile_count_min"] == 2
    assert main["missile_class"] == "unknown"


def test_background_launch_from_day_offset(launches):
    text = "North Korea fired a missile on Sunday. The launch came 11 days after it fired an SLBM from Sinpo."
    main, bg = launches(text, "2024-03-10")
    assert bg["launch_date"] == "2024-02-28" and bg["range_class"] == "SLBM" and bg["launch_site"] == "Sinpo"
    assert main["range_class"] is None and main["launch_site"] is None


def test_background_launch_with_month_only_is_not_extracted(launches):
    text = "North Korea fired a missile on Sunday. It last fired an ICBM in mid-November."
    assert len(launches(text, "2024-03-10")) == 1


def test_offset_in_months_gives_no_background_launch(launches):
    text = "North Korea fired a missile on Sunday. The launch came ten months after it last fired an ICBM."
    assert len(launches(text, "2024-03-10")) == 1


def test_explicitly_dated_earlier_launch_is_background(launches):
    text = "North Korea fired a missile on Sunday. On Feb. 2, North Korea also launched a space launch vehicle."
    _main, bg = launches(text, "2024-03-10")
    assert bg["launch_date"] == "2024-02-02" and bg["is_background"] and bg["missile_class"] == "space_launch"


def test_us_evening_of_the_day_before_is_the_same_asian_launch(launches):
    text = ("North Korea fired a missile on Wednesday morning local time. Late Tuesday night, the U.S. president "
            "wrote that North Korea has just launched another missile.")
    assert len(launches(text, "2024-03-13")) == 1


def test_order_signing_date_is_not_the_launch_date(launches):
    text = ("North Korea fired a missile on Wednesday. State media said the leader signed the order to carry out "
            "the test-fire of the Hwasong-15 on March 11.")
    (ev,) = launches(text, "2024-03-13")
    assert ev["launch_date"] == "2024-03-13" and ev["missile_name"] == "Hwasong-15"


def test_main_launch_without_a_day_keeps_a_null_date(launches):
    (ev,) = launches("North Korea fired a ballistic missile toward the sea, officials said.")
    assert ev["launch_date"] is None


def test_count_revision_keeps_the_larger_later_figure(launches):
    text = ("North Korea fired a missile on Sunday, officials first said. They later said North Korea fired "
            "three missiles.")
    (ev,) = launches(text)
    assert ev["missile_count_min"] == 3


def test_stated_time_zone_converts_to_local_clock(launches):
    (ev,) = launches("North Korea fired a missile on Sunday at 10:15 p.m. GMT.", "2024-03-10")
    assert ev["launch_time_local"] == "07:15"


def test_line_break_splits_sentences_and_evidence_prefers_the_reporting_sentence(launches):
    text = "Missile launch reported\nNorth Korea fired a missile on Sunday."
    (ev,) = launches(text)
    assert ev["evidence"] == "North Korea fired a missile on Sunday."


def test_parade_is_not_a_launch(launches):
    assert launches("North Korea showed off ballistic missiles at a parade on Sunday.") == []


def test_arms_deal_is_not_a_launch(launches):
    assert launches("Russia signed a missile deal with Iran on Sunday.") == []


def test_entry_into_service_is_not_a_launch(launches):
    assert launches("The new glide vehicle entered service at 09:00 on 3 March, the ministry said.") == []


def test_engine_test_is_not_a_launch(launches):
    assert launches("North Korea conducted an engine test for a new rocket on Sunday.") == []


def test_factory_visit_is_not_a_launch(launches):
    assert launches("The leader visited a factory producing missiles on Sunday, state media said.") == []


def test_artillery_barrage_is_not_a_launch(launches):
    assert launches("North Korea fired a barrage of artillery shells near the border on Sunday.") == []


def test_commentary_about_missile_tests_is_not_a_launch(launches):
    text = ("Analysts say North Korea's missile tests have raised tensions. North Korea has fired dozens of "
            "missiles since 2022.")
    assert launches(text) == []


def test_launch_verb_with_non_missile_object_is_not_a_launch(launches):
    assert launches("Iran launched an investigation into the missile program on Sunday.") == []


def test_generic_present_tense_is_not_a_launch(launches):
    assert launches("Such warheads are launched on a rocket and glide toward targets.") == []


def test_headline_names_the_launcher_for_a_pronoun_text(launches):
    (ev,) = launches("It fired two missiles on Sunday, officials said.", title="Iran fires missiles")
    assert ev["launch_country"] == "IRN"


def test_confidence_is_lower_for_background_and_unknown(launches):
    text = "North Korea fired a ballistic missile on Sunday. Last Sunday, North Korea had also fired a projectile."
    main, bg = launches(text, "2024-03-10")
    assert 0 < bg["confidence"] < main["confidence"] <= 1


def test_flight_test_of_a_system_is_a_launch(launches):
    (ev,) = launches("Pakistan on Tuesday conducted a successful flight test of its Ghauri missile, the army said.",
                     "2024-03-13")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_name"]) == ("PAK", "2024-03-12", "Ghauri")


def test_statement_day_dates_the_launch_only_when_nothing_else_does(launches):
    (ev,) = launches("India said on Friday it had test-fired an Agni-5 missile.", "2024-03-09")
    assert ev["launch_date"] == "2024-03-08"
    (ev,) = launches("India said on Friday it had test-fired an Agni-5 missile on Thursday.", "2024-03-09")
    assert ev["launch_date"] == "2024-03-07"


def test_hours_earlier_is_the_main_launch_day(launches):
    text = "South Korea test-fired an SLBM on Tuesday. Hours earlier, North Korea fired two ballistic missiles."
    got = {(e["launch_country"], e["launch_date"]) for e in launches(text, "2024-03-13")}
    assert got == {("KOR", "2024-03-12"), ("PRK", "2024-03-12")}


def test_undated_after_clause_does_not_leak_into_the_main_launch(launches):
    (ev,) = launches("North Korea fired two cruise missiles on Sunday, days after it launched a new ICBM.")
    assert ev["range_class"] is None and ev["missile_class"] == "cruise"


def test_warheads_are_not_missiles_to_count(launches):
    (ev,) = launches("India test-fired an Agni-5 missile with multiple warheads on Sunday.")
    assert ev["missile_count_min"] == 1


def test_large_salvo_count_is_kept(launches):
    (ev,) = launches("Iran fired more than 150 ballistic missiles at Israel on Saturday night.", "2024-03-10")
    assert ev["missile_count_min"] == 150


def test_us_eastern_time_moves_the_day_to_korea(launches):
    (ev,) = launches("North Korea fired a missile at 9:30 p.m. ET on Tuesday.", "2024-03-13")
    assert (ev["launch_date"], ev["launch_time_local"]) == ("2024-03-13", "10:30")


def test_launch_noun_dated_by_possessive_weekday_beats_the_statement_day(launches):
    text = ("Pyongyang said on Wednesday it had tested a new solid-fuel missile. "
            "Tuesday's test checked the guidance system, the agency said.")
    (ev,) = launches(text, "2024-05-08T10:00:00+09:00")
    assert (ev["launch_country"], ev["launch_date"]) == ("PRK", "2024-05-07")


def test_earliest_statement_day_dates_an_otherwise_undated_launch(launches):
    text = ("North Korea said on Wednesday it had fired a new cruise missile. "
            "Seoul's military said on Tuesday the missile flew about 600 km.")
    (ev,) = launches(text, "2024-05-08T10:00:00+09:00")
    assert ev["launch_date"] == "2024-05-07" and ev["distance_km"] == 600


def test_statement_day_does_not_make_a_clause_vague(launches):
    text = ("North Korea fired a missile on Monday. Seoul's military said on Tuesday the missile flew 400 km "
            "after being launched from near Sinpo.")
    (ev,) = launches(text, "2024-05-07T10:00:00+09:00")
    assert (ev["distance_km"], ev["launch_site"]) == (400, "Sinpo")


def test_us_evening_with_korean_morning_takes_the_korean_day(launches):
    text = ("North Korea launched a ballistic missile Tuesday night Washington time, early Wednesday "
            "in Korea, the Pentagon said.")
    (ev,) = launches(text, "2024-05-07T22:00:00-04:00")
    assert ev["launch_date"] == "2024-05-08"


def test_us_evening_alone_moves_to_the_next_asian_day(launches):
    text = "North Korea fired a ballistic missile Friday evening Washington time, officials said."
    (ev,) = launches(text, "2024-05-10T21:00:00-04:00")
    assert ev["launch_date"] == "2024-05-11"


def test_listed_days_of_earlier_launches_are_each_a_background_launch(launches):
    text = ("North Korea fired a Hwasong-15 on Friday. It was the third flight of the type, after launches "
            "on March 2 and April 20 this year.")
    evs = launches(text, "2024-06-08")
    got = sorted((e["launch_date"], e["is_background"]) for e in evs)
    assert got == [("2024-03-02", True), ("2024-04-20", True), ("2024-06-07", False)]


def test_country_after_a_conjunction_is_the_subject_of_the_firing_verb(launches):
    text = "Tokyo told residents to take shelter on Monday after North Korea launched a ballistic missile."
    (ev,) = launches(text, "2024-05-06")
    assert ev["launch_country"] == "PRK"


def test_country_after_preposition_and_region_word_is_no_launcher(launches):
    text = ("Iran's Guards said on Tuesday they had struck a base in northern Iraq with a ballistic missile "
            "that travelled 1,100 km.")
    (ev,) = launches(text, "2024-05-07")
    assert ev["launch_country"] == "IRN"


def test_apogee_from_a_missile_reached_sentence(launches):
    text = ("North Korea launched a ballistic missile on Monday. The missile reached a peak altitude of more than "
            "4,500 kilometers and traveled about 900 kilometers.")
    (ev,) = launches(text, "2024-05-06")
    assert (ev["apogee_km"], ev["distance_km"]) == (4500, 900)


def test_apogee_from_a_pronoun_reached_sentence(launches):
    text = ("North Korea fired a ballistic missile on Monday. Tokyo's defense ministry said it reached an altitude "
            "of about 2,100 km.")
    (ev,) = launches(text, "2024-05-06")
    assert ev["apogee_km"] == 2100


def test_lifted_off_from_gives_the_site(launches):
    text = "North Korea fired a missile on Monday. Officials said the missile lifted off from the Sunan area."
    (ev,) = launches(text, "2024-05-06")
    assert ev["launch_site"] == "Sunan"


def test_descriptive_sentence_adds_range_class_to_the_reported_launch(launches):
    text = "North Korea fired a ballistic missile on Monday. Officials said the missile was an ICBM-class weapon."
    (ev,) = launches(text, "2024-05-06")
    assert ev["range_class"] == "ICBM"


def test_hedged_description_adds_the_most_specific_class(launches):
    text = ("North Korea fired a ballistic missile on Monday. Analysts say it may have been a new IRBM carrying "
            "a hypersonic glide vehicle.")
    (ev,) = launches(text, "2024-05-06")
    assert (ev["missile_class"], ev["range_class"]) == ("hypersonic", "IRBM")


def test_description_alone_makes_no_launch(launches):
    assert launches("Officials said the missile was an ICBM-class weapon.", "2024-05-06") == []


def test_open_question_about_hypersonic_is_no_class(launches):
    text = ("North Korea fired a ballistic missile on Monday. The ministry is analyzing whether it was "
            "a hypersonic weapon.")
    (ev,) = launches(text, "2024-05-06")
    assert ev["missile_class"] == "ballistic"


def test_day_of_a_dateline_is_not_a_missile_count(launches):
    (ev,) = launches("TOKYO, March 9 Kyodo - A ballistic missile launched by North Korea on Saturday fell "
                     "into the sea.", "2024-03-09")
    assert ev["missile_count_min"] == 1


@pytest.mark.parametrize("said", ["said earlier this month", "said hours earlier", "said last week"])
def test_statement_time_without_a_day_dates_nothing(launches, said):
    # A statement time with no day of its own ("said last week") can be no fallback date for the launch.
    (ev,) = launches(f"South Korea's military {said} that North Korea had fired a cruise missile.", "2024-05-08")
    assert ev["launch_date"] is None


def test_undisclosed_day_is_asked_only_when_the_main_clause_has_no_day():
    """Whether the text says the day is unknown is a search of the whole article: assembly asks it only when the
    main clause has no day of its own (with one, the answer changes nothing)."""
    from datetime import date

    from pipelines.extract.launches import Scope, assemble

    def dated(day):  # type: ignore[no-untyped-def]
        return Scope(sent=0, s_start=0, s_end=40, start=0, end=40, text="North Korea fired a missile on Monday.",
                     background=False, launcher="PRK", date=day, verb=True, strong=True,
                     fallback_date=date(2024, 3, 12))

    asked: list[bool] = []

    def undisclosed() -> bool:
        asked.append(True)
        return True

    (launch,) = assemble([dated(date(2024, 3, 11))], "PRK", lambda iso: None, day_undisclosed=undisclosed)
    assert launch.date == date(2024, 3, 11) and asked == []
    (launch,) = assemble([dated(None)], "PRK", lambda iso: None, day_undisclosed=undisclosed)
    assert asked == [True] and launch.date is None  # the statement day does not stand in for an undisclosed one
    (launch,) = assemble([dated(None)], "PRK", lambda iso: None)
    assert launch.date == date(2024, 3, 12)  # ... where the text does not say it is unknown, it does
