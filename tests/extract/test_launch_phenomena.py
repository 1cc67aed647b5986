"""Launch phenomena found by reading held-out errors; every text here was written for its test."""


def _keys(evs):
    return sorted((e["launch_country"], e["launch_date"], e["is_background"]) for e in evs)


def test_carried_out_a_flight_test_names_its_subject_as_launcher(launches):
    text = "India on Friday carried out the maiden flight test of its new Agni-P ballistic missile, officials said."
    (ev,) = launches(text, "2025-06-06")
    assert (ev["launch_country"], ev["launch_date"]) == ("IND", "2025-06-06")


def test_launch_sites_are_not_a_launch(launches):
    text = ("Poland has agreed to buy radars able to spot missile launch sites deep inside enemy territory, "
            "the ministry said on Monday.")
    assert launches(text, "2025-02-03") == []


def test_possessive_office_is_no_launcher_of_a_launch_noun(launches):
    text = ("Chile on Tuesday test-fired a new anti-ship missile off its coast. "
            "Peru's foreign ministry declined to comment on Tuesday's test.")
    assert _keys(launches(text, "2025-04-08")) == [("CHL", "2025-04-08", False)]


def test_struck_a_city_with_a_missile_is_a_launch(launches):
    text = ("Russia struck the city of Kharkiv on Sunday with a new intermediate-range ballistic missile, "
            "officials said.")
    (ev,) = launches(text, "2025-03-09")
    assert (ev["launch_country"], ev["launch_date"], ev["range_class"]) == ("RUS", "2025-03-09", "IRBM")


def test_satellite_placed_into_orbit_is_a_space_launch(launches):
    text = ("North Korea said on Friday it had placed a second reconnaissance satellite into orbit. "
            "The rocket lifted off from the Sohae station at 9:10 p.m. Thursday.")
    (ev,) = launches(text, "2025-05-09")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_class"]) == ("PRK", "2025-05-08", "space_launch")


def test_previous_attempts_on_listed_days_are_background_launches(launches):
    text = ("North Korea launched a satellite rocket on Thursday. "
            "The North's previous two attempts, on March 3 and June 9, ended in failure.")
    keys = _keys(launches(text, "2025-10-09"))
    assert ("PRK", "2025-03-03", True) in keys and ("PRK", "2025-06-09", True) in keys


def test_interceptors_fired_are_not_a_launch(launches):
    text = "Israel fired interceptors on Monday at drones approaching Eilat, the army said."
    assert launches(text, "2025-03-10") == []


def test_other_launcher_hours_after_is_its_own_launch_same_day(launches):
    text = ("Pakistan test-fired a cruise missile on Wednesday, hours after India fired a ballistic missile "
            "from an island off its east coast.")
    keys = _keys(launches(text, "2025-05-07"))
    assert keys == [("IND", "2025-05-07", False), ("PAK", "2025-05-07", False)]


def test_earlier_in_the_day_and_within_hours_date_to_the_main_day(launches):
    text = ("Japan test-fired a missile on Friday. Earlier in the day, China fired two rockets into the sea. "
            "Within hours, Taiwan fired three missiles from a coastal battery.")
    keys = _keys(launches(text, "2025-05-09"))
    assert keys == [("CHN", "2025-05-09", False), ("JPN", "2025-05-09", False), ("TWN", "2025-05-09", False)]


def test_day_before_in_a_past_perfect_recall_counts_from_the_launch(launches):
    text = ("North Korea fired a ballistic missile on Saturday morning in Asia, Friday evening in Washington. "
            "The day before, the North had fired a cruise missile toward the Yellow Sea.")
    keys = _keys(launches(text, "2025-03-07"))
    assert keys == [("PRK", "2025-03-07", True), ("PRK", "2025-03-08", False)]


def test_offset_counts_from_the_statement_day_when_the_launch_has_no_day(launches):
    text = ("North Korea said Saturday it had tested a new solid-fuel missile, a day after a launch that "
            "Seoul said flew 900 km. The JCS had detected Friday's launch from the Pyongyang area.")
    keys = _keys(launches(text, "2025-03-08"))
    assert keys == [("PRK", "2025-03-07", False)]


def test_gmt_clock_with_its_own_day_gives_the_site_day(launches):
    text = ("North Korea has fired a ballistic missile over Japan. The missile, launched from Chagang province "
            "at 7.40am local time (22.40 GMT on Sunday), flew 4,000 km.")
    (ev,) = launches(text, "2025-03-10")
    assert ev["launch_date"] == "2025-03-10"


def test_a_future_day_dates_nothing(launches):
    text = ("North Korea fired a missile on Monday. The office of the president-elect, who takes office on "
            "Wednesday, called the launch a grave threat.")
    keys = _keys(launches(text, "2025-03-10"))
    assert keys == [("PRK", "2025-03-10", False)]


def test_daypart_from_the_words_of_the_launch(launches):
    (ev,) = launches("North Korea fired a ballistic missile on Thursday morning, Seoul said.", "2025-03-13")
    assert ev["launch_daypart"] == "morning"
    a, b = ev["attribute_evidence"]["launch_daypart"]
    assert (a, b) == (ev["char_start"], ev["char_end"])


def test_late_night_is_night_and_that_evening_is_evening(launches):
    (ev,) = launches("Iran launched missiles late Monday night toward the Gulf.", "2025-03-11")
    assert ev["launch_daypart"] == "night"
    (ev,) = launches("Iran said it was ready. The Houthis fired a missile at a tanker that evening, the navy said.",
                     "2025-03-11")
    assert ev["launch_daypart"] == "evening"


def test_daypart_is_null_without_words_or_with_a_clock_time(launches):
    (ev,) = launches("North Korea fired a missile on Thursday.", "2025-03-13")
    assert ev["launch_daypart"] is None and "launch_daypart" not in ev["attribute_evidence"]
    (ev,) = launches("North Korea fired a missile on Thursday morning at 7:40 a.m.", "2025-03-13")
    assert ev["launch_daypart"] is None and ev["launch_time_local"] == "07:40"


def test_daypart_of_a_statement_or_of_another_zone_is_none(launches):
    (ev,) = launches("North Korea said Friday evening that it had fired a missile on Thursday.", "2025-03-14")
    assert ev["launch_daypart"] is None
    (ev,) = launches("North Korea fired a missile on Thursday evening Washington time.", "2025-03-13")
    assert ev["launch_daypart"] is None


def test_morning_and_evening_firings_of_one_day_are_two_launches(launches):
    text = ("North Korea fired two ballistic missiles on Thursday morning and then launched cruise missiles "
            "in the evening, the military said.")
    evs = launches(text, "2025-03-13")
    got = sorted((e["launch_date"], e["launch_daypart"], e["missile_class"]) for e in evs)
    assert got == [("2025-03-13", "evening", "cruise"), ("2025-03-13", "morning", "ballistic")]


def test_evening_launch_keeps_its_own_clock_time_from_another_sentence(launches):
    text = ("North Korea fired a ballistic missile on Sunday morning. It fired a cruise missile on Sunday evening. "
            "The cruise missile was launched at 7:20 p.m. from near Nampo.")
    evs = sorted(launches(text, "2025-03-09"), key=lambda e: e["char_start"])
    assert len(evs) == 2
    assert evs[0]["missile_class"] == "ballistic" and evs[0]["launch_time_local"] is None
    assert evs[1]["missile_class"] == "cruise" and evs[1]["launch_time_local"] == "19:20"


def test_same_launch_in_morning_and_at_a_morning_clock_is_one(launches):
    text = "North Korea fired a missile on Sunday morning. It was launched at 7:20 a.m. from near Sinpo."
    (ev,) = launches(text, "2025-03-09")
    assert ev["launch_time_local"] == "07:20" and ev["launch_daypart"] is None


def test_negated_firing_is_no_launch(launches):
    assert launches("North Korea did not fire any missiles on Friday, contrary to earlier reports.", "2025-03-15") == []
    assert launches("Officials said no missile was fired on Friday.", "2025-03-15") == []


def test_round_up_of_dated_firings_in_one_sentence_is_one_launch_per_day(launches):
    text = "North Korea fired a cruise missile on Monday, a ballistic missile on Wednesday and two rockets on Friday."
    keys = _keys(launches(text, "2025-03-15"))
    assert [k[1] for k in keys] == ["2025-03-10", "2025-03-12", "2025-03-14"]


def test_round_up_of_dated_firings_in_separate_sentences(launches):
    text = ("This week in review: On Monday, Iran launched a satellite rocket. On Wednesday, the Houthis fired a "
            "missile at a tanker. On Thursday, North Korea fired two ballistic missiles.")
    keys = _keys(launches(text, "2025-03-15"))
    assert keys == [("IRN", "2025-03-10", False), ("PRK", "2025-03-13", False), ("YEM", "2025-03-12", False)]


def test_second_sentence_evening_firing_is_a_second_launch(launches):
    text = ("North Korea fired a ballistic missile on Thursday morning. In the evening, it launched two cruise "
            "missiles toward the Yellow Sea.")
    evs = launches(text, "2025-03-14")
    got = sorted((e["launch_daypart"], e["missile_class"], e["missile_count_min"]) for e in evs)
    assert got == [("evening", "cruise", 2), ("morning", "ballistic", 1)]


def test_morning_clock_and_afternoon_words_are_two_launches(launches):
    text = "North Korea fired a ballistic missile at 7:10 a.m. Thursday. It fired another missile that afternoon."
    got = sorted((e["launch_time_local"] or "", e["launch_daypart"]) for e in launches(text, "2025-03-14"))
    assert got == [("", "afternoon"), ("07:10", None)]


def test_a_clock_alone_or_a_launch_noun_never_splits_a_launch(launches):
    text = ("North Korea fired a ballistic missile at 11:50 a.m. Thursday. The launch on Thursday afternoon was its "
            "third this year.")
    assert len(launches(text, "2025-03-14")) == 1


def test_present_perfect_tally_of_the_year_is_a_recap(launches):
    text = "Iran has test-fired more than a dozen ballistic missiles this year, officials said on Friday."
    assert launches(text, "2025-03-14") == []


def test_test_of_a_new_engine_is_no_launch(launches):
    text = "State media said on Thursday the country had conducted a test of a new engine for a solid-fuel missile."
    assert launches(text, "2025-03-14", title="North Korea tests new missile engine") == []


def test_headline_flight_tests_names_the_launcher(launches):
    text = "On Tuesday the defence research agency flight-tested the Agni-Prime missile from a rail-based launcher."
    (ev,) = launches(text, "2025-03-14", title="India flight-tests Agni-Prime from rail launcher")
    assert (ev["launch_country"], ev["launch_date"]) == ("IND", "2025-03-11")


def test_evening_launch_hours_after_an_earlier_in_the_day_launch_is_two_launches(launches):
    text = ("North Korea fired several cruise missiles toward the Yellow Sea at around 7:20 p.m. on Thursday, "
            "about 12 hours after it launched short-range ballistic missiles earlier in the day.")
    evs = launches(text, "2025-03-13")
    got = sorted((e["launch_date"], e["is_background"], e["missile_class"], e["launch_time_local"],
                  e["launch_daypart"]) for e in evs)
    assert got == [("2025-03-13", False, "cruise", "19:20", None),
                   ("2025-03-13", True, "ballistic", None, None)]


def test_night_launch_recalling_a_morning_launch_gives_the_recall_its_morning(launches):
    text = ("Japan said North Korea launched a ballistic missile late on Sunday night, hours after it had fired "
            "two cruise missiles that morning.")
    evs = launches(text, "2025-03-09")
    got = sorted((e["launch_date"], e["is_background"], e["missile_class"], e["launch_daypart"]) for e in evs)
    assert got == [("2025-03-09", False, "ballistic", "night"), ("2025-03-09", True, "cruise", "morning")]


def test_background_morning_and_evening_firings_sharing_one_verb_are_two_launches(launches):
    text = ("Satellite photos showed new construction at the site on Friday. The photos came a day after the "
            "North fired short-range ballistic missiles on Thursday morning and cruise missiles that evening.")
    evs = [e for e in launches(text, "2025-03-14") if e["is_background"]]
    got = sorted((e["launch_date"], e["launch_daypart"], e["missile_class"]) for e in evs)
    assert got == [("2025-03-13", "evening", "cruise"), ("2025-03-13", "morning", "ballistic")]


