import { ContentError } from './content-error';

/**
 * Content files are UTF-8 without a byte-order mark. Read as bytes and decoded here, so that a
 * file saved in GBK or with a BOM gets that answer, on its own line, instead of a parse error
 * somewhere else ("must start with a --- line", or a complaint about another file).
 */
export function decodeContent(file: string, bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new ContentError(file, 1, 'the file starts with a byte-order mark (BOM, bytes EF BB BF); save it as UTF-8 without BOM');
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ContentError(file, 1, 'the file is in UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8 without BOM');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const at = firstInvalidUtf8(bytes);
    const line = countLines(bytes, at);
    const hex = Array.from(bytes.slice(at, at + 2), (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
    const guess = looksLikeGb18030(bytes)
      ? 'it reads as GBK/GB18030 (Chinese); convert it: iconv -f GB18030 -t UTF-8'
      : 'convert it to UTF-8 (iconv -f <its encoding> -t UTF-8)';
    throw new ContentError(file, line, `the file is not UTF-8 (byte ${hex} here is not valid UTF-8); ${guess}`);
  }
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

function looksLikeGb18030(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return /[\u4e00-\u9fff]/.test(text);
  } catch {
    return false;
  }
}
