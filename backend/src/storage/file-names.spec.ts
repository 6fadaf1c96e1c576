import { attachmentDisposition, downloadName, sanitiseFileName } from './file-names';

describe('sanitiseFileName', () => {
  it('keeps only the last path segment of a traversal', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('..\\..\\windows\\system.ini')).toBe('system.ini');
  });

  it('drops control characters, bidi overrides, leading dots and trailing dots or spaces', () => {
    expect(sanitiseFileName('.bashrc')).toBe('bashrc');
    expect(sanitiseFileName('rapport\u202Efdp.exe')).toBe('rapportfdp.exe');
    expect(sanitiseFileName('a\u0000b\nc.pdf. ')).toBe('abc.pdf');
    expect(sanitiseFileName('what?<>.pdf')).toBe('what___.pdf');
  });

  it('names an empty or dot-only name "file" and defuses Windows device names', () => {
    expect(sanitiseFileName('..')).toBe('file');
    expect(sanitiseFileName('')).toBe('file');
    expect(sanitiseFileName('CON.pdf')).toBe('_CON.pdf');
  });

  it('shortens a long name to 200 characters, keeping the extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('downloadName', () => {
  it('adds the extension of the real content when the name claims another', () => {
    expect(downloadName('rapport.exe', ['pdf'])).toBe('rapport.exe.pdf');
    expect(downloadName('photo.JPEG', ['jpg', 'jpeg'])).toBe('photo.JPEG');
    expect(downloadName('passwd', ['pdf'])).toBe('passwd.pdf');
  });
});

describe('attachmentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name', () => {
    expect(attachmentDisposition('Rapport d’étape "final" 100%.pdf')).toBe(
      `attachment; filename="Rapport d_etape _final_ 100_.pdf"; filename*=UTF-8''Rapport%20d%E2%80%99%C3%A9tape%20%22final%22%20100%25.pdf`,
    );
  });

  it('escapes the characters RFC 8187 does not allow bare', () => {
    expect(attachmentDisposition("l'été (v2)*.pdf")).toContain(
      "filename*=UTF-8''l%27%C3%A9t%C3%A9%20%28v2%29%2A.pdf",
    );
  });
});