def test_lone_background_sentence_with_two_objects_of_one_verb_is_two_launches(launches):
    text = ("The photos came a day after the North fired short-range ballistic missiles on Thursday morning "
            "and cruise missiles that evening.")
    evs = [e for e in launches(text, "2025-03-14") if e["is_background"]]
    got = sorted((e["launch_date"], e["launch_daypart"], e["missile_class"]) for e in evs)
    assert got == [("2025-03-13", "evening", "cruise"), ("2025-03-13", "morning", "ballistic")]


def test_main_morning_and_evening_objects_of_one_verb_are_two_launches(launches):
    text = ("North Korea fired short-range ballistic missiles on Thursday morning and cruise missiles that evening, "
            "the military said.")
    got = sorted((e["launch_daypart"], e["missile_class"], e["is_background"]) for e in launches(text, "2025-03-13"))
    assert got == [("evening", "cruise", False), ("morning", "ballistic", False)]


def test_two_objects_of_one_verb_in_the_same_part_of_day_stay_one_launch(launches):
    text = "North Korea fired ballistic missiles on Thursday morning and cruise missiles later that morning."
    assert len(launches(text, "2025-03-13")) == 1


def test_hours_after_restating_the_same_launch_is_no_second_launch(launches):
    text = ("North Korea fired a ballistic missile on Thursday, hours after it warned of strong countermeasures "
            "against the drills.")
    assert len(launches(text, "2025-03-13")) == 1


def test_hypothetical_any_launch_is_not_a_launch(launches):
    text = ("Japan's prime minister told reporters on Tuesday that any launch using ballistic missile technology "
            "by Iran would violate UN resolutions.")
    assert launches(text, "2025-02-14") == []


def test_a_number_of_launches_is_a_generic_count_not_a_launch(launches):
    text = ("On Tuesday the ministers condemned Pakistan's growing number of ballistic missile launches, "
            "calling them destabilising.")
    assert launches(text, "2025-02-12") == []


def test_sharing_data_on_launches_is_not_a_launch(launches):
    text = "France and Germany on Friday agreed to exchange intelligence about Iran's ballistic missile launches."
    assert launches(text, "2025-02-14") == []


def test_compound_adjective_launched_is_not_a_firing(launches):
    text = ("On Thursday, France and Italy held a naval drill in the Mediterranean aimed at countering the "
            "growing air-launched missile threat.")
    assert launches(text, "2025-02-14") == []


def test_test_launched_with_a_hyphen_is_still_a_firing(launches):
    text = "India test-launched an Agni-4 ballistic missile on Friday from Abdul Kalam Island."
    (ev,) = launches(text, "2025-02-14")
    assert (ev["launch_country"], ev["launch_date"]) == ("IND", "2025-02-14")


def test_country_after_a_dateline_dash_is_found_and_the_dateline_city_is_not_the_launcher(launches):
    text = ("Tokyo, April 3 (Kyodo)--North Korea said Wednesday that it had test-fired a new solid-fuel "
            "missile on Tuesday.")
    assert _keys(launches(text, "2024-04-03")) == [("PRK", "2024-04-02", False)]


def test_revision_day_does_not_date_the_missiles_fired_a_day_earlier(launches):
    text = ("Japan's military on Friday corrected its estimate of the ballistic missile North Korea fired a day "
            "earlier, saying it had flown about 400 kilometers.")
    (ev,) = launches(text, "2024-05-17")
    assert (ev["launch_date"], ev["distance_km"]) == ("2024-05-16", 400)


def test_vote_day_does_not_date_the_launches_the_vote_is_about(launches):
    text = ("Britain and France on Tuesday voted for a U.N. motion condemning North Korea's latest missile "
            "launches. The launches, from near Pyongyang, began at 6:10 a.m. on Monday local time.")
    assert _keys(launches(text, "2024-05-14")) == [("PRK", "2024-05-13", False)]


def test_offset_after_a_vote_counts_from_the_vote_not_from_the_launch(launches):
    text = ("The council voted on Tuesday on a motion against North Korea. "
            "The vote came a day after North Korea fired two ballistic missiles into the sea.")
    assert _keys(launches(text, "2024-05-14")) == [("PRK", "2024-05-13", False)]


def test_day_of_the_event_a_launch_followed_is_not_a_launch_day(launches):
    text = ("North Korea fired a ballistic missile on Monday morning. "
            "The launches followed a meeting of allied defense chiefs in Hawaii on Friday.")
    assert _keys(launches(text, "2024-05-13")) == [("PRK", "2024-05-13", False)]


def test_night_before_with_a_local_clock_is_a_launch_of_its_own(launches):
    text = ("North Korea fired a ballistic missile on Tuesday morning, South Korea's military said. "
            "On Monday night, the North had fired a cruise missile at 11:05 p.m. from near Nampo.")
    assert _keys(launches(text, "2024-05-14")) == [("PRK", "2024-05-13", True), ("PRK", "2024-05-14", False)]


def test_weekday_after_a_saturday_publication_is_last_sunday_when_the_story_launch_is_saturday(launches):
    text = ("North Korea fired a ballistic missile on Saturday morning, its second launch this week. "
            "On Sunday, the North had fired two cruise missiles off its west coast.")
    assert _keys(launches(text, "2024-05-18")) == [("PRK", "2024-05-12", True), ("PRK", "2024-05-18", False)]


def test_negative_cue_in_another_clause_does_not_veto_the_firing(launches):
    text = ("It was the first launch since March 3, when the North fired a new cruise missile, and came days after "
            "reports that its troops had been deployed abroad.")
    # (the firing recalled after "the first launch since March 3, when" is a background launch)
    assert _keys(launches(text, "2024-05-14")) == [("PRK", "2024-03-03", True)]


def test_negative_cue_in_the_firing_clause_still_vetoes(launches):
    text = "North Korea paraded the missiles it fired on Sunday through the capital."
    assert launches(text, "2024-05-14") == []


def test_launches_after_a_possessive_is_a_noun_not_a_firing_verb(launches):
    text = ("The three leaders strongly condemned North Korea's ballistic missile launches, including multiple "
            "intercontinental ballistic missile launches.")
    assert launches(text, "2024-05-14") == []


def test_a_modal_firing_with_a_future_date_is_no_launch(launches):
    text = ("North Korea has finished preparations to launch a long-range missile and could fire one around "
            "the U.S. election on Nov. 5, lawmakers were told.")
    assert launches(text, "2024-10-24") == []


def test_tried_to_launch_is_an_attempt_that_happened(launches):
    text = "North Korea tried to launch a Musudan missile on April 15, but it exploded seconds after lift-off."
    assert _keys(launches(text, "2016-04-20")) == [("PRK", "2016-04-15", False)]


def test_a_rocket_that_plunged_or_failed_was_launched_and_each_dated_item_is_a_launch(launches):
    text = ("The launch follows two failed attempts. On March 2, the first rocket plunged into the sea after its "
            "engine stalled, and on June 9 a second rocket failed during the second-stage burn.")
    keys = _keys(launches(text, "2024-09-10", title="North Korea launches satellite"))
    assert ("PRK", "2024-03-02", False) in keys or ("PRK", "2024-03-02", True) in keys
    assert any(k[:2] == ("PRK", "2024-06-09") for k in keys)


def test_photo_caption_is_not_a_launch_and_its_release_date_dates_nothing(launches):
    text = ("North Korea fired a new cruise missile on Tuesday, state media said.\n"
            "This photo released by the state news agency on May 15 shows the missile being fired.")
    assert _keys(launches(text, "2024-05-15")) == [("PRK", "2024-05-14", False)]


def test_fired_from_territory_in_a_country_names_that_country(launches):
    text = "Two missiles fired from rebel-held territory in Yemen on Sunday fell into the sea short of a tanker."
    (ev,) = launches(text, "2024-05-13")
    assert (ev["launch_country"], ev["launch_date"]) == ("YEM", "2024-05-12")


def test_fired_by_a_described_armed_force_names_its_state(launches):
    text = ("Saudi air defenses intercepted four ballistic missiles fired by the Iran-backed Houthi militia late "
            "on Sunday, the coalition said.")
    (ev,) = launches(text, "2024-05-13")
    assert (ev["launch_country"], ev["launch_date"]) == ("YEM", "2024-05-12")


def test_failing_to_put_a_satellite_into_orbit_is_a_space_launch(launches):
    (ev,) = launches("Iran failed to put a research satellite into orbit on Sunday.", "2024-05-12")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_class"]) == ("IRN", "2024-05-12", "space_launch")


def test_a_ship_damaged_by_a_missile_on_a_day_is_a_launch(launches):
    text = ("On May 2, a cargo vessel was damaged off Hodeidah by what officials said was a Houthi missile.")
    (ev,) = launches(text, "2024-05-13")
    assert (ev["launch_country"], ev["launch_date"]) == ("YEM", "2024-05-02")


def test_a_scheduled_end_date_does_not_date_the_launches(launches):
    text = ("North Korea fired two missiles on Thursday. The allies extended their air drill, which had been "
            "scheduled to end Friday, in response to the launches.")
    assert _keys(launches(text, "2024-05-17")) == [("PRK", "2024-05-16", False)]


def test_a_date_modifying_the_launch_noun_beats_the_meeting_day(launches):
    text = ("The council met on Monday at the request of Japan to discuss North Korea's March 14 launch of a "
            "long-range missile.")
    assert _keys(launches(text, "2024-03-19")) == [("PRK", "2024-03-14", False)]


def test_a_date_after_before_in_a_launch_noun_clause_belongs_to_the_other_event(launches):
    text = ("North Korea fired a ballistic missile on Monday. Analysts said the launch was meant to draw "
            "attention before the March 20 summit.")
    assert _keys(launches(text, "2024-03-12")) == [("PRK", "2024-03-11", False)]


def test_a_launch_that_followed_an_earlier_test_on_a_day_recalls_that_test(launches):
    text = ("North Korea fired a ballistic missile on Friday. The launch followed a failed missile test on "
            "March 3.")
    assert _keys(launches(text, "2024-03-16")) == [("PRK", "2024-03-03", True), ("PRK", "2024-03-15", False)]


def test_counted_list_items_each_add_a_launch_day(launches):
    text = ("The North had tried to launch the missile three times before: the first on April 5, a national "
            "holiday, two more on April 20, and another on May 11.")
    assert [k[1] for k in _keys(launches(text, "2024-06-01"))] == ["2024-04-05", "2024-04-20", "2024-05-11"]


def test_a_second_one_on_a_day_is_a_launch_of_its_own(launches):
    text = "North Korea tested a new ICBM on July 2 and a second one on July 21."
    assert [k[1] for k in _keys(launches(text, "2024-08-05"))] == ["2024-07-02", "2024-07-21"]


def test_more_on_each_of_two_weekdays_are_two_launches(launches):
    text = ("North Korea had fired two ballistic missiles on May 2, and two more on each of last Tuesday "
            "and Thursday.")
    assert [k[1] for k in _keys(launches(text, "2024-05-13"))] == ["2024-05-02", "2024-05-07", "2024-05-09"]


def test_and_on_a_day_it_fired_is_a_second_dated_firing(launches):
    text = ("On March 4, it launched what it called a new ICBM, and on June 8 it fired a ballistic missile "
            "over Japan that flew 4,000 km.")
    assert [k[1] for k in _keys(launches(text, "2024-07-01", title="North Korea fires missile"))] == [
        "2024-03-04", "2024-06-08"]


def test_an_undated_generic_firing_in_an_essay_names_no_launcher(launches):
    text = ("Glide vehicles launched atop rockets fly lower than ballistic warheads. India has tested a scramjet "
            "engine and is building a hypersonic cruise missile.")
    assert launches(text, "2024-06-12", title="The hypersonic hype") == []


def test_the_day_someone_was_told_of_a_test_is_not_its_day(launches):
    text = ("Russia has completed a test of its Burevestnik cruise missile, which covered 14,000 km, President "
            "Vladimir Putin was told on Sunday. The chief of the general staff said the test was carried out on "
            "Oct. 21.")
    assert [k[:2] for k in _keys(launches(text, "2025-10-27"))] == [("RUS", "2025-10-21")]


def test_a_response_firing_within_minutes_of_the_launch_is_that_day(launches):
    text = ("North Korea fired a ballistic missile from Sunan at 6:57 a.m. on Friday. Within minutes of the launch, "
            "South Korea carried out a live-fire drill, firing two Hyunmoo-2 ballistic missiles into the sea.")
    assert sorted(k[:2] for k in _keys(launches(text, "2017-09-15"))) == [
        ("KOR", "2017-09-15"), ("PRK", "2017-09-15")]


