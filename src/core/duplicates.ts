import { normalizeForComparison } from './normalize';
import { removalSpan } from './paragraphs';
import type { DuplicateFinding, DuplicateKind, DuplicateOptions, Paragraph } from './types';

export const DEFAULT_SIMILARITY = 0.8;
export const DEFAULT_SHINGLE_SIZE = 5;
/** Lower thresholds would call unrelated paragraphs duplicates and make candidate lists explode. */
const MIN_SIMILARITY = 0.5;
const MAX_SHINGLE_SIZE = 50;
/**
 * A shingle shared by more earlier paragraphs than this is treated as a common phrase: its list stops
 * growing and later paragraphs are indexed under rarer shingles instead, which keeps hostile input (thousands
 * of paragraphs sharing phrases) linear. Only original paragraphs are indexed, so the lists are the same
 * before and after a fix and fixing stays idempotent.
 */
const MAX_POSTINGS = 16;
/** At most this many candidates get an exact similarity computation per paragraph (those sharing the most prefix shingles). */
const MAX_VERIFIED = 16;
/** Fill ratio of the near index's hash table before it doubles. */
const MAX_LOAD = 0.7;
const NODE_SIZE = 3;
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
 *   `options.similarity`, against the most similar earlier paragraph that is not itself a copy. Candidates
 *   come from prefix filtering (each paragraph is indexed under the smallest-hash fraction of its shingles
 *   that any qualifying pair must share), then the exact Jaccard is computed, so in ordinary text no
 *   qualifying pair is missed; phrases shared by many paragraphs and floods of candidates are capped (see
 *   MAX_POSTINGS, MAX_VERIFIED) so the work stays linear in the text whatever it holds.
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
  // About one shingle per six characters of prose: sizes the index so it rarely has to grow.
  const near = resolved.nearEnabled ? new NearIndex(resolved.threshold, count, Math.ceil(text.length / 6)) : undefined;
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
    const size = shingler.shingles(text, paragraph.start, paragraph.end);
    if (size === 0) continue; // shorter than one shingle: exact comparison only
    const match = near.bestMatch(shingler.buffer, size);
    if (match) {
      originalOf[i] = match.paragraph;
      similarityOf[i] = match.similarity;
    } else {
      near.add(i, shingler.buffer, size);
    }
  }
  return groupRuns(text, paragraphs, originalOf, similarityOf, exact);
}

/**
 * Groups copies into runs and gives each its removal span. Copies in the tail of the text (no original after
 * them) take the separator before them, all others the separator after, so the removals of any set of
 * findings never overlap and together leave exactly one separator between the paragraphs that stay.
 */
function groupRuns(text: string, paragraphs: readonly Paragraph[], originalOf: Int32Array, similarityOf: Float64Array, exact: Uint8Array): DuplicateFinding[] {
  const findings: DuplicateFinding[] = [];
  let tailStart = paragraphs.length;
  while (tailStart > 0 && originalOf[tailStart - 1] >= 0) tailStart--;
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
      removal: removalSpan(text, paragraphs, i, j - 1, i >= tailStart),
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

const SEPARATOR = -1;
/** Apostrophes inside words ("don't", "don’t") are skipped rather than splitting the word. */
const APOSTROPHE = -2;
/** A word character that NFKC might change: the paragraph is normalized first, then it is a plain word character. */
const NEEDS_NFKC = -3;

/**
 * For every UTF-16 code unit: SEPARATOR, APOSTROPHE, NEEDS_NFKC, or the (lower-cased, for ASCII and Latin-1)
 * code it contributes to a word. One table load per character keeps shingling close to the cost of hashing.
 */
const WORD_TABLE: Int32Array = (() => {
  const table = new Int32Array(0x10000);
  for (let c = 0x100; c < 0x10000; c++) table[c] = NEEDS_NFKC;
  for (let c = 0; c < 0x80; c++) {
    const letterOrDigit = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    table[c] = letterOrDigit ? (c >= 0x41 && c <= 0x5a ? c | 0x20 : c) : SEPARATOR;
  }
  for (let c = 0x80; c <= 0xbf; c++) table[c] = SEPARATOR; // Latin-1 punctuation and symbols
  for (let c = 0xc0; c <= 0xde; c++) table[c] = c + 0x20;
  table[0xd7] = SEPARATOR;
  table[0xf7] = SEPARATOR;
  for (let c = 0x2000; c <= 0x206f; c++) table[c] = SEPARATOR;
  for (let c = 0x3000; c <= 0x303f; c++) table[c] = SEPARATOR;
  table[0x1680] = SEPARATOR;
  table[0xfeff] = SEPARATOR;
  for (const c of [0x27, 0x60, 0x2019, 0x02bc]) table[c] = APOSTROPHE;
  return table;
})();

function hasWordCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const mapped = WORD_TABLE[text.charCodeAt(i)];
    if (mapped >= 0 || mapped === NEEDS_NFKC) return true;
  }
  return false;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const ROLLING_BASE = 0x01000193;

