"""Writes the Word fixtures in tests/fixtures/word/ (run once; the files are in the repository).

    python3 -m venv /tmp/venv && /tmp/venv/bin/pip install python-docx
    /tmp/venv/bin/python scripts/word-fixtures.py

python-docx writes the styled ones as Word's own styles do; the others are written part by part
(footnotes, tracked changes, runs split mid-word, text boxes, fields and automatic numbering,
which python-docx has no API for), and the bad inputs byte by byte.
"""
import io
import os
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent / 'tests' / 'fixtures' / 'word'
OUT.mkdir(parents=True, exist_ok=True)

# Heading styles, a title, a salutation, a table (python-docx).
d = docx.Document()
d.add_heading('关于复制推广营商环境创新试点改革举措的通知', 0)
d.add_paragraph('各省、自治区、直辖市人民政府，国务院各部委、各直属机构：')
d.add_paragraph('优化营商环境是培育和激发市场主体活力、增强发展内生动力的关键之举。现就有关事项通知如下：')
d.add_heading('一、复制推广的改革举措', 1)
d.add_heading('（一）进一步破除区域分割和地方保护等不合理限制', 2)
d.add_paragraph('开展“一照多址”改革，便利企业分支机构、连锁门店信息变更。')
d.add_heading('（二）健全更加开放透明的市场主体准入和退出机制', 2)
table = d.add_table(rows=2, cols=3)
for r, row in enumerate([['举措', '牵头部门', '完成时限'], ['一照多址', '市场监管总局', '2022年底']]):
    for c, text in enumerate(row):
        table.cell(r, c).text = text
d.add_heading('二、切实做好组织实施', 1)
d.add_paragraph('各地区要切实加强组织领导。')
d.save(OUT / 'headings.docx')

# Chinese style names, and a style based on one (as WPS Office and Chinese templates write them).
d = docx.Document()
h1 = d.styles.add_style('标题 1', WD_STYLE_TYPE.PARAGRAPH)
h1.base_style = d.styles['Normal']
h2 = d.styles.add_style('标题 2', WD_STYLE_TYPE.PARAGRAPH)
h2.base_style = d.styles['Normal']
chapter = d.styles.add_style('我的章标题', WD_STYLE_TYPE.PARAGRAPH)
chapter.base_style = h1
d.add_paragraph('总则', style='标题 1')
d.add_paragraph('第一条 为了规范工作，制定本办法。')
d.add_paragraph('适用范围', style='标题 2')
d.add_paragraph('本办法适用于全州各级机关。')
d.add_paragraph('附则', style='我的章标题')
d.add_paragraph('本办法自印发之日起施行。')
d.save(OUT / 'chinese_styles.docx')

# No styles at all: a 公文 typed by hand, its title centred in 二号, for the parser to read.
d = docx.Document()
p = d.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run('州人民政府办公室关于做好冬季安全生产工作的通知').font.size = Pt(22)
for line in ['各县市人民政府，州直各部门：', '为做好今冬明春安全生产工作，现将有关事项通知如下。', '一、提高思想认识',
             '各地各部门要充分认识做好冬季安全生产工作的重要性。', '二、强化责任落实', '（一）压实属地责任', '各县市要落实属地管理责任。',
             '（二）压实部门责任', '各部门要按照职责分工抓好落实。']:
    d.add_paragraph(line)
d.save(OUT / 'typed.docx')

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'''


def package(name, parts):
    with zipfile.ZipFile(OUT / name, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', TYPES)
        z.writestr('_rels/.rels', RELS)
        for part, xml in parts.items():
            z.writestr(part, xml)


def para(inner, props=''):
    return f'<w:p><w:pPr>{props}</w:pPr>{inner}</w:p>' if props else f'<w:p>{inner}</w:p>'


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def numbered(level, text):
    return para(run(text), f'<w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="3"/></w:numPr>')


# Automatic numbering in the 公文 sequence: 一、（一）1.（1）, numbers that exist only as numbering.
levels = [('chineseCounting', '%1、'), ('chineseCounting', '（%2）'), ('decimal', '%3.'), ('decimal', '（%4）')]
numbering = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {W}><w:abstractNum w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>{''.join(
    f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:suff w:val="nothing"/></w:lvl>'
    for i, (fmt, text) in enumerate(levels))}</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="7"/></w:num></w:numbering>'''
body = ''.join([
    para(run('州人大常委会2025年工作要点'), '<w:jc w:val="center"/><w:rPr><w:sz w:val="44"/></w:rPr>'),
    numbered(0, '总体要求'),
    para(run('坚持以习近平新时代中国特色社会主义思想为指导。')),
    numbered(0, '主要任务'),
    numbered(1, '加强立法工作'),
    numbered(2, '制定民族团结进步条例。'),
    numbered(2, '修订城乡规划条例。'),
    numbered(1, '加强监督工作'),
    numbered(3, '听取审议专项工作报告。'),
    numbered(0, '工作要求'),
    para(run('各委员会要按照分工抓好落实。')),
])
package('numbering.docx', {'word/document.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>',
                           'word/numbering.xml': numbering})