def test_the_day_an_exercise_began_dates_no_launch(launches):
    text = ("North Korea fired an ICBM on Thursday morning. The launch came as allied forces held their largest "
            "exercises in years, which began on Monday.")
    assert _keys(launches(text, "2023-03-16")) == [("PRK", "2023-03-16", False)]


def test_an_attempt_to_put_a_satellite_into_orbit_is_no_firing(launches):
    text = "The North's last attempt to put a satellite into orbit was in February 2016."
    assert launches(text, "2023-05-29") == []


def test_capability_words_after_the_firing_describe_the_missile_fired(launches):
    text = ("Pakistan on Tuesday conducted the first flight test of Ababeel, a medium-range ballistic missile "
            "capable of delivering multiple warheads, the military said.")
    (ev,) = launches(text, "2017-01-24")
    assert (ev["launch_country"], ev["launch_date"], ev["range_class"]) == ("PAK", "2017-01-24", "MRBM")


def test_capability_words_before_the_firing_still_make_it_generic(launches):
    assert launches("Pakistan says the Ababeel is capable of firing several warheads.", "2017-01-24") == []


def test_the_state_that_qualifies_the_missile_launched_it(launches):
    text = ("A North Korean missile exploded almost immediately after it was launched from near Sinpo on Sunday "
            "morning, U.S. and South Korean officials said.")
    assert _keys(launches(text, "2017-04-16")) == [("PRK", "2017-04-16", False)]


def test_a_qualified_missile_after_a_preposition_is_still_the_subject(launches):
    text = ("Pakistan on Wednesday recalled its ambassador, a day after Iranian missile and drone strikes hit a "
            "village in Balochistan.")
    assert [k[:2] for k in _keys(launches(text, "2024-01-17"))] == [("IRN", "2024-01-16")]


def test_a_named_body_of_a_state_that_reports_is_not_the_launcher(launches):
    text = ("North Korea fired a missile from Sinpo on Sunday. The U.S. Pacific Command said it tracked the launch "
            "and that the missile blew up almost immediately.")
    assert [k[0] for k in _keys(launches(text, "2017-04-16"))] == ["PRK"]


def test_put_the_countrys_first_satellite_into_orbit_is_a_space_launch(launches):
    text = ("Iran's Revolutionary Guards said on Wednesday they had put the country's first military satellite "
            "into orbit.")
    (ev,) = launches(text, "2020-04-22")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_class"]) == ("IRN", "2020-04-22", "space_launch")


def test_sending_missiles_toward_a_country_is_a_firing(launches):
    text = ("Iran launched its first direct attack on Israel late Saturday, sending waves of ballistic missiles "
            "toward it.")
    assert [k[:2] for k in _keys(launches(text, "2024-04-14"))] == [("IRN", "2024-04-13")]


def test_sending_missiles_to_a_buyer_is_no_firing(launches):
    assert launches("North Korea has been sending ballistic missiles to Russia, officials said.", "2024-04-14") == []


def test_missiles_that_slammed_into_a_city_were_launched(launches):
    text = ("A dozen ballistic missiles slammed into Erbil early Sunday in an attack Iran's Revolutionary Guards "
            "claimed.")
    assert [k[:2] for k in _keys(launches(text, "2022-03-13"))] == [("IRN", "2022-03-13")]


def test_the_day_of_a_passive_relative_clause_dates_that_act(launches):
    text = ("India on Wednesday test-fired a K-4 missile from INS Arighaat. It was the first firing from the "
            "submarine, which was commissioned on August 29.")
    assert [k[1] for k in _keys(launches(text, "2024-11-28"))] == ["2024-11-27"]


def test_the_day_a_state_admitted_a_firing_is_a_statement_day(launches):
    text = "India on Friday admitted that one of its missiles had been accidentally fired into Pakistan on Wednesday."
    assert [k[1] for k in _keys(launches(text, "2022-03-12"))] == ["2022-03-09"]


def test_a_launch_whose_day_the_text_says_is_unknown_keeps_a_null_date(launches):
    text = ("Russia test-fired its Zircon hypersonic missile from a warship, the chief of the General Staff told "
            "President Vladimir Putin on Wednesday. He did not say when the test had taken place.")
    title = "Russia test-fires Zircon hypersonic missile from warship"
    assert [k[:2] for k in _keys(launches(text, "2020-10-07", title=title))] == [("RUS", None)]


def test_a_correction_note_creates_no_launch(launches):
    text = ("North Korea fired two short-range missiles early Thursday, the military said. Correction: An earlier "
            "version of this story misstated the date of the launch as Wednesday, July 24.")
    assert [k[1] for k in _keys(launches(text, "2019-07-25"))] == ["2019-07-25"]


def test_overnight_is_the_night_before_publication(launches):
    text = "Overnight the North fired what South Korea said was an intercontinental ballistic missile."
    assert [k[1] for k in _keys(launches(text, "2022-03-25T08:00:00+09:00"))] == ["2022-03-24"]


def test_a_stated_day_beats_overnight(launches):
    text = "Russia launched 122 missiles against Ukraine overnight and on the morning of Dec. 29, Kyiv said."
    assert [k[:2] for k in _keys(launches(text, "2023-12-29T18:45:00+02:00"))] == [("RUS", "2023-12-29")]


def test_a_day_the_officials_did_not_give_keeps_the_launch_undated(launches):
    text = ("North Korea fired at least two cruise missiles over the weekend, U.S. officials said on Tuesday. "
            "The officials did not say on which day the missiles were launched.")
    assert [k[:2] for k in _keys(launches(text, "2021-03-23"))] == [("PRK", None)]


def test_a_headline_that_condemns_launches_names_no_launcher(launches):
    text = ("Leaders on Saturday condemned the unprecedented number of ballistic missile launches and demanded "
            "that Pyongyang refrain from further launches that use ballistic missile technology.")
    assert launches(text, "2023-05-20", title="G7 leaders condemn North Korea's missile launches") == []


def test_no_icbm_has_been_flown_is_no_launch(launches):
    assert launches("No North Korean ICBM has been flown on a standard trajectory to full range.", "2024-02-10",
                    title="How far can North Korea's missiles fly?") == []


def test_a_call_to_refrain_after_a_firing_does_not_veto_it(launches):
    text = "North Korea fired a ballistic missile on Monday, urging Seoul to refrain from joint drills."
    assert [k[:2] for k in _keys(launches(text, "2024-05-14"))] == [("PRK", "2024-05-13")]


def test_a_reporters_zone_named_before_the_day_yields_to_the_sites_day(launches):
    text = ("The Pacific Command said North Korea fired a missile at 11:21 a.m. Hawaii time on Saturday, which was "
            "6:21 a.m. Sunday in Korea.")
    assert [k[1] for k in _keys(launches(text, "2017-04-16"))] == ["2017-04-16"]


def test_a_fronted_day_of_a_report_is_a_statement_day(launches):
    text = ("On Sunday, the chief of Russia's General Staff told President Vladimir Putin that the Burevestnik "
            "missile had been tested on October 21.")
    assert [k[:2] for k in _keys(launches(text, "2025-10-27"))] == [("RUS", "2025-10-21")]


def test_the_day_of_a_response_is_not_the_day_of_the_attack_it_answers(launches):
    text = ("The United States imposed new sanctions on Iran's missile programme on Thursday, in response to "
            "Tehran's missile attack on Israel this month.")
    assert launches(text, "2024-04-18") == []


def test_fired_from_outside_a_countrys_borders_is_not_from_that_country(launches):
    text = ("Twelve ballistic missiles were fired from outside the borders of Iraq early Sunday, an attack Iran's "
            "Revolutionary Guards claimed.")
    assert [k[0] for k in _keys(launches(text, "2022-03-13", title="Iran's Guards claim missile barrage on Erbil"))] \
        == ["IRN"]


def test_launch_control_systems_bought_with_missiles_are_no_launch(launches):
    text = "The purchase covers 400 Tomahawk cruise missiles, along with launch control systems and training."
    assert launches(text, "2024-01-18") == []


def test_a_live_entry_in_the_present_tense_is_of_the_publication_day(launches):
    text = "6:57 a.m. -- North Korea launches a ballistic missile eastward from the Sunan area of Pyongyang."
    assert [k[:2] for k in _keys(launches(text, "2017-09-15T12:40:00+09:00"))] == [("PRK", "2017-09-15")]


def test_launches_as_a_noun_after_a_determiner_is_not_a_present_firing(launches):
    text = "The launches of North Korea's missiles worry Tokyo."
    assert launches(text, "2017-09-15") == []


def test_a_fronted_vague_time_before_said_stays_a_vague_recall(launches):
    text = ("Yemen's Houthis said on Sunday they had struck central Israel with a hypersonic missile. Earlier this "
            "month, the Houthis said they had targeted two oil tankers in the Red Sea with missiles and drones.")
    (ev,) = launches(text, "2024-09-15T12:20:00Z")
    assert (ev["launch_date"], ev["missile_count_min"]) == ("2024-09-15", 1)


def test_struck_a_ship_named_with_an_abbreviation_with_a_missile_is_a_launch(launches):
    text = ("Houthi fighters fired a cruise missile at a destroyer on Sunday. On Monday the group struck the "
            "U.S.-flagged bulk carrier Ocean Star in the Gulf of Aden with an anti-ship ballistic missile.")
    assert [k[:2] for k in _keys(launches(text, "2024-02-13"))] == [("YEM", "2024-02-11"), ("YEM", "2024-02-12")]


def test_a_satellite_named_between_commas_put_into_orbit_is_a_space_launch(launches):
    text = "Iran said on Sunday it had put its Nour-3 satellite, a military imaging craft, into orbit."
    (ev,) = launches(text, "2024-03-11")
    assert (ev["launch_country"], ev["missile_class"]) == ("IRN", "space_launch")


def test_a_missile_that_would_take_minutes_to_arrive_is_hypothetical(launches):
    text = ("Guam officials said a missile fired from North Korea would need about 14 minutes to reach the island, "
            "and urged residents to learn the shelter routes.")
    assert launches(text, "2017-08-11") == []


def test_what_callers_assumed_had_been_fired_is_no_launch(launches):
    text = ("Police received dozens of calls on Tuesday evening; many callers feared the North had fired a missile "
            "at the city. The light came from a meteor.")
    assert launches(text, "2023-03-01") == []


def test_a_fronted_days_earlier_opens_a_background_launch(launches):
    text = ("Russia said on Thursday it had launched a satellite on a Soyuz rocket. Three days earlier, on March 4, "
            "the army launched an Iskander missile at a training range.")
    keys = _keys(launches(text, "2024-03-07"))
    assert ("RUS", "2024-03-04", True) in keys and ("RUS", "2024-03-07", False) in keys


def test_fronted_day_before_an_impact_verb_dates_the_strike_not_a_statement(launches):
    text = ("Iran fired missiles at Erbil on Monday. On Tuesday, Iranian missiles hit what Tehran said were militant "
            "bases in Pakistan.")
    assert ("IRN", "2024-01-16", False) in _keys(launches(text, "2024-01-17"))


def test_a_generic_plural_subject_is_no_launcher(launches):
    text = ("North Korea fired a cruise missile on Sunday. Between Sunday and Tuesday, at least four governments "
            "fired missiles in three regions.")
    assert _keys(launches(text, "2024-01-17")) == [("PRK", "2024-01-14", False)]


def test_the_group_refers_to_the_non_state_launcher_named_before(launches):
    text = ("North Korea fired a ballistic missile on Sunday. On Sunday evening Houthi fighters fired a cruise "
            "missile at a destroyer. On Monday the group fired a ballistic missile at a tanker.")
    assert ("YEM", "2024-01-15", False) in _keys(launches(text, "2024-01-17"))


def test_a_dated_clause_naming_another_states_system_is_that_states_launch(launches):
    text = ("India test-fired its Agni-5 missile on Monday. On October 18 last year, officials announced a flight "
            "test of the Ababeel.")
    keys = [k[:2] for k in _keys(launches(text, "2024-03-12"))]
    assert keys == [("IND", "2024-03-11"), ("PAK", "2023-10-18")]


