import { normalizeForComparison } from './normalize';
import { removalSpan } from './paragraphs';
import type { DuplicateFinding, DuplicateKind, DuplicateOptions, Paragraph } from './types';

export const DEFAULT_SIMILARITY = 0.8;
export const DEFAULT_SHINGLE_SIZE = 5;
/** Lower thresholds would call unrelated paragraphs duplicates and make candidate lists explode. */
const MIN_SIMILARITY = 0.5;
const MAX_SHINGLE_SIZE = 50;
/**
 * A shingle shared by more earlier paragraphs than this stops gaining candidates, which keeps hostile input
 * (thousands of paragraphs sharing one phrase) linear. Only original paragraphs are indexed, so the lists are
 * the same before and after a fix and fixing stays idempotent.
 */
const MAX_POSTINGS = 64;
/** Tolerance for the float products in the similarity bounds (0.7 * 10 is 7.000000000000001). */
const EPSILON = 1e-9;

interface ResolvedOptions {
  readonly threshold: number;
  readonly shingleSize: number;
  readonly nearEnabled: boolean;
}

function resolveOptions(options: DuplicateOptions | undefined): ResolvedOptions {
  const similarity = options?.similarity;
  const threshold = typeof similarity === 'number' && Number.isFinite(similarity) ? Math.max(MIN_SIMILARITY, similarity) : DEFAULT_SIMILARITY;
  const size = options?.shingleSize;
  const shingleSize = typeof size === 'number' && Number.isFinite(size) ? Math.min(MAX_SHINGLE_SIZE, Math.max(1, Math.round(size))) : DEFAULT_SHINGLE_SIZE;
  return { threshold, shingleSize, nearEnabled: threshold < 1 };
}

/**
 * Finds paragraphs that repeat an earlier one. The first occurrence is the original; every later copy is
 * reported against it, and consecutive copies of consecutive originals form one finding.
 *
 * - Exact: equal after `normalizeForComparison` (NFKC, quote and dash variants, whitespace runs).
 * - Near: Jaccard similarity of the word shingle sets (lower-cased, punctuation ignored) at least
 *   `options.similarity`. Candidates come from prefix filtering (each paragraph is indexed under the
 *   smallest-hash fraction of its shingles that any qualifying pair must share), then the exact Jaccard is
 *   computed, so no qualifying pair is missed and the work stays linear in the text.
 *   Paragraphs with fewer words than the shingle size are compared exactly only.
 * - Paragraphs without a letter or digit (rules such as `***`) are never reported.
 */
export function findDuplicates(text: string, paragraphs: readonly Paragraph[], options: DuplicateOptions | undefined): DuplicateFinding[] {
  const resolved = resolveOptions(options);
  const count = paragraphs.length;
  const originalOf = new Int32Array(count).fill(-1);
  const similarityOf = new Float64Array(count).fill(1);
  const exact = new Uint8Array(count);
  const firstByHash = new Map<string, number>();
  const near = resolved.nearEnabled ? new NearIndex(resolved.threshold) : undefined;
  const shingler = new Shingler(resolved.shingleSize);

  for (let i = 0; i < count; i++) {
    const paragraph = paragraphs[i];
    if (!hasWordCharacter(text, paragraph.start, paragraph.end)) continue;
    const first = firstByHash.get(paragraph.hash);
    if (first === undefined) {
      firstByHash.set(paragraph.hash, i);
    } else if (sameNormalizedText(text, paragraphs[first], paragraph)) {
      originalOf[i] = first;
      exact[i] = 1;
      continue;
    }
    if (!near) continue;
    const shingles = shingler.shingles(text, paragraph.start, paragraph.end);
    if (shingles.length === 0) continue; // shorter than one shingle: exact comparison only
    const match = near.bestMatch(shingles);
    if (match) {
      originalOf[i] = match.paragraph;
      similarityOf[i] = match.similarity;
    } else {
      near.add(i, shingles);
    }
  }
  return groupRuns(text, paragraphs, originalOf, similarityOf, exact);
}

function groupRuns(text: string, paragraphs: readonly Paragraph[], originalOf: Int32Array, similarityOf: Float64Array, exact: Uint8Array): DuplicateFinding[] {
  const findings: DuplicateFinding[] = [];
  let i = 0;
  while (i < paragraphs.length) {
    if (originalOf[i] < 0) {
      i++;
      continue;
    }
    const copies = [i];
    const originals = [originalOf[i]];
    let similarity = similarityOf[i];
    let allExact = exact[i] === 1;
    let j = i + 1;
    // A run continues while the next paragraph copies the paragraph after the previous original, and the
    // originals stay before the first copy (so a fix never removes what it keeps).
    while (j < paragraphs.length && originalOf[j] === originals[originals.length - 1] + 1 && originalOf[j] < i) {
      copies.push(j);
      originals.push(originalOf[j]);
      similarity = Math.min(similarity, similarityOf[j]);
      allExact = allExact && exact[j] === 1;
      j++;
    }
    const kind: DuplicateKind = allExact ? 'exact' : 'near';
    findings.push({
      kind,
      paragraphs: copies,
      originals,
      similarity: allExact ? 1 : similarity,
      span: { start: paragraphs[i].start, end: paragraphs[j - 1].end },
      removal: removalSpan(text, paragraphs, i, j - 1),
    });
    i = j;
  }
  return findings;
}

function sameNormalizedText(text: string, a: Paragraph, b: Paragraph): boolean {
  const first = text.slice(a.start, a.end);
  const second = text.slice(b.start, b.end);
  // Equal hashes almost always mean equal text; comparing guards against a collision deleting a paragraph.
  return first === second || normalizeForComparison(first) === normalizeForComparison(second);
}