# Footnotes, tracked changes, runs split mid-word, a tab, a line break, a field and a text box.
body = ''.join([
    para('<w:r><w:t>监</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>督</w:t></w:r><w:r><w:t>工作</w:t></w:r>', '<w:pStyle w:val="Heading1"/>'),
    para(run('依法开展执法检查') + '<w:r><w:footnoteReference w:id="2"/></w:r>' + run('，听取审议报告。')),
    para(run('本条') + '<w:del w:id="9" w:author="a"><w:r><w:delText>删去的文字</w:delText></w:r></w:del>'
         + '<w:ins w:id="10" w:author="a"><w:r><w:t>新加的文字</w:t></w:r></w:ins>' + run('保留。')),
    para(run('甲') + '<w:r><w:tab/></w:r>' + run('乙') + '<w:r><w:br/></w:r>' + run('丙')),
    para('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
         + run('7') + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run('页')),
    para(run('正文') + '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent>'
         + para(run('文本框里的字')) + '</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent>'
         + para(run('文本框里的字')) + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>'),
    para(run('代表工作')
         , '<w:pStyle w:val="Heading1"/>'),
    para(run('密切联系人民群众') + '<w:r><w:endnoteReference w:id="1"/></w:r>' + run('。')),
])
styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>'''
package('features.docx', {
    'word/document.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>',
    'word/styles.xml': styles,
    'word/footnotes.xml': f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>{run(" 见《中华人民共和国各级人民代表大会常务委员会监督法》。")}</w:p></w:footnote></w:footnotes>',
    'word/endnotes.xml': f'<?xml version="1.0" encoding="UTF-8"?><w:endnotes {W}><w:endnote w:id="1"><w:p>{run("代表法第四条。")}</w:p></w:endnote></w:endnotes>',
})

# Bad inputs.
good = (OUT / 'headings.docx').read_bytes()
(OUT / 'bad' ).mkdir(exist_ok=True)
(OUT / 'bad' / 'damaged.docx').write_bytes(good[: len(good) // 2])


def compound(*streams):
    """The header of an OLE compound file and its directory's stream names (UTF-16)."""
    names = b''.join(s.encode('utf-16-le').ljust(64, b'\0') for s in streams)
    return b'\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1' + bytes(504) + names


(OUT / 'bad' / 'old.doc').write_bytes(compound('Root Entry', 'WordDocument', '1Table'))
(OUT / 'bad' / 'old.wps').write_bytes(compound('Root Entry', 'WordDocument'))
(OUT / 'bad' / 'password.docx').write_bytes(compound('Root Entry', 'EncryptionInfo', 'EncryptedPackage'))
for name, part in [('sheet.docx', 'xl/workbook.xml'), ('slides.docx', 'ppt/presentation.xml')]:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', TYPES)
        z.writestr(part, '<x/>')
    (OUT / 'bad' / name).write_bytes(buffer.getvalue())
# A zip bomb: 200 MB of text in a few hundred kilobytes.
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr('[Content_Types].xml', TYPES)
    with z.open('word/document.xml', 'w', force_zip64=False) as f:
        f.write(f'<?xml version="1.0"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode())
        chunk = ('字' * (1024 * 1024 // 3)).encode()
        for _ in range(200):
            f.write(chunk)
        f.write(b'</w:t></w:r></w:p></w:body></w:document>')
(OUT / 'bad' / 'bomb.docx').write_bytes(buffer.getvalue())
print('written', sorted(p.name for p in OUT.rglob('*.doc*')))

# LibreOffice's writer, where it is installed (Debian: libreoffice-writer-nogui): a corpus notice
# typed without styles, and a page with headings, a list and a table, both saved as .docx.
import shutil
import subprocess
import tempfile

soffice = shutil.which('soffice') or shutil.which('libreoffice')
if soffice:
    root = OUT.parent.parent
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        shutil.copy(root / 'corpus' / 'notice_国办发2022_35号_营商环境.txt', work / 'libreoffice_notice.txt')
        (work / 'libreoffice_headings.html').write_text('''<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>x</title></head><body>
<h1>州人大常委会关于加强预算审查监督的决定</h1>
<p>为了加强预算审查监督，根据有关法律规定，结合本州实际，作如下决定。</p>
<h2>一、加强预算编制的审查</h2>
<p>州人民政府应当按照规定的时间将预算草案提交审查。</p>
<h3>（一）初步审查</h3>
<p>财政经济委员会对预算草案进行初步审查。</p>
<ol><li>听取州财政部门的汇报；</li><li>提出初步审查意见。</li></ol>
<h2>二、加强预算执行的监督</h2>
<table><tr><td>事项</td><td>时间</td></tr><tr><td>预算执行情况报告</td><td>每年七月</td></tr></table>
<p>本决定自公布之日起施行。</p>
</body></html>''', encoding='utf-8')
        for name in ['libreoffice_notice.txt', 'libreoffice_headings.html']:
            subprocess.run([soffice, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', str(work), str(work / name)],
                           check=True, capture_output=True, env={**os.environ, 'HOME': str(work)})
            shutil.copy(work / (Path(name).stem + '.docx'), OUT / (Path(name).stem + '.docx'))
    print('written with LibreOffice: libreoffice_notice.docx, libreoffice_headings.docx')
else:
    print('LibreOffice not installed: its fixtures left as they are')