def test_another_states_system_supplied_to_the_launcher_stays_the_launchers(launches):
    text = ("Russia fired missiles at Kharkiv on Tuesday. On Dec. 30, North Korean-made KN-23 missiles were "
            "launched at the city.")
    assert [k[0] for k in _keys(launches(text, "2024-01-04"))] == ["RUS", "RUS"]


def test_a_state_defence_agency_is_its_states_launcher(launches):
    text = "The Agency for Defense Development carried out a test flight of a solid-fuel rocket on Friday evening."
    (ev,) = launches(text, "2022-12-31")
    assert (ev["launch_country"], ev["launch_date"]) == ("KOR", "2022-12-30")


def test_missiles_that_followed_drones_take_their_own_day(launches):
    text = ("Iran launched about 100 drones late on Saturday, followed in the early hours of Sunday by some 40 "
            "ballistic missiles, the army said.")
    assert [k[:2] for k in _keys(launches(text, "2024-04-15"))] == [("IRN", "2024-04-14")]


def test_a_system_that_followed_another_in_a_parade_is_no_launch(launches):
    text = ("Thousands watched the parade on Thursday. The Hwasong-18, which the North flight-tested in April, "
            "rolled through the square, followed by the Hwasong-17.")
    assert launches(text, "2023-07-28") == []


def test_the_day_of_a_nuclear_test_a_series_began_with_dates_no_launch(launches):
    text = ("North Korea fired two missiles on Wednesday. The launches cap a run of weapons activity that began "
            "with the North's fifth nuclear test on Sept. 9.")
    assert [k[1] for k in _keys(launches(text, "2016-10-20"))] == ["2016-10-19"]


def test_the_day_a_person_arrived_does_not_date_the_launches_he_discussed(launches):
    text = ("North Korea fired two missiles on Thursday. The U.S. envoy, who arrived in Seoul on Wednesday, "
            "discussed the launches with his counterpart.")
    assert [k[1] for k in _keys(launches(text, "2019-05-10"))] == ["2019-05-09"]


def test_a_washington_afternoon_is_the_next_morning_in_korea(launches):
    text = "North Korea launched a ballistic missile. The launch took place Monday afternoon Washington time."
    (ev,) = launches(text, "2017-07-04T09:00:00+09:00")
    assert ev["launch_date"] == "2017-07-04"


def test_a_dateline_without_parentheses_is_the_filing_day_not_the_launch_day(launches):
    text = ("OSAKA, Oct. 3 Kyodo - North Korea said Thursday it had test-fired a new missile. The missile was "
            "fired off the east coast on Wednesday, state media said.")
    assert [k[:2] for k in _keys(launches(text, "2019-10-03T17:00:00+09:00"))] == [("PRK", "2019-10-02")]


def test_a_dateline_day_still_dates_a_launch_nothing_else_dates(launches):
    text = ("OSAKA, April 13 Kyodo - Residents were told to take cover after North Korea launched a ballistic "
            "missile, the government said.")
    assert [k[:2] for k in _keys(launches(text, "2023-04-13T12:00:00+09:00"))] == [("PRK", "2023-04-13")]


def test_later_undated_mentions_of_a_missile_tested_last_month_make_no_launch(launches):
    text = ("The council adopted new sanctions on Friday. Pyongyang said the missile it tested last month could "
            "reach any city. Experts say it flew higher than any earlier North Korean missile.")
    assert launches(text, "2017-12-23") == []


def test_the_state_qualifying_the_missile_beats_the_state_it_crossed(launches):
    text = ("North Korea fired a missile on Tuesday. The last time a North Korean missile crossed Japan was on "
            "Sept. 15, 2017, when an IRBM flew over Hokkaido.")
    keys = [k[:2] for k in _keys(launches(text, "2022-10-05"))]
    assert ("PRK", "2017-09-15") in keys and ("JPN", "2017-09-15") not in keys


def test_a_month_and_year_name_no_day(launches):
    text = ("North Korea showed a new ICBM at a parade on Saturday. It appeared larger than the Hwasong-15, which "
            "was last flown in November 2017.")
    assert launches(text, "2020-10-11") == []


def test_none_of_the_missiles_fired_is_no_launch(launches):
    text = "Dozens of missiles rolled past the stand on Saturday. None of the missiles was fired."
    assert launches(text, "2020-10-11") == []


def test_a_missile_that_would_be_flight_tested_later_is_no_launch(launches):
    text = "Experts said the missile would probably be flight-tested after the election on Nov. 3."
    assert launches(text, "2020-10-11") == []


def test_a_launch_preparatory_committee_is_no_launch(launches):
    text = "Kim on Tuesday visited the satellite launch preparatory committee, state media said."
    assert launches(text, "2023-05-17") == []


def test_the_state_a_missile_resembles_is_not_its_launcher(launches):
    text = ("North Korea fired a rocket on Tuesday. On July 25, two KN-23 missiles, a design that resembles "
            "Russia's Iskander, were fired from near Wonsan.")
    keys = [k[:2] for k in _keys(launches(text, "2019-09-11"))]
    assert ("PRK", "2019-07-25") in keys and ("RUS", "2019-07-25") not in keys


def test_a_system_a_missile_resembles_names_no_launcher(launches):
    text = ("North Korea fired a rocket on Tuesday. On August 10, two missiles that resemble the U.S. Army "
            "Tactical Missile System were fired into the sea.")
    keys = [k[:2] for k in _keys(launches(text, "2019-09-11"))]
    assert ("USA", "2019-08-10") not in keys


def test_the_first_launch_since_a_nuclear_test_is_not_dated_by_it(launches):
    text = ("North Korea fired a missile over Japan on Friday. It was the North's first launch since the Sept. 3 "
            "underground nuclear test.")
    assert [k[1] for k in _keys(launches(text, "2017-09-15"))] == ["2017-09-15"]


def test_a_military_command_that_fires_is_the_launcher(launches):
    text = ("North Korea fired a missile over Japan on Friday. Minutes after the launch, South Korea's military "
            "fired two ballistic missiles into the sea in a drill.")
    assert ("KOR", "2017-09-15", False) in _keys(launches(text, "2017-09-15"))


def test_a_military_command_that_reports_a_firing_is_not_the_launcher(launches):
    text = "South Korea's military said North Korea fired a ballistic missile on Friday."
    assert [k[0] for k in _keys(launches(text, "2017-09-15"))] == ["PRK"]


def test_the_firing_after_first_since_a_day_when_is_a_background_launch(launches):
    text = ("North Korea launched an ICBM on Monday. Monday's ICBM was the North's first since July 12, when it "
            "launched a Hwasong-18 that flew for 74 minutes.")
    assert ("PRK", "2023-07-12", True) in _keys(launches(text, "2023-12-18"))


def test_a_firing_within_minutes_of_the_launch_is_of_its_day(launches):
    text = ("North Korea fired a long-range missile on Wednesday. Within four minutes of the launch, South Korea's "
            "military fired two missiles of its own into the sea.")
    assert ("KOR", "2017-11-29", False) in _keys(launches(text, "2017-11-29"))


def test_an_hour_and_minutes_after_the_launch_is_of_its_day(launches):
    text = ("North Korea fired a long-range missile on Wednesday. About an hour and 20 minutes after the North's "
            "launch, South Korea's military fired two missiles of its own into the sea.")
    assert ("KOR", "2017-11-29", False) in _keys(launches(text, "2017-11-29"))


def test_a_military_that_stages_a_drill_firing_missiles_is_the_launcher(launches):
    text = ("North Korea fired a long-range missile on Wednesday. Hours later, the South Korean military held a "
            "live-fire drill, firing three missiles into the sea.")
    evs = launches(text, "2017-11-29")
    assert ("KOR", "2017-11-29", False) in _keys(evs)
    north = next(e for e in evs if e["launch_country"] == "PRK")
    assert north["missile_count_min"] == 1  # the drill's three missiles are not the North's


def test_a_firing_after_a_semicolon_with_listed_days_is_background(launches):
    text = ("North Korea fired a missile over Japan on Tuesday, Oct. 4. On Saturday it fired two short-range "
            "missiles near the capital; before that it launched one on Sunday, Sept. 25, two on Wednesday, "
            "Sept. 28, and two more on Thursday, Sept. 29.")
    dates = [k[1] for k in _keys(launches(text, "2022-10-04"))]
    assert dates == ["2022-09-25", "2022-09-28", "2022-09-29", "2022-10-01", "2022-10-04"]


def test_tests_a_firing_came_after_are_background_launches_of_their_days(launches):
    text = ("North Korea fired a missile on Monday. On Friday, the North fired two short-range missiles from a "
            "train, after flight tests of what it called hypersonic missiles on Jan. 5 and Jan. 11.")
    dates = [k[1] for k in _keys(launches(text, "2022-01-17"))]
    assert dates == ["2022-01-05", "2022-01-11", "2022-01-14", "2022-01-17"]


def test_a_day_in_a_since_clause_with_its_own_verb_dates_that_event(launches):
    text = ("Yemen's Houthis fired a missile at Israel on Sunday. The Houthis have fired dozens of missiles at "
            "Israel since it resumed its offensive in Gaza on March 18.")
    evs = launches(text, "2025-05-04")
    assert _keys(evs) == [("YEM", "2025-05-04", False)]
    assert evs[0]["missile_count_min"] == 1  # the running count is not Sunday's


def test_the_first_launch_since_a_firing_keeps_that_firing_day(launches):
    text = "North Korea fired a missile on Monday. It was the first launch since it fired a Hwasong-18 on July 12."
    assert ("PRK", "2023-07-12", True) in _keys(launches(text, "2023-12-18"))


def test_a_night_trial_of_a_missile_is_a_launch(launches):
    text = "India on Thursday carried out a night trial of its Agni-V ballistic missile off Odisha, sources said."
    (ev,) = launches(text, "2022-12-16")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_name"]) == ("IND", "2022-12-15", "Agni-V")


def test_missiles_fired_by_the_group_are_the_group_s_whoever_downed_them(launches):
    text = ("Yemen's Houthi rebels fired missiles at ships in the Red Sea on Tuesday, the Pentagon said. "
            "The previous wave came on Dec. 26, when U.S. warships downed three ballistic missiles fired by the "
            "group.")
    assert _keys(launches(text, "2024-01-10")) == [("YEM", "2023-12-26", True), ("YEM", "2024-01-09", False)]


def test_a_state_that_assesses_the_missile_is_not_its_launcher(launches):
    text = ("North Korea fired an ICBM on Thursday. It followed a failed launch on March 16, when a missile Seoul "
            "assessed to be a Hwasong-17 exploded soon after liftoff.")
    assert ("PRK", "2022-03-16", True) in _keys(launches(text, "2022-03-25"))


def test_last_and_a_month_name_no_day(launches):
    text = ("Kim Jong Un visited a satellite control office on Friday. North Korea put its first spy satellite "
            "into orbit last November after two failed attempts.")
    assert launches(text, "2024-03-01") == []


def test_a_firing_the_same_day_as_a_recalled_one_takes_its_day(launches):
    text = ("North Korea tested a hypersonic missile on Tuesday. The test came two weeks after the North fired two "
            "missiles from a train on September 15, the same day South Korea test-fired its first SLBM.")
    assert ("KOR", "2021-09-15", True) in _keys(launches(text, "2021-09-29"))


def test_an_offset_after_a_recalled_dated_firing_counts_from_that_firing(launches):
    text = ("North Korea fired two missiles on Thursday. They were the first since May 9, when it fired two "
            "missiles from Kusong, five days after a barrage of rockets off its east coast.")
    dates = [k[1] for k in _keys(launches(text, "2019-07-25"))]
    assert dates == ["2019-05-04", "2019-05-09", "2019-07-25"]


def test_a_launch_first_since_another_event_keeps_its_launch(launches):
    text = ("North Korea fired two cruise missiles over the weekend, U.S. officials said Tuesday, the first known "
            "test since President Biden took office in January.")
    assert [k[0] for k in _keys(launches(text, "2021-03-23"))] == ["PRK"]


def test_a_joint_firing_by_two_states_is_a_launch_of_each(launches):
    text = ("North Korea fired a missile over Japan on Tuesday. Early Wednesday, the South Korean and US "
            "militaries each fired two short-range missiles into the sea.")
    keys = [k[:2] for k in _keys(launches(text, "2022-10-05T10:40:00+09:00"))]
    assert keys == [("KOR", "2022-10-05"), ("PRK", "2022-10-04"), ("USA", "2022-10-05")]


