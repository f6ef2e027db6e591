"""Move translations between a Qt .ts file and JSON, for translating in batches.

    python scripts/ts-json.py export resources/i18n/tokodesk_en.ts OUT_DIR --chunks 6
        writes OUT_DIR/chunk-N.json: [{"id": "...", "context": ..., "source": ..., "where": ...}]
        for every message without a finished translation
    python scripts/ts-json.py import resources/i18n/tokodesk_en.ts FILE.json [FILE.json ...]
        reads {"id": "English text"} maps and fills those messages in, marking them finished

A message's id is a hash of its context and source, so it survives line moves between an
export and the import.  Placeholders ({name}), markup and the & mnemonic are checked on
import: a translation that loses or invents a placeholder is refused and reported.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}")


def message_id(context: str, source: str) -> str:
    return hashlib.sha1(f"{context}\x00{source}".encode()).hexdigest()[:12]


def messages(tree: ET.ElementTree):
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            yield name, m


def export(ts: Path, out: Path, chunks: int) -> None:
    tree = ET.parse(ts)
    todo = []
    for ctx, m in messages(tree):
        t = m.find("translation")
        if t is not None and t.get("type") != "unfinished" and (t.text or "").strip():
            continue
        loc = m.find("location")
        todo.append(
            {
                "id": message_id(ctx, m.findtext("source") or ""),
                "context": ctx,
                "source": m.findtext("source") or "",
                "where": f"{loc.get('filename', '')}:{loc.get('line', '')}" if loc is not None else "",
            }
        )
    out.mkdir(parents=True, exist_ok=True)
    size = -(-len(todo) // chunks) if todo else 0
    for n in range(chunks):
        part = todo[n * size : (n + 1) * size]
        if part:
            (out / f"chunk-{n + 1}.json").write_text(json.dumps(part, ensure_ascii=False, indent=1), "utf-8")
    print(f"{len(todo)} messages in {min(chunks, len(todo))} chunks in {out}")


def problems(source: str, english: str) -> list[str]:
    out = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(english)):
        out.append("placeholders differ")
    if not english.strip():
        out.append("empty")
    return out


def import_(ts: Path, files: list[Path]) -> int:
    done: dict[str, str] = {}
    for f in files:
        done.update(json.loads(f.read_text("utf-8")))
    tree = ET.parse(ts)
    filled = refused = 0
    for ctx, m in messages(tree):
        key = message_id(ctx, m.findtext("source") or "")
        if key not in done:
            continue
        source, english = m.findtext("source") or "", done[key]
        bad = problems(source, english)
        if bad:
            print(f"refused {key} ({ctx}): {', '.join(bad)}\n  {source!r}\n  {english!r}", file=sys.stderr)
            refused += 1
            continue
        t = m.find("translation")
        if t is None:
            t = ET.SubElement(m, "translation")
        t.text = english
        t.attrib.pop("type", None)
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    head = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>'
    text = ts.read_text("utf-8").replace("<?xml version='1.0' encoding='utf-8'?>", head, 1)
    ts.write_text(text, "utf-8")
    print(f"{filled} translations filled in, {refused} refused")
    return 1 if refused else 0


if __name__ == "__main__":
    verb, ts = sys.argv[1], Path(sys.argv[2])
    if verb == "export":
        chunks = int(sys.argv[sys.argv.index("--chunks") + 1]) if "--chunks" in sys.argv else 6
        export(ts, Path(sys.argv[3]), chunks)
    else:
        sys.exit(import_(ts, [Path(p) for p in sys.argv[3:]]))