/**
 * Turns a paragraph into the sorted, de-duplicated 32-bit hashes of its word shingles, written to a reused
 * buffer: `shingles(...)` returns how many, readable in `buffer[0..count)` until the next call.
 */
class Shingler {
  private words = new Int32Array(1024);
  buffer = new Uint32Array(1024);
  private readonly topPower: number;

  constructor(private readonly size: number) {
    let power = 1;
    for (let k = 1; k < size; k++) power = Math.imul(power, ROLLING_BASE);
    this.topPower = power;
  }

  shingles(text: string, start: number, end: number): number {
    const wordCount = this.hashWords(text, start, end, true);
    if (wordCount >= 0) return this.fromWords(wordCount);
    let normalized = text.slice(start, end);
    try {
      normalized = normalized.normalize('NFKC');
    } catch {
      // lone surrogates: compare the text as it is
    }
    const lower = normalized.toLowerCase();
    return this.fromWords(this.hashWords(lower, 0, lower.length, false));
  }

  /** Hashes the words into `this.words`; returns their count, or -1 when `raw` text needs NFKC first. */
  private hashWords(text: string, start: number, end: number, raw: boolean): number {
    let words = this.words;
    const maxWords = ((end - start) >> 1) + 1; // words need a separator between them
    if (words.length < maxWords) words = this.words = new Int32Array(maxWords);
    let wordCount = 0;
    let hash = 0x811c9dc5;
    let inWord = false;
    for (let i = start; i < end; i++) {
      let mapped = WORD_TABLE[text.charCodeAt(i)];
      if (mapped === NEEDS_NFKC) {
        if (raw) return -1;
        mapped = text.charCodeAt(i);
      }
      if (mapped >= 0) {
        hash = Math.imul(hash ^ mapped, 0x01000193);
        inWord = true;
      } else if (mapped === SEPARATOR && inWord) {
        words[wordCount++] = hash;
        hash = 0x811c9dc5;
        inWord = false;
      }
    }
    if (inWord) words[wordCount++] = hash;
    return wordCount;
  }

  private fromWords(wordCount: number): number {
    const words = this.words;
    const count = wordCount - this.size + 1;
    if (count <= 0) return 0;
    if (this.buffer.length < count) this.buffer = new Uint32Array(count * 2);
    const shingles = this.buffer;
    // Polynomial rolling hash over word hashes, mixed so that hash order is a random order of shingles.
    let rolling = 0;
    for (let k = 0; k < this.size; k++) rolling = Math.imul(rolling, ROLLING_BASE) + words[k];
    shingles[0] = fmix32(rolling);
    for (let s = 1; s < count; s++) {
      rolling = Math.imul(rolling - Math.imul(words[s - 1], this.topPower), ROLLING_BASE) + words[s + this.size - 1];
      shingles[s] = fmix32(rolling);
    }
    shingles.subarray(0, count).sort();
    let unique = 1;
    for (let s = 1; s < count; s++) {
      if (shingles[s] !== shingles[unique - 1]) shingles[unique++] = shingles[s];
    }
    return unique;
  }
}

interface NearMatch {
  readonly paragraph: number;
  readonly similarity: number;
}

