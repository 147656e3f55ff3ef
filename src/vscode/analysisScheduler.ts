/**
 * Decides when and where each document is analysed, and which results may be published. No `vscode`
 * import: the VS Code adapter (analysisCache.ts), the unit tests and the benchmarks all drive this class.
 *
 * Rules: analysis runs debounced after edits; a result is published only if the document still has the
 * version that was analysed (and the settings have not changed since); a newer request cancels an older
 * one that has not finished; documents over the size limit or containing NUL characters are skipped with a
 * reason; large documents go to the worker backend, falling back to in-process if it is unavailable.
 */
import type { Analysis, AnalyzeOptions } from '../core/types';
import { CancelledError, type AnalysisBackend, type CancelSignal } from './analysisBackends';

/** A live view of a document: `version` and `isClosed` are read again at every check. */
export interface AnalysisSubject {
  readonly key: string;
  readonly version: number;
  readonly isClosed: boolean;
  /** Length in UTF-16 code units, without materializing the text if possible. */
  size(): number;
  text(): string;
}

export interface SchedulerSettings {
  readonly debounceMs: number;
  /** Documents of at least this many characters are analysed in the worker. */
  readonly workerThreshold: number;
  /** Documents of more than this many characters are not analysed. */
  readonly maxSize: number;
  readonly options: AnalyzeOptions;
}

export type SkipReason = 'too-large' | 'binary';

export interface AnalyzedOutcome {
  readonly kind: 'analyzed';
  readonly key: string;
  readonly version: number;
  readonly analysis: Analysis;
  readonly backend: AnalysisBackend['name'];
  readonly ms: number;
}

export interface SkippedOutcome {
  readonly kind: 'skipped';
  readonly key: string;
  readonly version: number;
  readonly reason: SkipReason;
  readonly size: number;
  readonly limit: number;
}

