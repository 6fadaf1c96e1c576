/**
 * Recognises the file types a submission may have from their first bytes, never from the name
 * or the type the browser claims: PDF, Office documents (OOXML, OpenDocument, legacy OLE2, RTF),
 * images (PNG, JPEG, GIF, WebP, HEIC, AVIF) and ZIP archives. Executables and anything
 * unrecognised are refused.
 */

export interface DetectedType {
  /** The media type sent back on download. */
  mime: string;
  /** Usual file extensions, the first one preferred; a download name gets one of them. */
  extensions: string[];
}

export type Sniffed =
  { accepted: true; type: DetectedType } | { accepted: false; reason: 'executable' | 'unknown' };

/** Bytes of the file's start the sniffer looks at (enough for an OOXML file's first entries). */
export const SNIFF_BYTES = 64 * 1024;

const startsWith = (head: Buffer, bytes: number[] | string, offset = 0) => {
  const wanted = typeof bytes === 'string' ? Buffer.from(bytes, 'latin1') : Buffer.from(bytes);
  return (
    head.length >= offset + wanted.length &&
    head.subarray(offset, offset + wanted.length).equals(wanted)
  );
};

/** Every type a submission may have, with its usual extensions (the first preferred). */
const EXTENSIONS: Record<string, string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'image/avif': ['avif'],
  'application/zip': ['zip'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'application/vnd.oasis.opendocument.presentation': ['odp'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'application/vnd.ms-powerpoint': ['ppt'],
  'application/vnd.ms-office': ['doc', 'xls', 'ppt'],
  'application/rtf': ['rtf'],
};

/** The usual extensions of an accepted media type (empty for any other). */
export const extensionsFor = (mime: string): string[] => EXTENSIONS[mime] ?? [];

const accept = (mime: string): Sniffed => ({
  accepted: true,
  type: { mime, extensions: extensionsFor(mime) },
});

const EXECUTABLES: (number[] | string)[] = [
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  'MZ', // Windows PE / DOS
  [0xfe, 0xed, 0xfa, 0xce], // Mach-O 32
  [0xfe, 0xed, 0xfa, 0xcf], // Mach-O 64
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe], // Mach-O universal / Java class
  '#!', // scripts
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
];

const ODF = [
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
];

function sniffZip(head: Buffer): Sniffed {
  if (head.length < 30) return accept('application/zip');
  const nameLength = head.readUInt16LE(26);
  const extraLength = head.readUInt16LE(28);
  const first = head.subarray(30, 30 + nameLength).toString('latin1');
  if (first === 'mimetype') {
    const start = 30 + nameLength + extraLength;
    const declared = head.subarray(start, start + 60).toString('latin1');
    const odf = ODF.find((mime) => declared.startsWith(mime));
    if (odf) return accept(odf);
  }
  // Java and Android packages are programs, whatever their name says.
  if (first.startsWith('META-INF/') || head.includes('AndroidManifest.xml', 0, 'latin1')) {
    return { accepted: false, reason: 'executable' };
  }
  if (head.includes('[Content_Types].xml', 0, 'latin1')) {
    if (head.includes('word/', 0, 'latin1'))
      return accept('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    if (head.includes('xl/', 0, 'latin1'))
      return accept('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    if (head.includes('ppt/', 0, 'latin1'))
      return accept('application/vnd.openxmlformats-officedocument.presentationml.presentation');
  }
  return accept('application/zip');
}

/** Legacy Office files are OLE2 compound files; their stream names tell Word from Excel. */
function sniffOle2(head: Buffer): Sniffed {
  const has = (name: string) => head.includes(Buffer.from(name, 'utf16le'));
  if (has('WordDocument')) return accept('application/msword');
  if (has('Workbook') || has('Book')) return accept('application/vnd.ms-excel');
  if (has('PowerPoint Document')) return accept('application/vnd.ms-powerpoint');
  return accept('application/vnd.ms-office');
}

function sniffIsoMedia(head: Buffer): Sniffed {
  const brand = head.subarray(8, 12).toString('latin1');
  if (brand === 'avif' || brand === 'avis') return accept('image/avif');
  if (['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand))
    return accept('image/heic');
  return { accepted: false, reason: 'unknown' };
}

/** What the file is, judged from its first bytes (`SNIFF_BYTES`, or all of a smaller file). */
export function sniffContentType(head: Buffer): Sniffed {
  if (EXECUTABLES.some((magic) => startsWith(head, magic))) {
    return { accepted: false, reason: 'executable' };
  }
  if (startsWith(head, '%PDF-')) return accept('application/pdf');
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return accept('image/png');
  if (startsWith(head, [0xff, 0xd8, 0xff])) return accept('image/jpeg');
  if (startsWith(head, 'GIF87a') || startsWith(head, 'GIF89a')) return accept('image/gif');
  if (startsWith(head, 'RIFF') && startsWith(head, 'WEBP', 8)) return accept('image/webp');
  if (startsWith(head, 'ftyp', 4)) return sniffIsoMedia(head);
  if (startsWith(head, 'PK\x03\x04')) return sniffZip(head);
  if (startsWith(head, 'PK\x05\x06')) return accept('application/zip'); // empty archive
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffOle2(head);
  if (startsWith(head, '{\\rtf')) return accept('application/rtf');
  return { accepted: false, reason: 'unknown' };
}
