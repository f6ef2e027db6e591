"""Order documents as PDF: the nota, the pickup slip, the final receipt and the confirmation
sheet, on A4, A5, A6 and 58 mm / 80 mm thermal rolls.

Only the bundled DejaVu fonts are used, so a nota looks the same on every PC and every
Indonesian letter is there; the condensed cut fits more on a narrow roll.  A roll has no
page length: its story is measured first and the single page is made exactly that long, so
the printer feeds no blank paper.  The QR code is drawn module by module as filled squares,
sized in whole printer dots on a roll, so it stays sharp and scannable wherever it is printed.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.flowables import HRFlowable

from tokodesk.catalogue import Words
from tokodesk.documents.model import (
    CONFIRM_SENTENCE,
    DOC_TITLES,
    DocKind,
    DocLine,
    OrderDocument,
    PaperSize,
    ShopInfo,
)
from tokodesk.domain.dates import format_date, format_datetime
from tokodesk.domain.money import format_rupiah
from tokodesk.resources import resource

# ---------------------------------------------------------------- fonts

SANS, SANS_BOLD = "TokoSans", "TokoSans-Bold"
COND, COND_BOLD = "TokoSansCondensed", "TokoSansCondensed-Bold"
_FONT_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    COND: "DejaVuSansCondensed.ttf",
    COND_BOLD: "DejaVuSansCondensed-Bold.ttf",
}
_fonts_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled fonts with reportlab, once per process: parsing a TrueType file
    costs far more than laying out a nota, and the print preview renders often."""
    global _fonts_ready
    if _fonts_ready:
        return
    with _fonts_lock:
        if _fonts_ready:
            return
        # binary streams as they are: ASCII85 only makes the file bigger, and in pure Python
        # it was a fifth of the time to render a nota
        rl_config.useA85 = 0
        for name, file in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        # so <b> inside a paragraph picks the bold cut of the same face
        pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
        pdfmetrics.registerFontFamily(COND, normal=COND, bold=COND_BOLD, italic=COND, boldItalic=COND_BOLD)
        _fonts_ready = True


# ---------------------------------------------------------------- paper sizes

THERMAL_DOT = 72 / 203  # one dot of a 203 dpi thermal head, in points
QR_BORDER = 4  # the quiet zone the QR standard asks for, in modules


@dataclass(frozen=True)
class Layout:
    """How one paper size is used: margins, type sizes and which blocks sit side by side."""

    size: PaperSize
    width: float  # page width, points
    height: float | None  # page height; None for a roll (as long as its content)
    side: float  # left and right margin
    top: float
    bottom: float
    condensed: bool  # the condensed cut: more characters on a narrow roll
    body: float  # type sizes, points
    small: float
    terms: float
    title: float
    shop: float
    code: float  # the order code on the slip, the one thing read from afar
    qr: float  # width of the QR symbol itself, without its quiet zone
    logo_h: float
    logo_w: float
    columns: bool  # the items as a table with qty / price / subtotal columns
    side_by_side: bool  # header in two columns, QR beside the totals, signature lines

    @property
    def frame_width(self) -> float:
        return self.width - 2 * self.side

    @property
    def frame_height(self) -> float | None:
        return None if self.height is None else self.height - self.top - self.bottom

    @property
    def font(self) -> str:
        return COND if self.condensed else SANS

    @property
    def bold(self) -> str:
        return COND_BOLD if self.condensed else SANS_BOLD

    @property
    def roll(self) -> bool:
        return self.height is None

    @property
    def ink(self) -> colors.Color:
        """Secondary text: grey on an office printer, black on a thermal one (which has no grey)."""
        return colors.black if self.roll else colors.HexColor("#444444")

    @property
    def rule(self) -> colors.Color:
        return colors.black if self.roll else colors.HexColor("#9a9a9a")


LAYOUTS: dict[PaperSize, Layout] = {
    PaperSize.A4: Layout(
        PaperSize.A4,
        210 * mm,
        297 * mm,
        15 * mm,
        12 * mm,
        14 * mm,
        False,
        body=9.5,
        small=8,
        terms=8,
        title=15,
        shop=15,
        code=20,
        qr=28 * mm,
        logo_h=18 * mm,
        logo_w=40 * mm,
        columns=True,
        side_by_side=True,
    ),
    PaperSize.A5: Layout(
        PaperSize.A5,
        148 * mm,
        210 * mm,
        10 * mm,
        9 * mm,
        13 * mm,
        False,
        body=8.5,
        small=7.3,
        terms=7.2,
        title=12.5,
        shop=12,
        code=18,
        qr=26 * mm,
        logo_h=14 * mm,
        logo_w=32 * mm,
        columns=True,
        side_by_side=True,
    ),
    PaperSize.A6: Layout(
        PaperSize.A6,
        105 * mm,
        148 * mm,
        6 * mm,
        6 * mm,
        10 * mm,
        False,
        body=7.6,
        small=6.7,
        terms=6.6,
        title=10.5,
        shop=11,
        code=16,
        qr=26 * mm,
        logo_h=11 * mm,
        logo_w=28 * mm,
        columns=True,
        side_by_side=False,
    ),
    PaperSize.MM80: Layout(
        PaperSize.MM80,
        80 * mm,
        None,
        4 * mm,
        3 * mm,
        8 * mm,
        True,
        body=8.6,
        small=7.6,
        terms=7.4,
        title=11,
        shop=12.5,
        code=17,
        qr=31 * mm,
        logo_h=14 * mm,
        logo_w=40 * mm,
        columns=False,
        side_by_side=False,
    ),
    PaperSize.MM58: Layout(
        PaperSize.MM58,
        58 * mm,
        None,
        5 * mm,
        3 * mm,
        8 * mm,
        True,
        body=7.6,
        small=6.9,
        terms=6.7,
        title=9.8,
        shop=11,
        code=14,
        qr=30 * mm,
        logo_h=11 * mm,
        logo_w=30 * mm,
        columns=False,
        side_by_side=False,
    ),
}


