/**
 * Decoding and re-encoding of news files. The CLI only ever writes a file back in the exact encoding it was
 * read in, so decoding records everything needed (encoding, BOM) to reproduce the original bytes.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
  /** True when the bytes started with a byte order mark (stripped from `text`). */
  readonly bom: boolean;
}

export type DecodeResult = { readonly ok: true; readonly value: DecodedText } | { readonly ok: false; readonly reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Decodes UTF-8 (with or without BOM) and UTF-16LE/BE with a BOM. Anything else — NUL bytes without a UTF-16
 * BOM, invalid UTF-8, broken UTF-16 — is refused with a one-line reason rather than guessed at.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) && bytes.length % 4 === 0) {
    return { ok: false, reason: 'UTF-32 text is not supported; convert it to UTF-8 first' };
  }
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: TextEncodingName = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if (bytes.length % 2 !== 0) return { ok: false, reason: `not valid ${encoding.toUpperCase()} (odd number of bytes)` };
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
    } catch {
      return { ok: false, reason: `not valid ${encoding.toUpperCase()} (unpaired surrogate)` };
    }
    if (text.includes('\u0000')) return { ok: false, reason: 'binary file (contains NUL characters)' };
    return { ok: true, value: { text, encoding, bom: true } };
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const body = bom ? bytes.subarray(3) : bytes;
  const nul = body.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `binary file (NUL byte at offset ${nul + (bom ? 3 : 0)}; UTF-16 needs a byte order mark)` };
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    return { ok: true, value: { text, encoding: 'utf-8', bom } };
  } catch {
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(body) + (bom ? 3 : 0)}); convert it to UTF-8 first` };
  }
}

/** Encodes `text` exactly as `like` was stored: same encoding, same BOM. */
export function encodeText(text: string, like: Pick<DecodedText, 'encoding' | 'bom'>): Uint8Array {
  if (like.encoding === 'utf-8') {
    const body = Buffer.from(text, 'utf8');
    return like.bom ? Buffer.concat([Buffer.from(UTF8_BOM), body]) : body;
  }
  const body = Buffer.from(text, 'utf16le');
  if (like.encoding === 'utf-16be') body.swap16();
  const bom = like.encoding === 'utf-16le' ? [0xff, 0xfe] : [0xfe, 0xff];
  return Buffer.concat([Buffer.from(bom), body]);
}

/** Offset of the first byte that makes `bytes` invalid UTF-8 (for the error message). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  const valid = (end: number): boolean => {
    // Streaming mode treats a sequence cut at the end as incomplete, not invalid, so validity is monotonic.
    try {
      new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (valid(mid)) low = mid;
    else high = mid - 1;
  }
  // The sequence that failed may have started a few bytes earlier (a lead byte with too few continuations).
  for (let back = 1; back <= 3 && low - back >= 0; back++) {
    const byte = bytes[low - back];
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (length > back) return low - back;
    break;
  }
  return low;
}

export function encodingLabel(decoded: Pick<DecodedText, 'encoding' | 'bom'>): string {
  return decoded.encoding.toUpperCase() + (decoded.bom && decoded.encoding === 'utf-8' ? ' with BOM' : '');
}
