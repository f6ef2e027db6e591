"""Draw TokoDesk's application icon (our own drawing, licensed with the project): a receipt
with a QR corner on a teal rounded square.  Writes resources/icons/tokodesk.png (256 px),
tokodesk.ico (16–256 px, for Windows) and tokodesk-48.png.

    .venv/bin/python installer/make-icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
TEAL, PAPER, INK = (0, 121, 107), (250, 250, 245), (38, 50, 56)


def draw(size: int = 1024) -> Image.Image:
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    u = size / 64
    d.rounded_rectangle((2 * u, 2 * u, 62 * u, 62 * u), radius=12 * u, fill=TEAL)
    # the receipt, with a zigzag tear at the bottom
    left, right, top, bottom = 16 * u, 48 * u, 9 * u, 52 * u
    teeth = 6
    w = (right - left) / teeth
    outline = [(left, top), (right, top), (right, bottom)]
    for i in range(teeth, 0, -1):
        outline += [(left + (i - 0.5) * w, bottom - 3 * u), (left + (i - 1) * w, bottom)]
    d.polygon(outline, fill=PAPER)
    # lines of text
    for row, length in enumerate((22, 16, 19)):
        y = top + (6 + row * 5) * u
        d.rounded_rectangle((left + 4 * u, y, left + (4 + length) * u, y + 2 * u), radius=u, fill=INK)
    # a QR corner: three finder squares and a few modules
    q, m = left + 14 * u, 2.0 * u
    for fx, fy in ((0, 0), (5, 0), (0, 5)):
        x, y = q + fx * m, top + 22 * u + fy * m
        d.rectangle((x, y, x + 3 * m, y + 3 * m), fill=INK)
        d.rectangle((x + 0.6 * m, y + 0.6 * m, x + 2.4 * m, y + 2.4 * m), fill=PAPER)
        d.rectangle((x + 1.1 * m, y + 1.1 * m, x + 1.9 * m, y + 1.9 * m), fill=INK)
    for fx, fy in ((4, 4), (5, 6), (7, 5), (6, 7), (7, 7)):
        x, y = q + fx * m, top + 22 * u + fy * m
        d.rectangle((x, y, x + m, y + m), fill=INK)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.LANCZOS).save(OUT / "tokodesk.png")
    big.resize((48, 48), Image.LANCZOS).save(OUT / "tokodesk-48.png")
    big.save(OUT / "tokodesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])


if __name__ == "__main__":
    main()