@functools.cache
def styles(size: PaperSize) -> dict[str, ParagraphStyle]:
    lay = LAYOUTS[size]
    f, b = lay.font, lay.bold

    def st(name: str, font: str = f, size: float = lay.body, **kw) -> ParagraphStyle:
        kw.setdefault("leading", round(size * 1.28, 2))
        kw.setdefault("textColor", colors.black)
        return ParagraphStyle(name, fontName=font, fontSize=size, **kw)

    return {
        "body": st("body"),
        "bold": st("bold", b),
        "right": st("right", alignment=TA_RIGHT),
        "right_bold": st("right_bold", b, alignment=TA_RIGHT),
        "center": st("center", alignment=TA_CENTER),
        "center_bold": st("center_bold", b, alignment=TA_CENTER),
        "small": st("small", size=lay.small, textColor=lay.ink),
        "small_right": st("small_right", size=lay.small, textColor=lay.ink, alignment=TA_RIGHT),
        "small_center": st("small_center", size=lay.small, textColor=lay.ink, alignment=TA_CENTER),
        "details": st("details", size=lay.small, textColor=lay.ink, leftIndent=0),
        "shop": st("shop", b, lay.shop, alignment=TA_LEFT if lay.side_by_side else TA_CENTER),
        "shop_info": st(
            "shop_info",
            size=lay.small,
            textColor=lay.ink,
            alignment=TA_LEFT if lay.side_by_side else TA_CENTER,
        ),
        "title": st("title", b, lay.title, alignment=TA_RIGHT if lay.side_by_side else TA_CENTER),
        "title_center": st("title_center", b, lay.title, alignment=TA_CENTER),
        "code": st("code", b, lay.code, alignment=TA_CENTER, leading=round(lay.code * 1.15, 2)),
        "head_right": st("head_right", alignment=TA_RIGHT),
        "heading": st("heading", b, lay.body + 0.5, spaceBefore=lay.body * 0.9, spaceAfter=lay.body * 0.25),
        "rule": st("rule", size=lay.small, leftIndent=lay.small * 1.1, bulletIndent=0, bulletFontName=f),
        "terms": st("terms", size=lay.terms, spaceAfter=lay.terms * 0.25),
        "terms_item": st(
            "terms_item",
            size=lay.terms,
            leftIndent=lay.terms * 1.9,
            bulletIndent=0,
            bulletFontName=f,
            bulletFontSize=lay.terms,
            spaceAfter=lay.terms * 0.25,
        ),
        "total_big": st("total_big", b, lay.body + 1.5, alignment=TA_RIGHT),
        "total_big_label": st("total_big_label", b, lay.body + 1.5),
        "stamp": st("stamp", b, lay.title + 6, alignment=TA_CENTER, leading=lay.title + 9),
        "confirm": st("confirm", b, lay.body, spaceBefore=lay.body * 0.8),
        "footer": st("footer", size=lay.small, textColor=lay.ink, alignment=TA_CENTER),
    }


# ---------------------------------------------------------------- small helpers


def text(value: str) -> str:
    """Plain text as paragraph markup: escaped; line breaks kept."""
    return "<br/>".join(escape(line) for line in (value or "").replace("\r", "").split("\n"))


_SPACE_RUN = re.compile(r"^ | (?= )")


def exact(value: str) -> str:
    """Text exactly as typed: line breaks, leading spaces and runs of spaces survive (as
    non-breaking spaces), tabs become four spaces; long lines still wrap."""
    out = []
    for line in (value or "").replace("\r", "").split("\n"):
        line = line.replace("\t", "    ")
        # every space that starts the line or is followed by another becomes non-breaking
        line = _SPACE_RUN.sub("\u00a0", line)
        out.append(escape(line))
    return "<br/>".join(out)


