"""Compiled matchers built once per process from pipelines/reference (tables + lexicon.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from operator import itemgetter
from re import _constants as _re_const  # the parsed-pattern opcodes read by required_literals
from re import _parser as _re_parser
from typing import Any

import ahocorasick
import yaml

from pipelines.reference import REFERENCE_DIR, load_table, split_multi

_MISSING = object()


@dataclass(frozen=True)
class Mention:
    """One gazetteer hit inside a sentence (offsets relative to the sentence)."""

    kind: str  # country | actor | org | system | site
    key: str  # iso3 / actor / org / system name / site name
    start: int
    end: int
    text: str


def _variants(alias: str, fuzzy_sep: bool) -> set[str]:
    """Spellings matched for one alias: first letter in either case ("the North" / "The North") and,
    for names of systems and places, hyphen / space / nothing between parts ("Hwasong-18", "Hwasong 18")."""
    forms = {alias}
    if fuzzy_sep:
        parts = re.split(r"[-\s]+", alias)
        if len(parts) > 1:
            forms |= {"-".join(parts), " ".join(parts), "".join(parts)}
    out = set()
    for f in forms:
        out.add(f)
        if f[0].isalpha():
            out.add(f[0].swapcase() + f[1:])
    return out


def trie_regex(words: list[str]) -> str:
    """Regex alternation of literal words arranged as a character trie.

    Python's ``re`` tries the branches of a flat alternation one by one at every position; a trie
    shares prefixes, which made gazetteer matching ~15x faster on news text."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts, optional = [], False
        for ch in sorted(node):
            if ch == "":
                optional = True
                continue
            alts.append(re.escape(ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if optional else body

    return build(trie)


def _is_word(ch: str) -> bool:
    """``re``'s ``\\w`` for one character of a str pattern."""
    return ch.isalnum() or ch == "_"


class AliasMatcher:
    """Every alias of a table found in a text, as the regex
    ``(?<![\\w.])(?<![\\w.]-)(?:alias|...)(?:['’]s)?(?![\\w-])`` + ``not_before`` would find them with ``finditer``:
    leftmost first, at a start the longest alias whose ending conditions hold (a possessive tried before none),
    scanning on after each match. One Aho-Corasick pass finds where aliases occur; the regex tried the whole
    alias trie at every word start of every sentence (~9% of the rule time)."""

    def __init__(self, words: set[str], *, possessive: bool = False, not_before: str = "") -> None:
        """``not_before``: a pattern that must not follow an alias."""
        self.words = words
        self._automaton = _automaton({w: len(w) for w in words})
        self._possessive = possessive
        self._not_before = re.compile(not_before) if not_before else None

    def _ends_here(self, text: str, end: int) -> bool:
        if end < len(text) and (_is_word(text[end]) or text[end] == "-"):
            return False
        return self._not_before is None or self._not_before.match(text, end) is None

    def spans(self, text: str) -> list[tuple[int, int]]:
        at: dict[int, list[int]] = {}
        for last, length in self._automaton.iter(text):
            at.setdefault(last - length + 1, []).append(last + 1)
        return self.select(text, at)

    def select(self, text: str, at: dict[int, list[int]]) -> list[tuple[int, int]]:
        """The matches, given where aliases occur (``at``: start -> ends)."""
        out: list[tuple[int, int]] = []
        scanned = 0  # the regex scan resumes after a match
        for start in sorted(at):
            if start < scanned:
                continue
            if start > 0:
                # a hyphen glued to a word blocks a match ("U.S.-South Korea drills"), a dash does not
                before = text[start - 1]
                if _is_word(before) or before == "." or (
                        before == "-" and start > 1 and (_is_word(text[start - 2]) or text[start - 2] == ".")):
                    continue
            for end in sorted(at[start], reverse=True):
                if self._possessive and text[end : end + 2] in ("'s", "’s") and self._ends_here(text, end + 2):
                    end += 2
                elif not self._ends_here(text, end):
                    continue
                out.append((start, end))
                scanned = end
                break
        return out


class AliasTables:
    """Several tables' ``AliasMatcher``s sharing one automaton: one pass over a sentence finds the aliases of
    all of them (a pass costs more than the few hits it finds)."""

    def __init__(self, matchers: dict[str, AliasMatcher]) -> None:
        self._matchers = matchers
        entries: dict[str, tuple[tuple[str, int], ...]] = {}
        for kind, m in matchers.items():
            for w in m.words:
                entries[w] = (*entries.get(w, ()), (kind, len(w)))
        self._automaton = _automaton(entries)

    def spans(self, text: str) -> dict[str, list[tuple[int, int]]]:
        at: dict[str, dict[int, list[int]]] = {kind: {} for kind in self._matchers}
        for last, entries in self._automaton.iter(text):
            for kind, length in entries:
                at[kind].setdefault(last - length + 1, []).append(last + 1)
        return {kind: m.select(text, at[kind]) if at[kind] else [] for kind, m in self._matchers.items()}


def _automaton(values: dict[str, Any]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word, value in values.items():
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def _build(entries: list[tuple[str, str]], *, fuzzy_sep: bool = False, ignore_case: bool = False,
           possessive: bool = False, not_before: str = "") -> tuple[re.Pattern[str], AliasMatcher, dict[str, str]]:
    """One trie alternation over every alias (the regex engine's greedy trie yields the longest alias), the same
    as an ``AliasMatcher``, and the normalised lookup."""
    lookup: dict[str, str] = {}
    words: set[str] = set()
    for alias, key in sorted(entries, key=lambda e: -len(e[0])):
        lookup.setdefault(_norm(alias), key)
        words |= _variants(alias, fuzzy_sep)
    poss = r"(?:['’]s)?" if possessive else ""
    flags = re.IGNORECASE if ignore_case else 0
    # a hyphen glued to a word blocks a match ("U.S.-South Korea drills"), a dash does not ("(Jiji)--North Korea")
    body = trie_regex(sorted(words))
    tail = f"(?!{not_before})" if not_before else ""
    pattern = re.compile(rf"(?<![\w.])(?<![\w.]-)(?:{body}){poss}(?![\w-]){tail}", flags)
    return pattern, AliasMatcher(words, possessive=possessive, not_before=not_before), lookup


def _norm(text: str) -> str:
    text = re.sub(r"['’]s$", "", text)
    return re.sub(r"[^a-z0-9]", "", text.lower())


class Gazetteer:
    """Reference tables as alias matchers plus attribute lookups. Each table's alias regex is kept: it states what
    the matcher finds (a test holds them equal), and runs for systems where lowercasing changes a text's length."""

    def __init__(self) -> None:
        countries = load_table("countries")
        self.country_tz = {r["iso3"]: r["timezone"] for r in countries}
        self.country_name = {r["iso3"]: r["name"] for r in countries}
        entries = []
        for r in countries:
            for alias in {r["name"], *split_multi(r["aliases"])}:
                entries.append((alias, r["iso3"]))
        # "the North Korean threat" is North Korean, not "the North" followed by a word
        self.country_re, country, self.country_lookup = _build(entries, possessive=True, not_before=r"\s+Korean?\b")

        self.actors = {r["actor"]: r for r in load_table("actors")}
        entries = [(a, r["actor"]) for r in self.actors.values() for a in {r["actor"], *split_multi(r["aliases"])}]
        self.actor_re, actor, self.actor_lookup = _build(entries, possessive=True)

        orgs = load_table("organisations")
        entries = [(a, r["org"]) for r in orgs for a in {r["org"], *split_multi(r["aliases"])}]
        self.org_re, org, self.org_lookup = _build(entries, possessive=True)

        self.systems = {r["name"]: r for r in load_table("missile_systems")}
        entries = [(a, r["name"]) for r in self.systems.values() for a in {r["name"], *split_multi(r["aliases"])}]
        self.system_re, _, self.system_lookup = _build(entries, fuzzy_sep=True, ignore_case=True)
        # the same aliases lowercased, run on lowercased text (the IGNORECASE regex is kept for texts whose
        # length lowercasing changes)
        _, self._system_low, _ = _build([(a.lower(), k) for a, k in entries], fuzzy_sep=True)

        self.sites = {r["name"]: r for r in load_table("launch_sites")}
        entries = [(a, r["name"]) for r in self.sites.values() for a in {r["name"], *split_multi(r["aliases"])}]
        self.site_re, site, self.site_lookup = _build(entries, fuzzy_sep=True)
        self._tables: dict[str, tuple[AliasMatcher | None, dict[str, str]]] = {
            "country": (country, self.country_lookup),
            "actor": (actor, self.actor_lookup),
            "org": (org, self.org_lookup),
            "system": (None, self.system_lookup),
            "site": (site, self.site_lookup),
        }
        self._keys: dict[str, dict[str, str | None]] = {kind: {} for kind in self._tables}
        self._agents = AliasTables({"actor": actor, "org": org, "country": country})

    def find(self, kind: str, text: str) -> list[Mention]:
        matcher, _ = self._tables[kind]
        if matcher is not None:
            spans = matcher.spans(text)
        else:  # systems: case-insensitive
            low = _lowered(text)
            spans = self._system_low.spans(low) if len(low) == len(text) \
                else [m.span() for m in self.system_re.finditer(text)]
        return self._mentions(kind, text, spans)

    def find_agents(self, text: str) -> dict[str, list[Mention]]:
        """``find`` of the actor, org and country tables, in one pass."""
        return {kind: self._mentions(kind, text, spans) for kind, spans in self._agents.spans(text).items()}

    def _mentions(self, kind: str, text: str, spans: list[tuple[int, int]]) -> list[Mention]:
        lookup = self._tables[kind][1]
        keys = self._keys[kind]
        out = []
        for start, end in spans:
            found = text[start:end]
            key = keys.get(found, _MISSING)
            if key is _MISSING:  # the normalised lookup, remembered per spelling seen
                key = keys[found] = lookup.get(_norm(found))
            if key is not None:
                out.append(Mention(kind, key, start, end, found))
        return out


@cache
def gazetteer() -> Gazetteer:
    return Gazetteer()


@cache
def lexicon() -> dict[str, Any]:
    with (REFERENCE_DIR / "lexicon.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _lower_pattern(pattern: str) -> str:
    """Lowercase a regex's literal letters, leaving escapes (\\W, \\S, \\B ...) untouched."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            i += 2
        else:
            out.append(pattern[i].lower())
            i += 1
    return "".join(out)


def _structure(pattern: str) -> Iterator[tuple[int, str]]:
    """Positions of the grouping characters ( ) | of a regex, skipping escapes and character classes."""
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            i = j + 1
            continue
        if c in "()|":
            yield i, c
        i += 1


def _split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a regex."""
    out, depth, start = [], 0, 0
    for i, c in _structure(pattern):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def _closing_paren(pattern: str, open_at: int) -> int | None:
    """Where the group opened at ``open_at`` closes."""
    depth = 0
    for i, c in _structure(pattern):
        if i < open_at or c == "|":
            continue
        depth += 1 if c == "(" else -1
        if depth == 0:
            return i
    return None


_CAPTURE = re.compile(r"(?<!\\)\((?!\?)|\(\?P<|\\\d")  # a capturing group, a named one, a back-reference


def _distribute_leading_group(branch: str) -> list[str]:
    """``(?:did|does|had)\\s+not\\s+fire`` -> ``did\\s+not\\s+fire|does\\s+not\\s+fire|had\\s+not\\s+fire``, and an
    optional one, ``(?:test-)?fired`` -> ``test-fired|fired``: a branch opening with a group of literal words
    becomes one branch per word, so that the letter grouping can take them in. ``(?:A|B)C`` and ``AC|BC`` (and
    ``(?:A)?C`` and ``AC|C``) try the same strings in the same order, so the matches are the same. Left alone: a
    repeated, lazy or possessive group, a non-literal word, capturing groups or back-references anywhere in the
    branch (copies would renumber them), and expansions past eight branches."""
    if not branch.startswith("(?:") or _CAPTURE.search(branch):
        return [branch]
    close = _closing_paren(branch, 0)
    if close is None:
        return [branch]
    quantifier = branch[close + 1 : close + 2]
    optional = quantifier == "?"
    if quantifier in ("*", "+", "{") or (optional and branch[close + 2 : close + 3] in ("?", "+")):
        return [branch]
    words = _split_top(branch[3:close])
    if not all(w[:1].isascii() and w[:1].isalnum() and (len(w) == 1 or w[1] not in "?*+{") for w in words):
        return [branch]
    rest = branch[close + 1 + optional :]
    out = [w + rest for w in words] + (_distribute_leading_group(rest) if optional else [])
    return out if len(out) <= 8 else [branch]


def _factor_alternatives(pattern: str) -> str:
    """Group a long alternation's branches by their literal first letter ("condemn|criticiz" -> "c(?:ondemn|
    riticiz)"), and hoist a shared leading \\b(?: ... ) group: Python's engine tries every branch at every word
    start, so a lexicon of hundreds of branches costs a few dozen tests instead. Branches with different first
    letters never match at the same place, so the order within a letter and around non-literal branches is kept
    and the matches are the same. A branch that opens with a group of literal words is first split into one
    branch per word (``_distribute_leading_group``), which halved the time of the larger cue lists."""
    tail = r"\b" if pattern.endswith(r")\b") else ""
    close = len(pattern) - 1 - len(tail)
    if pattern.startswith(r"\b(?:") and _closing_paren(pattern, 2) == close and len(_split_top(pattern[5:close])) > 1:
        return r"\b(?:" + _factor_alternatives(pattern[5:close]) + ")" + tail
    branches = [b for branch in _split_top(pattern) for b in _distribute_leading_group(branch)]
    if len(branches) < 4:
        return pattern
    groups: list[tuple[str | None, list[str]]] = []
    open_groups: dict[str, list[str]] = {}
    for branch in branches:
        first = branch[:1]
        literal = first.isascii() and first.isalnum() and (len(branch) == 1 or branch[1] not in "?*+{")
        if not literal:
            groups.append((None, [branch]))
            open_groups = {}  # a non-literal branch may match anywhere: no letter group reaches across it
        elif first in open_groups:
            open_groups[first].append(branch)
        else:
            open_groups[first] = [branch]
            groups.append((first, open_groups[first]))
    parts = [members[0] if key is None or len(members) == 1
             else key + "(?:" + "|".join(m[1:] for m in members) + ")" for key, members in groups]
    return "|".join(parts)


_LOW_CACHE: dict[str, str] = {}
_HIT_CACHE: dict[str, frozenset[str]] = {}


def _lowered(text: str) -> str:
    """``text.lower()``, remembered for the few strings (one sentence, its clauses) that dozens of patterns
    in a row are run on; the memo is dropped whenever it grows past a few hundred entries (a few articles)."""
    low = _LOW_CACHE.get(text)
    if low is None:
        if len(_LOW_CACHE) > 512:
            _LOW_CACHE.clear()
            _HIT_CACHE.clear()
        low = _LOW_CACHE[text] = text.lower()
    return low


class _GateLiterals:
    """The gate literals of every ``CaselessRegex``, in one Aho-Corasick automaton: one pass over a text finds
    which of them it holds, and each pattern's gate is then a set test (testing each pattern's literals with
    ``in`` in turn cost ~0.8 us a call, over ~500,000 calls per 2,000 articles)."""

    def __init__(self) -> None:
        self.literals: set[str] = set()
        self.automaton: ahocorasick.Automaton | None = None

    def register(self, literals: frozenset[str]) -> None:
        if not literals <= self.literals:
            self.literals |= literals
            self.automaton = None  # rebuilt on next use, and what it found before may be incomplete
            _HIT_CACHE.clear()

    def hits(self, low: str) -> frozenset[str]:
        """The literals ``low`` contains (remembered with the lowercased text)."""
        found = _HIT_CACHE.get(low)
        if found is None:
            if self.automaton is None:
                self.automaton = _automaton({literal: literal for literal in self.literals})
            found = _HIT_CACHE[low] = frozenset(map(_VALUE, self.automaton.iter(low)))
        return found


_VALUE = itemgetter(1)  # of an automaton's (end, value) hit
_GATES = _GateLiterals()


def required_literals(pattern: str) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, or None when the pattern promises none.

    Read off the parsed pattern: a run of literal characters is required where it stands, a group or a
    repeat of at least one passes on its contents' requirement, an alternation requires what its branches
    require together; optional parts, classes and lookarounds require nothing. Of a sequence's required
    parts the most selective (longest shortest string, then fewest strings) is kept."""
    return _required(_re_parser.parse(pattern).data)


def _required(items: Any) -> frozenset[str] | None:
    found: list[frozenset[str]] = []
    run = ""
    for op, av in items:
        if op is _re_const.LITERAL:
            run += chr(av)
            continue
        if run:
            found.append(frozenset([run]))
            run = ""
        need: frozenset[str] | None = None
        if op is _re_const.SUBPATTERN:
            need = _required(av[-1].data)
        elif op is _re_const.ATOMIC_GROUP:
            need = _required(av.data)
        elif op is _re_const.BRANCH:
            branches = [_required(alt.data) for alt in av[1]]
            if all(branches):
                need = frozenset().union(*branches)  # type: ignore[arg-type]
        elif op in (_re_const.MAX_REPEAT, _re_const.MIN_REPEAT, _re_const.POSSESSIVE_REPEAT) and av[0] >= 1:
            need = _required(av[2].data)
        if need:
            found.append(need)
    if run:
        found.append(frozenset([run]))
    return max(found, key=lambda s: (min(map(len, s)), -len(s))) if found else None


class CaselessRegex:
    """A case-insensitive pattern run as a case-sensitive one over the lowercased text.

    ``re.IGNORECASE`` made the lexicon's alternations 2-4x slower; lowercasing keeps offsets whenever
    it keeps the length (nearly always), else the IGNORECASE twin runs. Match text comes back lowercased.

    Most sentences hold none of a cue list's words, and Python's engine still tries the whole alternation at
    every word start to find that out; the literals every match needs (``required_literals``) answer it first:
    one Aho-Corasick pass per text finds which of all patterns' literals it holds (``_GateLiterals``), and each
    pattern's gate is a set test. Gates whose literals are short or many would pass too often to be worth it and
    are left off."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern  # as written (the compiled forms are rewritten for speed)
        low = _lower_pattern(pattern)
        need = required_literals(low)
        self.gate: frozenset[str] = need if need and min(map(len, need)) >= 3 and len(need) <= 80 else frozenset()
        if self.gate:
            _GATES.register(self.gate)
        low = _factor_alternatives(low)
        self.icase = re.compile(low, re.IGNORECASE)
        self.low = re.compile(low)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        # (the three methods repeat this choice, and the gate, inline: they run ~300 times per article)
        low = _LOW_CACHE.get(text) or _lowered(text)
        if len(low) == len(text):
            if self.gate and self.gate.isdisjoint(_HIT_CACHE.get(low) or _GATES.hits(low)):
                return None
            return self.low.search(low, pos)
        return self.icase.search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        low = _LOW_CACHE.get(text) or _lowered(text)
        if len(low) == len(text):
            return self.low.match(low, pos)
        return self.icase.match(text, pos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        low = _LOW_CACHE.get(text) or _lowered(text)
        if len(low) == len(text):
            if self.gate and self.gate.isdisjoint(_HIT_CACHE.get(low) or _GATES.hits(low)):
                return iter(())
            return self.low.finditer(low)
        return self.icase.finditer(text)


def find_each(patterns: dict[str, CaselessRegex], text: str) -> dict[str, list[re.Match[str]]]:
    """Every match of each pattern in ``text`` (what ``list(p.finditer(text))`` gives), lowercasing and gating
    once for the whole family: the reaction cues run their nine types on every candidate sentence."""
    low = _LOW_CACHE.get(text) or _lowered(text)
    if len(low) != len(text):
        return {key: list(p.icase.finditer(text)) for key, p in patterns.items()}
    hits = _HIT_CACHE.get(low) or _GATES.hits(low)
    return {key: list(p.low.finditer(low)) if not p.gate or not p.gate.isdisjoint(hits) else []
            for key, p in patterns.items()}


def any_match(patterns: Iterable[CaselessRegex], text: str) -> bool:
    """One of ``patterns`` matches in ``text`` (``find_each``'s question when only its answer's emptiness is read):
    lowercasing and the gate scan once, the patterns in turn until one matches."""
    low = _LOW_CACHE.get(text) or _lowered(text)
    if len(low) != len(text):
        return any(p.icase.search(text) for p in patterns)
    hits = _HIT_CACHE.get(low) or _GATES.hits(low)
    return any((not p.gate or not p.gate.isdisjoint(hits)) and p.low.search(low) for p in patterns)


def _flat(value: str) -> str:
    return " ".join(value.split()).replace("| ", "|").replace(" |", "|")


@cache
def lex_re(name: str) -> CaselessRegex:
    """A lexicon entry, case-insensitive, with word boundaries."""
    return CaselessRegex(rf"\b(?:{_flat(lexicon()[name])})\b")


@cache
def reaction_res() -> dict[str, CaselessRegex]:
    return {rtype: CaselessRegex(rf"\b(?:{_flat(value)})") for rtype, value in lexicon()["reaction_cues"].items()}


class Anchors:
    """A lexicon anchor list (lowercase stems, matched anywhere) as an Aho-Corasick automaton: the prefilter asks
    it, sentence by sentence, whether a lowercased article holds one of the stems there (a trie regex tried every
    position of every sentence: ~7% of the rule time)."""

    def __init__(self, words: list[str]) -> None:
        self._automaton = _automaton({w: w for w in words})

    def found_in(self, low: str, start: int = 0, end: int | None = None) -> bool:
        """One of the stems lies wholly inside ``low[start:end]``."""
        return next(self._automaton.iter(low, start, len(low) if end is None else end), None) is not None


@cache
def anchors(name: str) -> Anchors:
    return Anchors(sorted({str(w).lower() for w in lexicon()[name]}))


def icase(pattern: str) -> CaselessRegex:
    """Compile a case-insensitive pattern (see CaselessRegex)."""
    return CaselessRegex(pattern)
