"""Sentence spans: spaCy's blank English tokenizer and its sentencizer's rule, plus two repairs news text needs."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import pairwise

import spacy
from spacy.attrs import IDX, IS_PUNCT, ORTH
from spacy.language import Language
from spacy.pipeline import Sentencizer

# The sentencizer never splits after "a.m."/"p.m." (one token, not "."); news often ends a sentence there.
# (Written to begin with the literal ".m.", which the regex engine finds by a fast scan, where a leading "\b"
# had it try every position; only the match ends are read.)
_CLOCK_END = re.compile(r"\.m\.(?<=\b[ap]\.m\.)\s+(?=(?:The|A|An|It|They|He|She|This|That|These|In|On|According)\b)")


_BREAK = re.compile(r"\n+")
# Titles abbreviated before a name (military ranks, honorifics, offices).
_TITLE_END = re.compile(
    r"(?<![\w.])(?:Maj|Gen|Lt|Col|Sgt|Adm|Capt|Cmdr|Brig|Cpl|Pvt|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Prof|Amb|Rev|St)\.$")


@cache
def nlp() -> Language:
    """The tokenizer only: sentence starts are read off its token arrays (``sentence_starts``)."""
    pipe = spacy.blank("en")
    # Only sentence starts and offsets are read: the lexical attributes spaCy computes for every word it has not
    # seen before (shape, like_num, prefix, ...) were a quarter of the pass, and the tokenizer does not use them.
    pipe.vocab.lex_attr_getters = {}
    # no URL matching: every token the tokenizer has not cached is tried against spaCy's long URL regex (a tenth of
    # the pass), and a URL's dots would not end a sentence either way (the sentencizer looks at "." tokens only)
    pipe.tokenizer.url_match = None
    return pipe


@cache
def _punct_orths() -> frozenset[int]:
    return frozenset(nlp().vocab.strings.add(c) for c in Sentencizer.default_punct_chars)


def sentence_starts(doc) -> list[int]:  # type: ignore[no-untyped-def]
    """Character offsets where spaCy's ``Sentencizer`` (default punctuation) starts sentences, read off the doc's
    token arrays: the component walks the doc building a Python object per token (a fifth of the spaCy pass;
    this loop over three int lists costs a third of that). Its rule: after a token in ``punct_chars``, the
    next token that is neither punctuation nor in ``punct_chars`` starts a sentence."""
    if len(doc) == 0:
        return []
    ends = _punct_orths()
    orths, punct, offsets = doc.to_array([ORTH, IS_PUNCT, IDX]).T.tolist()
    starts = [offsets[0]]
    seen_end = False
    for orth, is_punct, offset in zip(orths, punct, offsets, strict=True):
        if orth in ends:
            seen_end = True
        elif seen_end and not is_punct:
            starts.append(offset)
            seen_end = False
    return starts


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
    """Sentence spans of a tokenized ``doc`` of ``text``, repaired."""
    if len(doc) == 0:
        return []
    starts = sentence_starts(doc)
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