def P(markup: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(markup, style)


def local_date(t: dt.datetime) -> dt.date:
    return (t.astimezone() if t.tzinfo else t).date()


def text_width(value: str, font: str, size: float) -> float:
    return pdfmetrics.stringWidth(value, font, size)


def contact_line(shop: ShopInfo, t: Words) -> str:
    if shop.phone and shop.whatsapp and shop.phone == shop.whatsapp:
        return t.translate("documents", "Telp/WA {phone}").format(phone=shop.phone)
    parts = []
    if shop.phone:
        parts.append(t.translate("documents", "Telp {phone}").format(phone=shop.phone))
    if shop.whatsapp:
        parts.append(t.translate("documents", "WA {phone}").format(phone=shop.whatsapp))
    return " · ".join(parts)


def line_label(line: DocLine, doc: OrderDocument) -> str:
    parts = [format_date(local_date(line.at), doc.language), line.label]
    if line.method:
        parts.append(line.method)
    label = " · ".join(parts)
    if line.pending:
        return doc.words.translate("documents", "{label} (belum cair)").format(label=label)
    return label


# ---------------------------------------------------------------- the QR code


@functools.lru_cache(maxsize=64)
def qr_rects(payload: str) -> tuple[int, tuple[tuple[int, int, int, int], ...]]:
    """The QR matrix of ``payload`` (error correction M, a quiet zone of four modules) as its
    size in modules and the dark areas as rectangles ``(x, y, w, h)`` in modules, y up.

    Runs of dark modules are merged along rows and then down identical runs: a typical
    payload's 322 dark modules become 130 rectangles, fewer numbers to write into the PDF.
    Cached: the preview and the print of one document ask for the same code."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_BORDER, box_size=1)
    qr.add_data(payload)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    n = len(matrix)
    open_runs: dict[tuple[int, int], int] = {}  # (start, end) -> first row
    rects: list[tuple[int, int, int, int]] = []
    for r in range(n + 1):
        runs = set()
        if r < n:
            start = None
            for col, dark in enumerate([*matrix[r], False]):
                if dark and start is None:
                    start = col
                elif not dark and start is not None:
                    runs.add((start, col))
                    start = None
        for run in list(open_runs):
            if run not in runs:
                first = open_runs.pop(run)
                rects.append((run[0], n - r, run[1] - run[0], r - first))
        for run in runs:
            open_runs.setdefault(run, r)
    return n, tuple(rects)


class QRCode(Flowable):
    """A QR code drawn as filled squares, with the order code printed under it.

    Vector squares are never resampled, so the code stays sharp on a 203 dpi thermal head
    and on a laser printer alike; on a roll the module is a whole number of printer dots so
    every module comes out the same size."""

    def __init__(
        self,
        payload: str,
        *,
        symbol_width: float,
        max_width: float,
        caption: str = "",
        font: str = SANS_BOLD,
        font_size: float = 8,
        dot: float | None = None,
    ) -> None:
        super().__init__()
        self.modules, self.rects = qr_rects(payload)
        n = self.modules
        module = min(symbol_width / (n - 2 * QR_BORDER), max_width / n)
        if dot:  # whole printer dots, the nearest to the wish that still fits the paper
            module = max(dot, round(module / dot) * dot)
            while n * module > max_width and module > dot:
                module -= dot
        self.module = module
        self.caption = caption
        self.font, self.font_size = font, font_size
        self.caption_height = font_size * 1.3 if caption else 0
        self.width = n * module
        self.height = n * module + self.caption_height
        self.hAlign = "CENTER"

    @property
    def symbol_width(self) -> float:
        return (self.modules - 2 * QR_BORDER) * self.module

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        m = self.module
        c.saveState()
        c.setFillColor(colors.black)
        c.transform(m, 0, 0, m, 0, self.caption_height)  # module units from here on
        path = c.beginPath()
        for x, y, w, h in self.rects:
            path.rect(x, y, w, h)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()
        if self.caption:
            c.setFont(self.font, self.font_size)
            # in the lower half of the bottom quiet zone: close to the code, clear of the symbol
            base = self.caption_height + QR_BORDER * m * 0.45 - self.font_size
            c.drawCentredString(self.width / 2, max(base, 0.2 * self.font_size), self.caption)


def qr_for(doc: OrderDocument, lay: Layout) -> QRCode:
    return QRCode(
        doc.qr_payload,
        symbol_width=lay.qr,
        max_width=lay.frame_width,
        caption=doc.code,
        font=lay.bold,
        font_size=lay.body + 0.5,
        dot=THERMAL_DOT if lay.roll else None,
    )


def pay_qr(doc: OrderDocument, lay: Layout, max_width: float) -> QRCode:
    """The QRIS payment code: a little larger than the order's code (its payload is denser)
    and captioned «QRIS» so nobody mistakes one code for the other."""
    assert doc.pay is not None
    return QRCode(
        doc.pay.payload,
        symbol_width=lay.qr + 4 * mm,
        max_width=max_width,
        caption="QRIS",
        font=lay.bold,
        font_size=lay.body + 0.5,
        dot=THERMAL_DOT if lay.roll else None,
    )


def pay_block(doc: OrderDocument, lay: Layout, width: float, *, wide: bool) -> list[Flowable]:
    """The payment code with its label («Bayar sisa Rp425.000 dengan QRIS») in a box of its
    own: beside its explanation on a wide page, stacked on a narrow one.  Empty when nothing
    is owed or the shop has no QRIS."""
    if doc.pay is None:
        return []
    s = styles(lay.size)
    pad = 2 * mm
    title = P(f"<b>{escape(doc.pay.label(doc.words))}</b>", s["total_big_label" if wide else "center_bold"])
    note = P(escape(doc.pay.note(doc.words)), s["small" if wide else "small_center"])
    box = [("BOX", (0, 0), (-1, -1), 1, colors.black), *_NO_PAD]
    if wide:
        qr = pay_qr(doc, lay, width / 2)
        text_w = width - qr.width - 2 * pad
        table = grid(
            lay,
            [[qr, [Spacer(0, 3 * mm), title, Spacer(0, 1.5 * mm), note]]],
            colWidths=[qr.width + pad, text_w + pad],
            style=[*box, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("RIGHTPADDING", (1, 0), (1, 0), pad)],
            hAlign="LEFT",
        )
    else:
        qr = pay_qr(doc, lay, width - 2 * pad)
        table = grid(
            lay,
            [[title], [qr], [note]],
            colWidths=[width],
            style=[
                *box,
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (0, 0), pad),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 2), (0, 2), pad),
            ],
            hAlign="CENTER",
        )
    return [Spacer(0, 3 * mm), table]


class ClosingBreak(CondPageBreak):
    """Starts a new page for the closing block (totals, rules, T&C) when it would not fit on
    what is left of the page, but only once the items have run past the first page: a short
    nota keeps its totals under the items and lets the T&C continue overleaf, a long one puts
    the totals together with the terms on its last page.  A block that would fill most of a
    page anyway (A6, a long T&C) just flows: breaking would leave a page nearly empty.
    Measured only when it matters, so a one-page nota pays nothing for it."""

    def __init__(self, closing: list[Flowable], width: float, frame_height: float) -> None:
        super().__init__(0)
        self._closing = closing
        self._width = width
        self._frame_height = frame_height
        self._need: float | None = None

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if (self._doctemplateAttr("page") or 1) <= 1:
            return 0, 0
        if self._need is None:
            self._need = _height(self._closing, self._width)
        if self._need > self._frame_height * 0.75:
            return 0, 0
        self.height = self._need
        return super().wrap(aw, ah)


def grid(lay: Layout, data: list, *, style: Sequence[tuple] = (), **kw) -> Table:
    """A table whose cells use the bundled font: reportlab sets each cell's font, Helvetica by
    default, and would name that unembedded font in every PDF."""
    return Table(data, style=[("FONTNAME", (0, 0), (-1, -1), lay.font), *style], **kw)


class TwoColumns(Flowable):
    """Short flowables (the T&C clauses) in two columns, the left filled first, balanced so
    both end at about the same height; split across pages column by column, so it still reads
    left column, right column, next page.  Each flowable stays whole: keep them short.
    (reportlab's BalancedColumns does this by trial layouts and took most of a nota's time.)"""

    def __init__(self, content: list[Flowable], gap: float, left_count: int | None = None) -> None:
        super().__init__()
        self.content = content
        self.gap = gap
        self.left_count = left_count  # fixed for the part of a split that fills a page
        self._col_w = -1.0
        self._heights: list[float] = []

    def _measure(self, width: float) -> float:
        col_w = (width - self.gap) / 2
        if col_w != self._col_w:
            self._heights = [
                f.wrapOn(self.canv, col_w, 1e7)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                for f in self.content
            ]
            self._col_w = col_w
            if self.left_count is None:
                total, best, acc = sum(self._heights), None, 0.0
                for k in range(len(self._heights) + 1):
                    tallest = max(acc, total - acc)
                    if best is None or tallest <= best[0]:  # ties: fuller left column
                        best = (tallest, k)
                    if k < len(self._heights):
                        acc += self._heights[k]
                self._k = best[1] if best else 0
            else:
                self._k = self.left_count
        return col_w

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self._measure(aw)
        k = self._k
        self.width = aw
        self.height = max(sum(self._heights[:k]), sum(self._heights[k:]), 0)
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self._measure(aw)
        if self.wrap(aw, ah)[1] <= ah:
            return [self]
        taken, cols = 0, []
        for _ in range(2):  # fill the left column, then the right one, to the page's end
            acc, start = 0.0, taken
            while taken < len(self.content) and acc + self._heights[taken] <= ah:
                acc += self._heights[taken]
                taken += 1
            cols.append(taken - start)
        if taken == 0:
            return []
        first = TwoColumns(self.content[:taken], self.gap, left_count=cols[0])
        return [first, TwoColumns(self.content[taken:], self.gap)]

    def draw(self) -> None:
        col_w = self._col_w
        for col, part in enumerate((self.content[: self._k], self.content[self._k :])):
            y = self.height
            x = col * (col_w + self.gap)
            for f in part:
                y -= f.getSpaceBefore()
                _, h = f.wrapOn(self.canv, col_w, 1e7)
                y -= h
                f.drawOn(self.canv, x, y)
                y -= f.getSpaceAfter()


# ---------------------------------------------------------------- blocks


def logo(doc: OrderDocument, lay: Layout) -> Image | None:
    if not doc.shop.logo_png:
        return None
    try:
        iw, ih = ImageReader(io.BytesIO(doc.shop.logo_png)).getSize()
        scale = min(lay.logo_h / ih, lay.logo_w / iw)
        img = Image(io.BytesIO(doc.shop.logo_png), iw * scale, ih * scale)
    except Exception:  # a damaged logo must not stop a nota from printing
        return None
    img.hAlign = "LEFT" if lay.side_by_side else "CENTER"
    return img


def shop_block(doc: OrderDocument, lay: Layout) -> list[Flowable]:
    s = styles(lay.size)
    out: list[Flowable] = [P(text(doc.shop.name), s["shop"])]
    if doc.shop.address:
        out.append(P(text(doc.shop.address), s["shop_info"]))
    contact = contact_line(doc.shop, doc.words)
    if contact:
        out.append(P(text(contact), s["shop_info"]))
    return out


def header(doc: OrderDocument, lay: Layout) -> list[Flowable]:
    """Shop, title and order code: side by side on A4/A5, stacked and centred otherwise."""
    s = styles(lay.size)
    title = doc.words.translate("documents", DOC_TITLES[doc.kind])
    created = format_datetime(doc.created_at, doc.language)
    img = logo(doc, lay)
    fw = lay.frame_width
    if lay.side_by_side:
        # the title column as wide as its longest line (at most 45%); the shop gets the rest
        right_w = max(
            text_width(title, lay.bold, lay.title),
            text_width(doc.code, lay.bold, lay.body),
            text_width(created, lay.font, lay.small),
        )
        right_w = min(right_w + 6 * mm, fw * 0.45)
        left_w = fw - right_w
        shop = shop_block(doc, lay)
        if img is not None:
            gap = 3 * mm
            inner = grid(
                lay,
                [[img, shop]],
                colWidths=[img.drawWidth + gap, left_w - img.drawWidth - gap],
                style=[*_NO_PAD, ("VALIGN", (0, 0), (-1, -1), "MIDDLE")],
            )
            left: list[Flowable] = [inner]
        else:
            left = shop
        right = [
            P(escape(title), s["title"]),
            Spacer(0, 1.5),
            P(f"<b>{escape(doc.code)}</b>", s["head_right"]),
            P(escape(created), s["small_right"]),
        ]
        table = grid(
            lay,
            [[left, right]],
            colWidths=[left_w, right_w],
            style=[*_NO_PAD, ("VALIGN", (0, 0), (-1, -1), "TOP")],
        )
        return [table, Spacer(0, 2 * mm), _line(lay, 1.2, colors.black), Spacer(0, 2 * mm)]
    out: list[Flowable] = []
    if img is not None:
        out += [img, Spacer(0, 1.5 * mm)]
    out += shop_block(doc, lay)
    out += [Spacer(0, 1.5 * mm), _line(lay, 0.8, colors.black), Spacer(0, 1.5 * mm)]
    out.append(P(escape(title), s["title_center"]))
    out.append(P(escape(doc.code), s["code"]))
    out.append(Spacer(0, 1.5 * mm))
    return out


_NO_PAD = [
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]


def _line(lay: Layout, thickness: float = 0.5, color: colors.Color | None = None, dash=None) -> HRFlowable:
    return HRFlowable(
        width="100%",
        thickness=thickness,
        color=color or lay.rule,
        spaceBefore=0,
        spaceAfter=0,
        dash=dash,
    )


def _dashed(lay: Layout) -> HRFlowable:
    return _line(lay, 0.6, colors.black, dash=(2, 2)) if lay.roll else _line(lay, 0.5)


def info_block(lay: Layout, pairs: Sequence[tuple[str, str]]) -> Table:
    """Label and value pairs: two pairs a row on wide paper, one on narrow paper."""
    s = styles(lay.size)
    fw = lay.frame_width
    label_w = max(text_width(k, lay.font, lay.small) for k, _ in pairs) + 2 * mm
    cells = [(P(escape(k), s["small"]), P(v, s["body"])) for k, v in pairs]
    if lay.side_by_side:
        half = (len(cells) + 1) // 2
        left, right = cells[:half], cells[half:]
        rows = []
        for i in range(half):
            a = left[i]
            b = right[i] if i < len(right) else ("", "")
            rows.append([a[0], a[1], b[0], b[1]])
        value_w = fw / 2 - label_w
        widths = [label_w, value_w - 3 * mm, label_w + 3 * mm, value_w]
    else:
        label_w = min(label_w, fw * 0.38)
        rows = [[k, v] for k, v in cells]
        widths = [label_w, fw - label_w]
    style = [*_NO_PAD, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2)]
    if lay.side_by_side:
        style.append(("LEFTPADDING", (2, 0), (2, -1), 3 * mm))  # a gap before the second pair
    return grid(lay, rows, colWidths=widths, style=style, hAlign="LEFT")


def order_pairs(doc: OrderDocument) -> list[tuple[str, str]]:
    t, lang = doc.words, doc.language
    pairs = [
        (t.translate("documents", "Pelanggan"), f"<b>{escape(doc.customer_name)}</b>"),
        (t.translate("documents", "Telepon"), escape(doc.customer_phone)),
        (t.translate("documents", "Pengambilan"), escape(doc.fulfilment)),
        (t.translate("documents", "Tanggal ambil"), f"<b>{escape(format_date(doc.pickup_date, lang))}</b>"),
    ]
    pairs.append((t.translate("documents", "Tanggal pesan"), escape(format_datetime(doc.created_at, lang))))
    pairs.append((t.translate("documents", "Status"), escape(doc.status)))
    if doc.staff:
        pairs.append((t.translate("documents", "Dilayani oleh"), escape(doc.staff)))
    return pairs


def _money_width(values: Sequence[int], font: str, size: float, *headers: str) -> float:
    texts = [format_rupiah(v) for v in values] + list(headers)
    return max(text_width(t, font, size) for t in texts)


def items_table(doc: OrderDocument, lay: Layout) -> Table:
    """The items: numbered rows with qty, unit price and subtotal columns on A-sizes; on a
    roll each item takes the full width for its name, then "qty × price ... subtotal"."""
    s = styles(lay.size)
    fw = lay.frame_width
    pad = 2.2
    if lay.columns:
        t = doc.words
        h_no, h_item, h_qty, h_price, h_total = (
            t.translate("documents", "No"),
            t.translate("documents", "Barang"),
            t.translate("documents", "Jml"),
            t.translate("documents", "Harga"),
            t.translate("documents", "Subtotal"),
        )
        no_w = text_width(str(len(doc.items)), lay.font, lay.body) + 2 * pad + 1
        no_w = max(no_w, text_width(h_no, lay.bold, lay.small) + 2 * pad)
        qty_w = max(
            text_width(h_qty, lay.bold, lay.small),
            *(text_width(str(i.qty), lay.font, lay.body) for i in doc.items),
        )
        qty_w += 2 * pad + 1
        price_w = _money_width([i.unit_price for i in doc.items], lay.font, lay.body) + 2 * pad + 1
        price_w = max(price_w, text_width(h_price, lay.bold, lay.small) + 2 * pad)
        total_w = _money_width([i.line_total for i in doc.items], lay.font, lay.body) + 2 * pad + 1
        total_w = max(total_w, text_width(h_total, lay.bold, lay.small) + 2 * pad)
        name_w = fw - no_w - qty_w - price_w - total_w
        head = [
            P(f"<b>{escape(h_no)}</b>", s["small"]),
            P(f"<b>{escape(h_item)}</b>", s["small"]),
            P(f"<b>{escape(h_qty)}</b>", s["small_right"]),
            P(f"<b>{escape(h_price)}</b>", s["small_right"]),
            P(f"<b>{escape(h_total)}</b>", s["small_right"]),
        ]
        rows: list[list] = [head]
        for n, item in enumerate(doc.items, 1):
            name: list[Flowable] = [P(text(item.name), s["body"])]
            if item.custom_details:
                name.append(P(exact(item.custom_details), s["details"]))
            rows.append(
                [
                    P(str(n), s["body"]),
                    name,
                    P(str(item.qty), s["right"]),
                    P(escape(format_rupiah(item.unit_price)), s["right"]),
                    P(escape(format_rupiah(item.line_total)), s["right"]),
                ]
            )
        style = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), pad),
            ("RIGHTPADDING", (0, 0), (-1, -1), pad),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#ececec")),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, lay.rule),
        ]
        return grid(
            lay,
            rows,
            colWidths=[no_w, name_w, qty_w, price_w, total_w],
            style=style,
            repeatRows=1,
            splitInRow=_needs_split_in_row([r[1] for r in rows[1:]], name_w, lay),
            hAlign="LEFT",
        )
    amount_w = _money_width([i.line_total for i in doc.items], lay.font, lay.body) + 2
    rows = []
    style = [
        *_NO_PAD,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for n, item in enumerate(doc.items, 1):
        first = len(rows)
        rows.append([P(f"{n}. {text(item.name)}", s["bold"]), ""])
        style.append(("SPAN", (0, first), (1, first)))
        if item.custom_details:
            rows.append([P(exact(item.custom_details), s["details"]), ""])
            style.append(("SPAN", (0, len(rows) - 1), (1, len(rows) - 1)))
        rows.append(
            [
                P(f"{item.qty} × {escape(format_rupiah(item.unit_price))}", s["body"]),
                P(escape(format_rupiah(item.line_total)), s["right"]),
            ]
        )
        last = len(rows) - 1
        style += [("BOTTOMPADDING", (0, last), (-1, last), 2.5), ("TOPPADDING", (0, first), (-1, first), 2)]
        if n < len(doc.items):
            style.append(("LINEBELOW", (0, last), (-1, last), 0.4, colors.black, None, (1, 2)))
    return grid(lay, rows, colWidths=[fw - amount_w, amount_w], style=style, hAlign="LEFT")


def totals_table(doc: OrderDocument, lay: Layout, width: float) -> Table:
    """Total, fees, every ledger line, what has been paid and what is still owed."""
    s = styles(lay.size)
    t, lang = doc.words, doc.language
    amounts = [doc.total, doc.charges, doc.paid, doc.balance, doc.pending, *(ln.amount for ln in doc.lines)]
    amount_w = _money_width(amounts, lay.bold, lay.body + 1.5) + 3
    rows: list[list] = []
    style: list[tuple] = [
        *_NO_PAD,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]

    def row(label: str, amount: int, lstyle: str = "body", astyle: str = "right") -> int:
        rows.append([P(label, s[lstyle]), P(escape(format_rupiah(amount)), s[astyle])])
        return len(rows) - 1

    row(escape(t.translate("documents", "Total pesanan")), doc.total)
    if doc.charges:
        row(
            escape(
                t.translate("documents", "Biaya tambahan")
                if doc.charges > 0
                else t.translate("documents", "Potongan (kompensasi)")
            ),
            doc.charges,
        )
        billed = t.translate("documents", "Total tagihan")
        r = row(
            f"<b>{escape(billed)}</b>",
            doc.total + doc.charges,
            astyle="right_bold",
        )
        style.append(("LINEABOVE", (1, r), (1, r), 0.4, lay.rule))
    if doc.lines:
        r = len(rows)
        rows.append([P(escape(t.translate("documents", "Rincian pembayaran & biaya:")), s["small"]), ""])
        style += [("SPAN", (0, r), (1, r)), ("TOPPADDING", (0, r), (-1, r), 2.5)]
        for ln in doc.lines:
            if lay.roll:  # too narrow for date, label and amount on one line: label, then the rest
                what = " · ".join(p for p in (ln.label, ln.method) if p)
                if ln.pending:
                    what = t.translate("documents", "{label} (belum cair)").format(label=what)
                rows.append([P(escape(what), s["small"]), ""])
                r = len(rows) - 1
                style += [("SPAN", (0, r), (1, r)), ("BOTTOMPADDING", (0, r), (-1, r), 0)]
                style.append(("LEFTPADDING", (0, r), (0, r), lay.small))
                row(escape(format_date(local_date(ln.at), lang)), ln.amount, "small", "small_right")
            else:
                row(escape(line_label(ln, doc)), ln.amount, "small", "small_right")
            style.append(("LEFTPADDING", (0, len(rows) - 1), (0, len(rows) - 1), lay.small))
    r = row(escape(t.translate("documents", "Sudah dibayar")), doc.paid)
    style += [("LINEABOVE", (0, r), (-1, r), 0.4, lay.rule), ("TOPPADDING", (0, r), (-1, r), 2)]
    r = row(escape(t.translate("documents", "Sisa tagihan")), doc.balance, "total_big_label", "total_big")
    style += [("LINEABOVE", (0, r), (-1, r), 1, colors.black), ("TOPPADDING", (0, r), (-1, r), 2.5)]
    if doc.pending:
        row(escape(t.translate("documents", "Menunggu pencairan")), doc.pending, "small", "small_right")
    return grid(lay, rows, colWidths=[width - amount_w, amount_w], style=style, hAlign="RIGHT")


def paid_in_full(doc: OrderDocument) -> bool:
    return doc.balance <= 0 and doc.pending == 0


def stamp(doc: OrderDocument, lay: Layout) -> Table:
    s = styles(lay.size)
    word = doc.words.translate("documents", "LUNAS")
    w = text_width(word, lay.bold, lay.title + 6) + 8 * mm
    return grid(
        lay,
        [[P(escape(word), s["stamp"])]],
        colWidths=[w],
        style=[
            ("BOX", (0, 0), (-1, -1), 2, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
        hAlign="CENTER",
    )


def pickup_rule(doc: OrderDocument, lay: Layout) -> list[Flowable]:
    s = styles(lay.size)
    words = doc.words
    out: list[Flowable] = [P(escape(words.translate("documents", "Ketentuan pengambilan")), s["heading"])]
    sentences = doc.terms.pickup.rule_lines(
        doc.pickup_date, lambda x: words.translate("documents", x), doc.language
    )
    out += [Paragraph(escape(t), s["rule"], bulletText="•") for t in sentences]
    return out


_CLAUSE = re.compile(r"^\s*(\d{1,2}[.)]|[-•*])\s+(.*)$")


def terms_block(doc: OrderDocument, lay: Layout) -> list[Flowable]:
    """The full T&C of the order's own version, numbered clauses with a hanging indent."""
    s = styles(lay.size)
    heading = P(escape(terms_heading(doc)), s["heading"])
    heading.keepWithNext = True
    out: list[Flowable] = [heading]
    for raw in doc.terms.text.replace("\r", "").split("\n"):
        if not raw.strip():
            out.append(Spacer(0, lay.terms * 0.4))
            continue
        m = _CLAUSE.match(raw)
        if m:
            out.append(Paragraph(escape(m.group(2)), s["terms_item"], bulletText=m.group(1)))
        else:
            out.append(P(exact(raw.rstrip()), s["terms"]))
    longest = max((len(getattr(f, "text", "")) for f in out), default=0)
    if lay.side_by_side and longest < 1500:
        # a full A4/A5 line is too long to read; two columns also save space
        heading.keepWithNext = False  # would keep the whole T&C off a page it could start on
        return [CondPageBreak(lay.body * 2 + lay.terms * 5), heading, TwoColumns(out[1:], gap=5 * mm)]
    return out


def terms_heading(doc: OrderDocument) -> str:
    return doc.words.translate("documents", "Syarat & Ketentuan (versi {version})").format(
        version=doc.terms.version
    )


def signatures(doc: OrderDocument, lay: Layout, width: float) -> Table:
    """Room for the customer's and the shop's signature, names printed under the lines."""
    s = styles(lay.size)
    gap = 6 * mm
    col = (width - gap) / 2
    right_name = doc.staff or doc.shop.name
    rows = [
        [
            P(escape(doc.words.translate("documents", "Pelanggan")), s["small_center"]),
            "",
            P(escape(doc.words.translate("documents", "Toko")), s["small_center"]),
        ],
        ["", "", ""],
        [P(f"( {escape(doc.customer_name)} )", s["center"]), "", P(f"( {escape(right_name)} )", s["center"])],
    ]
    return grid(
        lay,
        rows,
        colWidths=[col, gap, col],
        rowHeights=[None, 13 * mm, None],
        style=[
            *_NO_PAD,
            ("LINEABOVE", (0, 2), (0, 2), 0.6, colors.black),
            ("LINEABOVE", (2, 2), (2, 2), 0.6, colors.black),
            ("TOPPADDING", (0, 2), (-1, 2), 2),
        ],
    )


def footer_text(doc: OrderDocument) -> str:
    return doc.words.translate("documents", "Dicetak {when} · {code}").format(
        when=format_datetime(doc.printed_at, doc.language), code=doc.code
    )


def thanks(doc: OrderDocument, lay: Layout) -> Paragraph:
    return P(
        escape(doc.words.translate("documents", "Terima kasih atas pesanan Anda.")),
        styles(lay.size)["center"],
    )


def roll_footer(doc: OrderDocument, lay: Layout) -> list[Flowable]:
    s = styles(lay.size)
    return [Spacer(0, 2 * mm), _dashed(lay), Spacer(0, 1 * mm), P(escape(footer_text(doc)), s["footer"])]


# ---------------------------------------------------------------- the documents


def nota_story(doc: OrderDocument, lay: Layout) -> list[Flowable]:
    """The nota (and, with ``doc.kind`` FINAL, the final receipt at handover)."""
    s = styles(lay.size)
    t = doc.words
    final = doc.kind is DocKind.FINAL
    fw = lay.frame_width
    story: list[Flowable] = header(doc, lay)
    story.append(info_block(lay, order_pairs(doc)))
    if doc.notes:
        notes = t.translate("documents", "Catatan:")
        story += [
            Spacer(0, 1 * mm),
            P(f"<b>{escape(notes)}</b> {text(doc.notes)}", s["small"]),
        ]
    story += [Spacer(0, 2.5 * mm), items_table(doc, lay), Spacer(0, 2.5 * mm)]
    if lay.roll:
        story += [_dashed(lay), Spacer(0, 1.5 * mm)]

    closing: list[Flowable] = []
    qr = qr_for(doc, lay)
    handover = [
        Spacer(0, 2 * mm),
        P(
            escape(
                t.translate(
                    "documents", "Status pesanan: {status}. Barang sudah diserahkan kepada pelanggan."
                )
            ).format(status=f"<b>{escape(doc.status)}</b>"),
            s["body"],
        ),
    ]
    rule = handover if final else pickup_rule(doc, lay)
    if lay.side_by_side:
        # QR beside the totals; the pickup rule beside the signatures, which acknowledge it
        gap = 5 * mm
        right: list[Flowable] = [totals_table(doc, lay, fw - qr.width - gap)]
        if final and paid_in_full(doc):
            right += [Spacer(0, 3 * mm), stamp(doc, lay)]
        closing.append(
            grid(
                lay,
                [[[qr], right]],
                colWidths=[qr.width + gap, fw - qr.width - gap],
                style=[*_NO_PAD, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (1, 0), (1, 0), "RIGHT")],
            )
        )
        closing += pay_block(doc, lay, fw, wide=True)
        sign_w = fw * 0.4
        closing.append(Spacer(0, 3 * mm))
        closing.append(
            grid(
                lay,
                [[rule, [Spacer(0, 3 * mm), signatures(doc, lay, sign_w)]]],
                colWidths=[fw - sign_w - 6 * mm, sign_w + 6 * mm],
                style=[
                    *_NO_PAD,
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (1, 0), (1, 0), 6 * mm),
                ],
            )
        )
    else:
        closing.append(totals_table(doc, lay, fw))
        if final and paid_in_full(doc):
            closing += [Spacer(0, 3 * mm), stamp(doc, lay)]
        closing += pay_block(doc, lay, fw, wide=False)
        closing += [KeepTogether(rule), Spacer(0, 3 * mm), qr]
    if final:
        closing += [
            P(escape(terms_heading(doc)), s["heading"]),
            P(
                escape(
                    t.translate(
                        "documents",
                        "Pesanan ini mengikuti Syarat & Ketentuan versi {version} yang tercantum lengkap "
                        "pada nota pesanan.",
                    ).format(version=doc.terms.version)
                ),
                s["terms"],
            ),
        ]
    else:
        closing += terms_block(doc, lay)
    if not lay.side_by_side:
        closing += [Spacer(0, 3 * mm), thanks(doc, lay)]
    if lay.roll:
        closing += roll_footer(doc, lay)

    if not lay.roll:
        story.append(ClosingBreak(closing, fw, lay.frame_height or 0))
    return story + closing


