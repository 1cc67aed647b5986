"""Text normalisation (spec section 1). The extractor's char offsets point into exactly this text."""

import hashlib
import unicodedata


def normalise_text(text: str) -> str:
    """NFC, newlines as \\n, no trailing whitespace. Leading and inner characters are kept as they are so
    that offsets computed on an already-clean text stay valid."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.rstrip()


def content_hash(text: str) -> str:
    """sha256 hex of the normalised text: the version key of raw.articles."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_optional(value: str | None) -> str | None:
    """Short metadata strings: NFC, surrounding whitespace dropped, empty -> None."""
    if value is None:
        return None
    value = unicodedata.normalize("NFC", value).strip()
    return value or None
