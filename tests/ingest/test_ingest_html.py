"""`.html` / `.htm` files: trafilatura for text and metadata, meta tags for published_at."""

from conftest import Read

PARAGRAPHS = (
    "<p>SEOUL, Jan. 14 (Yonhap) -- North Korea fired a ballistic missile into the East Sea on Sunday, "
    "the South's military said, in the first such launch this year.</p>"
    "<p>The Joint Chiefs of Staff said it detected the launch from the Pyongyang area at around "
    "2:55 p.m. and is analyzing the details with the United States.</p>"
)


def page(head: str = "", body: str = PARAGRAPHS, lang: str = "en") -> str:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>North Korea fires missile | Yonhap</title>{head}</head>"
        f"<body><article><h1>North Korea fires missile</h1>{body}</article></body></html>"
    )


META = (
    '<meta property="article:published_time" content="2024-01-14T15:55:00+09:00">'
    '<meta property="og:site_name" content="Yonhap News Agency">'
    '<link rel="canonical" href="https://en.yna.co.kr/view/AEN20240114000351315">'
)


def test_html_gives_text_title_url_source_and_meta_date(read: Read) -> None:
    (article,) = read("story.html", page(META, lang="en")).articles
    assert article.title == "North Korea fires missile"
    assert article.url == "https://en.yna.co.kr/view/AEN20240114000351315"
    assert article.source == "Yonhap News Agency"
    assert (article.published_at, article.published_at_origin) == ("2024-01-14T15:55:00+09:00", "html_meta")
    assert article.text.startswith("SEOUL, Jan. 14 (Yonhap) -- North Korea fired")
    assert "Joint Chiefs of Staff" in article.text


def test_heading_is_not_repeated_in_the_text(read: Read) -> None:
    (article,) = read("story.html", page(META)).articles
    assert not article.text.startswith("North Korea fires missile")


def test_html_lang_attribute_is_the_language(read: Read) -> None:
    (article,) = read("story.html", page(META, lang="ko")).articles
    assert article.language == "ko"


def test_json_ld_date_published_is_used(read: Read) -> None:
    head = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-01-15"}</script>'
    (article,) = read("story.html", page(head)).articles
    assert (article.published_at, article.published_at_origin) == ("2024-01-15", "html_meta")


def test_placeholder_meta_date_is_skipped_for_the_dateline(read: Read) -> None:
    head = '<meta property="article:published_time" content="{{date}}">'
    (article,) = read("story.html", page(head)).articles
    assert (article.published_at, article.published_at_origin) == ("2026-01-14", "dateline")


def test_url_date_when_no_meta_and_no_dateline(read: Read) -> None:
    head = '<link rel="canonical" href="https://example.com/2024/01/16/north-korea-missile">'
    body = "<p>" + "North Korea fired a ballistic missile into the sea, officials said. " * 5 + "</p>"
    (article,) = read("story.html", page(head, body=body)).articles
    assert (article.published_at, article.published_at_origin) == ("2024-01-16", "url")


def test_htm_extension_is_html(read: Read) -> None:
    assert read("story.htm", page(META)).articles


def test_declared_legacy_charset_is_decoded(read: Read) -> None:
    markup = page(META, lang="ko").replace('charset="utf-8"', 'charset="euc-kr"')
    markup = markup.replace("the first such launch", "the first such launch (북한)")
    (article,) = read("story.html", markup.encode("euc-kr")).articles
    assert "북한" in article.text


def test_page_without_text_is_html_no_text(read: Read) -> None:
    result = read("story.html", "<html><head><title>x</title></head><body></body></html>")
    assert [q.reason for q in result.quarantine] == ["html_no_text"]


def test_broken_markup_is_html_no_text(read: Read) -> None:
    result = read("story.html", "<<<>>> <!-- unterminated")
    assert [q.reason for q in result.quarantine] == ["html_no_text"]
