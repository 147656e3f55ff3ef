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

/** 53-bit FNV-1a-style hash as 14 hex digits; fast, stable across runs and platforms. */
export function hashString(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  const high = (h2 >>> 0) & 0x1fffff;
  return high.toString(16).padStart(6, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export function fingerprint(text: string): string {
  return hashString(normalizeForComparison(text));
}
