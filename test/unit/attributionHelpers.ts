/** Shared helper for the attribution and claims tests. */
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