def slip_story(doc: OrderDocument, lay: Layout) -> list[Flowable]:
    """The pickup slip: what the counter needs when the customer comes back, and the QR."""
    card = lay.side_by_side  # A4/A5: an A6-wide card to cut out, at the top of the page
    inner = LAYOUTS[PaperSize.A6] if card else lay
    s = styles(inner.size)
    t, lang = doc.words, doc.language
    width = 100 * mm if card else lay.frame_width
    pad = 5 * mm if card else 0
    content: list[Flowable] = [P(text(doc.shop.name), s["center_bold"])]
    contact = contact_line(doc.shop, doc.words)
    if contact:
        content.append(P(escape(contact), s["small_center"]))
    content += [
        Spacer(0, 1.5 * mm),
        _line(inner, 0.8, colors.black),
        Spacer(0, 1.5 * mm),
        P(escape(t.translate("documents", DOC_TITLES[DocKind.SLIP])), s["title_center"]),
        P(escape(doc.code), s["code"]),
        Spacer(0, 1.5 * mm),
    ]
    h_customer, h_pickup, h_balance = (
        t.translate("documents", "Pelanggan"),
        t.translate("documents", "Tanggal ambil"),
        t.translate("documents", "Sisa tagihan"),
    )
    rows = [
        [P(escape(h_customer), s["body"]), P(f"<b>{escape(doc.customer_name)}</b>", s["right"])],
        [
            P(escape(h_pickup), s["body"]),
            P(f"<b>{escape(format_date(doc.pickup_date, lang))}</b>", s["right"]),
        ],
        [
            P(f"<b>{escape(h_balance)}</b>", s["total_big_label"]),
            P(escape(format_rupiah(doc.balance)), s["total_big"]),
        ],
    ]
    label_w = max(
        text_width(h_customer, inner.font, inner.body),
        text_width(h_pickup, inner.font, inner.body),
        text_width(h_balance, inner.bold, inner.body + 1.5),
    )
    label_w += 3 * mm
    content.append(
        grid(
            lay,
            rows,
            colWidths=[label_w, width - 2 * pad - label_w],
            style=[
                *_NO_PAD,
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black),
                ("TOPPADDING", (0, 2), (-1, 2), 2),
            ],
        )
    )
    if doc.pending:
        content.append(
            P(
                escape(
                    t.translate("documents", "Termasuk {amount} yang belum cair.").format(
                        amount=format_rupiah(doc.pending)
                    )
                ),
                s["small_right"],
            )
        )
    content += pay_block(doc, inner, width - 2 * pad, wide=False)
    content += [
        Spacer(0, 2 * mm),
        P(
            escape(doc.terms.pickup.one_line(doc.pickup_date, lambda x: t.translate("documents", x), lang)),
            s["small_center"],
        ),
        Spacer(0, 2 * mm),
    ]
    qr = QRCode(
        doc.qr_payload,
        symbol_width=inner.qr + 4 * mm,
        max_width=width - 2 * pad,
        caption=doc.code,
        font=inner.bold,
        font_size=inner.body + 0.5,
        dot=THERMAL_DOT if lay.roll else None,
    )
    content += [
        qr,
        Spacer(0, 1 * mm),
        P(escape(t.translate("documents", "Bawa slip ini saat mengambil pesanan.")), s["small_center"]),
    ]
    if not lay.roll:
        content += [Spacer(0, 1 * mm), P(escape(footer_text(doc)), s["footer"])]
    if card:
        box = grid(
            lay,
            [[content]],
            colWidths=[width],
            style=[
                ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#777777"), None, (3, 3)),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("LEFTPADDING", (0, 0), (-1, -1), pad),
                ("RIGHTPADDING", (0, 0), (-1, -1), pad),
                ("TOPPADDING", (0, 0), (-1, -1), pad),
                ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
            ],
            hAlign="LEFT",
        )
        cut = t.translate("documents", "✂ gunting di sepanjang garis putus-putus")
        return [box, Spacer(0, 1 * mm), P(escape(cut), s["small"])]
    if lay.roll:
        return content + roll_footer(doc, lay)
    return content


