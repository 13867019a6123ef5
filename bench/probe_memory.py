"""Run in a subprocess by cases_process.py: resident memory while browsing every order to the end.

`python -m bench.probe_memory ours <db file>`: the history screen, shown offscreen, its model
read page by page from the first order to the last, as scrolling to the end reads it.
`python -m bench.probe_memory raw <db file>`: plain sqlite3 reading the same pages by keyset.
Prints one JSON line: the growth of resident memory (MB) above the state after the first page
(the highest of samples taken as it goes), the pages read and the seconds it took.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

MB = 1024 * 1024
SAMPLE_EVERY = 200  # pages


def resident_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def browse_ours(path: Path) -> tuple[int, int, int]:
    from PySide6.QtWidgets import QApplication

    from pos_app.controllers.app import AppControllers
    from pos_app.controllers.order_history import PAGE_SIZE
    from pos_app.db.engine import sqlite_url
    from pos_app.ui.history_screen import HistoryScreen

    app = QApplication(sys.argv[:1])
    controllers = AppControllers(sqlite_url(path))
    screen = HistoryScreen(controllers.history)
    screen.resize(1200, 700)
    screen.show()
    app.processEvents()
    model = screen.model
    total = model.rowCount()
    assert total > 0
    assert model.row_at(0) is not None
    gc.collect()
    baseline = highest = resident_bytes()
    pages = 0
    for row in range(0, total, PAGE_SIZE):
        assert model.row_at(row) is not None
        pages += 1
        if pages % SAMPLE_EVERY == 0:
            highest = max(highest, resident_bytes())
    assert model.order_at(total - 1) is not None
    highest = max(highest, resident_bytes())
    controllers.close()
    return baseline, highest, pages


def browse_raw(path: Path) -> tuple[int, int, int]:
    from bench.cases_history import RAW_PAGE
    from bench.shop_data import raw_connection

    page_size = 200
    db = raw_connection(path)
    first = "SELECT created_at, id FROM orders ORDER BY created_at DESC, id DESC LIMIT 1"
    stamp, key_id = db.execute(first).fetchone()
    rows = db.execute(RAW_PAGE, (stamp, stamp, key_id + 1, page_size)).fetchall()
    gc.collect()
    baseline = highest = resident_bytes()
    pages = 1
    while len(rows) == page_size:
        stamp, key_id = rows[-1][2], rows[-1][0]
        rows = db.execute(RAW_PAGE, (stamp, stamp, key_id, page_size)).fetchall()
        pages += 1
        if pages % SAMPLE_EVERY == 0:
            highest = max(highest, resident_bytes())
    highest = max(highest, resident_bytes())
    db.close()
    return baseline, highest, pages


def main() -> None:
    variant, path = sys.argv[1], Path(sys.argv[2])
    started = time.perf_counter()
    baseline, highest, pages = (browse_ours if variant == "ours" else browse_raw)(path)
    seconds = time.perf_counter() - started
    print(json.dumps({"growth_mb": (highest - baseline) / MB, "pages": pages, "seconds": seconds}))


if __name__ == "__main__":
    main()
