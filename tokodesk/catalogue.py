"""Our translations without Qt: what prints and what is sent (notas, slips, reports, message
templates) is made by services and documents, which never import Qt and also run from the
command line and in worker threads.  They read the same catalogue the interface loads
(``resources/i18n/tokodesk_<lang>.ts``, kept by ``scripts/update-translations.sh``), so one
translation serves the screen and the paper.

A string is marked where it is written as ``<words>.translate("documents", "Indonesian
text")`` (or ``QT_TRANSLATE_NOOP``), which ``pyside6-lupdate`` collects like any Qt call.
Indonesian is the source language: its catalogue is the identity.  An entry without a
finished translation reads as its Indonesian source, never as an empty string.
"""

from __future__ import annotations

import functools
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from tokodesk.resources import resource

SOURCE = "id"
LANGUAGES = ("id", "en")  # the order the choices are offered in


@dataclass(frozen=True)
class Words:
    """One language's catalogue: ``translate(context, source)`` → the text in that language."""

    language: str
    table: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)

    def translate(self, context: str, source: str) -> str:
        return self.table.get((context, source), source)

    @property
    def english(self) -> bool:
        return self.language == "en"


def _read(language: str) -> dict[tuple[str, str], str]:
    path = resource("i18n", f"tokodesk_{language}.ts")
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            tr = message.find("translation")
            if source is None or tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if tr.text:
                table[(name, source)] = tr.text
    return table


@functools.cache
def words(language: str | None = None) -> Words:
    """The catalogue for ``language`` (``id`` or ``en``); anything else reads as Indonesian."""
    language = language if language in LANGUAGES else SOURCE
    if language == SOURCE:
        return Words(SOURCE)
    return Words(language, _read(language))


def check_language(value: object) -> str:
    """A stored language code, or the source language when it is not one we have."""
    return value if isinstance(value, str) and value in LANGUAGES else SOURCE
