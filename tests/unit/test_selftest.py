"""`pos-app --self-test`: passes on a working installation, and really fails when a sale breaks."""

from __future__ import annotations

import subprocess
import sys

from pos_app.controllers.errors import StorageError
from pos_app.controllers.sale import SaleController
from pos_app.selftest import run_self_test


def test_self_test_passes_as_a_subprocess(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pos_app", "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("self-test: ")
    assert lines[-1].endswith(" 0 failed")
    assert any("integrity_check: ok" in line for line in lines)
    assert any("stock journal: opening 10, sale -2" in line for line in lines)
    assert not any(line.startswith("FAIL") for line in lines)
    assert result.stderr == ""


def test_self_test_fails_when_payment_fails(qapp, monkeypatch, capsys):
    def refuse(self, tenders):
        raise StorageError("disk full")

    monkeypatch.setattr(SaleController, "pay", refuse)
    assert run_self_test() == 1
    output = capsys.readouterr().out
    assert "FAIL  the sale is committed as paid" in output
    assert output.splitlines()[-1].endswith("failed")
    assert " 0 failed" not in output.splitlines()[-1]
