"""An order prints the T&C it was taken under: after the owner saves new terms, an older
order's nota still carries the old text, version and pickup numbers, and a new order the new
ones."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from tests import factories as f
from tokodesk.documents.model import DocKind, PaperSize
from tokodesk.documents.render import render_pdf
from tokodesk.domain.errors import InvalidInput
from tokodesk.services import settings, terms
from tokodesk.services.documents import build_document

NEW_TERMS = (
    "KETENTUAN BARU {toko}\n"
    "1. DP minimal {dp_minimal} dan tidak dapat dikembalikan.\n"
    "2. Barang custom tidak dapat ditukar atau dikembalikan.\n"
    "3. Gratis simpan {masa_tenggang}, sesudahnya {biaya_simpan} per hari."
)
OLD_MARK = "Pesanan mulai dikerjakan setelah DP (uang muka) minimal 30% dari total pesanan dibayar."
NEW_MARK = "Barang custom tidak dapat ditukar atau dikembalikan."


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


@pytest.mark.parametrize("size", [PaperSize.A5, PaperSize.MM58], ids=str)
def test_an_old_order_keeps_printing_its_own_terms(session, actor, now, size):
    _, first = f.order(session, actor, now)
    settings.put(session, "pickup.grace_days", 3)
    settings.put(session, "pickup.storage_fee_per_day", 7_500)
    number, _ = terms.save_version(session, NEW_TERMS, actor=actor, now=now)
    assert number == 2
    _, second = f.order(session, actor, now)

    old_doc = build_document(session, first, DocKind.NOTA, now=now)
    new_doc = build_document(session, second, DocKind.NOTA, now=now)
    old, new = text_of(render_pdf(old_doc, size)), text_of(render_pdf(new_doc, size))

    assert "Syarat & Ketentuan (versi 1)" in old and "versi 2" not in old
    assert OLD_MARK in old and NEW_MARK not in old
    assert "(2 hari setelah tanggal ambil)" in old and "Rp5.000 per hari" in old

    assert "Syarat & Ketentuan (versi 2)" in new and "versi 1" not in new
    assert NEW_MARK in new and OLD_MARK not in new
    assert "KETENTUAN BARU Toko Saya" in new  # placeholders filled from the version's numbers
    assert "Gratis simpan 3 hari, sesudahnya Rp7.500 per hari." in new
    assert "(3 hari setelah tanggal ambil)" in new and "Rp7.500 per hari" in new


def test_the_final_receipt_names_the_version_too(session, actor, now):
    _, first = f.order(session, actor, now)
    terms.save_version(session, NEW_TERMS, actor=actor, now=now)
    doc = build_document(session, first, DocKind.NOTA, now=now)
    final = text_of(render_pdf(dataclasses.replace(doc, kind=DocKind.FINAL), PaperSize.MM80))
    assert "Syarat & Ketentuan (versi 1)" in final


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("Diskon {diskon} untuk pelanggan tetap.", "{diskon}"),
        ("DP minimal {dp_minimal dari total.", "Kurung kurawal"),
        ("Harga } sudah termasuk pajak.", "Kurung kurawal"),
        ("   ", "tidak boleh kosong"),
    ],
)
def test_bad_terms_text_is_refused(session, actor, now, text, says):
    with pytest.raises(InvalidInput) as caught:
        terms.check_text(text)
    assert says in caught.value.message
    with pytest.raises(InvalidInput):
        terms.save_version(session, text, actor=actor, now=now)
    assert terms.current(session).number == 1


def test_braces_written_doubled_are_kept():
    assert terms.check_text("Harga {{belum}} termasuk ongkir.") == "Harga {{belum}} termasuk ongkir."
