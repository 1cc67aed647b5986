"""Every file under the inbox is accounted for: loaded, quarantined, or both.

This walks the inbox itself (os.walk) instead of reusing ingest's file list, so a file that ingest's own
listing missed is caught here.
"""

import os
from collections.abc import Iterable
from pathlib import Path


def unaccounted_files(inbox: Path, accounted: Iterable[str]) -> list[str]:
    """Inbox-relative POSIX paths of files with no row in raw.articles or raw.article_quarantine."""
    known = set(accounted)
    missing = []
    for root, _dirs, names in os.walk(inbox):
        for name in names:
            relative = (Path(root) / name).relative_to(inbox).as_posix()
            if relative not in known:
                missing.append(relative)
    return sorted(missing)
