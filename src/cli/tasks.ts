/**
 * The work done for one input file, identical whether it runs in a worker thread or in-process. Requests
 * and results are plain, structured-cloneable data.
 */
import * as fs from 'node:fs';
import type { FindingCode } from '../core/messages';
import { findDuplicates } from '../core/duplicates';
import { splitParagraphs } from '../core/paragraphs';
import { findQuotes } from '../core/quotes';
import type { Analysis, DuplicateOptions } from '../core/types';
import { decodeText, type DecodedText } from './encoding';
import { describeError } from './inputs';
import { fixFile, fixText } from './fixFile';
import { lintFindings, type LintFinding } from './lintFormat';

export type TaskSource =
  | { readonly kind: 'file'; readonly path: string; readonly display: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array; readonly display: string };

interface RequestBase {
  readonly source: TaskSource;
  /** Files larger than this many bytes are refused rather than loaded. */
  readonly maxBytes: number;
}

export interface AnalyzeRequest extends RequestBase {
  readonly command: 'analyze';
}

export interface LintRequest extends RequestBase {
  readonly command: 'lint';
  readonly duplicates: DuplicateOptions;
  /** Finding codes not to report. */
  readonly exclude: readonly FindingCode[];
}

export interface FixRequest extends RequestBase {
  readonly command: 'fix';
  readonly duplicates: DuplicateOptions;
  readonly dryRun: boolean;
}

export type TaskRequest = AnalyzeRequest | LintRequest | FixRequest;

export type TaskResult =
  | { readonly kind: 'error'; readonly display: string; readonly message: string }
  | {
      readonly kind: 'analyze';
      readonly display: string;
      readonly line: string;
      /** What the engine could not do (binary-looking text, a failed stage); the line has what survived. */
      readonly failures: string[];
    }
  | { readonly kind: 'lint'; readonly findings: LintFinding[] }
  | {
      readonly kind: 'fix';
      readonly display: string;
      readonly removed: number;
      /** Unified diff of the change (empty when nothing changes). */
      readonly diff: string;
      /** For standard input: the fixed bytes, to be written to standard output. */
      readonly output: Uint8Array | null;
    };

/** The JSON Lines record of `news-lens analyze`: a stable contract, so built field by field. */
export interface AnalyzeRecord {
  readonly file: string;
  readonly quotes: { start: number; end: number; text: string; speaker: string | null; cue: string | null; kind: string }[];
  readonly claims: { start: number; end: number; text: string; speaker: string | null; cue: string | null }[];
  readonly speakers: { name: string; role: string | null; aliases: string[]; mentions: [number, number][]; quotes: number[]; claims: number[] }[];
  readonly entities: { start: number; end: number; text: string; type: string }[];
  readonly paragraphs: { start: number; end: number; hash: string }[];
}

export function toAnalyzeRecord(file: string, analysis: Analysis): AnalyzeRecord {
  const names = new Map(analysis.speakers.map((s) => [s.id, s.name]));
  const nameOf = (id: string | null): string | null => (id === null ? null : names.get(id) ?? null);
  return {
    file,
    quotes: analysis.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, speaker: nameOf(q.speakerId), cue: q.cue ? q.cue.text : null, kind: q.kind,
    })),
    claims: analysis.claims.map((c) => ({
      start: c.start, end: c.end, text: c.text, speaker: nameOf(c.speakerId), cue: c.cue ? c.cue.text : null,
    })),
    speakers: analysis.speakers.map((s) => ({
      name: s.name,
      role: s.role,
      aliases: [...s.aliases],
      mentions: s.mentions.map((m): [number, number] => [m.start, m.end]),
      quotes: [...s.quotes],
      claims: [...s.claims],
    })),
    entities: analysis.entities.map((e) => ({ start: e.start, end: e.end, text: e.text, type: e.type })),
    paragraphs: analysis.paragraphs.map((p) => ({ start: p.start, end: p.end, hash: p.hash })),
  };
}

