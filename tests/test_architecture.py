"""Imports go one way (ARCHITECTURE.md): ``ui → services → (db, domain, documents)``,
``cli → services``, ``db → domain``, ``documents → domain``.  Only ``tokodesk/ui`` imports
PySide6; nothing imports ``ui`` or ``cli`` except the entry point.

Every module under ``tokodesk/`` is read with ``ast`` (imports inside functions included),
so a late import cannot slip past.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE_DIR = Path(__file__).resolve().parents[1] / "tokodesk"
STDLIB = frozenset(sys.stdlib_module_names)
QT_ROOTS = frozenset({"PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2"})
SUBPACKAGES = frozenset({"domain", "db", "services", "documents", "cli", "ui", "__main__"})


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, e.g. tokodesk.domain.money
    target: str  # what it imports, e.g. babel.numbers
    line: int

    def __str__(self) -> str:
        return f"{self.module}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imports_of(source: str, module: str, *, is_package: bool = False) -> list[Import]:
    """Every import in ``source``, relative ones resolved; ``from a import b`` yields both
    ``a`` and ``a.b`` (b may be a submodule)."""
    out: list[Import] = []
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out += [Import(module, alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base_parts = package.split(".")
                base_parts = base_parts[: len(base_parts) - (node.level - 1)]
                base = ".".join(p for p in [*base_parts, node.module or ""] if p)
            else:
                base = node.module or ""
            out.append(Import(module, base, node.lineno))
            out += [
                Import(module, f"{base}.{alias.name}", node.lineno)
                for alias in node.names
                if alias.name != "*"
            ]
    return out


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE_DIR.rglob("*.py"))}


def all_imports() -> list[Import]:
    out = []
    for name, path in all_modules().items():
        out += imports_of(path.read_text(encoding="utf-8"), name, is_package=path.name == "__init__.py")
    return out


def layer(module: str) -> str:
    """``tokodesk.db.models`` → ``db``; the package root and ``__main__`` are their own."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def is_under(target: str, prefix: str) -> bool:
    return target == prefix or target.startswith(prefix + ".")


def root(target: str) -> str:
    return target.split(".")[0]


# The rule, layer by layer: which parts of tokodesk each layer may not import.
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": ("db", "services", "ui", "cli", "documents"),
    "db": ("services", "ui", "cli"),
    "services": ("ui", "cli"),
    "documents": ("ui", "services", "db", "cli"),
    "cli": ("ui",),
    "ui": ("cli",),
}


def violations(imports: list[Import]) -> list[str]:
    bad: list[str] = []
    for imp in imports:
        src = layer(imp.module)
        target = imp.target
        # only tokodesk/ui touches Qt
        if root(target) in QT_ROOTS and src != "ui":
            bad.append(f"{imp} (only tokodesk.ui may import Qt)")
        # layer directions inside tokodesk
        if root(target) == "tokodesk":
            for forbidden in FORBIDDEN.get(src, ()):
                if is_under(target, f"tokodesk.{forbidden}"):
                    bad.append(f"{imp} ({src} may not import {forbidden})")
            # nothing imports ui or cli from outside, except the entry point
            for closed in ("ui", "cli"):
                if (
                    is_under(target, f"tokodesk.{closed}")
                    and src != closed
                    and imp.module != "tokodesk.__main__"
                ):
                    bad.append(f"{imp} (only tokodesk.__main__ may import tokodesk.{closed})")
        # the domain: stdlib, babel and phonenumbers only
        if src == "domain":
            r = root(target)
            allowed = (
                r in STDLIB
                or r in ("babel", "phonenumbers")
                or is_under(target, "tokodesk.domain")
                or (r == "tokodesk" and layer(target) not in SUBPACKAGES)  # constants of the root
            )
            if not allowed:
                bad.append(f"{imp} (the domain uses the standard library, babel and phonenumbers only)")
    return sorted(set(bad))


def test_the_walk_sees_the_package():
    modules = all_modules()
    assert "tokodesk.domain.money" in modules
    assert "tokodesk.db.models" in modules
    assert "tokodesk.services.payments" in modules
    assert "tokodesk.__main__" in modules
    targets = {i.target for i in all_imports()}
    assert "tokodesk.domain.errors" in targets
    assert "babel.numbers" in targets  # a late import inside a function is seen too


