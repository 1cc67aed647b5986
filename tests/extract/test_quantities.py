from pipelines.extract.quantities import find_count, find_distances


def test_distance_in_kilometres():
    assert find_distances("the rocket flew about 610 kilometres east")[0] == 610


def test_miles_convert_to_kilometres():
    assert abs(find_distances("it flew roughly 100 miles")[0] - 160.9) < 0.1


def test_nautical_miles_convert_to_kilometres():
    assert abs(find_distances("it travelled 100 nautical miles")[0] - 185.2) < 0.1


def test_kilometre_figure_wins_over_miles():
    assert find_distances("it flew 300 miles (483 km) out to sea")[0] == 483


def test_apogee_is_told_apart_from_distance():
    assert find_distances("it flew 410 km, reaching an altitude of 55 km") == (410, 55)


def test_apogee_before_distance_in_one_clause():
    assert find_distances("it peaked at 1,950 km and travelled around 720 km") == (720, 1950)


def test_spread_keeps_the_largest_figure():
    assert find_distances("the rockets flew 90 to 310 km")[0] == 310


def test_design_range_is_not_a_flight_distance():
    assert find_distances("such rockets can fly 2,000 km") == (None, None)


def test_distance_from_a_border_is_not_a_flight_distance():
    assert find_distances("targets flown at, some 900 km from the border")[0] is None


def test_count_number_word():
    assert find_count("fired three cruise missiles")[0] == 3


def test_count_at_least():
    assert find_count("launched at least four short-range missiles")[0] == 4


def test_count_vague_plural_words_mean_two():
    for phrase in ("several rockets", "a barrage of missiles", "a volley of projectiles", "multiple missiles"):
        assert find_count(f"it fired {phrase} seaward")[0] == 2, phrase


def test_count_one_or_two_is_one():
    assert find_count("fired one or two rockets")[0] == 1


def test_system_number_is_not_a_count():
    assert find_count("fired a Hwasong-15 missile") == (1, "a Hwasong-15 missile")


def test_one_of_is_not_a_count():
    assert find_count("one of the missiles failed") is None


def test_present_tense_range_is_design_range():
    assert find_distances("the missile has a range of more than 5,000 km") == (None, None)
