"""Every user-facing string can be translated: pyside6-lupdate must find the Qt tr() calls of
the UI and the QT_TRANSLATE_NOOP templates of the domain and services (a variable context
or a tr() inside an f-string is invisible to it)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(str(p) for p in (ROOT / "tokodesk").rglob("*.py"))


def lupdate() -> str | None:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    return str(exe) if exe.exists() else shutil.which("pyside6-lupdate")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory) -> dict[str, set[str]]:
    tool = lupdate()
    if tool is None:
        pytest.fail("pyside6-lupdate is missing (it ships with PySide6-Essentials)")
    ts = tmp_path_factory.mktemp("ts") / "all.ts"
    subprocess.run([tool, *SOURCES, "-ts", str(ts)], check=True, capture_output=True)
    contexts: dict[str, set[str]] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        contexts.setdefault(name, set()).update(m.findtext("source") for m in ctx.iter("message"))
    return contexts


def test_every_noop_template_reaches_the_catalogue(catalogue):
    pattern = re.compile(r'QT_TRANSLATE_NOOP\(\s*"(\w+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')
    found = 0
    for src in SOURCES:
        text = Path(src).read_text(encoding="utf-8")
        assert not re.search(r"QT_TRANSLATE_NOOP\(\s*[A-Za-z_]", text.split("def QT_TRANSLATE_NOOP")[-1]), (
            f"{src}: QT_TRANSLATE_NOOP needs a literal context, lupdate cannot read a variable"
        )
        for ctx, literal in pattern.findall(text):
            source = "".join(ast.literal_eval(p) for p in re.findall(r"\"(?:[^\"\\]|\\.)*\"", literal))
            assert source in catalogue.get(ctx, set()), f"{src}: {source!r} missing from context {ctx}"
            found += 1
    assert found > 80


def test_ui_strings_are_collected(catalogue):
    assert len(catalogue["NewOrderDialog"]) > 20
    assert "Sisa tagihan" in catalogue["OrderDetailDialog"]
    assert "Pesanan baru (Ctrl+N)" in catalogue["MainWindow"]
    assert {"Draf", "Siap diambil", "Hangus (DP ditahan)"} <= catalogue["labels"]


# ---------------------------------------------------------------- the English translation

TS = ROOT / "resources" / "i18n" / "tokodesk_en.ts"
QM = ROOT / "resources" / "i18n" / "tokodesk_en.qm"


def lrelease() -> str:
    exe = Path(sys.executable).with_name("pyside6-lrelease")
    return (
        str(exe)
        if exe.exists()
        else shutil.which("pyside6-lrelease") or pytest.fail("pyside6-lrelease missing")
    )


def test_no_string_is_left_untranslated(tmp_path):
    """lupdate over today's sources, merged into the English catalogue: nothing unfinished.
    (A new tr() string fails here until scripts/update-translations.sh and a translation.)"""
    merged = tmp_path / "en.ts"
    shutil.copy(TS, merged)
    subprocess.run([lupdate(), *SOURCES, "-ts", str(merged)], check=True, capture_output=True)
    unfinished = [
        (ctx.findtext("name"), m.findtext("source"))
        for ctx in ET.parse(merged).getroot().iter("context")
        for m in ctx.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == [], f"{len(unfinished)} untranslated, e.g. {unfinished[:5]}"


def test_the_shipped_qm_is_compiled_from_the_ts(tmp_path):
    fresh = tmp_path / "en.qm"
    subprocess.run([lrelease(), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert QM.exists(), "resources/i18n/tokodesk_en.qm is missing: run scripts/update-translations.sh"
    assert fresh.read_bytes() == QM.read_bytes(), (
        "tokodesk_en.qm is stale: run scripts/update-translations.sh"
    )


def test_placeholders_survive_translation():
    for ctx in ET.parse(TS).getroot().iter("context"):
        for m in ctx.iter("message"):
            source, english = m.findtext("source") or "", m.findtext("translation") or ""
            names = re.compile(r"\{[a-z_0-9]*\}")
            assert sorted(names.findall(source)) == sorted(names.findall(english)), (source, english)
