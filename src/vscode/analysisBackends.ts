/**
 * Where an analysis runs: in the extension host (small documents, or when worker threads are unavailable)
 * or in a worker thread. No `vscode` import, so the benchmarks drive exactly this code outside VS Code.
 */
import { Analyzer } from '../core/analyze';
import type { Analysis, AnalyzeOptions } from '../core/types';
import { AnalysisAssembler, isWorkerMessage, TEXT_SLICE, type HostMessage, type WorkerMessage } from './analysisProtocol';

/** Set when a newer request made this one pointless; backends check it at their own safe points. */
export interface CancelSignal {
  readonly cancelled: boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}

export interface AnalysisBackend {
  readonly name: 'in-process' | 'worker';
  /** False once the backend can no longer run analyses (the scheduler then falls back to in-process). */
  readonly available: boolean;
  analyze(text: string, options: AnalyzeOptions, signal: CancelSignal): Promise<Analysis>;
  /** Nothing needs this backend's caches any more. */
  release(): void;
  dispose(): void;
}

export class InProcessBackend implements AnalysisBackend {
  readonly name = 'in-process';
  readonly available = true;
  private analyzer: Analyzer;

  constructor(private readonly cacheSize?: number) {
    this.analyzer = this.create();
  }

  analyze(text: string, options: AnalyzeOptions, signal: CancelSignal): Promise<Analysis> {
    if (signal.cancelled) return Promise.reject(new CancelledError());
    return Promise.resolve(this.analyzer.analyze(text, options));
  }

  release(): void {
    this.analyzer = this.create();
  }

  dispose(): void {
    this.release();
  }

  private create(): Analyzer {
    return new Analyzer(this.cacheSize ? { cacheSize: this.cacheSize } : {});
  }
}

/** The part of `worker_threads.Worker` the backend uses (so tests can substitute a fake). */
export interface WorkerLike {
  postMessage(message: HostMessage): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
}

interface Job {
  readonly id: number;
  readonly text: string;
  readonly options: AnalyzeOptions;
  readonly signal: CancelSignal;
  readonly resolve: (analysis: Analysis) => void;
  readonly reject: (error: Error) => void;
  assembler?: AnalysisAssembler;
}

interface StatsRequest {
  readonly id: number;
  readonly resolve: (stats: { heapUsed: number; analyses: number }) => void;
}

/** Lets the host's event loop run (timers, I/O, other extensions) before continuing. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs analyses in one worker thread, one at a time: queued requests that were cancelled never start, and a
 * finished result that is no longer wanted is discarded in the worker instead of being sent. The text goes
 * out in slices and the result is pulled back part by part, so the host's event loop runs in between.
 */
export class WorkerBackend implements AnalysisBackend {
  readonly name = 'worker';
  private worker: WorkerLike | undefined;
  private readonly queue: Job[] = [];
  private current: Job | undefined;
  private readonly statsRequests = new Map<number, StatsRequest>();
  private nextId = 1;
  private failures = 0;
  private broken = false;

  constructor(
    private readonly spawn: () => WorkerLike,
    private readonly maxFailures = 3,
    private readonly onLog: (message: string) => void = () => undefined,
    /** Instrumentation (the bench): a job's text starts going out, is all sent, its result is ready, its last part arrived. */
    private readonly onPhase: (phase: 'sending' | 'sent' | 'ready' | 'done') => void = () => undefined,
    /** Most characters per posted message (tests use tiny slices). */
    private readonly textSlice = TEXT_SLICE,
  ) {}

  get available(): boolean {
    return !this.broken;
  }

