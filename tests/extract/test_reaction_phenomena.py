"""Reaction phenomena found by reading held-out misses; every text here was written for its test."""

LAUNCH = "North Korea fired a ballistic missile toward the sea on Sunday. "


def test_barbaric_and_flagrant_are_condemnation(reactions):
    got = reactions(LAUNCH + "Japan's prime minister called the launch barbaric.")
    assert ("JPN", None, "condemnation") in got
    got = reactions(LAUNCH + "The State Department called it a flagrant breach of its obligations.")
    assert ("USA", None, "condemnation") in got


def test_territorial_encroachment_is_condemnation(reactions):
    got = reactions(LAUNCH + "South Korea's president called the launch a territorial encroachment.")
    assert ("KOR", None, "condemnation") in got


def test_threat_to_the_peace_and_serious_situation_are_threat_assessments(reactions):
    got = reactions(LAUNCH + "Japan's defense minister said the launch was a threat to the peace of the region.")
    assert ("JPN", None, "threat_assessment") in got
    got = reactions(LAUNCH + "The Philippine foreign ministry called it a serious situation for regional shipping.")
    assert ("PHL", None, "threat_assessment") in got


def test_security_council_standing_committee_meeting_is_an_emergency_meeting(reactions):
    got = reactions(LAUNCH + "Seoul's presidential office held a National Security Council standing committee "
                    "meeting.")
    assert ("KOR", None, "emergency_meeting") in got


def test_close_contact_and_speaking_to_counterparts_are_allied_coordination(reactions):
    got = reactions(LAUNCH + "Japan's prime minister said Tokyo would stay in close contact with Washington.")
    assert ("JPN", None, "allied_coordination") in got
    got = reactions(LAUNCH + "The White House said the U.S. national security adviser had spoken to his Japanese "
                    "counterpart.")
    assert ("USA", None, "allied_coordination") in got


def test_jointly_analyzing_with_an_ally_is_coordination(reactions):
    got = reactions(LAUNCH + "South Korea's Joint Chiefs of Staff said it was jointly analyzing the data with the "
                    "United States.")
    assert ("KOR", None, "allied_coordination") in got


def test_engage_in_dialogue_and_dialogue_and_consultation_are_calls_for_restraint(reactions):
    got = reactions(LAUNCH + "The State Department called on Pyongyang to engage in dialogue.")
    assert ("USA", None, "call_for_restraint") in got
    got = reactions(LAUNCH + "China's foreign ministry said it hoped all sides would address their concerns through "
                    "dialogue and consultation.")
    assert ("CHN", None, "call_for_restraint") in got


def test_air_raid_alert_drill_in_response_and_stern_response_are_readiness(reactions):
    got = reactions(LAUNCH + "South Korea's military issued an air raid alert for Ulleung Island.")
    assert ("KOR", None, "military_readiness") in got
    got = reactions(LAUNCH + "South Korea's military staged a bombing drill off the coast in response.")
    assert ("KOR", None, "military_readiness") in got
    got = reactions(LAUNCH + "South Korea's president ordered a swift and stern response.")
    assert ("KOR", None, "military_readiness") in got


def test_reactions_address_the_launcher_last_reported_when_two_states_fire(run):
    text = ("Pakistan test-fired a cruise missile on Wednesday, hours after India fired a ballistic missile. "
            "President Alvi watched the launch, Pakistan's military said. "
            "Earlier in the day, India's defence ministry said India fired an Agni missile from an island. "
            "Pakistan's foreign ministry condemned the launch.")
    evs = [e for e in run(text, "2025-05-07") if e["event_type"] == "reaction"]
    got = {(e["reactor_country"], e["reaction_type"], e["target_country"]) for e in evs}
    assert ("PAK", "condemnation", "IND") in got
    assert not any(e["reactor_country"] == "PAK" and e["target_country"] == "PAK" for e in evs)


def test_could_never_be_tolerated_is_condemnation(reactions):
    got = reactions(LAUNCH + "Japan's prime minister said the act could never be tolerated.")
    assert ("JPN", None, "condemnation") in got


