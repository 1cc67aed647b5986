from datetime import date

from pipelines.extract.dates import find_dates, find_offset, find_time, make_anchor, to_local


def _first(text: str, published_at: str, tz: str = "Asia/Seoul") -> date | None:
    hits = [h for h in find_dates(text, make_anchor(published_at, tz)) if h.value and h.part_of_day != "statement"]
    return hits[0].value if hits else None


def test_weekday_resolves_to_latest_such_day_on_or_before_publication():
    assert _first("the rocket went up on Tuesday", "2024-03-14") == date(2024, 3, 12)


def test_weekday_equal_to_publication_day_is_that_day():
    assert _first("it fired on Thursday", "2024-03-14") == date(2024, 3, 14)


def test_last_weekday_is_strictly_before_publication():
    assert _first("Last Thursday it fired again", "2024-03-14") == date(2024, 3, 7)


def test_next_day_weekday_in_bare_western_dated_story_is_the_asian_next_day():
    # dated Saturday (US) about "Sunday" in Korea
    assert _first("It launched on Sunday morning", "2024-03-16") == date(2024, 3, 17)


def test_datetime_publication_is_seen_in_the_site_time_zone():
    anchor = make_anchor("2024-03-16T21:00:00-04:00", "Asia/Seoul")
    assert anchor.local_date == date(2024, 3, 17)


def test_explicit_month_day_without_year_takes_the_latest_past_one():
    assert _first("on Dec. 30 it fired", "2024-01-05") == date(2023, 12, 30)


def test_day_month_order_is_understood():
    assert _first("fired on 9 February", "2024-03-01") == date(2024, 2, 9)


def test_weekday_beside_explicit_date_does_not_add_a_second_date():
    hits = find_dates("on Friday, February 9, it fired", make_anchor("2024-02-12", "Asia/Seoul"))
    assert [h.value for h in hits] == [date(2024, 2, 9)]


def test_the_previous_day_is_one_day_before_publication():
    assert _first("it tested the rocket the previous day", "2024-02-12") == date(2024, 2, 11)


def test_month_only_reference_is_vague():
    hits = find_dates("an earlier launch in late August", make_anchor("2024-10-01", "Asia/Seoul"))
    assert hits and all(h.value is None for h in hits)


def test_statement_day_is_not_the_event_day():
    assert _first("Officials said on Monday it had fired the previous day", "2024-02-12") == date(2024, 2, 11)


def test_weekday_inside_gmt_parenthesis_is_ignored():
    assert _first("at 6:40 a.m. (2140 GMT Tuesday) on Wednesday", "2024-02-14") == date(2024, 2, 14)


def test_day_offsets_and_week_offsets():
    assert find_offset("came 12 days after the test")[0] == 12
    assert find_offset("came two weeks after the test")[0] == 14


def test_month_offsets_give_no_day():
    assert find_offset("came about nine months after its last test")[0] is None


def test_clock_time_with_am_pm():
    assert find_time("launched at around 6:05 p.m. from the coast").hhmm == "18:05"


def test_clock_time_window_keeps_its_first_time():
    assert find_time("between 11:02 a.m. and 11:40 a.m.").hhmm == "11:02"


def test_twenty_four_hour_clock_with_zone_word():
    hit = find_time("fired at 17:45 KST toward the sea")
    assert hit.hhmm == "17:45" and hit.zone == "kst"


def test_announcement_time_is_not_the_launch_time():
    assert find_time("the agency announced at 9:20 a.m. that a launch happened") is None


def test_gmt_time_converts_to_korean_clock_and_day():
    assert to_local(date(2024, 5, 1), "22:30", "gmt", "Asia/Seoul") == (date(2024, 5, 2), "07:30")


def test_dateline_date_is_not_an_event_date():
    hits = find_dates("SEOUL, March 24 (Yonhap) -- North Korea fired a missile on Wednesday",
                      make_anchor("2024-03-24", "Asia/Seoul"))
    # the filing day is kept as a statement day: it dates a launch only when nothing else does
    assert [(h.value, h.part_of_day) for h in hits] == [(date(2024, 3, 24), "statement"), (date(2024, 3, 20), None)]


def test_possessive_weekday_after_said_dates_the_launch_not_the_statement():
    hits = find_dates("State media said Friday's launch was a success", make_anchor("2024-03-16", "Asia/Seoul"))
    assert [(h.value, h.part_of_day) for h in hits] == [(date(2024, 3, 15), None)]


def test_day_stated_at_the_site_beats_the_reporters_day():
    text = "It fired the rocket Friday night New York time, early Saturday in Korea."
    assert _first(text, "2024-03-16") == date(2024, 3, 16)


def test_window_sharing_one_meridiem_keeps_its_first_time_in_that_meridiem():
    assert find_time("launched between 5:40 and 6:02 a.m. from the coast").hhmm == "05:40"
    assert find_time("fired at 9:12 and 9:31 p.m. toward the sea").hhmm == "21:12"


def test_a_day_earlier_is_the_day_before_the_story():
    assert _first("the missiles it fired a day earlier", "2024-05-17") == date(2024, 5, 16)


def test_day_before_a_non_launch_verb_dates_that_act_not_the_launch():
    text = "Britain and France on Tuesday voted for a motion on the launches"
    hits = find_dates(text, make_anchor("2024-05-15", None))
    assert [h.part_of_day for h in hits] == ["statement"]


def test_this_evening_and_this_afternoon_are_the_day_of_publication(launches):
    text = ("Iran's Revolutionary Guards struck two militant strongholds in Pakistan with missiles and drones this "
            "evening, state media reported.")
    (ev,) = launches(text, "2024-01-16T22:30:00+05:00")
    assert (ev["launch_country"], ev["launch_date"]) == ("IRN", "2024-01-16")
    text = "North Korea fired a ballistic missile into the sea this afternoon, Japan's coast guard said."
    (ev,) = launches(text, "2024-03-18T16:40:00+09:00")
    assert ev["launch_date"] == "2024-03-18"


def test_a_live_blog_entry_counts_its_days_from_the_day_heading_above_it(launches):
    text = ("Live: strikes across the border\nThursday, January 18\n9:40am - Army confirms strikes\nThe army said "
            "it carried out strikes on militant hideouts early this morning.\nTuesday, January 16\n10:20pm - Iranian "
            "media report strike\nIran's Revolutionary Guards struck two militant strongholds in Pakistan with "
            "missiles and drones this evening, state media reported.")
    (ev,) = launches(text, "2024-01-18T11:30:00+05:00")
    assert (ev["launch_country"], ev["launch_date"]) == ("IRN", "2024-01-16")


def test_day_heading_needs_a_whole_line_and_the_right_weekday():
    from datetime import date

    from pipelines.extract.dates import day_heading

    published = date(2024, 1, 18)
    assert day_heading("Tuesday, January 16", published) == date(2024, 1, 16)
    assert day_heading("Tuesday 16 January 2024", published) == date(2024, 1, 16)
    assert day_heading("Friday, Dec. 29", published) == date(2023, 12, 29)  # a day after publication: last year
    assert day_heading("Monday, January 16", published) is None  # the 16th was a Tuesday
    assert day_heading("Tuesday, January 16, officials said", published) is None