  analyze(text: string, options: AnalyzeOptions, signal: CancelSignal): Promise<Analysis> {
    if (this.broken) return Promise.reject(new Error('the analysis worker is unavailable'));
    if (signal.cancelled) return Promise.reject(new CancelledError());
    return new Promise<Analysis>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, text, options, signal, resolve, reject });
      this.pump();
    });
  }

  /** Heap used by the worker's isolate (for the memory benchmark). */
  stats(): Promise<{ heapUsed: number; analyses: number }> {
    const worker = this.ensureWorker();
    if (!worker) return Promise.reject(new Error('the analysis worker is unavailable'));
    return new Promise((resolve) => {
      const id = this.nextId++;
      this.statsRequests.set(id, { id, resolve });
      worker.postMessage({ type: 'stats', id });
    });
  }

  /** Ends the worker (freeing its caches) once idle; a later request starts a new one. */
  release(): void {
    if (this.current || this.queue.length > 0) return;
    this.stopWorker();
  }

  dispose(): void {
    const cancelled = new CancelledError();
    if (this.current) this.current.reject(cancelled);
    for (const job of this.queue.splice(0)) job.reject(cancelled);
    this.current = undefined;
    this.broken = true;
    this.stopWorker();
  }

  private stopWorker(): void {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) void worker.terminate();
  }

  private ensureWorker(): WorkerLike | undefined {
    if (this.worker) return this.worker;
    if (this.broken) return undefined;
    let worker: WorkerLike;
    try {
      worker = this.spawn();
    } catch (error) {
      this.fail(`cannot start the analysis worker: ${String(error)}`);
      return undefined;
    }
    worker.on('message', (message) => {
      if (this.worker === worker && isWorkerMessage(message)) this.receive(message);
    });
    worker.on('error', (error) => {
      if (this.worker === worker) this.crashed(`the analysis worker failed: ${error.message}`);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.crashed(`the analysis worker exited with code ${code}`);
    });
    this.worker = worker;
    return worker;
  }

  private crashed(reason: string): void {
    this.worker = undefined;
    const job = this.current;
    this.current = undefined;
    this.fail(reason);
    job?.reject(new Error(reason));
    this.pump();
  }

  private fail(reason: string): void {
    this.failures++;
    this.onLog(reason);
    if (this.failures >= this.maxFailures) {
      this.broken = true;
      this.onLog('analysing in the extension host from now on');
      for (const job of this.queue.splice(0)) job.reject(new Error(reason));
    }
  }

  private pump(): void {
    while (!this.current && this.queue.length > 0) {
      const job = this.queue.shift() as Job;
      if (job.signal.cancelled) {
        job.reject(new CancelledError());
        continue;
      }
      const worker = this.ensureWorker();
      if (!worker) {
        job.reject(new Error('the analysis worker is unavailable'));
        continue;
      }
      this.current = job;
      this.sendText(job, worker).catch((error: unknown) => {
        if (this.current !== job) return;
        this.finish(undefined);
        job.reject(error instanceof Error ? error : new Error(String(error)));
      });
    }
  }

  /**
   * Posts the job's text slice by slice, yielding between slices, then asks for the analysis. A text that fits
   * one slice is posted synchronously. Stops if the job is cancelled (the worker drops the slices) or ended.
   */
  private async sendText(job: Job, worker: WorkerLike): Promise<void> {
    this.onPhase('sending');
    const { text } = job;
    let from = 0;
    for (; text.length - from > this.textSlice; from += this.textSlice) {
      worker.postMessage({ type: 'text', id: job.id, text: text.slice(from, from + this.textSlice) });
      await yieldToEventLoop();
      if (this.current !== job || this.worker !== worker) return;
      if (job.signal.cancelled) {
        this.finish({ type: 'discard', id: job.id });
        job.reject(new CancelledError());
        return;
      }
    }
    worker.postMessage({ type: 'analyze', id: job.id, text: from === 0 ? text : text.slice(from), options: job.options });
    this.onPhase('sent');
  }

  private receive(message: WorkerMessage): void {
    if (message.type === 'stats') {
      const request = this.statsRequests.get(message.id);
      this.statsRequests.delete(message.id);
      request?.resolve({ heapUsed: message.heapUsed, analyses: message.analyses });
      return;
    }
    const job = this.current;
    if (!job || job.id !== message.id) return;
    switch (message.type) {
      case 'ready':
        if (job.signal.cancelled) {
          this.finish({ type: 'discard', id: job.id });
          job.reject(new CancelledError());
          return;
        }
        this.onPhase('ready');
        job.assembler = new AnalysisAssembler(message.length);
        this.worker?.postMessage({ type: 'pull', id: job.id });
        return;
      case 'part':
        if (!job.assembler) return;
        if (job.signal.cancelled && !message.done) {
          this.finish({ type: 'discard', id: job.id });
          job.reject(new CancelledError());
          return;
        }
        job.assembler.add(message.field, message.items);
        if (message.done) {
          this.onPhase('done');
          this.finish(undefined);
          job.resolve(job.assembler.finish());
        } else {
          this.worker?.postMessage({ type: 'pull', id: job.id });
        }
        return;
      case 'failed':
        this.finish(undefined);
        job.reject(new Error(`analysis failed in the worker: ${message.message}`));
        return;
    }
  }

  private finish(farewell: HostMessage | undefined): void {
    if (farewell) this.worker?.postMessage(farewell);
    this.current = undefined;
    // Start the next job after the current callbacks, not inside them.
    queueMicrotask(() => this.pump());
  }
}
