/**
 * The messages between the extension host and the analysis worker (`dist/analysisWorker.js`). No `vscode`
 * import: the worker, the host side and the benchmarks all use it.
 *
 * Results come back in bounded parts, one per `pull`, so that receiving (deserializing) a 10 MB document's
 * analysis never blocks the extension host for long: each part is a separate message event. Likewise a large
 * text goes out in slices (`text` messages, then `analyze` with the last slice): posting a message clones its
 * string synchronously on the sender, about 3 ms per million UTF-16 characters, so one 10 MB message would
 * hold the host for ~30–45 ms; a slice costs ~1–2 ms and the host yields between slices.
 */
import type { Analysis, AnalyzeOptions } from '../core/types';

/** The array fields of an `Analysis`, sent part by part in this order. */
export const ANALYSIS_ARRAY_FIELDS = ['paragraphs', 'quotes', 'claims', 'speakers', 'entities', 'duplicates', 'problems'] as const satisfies readonly (keyof Analysis)[];
export type AnalysisArrayField = (typeof ANALYSIS_ARRAY_FIELDS)[number];

/** Most UTF-16 characters the host posts in one message. */
export const TEXT_SLICE = 512 * 1024;

export type HostMessage =
  /** One slice of job `id`'s text; the worker appends it to the slices received so far for that job. */
  | { readonly type: 'text'; readonly id: number; readonly text: string }
  /** The last slice of the text (the whole text when it fits one slice): analyse everything received. */
  | { readonly type: 'analyze'; readonly id: number; readonly text: string; readonly options: AnalyzeOptions }
  | { readonly type: 'pull'; readonly id: number }
  | { readonly type: 'discard'; readonly id: number }
  | { readonly type: 'stats'; readonly id: number };

export type WorkerMessage =
  | { readonly type: 'ready'; readonly id: number; readonly length: number; readonly analyzeMs: number }
  | { readonly type: 'part'; readonly id: number; readonly field: AnalysisArrayField; readonly items: readonly unknown[]; readonly done: boolean }
  | { readonly type: 'failed'; readonly id: number; readonly message: string }
  | { readonly type: 'stats'; readonly id: number; readonly heapUsed: number; readonly analyses: number };

/** Rough cost of deserializing an item: 1 plus the lengths of its array properties (a speaker's mentions…). */
function itemCost(item: unknown): number {
  let cost = 1;
  if (item !== null && typeof item === 'object') {
    for (const value of Object.values(item)) if (Array.isArray(value)) cost += value.length;
  }
  return cost;
}

/** Default budget of one part, in `itemCost` units: a few milliseconds of deserialization at most (measured by the bench). */
export const PART_BUDGET = 300;

export interface Part {
  readonly field: AnalysisArrayField;
  readonly items: readonly unknown[];
}

/** Splits an analysis into parts of at most `budget` cost each (an item costlier than the budget goes alone). */
export function* analysisParts(analysis: Analysis, budget = PART_BUDGET): Generator<Part> {
  for (const field of ANALYSIS_ARRAY_FIELDS) {
    const items: readonly unknown[] = analysis[field];
    let from = 0;
    let cost = 0;
    for (let i = 0; i < items.length; i++) {
      const c = itemCost(items[i]);
      if (i > from && cost + c > budget) {
        yield { field, items: items.slice(from, i) };
        from = i;
        cost = 0;
      }
      cost += c;
    }
    if (from < items.length) yield { field, items: items.slice(from) };
  }
}

/** Rebuilds an `Analysis` from its parts (the worker's own output, so the items are trusted). */
export class AnalysisAssembler {
  private readonly arrays: Record<AnalysisArrayField, unknown[]> = {
    paragraphs: [], quotes: [], claims: [], speakers: [], entities: [], duplicates: [], problems: [],
  };

  constructor(private readonly length: number) {}

  add(field: AnalysisArrayField, items: readonly unknown[]): void {
    const target = this.arrays[field];
    for (const item of items) target.push(item);
  }

  finish(): Analysis {
    const a = this.arrays;
    return {
      length: this.length,
      paragraphs: a.paragraphs as Analysis['paragraphs'],
      quotes: a.quotes as Analysis['quotes'],
      claims: a.claims as Analysis['claims'],
      speakers: a.speakers as Analysis['speakers'],
      entities: a.entities as Analysis['entities'],
      duplicates: a.duplicates as Analysis['duplicates'],
      problems: a.problems as Analysis['problems'],
    };
  }
}

export function isWorkerMessage(value: unknown): value is WorkerMessage {
  if (value === null || typeof value !== 'object') return false;
  const { type, id } = value as { type?: unknown; id?: unknown };
  return typeof id === 'number' && (type === 'ready' || type === 'part' || type === 'failed' || type === 'stats');
}

export function isHostMessage(value: unknown): value is HostMessage {
  if (value === null || typeof value !== 'object') return false;
  const { type, id } = value as { type?: unknown; id?: unknown };
  return typeof id === 'number' && (type === 'text' || type === 'analyze' || type === 'pull' || type === 'discard' || type === 'stats');
}
