"""Sending a document straight to an ESC/POS thermal printer.

The printer is named in the setting ``printer.escpos``:

    network:192.168.1.50[:9100]   a network printer (raw port 9100)
    usb:0416:5011                 USB vendor and product id (hex), via libusb
    serial:/dev/ttyUSB0[:9600]    a serial port (COM3 on Windows)
    file:/dev/usb/lp0             a device file (Linux)

Sending is slow I/O: the UI calls it off the UI thread.  Any failure becomes a
``PrinterProblem`` that says what to check; nothing else in the app is affected.
"""

from __future__ import annotations

import re
import socket

from tokodesk.domain.errors import QT_TRANSLATE_NOOP, DomainError

TARGET = re.compile(r"^(network|usb|serial|file):(.+)$")


class PrinterProblem(DomainError):
    """The thermal printer could not be reached or refused the job."""


def check_target(target: str) -> str:
    t = (target or "").strip()
    if not TARGET.match(t):
        raise PrinterProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Printer struk belum diatur dengan benar («{target}»). Contoh: network:192.168.1.50, "
                "usb:0416:5011, serial:COM3, file:/dev/usb/lp0",
            ),
            target=t,
        )
    return t


def _send_raw(kind: str, rest: str, data: bytes) -> bool:
    """Network and device-file printers need no driver: send the bytes ourselves (python-escpos
    leaks its socket when a network printer is off).  False for the kinds that need one."""
    if kind == "network":
        host, _, port = rest.partition(":")
        with socket.create_connection((host, int(port or 9100)), timeout=5) as conn:
            conn.sendall(data)
        return True
    if kind == "file":
        with open(rest, "wb") as dev:
            dev.write(data)
        return True
    return False


def _open(kind: str, rest: str):
    import escpos.printer as printers

    if kind == "usb":
        vid, _, pid = rest.partition(":")
        return printers.Usb(int(vid, 16), int(pid, 16), timeout=5000)
    if kind == "serial":
        dev, _, baud = rest.rpartition(":") if rest.rsplit(":", 1)[-1].isdigit() else (rest, "", "")
        return printers.Serial(devfile=dev, baudrate=int(baud or 9600))
    raise ValueError(kind)


def send_escpos(target: str, data: bytes) -> None:
    """Send ESC/POS ``data`` to the printer named by ``target``; raise ``PrinterProblem``."""
    t = check_target(target)
    kind, rest = TARGET.match(t).groups()
    try:
        if not _send_raw(kind, rest, data):
            printer = _open(kind, rest)
            printer.open()
            try:
                printer._raw(data)
            finally:
                printer.close()
    except Exception as e:  # the drivers raise many kinds (OSError, USBError, DeviceNotFoundError…)
        raise PrinterProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "Printer struk ({target}) tidak bisa dipakai: {reason}. Periksa kabel, daya dan kertasnya.",
            ),
            target=t,
            reason=str(e) or type(e).__name__,
        ) from e