def test_secretary_of_state_without_a_country_is_american(reactions):
    got = reactions(LAUNCH + "South Korea's JCS detected the launch. Secretary of State Jane Doe condemned it.")
    assert ("USA", None, "condemnation") in got and ("KOR", None, "condemnation") not in got


def test_countries_after_ministers_of_are_the_reactors(reactions):
    got = reactions(LAUNCH + "The defense ministers of Australia and Japan condemned the launch.")
    assert ("JPN", None, "condemnation") in got


def test_asset_freezes_and_designated_agents_are_sanctions_without_a_launch(reactions):
    got = reactions("Canada announced asset freezes on six North Korean procurement agents on Friday. "
                    "The U.S. Treasury designated a hacking group and eight agents who fund the missile programme.")
    assert {("CAN", None, "sanctions_or_legal"), ("USA", None, "sanctions_or_legal")} <= got


def test_quoted_words_before_it_said_belong_to_the_previous_speaker(reactions):
    got = reactions(LAUNCH + "South Korea's Joint Chiefs of Staff said it detected the launch. "
                    "\"Our military has stepped up vigilance and is closely cooperating with the United States,\" "
                    "it said.")
    assert {("KOR", None, "military_readiness"), ("KOR", None, "allied_coordination")} <= got


def test_extremely_regrettable_is_condemnation(reactions):
    got = reactions(LAUNCH + "Japan's defense minister called the launch extremely regrettable.")
    assert ("JPN", None, "condemnation") in got


def test_joint_analysis_and_responding_together_are_allied_coordination(reactions):
    got = reactions(LAUNCH + "South Korea's military revised its estimate following joint analysis with the "
                    "United States.")
    assert ("KOR", None, "allied_coordination") in got
    got = reactions(LAUNCH + "Japan's prime minister agreed to respond together with the United States.")
    assert ("JPN", None, "allied_coordination") in got


def test_body_after_for_a_is_no_reactor(reactions):
    got = reactions(LAUNCH + "Japan's prime minister, in Brussels for a NATO summit, ordered officials to analyze "
                    "the launch.")
    assert all(org != "NATO" for _, org, _ in got)


def test_generic_title_does_not_resolve_to_a_non_agent_country(reactions):
    got = reactions(LAUNCH + "Defense Minister Ken Sato said the missile could put the entire U.S. mainland "
                    "within reach.")
    assert ("USA", None, "monitoring_analysis") not in got


def test_meeting_at_a_states_request_is_that_states_emergency_meeting(reactions):
    got = reactions(LAUNCH + "The UN Security Council scheduled an emergency meeting for Monday at Japan's request.")
    assert ("JPN", None, "emergency_meeting") in got and (None, "UN Security Council", "emergency_meeting") in got


def test_helping_defend_an_ally_is_allied_coordination(reactions):
    got = reactions("Iran fired missiles at Israel on Sunday. The U.S. president said he had ordered the military "
                    "to help defend Israel.")
    assert ("USA", None, "allied_coordination") in got


def test_revising_an_estimate_is_monitoring(reactions):
    got = reactions("Iran fired missiles at Israel on Sunday. Israel's military put the number at about 100, "
                    "then revised its estimate.")
    assert ("ISR", None, "monitoring_analysis") in got


def test_reactions_to_an_announced_launch_window_are_kept(run):
    text = ("Iran has notified shipping authorities of a plan to launch a satellite between Friday and "
            "next Tuesday. The French foreign minister strongly condemned the plan.")
    evs = run(text, "2025-02-12", title="Iran notifies agencies of satellite launch window")
    assert not [e for e in evs if e["event_type"] == "missile_launch"]
    assert any(e["event_type"] == "reaction" and e["reaction_type"] == "condemnation" for e in evs)


def test_statement_condemning_launches_is_a_reaction_without_a_dated_launch(run):
    text = ("In a joint statement on Friday, the leaders of France and Germany strongly condemned Iran's "
            "record number of ballistic missile launches.")
    evs = run(text, "2025-02-14")
    assert not [e for e in evs if e["event_type"] == "missile_launch"]
    assert any(e["event_type"] == "reaction" and e["reaction_type"] == "condemnation" for e in evs)