def test_import_directions():
    assert violations(all_imports()) == []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("tokodesk.domain.x", "import sqlalchemy"),
        ("tokodesk.domain.x", "from sqlalchemy.orm import Session"),
        ("tokodesk.domain.x", "def f():\n    from PySide6.QtCore import QObject"),
        ("tokodesk.domain.x", "from tokodesk.db import models"),
        ("tokodesk.domain.x", "from tokodesk import services"),
        ("tokodesk.domain.x", "from ..db.models import Order"),
        ("tokodesk.domain.x", "import requests"),
        ("tokodesk.domain.x", "from tokodesk.documents import receipt"),
        ("tokodesk.db.x", "from tokodesk.services import payments"),
        ("tokodesk.db.x", "import PySide6"),
        ("tokodesk.db.x", "from tokodesk.cli import main"),
        ("tokodesk.services.x", "from tokodesk.ui.app import run_gui"),
        ("tokodesk.services.x", "from PySide6 import QtCore"),
        ("tokodesk.services.x", "from ..cli import main"),
        ("tokodesk.documents.x", "from tokodesk.db.models import Order"),
        ("tokodesk.documents.x", "from tokodesk.services.orders import get_order"),
        ("tokodesk.documents.x", "from PySide6.QtGui import QPdfWriter"),
        ("tokodesk.cli.x", "from tokodesk.ui import app"),
        ("tokodesk.cli.x", "import PySide6.QtWidgets"),
        ("tokodesk.ui.x", "from tokodesk.cli.main import run"),
        ("tokodesk", "from tokodesk.ui import app"),
    ],
)
def test_the_rule_catches_wrong_imports(module, source):
    assert violations(imports_of(source, module)) != []


@pytest.mark.parametrize(
    ("module", "source"),
    [
        ("tokodesk.domain.x", "import datetime as dt\nimport re\nfrom dataclasses import dataclass"),
        ("tokodesk.domain.x", "from babel.numbers import format_currency\nimport phonenumbers"),
        ("tokodesk.domain.x", "from tokodesk.domain.errors import invalid\nfrom .money import percent_of"),
        ("tokodesk.domain.x", "from tokodesk import APP_NAME\nimport tokodesk"),
        (
            "tokodesk.db.x",
            "from sqlalchemy import Engine\nfrom tokodesk.domain import ledger\n"
            "from tokodesk import APP_NAME",
        ),
        (
            "tokodesk.services.x",
            "from tokodesk.db.models import Order\nfrom tokodesk.documents import receipt",
        ),
        (
            "tokodesk.ui.x",
            "from PySide6.QtWidgets import QWidget\nfrom tokodesk.services import orders\n"
            "from . import models",
        ),
        (
            "tokodesk.cli.x",
            "from tokodesk.services.database import open_database\nfrom tokodesk.cli import VERBS",
        ),
        ("tokodesk.__main__", "from tokodesk.cli import VERBS\nfrom tokodesk.ui.app import run_gui"),
    ],
)
def test_the_rule_allows_the_right_imports(module, source):
    assert violations(imports_of(source, module)) == []


def test_relative_imports_are_resolved():
    imps = imports_of("from ..db import models\nfrom . import money", "tokodesk.domain.orders")
    assert {i.target for i in imps} >= {"tokodesk.db", "tokodesk.db.models", "tokodesk.domain.money"}
    imps = imports_of("from .errors import invalid", "tokodesk.domain", is_package=True)
    assert "tokodesk.domain.errors" in {i.target for i in imps}


@pytest.mark.parametrize("relpath", ["domain/money.py", "services/payments.py"])
def test_no_float_where_money_flows(relpath):
    source = (PACKAGE_DIR / relpath).read_text(encoding="utf-8")
    tree = ast.parse(source)
    calls = [
        n.lineno
        for n in ast.walk(tree)
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "float"
    ]
    literals = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Constant) and type(n.value) is float]
    true_division = [
        n.lineno
        for n in ast.walk(tree)
        if (isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div))
        or (isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Div))
    ]
    assert (calls, literals, true_division) == ([], [], [])
    assert "float(" not in source
