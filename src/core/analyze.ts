import { findDuplicates } from './duplicates';
import { extractEntities } from './entities';
import { attribute, AttributionCache } from './attribution';
import { splitParagraphs } from './paragraphs';
import { findQuotes } from './quotes';
import type { Analysis, AnalyzeOptions, Problem } from './types';
import { ParagraphParseCache } from './nlp';

/**
 * Keeps compromise parses of paragraphs (by paragraph hash) and each paragraph's reading for attribution
 * between calls, so re-analysing an edited document re-parses and re-reads only the paragraphs that changed.
 * Results never depend on the caches' state.
 */
export class Analyzer {
  private readonly parses: ParagraphParseCache;
  private readonly readings: AttributionCache;

  constructor(options: { readonly cacheSize?: number } = {}) {
    this.parses = new ParagraphParseCache(options.cacheSize ?? 20_000);
    this.readings = new AttributionCache(options.cacheSize ?? 20_000);
  }

  /** Paragraphs parsed by compromise so far (cache misses): lets callers and tests see the cache work. */
  get parsedParagraphs(): number {
    return this.parses.parsed;
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
    if (looksBinary(text)) {
      const problems: Problem[] = [{ start: 0, end: 0, code: 'not-text', message: 'This looks like binary data, not text: it was not analysed.' }];
      return { length: text.length, paragraphs: [], quotes: [], claims: [], speakers: [], entities: [], duplicates: [], problems };
    }
    const paragraphs = splitParagraphs(text);
    const failures: Problem[] = [];
    const duplicates = guarded('duplicates', failures, () => findDuplicates(text, paragraphs, options.duplicates), []);
    if (options.duplicatesOnly) {
      return { length: text.length, paragraphs, quotes: [], claims: [], speakers: [], entities: [], duplicates, problems: failures };
    }
    const parses = paragraphs.map((p) => this.parses.parse(text.slice(p.start, p.end), p.start));
    const entities = guarded('entities', failures, () => extractEntities(text, paragraphs, parses, options.lexicon), []);
    const found = guarded('quotes', failures, () => findQuotes(text, paragraphs), { quotes: [], problems: [] });
    const attributed = guarded('attribution', failures, () => attribute(text, paragraphs, found.quotes, entities, parses, this.readings), {
      quotes: found.quotes.map((q) => ({ ...q, speakerId: null, speakerMention: null, cue: null })),
      claims: [],
      speakers: [],
    });
    return {
      length: text.length,
      paragraphs,
      quotes: attributed.quotes,
      claims: attributed.claims,
      speakers: attributed.speakers,
      entities,
      duplicates,
      problems: [...found.problems, ...failures],
    };
  }
}

/** Runs one stage; if it fails, the others' results survive and the failure becomes a problem. */
function guarded<T>(stage: string, failures: Problem[], run: () => T, fallback: T): T {
  try {
    return run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failures.push({ start: 0, end: 0, code: 'not-text', message: `The ${stage} stage failed: ${message}` });
    return fallback;
  }
}

/**
 * Binary data (NUL bytes, or many control characters) is not worth parsing: it has no sentences and costs
 * as much as prose. Sampled, so the check stays cheap on megabytes.
 */
function looksBinary(text: string): boolean {
  const sample = text.length > 65_536 ? text.slice(0, 32_768) + text.slice(-32_768) : text;
  if (sample.length === 0) return false;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0xfffd) control++;
  }
  return control / sample.length > 0.1;
}

const sharedAnalyzer = new Analyzer();

/** Analyses news text. Pure in effect: the shared parse cache only saves time. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
  return sharedAnalyzer.analyze(text, options);
}
