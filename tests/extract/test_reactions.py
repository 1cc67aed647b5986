"""Reaction extraction behaviours; each text was written for its test."""

LAUNCH = "North Korea fired a ballistic missile toward the sea on Sunday. "


def test_joint_chiefs_detection_is_korean_monitoring(reactions):
    got = reactions(LAUNCH + "South Korea's Joint Chiefs of Staff said it detected the launch at 6:02 a.m.")
    assert ("KOR", None, "monitoring_analysis") in got


def test_according_to_source_reports_detection(reactions):
    got = reactions("According to the JCS, North Korea fired a missile on Sunday.")
    assert got == {("KOR", None, "monitoring_analysis")}


def test_two_states_analyzing_are_two_reactors(reactions):
    got = reactions(LAUNCH + "Intelligence officials in Seoul and Washington are analyzing the details.")
    assert {("KOR", None, "monitoring_analysis"), ("USA", None, "monitoring_analysis")} <= got


def test_readiness_and_coordination_in_one_sentence(reactions):
    got = reactions(LAUNCH + "The JCS said South Korea stays prepared to counter any provocations while working "
                    "closely with the United States.")
    assert {("KOR", None, "military_readiness"), ("KOR", None, "allied_coordination")} <= got


def test_partner_after_with_is_not_a_reactor(reactions):
    got = reactions(LAUNCH + "The JCS said it was coordinating closely with Japan.")
    assert ("JPN", None, "allied_coordination") not in got


def test_urging_to_cease_is_call_for_restraint_and_violation_is_condemnation(reactions):
    got = reactions(LAUNCH + "Tokyo urged Pyongyang to halt launches that violate U.N. Security Council resolutions.")
    assert {("JPN", None, "call_for_restraint"), ("JPN", None, "condemnation")} <= got


def test_resolutions_do_not_make_the_council_a_reactor(reactions):
    got = reactions(LAUNCH + "Tokyo said the launch violated U.N. Security Council resolutions.")
    assert all(org is None for _, org, _ in got)


def test_serious_threat_is_threat_assessment(reactions):
    got = reactions(LAUNCH + "Japan's defense minister Shinjiro Koizumi called it a grave threat to regional peace.")
    assert ("JPN", None, "threat_assessment") in got


def test_no_immediate_threat_is_threat_assessment(reactions):
    got = reactions(LAUNCH + "INDOPACOM said the launch did not pose an immediate threat to U.S. territory.")
    assert ("USA", None, "threat_assessment") in got


def test_emergency_national_security_council_meeting(reactions):
    got = reactions(LAUNCH + "South Korea convened an emergency National Security Council meeting.")
    assert ("KOR", None, "emergency_meeting") in got


def test_security_council_session_goes_to_reactor_org(reactions):
    got = reactions(LAUNCH + "The UN Security Council will meet in an emergency session on Tuesday.")
    assert (None, "UN Security Council", "emergency_meeting") in got


def test_organisation_condemnation_has_no_country(reactions):
    got = reactions(LAUNCH + "NATO condemned the launch.")
    assert (None, "NATO", "condemnation") in got


def test_asking_china_for_a_constructive_role_is_diplomatic_engagement(reactions):
    got = reactions(LAUNCH + "Seoul asked Beijing to play a constructive role in easing tensions.")
    assert ("KOR", None, "diplomatic_engagement") in got
    assert ("CHN", None, "diplomatic_engagement") not in got


def test_interception_is_military_readiness(reactions):
    got = reactions("Israeli air defenses intercepted a missile launched from Yemen on Sunday. "
                    "Israel said its jets intercepted the missile.")
    assert ("ISR", None, "military_readiness") in got


def test_launcher_own_statements_are_not_reactions(reactions):
    got = reactions(LAUNCH + "North Korea's foreign ministry denounced the drills and warned of stern responses.")
    assert all(country != "PRK" for country, _, _ in got)


def test_pronoun_continues_previous_reactor(reactions):
    got = reactions(LAUNCH + "Kishida called the launch unacceptable. He also called on the international "
                    "community to respond together.")
    assert {("JPN", None, "condemnation"), ("JPN", None, "diplomatic_engagement")} <= got


