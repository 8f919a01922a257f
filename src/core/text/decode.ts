/**
 * Turns file bytes into text, or says precisely why they are not text. Pure: uses only the
 * WHATWG TextDecoder, which Node, browsers and the extension host all provide.
 */
export type Decoded =
  | { kind: 'text'; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; bom: boolean }
  | { kind: 'binary'; format: string | undefined }
  | { kind: 'invalid'; reason: string };

interface Magic {
  format: string;
  bytes: number[];
  offset?: number;
  executable?: boolean;
}

const MAGICS: Magic[] = [
  { format: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { format: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'WebP/RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
  { format: 'ICO image', bytes: [0x00, 0x00, 0x01, 0x00] },
  { format: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { format: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'gzip archive', bytes: [0x1f, 0x8b] },
  { format: 'bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { format: 'xz archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: '7-zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'tar archive', bytes: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257 },
  { format: 'WOFF font', bytes: [0x77, 0x4f, 0x46, 0x46] },
  { format: 'WOFF2 font', bytes: [0x77, 0x4f, 0x46, 0x32] },
  { format: 'TrueType font', bytes: [0x00, 0x01, 0x00, 0x00, 0x00] },
  { format: 'OpenType font', bytes: [0x4f, 0x54, 0x54, 0x4f] },
  { format: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { format: 'MP4/QuickTime media', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  { format: 'MP3 audio', bytes: [0x49, 0x44, 0x33] },
  { format: 'Ogg media', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { format: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d], executable: true },
  { format: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46], executable: true },
  { format: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe], executable: true },
  { format: 'Mach-O executable', bytes: [0xce, 0xfa, 0xed, 0xfe], executable: true },
  { format: 'Mach-O universal binary', bytes: [0xca, 0xfe, 0xba, 0xbe], executable: true },
  { format: 'Windows executable', bytes: [0x4d, 0x5a], executable: true },
];

const EXECUTABLE_FORMATS = new Set(MAGICS.filter((m) => m.executable).map((m) => m.format));

export function isExecutableFormat(format: string | undefined): boolean {
  return format !== undefined && EXECUTABLE_FORMATS.has(format);
}

export function sniffFormat(bytes: Uint8Array): string | undefined {
  for (const magic of MAGICS) {
    const offset = magic.offset ?? 0;
    if (bytes.length < offset + magic.bytes.length) {
      continue;
    }
    if (magic.bytes.every((b, i) => bytes[offset + i] === b)) {
      return magic.format;
    }
  }
  return undefined;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decodeWith(utf8, bytes.subarray(3), 'utf-8', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeWith(utf16le, bytes.subarray(2), 'utf-16le', true);
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeWith(utf16be, bytes.subarray(2), 'utf-16be', true);
  }
  const format = sniffFormat(bytes);
  if (format !== undefined && (bytes.indexOf(0) >= 0 || !isUtf8(bytes))) {
    return { kind: 'binary', format };
  }
  if (bytes.indexOf(0) >= 0) {
    return { kind: 'binary', format: undefined };
  }
  return decodeWith(utf8, bytes, 'utf-8', false);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function decodeWith(decoder: TextDecoder, bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bom: boolean): Decoded {
  try {
    return { kind: 'text', text: decoder.decode(bytes), encoding, bom };
  } catch {
    return { kind: 'invalid', reason: `invalid ${encoding.toUpperCase()} byte sequence` };
  }
}