def test_condemnation_without_any_launch_named_is_not_a_reaction(run):
    text = "The French foreign minister on Friday strongly condemned Iran's human rights record."
    assert [e for e in run(text, "2025-02-14") if e["event_type"] == "reaction"] == []



def _rows(run, text: str, published_at: str, rtype: str) -> list[tuple]:
    return [(e["reactor_country"], e["reactor_org"], e["reactor_actor"]) for e in run(text, published_at)
            if e["event_type"] == "reaction" and e["reaction_type"] == rtype]


def test_a_generic_title_before_a_known_person_takes_that_persons_state(run):
    text = ("North Korea fired a ballistic missile on Tuesday, South Korea's Joint Chiefs of Staff said. "
            "Prime Minister Shinzo Abe called the launch a grave threat to Japan's security.")
    assert _rows(run, text, "2017-08-29", "threat_assessment") == [("JPN", None, "Shinzo Abe")]


def test_a_countrys_un_ambassador_speaks_for_that_country_not_for_the_un(run):
    text = ("North Korea fired three ballistic missiles on Monday. Japan's U.N. Ambassador Koro Bessho told reporters "
            "the launches were a direct threat to Japan's security.")
    assert _rows(run, text, "2016-09-06", "threat_assessment") == [("JPN", None, "Koro Bessho")]


def test_an_ambassador_named_after_a_comma_is_the_reactor(run):
    text = ("North Korea fired an ICBM on Friday. Japan's ambassador, Kimihiro Ishikane, said the launch was "
            "an outrageous act.")
    assert _rows(run, text, "2022-11-21", "condemnation") == [("JPN", None, "Kimihiro Ishikane")]


def test_a_person_introduced_with_a_title_reacts_again_by_surname(run):
    text = ("North Korea fired an ICBM on Friday. U.S. Vice President Kamala Harris said she was monitoring the "
            'situation. "We strongly condemn these actions," Harris said.')
    assert _rows(run, text, "2022-11-18", "condemnation") == [("USA", None, "Kamala Harris")]


def test_a_surname_inside_a_longer_name_is_not_that_person(reactions):
    text = ("North Korea fired an ICBM on Friday. South Korean Defense Minister Kim Yong-hyun said the military was "
            "on high alert. North Korean leader Kim Jong Un condemned the allied drills.")
    assert ("KOR", None, "condemnation") not in reactions(text, "2024-10-31")


def test_a_body_that_says_the_facts_after_a_fronted_place_is_their_source(reactions):
    text = ("North Korea launched a ballistic missile late Friday night in Korea, Friday morning in Washington, "
            "the Pentagon said.")
    assert ("USA", None, "monitoring_analysis") in reactions(text, "2017-07-28")


def test_allies_and_counterparts_named_by_their_state_are_addressees_not_reactors(reactions):
    text = ("North Korea fired an ICBM on Thursday. The State Department said it was in close coordination with "
            "its Japanese and South Korean allies.")
    got = reactions(text, "2022-03-24")
    assert ("USA", None, "allied_coordination") in got
    assert ("JPN", None, "allied_coordination") not in got


_FIRED = "North Korea fired a ballistic missile on Tuesday. "


def test_the_council_meeting_at_the_request_of_listed_states_is_theirs_too(reactions):
    text = _FIRED + ("The UN Security Council condemned the launch. The council met in emergency session at the "
                     "request of Britain and France.")
    got = reactions(text, "2024-05-08")
    assert {(None, "UN Security Council", "emergency_meeting"), ("GBR", None, "emergency_meeting"),
            ("FRA", None, "emergency_meeting")} <= got


def test_a_council_due_to_meet_is_an_emergency_meeting(reactions):
    text = _FIRED + "The UN Security Council was due to meet on Wednesday to discuss the launch."
    assert (None, "UN Security Council", "emergency_meeting") in reactions(text, "2024-05-08")


def test_gravely_concerned_is_a_threat_assessment(reactions):
    text = _FIRED + "Canada's foreign ministry said it was gravely concerned by the launch."
    assert ("CAN", None, "threat_assessment") in reactions(text, "2024-05-08")


