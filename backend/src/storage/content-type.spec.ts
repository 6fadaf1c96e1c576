import { sniffContentType } from './content-type';

const zipWithFirstEntry = (name: string, content = '') => {
  const header = Buffer.alloc(30);
  header.write('PK\x03\x04', 0, 'latin1');
  header.writeUInt16LE(Buffer.byteLength(name, 'latin1'), 26);
  header.writeUInt16LE(0, 28);
  return Buffer.concat([header, Buffer.from(name, 'latin1'), Buffer.from(content, 'latin1')]);
};

describe('sniffContentType', () => {
  it('recognises a PDF by its first bytes', () => {
    expect(sniffContentType(Buffer.from('%PDF-1.7\n...'))).toEqual({
      accepted: true,
      type: { mime: 'application/pdf', extensions: ['pdf'] },
    });
  });

  it('recognises images', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(sniffContentType(png)).toMatchObject({ type: { mime: 'image/png' } });
    expect(sniffContentType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({
      type: { mime: 'image/jpeg' },
    });
    expect(sniffContentType(Buffer.from('GIF89a...'))).toMatchObject({
      type: { mime: 'image/gif' },
    });
    expect(sniffContentType(Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1'))).toMatchObject({
      type: { mime: 'image/webp' },
    });
  });

  it('tells Word, Excel and OpenDocument files apart from a plain ZIP', () => {
    expect(
      sniffContentType(
        Buffer.concat([zipWithFirstEntry('[Content_Types].xml'), Buffer.from('word/document.xml')]),
      ),
    ).toMatchObject({ type: { extensions: ['docx'] } });
    expect(
      sniffContentType(
        Buffer.concat([zipWithFirstEntry('[Content_Types].xml'), Buffer.from('xl/workbook.xml')]),
      ),
    ).toMatchObject({ type: { extensions: ['xlsx'] } });
    expect(
      sniffContentType(zipWithFirstEntry('mimetype', 'application/vnd.oasis.opendocument.text')),
    ).toMatchObject({ type: { extensions: ['odt'] } });
    expect(sniffContentType(zipWithFirstEntry('notes/readme.txt'))).toMatchObject({
      type: { mime: 'application/zip' },
    });
  });

  it('refuses executables whatever their name, including Java packages', () => {
    for (const head of [
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1]),
      Buffer.from('MZ\x90\x00', 'latin1'),
      Buffer.from('#!/bin/sh\nrm -rf /'),
      zipWithFirstEntry('META-INF/MANIFEST.MF'),
    ]) {
      expect(sniffContentType(head)).toEqual({ accepted: false, reason: 'executable' });
    }
  });

  it('refuses what it does not recognise, such as HTML or plain text', () => {
    expect(sniffContentType(Buffer.from('<html><script>alert(1)</script>'))).toEqual({
      accepted: false,
      reason: 'unknown',
    });
    expect(sniffContentType(Buffer.from('hello'))).toEqual({ accepted: false, reason: 'unknown' });
  });
});
