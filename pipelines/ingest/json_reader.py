"""`.json` (one object, or a list of objects) and `.jsonl` (one object per line)."""

import io
import json
import re
from collections.abc import Callable, Iterator

from pipelines.ingest.decoding import check_binary, decode_text
from pipelines.ingest.models import MAX_JSON_DEPTH, Rejected

# An attempt yields either the raw fields of one article with its location, or a rejection.
Item = tuple[str | None, dict[str, object] | Rejected]

# A JSON string, or an unterminated one running to the end of the text. Always matching from an
# opening quote (possessive, no backtracking) keeps the scan linear even on adversarial input.
_STRING = re.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+(?:"|\\?\Z)', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_INNERMOST = re.compile(r"[\[{][\]}]")


def nesting_depth_exceeds(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """True when brackets outside strings nest deeper than `limit`.

    json.loads recurses once per level and raises RecursionError near 1000, so depth is measured
    first, without recursion: strip strings and everything but brackets, then delete innermost pairs
    one level per pass (C-speed regex passes, at most limit + 1 of them).
    """
    if text.count("[") + text.count("{") <= limit:
        return False
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    if re.search(rf"[\[{{]{{{limit + 1}}}", brackets):
        return True  # limit + 1 openers in a row: the common shape of a nesting bomb, found in one pass
    for _ in range(limit):
        reduced = _INNERMOST.sub("", brackets)
        if reduced == brackets:
            return False
        brackets = reduced
    return _INNERMOST.search(brackets) is not None


def _loads(text: str) -> object:
    """json.loads with depth checked first. Raises Rejected(invalid_json / too_deeply_nested)."""
    if nesting_depth_exceeds(text):
        raise Rejected("too_deeply_nested", f"JSON nests deeper than {MAX_JSON_DEPTH} levels")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise Rejected("invalid_json", exc.msg, location=f"char {exc.pos}") from None
    except RecursionError:  # defensive: the depth check should make this unreachable
        raise Rejected("too_deeply_nested", "JSON nesting exhausted the parser") from None
    except ValueError as exc:  # e.g. an integer literal longer than Python's 4300-digit limit
        raise Rejected("invalid_json", str(exc)[:200]) from None


def read_json(data: bytes) -> Iterator[Item]:
    """One object -> one article (location None); a list -> one per element (location "item N", 1-based).

    A list is handled element by element, like lines of a .jsonl file: objects become articles and
    anything else is quarantined as not_an_object with its item number.
    """
    check_binary(data)
    text, bom = decode_text(data)
    if not text.strip():
        raise Rejected("empty_file", "the file is empty or only whitespace")
    try:
        value = _loads(text)
    except Rejected as rejected:
        if rejected.location and rejected.location.startswith("char "):
            # Report a byte offset, which is what a hex editor or `dd` needs.
            char = int(rejected.location.removeprefix("char "))
            rejected.location = f"byte {bom + len(text[:char].encode('utf-8', 'surrogatepass'))}"
        raise
    if isinstance(value, dict):
        yield None, value
    elif isinstance(value, list):
        if not value:
            raise Rejected("empty_file", "the top-level JSON list is empty")
        for number, element in enumerate(value, start=1):
            location = f"item {number}"
            if isinstance(element, dict):
                yield location, element
            else:
                yield location, Rejected("not_an_object", f"list item is {_kind(element)}", location)
    else:
        raise Rejected("not_an_object", f"the top-level JSON value is {_kind(value)}")


def read_jsonl(data: bytes) -> Iterator[Item]:
    """One object per line (location "line N", 1-based); blank lines skipped; a bad line costs only itself.

    Lines are split on \\n only: JSON strings may legally hold U+2028 and other characters that
    str.splitlines() would break on. Each line is decoded on its own so that one mis-encoded line does
    not take the rest of the file with it.
    """
    check_binary(data)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    seen_content = False
    # BytesIO iterates on b"\n" only, without materialising a list of every line.
    for number, raw in enumerate(io.BytesIO(data), start=1):
        location = f"line {number}"
        raw = raw.removesuffix(b"\n").removesuffix(b"\r")
        if not raw.strip():
            continue
        seen_content = True
        yield location, _line(raw, location, _loads_line)
    if not seen_content:
        raise Rejected("empty_file", "the file is empty or only blank lines")


def _line(raw: bytes, location: str, parse: Callable[[str], object]) -> dict[str, object] | Rejected:
    try:
        text, _ = decode_text(raw)
        value = parse(text)
    except Rejected as rejected:
        rejected.location = location
        return rejected
    if not isinstance(value, dict):
        return Rejected("not_an_object", f"the line holds {_kind(value)}", location)
    return value


def _loads_line(text: str) -> object:
    try:
        return _loads(text)
    except Rejected as rejected:
        if rejected.reason == "invalid_json":
            at = f" at column {int(rejected.location.removeprefix('char ')) + 1}" if rejected.location else ""
            raise Rejected("invalid_jsonl_line", f"{rejected.detail}{at}") from None
        raise


def _kind(value: object) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "a number", float: "a number", str: "a string", list: "a list"}.get(
        type(value), type(value).__name__
    )
