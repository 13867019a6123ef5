"""No English text reaches a widget untranslated: a string literal (or f-string) with letters passed
straight to a Qt text call in pos_app/ui is an error, reported as file:line.

Texts must go through pos_app.domain.i18n.translate("Context", "Source") so pyside6-lupdate
extracts them and the German catalogue shows them. Literals without letters ("", " · ", "+")
are fine; so are keyboard shortcuts, which are never texts for people.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parents[2] / "pos_app" / "ui"

# Methods whose every positional argument is shown as text.
TEXT_METHODS = frozenset(
    {
        "setText",
        "setWindowTitle",
        "setToolTip",
        "setStatusTip",
        "setPlaceholderText",
        "setTitle",
        "setSubTitle",
        "setLabelText",
        "setInformativeText",
        "setDetailedText",
        "showMessage",
        "addMenu",
        "addAction",
        "addItem",
        "addItems",
    }
)
# Methods and constructors whose arguments at these positions are shown as text.
TEXT_POSITIONS = {
    "addTab": (1,),
    "insertTab": (2,),
    "setTabText": (1,),
    "addRow": (0,),
    "setHeaderLabels": (0,),
    "setHorizontalHeaderLabels": (0,),
    "setVerticalHeaderLabels": (0,),
    "QLabel": (0,),
    "QPushButton": (0,),
    "QCheckBox": (0,),
    "QRadioButton": (0,),
    "QGroupBox": (0,),
    "QAction": (0,),
    "QToolButton": (0,),
}
# QMessageBox.information(parent, title, text, ...) and friends; QMessageBox(icon, title, text, ...).
MESSAGE_BOX_FUNCTIONS = frozenset({"information", "warning", "critical", "question", "about"})


def _has_letters(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str) and any(char.isalpha() for char in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(_has_letters(part) for part in node.values if isinstance(part, ast.Constant))
    if isinstance(node, (ast.List, ast.Tuple)):
        return any(_has_letters(element) for element in node.elts)
    return False


def _name(call: ast.Call) -> str:
    function = call.func
    if isinstance(function, ast.Attribute):
        return function.attr
    if isinstance(function, ast.Name):
        return function.id
    return ""


def _is_message_box(call: ast.Call) -> bool:
    function = call.func
    if isinstance(function, ast.Name):
        return function.id == "QMessageBox"
    return (
        isinstance(function, ast.Attribute)
        and function.attr in MESSAGE_BOX_FUNCTIONS
        and isinstance(function.value, ast.Name)
        and function.value.id == "QMessageBox"
    )


def untranslated_texts(path: Path) -> list[str]:
    """file:line: call for every literal text handed to a Qt text call in `path`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node)
        if _is_message_box(node):
            arguments = node.args[1:3]
        elif name in TEXT_METHODS:
            arguments = node.args
        elif name in TEXT_POSITIONS:
            arguments = [node.args[i] for i in TEXT_POSITIONS[name] if i < len(node.args)]
        else:
            continue
        for argument in arguments:
            if _has_letters(argument):
                shown = path.relative_to(UI.parents[1]) if path.is_relative_to(UI.parents[1]) else path
                found.append(f"{shown}:{node.lineno}: {name}({ast.unparse(argument)[:60]})")
    return found


def test_the_lint_catches_literals_and_lets_translated_texts_pass(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    source = (
        "from pos_app.domain.i18n import translate\n"
        "label = QLabel('Total')\n"
        "button.setText(f'Pay {amount}')\n"
        "form.addRow('&Name', field)\n"
        "QMessageBox.warning(None, 'Oops', text)\n"
        "ok = QLabel(translate('Ctx', 'Total'))\n"
        "ok2 = QLabel(' · ')\n"
        "form.addRow(translate('Ctx', '&Name'), field)\n"
    )
    sample.write_text(source, encoding="utf-8")
    lines = [entry.removeprefix(str(sample)).split(":")[1] for entry in untranslated_texts(sample)]
    assert lines == ["2", "3", "4", "5"]


@pytest.mark.parametrize("path", sorted(UI.glob("*.py")), ids=lambda path: path.name)
def test_ui_texts_go_through_translate(path: Path) -> None:
    found = untranslated_texts(path)
    assert not found, "texts not passed through translate():\n" + "\n".join(found)
