"""The domain lexicon (pipelines/reference/lexicon.yaml) stays consistent with its prefilters."""

import pytest

from pipelines.extract.gazetteer import anchors, lex_re, reaction_res
from tests.extract.conftest import sample_sentences, sample_texts

CUE_SAMPLES = {
    "condemnation": ["strongly condemned the act", "called it unacceptable", "filed a stern protest",
                     "described the launch as a provocation", "inconsistent with resolution 2231",
                     "a breach of international law", "said it would never tolerate it",
                     "called it barbaric", "a flagrant violation", "a territorial encroachment",
                     "extremely regrettable", "could never be tolerated",
                     "calling the launches a grave provocation", "sharply criticized the test"],
    "threat_assessment": ["a grave threat to the region", "posed no immediate threat", "expressed grave concern",
                          "a threat to the peace", "a serious situation",
                          "the threat to Japan's security was real", "an act that threatened the whole world",
                          "an unwelcome and concerning development", "deeply alarmed by the escalation",
                          "warned of the consequences of further escalation", "the risk of miscalculation"],
    "monitoring_analysis": ["was analyzing the flight", "detected the launch", "closely monitoring the area",
                            "revised its estimate", "put the number at 100",
                            "said the missile appeared to have landed at sea"],
    "emergency_meeting": ["held an emergency meeting", "requested an urgent session",
                          "held a National Security Council standing committee meeting",
                          "called a meeting of his National Security Council", "the 15-member council met on Monday"],
    "allied_coordination": ["in close coordination with allies", "shared information with partners",
                            "held phone talks", "stay in close contact with Washington",
                            "had spoken to his Japanese counterpart", "jointly analyzing the data with Seoul",
                            "joint analysis with the United States", "to respond together with Washington",
                            "to help defend Israel",
                            "spoke with the U.S. president by phone"],
    "call_for_restraint": ["urged the North to halt provocations", "called for restraint",
                           "must fully comply with its obligations", "to engage in dialogue",
                           "address concerns through dialogue and consultation",
                           "calling on the North to desist from provocations"],
    "military_readiness": ["maintains a readiness posture", "scrambled fighter jets", "intercepted the rocket",
                           "issued an air raid alert", "staged a bombing drill in response",
                           "a swift and stern response",
                           "will take all necessary steps", "extended their combined air exercise",
                           "held drills in response to the launch"],
    "sanctions_or_legal": ["imposed new sanctions", "vetoed the draft resolution", "announced asset freezes",
                           "designated the hacking group and eight agents"],
    "diplomatic_engagement": ["to play a constructive role", "asked the international community to act"],
}


@pytest.mark.parametrize("rtype", sorted(CUE_SAMPLES))
def test_each_reaction_cue_sample_matches_its_type(rtype):
    for phrase in CUE_SAMPLES[rtype]:
        assert reaction_res()[rtype].search(phrase), phrase


@pytest.mark.parametrize("rtype", sorted(CUE_SAMPLES))
def test_each_reaction_cue_sample_passes_the_prefilter(rtype):
    for phrase in CUE_SAMPLES[rtype]:
        assert anchors("reaction_anchors").found_in(phrase.lower()), phrase


def test_launch_verbs_pass_the_launch_prefilter():
    for phrase in ["test-fired a rocket", "launched two missiles", "missiles struck the city", "it flew 300 km",
                   "the previous two attempts", "placed a satellite into orbit", "the Sarmat made its first flight",
                   "carried out a hypersonic weapons test"]:
        assert anchors("launch_anchors").found_in(phrase.lower()), phrase


def test_negative_cues_cover_deals_parades_and_deployment():
    for phrase in ["signed an arms deal", "shown at a parade", "entered service", "a factory producing"]:
        assert lex_re("negative_cues").search(phrase), phrase


