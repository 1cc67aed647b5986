"""Inbox traversal and the per-file entry point: every file becomes articles and/or quarantine records."""

import hashlib
import os
import stat
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

from pipelines.ingest.html_reader import read_html
from pipelines.ingest.json_reader import Item, read_json, read_jsonl
from pipelines.ingest.models import MAX_FILE_BYTES, Article, FileResult, QuarantineRecord, Rejected
from pipelines.ingest.records import build_article
from pipelines.ingest.text_reader import read_text

# Readers for single-article formats return (fields, origin of a published_at among the fields).
_SINGLE_READERS: dict[str, Callable[[bytes], tuple[dict[str, object], str]]] = {
    ".txt": lambda data: read_text(data, markdown=False),
    ".md": lambda data: read_text(data, markdown=True),
    ".html": read_html,
    ".htm": read_html,
}
_MULTI_READERS: dict[str, Callable[[bytes], Iterator[Item]]] = {".json": read_json, ".jsonl": read_jsonl}
EXTENSIONS = tuple(sorted([*_SINGLE_READERS, *_MULTI_READERS]))


def iter_inbox(inbox: Path) -> Iterator[Path]:
    """Every non-directory entry under `inbox`, at any depth, in Path order (component by component).

    Hidden files are included: every file must be accounted for. Symbolic links are yielded but never
    descended into (read_file decides what they are), so a link cannot lead the walk out of the inbox
    or into a loop. A subdirectory that cannot be listed is yielded itself, so that read_file records
    it as unreadable instead of the files inside vanishing silently. Only one directory listing per
    level is held in memory. Raises OSError when `inbox` itself cannot be listed.
    """
    stack = [iter(_listing(Path(inbox)))]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_dir = False
        if not is_dir:
            yield Path(entry.path)
            continue
        try:
            stack.append(iter(_listing(Path(entry.path))))
        except OSError:
            yield Path(entry.path)


def _listing(directory: Path) -> list[os.DirEntry[str]]:
    with os.scandir(directory) as entries:
        return sorted(entries, key=lambda entry: entry.name)


def read_file(path: Path, inbox: Path, now: datetime | None = None) -> FileResult:
    """Read one inbox file into articles and quarantine records. Never raises for bad content.

    `now` bounds published_at (a date more than a day after it is quarantined) and anchors year-less
    datelines; it defaults to the current time.
    """
    now = now or datetime.now(UTC)
    path = Path(path)
    source_file = relative_name(path, inbox)

    def rejected(reason: str, detail: str, size: int = 0, mtime_ns: int = 0, sha256: str = "") -> FileResult:
        record = QuarantineRecord(source_file, None, reason, detail)
        return FileResult(source_file, size, mtime_ns, sha256, [], [record])

    try:
        link_info = path.lstat()
    except OSError as exc:
        return rejected("unreadable_file", _os_error(exc))
    target = path
    if stat.S_ISLNK(link_info.st_mode) or not _inside(path, inbox):
        problem, target = _follow(path, inbox)
        if problem:
            return rejected("symlink_not_followed", problem, link_info.st_size, link_info.st_mtime_ns)
    try:
        info = target.stat()
    except OSError as exc:
        return rejected("unreadable_file", _os_error(exc))
    size, mtime_ns = info.st_size, info.st_mtime_ns
    if stat.S_ISDIR(info.st_mode):
        return rejected("unreadable_file", "a directory that could not be listed", size, mtime_ns)
    if not stat.S_ISREG(info.st_mode):
        return rejected("not_regular_file", f"file type {stat.filemode(info.st_mode)[0]!r}", size, mtime_ns)
    extension = path.suffix.lower()
    if extension not in _SINGLE_READERS and extension not in _MULTI_READERS:
        detail = f"extension {extension!r} is not one of {' '.join(EXTENSIONS)}"
        return rejected("unsupported_extension", detail if extension else "no extension", size, mtime_ns)
    if size > MAX_FILE_BYTES:
        return rejected("too_large", f"file is {size} bytes, limit {MAX_FILE_BYTES}; not read", size, mtime_ns)
    try:
        with target.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return rejected("unreadable_file", _os_error(exc), size, mtime_ns)
    if len(data) > MAX_FILE_BYTES:  # the file grew after stat
        return rejected("too_large", f"file is over {MAX_FILE_BYTES} bytes; not read", size, mtime_ns)
    sha256 = hashlib.sha256(data).hexdigest()
    if not data:
        return rejected("empty_file", "the file has zero bytes", len(data), mtime_ns, sha256)
    articles, quarantine = _parse(data, extension, source_file, now)
    return FileResult(source_file, len(data), mtime_ns, sha256, articles, quarantine)


def _parse(
    data: bytes, extension: str, source_file: str, now: datetime
) -> tuple[list[Article], list[QuarantineRecord]]:
    articles: list[Article] = []
    quarantine: list[QuarantineRecord] = []
    seen: set[tuple[str, str]] = set()

    def add(location: str | None, fields: dict[str, object], origin: str) -> None:
        try:
            article = build_article(fields, date_origin=origin, source_file=source_file, location=location, now=now)
        except Rejected as exc:
            quarantine.append(QuarantineRecord(source_file, location, exc.reason, exc.detail))
            return
        key = (article.article_id, article.content_hash)
        if key not in seen:  # the same article twice in one file is one article (spec section 1)
            seen.add(key)
            articles.append(article)

    try:
        if extension in _MULTI_READERS:
            for location, item in _MULTI_READERS[extension](data):
                if isinstance(item, Rejected):
                    quarantine.append(QuarantineRecord(source_file, location, item.reason, item.detail))
                else:
                    add(location, item, "field")
        else:
            fields, origin = _SINGLE_READERS[extension](data)
            add(None, fields, origin)
    except Rejected as exc:
        quarantine.append(QuarantineRecord(source_file, exc.location, exc.reason, exc.detail))
    return articles, quarantine


def relative_name(path: Path, inbox: Path) -> str:
    """The path relative to the inbox with POSIX separators (raw.*.source_file). Undecodable bytes in
    file names become \\x escapes so the name can be stored as UTF-8."""
    absolute, root = os.path.abspath(path), os.path.abspath(inbox)
    name = os.path.relpath(absolute, root) if _is_within(absolute, root) else absolute
    name = Path(name).as_posix()
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_within(path: str, root: str) -> bool:
    return os.path.commonpath([path, root]) == root


def _inside(path: Path, inbox: Path) -> bool:
    # Lexically inside, and no directory on the way is a link: then reading the path stays inside.
    try:
        return _is_within(os.path.realpath(path.parent), os.path.realpath(inbox))
    except ValueError:
        return False


def _follow(path: Path, inbox: Path) -> tuple[str | None, Path]:
    """Resolve a link; return (why it is not followed, or None; its target)."""
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop on older Pythons
        return f"link does not resolve: {_os_error(exc)}", path
    if not _is_within(str(target), os.path.realpath(inbox)):
        return "link leads outside the inbox", target
    if target.is_dir():
        return "link to a directory (its files are read where they are, if inside the inbox)", target
    return None, target


def _os_error(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{type(exc).__name__}: {exc.strerror}"
    return f"{type(exc).__name__}: {exc}"
