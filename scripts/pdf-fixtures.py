"""Writes the PDF fixtures in tests/fixtures/pdf/ (run once; the files are in the repository).

    pip install reportlab pypdf && python3 scripts/pdf-fixtures.py

Each text fixture is a corpus text (tests/corpus) laid out on pages, so the text the reader should
get is known:
- notice_chromium.pdf: the 国办发〔2022〕35号 notice as a 公文 page printed by headless Chromium
  (`--print-to-pdf`: subset fonts embedded with ToUnicode maps, as Word, WPS and browsers write),
  the title centred and larger, the page number `— N —` and a running header on every page.
- report_reportlab.pdf: the 2024 government work report set by reportlab in its STSong-Light CID
  font (`UniGB-UCS2-H`, Adobe-GB1, not embedded, no ToUnicode: what converters and older tools
  write), lines broken at the right edge, paragraphs indented, `第 N 页` and a running header.
- report_100_pages.pdf: the same report set larger, over 100 pages (the benchmark's).
- constitution_two_columns.pdf: the US constitution in two columns (Helvetica), `- N -` numbers.
- scanned.pdf: a page that is only an image; encrypted.pdf: the notice behind a password;
  damaged.pdf: the notice's first 3000 bytes.
"""
import html
import io
import subprocess
import tempfile
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / 'tests' / 'corpus'
OUT = ROOT / 'tests' / 'fixtures' / 'pdf'
NOTICE = CORPUS / 'notice_国办发2022_35号_营商环境.txt'
REPORT = CORPUS / 'report_2024政府工作报告.txt'
CONSTITUTION = CORPUS / 'en_us_constitution.txt'


def paragraphs(path):
    return [line.strip() for line in path.read_text(encoding='utf-8').splitlines() if line.strip()]


def chromium_notice():
    """The notice as a 公文 page, printed by Chromium."""
    paras = paragraphs(NOTICE)
    body = []
    for i, text in enumerate(paras):
        kind = 'title' if i < 2 else 'number' if i == 2 else 'heading' if text[:2] in ('一、', '二、', '三、', '四、') else ''
        body.append(f'<p class="{kind}">{html.escape(text)}</p>')
    page = f'''<!doctype html><html lang="zh-CN"><meta charset="utf-8"><style>
@page {{ size: A4; margin: 37mm 26mm 35mm 28mm;
  @top-center {{ content: "国务院办公厅文件"; font: 10.5pt "Noto Sans CJK SC"; }}
  @bottom-center {{ content: "— " counter(page) " —"; font: 14pt "Noto Serif CJK SC"; }} }}
body {{ margin: 0; font: 16pt/28.9pt "AR PL UKai CN", "Noto Serif CJK SC", serif; }}
p {{ margin: 0; text-indent: 2em; text-align: justify; }}
.title {{ font: bold 22pt/32pt "Noto Serif CJK SC", serif; text-align: center; text-indent: 0; }}
.number {{ text-align: center; text-indent: 0; margin: 1em 0; }}
.heading {{ font-family: "Noto Sans CJK SC", sans-serif; }}
</style><body>{''.join(body)}</body></html>'''
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / 'notice.html'
        source.write_text(page, encoding='utf-8')
        target = Path(tmp) / 'notice.pdf'
        subprocess.run(['chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer',
                        f'--print-to-pdf={target}', source.as_uri()], check=True, capture_output=True, timeout=120)
        return target.read_bytes()


def wrapped(text, font, size, width, latin):
    """The lines of `text` at most `width` wide: Latin broken at spaces, Chinese anywhere."""
    lines, line = [], ''
    units = text.split(' ') if latin else list(text)
    for unit in units:
        candidate = f'{line} {unit}' if latin and line else line + unit
        if line and pdfmetrics.stringWidth(candidate, font, size) > width:
            lines.append(line)
            line = unit
        else:
            line = candidate
    if line:
        lines.append(line)
    return lines


def set_in_columns(paras, font, size, leading, columns, number, header=None, title_size=None, latin=False):
    """A PDF of `paras` in `columns` columns on A4, `number(n)` at the foot of page n."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=1)
    left, right, top, bottom, gap = 28 * mm, 26 * mm, 37 * mm, 35 * mm, 8 * mm
    width = (A4[0] - left - right - gap * (columns - 1)) / columns
    page, column, y = 1, 0, A4[1] - top

    def furniture():
        pdf.setFont(font, 10)
        if header:
            pdf.drawCentredString(A4[0] / 2, A4[1] - 20 * mm, header)
        pdf.drawCentredString(A4[0] / 2, 20 * mm, number(page))

    def next_line(step):
        nonlocal page, column, y
        y -= step
        if y < bottom:
            column += 1
            y = A4[1] - top - step
            if column == columns:
                furniture()
                pdf.showPage()
                page, column = page + 1, 0

    for i, text in enumerate(paras):
        if i == 0 and title_size:
            for line in wrapped(text, font, title_size, width * columns, latin):
                next_line(title_size * 1.6)
                pdf.setFont(font, title_size)
                pdf.drawCentredString(A4[0] / 2, y, line)
            next_line(leading * 0.5)
            continue
        indent = 0 if latin else 2 * size
        lines = wrapped(text, font, size, width - indent, latin)
        first, rest = lines[0], ''.join(lines[1:]) if not latin else ' '.join(lines[1:])
        lines = [first] + (wrapped(rest, font, size, width, latin) if rest else [])
        for n, line in enumerate(lines):
            next_line(leading)
            pdf.setFont(font, size)
            pdf.drawString(left + column * (width + gap) + (indent if n == 0 else 0), y, line)
        if latin:
            next_line(leading * 0.5)
    furniture()
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def scanned():
    """One page that is only a picture of text (no text layer)."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4)
    from reportlab.lib.utils import ImageReader
    from PIL import Image, ImageDraw
    image = Image.new('L', (600, 300), 255)
    draw = ImageDraw.Draw(image)
    for row in range(12):
        draw.rectangle((40, 30 + row * 20, 560 - (row % 3) * 90, 40 + row * 20), fill=40)
    pdf.drawImage(ImageReader(image), 28 * mm, 150 * mm, 150 * mm, 75 * mm)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def encrypted(source):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.encrypt(user_password='docview', owner_password='owner', algorithm='AES-128')
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    pdfmetrics.registerFont(UnicodeCIDFont('STSong-Light'))
    notice = chromium_notice()
    files = {
        'notice_chromium.pdf': notice,
        'report_reportlab.pdf': set_in_columns(paragraphs(REPORT), 'STSong-Light', 16, 28.9, 1,
                                               lambda n: f'第 {n} 页', header='2024年政府工作报告', title_size=22),
        'report_100_pages.pdf': set_in_columns(paragraphs(REPORT) * 2, 'STSong-Light', 22, 34, 1,
                                               lambda n: f'— {n} —', title_size=26),
        'constitution_two_columns.pdf': set_in_columns(paragraphs(CONSTITUTION), 'Helvetica', 10, 12.5, 2,
                                                       lambda n: f'- {n} -', latin=True),
        'scanned.pdf': scanned(),
        'encrypted.pdf': encrypted(notice),
        'damaged.pdf': notice[:3000],
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        pages = len(PdfReader(io.BytesIO(data)).pages) if name not in ('damaged.pdf', 'encrypted.pdf') else '-'
        print(f'{name}: {len(data)} bytes, {pages} pages')


if __name__ == '__main__':
    main()