def test_historical_background_gives_no_reaction(reactions):
    got = reactions(LAUNCH + "Historically, Washington has called on Beijing to rein in its ally.")
    assert ("USA", None, "call_for_restraint") not in got


def test_protest_is_condemnation(reactions):
    got = reactions(LAUNCH + "Japan lodged a strong protest through diplomatic channels.")
    assert got == {("JPN", None, "condemnation")}


def test_sanctions_without_launch_are_kept(reactions):
    got = reactions("The European Union adopted new sanctions against entities tied to the missile programme.")
    assert got == {(None, "EU", "sanctions_or_legal")}


def test_no_reactions_without_a_launch_except_sanctions(reactions):
    assert reactions("Japan's prime minister called the situation a serious threat to peace.") == set()


def test_reaction_points_at_the_main_launch(run):
    events = run(LAUNCH + "Japan condemned the launch.", "2024-03-10")
    (r,) = [e for e in events if e["event_type"] == "reaction"]
    assert r["launch_date"] == "2024-03-10" and r["target_country"] == "PRK"
    assert r["reactor_actor"] and 0 < r["confidence"] <= 1


def test_aware_of_the_launch_and_consulting_allies(reactions):
    got = reactions(LAUNCH + "INDOPACOM said it was aware of the launch and was consulting closely with allies.")
    assert {("USA", None, "monitoring_analysis"), ("USA", None, "allied_coordination")} <= got


def test_hoping_parties_exercise_restraint_is_call_for_restraint(reactions):
    got = reactions(LAUNCH + "China's foreign ministry said it hoped all parties would exercise restraint.")
    assert ("CHN", None, "call_for_restraint") in got


def test_trailing_attribution_names_the_reactor(reactions):
    got = reactions(LAUNCH + "The launch is a clear violation of UN Security Council resolutions, the State "
                    "Department said.")
    assert got == {("USA", None, "condemnation")}


def test_only_the_nearest_actor_before_a_cue_reacts(reactions):
    got = reactions(LAUNCH + "Seoul and Washington expanded drills, which North Korea condemns as rehearsals.")
    assert all(rtype != "condemnation" for _, _, rtype in got)


def test_listed_states_before_a_cue_all_react(reactions):
    got = reactions(LAUNCH + "Japan, South Korea and the United States condemned the launch.")
    assert {c for c, _, t in got if t == "condemnation"} == {"JPN", "KOR", "USA"}


def test_sanctioned_entities_are_sanctions(reactions):
    got = reactions("The U.S. Treasury sanctioned three firms that supplied the missile program.")
    assert got == {("USA", None, "sanctions_or_legal")}


def test_ministry_in_a_capital_belongs_to_that_state(reactions):
    got = reactions(LAUNCH + "The Defense Ministry in Tokyo said it was analyzing the launch.")
    assert ("JPN", None, "monitoring_analysis") in got


def test_minister_reporting_where_missiles_fell_is_monitoring(reactions):
    got = reactions(LAUNCH + "Japan's defense minister said the missiles did not land in Japanese waters.")
    assert ("JPN", None, "monitoring_analysis") in got


def test_recap_article_without_a_dated_launch_gives_nothing(run):
    text = ("In 2023, Pyongyang launched its first spy satellite. The United States and Japan have condemned "
            "the tests. China has blocked new sanctions at the Security Council.")
    assert run(text, "2024-05-02") == []


def test_stateless_body_belongs_to_the_first_reacting_state(reactions):
    got = reactions(LAUNCH + "Seoul's Joint Chiefs of Staff said it detected the launch. Japan's minister "
                    "said the missiles fell at sea. The National Security Council convened an emergency meeting.")
    assert ("KOR", None, "emergency_meeting") in got and ("JPN", None, "emergency_meeting") not in got


def test_meeting_participants_continue_the_previous_body(reactions):
    got = reactions(LAUNCH + "South Korea's National Security Council held an emergency meeting. "
                    "Participants condemned the launch as a grave provocation.")
    assert ("KOR", None, "condemnation") in got