def confirmation_story(doc: OrderDocument, lay: Layout) -> list[Flowable]:
    """The confirmation sheet: each item's custom details exactly as entered, line by line
    and numbered, for the customer to check and sign before production starts."""
    s = styles(lay.size)
    fw = lay.frame_width
    t = doc.words
    story = header(doc, lay)
    pairs = order_pairs(doc)
    pairs.append((t.translate("documents", "Total pesanan"), f"<b>{escape(format_rupiah(doc.total))}</b>"))
    story.append(info_block(lay, pairs))
    story += [
        Spacer(0, 3 * mm),
        P(
            escape(
                t.translate(
                    "documents",
                    "Mohon periksa detail pesanan di bawah ini dengan teliti. Produksi dimulai setelah "
                    "Anda menyetujuinya; detail yang sudah disetujui menjadi acuan produksi.",
                )
            ),
            s["body"],
        ),
        Spacer(0, 2 * mm),
    ]
    for n, item in enumerate(doc.items, 1):
        head = [
            P(f"<b>{n}. {text(item.name)}</b>", s["body"]),
            P(
                escape(
                    t.translate("documents", "Jumlah {qty} × {price} = {total}").format(
                        qty=item.qty,
                        price=format_rupiah(item.unit_price),
                        total=format_rupiah(item.line_total),
                    )
                ),
                s["small"],
            ),
            Spacer(0, 1 * mm),
        ]
        story += [KeepTogether([*head, custom_details(doc, item.custom_details, lay)]), Spacer(0, 2.5 * mm)]
    sentence = P(escape(t.translate("documents", CONFIRM_SENTENCE)), s["confirm"])
    qr = qr_for(doc, lay)
    if lay.side_by_side:
        left_w = fw - qr.width - 4 * mm
        col = left_w * 0.58
        sign = grid(
            lay,
            [
                [
                    P(escape(t.translate("documents", "Tanda tangan pelanggan")), s["small"]),
                    "",
                    P(escape(t.translate("documents", "Tanggal")), s["small"]),
                ],
                ["", "", ""],
                [P(f"( {escape(doc.customer_name)} )", s["body"]), "", ""],
            ],
            colWidths=[col, 5 * mm, left_w - col - 5 * mm],
            rowHeights=[None, 13 * mm, None],
            style=[
                *_NO_PAD,
                ("LINEABOVE", (0, 2), (0, 2), 0.6, colors.black),
                ("LINEABOVE", (2, 2), (2, 2), 0.6, colors.black),
                ("TOPPADDING", (0, 2), (-1, 2), 2),
            ],
            hAlign="LEFT",
        )
        block = grid(
            lay,
            [[[sentence, Spacer(0, 4 * mm), sign], qr]],
            colWidths=[fw - qr.width, qr.width],
            style=[*_NO_PAD, ("VALIGN", (0, 0), (0, 0), "BOTTOM"), ("VALIGN", (1, 0), (1, 0), "TOP")],
        )
        story += [Spacer(0, 1 * mm), block]
    else:
        blank = grid(
            lay,
            [
                [P(escape(t.translate("documents", "Tanda tangan pelanggan")), s["small"])],
                [""],
                [P(escape(t.translate("documents", "Nama & tanggal")), s["small"])],
                [""],
            ],
            colWidths=[fw],
            rowHeights=[None, 13 * mm, None, 8 * mm],
            style=[
                *_NO_PAD,
                ("LINEBELOW", (0, 1), (0, 1), 0.6, colors.black),
                ("LINEBELOW", (0, 3), (0, 3), 0.6, colors.black),
            ],
        )
        story += [KeepTogether([sentence, Spacer(0, 2 * mm), blank]), Spacer(0, 4 * mm), qr]
        if lay.roll:
            story += roll_footer(doc, lay)
    return story