/**
 * Prefix-filter index over original paragraphs' shingle sets. With sets ordered by hash value, two sets whose
 * Jaccard similarity is at least t share an element among the first |s| - ceil(t·|s|) + 1 of each, so
 * indexing and probing only those prefixes finds every qualifying pair. Typed arrays throughout: a 10 MB
 * text has hundreds of thousands of prefix entries, and per-entry objects would dominate the run time.
 */
class NearIndex {
  /**
   * Open-addressing table from shingle hash to its posting list: per slot, the key and its head node + 1
   * (0: empty slot, so a fresh zeroed array needs no initialisation), side by side so a probe touches one
   * cache line, and small (8 bytes a slot) so more of it stays in cache.
   */
  private table: Int32Array;
  private slotMask: number;
  private used = 0;
  // Posting-list nodes, per node: paragraph, next node (-1: end), length of the list from this node on.
  private nodes: Int32Array;
  private nodeCount = 0;
  // Every indexed paragraph's shingle set, stored back to back.
  private pool: Uint32Array;
  private poolUsed = 0;
  private readonly setStart: Int32Array;
  private readonly setLength: Int32Array;
  private readonly seen: Int32Array;
  /** Per candidate of the current probe: how many prefix shingles it shares. */
  private readonly hits: Int32Array;
  private readonly candidates: number[] = [];
  private probe = 0;

  constructor(private readonly threshold: number, paragraphCount: number, expectedShingles: number) {
    const expectedKeys = expectedShingles * (1 - threshold) + paragraphCount;
    const slots = 1 << Math.max(10, Math.ceil(Math.log2(expectedKeys / MAX_LOAD)));
    this.table = NearIndex.emptyTable(slots);
    this.slotMask = slots - 1;
    this.nodes = new Int32Array(Math.max(1024, Math.ceil(expectedKeys)) * NODE_SIZE);
    this.pool = new Uint32Array(Math.max(1024, expectedShingles));
    this.setLength = new Int32Array(paragraphCount);
    this.setStart = new Int32Array(paragraphCount);
    this.seen = new Int32Array(paragraphCount);
    this.hits = new Int32Array(paragraphCount);
  }

  private static emptyTable(slots: number): Int32Array {
    return new Int32Array(slots * 2);
  }

  private prefixLength(size: number): number {
    return size - Math.ceil(this.threshold * size - EPSILON) + 1;
  }

  /** Offset in `table` of the slot holding `key`, or of the empty slot where it would go. */
  private slotOf(key: number): number {
    const table = this.table;
    let slot = fmix32(key ^ 0x9e3779b9) & this.slotMask;
    for (;;) {
      const at = slot << 1;
      if (table[at + 1] === 0 || table[at] === key) return at;
      slot = (slot + 1) & this.slotMask;
    }
  }

  add(paragraph: number, shingles: Uint32Array, size: number): void {
    if (this.poolUsed + size > this.pool.length) {
      const grown = new Uint32Array(Math.max(this.pool.length * 2, this.poolUsed + size));
      grown.set(this.pool.subarray(0, this.poolUsed));
      this.pool = grown;
    }
    this.pool.set(shingles.subarray(0, size), this.poolUsed);
    this.setStart[paragraph] = this.poolUsed;
    this.setLength[paragraph] = size;
    this.poolUsed += size;
    // Index under the first `prefix` shingles (in hash order) whose lists are not full; full lists belong to
    // phrases too common to tell paragraphs apart, and skipping them keeps the prefix guarantee for the rest.
    const prefix = this.prefixLength(size);
    let indexed = 0;
    for (let k = 0; k < size && indexed < prefix; k++) {
      if (this.used + 1 > (this.slotMask + 1) * MAX_LOAD) this.growTable();
      const key = shingles[k] | 0;
      const at = this.slotOf(key);
      const table = this.table;
      const head = table[at + 1] - 1;
      if (head === -1) {
        table[at] = key;
        this.used++;
      } else if (this.nodes[head * NODE_SIZE + 2] >= MAX_POSTINGS) {
        continue;
      }
      indexed++;
      if ((this.nodeCount + 1) * NODE_SIZE > this.nodes.length) {
        const grown = new Int32Array(this.nodes.length * 2);
        grown.set(this.nodes);
        this.nodes = grown;
      }
      const node = this.nodeCount++;
      this.nodes[node * NODE_SIZE] = paragraph;
      this.nodes[node * NODE_SIZE + 1] = head;
      this.nodes[node * NODE_SIZE + 2] = head === -1 ? 1 : this.nodes[head * NODE_SIZE + 2] + 1;
      table[at + 1] = node + 1;
    }
  }