def test_fronted_place_names_the_speakers_state(reactions):
    got = reactions(LAUNCH + "In Tokyo, a Prime Minister's Office spokesperson condemned the launch.")
    assert ("JPN", None, "condemnation") in got


def test_pronoun_must_cease_is_call_for_restraint_not_threat(reactions):
    got = reactions(LAUNCH + "The White House condemned the launch. It said Pyongyang must "
                    "immediately cease its destabilizing activities.")
    assert ("USA", None, "call_for_restraint") in got and ("USA", None, "threat_assessment") not in got


def test_titled_ministers_in_a_list_each_react_with_their_person_as_actor(run):
    text = LAUNCH + ("Japanese Foreign Minister Taro Yamada and South Korean Foreign Minister Park Min-su "
                     "condemned the launch.")
    got = {(e["reactor_country"], e["reactor_actor"], e["reaction_type"]) for e in run(text)
           if e["event_type"] == "reaction"}
    assert {("JPN", "Taro Yamada", "condemnation"), ("KOR", "Park Min-su", "condemnation")} <= got


def test_body_that_says_the_flight_facts_reports_monitoring(reactions):
    got = reactions(LAUNCH + "Japan's Defense Ministry said it reached an altitude of about 600 km.")
    assert ("JPN", None, "monitoring_analysis") in got


def test_states_cited_at_the_end_of_a_launch_sentence_report_monitoring(reactions):
    got = reactions("North Korea fired a ballistic missile on Sunday, South Korea and Japan said.")
    assert {("KOR", None, "monitoring_analysis"), ("JPN", None, "monitoring_analysis")} <= got


def test_states_inside_a_reported_clause_are_the_speakers_words(reactions):
    got = reactions(LAUNCH + "The JCS said South Korea, the United States and Japan were closely sharing "
                    "information on the launch.")
    assert ("KOR", None, "allied_coordination") in got
    assert ("USA", None, "allied_coordination") not in got and ("JPN", None, "allied_coordination") not in got


def test_failed_interception_is_no_readiness(reactions):
    got = reactions("Yemen's Houthis fired a missile at Israel on Sunday. A Houthi spokesman said Israeli air "
                    "defenses failed to intercept the missile.")
    assert ("ISR", None, "military_readiness") not in got


def test_embassy_in_a_capital_is_no_reactor_of_that_state(reactions):
    got = reactions(LAUNCH + "Japan lodged a strong protest with North Korea through its embassy in Beijing.")
    assert ("JPN", None, "condemnation") in got and all(c != "CHN" for c, _, _ in got)


def test_threat_to_the_international_community_is_no_diplomatic_engagement(reactions):
    got = reactions(LAUNCH + "Kishida said the launches threaten the peace of Japan and the international community.")
    assert ("JPN", None, "diplomatic_engagement") not in got and ("JPN", None, "threat_assessment") in got


def test_take_cover_alert_and_all_necessary_measures_are_readiness(reactions):
    got = reactions(LAUNCH + "Japan's government told residents of Hokkaido to take cover. The White House said the "
                    "United States would take all necessary measures to defend its allies.")
    assert {("JPN", None, "military_readiness"), ("USA", None, "military_readiness")} <= got


def test_strengthening_security_cooperation_is_allied_coordination(reactions):
    got = reactions(LAUNCH + "Yoon condemned the launch and called for Seoul, Washington and Tokyo to strengthen "
                    "their security cooperation.")
    assert {("KOR", None, "condemnation"), ("KOR", None, "allied_coordination")} <= got


def test_rank_abbreviation_does_not_split_a_sentence(reactions):
    got = reactions(LAUNCH + "Pentagon press secretary Maj. Gen. John Doe told reporters the department was "
                    "still assessing the launch.")
    assert ("USA", None, "monitoring_analysis") in got


def test_interception_in_an_open_question_is_no_readiness(reactions):
    got = reactions("Yemen's Houthis fired a missile at Israel on Sunday. The Israeli military said it was "
                    "investigating whether interceptors had hit the missile.")
    assert ("ISR", None, "military_readiness") not in got
