/**
 * The only module that talks to compromise. PLACEHOLDER until the engine lands: returns empty parses.
 */
import type { Span } from './types';

export interface Term extends Span {
  readonly text: string;
  /** compromise's tags for the term ("Person", "Verb", "ProperNoun", …). */
  readonly tags: readonly string[];
}

/** One paragraph's parse. All offsets are absolute (into the analysed text). */
export interface ParagraphParse {
  readonly terms: readonly Term[];
  readonly sentences: readonly Span[];
  readonly people: readonly Span[];
  readonly places: readonly Span[];
  readonly organizations: readonly Span[];
  readonly dates: readonly Span[];
  readonly numbers: readonly Span[];
}

export class ParagraphParseCache {
  constructor(readonly capacity: number) {}

  /** Parses `paragraph` (which starts at `offset` in the analysed text). */
  parse(_paragraph: string, _offset: number): ParagraphParse {
    return { terms: [], sentences: [], people: [], places: [], organizations: [], dates: [], numbers: [] };
  }
}
