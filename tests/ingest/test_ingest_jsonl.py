"""`.jsonl` files: one article per line; a bad line costs only itself."""

import json

from conftest import Read, article_json


def test_good_lines_load_and_bad_line_is_quarantined(read: Read) -> None:
    content = "\n".join([article_json(id="a"), '{"text": broken', article_json(id="b")]) + "\n"
    result = read("a.jsonl", content)
    assert [(a.article_id, a.location) for a in result.articles] == [("a", "line 1"), ("b", "line 3")]
    assert [(q.location, q.reason) for q in result.quarantine] == [("line 2", "invalid_jsonl_line")]


def test_blank_lines_are_skipped_but_counted(read: Read) -> None:
    result = read("a.jsonl", "\n\n" + article_json() + "\n   \n")
    assert [a.location for a in result.articles] == ["line 3"]
    assert result.quarantine == []


def test_crlf_line_endings_are_accepted(read: Read) -> None:
    result = read("a.jsonl", article_json(id="a") + "\r\n" + article_json(id="b") + "\r\n")
    assert len(result.articles) == 2


def test_line_that_is_not_an_object_is_quarantined(read: Read) -> None:
    result = read("a.jsonl", article_json() + "\n[1, 2]\n")
    assert [(q.location, q.reason) for q in result.quarantine] == [("line 2", "not_an_object")]


def test_field_error_on_a_line_carries_the_line(read: Read) -> None:
    result = read("a.jsonl", article_json() + "\n" + article_json(text=7) + "\n")
    assert [(q.location, q.reason) for q in result.quarantine] == [("line 2", "wrong_field_type")]


def test_only_blank_lines_is_empty_file(read: Read) -> None:
    result = read("a.jsonl", "\n \n\n")
    assert [(q.location, q.reason) for q in result.quarantine] == [(None, "empty_file")]


def test_mis_encoded_line_is_quarantined_alone(read: Read) -> None:
    data = article_json(id="a").encode() + b'\n{"text": "\x81"}\n' + article_json(id="b").encode()
    result = read("a.jsonl", data)
    assert len(result.articles) == 2
    assert [(q.location, q.reason) for q in result.quarantine] == [("line 2", "undecodable_text")]


def test_deeply_nested_line_is_quarantined_alone(read: Read) -> None:
    result = read("a.jsonl", "[" * 5000 + "]" * 5000 + "\n" + article_json())
    assert len(result.articles) == 1
    assert [(q.location, q.reason) for q in result.quarantine] == [("line 1", "too_deeply_nested")]


def test_line_separator_inside_a_string_does_not_split_the_line(read: Read) -> None:
    record = json.loads(article_json(text="First part\u2028second part."))
    result = read("a.jsonl", json.dumps(record, ensure_ascii=False) + "\n")
    (article,) = result.articles
    assert "\u2028" in article.text


def test_duplicate_lines_are_one_article(read: Read) -> None:
    result = read("a.jsonl", article_json() + "\n" + article_json() + "\n")
    assert len(result.articles) == 1
    assert result.quarantine == []