  /**
   * The most similar indexed paragraph at or above the threshold (earliest on ties), or undefined.
   *
   * Probes shingles in hash order until `prefix` of them had a list that was not full, visiting full lists on
   * the way: an indexed paragraph sharing enough shingles shares one of those (the prefix argument applied to
   * the sets without the phrases that were already common when it was indexed). Candidates of incompatible
   * size are dropped; when more than MAX_VERIFIED remain, only those with the most evidence are compared,
   * where a shared rare shingle counts more than a common one. That bounds the work on hostile input such
   * as hundreds of half-similar paragraphs, and ordinary text never has that many candidates.
   */
  bestMatch(shingles: Uint32Array, size: number): NearMatch | undefined {
    if (this.used === 0) return undefined;
    const prefix = this.prefixLength(size);
    const minSize = this.threshold * size - EPSILON;
    const maxSize = size / this.threshold + EPSILON;
    const probe = ++this.probe;
    const nodes = this.nodes;
    const candidates = this.candidates;
    candidates.length = 0;
    let probed = 0;
    let commonVisited = 0;
    for (let k = 0; k < size && probed < prefix; k++) {
      const at = this.slotOf(shingles[k] | 0);
      const head = this.table[at + 1] - 1;
      const listLength = head === -1 ? 0 : nodes[head * NODE_SIZE + 2];
      if (listLength < MAX_POSTINGS) probed++;
      else if (++commonVisited > prefix) continue; // enough common phrases seen: their lists add little
      const weight = MAX_POSTINGS + 1 - listLength;
      for (let node = head; node !== -1; node = nodes[node * NODE_SIZE + 1]) {
        const candidate = nodes[node * NODE_SIZE];
        if (this.seen[candidate] === probe) {
          this.hits[candidate] += weight;
          continue;
        }
        this.seen[candidate] = probe;
        const otherSize = this.setLength[candidate];
        if (otherSize < minSize || otherSize > maxSize) {
          this.hits[candidate] = -1e9; // never verified
          continue;
        }
        this.hits[candidate] = weight;
        candidates.push(candidate);
      }
    }
    if (candidates.length > MAX_VERIFIED) {
      candidates.sort((a, b) => this.hits[b] - this.hits[a] || a - b);
      candidates.length = MAX_VERIFIED;
    }
    let best: NearMatch | undefined;
    for (const candidate of candidates) {
      const similarity = jaccard(shingles, size, this.pool, this.setStart[candidate], this.setLength[candidate]);
      if (similarity < this.threshold - EPSILON) continue;
      if (!best || similarity > best.similarity || (similarity === best.similarity && candidate < best.paragraph)) {
        best = { paragraph: candidate, similarity };
      }
    }
    return best;
  }

  private growTable(): void {
    const old = this.table;
    const slots = (this.slotMask + 1) * 2;
    this.table = NearIndex.emptyTable(slots);
    this.slotMask = slots - 1;
    for (let at = 0; at < old.length; at += 2) {
      if (old[at + 1] === 0) continue;
      const to = this.slotOf(old[at]);
      this.table[to] = old[at];
      this.table[to + 1] = old[at + 1];
    }
  }
}

/** Jaccard similarity of two sorted, de-duplicated runs: `a[0..aSize)` and `pool[bStart..bStart+bSize)`. */
function jaccard(a: Uint32Array, aSize: number, pool: Uint32Array, bStart: number, bSize: number): number {
  let i = 0;
  let j = bStart;
  const bEnd = bStart + bSize;
  let shared = 0;
  while (i < aSize && j < bEnd) {
    const x = a[i];
    const y = pool[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return shared / (aSize + bSize - shared);
}
