/** Shared helpers for the attribution and claims tests. */
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { attribute } from '../../src/core/attribution';
import { splitParagraphs } from '../../src/core/paragraphs';
import { findQuotes } from '../../src/core/quotes';
import type { Claim, Quote, Speaker } from '../../src/core/types';

/** Runs quotation finding and attribution without entities or parses: the engine's own fallback. */
export function attributeWithoutParses(text: string): { quotes: Quote[]; claims: Claim[]; speakers: Speaker[] } {
  const paragraphs = splitParagraphs(text);
  const found = findQuotes(text, paragraphs);
  return attribute(text, paragraphs, found.quotes, [], paragraphs.map(() => ({ terms: [], sentences: [], people: [], places: [], organizations: [], dates: [], numbers: [] })));
}

/** One claims case: a text and every claim expected in it. */
export interface ClaimCase {
  readonly name: string;
  readonly text: string;
  /** Each claim in reading order: [claim text, speaker name, cue text]. */
  readonly claims: readonly (readonly [string, string | null, string | null])[];
}

/**
 * One mocha test per case: exactly the expected claims, each slice-true. `fullAnalysis` runs the whole engine,
 * for rules that need the parser's verb tags or the entity extractor.
 */
export function checkClaims(cases: readonly ClaimCase[], { fullAnalysis = false } = {}): void {
  for (const c of cases) {
    it(c.name, () => {
      const result = fullAnalysis ? analyze(c.text) : attributeWithoutParses(c.text);
      const got = result.claims.map((claim) => [claim.text, result.speakers.find((s) => s.id === claim.speakerId)?.name ?? null, claim.cue?.text ?? null]);
      assert.deepEqual(got, c.claims.map((x) => [...x]));
      for (const claim of result.claims) assert.equal(c.text.slice(claim.start, claim.end), claim.text);
    });
  }
}
