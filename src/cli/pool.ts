/**
 * Runs tasks over worker threads (or in-process) and hands results back in input order. At most `window`
 * tasks are dispatched but not yet emitted, so memory stays bounded however large the corpus.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { lazyAnalyzer, runTask, type TaskRequest, type TaskResult } from './tasks';

export interface TaskRunner {
  run(request: TaskRequest): Promise<TaskResult>;
  close(): Promise<void>;
}

export interface WorkerMessage {
  readonly id: number;
  readonly result: TaskResult;
}

export class InProcessRunner implements TaskRunner {
  private readonly analyzer = lazyAnalyzer();

  run(request: TaskRequest): Promise<TaskResult> {
    return runTask(request, this.analyzer);
  }

  async close(): Promise<void> {}
}

interface Pending {
  readonly id: number;
  readonly request: TaskRequest;
  readonly resolve: (result: TaskResult) => void;
  readonly attempts: number;
}

interface Slot {
  worker: Worker;
  busy: Map<number, Pending>;
}

/** Each worker gets up to this many tasks at once, so it never idles waiting for the next message. */
const TASKS_PER_WORKER = 2;

export class WorkerPoolRunner implements TaskRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 0;
  private closing = false;

  constructor(private readonly script: string, size: number) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const slot: Slot = { worker: new Worker(this.script), busy: new Map() };
    slot.worker.on('message', (message: WorkerMessage) => {
      const pending = slot.busy.get(message.id);
      if (!pending) return;
      slot.busy.delete(message.id);
      pending.resolve(message.result);
      this.pump();
    });
    const fail = (reason: string): void => {
      // A crashed worker (e.g. out of memory on one huge file) fails only its own tasks; a fresh one takes over.
      // Its tasks are retried once on the fresh worker (every task is safe to repeat: fixes are atomic).
      const retry: Pending[] = [];
      for (const pending of slot.busy.values()) {
        if (pending.attempts === 0 && !this.closing) retry.push({ ...pending, attempts: 1 });
        else pending.resolve({ kind: 'error', display: pending.request.source.display, message: `worker failed: ${reason}` });
      }
      this.queue.unshift(...retry);
      slot.busy.clear();
      if (this.closing) return;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots[index] = this.spawn();
      this.pump();
    };
    slot.worker.on('error', (error) => fail(error instanceof Error ? error.message : String(error)));
    slot.worker.on('exit', (code) => {
      if (slot.busy.size > 0 || !this.closing) fail(`exited with code ${code}`);
    });
    return slot;
  }

  run(request: TaskRequest): Promise<TaskResult> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, request, resolve, attempts: 0 });
      this.pump();
    });
  }

  private pump(): void {
    for (let load = 0; load < TASKS_PER_WORKER && this.queue.length > 0; load++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.busy.size > load) continue;
        const pending = this.queue.shift();
        if (!pending) return;
        slot.busy.set(pending.id, pending);
        slot.worker.postMessage({ id: pending.id, request: pending.request });
      }
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }
}

/** The bundled worker script next to the CLI bundle, if it was built. */
export function workerScript(): string | null {
  const script = path.join(__dirname, 'cli-worker.js');
  return fs.existsSync(script) ? script : null;
}

/** In-process for one job or one input (no thread start-up to pay); a worker pool otherwise. */
export function createRunner(jobs: number, inputs: number): TaskRunner {
  const threads = Math.min(jobs, inputs);
  const script = workerScript();
  if (threads <= 1 || !script) return new InProcessRunner();
  return new WorkerPoolRunner(script, threads);
}

/**
 * Runs every request and calls `emit` with the results in request order, as soon as each result and all
 * before it are ready. `emit` may be async (to respect stdout back-pressure); no more than `window` results
 * wait in the reorder buffer at any time.
 */
export async function runOrdered(
  requests: Iterable<TaskRequest>,
  runner: TaskRunner,
  window: number,
  emit: (result: TaskResult, index: number) => Promise<void> | void,
): Promise<void> {
  const iterator = requests[Symbol.iterator]();
  const ready = new Map<number, TaskResult>();
  let dispatched = 0;
  let emitted = 0;
  let exhausted = false;
  let wake: (() => void) | null = null;

  const dispatch = (): void => {
    while (!exhausted && dispatched - emitted < window) {
      const next = iterator.next();
      if (next.done) {
        exhausted = true;
        return;
      }
      const index = dispatched++;
      void runner.run(next.value).then((result) => {
        ready.set(index, result);
        wake?.();
      });
    }
  };

  dispatch();
  while (!exhausted || emitted < dispatched) {
    const result = ready.get(emitted);
    if (result === undefined) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
      wake = null;
      continue;
    }
    ready.delete(emitted);
    await emit(result, emitted);
    emitted++;
    dispatch();
  }
}