function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (wordCharacterClass(text.charCodeAt(i)) === WORD) return true;
  }
  return false;
}

const SEPARATOR = 0;
const WORD = 1;
/** Apostrophes inside words ("don't", "don’t") are skipped rather than splitting the word. */
const APOSTROPHE = 2;

function wordCharacterClass(c: number): number {
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return WORD;
    return c === 0x27 || c === 0x60 ? APOSTROPHE : SEPARATOR;
  }
  if (c === 0x2019 || c === 0x02bc) return APOSTROPHE;
  if (c <= 0xbf || c === 0xd7 || c === 0xf7) return SEPARATOR; // Latin-1 punctuation and symbols
  if ((c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || c === 0xfeff || c === 0x1680) return SEPARATOR;
  if (c >= 0xd800 && c <= 0xdfff) return WORD; // astral characters: part of a word, code unit by code unit
  return WORD;
}

/** Characters that need no NFKC (ASCII, Latin-1, general punctuation), so the fast path can read the text in place. */
function needsNormalization(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x100 || (c >= 0x2000 && c <= 0x206f)) continue;
    return true;
  }
  return false;
}

function lowerLatin(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c | 0x20;
  if (c >= 0xc0 && c <= 0xde && c !== 0xd7) return c + 0x20;
  return c;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Turns a paragraph into the sorted, de-duplicated 32-bit hashes of its word shingles. */
class Shingler {
  private words = new Int32Array(256);

  constructor(private readonly size: number) {}

  shingles(text: string, start: number, end: number): Uint32Array {
    if (needsNormalization(text, start, end)) {
      let normalized = text.slice(start, end);
      try {
        normalized = normalized.normalize('NFKC');
      } catch {
        // lone surrogates: compare the text as it is
      }
      const lower = normalized.toLowerCase();
      return this.fromWords(lower, 0, lower.length);
    }
    return this.fromWords(text, start, end);
  }

  private fromWords(text: string, start: number, end: number): Uint32Array {
    let wordCount = 0;
    let hash = 0x811c9dc5;
    let inWord = false;
    for (let i = start; i <= end; i++) {
      const cls = i < end ? wordCharacterClass(text.charCodeAt(i)) : SEPARATOR;
      if (cls === WORD) {
        hash = Math.imul(hash ^ lowerLatin(text.charCodeAt(i)), 0x01000193);
        inWord = true;
      } else if (cls === SEPARATOR && inWord) {
        if (wordCount === this.words.length) {
          const grown = new Int32Array(this.words.length * 2);
          grown.set(this.words);
          this.words = grown;
        }
        this.words[wordCount++] = hash;
        hash = 0x811c9dc5;
        inWord = false;
      }
    }
    const count = wordCount - this.size + 1;
    if (count <= 0) return new Uint32Array(0);
    const shingles = new Uint32Array(count);
    for (let s = 0; s < count; s++) {
      let h = 0x9747b28c;
      for (let k = 0; k < this.size; k++) h = Math.imul(h ^ this.words[s + k], 0x5bd1e995) + 0x6b43a9b5;
      shingles[s] = fmix32(h);
    }
    shingles.sort();
    let unique = count > 0 ? 1 : 0;
    for (let s = 1; s < count; s++) {
      if (shingles[s] !== shingles[unique - 1]) shingles[unique++] = shingles[s];
    }
    return unique === count ? shingles : shingles.slice(0, unique);
  }
}

interface NearMatch {
  readonly paragraph: number;
  readonly similarity: number;
}

/**
 * Prefix-filter index over original paragraphs' shingle sets. With sets ordered by hash value, two sets whose
 * Jaccard similarity is at least t share an element among the first |s| - ceil(t·|s|) + 1 of each, so
 * indexing and probing only those prefixes finds every qualifying pair.
 */
class NearIndex {
  private readonly postings = new Map<number, number[]>();
  private readonly sets = new Map<number, Uint32Array>();
  private readonly seen = new Map<number, number>();
  private probe = 0;

  constructor(private readonly threshold: number) {}

  private prefixLength(size: number): number {
    return size - Math.ceil(this.threshold * size - EPSILON) + 1;
  }

  add(paragraph: number, shingles: Uint32Array): void {
    this.sets.set(paragraph, shingles);
    const prefix = this.prefixLength(shingles.length);
    for (let k = 0; k < prefix; k++) {
      const list = this.postings.get(shingles[k]);
      if (!list) this.postings.set(shingles[k], [paragraph]);
      else if (list.length < MAX_POSTINGS) list.push(paragraph);
    }
  }

  /** The most similar indexed paragraph at or above the threshold (earliest on ties), or undefined. */
  bestMatch(shingles: Uint32Array): NearMatch | undefined {
    const size = shingles.length;
    const prefix = this.prefixLength(size);
    const minSize = this.threshold * size - EPSILON;
    const maxSize = size / this.threshold + EPSILON;
    const probe = ++this.probe;
    let best: NearMatch | undefined;
    for (let k = 0; k < prefix; k++) {
      const list = this.postings.get(shingles[k]);
      if (!list) continue;
      for (const candidate of list) {
        if (this.seen.get(candidate) === probe) continue;
        this.seen.set(candidate, probe);
        const other = this.sets.get(candidate);
        if (!other || other.length < minSize || other.length > maxSize) continue;
        const similarity = jaccard(shingles, other);
        if (similarity < this.threshold - EPSILON) continue;
        if (!best || similarity > best.similarity || (similarity === best.similarity && candidate < best.paragraph)) {
          best = { paragraph: candidate, similarity };
        }
      }
    }
    return best;
  }
}

/** Jaccard similarity of two sorted, de-duplicated arrays. */
function jaccard(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) {
      i++;
    } else {
      j++;
    }
  }
  return shared / (a.length + b.length - shared);
}
