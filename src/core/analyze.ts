import { findDuplicates } from './duplicates';
import { extractEntities } from './entities';
import { attribute } from './attribution';
import { splitParagraphs } from './paragraphs';
import { findQuotes } from './quotes';
import type { Analysis, AnalyzeOptions, Problem } from './types';
import { ParagraphParseCache } from './nlp';

/**
 * Keeps compromise parses of paragraphs (by paragraph hash) between calls, so re-analysing an edited
 * document re-parses only the paragraphs that changed. Results never depend on the cache's state.
 */
export class Analyzer {
  private readonly parses: ParagraphParseCache;

  constructor(options: { readonly cacheSize?: number } = {}) {
    this.parses = new ParagraphParseCache(options.cacheSize ?? 20_000);
  }

  analyze(text: string, options: AnalyzeOptions = {}): Analysis {
    const input = typeof text === 'string' ? text : '';
    try {
      return this.run(input, options);
    } catch (error) {
      // The engine must never throw: report what went wrong as a problem and return what is safe.
      const message = error instanceof Error ? error.message : String(error);
      const problems: Problem[] = [{ start: 0, end: 0, code: 'not-text', message: `Analysis failed: ${message}` }];
      return { length: input.length, paragraphs: [], quotes: [], claims: [], speakers: [], entities: [], duplicates: [], problems };
    }
  }

  private run(text: string, options: AnalyzeOptions): Analysis {
    const paragraphs = splitParagraphs(text);
    const duplicates = findDuplicates(text, paragraphs, options.duplicates);
    if (options.duplicatesOnly) {
      return { length: text.length, paragraphs, quotes: [], claims: [], speakers: [], entities: [], duplicates, problems: [] };
    }
    const parses = paragraphs.map((p) => this.parses.parse(text.slice(p.start, p.end), p.start));
    const entities = extractEntities(text, paragraphs, parses, options.lexicon);
    const found = findQuotes(text, paragraphs);
    const attributed = attribute(text, paragraphs, found.quotes, entities, parses);
    return {
      length: text.length,
      paragraphs,
      quotes: attributed.quotes,
      claims: attributed.claims,
      speakers: attributed.speakers,
      entities,
      duplicates,
      problems: found.problems,
    };
  }
}

const sharedAnalyzer = new Analyzer();

/** Analyses news text. Pure in effect: the shared parse cache only saves time. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return sharedAnalyzer.analyze(text, options);
}
