"""The alias matchers (Aho-Corasick) find exactly what the alias regex of each table finds."""


from pipelines.extract.gazetteer import AliasMatcher, AliasTables, gazetteer
from tests.extract.conftest import sample_sentences

EDGE_CASES = [
    "North Korea's missile flew; the North Korean threat grew, the North said.",  # possessive, not_before
    "U.S.-South Korea drills began as (Jiji)--North Korea fired. the North's KCNA said.",  # glued hyphen vs dash
    "Japan’s Defense Ministry and Japan's JCS; NorthKorea; xNorth Korea; North Korea-led; North Koreas",
    "South Korea's Joint Chiefs of Staff said the UN Security Council's meeting and the Security Council met.",
    "The U.S. and the US, USA and the United States of America; Iran, Iran's IRGC and Iranian forces.",
    "Hwasong-18, Hwasong 18, hwasong18, HWASONG-18 and Hwasong-18s; Sohae; Tongchang-ri and Tongchang ri.",
    "İstanbul said South Korea fired; ß and North Korea.",
    "North Korea's's; 'North Korea'; North Korea.North Korea_ North Korea",
    "The talks ended.North Korea fired; e.g.Japan; U.S..-Japan; x-Japan; .-Japan; -Japan; Japan-",
]


def _sentences() -> list[str]:
    return [*EDGE_CASES, *sample_sentences()]


def test_each_alias_matcher_finds_what_its_regex_finds():
    g = gazetteer()
    tables = {"country": g.country_re, "actor": g.actor_re, "org": g.org_re, "site": g.site_re}
    sentences = _sentences()
    assert len(sentences) > 200
    found = 0
    for kind, pattern in tables.items():
        matcher = g._tables[kind][0]
        assert isinstance(matcher, AliasMatcher)
        for s in sentences:
            expected = [m.span() for m in pattern.finditer(s)]
            assert matcher.spans(s) == expected, (kind, s)
            found += len(expected)
    assert found > 300


def test_agent_tables_in_one_pass_find_what_each_table_finds():
    g = gazetteer()
    agents = g._agents
    assert isinstance(agents, AliasTables)
    for s in _sentences():
        together = agents.spans(s)
        for kind in ("actor", "org", "country"):
            assert together[kind] == g._tables[kind][0].spans(s), (kind, s)


def test_systems_match_in_any_case_through_the_lowercased_text():
    g = gazetteer()
    checked = 0
    for s in _sentences():
        if len(s.lower()) != len(s):
            continue  # (the case-insensitive regex itself runs there)
        assert g._system_low.spans(s.lower()) == [m.span() for m in g.system_re.finditer(s)], s
        checked += bool(g._system_low.spans(s.lower()))
    assert checked > 5