def test_grouping_alternatives_by_first_letter_keeps_every_match():
    """CaselessRegex factors long alternations; on the sample corpus every lexicon pattern finds the same spans."""
    import re

    from pipelines.extract.gazetteer import _factor_alternatives, _flat, _lower_pattern, lexicon

    texts = [t.lower() for t in sample_texts()]
    assert len(texts) >= 10
    entries = {k: v for k, v in lexicon().items() if isinstance(v, str)}
    entries |= {f"reaction_cues.{k}": v for k, v in lexicon()["reaction_cues"].items()}
    for name, value in entries.items():
        plain = _lower_pattern(rf"\b(?:{_flat(value)})\b")
        a, b = re.compile(plain), re.compile(_factor_alternatives(plain))
        for text in texts:
            assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], name


def test_factoring_keeps_branch_order_around_groups():
    from pipelines.extract.gazetteer import _factor_alternatives

    assert _factor_alternatives("cat|(?:ca)+|car|dog|cow") == "cat|(?:ca)+|c(?:ar|ow)|dog"
    # a leading group of literal words is distributed first, and its words join their letter's group in order
    assert _factor_alternatives("cat|(?:ca|cu)|car|dog") == "c(?:at|a|u|ar)|dog"
    assert _factor_alternatives(r"\b(?:abc|abd|xyz|axe)\b") == r"\b(?:a(?:bc|bd|xe)|xyz)\b"


def test_required_literals_read_off_the_parsed_pattern():
    from pipelines.extract.gazetteer import required_literals

    assert required_literals(r"\bfired\s+(?:two|three)\b") == {"fired"}
    assert required_literals(r"\b(?:condemn\w*|denounc\w*)") == {"condemn", "denounc"}
    # an optional part or a lookahead requires nothing; a repeat of at least one requires its contents
    assert required_literals(r"(?:very\s+)?(?=grave)\w+") is None
    assert required_literals(r"(?:ab)+x") == {"ab"}
    # one branch with no literal leaves the whole alternation without a requirement
    assert required_literals(r"(?:launch|\d+)") is None
    # of a sequence's required parts the most selective is kept
    assert required_literals(r"if\s+(?:the|a)\s+test") == {"test"}


def test_literal_gate_keeps_every_match():
    """The gated CaselessRegex finds exactly what the plain pattern finds, sentence by sentence of the sample
    corpus, and the gate does turn sentences away (else this test would not exercise it)."""
    import re

    from pipelines.extract.gazetteer import CaselessRegex, _flat, _lower_pattern, lexicon

    sentences = sample_sentences()
    assert len(sentences) >= 200
    entries = {k: v for k, v in lexicon().items() if isinstance(v, str)}
    entries |= {f"reaction_cues.{k}": v for k, v in lexicon()["reaction_cues"].items()}
    turned_away = 0
    for name, value in entries.items():
        pattern = rf"\b(?:{_flat(value)})\b"
        gated, plain = CaselessRegex(pattern), re.compile(_lower_pattern(pattern))
        for s in sentences:
            expected = [m.span() for m in plain.finditer(s.lower())]
            assert [m.span() for m in gated.finditer(s)] == expected, (name, s)
            assert (gated.search(s) is None) == (not expected), (name, s)
            turned_away += bool(gated.gate) and not any(lit in s.lower() for lit in gated.gate)
    assert turned_away > 1000


def test_gate_made_after_a_text_was_scanned_still_sees_its_literals():
    """The literals a text holds are found once, for every gate known then; a pattern compiled later, with a
    literal the scan did not look for, must not be turned away by that remembered scan."""
    from pipelines.extract.gazetteer import CaselessRegex

    text = "The Zorblatt-7 engine was fired on the stand."
    assert CaselessRegex(r"\bengine\b").search(text) is not None  # scans the text, remembers what it holds
    late = CaselessRegex(r"\bzorblatt-\d\b")
    assert late.gate == {"zorblatt-"}
    assert [m.group(0) for m in late.finditer(text)] == ["zorblatt-7"]
    assert late.search(text) is not None


def test_prefilter_stem_must_lie_inside_the_sentence():
    low = "the crowd cheered the missile crews. they went home."
    launch = anchors("launch_anchors")
    assert launch.found_in(low, 0, 36)
    assert not launch.found_in(low, 37, len(low))
    assert not launch.found_in(low, 0, 26)  # "the crowd cheered the miss": the stem is cut by the end
    assert not launch.found_in(low, 24, 36)  # "ssile crews.": cut by the start