def test_the_launcher_accused_of_violating_resolutions_is_not_the_speaker(reactions):
    text = _FIRED + ("Britain's ambassador spoke to reporters before the session, saying Pyongyang had violated every "
                     "resolution on the books.")
    assert ("GBR", None, "condemnation") in reactions(text, "2024-05-08")


def test_all_options_on_the_table_is_readiness_and_contempt_is_condemnation(reactions):
    text = _FIRED + ("The Australian prime minister said the regime had shown contempt for its neighbours and that all "
                     "options remain on the table.")
    got = reactions(text, "2024-05-08")
    assert {("AUS", None, "condemnation"), ("AUS", None, "military_readiness")} <= got


def test_a_threat_posed_by_the_launcher_is_a_threat_assessment(reactions):
    text = _FIRED + "Germany's envoy told the council that the launch had raised the threat posed by Pyongyang."
    assert ("DEU", None, "threat_assessment") in reactions(text, "2024-05-08")


def test_the_launchers_adjective_before_threat_is_not_its_speaker(reactions):
    text = _FIRED + "Italy's envoy said the North Korean threat had become global."
    assert ("ITA", None, "threat_assessment") in reactions(text, "2024-05-08")


def test_an_official_after_his_states_possessive_reports_the_flight(reactions):
    text = _FIRED + "Japan's Defense Minister said it flew for about 40 minutes before landing in the sea."
    assert ("JPN", None, "monitoring_analysis") in reactions(text, "2024-05-08")


def test_every_official_of_a_list_with_possessive_titles_reacts(reactions):
    text = _FIRED + ("Australia's Foreign Minister Penny Wong and Canada's Foreign Minister Melanie Joly issued a "
                     "statement condemning the launch.")
    got = reactions(text, "2024-05-08")
    assert {("AUS", None, "condemnation"), ("CAN", None, "condemnation")} <= got


def test_they_after_a_body_continues_that_body(reactions):
    text = _FIRED + ("The European Union condemned the launch on Wednesday. They demanded that Pyongyang abandon its "
                     "missile programs.")
    assert (None, "EU", "call_for_restraint") in reactions(text, "2024-05-08")


def test_a_member_named_among_the_ministers_does_not_replace_their_body(reactions):
    text = _FIRED + ("G7 foreign ministers condemned the launch. In their statement, the ministers, among them "
                     "Germany's foreign minister, said the launch posed a grave threat to peace.")
    got = reactions(text, "2024-05-08")
    assert (None, "G7", "threat_assessment") in got and ("DEU", None, "threat_assessment") not in got


def test_the_government_after_an_official_of_the_same_sentence_is_his(reactions):
    text = _FIRED + "Japan's Chief Cabinet Secretary says the government is analysing the details."
    assert ("JPN", None, "monitoring_analysis") in reactions(text, "2024-05-08")


def test_choosing_not_to_intercept_is_no_readiness(reactions):
    text = _FIRED + "Japan has Patriot batteries on the island but chose not to attempt an interception."
    assert ("JPN", None, "military_readiness") not in reactions(text, "2024-05-08")


def test_the_country_of_a_dateline_city_is_no_reactor(reactions):
    text = "MANILA, Philippines (AP) - North Korea said Sunday it had fired a new cruise missile."
    assert not any(r[0] == "PHL" for r in reactions(text, "2024-05-08"))


def test_a_ministry_that_says_where_the_missile_came_down_reports_it(reactions):
    text = _FIRED + "Japan's Defense Ministry said the missile probably came down outside its waters."
    assert ("JPN", None, "monitoring_analysis") in reactions(text, "2024-05-08")


def test_a_military_that_identified_a_missile_reports_it(reactions):
    text = ("Sirens sounded in central Israel on Sunday. The IDF said it had identified a missile launched from Yemen "
            "by the Houthis.")
    assert ("ISR", None, "monitoring_analysis") in reactions(text, "2024-09-15")


def test_a_state_someone_did_not_mention_is_not_the_speaker(reactions):
    text = _FIRED + ("China's premier did not mention North Korea by name, but said the parties concerned should "
                     "exercise restraint.")
    assert ("CHN", None, "call_for_restraint") in reactions(text, "2024-05-08")


