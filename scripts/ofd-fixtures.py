"""Writes the OFD fixtures in tests/fixtures/ofd/ (run once; the files are in the repository).

    python3 scripts/ofd-fixtures.py

notice.ofd is tests/corpus/notice_国办发2022_35号_营商环境.txt laid out as a 公文 on A4 pages
(28 characters a line, 22 lines a page, paragraphs indented two characters, the title centred),
each line a text object, written in an order that is not the reading order, the page number on
each page, and a template page carrying a running header and a number: none of those is text. damaged.ofd
names a document root that is not there; shapes.ofd has a page of graphics and no text. Standard
library only.
"""
import random
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / 'tests' / 'fixtures' / 'ofd'
NS = 'http://www.ofdspec.org/2016'
SIZE = 5.6  # 三号, in millimetres
LEFT, TOP = 27.0, 37.0
PER_LINE, PER_PAGE, PITCH = 28, 22, 10.5


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def laid_out(paragraphs):
    """(x, y-baseline line index, text) for every line, in pages."""
    lines = []
    for i, paragraph in enumerate(paragraphs):
        centred = i < 3
        if centred:
            width = len(paragraph) * SIZE
            lines.append((LEFT + (PER_LINE * SIZE - width) / 2, paragraph))
            continue
        rest, first = paragraph, True
        while rest:
            room = PER_LINE - 2 if first else PER_LINE
            lines.append((LEFT + (2 * SIZE if first else 0), rest[:room]))
            rest, first = rest[room:], False
    return [lines[i:i + PER_PAGE] for i in range(0, len(lines), PER_PAGE)]


def page_content(lines, seed, number):
    objects = [
        f'<ofd:TextObject ID="999" Boundary="95 275 20 8" Font="1" Size="4.9"><ofd:TextCode X="0" Y="4.9" DeltaX="g 4 1.5">— {number} —</ofd:TextCode></ofd:TextObject>']
    for n, (x, text) in enumerate(lines):
        y = TOP + n * PITCH
        objects.append(
            f'<ofd:TextObject ID="{1000 + n}" Boundary="{x:.2f} {y:.2f} {len(text) * SIZE:.2f} {SIZE * 1.2:.2f}" Font="1" Size="{SIZE}">'
            f'<ofd:FillColor Value="0 0 0"/>'
            f'<ofd:TextCode X="0" Y="{SIZE:.2f}" DeltaX="g {max(len(text) - 1, 0)} {SIZE}">{escape(text)}</ofd:TextCode>'
            '</ofd:TextObject>')
    random.Random(seed).shuffle(objects)
    return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Template TemplateID="2"/>'
            f'<ofd:Content><ofd:Layer ID="3">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')


def write(path, files):
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    source = (ROOT / 'tests' / 'corpus' / 'notice_国办发2022_35号_营商环境.txt').read_text(encoding='utf-8')
    paragraphs = [line.strip() for line in source.splitlines() if line.strip()]
    pages = laid_out(paragraphs)
    ofd = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{NS}" Version="1.0" DocType="OFD">'
           '<ofd:DocBody><ofd:DocInfo><ofd:DocID>fixture</ofd:DocID></ofd:DocInfo>'
           '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    page_list = ''.join(f'<ofd:Page ID="{10 + i}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{NS}"><ofd:CommonData>'
                '<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox><ofd:MaxUnitID>9999</ofd:MaxUnitID>'
                '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/>'
                f'</ofd:CommonData><ofd:Pages>{page_list}</ofd:Pages></ofd:Document>')
    template = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="4">'
                f'<ofd:TextObject ID="5" Boundary="{LEFT} 15 100 8" Font="1" Size="4.2"><ofd:TextCode X="0" Y="4.2">国务院办公厅文件</ofd:TextCode></ofd:TextObject>'
                '<ofd:TextObject ID="6" Boundary="95 280 20 8" Font="1" Size="4.9"><ofd:TextCode X="0" Y="4.9">— 1 —</ofd:TextCode></ofd:TextObject>'
                '</ofd:Layer></ofd:Content></ofd:Page>')
    files = {'OFD.xml': ofd, 'Doc_0/Document.xml': document, 'Doc_0/Tpls/Tpl_0/Content.xml': template}
    for i, lines in enumerate(pages):
        files[f'Doc_0/Pages/Page_{i}/Content.xml'] = page_content(lines, i, i + 1)
    write(OUT / 'notice.ofd', files)
    shapes = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{NS}"><ofd:Content><ofd:Layer ID="3">'
              '<ofd:PathObject ID="7" Boundary="70 5 70 30"><ofd:AbbreviatedData>M 0 0 L 70 0 L 70 30 L 0 30 C</ofd:AbbreviatedData></ofd:PathObject>'
              '</ofd:Layer></ofd:Content></ofd:Page>')
    write(OUT / 'shapes.ofd', {'OFD.xml': ofd, 'Doc_0/Document.xml': document.replace(page_list, '<ofd:Page ID="10" BaseLoc="Pages/Page_0/Content.xml"/>'),
                               'Doc_0/Pages/Page_0/Content.xml': shapes})
    write(OUT / 'damaged.ofd', {'OFD.xml': ofd.replace('Doc_0/Document.xml', 'Doc_9/Document.xml'), 'Doc_0/Document.xml': document})
    print(f'{OUT / "notice.ofd"}: {len(pages)} pages')


if __name__ == '__main__':
    main()
