"""Sentence spans: spaCy's blank English sentencizer, plus two repairs it needs on news text."""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

import spacy
from spacy.attrs import IDX, SENT_START
from spacy.language import Language

# The sentencizer never splits after "a.m."/"p.m." (one token, not "."); news often ends a sentence there.
_CLOCK_END = re.compile(r"\b[ap]\.m\.\s+(?=(?:The|A|An|It|They|He|She|This|That|These|In|On|According)\b)")


@cache
def nlp() -> Language:
    pipe = spacy.blank("en")
    pipe.add_pipe("sentencizer")
    return pipe


def _repair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split one sentencizer span at line breaks (headlines, sub-headlines) and at clock-time ends."""
    cuts = [start]
    for m in re.finditer(r"\n+", text[start:end]):
        cuts.append(start + m.end())
    for m in _CLOCK_END.finditer(text[start:end]):
        cuts.append(start + m.end())
    cuts = [*sorted(set(cuts)), end]
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
    out: list[tuple[int, int]] = []
    for a, b in pairwise(bounds):
        out.extend(_repair(text, a, b))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of every sentence of ``text``."""
    return spans_from_doc(text, nlp()(text))