def custom_details(doc: OrderDocument, details: str, lay: Layout) -> Flowable:
    """Custom details exactly as typed: one numbered row a line, blank lines and spacing kept,
    so the customer can check them line by line and nothing is silently reflowed together."""
    s = styles(lay.size)
    if not details:
        return P(escape(doc.words.translate("documents", "Tanpa detail custom.")), s["small"])
    fw = lay.frame_width
    lines = details.replace("\r", "").split("\n")
    num_w = text_width(str(len(lines)), lay.font, lay.small) + 6
    rows = [
        [P(str(i), s["small_right"]), P(exact(ln) or "&nbsp;", s["body"])] for i, ln in enumerate(lines, 1)
    ]
    return grid(
        lay,
        rows,
        colWidths=[num_w, fw - num_w],
        style=[
            ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
            ("LINEAFTER", (0, 0), (0, -1), 0.4, lay.rule),
            ("LINEBELOW", (0, 0), (-1, -2), 0.25, lay.rule, None, (1, 2)),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (0, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ],
        splitInRow=_needs_split_in_row([[r[1]] for r in rows], fw - num_w - 3, lay),
    )


def _needs_split_in_row(cells: list[list[Flowable]], width: float, lay: Layout) -> int:
    """1 if a row could be taller than a page, so the table must split inside it (rather than
    fail); 0 otherwise, so an item never starts on one page and ends on the next."""
    if lay.frame_height is None:
        return 0
    canv = None
    for cell in cells:
        if sum(len(getattr(f, "text", "")) for f in cell) < 400:
            continue  # a few lines: fits any page, no need to measure
        canv = canv or Canvas(io.BytesIO())
        if sum(f.wrapOn(canv, width, 1e7)[1] for f in cell) > lay.frame_height * 0.8:
            return 1
    return 0


_STORIES = {
    DocKind.NOTA: nota_story,
    DocKind.FINAL: nota_story,
    DocKind.SLIP: slip_story,
    DocKind.CONFIRMATION: confirmation_story,
}


# ---------------------------------------------------------------- building the PDF


def _flat(flowables: Sequence[Flowable]) -> list[Flowable]:
    """``flowables`` with every KeepTogether replaced by its content: on a roll there are no
    pages to keep anything together on, and measuring needs the real heights."""
    out: list[Flowable] = []
    for f in flowables:
        if isinstance(f, KeepTogether):
            out += _flat(f._content)
        else:
            out.append(f)
    return out


def _height(flowables: Sequence[Flowable], width: float) -> float:
    """The height ``flowables`` take in a frame ``width`` wide, as the frame stacks them:
    space before counts except at the top; space after counts."""
    canv = Canvas(io.BytesIO())  # a few flowables measure text with a canvas
    total = 0.0
    at_top = True
    for f in _flat(flowables):
        if isinstance(f, CondPageBreak):
            continue  # takes no room; outside a document it would claim all the height given
        _, h = f.wrapOn(canv, width, 1e7)
        if not at_top:
            total += f.getSpaceBefore()
        total += h + f.getSpaceAfter()
        if h:
            at_top = False
    return total


class _PageCanvas(Canvas):
    """Draws the footer (printed time, order code, "Halaman n/N") once the page count is known."""

    def __init__(
        self,
        *args,
        footer: str = "",
        layout: Layout | None = None,
        page_of: str = "Halaman {n}/{count}",
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._footer = footer
        self._page_of = page_of
        self._layout = layout
        self._pages: list[dict] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        count = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(count)
            super().showPage()
        super().save()

    def _draw_footer(self, count: int) -> None:
        lay = self._layout
        if lay is None:
            return
        self.saveState()
        self.setFont(lay.font, lay.small - 0.5)
        self.setFillColor(lay.ink)
        y = lay.bottom * 0.45
        self.drawString(lay.side, y, self._footer)
        if count > 1:
            self.drawRightString(
                lay.width - lay.side, y, self._page_of.format(n=self._pageNumber, count=count)
            )
        self.restoreState()


def render_pdf(doc: OrderDocument, size: PaperSize) -> bytes:
    """``doc`` as PDF bytes on ``size`` paper."""
    register_fonts()
    size = PaperSize(size)
    lay = LAYOUTS[size]
    story = _STORIES[doc.kind](doc, lay)
    fw = lay.frame_width
    if lay.roll:
        story = _flat(story)
        # measured on its own copy: the page is exactly as long as the content
        page_h = lay.top + _height(story, fw) + lay.bottom + 1
    else:
        page_h = lay.height
    buf = io.BytesIO()
    template = BaseDocTemplate(
        buf,
        pagesize=(lay.width, page_h),
        leftMargin=lay.side,
        rightMargin=lay.side,
        topMargin=lay.top,
        bottomMargin=lay.bottom,
        title=f"{doc.words.translate('documents', DOC_TITLES[doc.kind])} {doc.code}",
        author=doc.shop.name,
        creator="TokoDesk",
        subject=doc.code,
        initialFontName=lay.font,  # else every page names Helvetica, which is not embedded
        initialFontSize=lay.body,
    )
    frame = Frame(
        lay.side,
        lay.bottom,
        fw,
        page_h - lay.top - lay.bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template.addPageTemplates([PageTemplate("page", [frame])])
    if lay.roll or doc.kind is DocKind.SLIP:  # a slip carries its own footer line
        template.build(list(story))
    else:
        maker = functools.partial(
            _PageCanvas,
            footer=footer_text(doc),
            layout=lay,
            page_of=doc.words.translate("documents", "Halaman {n}/{count}"),
        )
        template.build(list(story), canvasmaker=maker)
    return buf.getvalue()


__all__ = ["LAYOUTS", "QRCode", "register_fonts", "render_pdf"]
