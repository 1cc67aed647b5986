"""Sentence spans: spaCy's tokenizer and sentencizer rule plus the repairs news text needs."""

from spacy.pipeline import Sentencizer

from pipelines.extract.sentences import nlp, sentence_spans, sentence_starts, spans_from_doc
from tests.extract.conftest import sample_texts


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


def test_sentence_starts_are_where_spacys_sentencizer_puts_them():
    """The starts read off the token arrays equal those spaCy's Sentencizer sets on the same docs: on the
    sample corpus, and on runs of end marks, quotes and brackets after them, ellipses, and edge cases."""
    texts = [
        *sample_texts(),
        "It flew. The JCS said so!! Then... more? Yes.",
        'He said "It flew." Then he left. (The launch was at 7.) And more.',
        "Wait?! Really!? «Yes.» ¿Que? No...",
        "  Leading space. Trailing space.  ",
        "No end mark at all",
        ".",
        "...",
        "A. B. C.",
        "The missile flew 600 km.\n\nThe JCS said.\nIt added",
    ]
    assert len(texts) > 20
    sentencizer = Sentencizer()
    for text in texts:
        doc = nlp()(text)
        ours = sentence_starts(doc)
        expected = [t.idx for t in sentencizer(doc) if t.is_sent_start]
        assert ours == expected, text
