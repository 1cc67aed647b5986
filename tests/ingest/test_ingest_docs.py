"""docs/ingest.md documents exactly the reason codes the code emits."""

import re
from pathlib import Path

from pipelines.ingest import REASONS
from pipelines.ingest.reasons import reason_table

DOC = Path(__file__).resolve().parents[2] / "docs" / "ingest.md"


def test_docs_reason_table_matches_reasons() -> None:
    assert reason_table() in DOC.read_text(encoding="utf-8")


def test_reason_codes_are_snake_case_with_one_line_explanations() -> None:
    for code, meaning in REASONS.items():
        assert re.fullmatch(r"[a-z]+(?:_[a-z]+)*", code), code
        assert meaning and "\n" not in meaning, code


def test_every_reason_code_is_emitted_by_the_package() -> None:
    source = "\n".join(p.read_text(encoding="utf-8") for p in (DOC.parents[1] / "pipelines" / "ingest").glob("*.py"))
    emitted = set(re.findall(r'Rejected\(\s*"([a-z_]+)"', source)) | set(
        re.findall(r'rejected\(\s*"([a-z_]+)"', source)
    )
    assert emitted == set(REASONS)