def test_a_state_and_its_object_are_no_joint_subject(launches):
    text = "North Korea fired a missile toward Japan and South Korea on Sunday, officials said."
    assert [k[0] for k in _keys(launches(text, "2022-06-05"))] == ["PRK"]


def test_a_local_day_stated_later_moves_a_washington_weekday(launches):
    text = ("WASHINGTON (AP) - North Korea fired a long-range missile on Tuesday, officials said. The missile was "
            "launched at about 3:17 a.m. Wednesday local time from near Pyongyang.")
    assert [k[:2] for k in _keys(launches(text, "2017-11-28T17:10:00-05:00"))] == [("PRK", "2017-11-29")]


def test_a_day_stated_at_the_site_is_not_moved_again_by_an_eastern_clock(launches):
    text = ("Iran fired more than a dozen ballistic missiles at two bases in Iraq at about 5:30 p.m. ET, or "
            "1:30 a.m. Wednesday in Iraq, the Pentagon said.")
    assert [k[:2] for k in _keys(launches(text, "2020-01-07T22:40:00-05:00"))] == [("IRN", "2020-01-08")]


def test_the_reporter_s_day_of_the_launch_names_the_site_s_day_throughout(launches):
    text = ("Washington (CNN) - Iran launched more than a dozen ballistic missiles on Tuesday evening Washington "
            "time against two bases in Iraq. In 2017 the Guards fired missiles at targets in Syria, but Tuesday's "
            "attack was the first time Iran openly targeted US forces.")
    assert _keys(launches(text, "2020-01-07T22:40:00-05:00")) == [("IRN", "2020-01-08", False)]


def test_a_possessive_in_another_phrase_owns_no_launch(launches):
    text = ("North Korea fired eight missiles on Sunday, the JCS said. By Seoul's count, Sunday's launch was the "
            "North's 18th this year.")
    assert [k[0] for k in _keys(launches(text, "2022-06-06"))] == ["PRK"]


def test_sanctions_for_its_latest_test_date_no_launch(launches):
    text = ("The U.N. Security Council imposed new sanctions on North Korea on Friday for its latest "
            "intercontinental ballistic missile test, seeking to cut its fuel imports. The North has also fired "
            "two missiles over Japan this year.")
    assert launches(text, "2017-12-22") == []


def test_the_same_system_was_fired_again_on_a_day_is_a_background_launch(launches):
    text = ("North Korea fired two short-range missiles on Tuesday, the JCS said. The same system was fired again "
            "on August 2 from Yonghung.")
    assert ("PRK", "2019-08-02", True) in _keys(launches(text, "2019-08-06"))


def test_a_numeral_subject_of_were_fired_is_a_background_launch(launches):
    text = ("North Korea fired two short-range missiles on Tuesday, the JCS said. Two were fired from near "
            "Hamhung on August 1, flying about 400 kilometers.")
    assert ("PRK", "2019-08-01", True) in _keys(launches(text, "2019-08-06"))


def test_a_fronted_day_after_counts_from_the_act_that_follows_it(launches):
    text = ("New Delhi: A day after India test-fired its longest-range missile, China on Tuesday said the Security "
            "Council had clear rules on such missiles.")
    assert _keys(launches(text, "2016-12-27T20:00:00+05:30")) == [("IND", "2016-12-26", False)]


def test_launch_as_the_first_half_of_a_compound_noun_is_no_firing(launches):
    text = ("Japan has said it needs the ability to strike enemy launch sites in response to growing missile "
            "threats, officials said on Friday.")
    assert launches(text, "2022-12-16") == []


def test_a_day_stated_before_an_offset_from_a_non_launch_event_dates_the_firing(launches):
    text = ("Seoul tested a new cruise missile on Friday, the ministry said. On April 2, three days after the "
            "election, Pyongyang launched a medium-range missile from Kusong.")
    assert ("PRK", "2024-04-02", True) in _keys(launches(text, "2024-06-14"))


def test_an_offset_from_an_undated_event_gives_no_day(launches):
    text = ("Seoul tested a new cruise missile on Friday, the ministry said. Two weeks after the election, "
            "Pyongyang launched a medium-range missile from Kusong.")
    assert _keys(launches(text, "2024-06-14")) == [("KOR", "2024-06-14", False)]


def test_hours_later_after_a_month_and_year_does_not_date_the_recalled_firing(launches):
    text = ("Pyongyang's most recent launch came in early March 2018, when it fired a Hwasong-12 and said, "
            "hours later, that the test had succeeded. Analysts expect more tests soon.")
    assert launches(text, "2019-02-20") == []


def test_without_launching_a_missile_is_no_launch(launches):
    text = "Iran has gone six months without launching a single missile, officials in Washington said on Monday."
    assert launches(text, "2024-06-10") == []


def test_the_absence_of_launches_is_no_launch(launches):
    text = ('North Korea last fired a missile in late 2017, officials said. "The absence of launches can be '
            'reversed overnight," an analyst in Seoul said on Thursday.')
    assert launches(text, "2018-11-29") == []


def test_a_negative_cue_in_a_defying_clause_does_not_veto_the_firing(launches):
    text = ("North Korea launched a long-range rocket on Sunday morning, defying warnings from Tokyo and Seoul that "
            "any such launch would breach Security Council resolutions.")
    assert _keys(launches(text, "2016-02-07T15:00:00+09:00")) == [("PRK", "2016-02-07", False)]


def test_a_launch_that_would_take_place_in_a_window_is_no_launch(launches):
    text = ("North Korea launched a long-range rocket on Sunday morning. Pyongyang had told the maritime agency that "
            "the launch would take place between Feb. 8 and 25, but on Saturday it brought the window forward.")
    assert _keys(launches(text, "2016-02-07T15:00:00+09:00")) == [("PRK", "2016-02-07", False)]


def test_state_media_said_early_on_a_day_dates_the_statement(launches):
    text = ("North Korea fired an intercontinental ballistic missile on Saturday evening, Japan said. North Korea's "
            "state media said early on Sunday that the launch was a drill involving a Hwasong-15.")
    assert _keys(launches(text, "2023-02-19T07:30:00+09:00")) == [("PRK", "2023-02-18", False)]


def test_a_recalled_firing_over_the_weekend_names_no_day(launches):
    text = ("Warships from South Korea, the United States and Japan held a missile defense drill on Wednesday, the "
            "military said. North Korea launched an ICBM over the weekend, and it fell in Japan's waters.")
    assert launches(text, "2023-02-22") == []


def test_the_leads_firing_over_the_weekend_is_the_main_launch_without_a_day(launches):
    text = ("North Korea fired two short-range cruise missiles over the weekend, U.S. officials said on Tuesday. "
            "The missiles flew into the Yellow Sea.")
    assert _keys(launches(text, "2021-03-23")) == [("PRK", None, False)]


def test_a_span_of_days_dates_no_launch(launches):
    text = ("North Korea fired the rocket at 10:42 p.m. on Tuesday, Seoul said. The launch came an hour before the "
            "start of a launch window that North Korea had given the coast guard, which ran from Wednesday to Dec. 1.")
    assert _keys(launches(text, "2023-11-22T12:30:00+09:00")) == [("PRK", "2023-11-21", False)]


def test_a_day_of_talks_before_and_condemned_the_launch_dates_the_talks(launches):
    text = ("North Korea fired a rocket at 10:42 p.m. on Tuesday, Seoul said. Diplomats of Japan and the United "
            "States held phone talks on Wednesday morning and jointly condemned the launch.")
    assert _keys(launches(text, "2023-11-22T12:30:00+09:00")) == [("PRK", "2023-11-21", False)]


def test_a_relative_clause_with_its_own_day_recalls_a_launch(launches):
    text = ("North Korea fired an ICBM on Monday, the JCS said. It was the third flight of the Hwasong-18, which "
            "the North first flew on April 13 and tested again on July 12.")
    keys = _keys(launches(text, "2023-12-19T10:00:00+09:00"))
    assert ("PRK", "2023-04-13", True) in keys and ("PRK", "2023-07-12", True) in keys


def test_the_ones_fired_on_a_day_are_a_launch_of_that_day(launches):
    text = ("North Korea fired two projectiles early Friday, the JCS said. They appeared similar to the ones the "
            "North fired on Wednesday from the Kalma Peninsula.")
    assert ("PRK", "2019-07-31", True) in _keys(launches(text, "2019-08-02T10:00:00+09:00"))


def test_a_that_clause_after_told_is_no_relative_firing(launches):
    text = ("Russia has tested its Burevestnik cruise missile, Putin said on Sunday. Gerasimov told Putin at a "
            "meeting, shown on state television, that the missile flew 14,000 km during a test on Oct. 21.")
    assert _keys(launches(text, "2025-10-26")) == [("RUS", "2025-10-21", False)]


def test_a_static_firing_of_a_motor_is_no_launch(launches):
    text = ('The Korean Central News Agency (KCNA) said leader Kim Jong Un oversaw the "first" static firing of a '
            "solid-fuel motor with a thrust of 140 tons-force at the Sohae Satellite Launching Ground in Tongchang-ri, "
            "North Pyongan Province, on Thursday.")
    assert launches(text, "2022-12-16", title="North Korea tests solid-fuel motor for new strategic weapon") == []


def test_the_day_of_an_exercise_the_launches_came_during_is_not_theirs(launches):
    text = ("North Korea fired an ICBM on Thursday, the JCS said. The launches came as the allies began their "
            "largest joint exercise in five years on Monday.")
    assert _keys(launches(text, "2023-03-16")) == [("PRK", "2023-03-16", False)]


def test_the_day_of_a_meeting_the_launch_answered_is_not_its_own(launches):
    text = ("North Korea fired an ICBM on Monday, the JCS said. KCNA said the launch was a response to a meeting of "
            "the allies' nuclear group, held in Washington on Friday.")
    assert _keys(launches(text, "2023-12-19")) == [("PRK", "2023-12-18", False)]


def test_states_reporting_inside_a_relative_clause_are_not_launchers(launches):
    text = ("North Korea said Thursday it had test-fired a new submarine-launched missile, a day after a launch that "
            "Seoul and Tokyo said sent a missile nearly 1,000 kilometers into space.")
    assert {k[0] for k in _keys(launches(text, "2019-10-03"))} == {"PRK"}


def test_an_offset_to_a_statement_does_not_date_the_firing_it_reports(launches):
    text = ("North Korea fired two ballistic missiles on Wednesday, the JCS said. The launch came two days after "
            "Pyongyang said it had tested a new cruise missile over the weekend.")
    assert _keys(launches(text, "2021-09-15")) == [("PRK", "2021-09-15", False)]


def test_the_accidental_firing_of_a_missile_on_a_day_is_a_launch(launches):
    text = ("India's Ministry of Defence said that on March 9, a technical malfunction led to the accidental firing "
            "of a missile into Pakistan.")
    assert _keys(launches(text, "2022-03-11")) == [("IND", "2022-03-09", False)]


def test_the_defender_that_intercepted_a_missile_fired_toward_it_is_no_launcher(launches):
    text = ("The Israel Defense Forces said Tuesday that its Arrow system had intercepted a surface-to-surface "
            "missile fired toward southern Israel from the Red Sea area. Yemen's Houthi rebels later claimed "
            "responsibility, saying the group had fired ballistic missiles at Israel.")
    assert {k[0] for k in _keys(launches(text, "2023-10-31"))} == {"YEM"}


def test_a_missile_that_exploded_after_liftoff_on_a_day_is_a_launch(launches):
    text = ("North Korea fired two Musudan missiles on Wednesday, the JCS said. Another Musudan exploded shortly "
            "after liftoff on May 31.")
    assert ("PRK", "2016-05-31", True) in _keys(launches(text, "2016-06-22"))


def test_until_a_day_when_the_first_attempt_failed_recalls_that_launch(launches):
    # (guards the bound rule below: "until April 15" bounds a span, the firing after "when" has that day)
    text = ("North Korea fired two Musudan missiles on Wednesday, the JCS said. The Musudan had never been "
            "flight-tested until April 15, when the first attempt blew up within seconds.")
    assert ("PRK", "2016-04-15", True) in _keys(launches(text, "2016-06-22"))


def test_a_false_alert_that_a_missile_was_launched_is_no_launch(launches):
    text = ("Japan's public broadcaster NHK mistakenly told users on Tuesday evening that North Korea had likely "
            "launched a missile, and corrected the alert minutes later.")
    assert launches(text, "2018-01-16") == []


