"""ESC/POS output for thermal printers and sending it: to a local TCP server standing in for
a network printer (loopback only), to a device file, and the refusals."""

from __future__ import annotations

import socket
import threading

import pytest

from tests import factories as f
from tokodesk.documents.escpos import COLUMNS, render_escpos, two_cols, wrap
from tokodesk.documents.model import DocKind, PaperSize
from tokodesk.services.documents import build_document
from tokodesk.services.orders import ItemInput
from tokodesk.services.printing import PrinterProblem, send_escpos


@pytest.fixture
def doc(session, actor, now):
    items = [
        ItemInput(
            "Kaos sablon custom lengan panjang bahan cotton combed 30s warna hitam",
            4,
            85_000,
            "Nama: RAKA\nNo: 10",
        ),
        ItemInput("Mug foto", 2, 45_000),
    ]
    _, oid = f.order(session, actor, now, items=items, deposit=215_000)
    return build_document(session, oid, DocKind.NOTA, now=now)


@pytest.mark.parametrize("size", [PaperSize.MM58, PaperSize.MM80])
@pytest.mark.parametrize("kind", list(DocKind))
def test_every_kind_prints_with_native_qr(session, actor, now, doc, size, kind):
    from dataclasses import replace

    data = render_escpos(replace(doc, kind=kind), size)
    assert doc.code.encode() in data
    assert b"\x1d(k" in data and doc.qr_payload.encode() in data  # the printer draws the QR
    assert data.endswith(b"\x1dVA\x00") or b"\x1dV" in data[-8:]  # paper cut at the end
    if kind is DocKind.NOTA:
        assert b"SISA TAGIHAN" in data and b"Rp215.000" in data
        assert b"Syarat & Ketentuan (versi 1)" in data


def test_lines_fit_the_roll():
    for width in COLUMNS.values():
        for left, right in [("Sudah dibayar", "Rp1.250.000"), ("x" * 100, "Rp99.999.999.999")]:
            assert all(len(line) <= width for line in two_cols(left, right, width))
        assert all(len(line) <= width for line in wrap("kata " * 60, width, indent="  > "))


def test_a_page_size_is_refused(doc):
    with pytest.raises(ValueError):
        render_escpos(doc, PaperSize.A5)


def test_send_to_a_network_printer(doc):
    data = render_escpos(doc, PaperSize.MM80)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    received = bytearray()

    def serve():
        conn, _ = server.accept()
        with conn:
            while chunk := conn.recv(65536):
                received.extend(chunk)

    t = threading.Thread(target=serve)
    t.start()
    send_escpos(f"network:127.0.0.1:{server.getsockname()[1]}", data)
    t.join(5)
    server.close()
    assert bytes(received) == data


def test_send_to_a_device_file(tmp_path, doc):
    data = render_escpos(doc, PaperSize.MM58)
    dev = tmp_path / "lp0"
    send_escpos(f"file:{dev}", data)
    assert dev.read_bytes() == data


def test_printer_not_set_up_says_how():
    with pytest.raises(PrinterProblem, match=r"Contoh: network:192\.168\.1\.50"):
        send_escpos("", b"x")


def test_unreachable_printer_is_a_clear_message():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()  # nothing listens there now
    with pytest.raises(PrinterProblem, match="tidak bisa dipakai"):
        send_escpos(f"network:127.0.0.1:{port}", b"x")
