"""Sentence spans: spaCy's blank English sentencizer, plus two repairs it needs on news text."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import pairwise

import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language

# The sentencizer never splits after "a.m."/"p.m." (one token, not "."); news often ends a sentence there.
_CLOCK_END = re.compile(r"\b[ap]\.m\.\s+(?=(?:The|A|An|It|They|He|She|This|That|These|In|On|According)\b)")


_BREAK = re.compile(r"\n+")
# Titles abbreviated before a name (military ranks, honorifics, offices).
_TITLE_END = re.compile(
    r"(?<![\w.])(?:Maj|Gen|Lt|Col|Sgt|Adm|Capt|Cmdr|Brig|Cpl|Pvt|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Amb|Rev|St)\.$")


@cache
def nlp() -> Language:
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    # Only sentence starts and offsets are read: the lexical attributes spaCy computes for every word it has not
    # seen before (shape, like_num, prefix, ...) were a quarter of the pass, and the tokenizer does not use them.
    pipe.vocab.lex_attr_getters = {}
    # no URL matching: every token the tokenizer has not cached is tried against spaCy's long URL regex (a tenth of
    # the pass), and a URL's dots would not end a sentence either way (the sentencizer looks at "." tokens only)
    pipe.tokenizer.url_match = None
    return pipe


def _repair(text: str, start: int, end: int, splits: list[int]) -> list[tuple[int, int]]:
    """Split one sentencizer span at line breaks (headlines, sub-headlines) and at clock-time ends
    (``splits``: those positions over the whole article, found in one pass)."""
    cuts = [start, *splits[bisect_right(splits, start) : bisect_left(splits, end)], end]
    out = []
    for a, b in pairwise(cuts):
        # trim whitespace so evidence == text[a:b] is a clean sentence
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


def spans_from_doc(text: str, doc) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Sentence spans read from the doc's arrays: iterating ``doc.sents`` builds a Python object per
    token, which cost about as much as the whole rule-based extraction."""
    if len(doc) == 0:
        return []
    arr = doc.to_array([SENT_START, IDX])
    starts = arr[:, 1][arr[:, 0] == 1].tolist()
    if not starts or starts[0] != 0:
        starts = [0, *starts]
    bounds = [*starts, len(text)]
    splits = sorted({m.end() for m in _BREAK.finditer(text)} | {m.end() for m in _CLOCK_END.finditer(text)})
    out: list[tuple[int, int]] = []
    for a, b in pairwise(bounds):
        for span in _repair(text, a, b, splits):
            # "Pentagon press secretary Maj. Gen. Pat Ryder": a title abbreviation ends no sentence
            if out and _TITLE_END.search(text, max(out[-1][0], out[-1][1] - 8), out[-1][1]) \
                    and "\n" not in text[out[-1][1] : span[0]]:
                out[-1] = (out[-1][0], span[1])
            else:
                out.append(span)
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of every sentence of ``text``."""
    return spans_from_doc(text, nlp()(text))