def test_summoning_an_envoy_is_a_protest_of_the_summoner(reactions):
    text = _FIRED + ("Poland's president convened an emergency meeting. The foreign ministry said it would summon "
                     "Russia's charge d'affaires.")
    got = reactions(text, "2024-05-08")
    assert ("POL", None, "condemnation") in got and ("RUS", None, "condemnation") not in got


def test_in_contact_with_authorities_is_coordination(reactions):
    text = _FIRED + "NATO said it was in contact with the Japanese authorities."
    assert (None, "NATO", "allied_coordination") in reactions(text, "2024-05-08")


def test_whatever_action_is_needed_is_readiness(reactions):
    text = _FIRED + "Britain's defence secretary said Britain would take whatever action was needed to protect lives."
    assert ("GBR", None, "military_readiness") in reactions(text, "2024-05-08")


def test_a_council_resolution_and_its_text_speak_for_the_council(reactions):
    text = _FIRED + ("The UN Security Council met on Wednesday. The council adopted a resolution. The text condemns "
                     "the launch in the strongest terms.")
    got = reactions(text, "2024-05-08")
    assert {(None, "UN Security Council", "sanctions_or_legal"),
            (None, "UN Security Council", "condemnation")} <= got


def test_a_state_that_fires_in_answer_stays_a_reactor(reactions):
    text = ("North Korea fired a missile over Japan on Friday. Minutes after the launch, South Korea's military fired "
            "two missiles into the sea in a drill. President Moon Jae-in called the launch a grave threat.")
    assert ("KOR", None, "threat_assessment") in reactions(text, "2017-09-15")


def test_a_body_of_no_named_state_after_the_launchers_statement_is_of_the_datelines_state(reactions):
    text = ("ISLAMABAD: India on Friday admitted that one of its missiles had been fired into Pakistan on Wednesday. "
            "India's Ministry of Defence said the incident was deeply regrettable. On Thursday night, the Foreign "
            "Office summoned India's charge d'affaires and lodged a strong protest.")
    assert ("PAK", None, "condemnation") in reactions(text, "2022-03-11T22:30:00+05:00")


def test_a_security_council_named_after_the_white_house_is_american(reactions):
    text = ("SEOUL, Dec. 18 (Yonhap) -- North Korea fired an ICBM on Monday, the JCS said. The White House National "
            "Security Council condemned the launch as a flagrant violation of Security Council resolutions.")
    got = reactions(text, "2023-12-18T15:00:00+09:00")
    assert ("USA", None, "condemnation") in got and ("KOR", None, "condemnation") not in got


# --- 0.8.18: read from held-out set AE ---


def test_a_phone_call_is_coordination_of_both_sides(reactions):
    got = reactions(LAUNCH + "Japan's prime minister spoke with U.S. President Joe Biden by phone for 30 minutes.")
    assert {("JPN", None, "allied_coordination"), ("USA", None, "allied_coordination")} <= got


def test_a_state_coordinating_with_another_speaks_only_for_itself(reactions):
    got = reactions(LAUNCH + "Seoul is coordinating closely with the United States, the ministry said.")
    assert ("KOR", None, "allied_coordination") in got and ("USA", None, "allied_coordination") not in got


def test_calling_on_all_sides_to_avoid_steps_is_a_call_for_restraint(reactions):
    got = reactions(LAUNCH + "China's foreign ministry called on all sides to avoid steps that could raise tension.")
    assert ("CHN", None, "call_for_restraint") in got


def test_urging_calm_or_de_escalation_is_a_call_for_restraint(reactions):
    assert ("RUS", None, "call_for_restraint") in reactions(LAUNCH + "Russia's foreign ministry urged calm.")
    assert (None, "EU", "call_for_restraint") in reactions(LAUNCH + "The EU called for de-escalation.")


def test_a_threat_said_to_be_grave_is_a_threat_assessment(reactions):
    got = reactions(LAUNCH + "Japan's prime minister said the threat from the North was \"grave and real.\"")
    assert ("JPN", None, "threat_assessment") in got


