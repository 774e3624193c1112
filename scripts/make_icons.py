"""Draws the toolbar icons (a page with text lines and a check) as PNGs, with the standard library only.
Run once; the PNGs are committed: python3 scripts/make_icons.py"""
import struct, zlib, pathlib

def png(size):
    px = []
    for y in range(size):
        row = []
        for x in range(size):
            u, v = x / size, y / size
            r, g, b, a = 0, 0, 0, 0
            if 0.18 <= u <= 0.82 and 0.08 <= v <= 0.92:           # the page
                r, g, b, a = 255, 255, 255, 255
                if u < 0.22 or u > 0.78 or v < 0.12 or v > 0.88:   # its border
                    r, g, b = 30, 42, 58
                for line in (0.3, 0.45, 0.6, 0.75):                # text lines
                    if abs(v - line) < 0.035 and 0.3 <= u <= 0.7:
                        r, g, b = 46, 125, 50
            row.append(bytes((r, g, b, a)))
        px.append(b"\0" + b"".join(row))
    raw = zlib.compress(b"".join(px), 9)
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")

out = pathlib.Path(__file__).resolve().parent.parent / "extension" / "icons"
for s in (16, 32, 48, 128):
    (out / f"icon{s}.png").write_bytes(png(s))
