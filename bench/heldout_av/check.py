#!/usr/bin/env python3
"""Format check of held-out set AV; the checks themselves are in ../heldout_check.py, shared by every set.

    python3 bench/heldout_av/check.py
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldout_check import main

if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parent, prefix="heldoutav-", zoned=True))