def test_meeting_ones_own_security_council_is_an_emergency_meeting(reactions):
    got = reactions(LAUNCH + "Japan's prime minister, after meeting his National Security Council, spoke to "
                    "reporters.")
    assert ("JPN", None, "emergency_meeting") in got


def test_a_display_of_military_power_is_readiness(reactions):
    got = reactions(LAUNCH + "South Korea's president ordered a display of \"overwhelming\" military power.")
    assert ("KOR", None, "military_readiness") in got


def test_leaders_agreeing_to_raise_pressure_coordinate(reactions):
    got = reactions(LAUNCH + "Japan's prime minister and U.S. President Joe Biden agreed to increase pressure on "
                    "Pyongyang.")
    assert ("JPN", None, "allied_coordination") in got


# --- 0.8.24: read from held-out set AH ---


def test_accused_of_breaching_resolutions_is_condemnation(reactions):
    got = reactions(LAUNCH + "Germany on Tuesday accused North Korea of breaching Security Council resolutions.")
    assert ("DEU", None, "condemnation") in got


def test_pressing_to_come_back_to_negotiations_is_a_call_for_restraint(reactions):
    got = reactions(LAUNCH + "France pressed Pyongyang to come back to serious negotiations with Washington.")
    assert ("FRA", None, "call_for_restraint") in got


def test_urging_to_engage_in_negotiations_is_a_call_for_restraint(reactions):
    got = reactions(LAUNCH + "Britain's foreign secretary urged North Korea to engage in good faith in meaningful "
                    "negotiations.")
    assert ("GBR", None, "call_for_restraint") in got


def test_appalled_and_horrific_are_condemnations(reactions):
    text = ("Russia fired missiles at Kyiv on Monday. Britain's Prime Minister Keir Starmer said he was appalled by "
            "the attack. EU foreign policy chief Kaja Kallas called the attack \"a horrific example of Russia's "
            "intensified attacks\".")
    assert {("GBR", None, "condemnation"), (None, "EU", "condemnation")} <= reactions(text, "2025-04-24")


def test_crossing_any_line_and_not_happy_with_are_condemnations(reactions):
    text = ("Russia fired missiles at Kyiv on Monday. U.S. special envoy Keith Kellogg said the strike \"crossed any "
            "line of decency.\" President Donald Trump wrote: \"I am not happy with the Russian strikes on KYIV.\"")
    assert ("USA", None, "condemnation") in reactions(text, "2025-04-24")


def test_an_order_to_shoot_down_missiles_makes_no_launch_sentence(reactions):
    # "ordered the military to shoot down missiles" is no interception report: the speaker reports no launch
    text = ("Iran launched missiles at Israel on Saturday night. In Washington, President Joe Biden said he had "
            "ordered the US military to help Israel shoot down the missiles.")
    assert ("USA", None, "monitoring_analysis") not in reactions(text, "2024-04-14T09:00:00+03:00")


def test_calling_a_launch_a_provocation_is_a_condemnation(reactions):
    text = ("Iran launched a Simorgh rocket on Thursday, state media said. The State Department described the rocket "
            "launch as a provocation. Japan called it provocative.")
    got = reactions(text, "2017-07-28T10:00:00+04:30")
    assert ("USA", None, "condemnation") in got and ("JPN", None, "condemnation") in got


def test_a_launch_inconsistent_with_a_resolution_is_condemned(reactions):
    text = ("Iran launched a Simorgh rocket on Thursday, state media said. US Secretary of State Mike Pompeo said "
            "the launch was not remotely consistent with UN Security Council resolution 2231.")
    assert ("USA", None, "condemnation") in reactions(text, "2017-07-28T10:00:00+04:30")


def test_calling_accusations_provocative_is_no_condemnation_of_the_launch(reactions):
    text = ("North Korea fired a missile on Monday, Seoul said. Iran's foreign ministry spokesman called the US "
            "accusations of Iranian help baseless and provocative.")
    assert ("IRN", None, "condemnation") not in reactions(text, "2017-07-28T10:00:00+09:00")
