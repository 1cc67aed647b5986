"""Sentence spans: spaCy's sentencizer plus the repairs news text needs."""

from pipelines.extract.sentences import sentence_spans


def test_sentence_spans_split_a_headline_line_and_after_a_clock_time():
    text = "N. Korea fires missile\nThe missile was fired at 7:50 a.m. The JCS said it flew 600 km."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["N. Korea fires missile", "The missile was fired at 7:50 a.m.", "The JCS said it flew 600 km."]


def test_a_title_abbreviation_ends_no_sentence():
    text = "Pentagon press secretary Maj. Gen. Pat Ryder told reporters the launch was monitored."
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]