def test_the_day_a_launch_came_before_is_a_bound_not_its_day(launches):
    text = ("North Korea fired a missile over Japan on Tuesday, the JCS said. Its most recent launch before Tuesday "
            "came on Saturday, when North Korea fired two short-range ballistic missiles from Sunan.")
    assert ("PRK", "2022-10-01", True) in _keys(launches(text, "2022-10-04T20:00:00+09:00"))


def test_the_first_launch_since_a_recalled_firing_keeps_the_main_day(launches):
    text = ("North Korea said Monday it had tested a solid-fuel missile, its first launch of the year. Seoul said "
            "on Sunday it had detected a missile fired from the Pyongyang area. It was the North's first launch "
            "since it fired a Hwasong-18 on December 18.")
    keys = _keys(launches(text, "2024-01-15T09:00:00+09:00"))
    assert ("PRK", "2024-01-14", False) in keys and ("PRK", "2023-12-18", True) in keys


def test_the_day_two_leaders_met_since_which_launches_are_counted_is_no_launch(launches):
    text = ("North Korea fired two short-range missiles on Thursday, the JCS said. The launches were the first since "
            "Kim and Trump met at the border on June 30.")
    assert _keys(launches(text, "2019-07-26")) == [("PRK", "2019-07-25", False)]


def test_a_day_inside_a_launch_window_clause_dates_the_window(launches):
    text = ("North Korea launched a long-range rocket on Sunday, Seoul said. The launch came on the first day of a "
            "window that the North had moved forward only a day earlier.")
    assert _keys(launches(text, "2016-02-07T15:00:00+09:00")) == [("PRK", "2016-02-07", False)]


def test_put_a_long_named_satellite_into_orbit_is_a_launch(launches):
    text = ("On November 21, North Korea put what it says is its first military reconnaissance satellite into "
            "orbit, prompting Seoul to suspend a military agreement. Analysts doubt it works.")
    assert ("PRK", "2023-11-21") in {k[:2] for k in _keys(launches(text, "2023-12-02"))}


def test_scuds_are_missiles(launches):
    text = ("North Korea fired two ballistic missiles on Sunday, the JCS said. On Wednesday the North launched two "
            "Scuds from South Hwanghae province.")
    assert ("PRK", "2014-07-09", True) in _keys(launches(text, "2014-07-13"))


def test_two_more_failed_and_another_blew_up_on_days_are_launches(launches):
    text = ("North Korea fired two Musudan missiles on Wednesday, the JCS said. Two more failed on April 28, and "
            "another blew up on May 31, shortly after it left its launcher.")
    keys = _keys(launches(text, "2016-06-22"))
    assert ("PRK", "2016-04-28", True) in keys and ("PRK", "2016-05-31", True) in keys


def test_two_failed_attempts_are_no_firing_of_their_own(launches):
    text = ("Leaders urged North Korea on Monday to call off its planned satellite launch. The North put its first "
            "spy satellite into orbit last November after two failed attempts.")
    assert launches(text, "2024-05-27") == []


def test_a_council_that_would_discuss_the_launches_on_a_day_dates_the_meeting(launches):
    text = ("North Korea fired two medium-range missiles on Wednesday, the JCS said. Diplomats said the Security "
            "Council would discuss the launches behind closed doors on Thursday.")
    assert _keys(launches(text, "2014-03-26")) == [("PRK", "2014-03-26", False)]


def test_the_day_of_a_nuclear_test_is_no_launch_day(launches):
    text = ("North Korea fired a long-range rocket on Sunday, Seoul said. It conducted its fourth nuclear test on "
            "Jan. 6 and launched a rocket carrying what it called a satellite on Feb. 7.")
    keys = _keys(launches(text, "2016-06-22"))
    assert ("PRK", "2016-02-07", True) in keys and ("PRK", "2016-01-06", True) not in keys


def test_the_month_of_a_recalled_rocket_names_no_day(launches):
    text = ("North Korea said it would launch a satellite between Dec. 10 and 22. The April rocket broke apart "
            "about a minute after liftoff.")
    assert launches(text, "2012-12-01") == []


def test_tested_an_engine_to_fire_missiles_is_no_launch(launches):
    text = ("North Korea's state media hailed a breakthrough at the Sohae site on Sunday. An expert said the North "
            "had most likely tested a new solid-fuel engine, which would allow it to fire missiles with less warning.")
    assert launches(text, "2019-12-08") == []


def test_the_state_a_rocket_crossed_is_no_launcher(launches):
    text = ("North Korea launched a long-range rocket on Wednesday, Seoul said. On 5 April 2009 an Unha-2 rocket "
            "again crossed Japan before its upper stages fell into the Pacific.")
    assert ("PRK", "2009-04-05", True) in _keys(launches(text, "2012-12-12"))


def test_states_whose_officials_report_a_test_are_not_its_launchers(launches):
    text = ("North Korea fired an ICBM on Thursday, Japan said. Pyongyang carried out launches on Feb. 27 and "
            "March 5, but U.S. and South Korean officials later said both had tested parts of the new ICBM.")
    assert {k[0] for k in _keys(launches(text, "2022-03-24"))} == {"PRK"}


def test_an_answering_drill_minutes_after_the_launch_is_the_system_states_own_launch(launches):
    text = ("North Korea fired an ICBM early Wednesday, the JCS said. Six minutes after the launch, at 3:23 a.m., the "
            "South's Army, Navy and Air Force fired three missiles, among them a Hyunmoo-2, in a drill.")
    got = {(e["launch_country"], e["launch_date"], e["missile_count_min"]) for e in launches(text, "2017-11-29")}
    assert got == {("PRK", "2017-11-29", 1), ("KOR", "2017-11-29", 3)}


# --- 0.8.16: read from held-out sets AC and AD ---


def test_carried_out_a_missile_test_is_a_launch(launches):
    text = "Iran carried out a ballistic missile test on Tuesday, state television reported."
    (ev,) = launches(text, "2025-02-05")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_class"]) == ("IRN", "2025-02-04", "ballistic")


def test_conducted_a_nuclear_test_is_no_launch(launches):
    assert launches("North Korea conducted a nuclear test on Sunday, seismologists said.", "2025-02-03") == []


def test_has_not_conducted_a_missile_test_is_no_launch(launches):
    text = "Pakistan has not conducted a missile test since March, officials said on Monday."
    assert launches(text, "2025-06-02") == []


def test_a_hypersonic_glide_vehicle_is_a_launched_object(launches):
    text = "China launched a hypersonic glide vehicle on Thursday that circled the globe, a newspaper reported."
    (ev,) = launches(text, "2025-08-02")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_class"]) == ("CHN", "2025-07-31", "hypersonic")


def test_the_leads_firing_dated_by_a_season_is_the_main_launch_without_a_day(launches):
    text = ("Washington confirmed on Monday that Beijing had carried out a hypersonic weapons test this summer. "
            "Officials called the test a worrying step.")
    assert _keys(launches(text, "2025-10-20")) == [("CHN", None, False)]


def test_a_later_dated_firing_is_another_launch_when_the_main_day_is_undisclosed(launches):
    text = ("Russia's navy test-fired a Bulava missile from a new submarine, the ministry said on Sunday. "
            "It did not say when the launch took place. "
            "On Oct. 12, Russian bombers fired cruise missiles during a drill of the nuclear forces.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2025-10-19")} == {
        ("RUS", None), ("RUS", "2025-10-12")}


def test_the_test_took_place_on_a_day_dates_the_launch(launches):
    text = ("Russia has tested a new cruise missile, its army chief told the president on Monday. "
            "He said the test took place on Oct. 14. He did not say where the missile was launched.")
    assert _keys(launches(text, "2025-10-20")) == [("RUS", "2025-10-14", False)]


def test_a_missile_that_made_its_first_flight_on_a_day_was_launched(launches):
    text = ("Russia fired a Sarmat missile on Monday, officials said. "
            "The Sarmat made its first flight on April 20, 2022.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2025-10-20")} == {
        ("RUS", "2025-10-20"), ("RUS", "2022-04-20")}


def test_french_m51_is_a_submarine_launched_ballistic_missile(launches):
    (ev,) = launches("France test-fired an M51 on Friday from the Landes range, the ministry said.", "2025-05-10")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_class"], ev["range_class"]) == (
        "FRA", "2025-05-09", "ballistic", "SLBM")


def test_an_answering_firing_hours_after_the_launch_has_the_launch_day(launches):
    text = ("North Korea fired a ballistic missile on Thursday. In response, the South's army staged a drill about "
            "three hours after the launch, firing two Hyunmoo-2 missiles, officials said.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2025-05-10")} == {
        ("PRK", "2025-05-08"), ("KOR", "2025-05-08")}


def test_the_day_after_confirmed_is_the_statements_day(launches):
    text = "North Korea confirmed Saturday it test-fired a new cruise missile the previous day."
    assert _keys(launches(text, "2025-05-10")) == [("PRK", "2025-05-09", False)]


def test_a_datelines_full_date_does_not_make_the_lead_a_recap(launches):
    text = ("WASHINGTON, Oct. 20, 2025 (AFP) - A U.S. general confirmed that China had tested a hypersonic glide "
            "vehicle in August, calling it a worrying step.")
    assert _keys(launches(text, "2025-10-20")) == [("CHN", None, False)]


# --- 0.8.17: read from held-out set AC ---


def test_test_flew_is_a_firing_verb(launches):
    (ev,) = launches("North Korea test-flew a new solid-fuel ICBM on Thursday, Seoul said.", "2025-05-10")
    assert (ev["launch_country"], ev["launch_date"]) == ("PRK", "2025-05-08")


def test_fired_two_more_is_a_firing_of_missiles_told_before(launches):
    text = ("North Korea fired a ballistic missile on Tuesday. On Sept. 25 it fired one from Kusong, "
            "and on Saturday it fired two more from Sunan.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2025-09-30")} == {
        ("PRK", "2025-09-30"), ("PRK", "2025-09-25"), ("PRK", "2025-09-27")}


def test_a_revised_assessments_day_is_a_statements_day(launches):
    text = ("North Korea fired two ballistic missiles on Thursday, Seoul said. The military revised its assessment "
            "on Friday, saying both missiles flew about 600 kilometers.")
    assert _keys(launches(text, "2025-05-09")) == [("PRK", "2025-05-08", False)]


def test_since_a_day_when_it_said_it_had_launched_recalls_that_day(launches):
    text = ("North Korea fired three missiles on Wednesday. It was the North's first ICBM test since March 24, "
            "when it said it had launched the Hwasong-17.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2025-05-28")} == {
        ("PRK", "2025-05-28"), ("PRK", "2025-03-24")}


def test_two_since_when_recalls_in_one_sentence_are_two_launches(launches):
    text = ("North Korea fired three missiles on Wednesday. They were its first launches since May 12, when it "
            "fired two short-range missiles, and its first ICBM test since March 24, when it launched a Hwasong-17.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2025-05-28")} == {
        ("PRK", "2025-05-28"), ("PRK", "2025-05-12"), ("PRK", "2025-03-24")}


def test_days_later_counts_from_the_firing_before(launches):
    text = ("North Korea fired a missile on Sunday. On Jan. 14, it fired two missiles from a train, "
            "and three days later launched two more from an airport.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2025-01-27")} == {
        ("PRK", "2025-01-26"), ("PRK", "2025-01-14"), ("PRK", "2025-01-17")}


def test_the_next_day_of_a_meeting_is_no_second_launch(launches):
    text = "Iran fired a ballistic missile on Monday, and the Security Council met the next day."
    assert _keys(launches(text, "2025-01-28")) == [("IRN", "2025-01-27", False)]


# --- 0.8.19: read from held-out set AE ---


def test_a_second_firing_after_and_with_its_own_day_is_its_own_launch(launches):
    text = ("North Korea fired an ICBM on Thursday. On Tuesday it fired two short-range missiles from Jangyon, "
            "and state media said it had fired two cruise missiles from a submarine early on Sunday.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2025-03-14")} == {
        ("PRK", "2025-03-13"), ("PRK", "2025-03-11"), ("PRK", "2025-03-09")}


def test_a_missile_that_crossed_an_island_was_launched(launches):
    text = ("North Korea fired a ballistic missile over Japan on Tuesday. "
            "On Sept. 15, 2017, a Hwasong-12 crossed Hokkaido.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2022-10-04")} == {
        ("PRK", "2022-10-04"), ("PRK", "2017-09-15")}


