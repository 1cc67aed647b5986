"""Syndication linking: wire copies link to the earliest original, independent reports do not."""

import random

from pipelines.transform.syndication import (
    LINK_THRESHOLD,
    METHOD,
    StoryInput,
    link_stories,
    shingles,
)

AP_TEXT = (
    "SEOUL, South Korea (AP) - North Korea launched multiple ballistic missiles toward the sea on Sunday, "
    "as reported by its neighboring countries. This development occurred just hours before South Korean "
    "President Lee Jae Myung departed for China for talks that were expected to address North Korea's "
    "nuclear program. According to South Korea's Joint Chiefs of Staff, several ballistic missile launches "
    "were detected from North Korea's capital region around 7:50 a.m. The missiles reportedly flew "
    "approximately 900 kilometers, prompting South Korea and U.S. authorities to analyze the details of "
    "these launches. The Joint Chiefs of Staff emphasized that South Korea remains prepared to counter any "
    "provocations from North Korea, coordinating closely with the U.S. and Japan regarding the missile "
    "launches. Japanese Defense Minister Shinjiro Koizumi confirmed that at least two missile launches have "
    "been verified, labeling them a serious threat to the peace and security of Japan, the region, and the "
    "global community."
)

# another outlet's copy: its own dateline credit and one rewritten sentence
COPY_TEXT = AP_TEXT.replace("SEOUL, South Korea (AP) -", "SEOUL (AP) --").replace(
    "This development occurred just hours before South Korean President Lee Jae Myung departed for "
    "China for talks that were expected to address North Korea's nuclear program.",
    "The launches came hours before President Lee Jae Myung of South Korea left for Beijing for a summit.",
)

# the same launch reported independently, in other words (shared facts and quoted phrases only)
INDEPENDENT_TEXT = (
    "North Korea fired several ballistic missiles into the East Sea on Sunday morning, South Korea's "
    "military said, hours before President Lee Jae Myung was due to leave for a state visit to China. "
    "The Joint Chiefs of Staff said the missiles were launched from the Pyongyang area at about 7:50 a.m. "
    "and flew some 900 km. Seoul's military said it remains prepared to counter any provocations and was "
    "sharing information with Washington and Tokyo. Japan's defence ministry said at least two missiles "
    "had been fired and called the launches a serious threat to peace and security."
)


def _article(article_id, text, published_at="2026-01-04", content_hash=None, source="AP"):
    return StoryInput(
        article_id=article_id,
        content_hash=content_hash or f"hash-{article_id}",
        published_at=published_at,
        source=source,
        text=text,
    )


def _by_id(links):
    return {link.article_id: link for link in links}


def test_shingles_are_lowercased_word_five_grams():
    assert shingles("A b c d e F") == {"a b c d e", "b c d e f"}
    assert shingles("too short") == {"too short"}
    assert shingles("") == set()


def test_copy_with_new_dateline_and_edited_sentence_links_to_earliest_original():
    links = _by_id(
        link_stories(
            [
                _article("ht-1", COPY_TEXT, "2026-01-04T12:00:00+05:30", source="Hindustan Times (AP)"),
                _article("ap-1", AP_TEXT, "2026-01-04T09:00:00+09:00"),
            ]
        )
    )
    assert links["ap-1"].story_id == "ap-1"
    assert links["ap-1"].similarity == 1.0
    assert links["ht-1"].story_id == "ap-1"
    assert LINK_THRESHOLD <= links["ht-1"].similarity < 1.0
    assert {link.method for link in links.values()} == {METHOD}


def test_independent_report_of_the_same_launch_is_its_own_story():
    links = _by_id(link_stories([_article("ap-1", AP_TEXT), _article("yna-1", INDEPENDENT_TEXT, source="Yonhap")]))
    assert links["yna-1"].story_id == "yna-1"
    assert links["ap-1"].story_id == "ap-1"
    a, b = shingles(AP_TEXT), shingles(INDEPENDENT_TEXT)
    assert len(a & b) / len(a | b) < 0.15


def test_exact_copies_link_and_ties_on_publication_go_to_the_smaller_article_id():
    links = _by_id(
        link_stories(
            [
                _article("zz-copy", AP_TEXT, "2026-01-04", content_hash="same"),
                _article("aa-copy", AP_TEXT, "2026-01-04", content_hash="same"),
            ]
        )
    )
    assert links["zz-copy"].story_id == "aa-copy"
    assert links["aa-copy"].story_id == "aa-copy"


def test_date_only_publication_is_midnight_utc_for_ordering():
    # 2026-01-04T08:00+09:00 is 2026-01-03T23:00Z: earlier than the date-only 2026-01-04
    links = _by_id(
        link_stories(
            [
                _article("b-dated", AP_TEXT, "2026-01-04"),
                _article("a-later-id", COPY_TEXT, "2026-01-04T08:00:00+09:00"),
            ]
        )
    )
    assert links["b-dated"].story_id == "a-later-id"


def test_every_version_gets_one_row_and_empty_text_stands_alone():
    links = link_stories(
        [
            _article("ap-1", AP_TEXT, content_hash="v1"),
            _article("ap-1", AP_TEXT, content_hash="v1"),  # same version twice: one row
            _article("ap-1", AP_TEXT + " Updated with reactions.", content_hash="v2"),
            _article("empty", "", content_hash="e"),
        ]
    )
    assert [(link.article_id, link.content_hash) for link in links] == [
        ("ap-1", "v1"),
        ("ap-1", "v2"),
        ("empty", "e"),
    ]
    assert {link.story_id for link in links} == {"ap-1", "empty"}


def test_unrelated_articles_do_not_link_at_scale():
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(5000)]
    originals = [_article(f"a{i:04d}", " ".join(rng.choices(vocabulary, k=120))) for i in range(1500)]
    copies = []
    for i in range(0, 1500, 10):
        words = originals[i].text.split()
        words[40:55] = rng.choices(vocabulary, k=15)  # one edited sentence
        copies.append(_article(f"c{i:04d}", " ".join(words), "2026-01-05"))
    links = _by_id(link_stories(originals + copies))
    assert all(links[a.article_id].story_id == a.article_id for a in originals)
    assert all(links[c.article_id].story_id == "a" + c.article_id[1:] for c in copies)