def test_find_each_gives_what_each_pattern_finds_alone():
    """The reaction types scanned as one family (one lowercasing, one gate scan) find what each finds alone,
    also where lowercasing changes the text's length ("İ" -> "i̇") and the case-insensitive twin runs."""
    from pipelines.extract.gazetteer import find_each

    sentences = ["Japan strongly condemned the launch and lodged a protest through diplomatic channels.",
                 "The UN Security Council will hold an emergency meeting, diplomats said.",
                 "İstanbul: Turkey urged restraint and called the launch a grave threat.",
                 "The weather was fine."]
    for s in sentences:
        together = find_each(reaction_res(), s)
        assert list(together) == list(reaction_res())
        for rtype, pat in reaction_res().items():
            assert [m.span() for m in together[rtype]] == [m.span() for m in pat.finditer(s)], (rtype, s)
    assert find_each(reaction_res(), sentences[0])["condemnation"]
    assert find_each(reaction_res(), sentences[2])["call_for_restraint"]


def test_has_cue_answers_whether_any_cue_type_matches():
    from pipelines.extract.reactions import cue_hits, has_cue

    for s in ["Japan strongly condemned the launch.", "The weather was fine.", "Seoul is analysing the data.",
              "The council will meet on Friday.", "NATO urged restraint."]:
        assert has_cue(s) == any(cue_hits(s).values()), s
    assert has_cue("Japan strongly condemned the launch.") and not has_cue("The weather was fine.")


def test_every_rewritten_pattern_finds_what_it_was_written_to_find():
    """Each CaselessRegex of the extractor (module patterns, lexicon entries, cue types) is compiled rewritten
    for speed (letter groups, leading groups distributed, a literal gate); on every sample sentence and a few
    written for the rewrites, it finds exactly the matches, groups included, of the pattern as written."""
    import gc
    import re

    import pipelines.extract  # noqa: F401  (compiles every module's patterns)
    from pipelines.extract.gazetteer import CaselessRegex, _lower_pattern, lexicon

    for name, value in lexicon().items():
        if isinstance(value, str):
            lex_re(name)
    reaction_res()
    sentences = ["North Korea did not fire; it had not launched, and does not test-fire.",
                 "The missile was test-fired and then fired again; officials did not say when.",
                 "It was first flight-tested on Monday; the launches could take place within minutes.",
                 *sample_sentences()]
    patterns = [o for o in gc.get_objects() if isinstance(o, CaselessRegex)]
    assert len(patterns) > 100
    rewritten = 0
    for p in patterns:
        plain = re.compile(_lower_pattern(p.pattern))
        rewritten += p.low.pattern != plain.pattern
        for s in sentences:
            low = s.lower()
            assert [(m.span(), m.groups()) for m in p.low.finditer(low)] == \
                [(m.span(), m.groups()) for m in plain.finditer(low)], (p.pattern, s)
    assert rewritten > 20


def test_distributing_a_leading_group_keeps_the_order_of_tries():
    """``(?:a)?(?:a|ab)`` on "aab" matches "aa" (the optional word first); a distribution that tried the rest
    first would match "a"."""
    import re

    from pipelines.extract.gazetteer import _distribute_leading_group

    for branch, texts in [(r"(?:a)?(?:a|ab)", ["aab", "ab", "a", "b"]),
                          (r"(?:did|do|does)\s+not\s+(?:fire|fired)", ["does not fired", "do not fire", "did not"]),
                          (r"(?:test-|test\s+)?fired", ["test-fired", "test fired", "fired", "testfired"])]:
        written = re.compile(branch)
        distributed = re.compile("|".join(_distribute_leading_group(branch)))
        assert distributed.pattern != written.pattern
        for t in texts:
            assert [m.span() for m in distributed.finditer(t)] == [m.span() for m in written.finditer(t)], (branch, t)
    assert _distribute_leading_group(r"(?:(a)|b)c") == [r"(?:(a)|b)c"]  # a capture would be renumbered
    assert _distribute_leading_group(r"(?:a|b)+c") == [r"(?:a|b)+c"]
