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

const HEX = [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66];

/** 21 bits of h2 and 32 of h1 as 14 lower-case hex digits, built in one call (toString + padStart cost ~10× more). */
function formatHash(h1: number, h2: number): string {
  const high = h2 & 0x1fffff;
  return String.fromCharCode(
    HEX[(high >>> 20) & 15], HEX[(high >>> 16) & 15], HEX[(high >>> 12) & 15], HEX[(high >>> 8) & 15], HEX[(high >>> 4) & 15], HEX[high & 15],
    HEX[(h1 >>> 28) & 15], HEX[(h1 >>> 24) & 15], HEX[(h1 >>> 20) & 15], HEX[(h1 >>> 16) & 15],
    HEX[(h1 >>> 12) & 15], HEX[(h1 >>> 8) & 15], HEX[(h1 >>> 4) & 15], HEX[h1 & 15],
  );
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

const SLOW = -1;
const SPACE = -2;
const ELLIPSIS = -3;
/**
 * What `normalizeForComparison` does to each character of the common news alphabet (ASCII, Latin-1, Latin
 * Extended-A, general punctuation): its replacement code, SPACE, ELLIPSIS, or SLOW when NFKC does something
 * this table does not model (compatibility forms such as "½", combining marks, everything else).
 */
const FAST_MAP: Int32Array = (() => {
  const table = new Int32Array(0x2213).fill(SLOW);
  for (let c = 0; c < 0x80; c++) table[c] = c;
  for (let c = 0x09; c <= 0x0d; c++) table[c] = SPACE;
  table[0x20] = SPACE;
  table[0x60] = 0x27;
  const compatibility = [0xa8, 0xaa, 0xaf, 0xb2, 0xb3, 0xb4, 0xb5, 0xb8, 0xb9, 0xba, 0xbc, 0xbd, 0xbe, 0x132, 0x133, 0x13f, 0x140, 0x149, 0x17f];
  for (let c = 0xa1; c < 0x180; c++) table[c] = compatibility.includes(c) ? SLOW : c;
  table[0xa0] = SPACE;
  table[0xab] = 0x22;
  table[0xbb] = 0x22;
  for (let c = 0x2000; c <= 0x200a; c++) table[c] = SPACE;
  for (const c of [0x2028, 0x2029, 0x202f, 0x205f]) table[c] = SPACE;
  for (let c = 0x2010; c <= 0x2015; c++) table[c] = 0x2d;
  table[0x2212] = 0x2d;
  for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032]) table[c] = 0x27;
  for (const c of [0x201c, 0x201d, 0x201e, 0x201f]) table[c] = 0x22;
  for (const c of [0x2020, 0x2021, 0x2022, 0x2030, 0x20ac]) table[c] = c;
  table[0x2026] = ELLIPSIS;
  return table;
})();

function fastMap(c: number): number {
  if (c < FAST_MAP.length) return FAST_MAP[c];
  return c === 0x3000 || c === 0xfeff ? SPACE : SLOW;
}

/**
 * `fingerprint(text.slice(start, end))` without the slice. Text made only of the common news alphabet (most
 * news) is normalized and hashed in one pass through FAST_MAP; the result is identical to the slow path.
 */
export function fingerprintRange(text: string, start: number, end: number): string {
  let h1 = H1_SEED;
  let h2 = H2_SEED;
  let pendingSpace = false;
  let started = false;
  for (let i = start; i < end; i++) {
    const mapped = fastMap(text.charCodeAt(i));
    if (mapped === SPACE) {
      pendingSpace = started;
      continue;
    }
    if (mapped === SLOW) return hashString(normalizeForComparison(text.slice(start, end)));
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 0x20, 0x01000193);
      h2 = Math.imul(h2 ^ 0x20, 0x5bd1e995);
      pendingSpace = false;
    }
    if (mapped === ELLIPSIS) {
      for (let k = 0; k < 3; k++) {
        h1 = Math.imul(h1 ^ 0x2e, 0x01000193);
        h2 = Math.imul(h2 ^ 0x2e, 0x5bd1e995);
      }
    } else {
      h1 = Math.imul(h1 ^ mapped, 0x01000193);
      h2 = Math.imul(h2 ^ mapped, 0x5bd1e995);
    }
    started = true;
  }
  return formatHash(h1, h2);
}