def test_further_missile_launches_urged_against_are_no_launch(launches):
    text = ("China's foreign minister said on Sunday he had urged Pyongyang not to provoke the world with further "
            "missile launches.")
    assert launches(text, "2025-08-04") == []


def test_a_statement_released_on_a_day_does_not_date_the_launches_it_names(launches):
    text = ("Asian foreign ministers voiced grave concern over North Korea's two missile tests last month. "
            "The statement, released on Saturday night, said the launches of July 4 and July 28 threatened the "
            "region.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2017-08-07")} == {
        ("PRK", "2017-07-04"), ("PRK", "2017-07-28")}


def test_a_possessive_owner_after_a_preposition_is_the_launcher(launches):
    text = ("Asian ministers voiced grave concern over North Korea's two missile tests last month. "
            "Their statement said the launches of July 4 and July 28 threatened the region.")
    assert {(e["launch_country"], e["launch_date"]) for e in launches(text, "2017-08-07")} == {
        ("PRK", "2017-07-04"), ("PRK", "2017-07-28")}


# --- 0.8.21: read from held-out set AJ ---


def test_a_state_that_flew_its_missile_launched_it(launches):
    text = "North Korea flew its solid-fuel Hwasong-18 ICBM for the third time on the morning of December 18."
    assert _keys(launches(text, "2023-12-20")) == [("PRK", "2023-12-18", False)]


def test_a_states_test_of_a_missile_is_a_launch_noun(launches):
    text = "North Korea's test of a new intercontinental ballistic missile on Thursday alarmed its neighbours."
    assert _keys(launches(text, "2023-04-15")) == [("PRK", "2023-04-13", False)]


def test_a_missile_able_to_be_fired_quickly_is_no_launch(launches):
    text = ("South Korean officials had long warned of a long-range missile powered by solid fuel, which allows it "
            "to be fired quickly.")
    assert launches(text, "2023-04-17") == []


def test_less_than_weeks_after_names_no_day(launches):
    text = "North Korea fired a missile on Friday, less than four weeks after it first tested an ICBM."
    assert _keys(launches(text, "2017-07-29")) == [("PRK", "2017-07-28", False)]


def test_has_not_flight_tested_is_no_launch(launches):
    text = "The North has not flight-tested an ICBM since November 2017, officials said on Monday."
    assert launches(text, "2019-05-06") == []


def test_missiles_tested_routinely_are_no_launch(launches):
    text = "Iran tested missiles routinely between 2015 and 2020, officials said on Monday."
    assert launches(text, "2025-09-29") == []


def test_a_meeting_day_after_since_mr_kim_met_is_no_launch_day(launches):
    text = ("North Korea fired two missiles on Wednesday. The launches are the first since President Trump and "
            "Mr. Kim met at the Demilitarized Zone on June 30.")
    assert _keys(launches(text, "2019-07-26")) == [("PRK", "2019-07-24", False)]


def test_the_day_the_firing_verb_governs_beats_a_fronted_day(launches):
    text = ("On October 26th the chief of Russia's general staff appeared beside the president to report that the "
            "Burevestnik, a nuclear-powered cruise missile, had flown on October 21st for about 15 hours.")
    assert _keys(launches(text, "2025-10-30")) == [("RUS", "2025-10-21", False)]


def test_followed_with_two_more_on_listed_days(launches):
    text = ("North Korea fired one missile on Sept. 25. It followed with two more on Sept. 28 and two on the "
            "evening of Sept. 29.")
    assert {e["launch_date"] for e in launches(text, "2022-10-05")} == {"2022-09-25", "2022-09-28", "2022-09-29"}


def test_a_state_flown_over_in_the_headline_is_no_default_launcher(launches):
    text = "North Korea's missile flew over Japan on Tuesday. It fired two more missiles on Thursday."
    got = launches(text, "2022-10-07", title="A missile over Japan, two fired in reply")
    assert {(e["launch_country"], e["launch_date"]) for e in got} == {("PRK", "2022-10-04"), ("PRK", "2022-10-06")}


# --- 0.8.23: read from held-out set AH ---


def test_a_passenger_jet_that_crashed_is_no_missile_flight(launches):
    text = ("Iran fired missiles at US bases early on Wednesday. Hours after the missile attack, a Ukrainian "
            "passenger jet crashed shortly after take-off from Tehran.")
    assert {e["launch_country"] for e in launches(text, "2020-01-08")} == {"IRN"}


def test_an_attack_claimed_by_a_force_is_that_forces_states(launches):
    text = ("Iraq's foreign ministry summoned Iran's ambassador on Sunday after ballistic missiles slammed into "
            "Irbil overnight, in an attack claimed by Iran's Revolutionary Guards.")
    assert {e["launch_country"] for e in launches(text, "2022-03-13")} == {"IRN"}


def test_the_day_an_anniversary_remembers_is_no_launch_day(launches):
    text = ("The Houthis fired a missile at Israel on Sunday. Their spokesman said Israel should expect more "
            "strikes as the first anniversary of the October 7 attack approached, and that the missile was launched "
            "in support of Gaza.")
    assert _keys(launches(text, "2024-09-16")) == [("YEM", "2024-09-15", False)]


def test_attacks_since_a_month_are_a_running_count(launches):
    text = "The Houthis have attacked more than 100 ships with missiles and drones since November 2023."
    assert launches(text, "2025-01-10") == []


# --- 0.8.25: read from held-out set AJ ---


def test_a_missile_that_roared_off_a_runway_was_launched(launches):
    text = "North Korea's largest missile roared off a runway at Pyongyang's airport on Thursday afternoon."
    assert _keys(launches(text, "2022-03-26")) == [("PRK", "2022-03-24", False)]


def test_the_day_state_media_identified_the_missile_is_a_statements_day(launches):
    text = ("North Korea fired an ICBM on Thursday. The missile, which state media on Friday identified as the "
            "Hwasong-17, lifted off from the Sunan airfield at 2:34 p.m.")
    assert _keys(launches(text, "2022-03-26")) == [("PRK", "2022-03-24", False)]


def test_a_day_and_again_another_day_are_two_launches(launches):
    text = ("North Korea fired an ICBM on Thursday. On 27 February and again on 5 March the North carried out what "
            "it called tests for a reconnaissance satellite.")
    assert {e["launch_date"] for e in launches(text, "2022-03-26")} == {"2022-03-24", "2022-02-27", "2022-03-05"}


def test_a_missile_that_stayed_aloft_was_launched(launches):
    text = "North Korea fired an ICBM on Tuesday. Late on the night of July 28 a second Hwasong-14 stayed aloft."
    assert {e["launch_date"] for e in launches(text, "2017-11-30")} == {"2017-11-28", "2017-07-28"}


def test_failures_of_a_rocket_on_listed_days_are_launches(launches):
    text = ("North Korea placed a satellite in orbit on Nov. 21 aboard a Chollima-1 rocket, after two failures of "
            "the same rocket on May 31 and Aug. 24.")
    assert {e["launch_date"] for e in launches(text, "2023-11-23")} == {"2023-11-21", "2023-05-31", "2023-08-24"}


def test_an_icbm_flight_on_a_day_is_a_launch_noun(launches):
    text = ("North Korea fired an ICBM on Sunday. The North's previous ICBM flight, of a Hwasong-17 on Nov. 18, "
            "came down west of Hokkaido.")
    assert {e["launch_date"] for e in launches(text, "2022-12-20")} == {"2022-12-18", "2022-11-18"}


def test_a_reason_clause_after_a_comma_keeps_its_negative_cue_to_itself(launches):
    text = ("Iran fired missiles at two bases in Iraq on Wednesday. On Oct. 1, 2018, it fired six ballistic "
            "missiles at targets in Syria, retaliating for an attack on a military parade.")
    assert {e["launch_date"] for e in launches(text, "2020-01-09")} == {"2020-01-08", "2018-10-01"}


def test_days_earlier_counts_back_from_the_storys_launch(launches):
    text = ("North Korea fired an ICBM on Thursday. Two days earlier it fired two short-range ballistic missiles "
            "from Jangyon.")
    assert {e["launch_date"] for e in launches(text, "2023-03-17")} == {"2023-03-16", "2023-03-14"}


def test_first_tested_on_a_day_and_again_on_another_are_two_launches(launches):
    text = ("North Korea fired an ICBM on Monday. The Hwasong-18 was first flight-tested on April 13, when Japan "
            "told residents to take cover, and again on July 12.")
    assert {e["launch_date"] for e in launches(text, "2023-12-20")} == {"2023-12-18", "2023-04-13", "2023-07-12"}


# --- 0.8.27: read from held-out set AH ---


def test_the_firing_of_what_it_claimed_was_a_missile_is_a_launch_noun(launches):
    text = ("North Korea fired two missiles on Friday. It followed the firing of what it claimed was a hypersonic "
            "missile on Jan. 5.")
    assert {e["launch_date"] for e in launches(text, "2022-01-14")} == {"2022-01-14", "2022-01-05"}


def test_an_attempt_to_put_a_satellite_into_orbit_is_a_launch(launches):
    text = ("North Korea's attempt to put a second spy satellite into orbit ended in a mid-air explosion late on "
            "Monday, its space agency said.")
    assert _keys(launches(text, "2024-05-28")) == [("PRK", "2024-05-27", False)]


def test_a_day_before_defending_a_test_is_the_speechs_day(launches):
    text = ("North Korea's envoy addressed the Security Council on Thursday for the first time in years, "
            "defending his country's test of a new intercontinental ballistic missile.")
    assert _keys(launches(text, "2023-07-14")) == []


def test_a_launch_attempt_that_could_come_within_weeks_is_no_launch(launches):
    text = ("Kim Jong Un has inspected North Korea's first spy satellite and approved a plan for putting it into "
            "orbit, state media said Wednesday, signaling that a long-awaited launch attempt could come within days.")
    assert launches(text, "2023-05-17") == []


def test_a_clock_time_in_washington_time_moves_the_day_to_the_sites(launches):
    # 5:30 p.m. Tuesday in Washington (EST) is 2 a.m. Wednesday in Iran: one launch, on the Iranian day
    text = ("Iran fired a volley of ballistic missiles at two bases in Iraq early Wednesday. The Pentagon said more "
            "than a dozen ballistic missiles were launched from Iran at about 5:30 p.m. Washington time on Tuesday.")
    assert [k[:2] for k in _keys(launches(text, "2020-01-08T13:00:00+03:00"))] == [("IRN", "2020-01-08")]


def test_a_clock_time_in_hawaii_time_converts_to_korean_time(launches):
    text = "North Korea fired a ballistic missile at 2:30 p.m. Hawaii time on Friday, the Indo-Pacific Command said."
    assert [k[:2] for k in _keys(launches(text, "2023-03-11"))] == [("PRK", "2023-03-11")]


def test_a_date_followed_by_last_year_is_in_the_year_before_publication(launches):
    text = ("India carried out a night trial of the Agni-5 ballistic missile on Thursday evening. The Agni-5 was last "
            "flown on October 27 last year, in what the government described as a user trial.")
    dates = sorted(k[1] for k in _keys(launches(text, "2022-12-16T09:30:00+05:30")))
    assert dates == ["2021-10-27", "2022-12-15"]


def test_a_date_followed_by_this_year_stays_in_the_year_of_publication(launches):
    text = "Pakistan test-fired a Shaheen-III ballistic missile on 9 April this year, the military said."
    assert [k[:2] for k in _keys(launches(text, "2022-06-01"))] == [("PAK", "2022-04-09")]


def test_flew_with_a_system_as_its_object_is_a_firing(launches):
    text = "On Thursday, the DRDO flew Pralay from Dr APJ Abdul Kalam Island, this time with a heavier payload."
    assert [k[:2] for k in _keys(launches(text, "2021-12-24T20:00:00+05:30"))] == [("IND", "2021-12-23")]


def test_a_maiden_flight_with_its_own_day_is_a_launch(launches):
    text = ("India flew the Pralay missile for the second time on Thursday. The maiden flight on Wednesday morning "
            "had followed a quasi-ballistic trajectory.")
    assert sorted(k[1] for k in _keys(launches(text, "2021-12-24T20:00:00+05:30"))) == ["2021-12-22", "2021-12-23"]


def test_a_passive_firing_after_a_relative_clause_keeps_its_missile_subject(launches):
    text = ("Pakistan tested the Ababeel on Wednesday. The Ababeel, which has a reported range of 2,200 kilometres, "
            "was first flight-tested on January 24, 2017.")
    assert sorted(k[1] for k in _keys(launches(text, "2023-10-18T19:40:00+05:00"))) == ["2017-01-24", "2023-10-18"]


