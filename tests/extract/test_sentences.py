"""Sentence spans: spaCy's sentencizer plus the repairs news text needs."""

from pipelines.extract.sentences import nlp, sentence_spans, spans_from_doc


def test_sentence_spans_split_a_headline_line_and_after_a_clock_time():
    text = "N. Korea fires missile\nThe missile was fired at 7:50 a.m. The JCS said it flew 600 km."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["N. Korea fires missile", "The missile was fired at 7:50 a.m.", "The JCS said it flew 600 km."]


def test_a_title_abbreviation_ends_no_sentence():
    text = "Pentagon press secretary Maj. Gen. Pat Ryder told reporters the launch was monitored."
    assert [text[a:b] for a, b in sentence_spans(text)] == [text]


def test_urls_split_into_the_same_sentences_without_spacys_url_matcher():
    """The pipeline drops spaCy's URL matching for speed; sentences around URLs must not move."""
    import spacy

    plain = spacy.blank("en")
    plain.add_pipe("sentencizer")
    for text in ["See https://www.kcna.kp/en/article/Q.Launch.html for details. The missile flew 600 km.",
                 "Visit kcna.kp. It said so.", "The report (nknews.org/2023/04/Hwasong-18.Test) said. Next.",
                 "Email info@mod.go.jp.Then more."]:
        assert spans_from_doc(text, nlp()(text)) == spans_from_doc(text, plain(text)), text
