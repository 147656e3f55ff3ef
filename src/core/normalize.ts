/** Normalization used to compare paragraphs: what a reader would call "the same text". */

const QUOTE_VARIANTS = /[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g;
const DOUBLE_QUOTE_VARIANTS = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASH_VARIANTS = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const WHITESPACE_RUN = /\s+/g;

export function normalizeForComparison(text: string): string {
  let normalized: string;
  try {
    normalized = text.normalize('NFKC');
  } catch {
    normalized = text; // lone surrogates make normalize() throw on some engines
  }
  return normalized
    .replace(QUOTE_VARIANTS, "'")
    .replace(DOUBLE_QUOTE_VARIANTS, '"')
    .replace(DASH_VARIANTS, '-')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

const H1_SEED = 0x811c9dc5;
const H2_SEED = 0x01000193;

function formatHash(h1: number, h2: number): string {
  const high = (h2 >>> 0) & 0x1fffff;
  return high.toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

/** 53-bit FNV-1a-style hash as 14 hex digits; fast, stable across runs and platforms. */
export function hashString(text: string): string {
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return formatHash(h1, h2);
}

export function fingerprint(text: string): string {
  return fingerprintRange(text, 0, text.length);
}

/** ASCII whitespace as `\s` sees it. */
function isAsciiSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d);
}

/**
 * `fingerprint(text.slice(start, end))` without the slice. Pure-ASCII text (most news) needs neither NFKC nor
 * the quote/dash tables, so it is normalized and hashed in one pass; the result is identical to the slow path.
 */
export function fingerprintRange(text: string, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) >= 0x80) return hashString(normalizeForComparison(text.slice(start, end)));
  }
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  let pendingSpace = false;
  let started = false;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (isAsciiSpace(c)) {
      pendingSpace = started;
      continue;
    }
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 0x20, 0x01000193);
      h2 = Math.imul(h2 ^ 0x20, 0x5bd1e995);
      pendingSpace = false;
    }
    if (c === 0x60) c = 0x27; // backtick counts as an apostrophe, as in QUOTE_VARIANTS
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    started = true;
  }
  return formatHash(h1, h2);
}
