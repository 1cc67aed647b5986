"""iter_inbox and the file-level paths of read_file: links, special files, extensions, OS errors."""

import os
import types
from pathlib import Path

import pytest
from conftest import NOW, Write, article_json

from pipelines.ingest import iter_inbox, read_file
from pipelines.ingest import reader as reader_module


def names(inbox: Path) -> list[str]:
    return [path.relative_to(inbox).as_posix() for path in iter_inbox(inbox)]


def reasons(path: Path, inbox: Path) -> list[str]:
    return [q.reason for q in read_file(path, inbox, now=NOW).quarantine]


def test_iter_inbox_is_a_lazy_generator(inbox: Path) -> None:
    assert isinstance(iter_inbox(inbox), types.GeneratorType)


def test_iter_inbox_yields_every_file_at_any_depth_in_path_order(inbox: Path, write: Write) -> None:
    for name in ["b.json", "a/z.json", "a/b/c/deep.txt", "a.json", ".hidden/x.md", ".DS_Store"]:
        write(name, "x")
    listed = names(inbox)
    assert listed == [".DS_Store", ".hidden/x.md", "a/b/c/deep.txt", "a/z.json", "a.json", "b.json"]
    assert listed == [p.as_posix() for p in sorted(Path(n) for n in listed)]


def test_iter_inbox_skips_empty_directories(inbox: Path) -> None:
    (inbox / "empty" / "deeper").mkdir(parents=True)
    assert names(inbox) == []


def test_iter_inbox_yields_links_but_does_not_descend_into_them(inbox: Path, write: Write, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.json").write_text(article_json())
    (inbox / "link").symlink_to(outside, target_is_directory=True)
    (inbox / "loop").symlink_to(inbox, target_is_directory=True)
    assert names(inbox) == ["link", "loop"]


def test_unlistable_subdirectory_is_yielded_and_read_as_unreadable(
    inbox: Path, write: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    write("locked/a.json", article_json())
    real_listing = reader_module._listing

    def listing(directory: Path) -> list[os.DirEntry[str]]:
        if directory.name == "locked":
            raise PermissionError(13, "Permission denied")
        return real_listing(directory)

    monkeypatch.setattr(reader_module, "_listing", listing)
    assert names(inbox) == ["locked"]
    assert reasons(inbox / "locked", inbox) == ["unreadable_file"]


def test_missing_inbox_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(iter_inbox(tmp_path / "nope"))


def test_source_file_is_relative_posix_path(inbox: Path, write: Write) -> None:
    path = write("nested/deeper/ok.json", article_json())
    result = read_file(path, inbox, now=NOW)
    assert result.source_file == "nested/deeper/ok.json"
    assert result.articles[0].source_file == "nested/deeper/ok.json"


def test_undecodable_file_name_is_escaped(inbox: Path) -> None:
    path = Path(os.fsdecode(os.path.join(os.fsencode(inbox), b"caf\xe9.json")))
    path.write_text(article_json())
    result = read_file(path, inbox, now=NOW)
    assert result.source_file == "caf\\xe9.json"
    assert result.articles


def test_link_to_a_file_inside_the_inbox_is_read(inbox: Path, write: Write) -> None:
    write("real.json", article_json())
    (inbox / "alias.json").symlink_to(inbox / "real.json")
    result = read_file(inbox / "alias.json", inbox, now=NOW)
    assert result.source_file == "alias.json"
    assert len(result.articles) == 1


def test_link_out_of_the_inbox_is_not_followed(inbox: Path, tmp_path: Path) -> None:
    secret = tmp_path / "secret.json"
    secret.write_text(article_json())
    (inbox / "out.json").symlink_to(secret)
    result = read_file(inbox / "out.json", inbox, now=NOW)
    assert [q.reason for q in result.quarantine] == ["symlink_not_followed"]
    assert result.sha256 == ""


def test_dangling_link_is_not_followed(inbox: Path) -> None:
    (inbox / "gone.json").symlink_to(inbox / "missing.json")
    assert reasons(inbox / "gone.json", inbox) == ["symlink_not_followed"]


def test_link_to_a_directory_is_not_followed(inbox: Path) -> None:
    (inbox / "dir").mkdir()
    (inbox / "dirlink").symlink_to(inbox / "dir", target_is_directory=True)
    assert reasons(inbox / "dirlink", inbox) == ["symlink_not_followed"]


def test_fifo_is_not_opened(inbox: Path) -> None:
    os.mkfifo(inbox / "pipe.json")  # opening it for reading would block forever
    assert reasons(inbox / "pipe.json", inbox) == ["not_regular_file"]


def test_unknown_extension_is_unsupported(inbox: Path, write: Write) -> None:
    assert reasons(write("story.pdf", "x"), inbox) == ["unsupported_extension"]


def test_hidden_file_without_extension_is_unsupported(inbox: Path, write: Write) -> None:
    assert reasons(write(".gitkeep", ""), inbox) == ["unsupported_extension"]


def test_extension_is_case_insensitive(inbox: Path, write: Write) -> None:
    assert read_file(write("STORY.JSON", article_json()), inbox, now=NOW).articles


def test_vanished_file_is_unreadable(inbox: Path) -> None:
    assert reasons(inbox / "vanished.json", inbox) == ["unreadable_file"]


def test_os_error_while_reading_is_unreadable(inbox: Path, write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write("a.json", article_json())

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(Path, "open", fail)
    assert reasons(path, inbox) == ["unreadable_file"]


def test_file_over_the_raw_limit_is_refused_unread(inbox: Path, write: Write, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader_module, "MAX_FILE_BYTES", 100)
    path = write("big.json", article_json(text="x" * 200))
    result = read_file(path, inbox, now=NOW)
    assert [q.reason for q in result.quarantine] == ["too_large"]
    assert result.size_bytes == path.stat().st_size
    assert result.sha256 == ""


def test_every_file_in_a_mixed_inbox_is_accounted_for(inbox: Path, write: Write) -> None:
    write("ok.json", article_json())
    write("nested/deeper/ok.jsonl", article_json() + "\nnot json\n")
    write("bad.json", "{")
    write("empty.txt", "")
    write(".hidden.md", "# T\n\nSEOUL, Jan. 4 (Yonhap) -- Text.")
    write("image.png", b"\x89PNG\r\n\x1a\n")
    for path in iter_inbox(inbox):
        result = read_file(path, inbox, now=NOW)
        assert result.articles or result.quarantine, path