export class ReadError extends Error {}

/** Reads and decodes a source, refusing what is too large, binary or not valid text. */
export function readSource(source: TaskSource, maxBytes: number): { bytes: Uint8Array; decoded: DecodedText } {
  let bytes: Uint8Array;
  if (source.kind === 'bytes') {
    bytes = source.bytes;
  } else {
    let size: number;
    try {
      size = fs.statSync(source.path).size;
    } catch (error) {
      throw new ReadError(describeError(error));
    }
    if (size > maxBytes) throw new ReadError(`file is larger than the ${formatSize(maxBytes)} limit (raise it with --max-size)`);
    try {
      bytes = fs.readFileSync(source.path);
    } catch (error) {
      throw new ReadError(describeError(error));
    }
  }
  if (bytes.length > maxBytes) throw new ReadError(`input is larger than the ${formatSize(maxBytes)} limit (raise it with --max-size)`);
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ReadError(decoded.reason);
  return { bytes, decoded: decoded.value };
}

export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${+(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export interface TextAnalyzer {
  analyze(text: string): Analysis;
}

export type AnalyzerProvider = () => Promise<TextAnalyzer>;

/**
 * One engine per thread, created on first use. Only `analyze` needs it: lint and fix never load the NLP
 * library, so they start in a fraction of the time.
 */
export function lazyAnalyzer(): AnalyzerProvider {
  let analyzer: Promise<TextAnalyzer> | null = null;
  return () => (analyzer ??= import('../core/analyze').then((engine) => new engine.Analyzer()));
}

/** Paragraphs and duplicates only, as `analyze(text, { duplicatesOnly: true })` gives, without the engine. */
function duplicatesAnalysis(text: string, options: DuplicateOptions): Analysis {
  const paragraphs = splitParagraphs(text);
  const duplicates = findDuplicates(text, paragraphs, options);
  return { length: text.length, paragraphs, quotes: [], claims: [], speakers: [], entities: [], duplicates, problems: [] };
}

/** Runs one request. Never rejects: every failure becomes an `error` result naming the input. */
export async function runTask(request: TaskRequest, analyzer: AnalyzerProvider): Promise<TaskResult> {
  const display = request.source.display;
  try {
    switch (request.command) {
      case 'analyze': {
        const { decoded } = readSource(request.source, request.maxBytes);
        const engine = await analyzer();
        const analysis = engine.analyze(decoded.text);
        const failures = analysis.problems.filter((p) => p.code !== 'unclosed-quote').map((p) => p.message);
        return { kind: 'analyze', display, line: JSON.stringify(toAnalyzeRecord(display, analysis)), failures };
      }
      case 'lint': {
        const { decoded } = readSource(request.source, request.maxBytes);
        const exclude = new Set(request.exclude);
        const analysis = duplicatesAnalysis(decoded.text, request.duplicates);
        // Unclosed quotes come from the quote scanner alone (one linear pass), not from a full parse.
        const problems = exclude.has('unclosed-quote') ? [] : findQuotes(decoded.text, analysis.paragraphs).problems;
        return { kind: 'lint', findings: lintFindings(display, decoded.text, { ...analysis, problems }, exclude) };
      }
      case 'fix': {
        if (request.source.kind === 'bytes') {
          const { bytes, decoded } = readSource(request.source, request.maxBytes);
          const fixed = fixText(display, bytes, decoded, request.duplicates);
          return { kind: 'fix', display, removed: fixed.removed, diff: fixed.diff, output: fixed.bytes };
        }
        const outcome = fixFile(request.source.path, display, { duplicates: request.duplicates, dryRun: request.dryRun, maxBytes: request.maxBytes });
        return { kind: 'fix', display, removed: outcome.removed, diff: outcome.diff, output: null };
      }
    }
  } catch (error) {
    return { kind: 'error', display, message: error instanceof ReadError ? error.message : describeError(error) };
  }
}