export type AnalysisOutcome = AnalyzedOutcome | SkippedOutcome;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (callback, ms) => setTimeout(callback, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface SchedulerDependencies {
  readonly settings: (subject: AnalysisSubject) => SchedulerSettings;
  readonly inProcess: AnalysisBackend;
  readonly worker?: AnalysisBackend;
  /** Called with every fresh outcome, in version order per document. */
  readonly publish: (outcome: AnalysisOutcome) => void;
  readonly timers?: Timers;
  readonly now?: () => number;
  readonly onLog?: (message: string) => void;
}

interface Job {
  readonly version: number;
  readonly generation: number;
  readonly signal: { cancelled: boolean };
  readonly promise: Promise<AnalysisOutcome | undefined>;
}

interface Entry {
  timer?: unknown;
  /** Requests waiting for the pending debounce timer to fire (they then join the analysis it starts). */
  timerWaiters?: (() => void)[];
  job?: Job;
  outcome?: AnalysisOutcome;
  outcomeGeneration?: number;
  onWorker?: boolean;
}

/** How often a request follows a document that keeps changing under it before giving up. */
const MAX_FOLLOW = 50;

/** True for text that looks binary: it contains a NUL character. */
export function looksBinary(text: string): boolean {
  return text.indexOf('\u0000') >= 0;
}

export class AnalysisScheduler {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  private readonly timers: Timers;
  private readonly now: () => number;
  private disposed = false;

  constructor(private readonly deps: SchedulerDependencies) {
    this.timers = deps.timers ?? realTimers;
    this.now = deps.now ?? (() => performance.now());
  }

  /** The published outcome for the subject's current version under the current settings. */
  current(subject: AnalysisSubject): AnalysisOutcome | undefined {
    const entry = this.entries.get(subject.key);
    if (!entry?.outcome || entry.outcomeGeneration !== this.generation) return undefined;
    return entry.outcome.version === subject.version ? entry.outcome : undefined;
  }

  /** Analyses after the debounce delay (or `delayMs`); a new call restarts the delay. */
  schedule(subject: AnalysisSubject, delayMs?: number): void {
    if (this.disposed || subject.isClosed) return;
    const entry = this.entry(subject.key);
    if (entry.timer !== undefined) this.timers.clear(entry.timer);
    const delay = Math.max(0, delayMs ?? this.deps.settings(subject).debounceMs);
    entry.timer = this.timers.set(() => {
      entry.timer = undefined;
      this.request(subject, { immediate: true }).catch((error: unknown) => this.deps.onLog?.(`analysis failed: ${String(error)}`));
      this.releaseWaiters(entry);
    }, delay);
  }

  /**
   * The outcome for the subject's latest version, analysing now if needed (an analysis already running for
   * that version is joined, not repeated). If the document changes meanwhile, follows it to the new version.
   * Undefined when the document closed or was forgotten. While the user is typing (a debounce timer is
   * pending) it waits for the timer rather than analysing every keystroke, unless `immediate`.
   */
  async request(subject: AnalysisSubject, options: { readonly immediate?: boolean } = {}): Promise<AnalysisOutcome | undefined> {
    for (let attempt = 0; attempt < MAX_FOLLOW; attempt++) {
      if (this.disposed || subject.isClosed) return undefined;
      const ready = this.current(subject);
      if (ready) return ready;
      const entry = this.entry(subject.key);
      if (entry.timer !== undefined) {
        // Only the first attempt may pre-empt the timer: following a document that is being typed in must
        // not turn every keystroke into an analysis.
        if (!options.immediate || attempt > 0) {
          await new Promise<void>((resolve) => (entry.timerWaiters ??= []).push(resolve));
          if (this.entries.get(subject.key) !== entry) return undefined;
          continue;
        }
        this.timers.clear(entry.timer);
        entry.timer = undefined;
        this.releaseWaiters(entry);
      }
      const version = subject.version;
      const job = entry.job && entry.job.version === version && entry.job.generation === this.generation ? entry.job : this.start(subject, entry);
      const outcome = await job.promise;
      // Forgotten meanwhile (closed, or no longer news): stop following it.
      if (this.entries.get(subject.key) !== entry) return undefined;
      if (outcome && outcome.version === subject.version && !subject.isClosed && this.current(subject) === outcome) return outcome;
    }
    return undefined;
  }

  /** Frees everything kept for the document and cancels its pending work. */
  forget(key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    if (entry.timer !== undefined) this.timers.clear(entry.timer);
    entry.timer = undefined;
    if (entry.job) entry.job.signal.cancelled = true;
    this.entries.delete(key);
    this.releaseWaiters(entry);
    if (entry.onWorker && ![...this.entries.values()].some((e) => e.onWorker)) this.deps.worker?.release();
    return entry.outcome !== undefined;
  }

  /** Settings changed: no published outcome counts as current any more (callers re-request what they show). */
  invalidate(): void {
    this.generation++;
    for (const entry of this.entries.values()) if (entry.job) entry.job.signal.cancelled = true;
  }

  /** Keys with a pending timer or running job (for tests and diagnostics). */
  busyKeys(): string[] {
    return [...this.entries].filter(([, e]) => e.timer !== undefined || e.job !== undefined).map(([k]) => k);
  }

  dispose(): void {
    this.disposed = true;
    for (const key of [...this.entries.keys()]) this.forget(key);
  }

  private releaseWaiters(entry: Entry): void {
    const waiters = entry.timerWaiters;
    entry.timerWaiters = undefined;
    for (const resolve of waiters ?? []) resolve();
  }

  private entry(key: string): Entry {
    let entry = this.entries.get(key);
    if (!entry) {
      entry = {};
      this.entries.set(key, entry);
    }
    return entry;
  }

  private start(subject: AnalysisSubject, entry: Entry): Job {
    if (entry.job) entry.job.signal.cancelled = true;
    const version = subject.version;
    const generation = this.generation;
    const signal = { cancelled: false };
    const promise = this.run(subject, entry, version, generation, signal).finally(() => {
      if (entry.job === job) entry.job = undefined;
    });
    const job: Job = { version, generation, signal, promise };
    entry.job = job;
    return job;
  }

  private async run(subject: AnalysisSubject, entry: Entry, version: number, generation: number, signal: CancelSignal): Promise<AnalysisOutcome | undefined> {
    const settings = this.deps.settings(subject);
    const size = subject.size();
    let outcome: AnalysisOutcome;
    if (size > settings.maxSize) {
      outcome = { kind: 'skipped', key: subject.key, version, reason: 'too-large', size, limit: settings.maxSize };
    } else {
      // Version and text are read in the same synchronous step, so they belong together.
      if (subject.version !== version) return undefined;
      const text = subject.text();
      if (looksBinary(text)) {
        outcome = { kind: 'skipped', key: subject.key, version, reason: 'binary', size, limit: settings.maxSize };
      } else {
        const analyzed = await this.analyze(text, settings, size, signal, entry);
        if (!analyzed) return undefined;
        outcome = { kind: 'analyzed', key: subject.key, version, ...analyzed };
      }
    }
    const fresh = !signal.cancelled && !subject.isClosed && subject.version === version && generation === this.generation
      && this.entries.get(subject.key) === entry && !this.disposed;
    if (!fresh) return outcome;
    entry.outcome = outcome;
    entry.outcomeGeneration = generation;
    this.deps.publish(outcome);
    return outcome;
  }

  private async analyze(text: string, settings: SchedulerSettings, size: number, signal: CancelSignal, entry: Entry)
    : Promise<{ analysis: Analysis; backend: AnalysisBackend['name']; ms: number } | undefined> {
    const worker = this.deps.worker;
    const useWorker = worker !== undefined && worker.available && size >= settings.workerThreshold;
    const started = this.now();
    if (useWorker) {
      entry.onWorker = true;
      try {
        const analysis = await worker.analyze(text, settings.options, signal);
        return { analysis, backend: worker.name, ms: this.now() - started };
      } catch (error) {
        if (error instanceof CancelledError) return undefined;
        this.deps.onLog?.(`worker analysis failed, analysing in the extension host instead: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    try {
      const analysis = await this.deps.inProcess.analyze(text, settings.options, signal);
      return { analysis, backend: this.deps.inProcess.name, ms: this.now() - started };
    } catch (error) {
      if (error instanceof CancelledError) return undefined;
      throw error;
    }
  }
}