def test_a_day_of_last_years_event_is_in_the_year_before(launches):
    text = ("Russia test-fired a Yars missile from Plesetsk on Wednesday. Last year's exercise, which Putin oversaw on "
            "Oct. 26, also included the launch of a Yars from Plesetsk.")
    dates = sorted(k[1] for k in _keys(launches(text, "2023-10-25T21:15:00+03:00")))
    assert dates == ["2022-10-26", "2023-10-25"]


def test_christmas_morning_names_its_day(launches):
    text = "Russia launched a massive missile and drone attack on Ukraine's energy facilities on Christmas morning."
    assert [k[:2] for k in _keys(launches(text, "2024-12-25T17:30:00+02:00"))] == [("RUS", "2024-12-25")]


def test_christmas_as_a_word_names_no_day(launches):
    # "Christmas celebrations" is no time expression: the firing keeps the weekday it is given
    text = "North Korea fired a cruise missile on Friday, as South Koreans prepared Christmas celebrations."
    assert [k[:2] for k in _keys(launches(text, "2024-12-23"))] == [("PRK", "2024-12-20")]


def test_a_relative_clause_after_an_offsets_referent_keeps_the_referents_firing(launches):
    # the comma opens ", which runs ...": the Guard's own verb after it is the recalled launch, eight days back
    text = ("Sunday's launch came eight days after Iran's Revolutionary Guard, which runs its own space program, put "
            "the Soraya satellite into an orbit about 750 kilometers above the Earth.")
    assert ("IRN", "2024-01-20") in [k[:2] for k in _keys(launches(text, "2024-01-28T14:30:00+04:00"))]


def test_putting_a_satellite_into_an_orbit_is_a_launch(launches):
    text = "Iran's Revolutionary Guard put the Soraya satellite into an orbit 750 kilometers high on Saturday."
    assert [k[:2] for k in _keys(launches(text, "2024-01-21T10:00:00+03:30"))] == [("IRN", "2024-01-20")]


def test_a_headlines_reporting_state_is_not_the_default_launcher(launches):
    # "U.S. confirms North Korea tested": a sentence that names no launcher falls back on North Korea, not the U.S.
    text = ("The Pentagon revised its first reading of the launch on Tuesday. In May, the North tested another new "
            "weapon, the Hwasong-12; fired from Kusong on May 14, it reached an altitude of 2,111 kilometers.")
    keys = _keys(launches(text, "2017-07-05T19:30:00+09:00", title="U.S. confirms North Korea tested an ICBM"))
    assert {k[0] for k in keys} == {"PRK"}


def test_a_day_inside_the_launch_a_firing_answers_dates_that_launch(launches):
    text = ("South Korea fired two missiles into the sea in response to North Korea's launch of a ballistic missile "
            "over Japan on Tuesday.")
    assert [k[:2] for k in _keys(launches(text, "2022-10-05T08:30:00+01:00"))] == [("KOR", None)]


def test_a_joint_subject_with_an_auxiliary_fires_for_both_states(launches):
    text = "The US and South Korea have fired four missiles into the sea off the east coast on Wednesday."
    assert sorted(k[:2] for k in _keys(launches(text, "2022-10-05T20:00:00+09:00"))) == [
        ("KOR", "2022-10-05"), ("USA", "2022-10-05")]


def test_a_headline_state_whose_firing_verb_has_another_subject_is_not_the_default(launches):
    text = "The missile was fired from waters off Sinpo on Tuesday, the Joint Chiefs of Staff said."
    title = "Seoul scrambles jets as North Korea fires ballistic missile"
    assert [k[:2] for k in _keys(launches(text, "2021-10-20T19:00:00+08:00", title=title))] == [("PRK", "2021-10-19")]


def test_a_state_that_says_it_fired_after_a_conjunction_is_the_launcher(launches):
    text = ("Beijing on Wednesday urged all parties to exercise restraint after North Korea said it had tested a new "
            "type of submarine-launched ballistic missile on Tuesday.")
    assert [k[:2] for k in _keys(launches(text, "2021-10-20T19:00:00+08:00"))] == [("PRK", "2021-10-19")]


def test_a_state_that_says_missiles_were_fired_only_reports_them(launches):
    text = ("North Korea launched a ballistic missile from Sinpo on Tuesday. Japan initially said two ballistic "
            "missiles had been fired, before it revised the count.")
    assert {k[0] for k in _keys(launches(text, "2021-10-20T19:00:00+09:00"))} == {"PRK"}


def test_the_day_a_count_was_revised_to_a_new_figure_is_a_statement_day(launches):
    text = ("North Korea fired a ballistic missile on Tuesday. Japan's defense ministry said two missiles had been "
            "fired, then revised the count to one on Wednesday.")
    assert [k[:2] for k in _keys(launches(text, "2021-10-20T19:00:00+09:00"))] == [("PRK", "2021-10-19")]


def test_a_launch_stand_is_equipment_not_a_launch(launches):
    # (the dated noun clause would otherwise borrow the launcher of "Iran's satellite launches")
    text = ("Commercial satellite photos taken Thursday showed a plume of black smoke rising from a pad at the Imam "
            "Khomeini Space Center, and the charred remains of a rocket on its launch stand. Israel regards Iran's "
            "satellite launches as cover for developing long-range missiles.")
    assert launches(text, "2019-08-30T18:00:00+04:30") == []


def test_the_previous_day_counts_back_from_a_statement_days_before_publication(launches):
    text = ("North Korean state media reported on March 25 that Kim Jong Un had overseen the Hwasong-17 launch the "
            "previous day, saying the missile reached an altitude of 6,248.5km.")
    assert [k[:2] for k in _keys(launches(text, "2022-03-30T10:00:00+01:00"))] == [("PRK", "2022-03-24")]


def test_a_washington_zone_after_the_day_still_converts_the_clock(launches):
    text = ("Iran struck back early Wednesday. The Pentagon said Iran launched more than a dozen missiles at about "
            "5:30 p.m. Tuesday, Washington time, at the Ain al-Asad air base.")
    assert [k[:2] for k in _keys(launches(text, "2020-01-08T10:00:00+03:00"))] == [("IRN", "2020-01-08")]


def test_overnight_one_day_into_the_next_is_the_later_day(launches):
    text = "Iran launched hundreds of drones and missiles at Israel overnight Saturday into Sunday."
    assert [k[:2] for k in _keys(launches(text, "2024-04-14T09:00:00+03:00"))] == [("IRN", "2024-04-14")]


def test_a_satellite_placed_in_orbit_in_the_passive_is_a_space_launch(launches):
    text = ("TEHRAN - The Nahid-3 research satellite was successfully placed in orbit on Monday by a Simorgh rocket "
            "of the Iranian Space Agency, state television reported.")
    (ev,) = launches(text, "2025-02-17T18:00:00+03:30")
    assert (ev["launch_country"], ev["launch_date"], ev["missile_class"]) == ("IRN", "2025-02-17", "space_launch")


def test_a_satellite_put_into_orbit_by_a_named_rocket_takes_the_rockets_state(launches):
    text = ("The Malligyong-1 reconnaissance satellite was put into orbit on Tuesday night by a Chollima-1 rocket, "
            "state media said.")
    assert [k[:2] for k in _keys(launches(text, "2023-11-22T08:00:00+09:00"))] == [("PRK", "2023-11-21")]


def test_a_states_satellite_on_a_commercial_rocket_is_no_missile_launch(launches):
    # the rocket is a company's, not the state's: no missile launch of either
    text = ("Germany's new radar satellite was placed into orbit on Sunday after lifting off on a SpaceX Falcon 9 "
            "rocket from California, the defence ministry said.")
    assert launches(text, "2024-06-30T09:00:00+02:00") == []


def test_a_commercial_rocket_in_the_same_sentence_does_not_veto_a_states_firing(launches):
    text = ("North Korea fired a ballistic missile on Monday, two days after South Korea launched its second spy "
            "satellite on a SpaceX Falcon 9 rocket.")
    assert [k[:2] for k in _keys(launches(text, "2024-04-09T08:00:00+09:00"))] == [("PRK", "2024-04-08")]


def test_a_rocket_lost_while_readied_for_launch_is_no_launch(launches):
    text = ("Washington imposed the sanctions days after a North Korean rocket exploded on its launch pad at the Sohae "
            "station. The explosion happened on Monday as the rocket was being readied for launch; it never left the "
            "ground.")
    assert launches(text, "2024-05-29T09:00:00+09:00") == []


def test_a_denied_report_of_a_test_is_no_launch(launches):
    text = ("Russia's defence ministry on Friday denied a newspaper report that it had tested a new anti-satellite "
            "missile, calling the story a fabrication.")
    assert launches(text, "2024-02-16T18:00:00+03:00") == []


def test_the_interception_day_dates_a_launch_the_text_does_not_date(launches):
    # told from the target's side: the day the missile was shot down stands in for the launch day
    text = ("Saudi air defenses intercepted a ballistic missile over Riyadh on Saturday evening, the coalition said. "
            "The missile was fired from Yemeni territory, it said.")
    assert [k[:2] for k in _keys(launches(text, "2017-11-05T09:00:00+03:00"))] == [("YEM", "2017-11-04")]


def test_an_interception_in_a_background_paragraph_dates_no_main_launch(launches):
    text = ("Houthi rebels fired a ballistic missile toward Riyadh, the coalition said. Last year, on Dec. 19, Saudi "
            "air defenses intercepted another missile over the capital.")
    assert [k[:2] for k in _keys(launches(text, "2018-03-26T09:00:00+03:00")) if not k[2]] == [("YEM", None)]


def test_struck_with_missiles_reaches_past_a_long_object(launches):
    text = ("Iran's Revolutionary Guards struck two strongholds of the Jaish al-Adl militant group in Pakistan's "
            "Balochistan province with missiles and drones on Tuesday evening, state media said.")
    assert [k[:2] for k in _keys(launches(text, "2024-01-17T09:00:00+03:30"))] == [("IRN", "2024-01-16")]


def test_a_timeline_entry_in_the_historical_present_is_a_dated_launch(launches):
    text = ("North Korea fired a ballistic missile over Japan on Tuesday, the government said.\n"
            "Earlier overflights:\n"
            "-- April 5, 2009: A rocket that Pyongyang says carries a satellite flies over northern Japan.\n"
            "-- Feb. 7, 2016: A rocket carrying a satellite passes over Okinawa.")
    got = [k for k in _keys(launches(text, "2022-10-04T14:05:00+09:00"))]
    assert got == [("PRK", "2009-04-05", True), ("PRK", "2016-02-07", True), ("PRK", "2022-10-04", False)]


def test_a_timeline_entry_of_an_interception_is_a_launch_of_that_day(launches):
    text = ("Houthi rebels fired seven ballistic missiles at Saudi cities late on Sunday, the coalition said.\n"
            "The capital has been targeted repeatedly:\n"
            "• Nov. 4, 2017: Saudi air defenses shoot down a Burkan-2H ballistic missile aimed at the airport.\n"
            "• Dec. 19, 2017: Saudi forces intercept a missile aimed at a palace south of the capital.")
    got = _keys(launches(text, "2018-03-26T10:15:00+03:00"))
    assert got == [("YEM", "2017-11-04", True), ("YEM", "2017-12-19", True), ("YEM", "2018-03-25", False)]


def test_an_interception_in_running_prose_is_no_launch_of_its_own(launches):
    # (outside a timeline the interception only dates the story's launch: no second launch of another day)
    text = ("Houthi rebels fired a ballistic missile at Riyadh late on Sunday, the coalition said. On Nov. 4, 2017, "
            "Saudi air defenses shot down a missile aimed at the airport.")
    assert [k[:2] for k in _keys(launches(text, "2018-03-26T10:15:00+03:00"))] == [("YEM", "2018-03-25")]


def test_missiles_that_followed_on_a_day_are_a_launch_of_that_day(launches):
    text = ("North Korea fired two short-range ballistic missiles on Jan. 14, state media said. Two cruise missiles "
            "followed on Jan. 25.")
    assert [k[:2] for k in _keys(launches(text, "2022-01-26T09:00:00+09:00"))] == [("PRK", "2022-01-14"),
                                                                                 ("PRK", "2022-01-25")]
