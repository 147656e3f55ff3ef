import assert from 'node:assert/strict';
import { CancelledError, type AnalysisBackend, type CancelSignal } from '../../src/vscode/analysisBackends';
import { AnalysisScheduler, looksBinary, type AnalysisOutcome, type AnalysisSubject, type SchedulerSettings, type Timers } from '../../src/vscode/analysisScheduler';
import type { Analysis, AnalyzeOptions } from '../../src/core/types';

/** Timers advanced by hand. */
class ManualTimers implements Timers {
  private next = 1;
  private readonly pending = new Map<number, { at: number; callback: () => void }>();
  now = 0;
  set(callback: () => void, ms: number): unknown {
    const id = this.next++;
    this.pending.set(id, { at: this.now + ms, callback });
    return id;
  }
  clear(handle: unknown): void {
    this.pending.delete(handle as number);
  }
  advance(ms: number): void {
    this.now += ms;
    for (const [id, timer] of [...this.pending].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at <= this.now) {
        this.pending.delete(id);
        timer.callback();
      }
    }
  }
  get count(): number {
    return this.pending.size;
  }
}

function emptyAnalysis(text: string): Analysis {
  return { length: text.length, paragraphs: [], quotes: [], claims: [], speakers: [], entities: [], duplicates: [], problems: [] };
}

/** A backend whose analyses finish only when the test says so. */
class ControlledBackend implements AnalysisBackend {
  available = true;
  readonly calls: { text: string; options: AnalyzeOptions; signal: CancelSignal; resolve: () => void; reject: (e: Error) => void }[] = [];
  constructor(readonly name: 'in-process' | 'worker', private readonly immediate = false) {}
  analyze(text: string, options: AnalyzeOptions, signal: CancelSignal): Promise<Analysis> {
    if (this.immediate) return Promise.resolve(emptyAnalysis(text));
    return new Promise((resolve, reject) => {
      this.calls.push({ text, options, signal, resolve: () => resolve(emptyAnalysis(text)), reject });
    });
  }
  released = 0;
  release(): void {
    this.released++;
  }
  dispose(): void {}
}

class FakeDocument implements AnalysisSubject {
  version = 1;
  isClosed = false;
  constructor(readonly key: string, private content: string) {}
  size(): number {
    return this.content.length;
  }
  text(): string {
    return this.content;
  }
  edit(content: string): void {
    this.content = content;
    this.version++;
  }
}

const flush = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function setup(overrides: Partial<SchedulerSettings> = {}, options: { worker?: ControlledBackend; inProcess?: ControlledBackend } = {}) {
  const timers = new ManualTimers();
  const inProcess = options.inProcess ?? new ControlledBackend('in-process', true);
  const published: AnalysisOutcome[] = [];
  const settings: SchedulerSettings = { debounceMs: 300, workerThreshold: 1000, maxSize: 10_000, options: {}, ...overrides };
  const scheduler = new AnalysisScheduler({ settings: () => settings, inProcess, worker: options.worker, publish: (o) => published.push(o), timers });
  return { timers, inProcess, published, scheduler };
}

describe('AnalysisScheduler', () => {
  it('debounces: only the last of several quick schedules runs, after the delay', async () => {
    const { timers, published, scheduler } = setup();
    const doc = new FakeDocument('a', 'one');
    scheduler.schedule(doc);
    timers.advance(200);
    doc.edit('one two');
    scheduler.schedule(doc);
    timers.advance(200);
    await flush();
    assert.equal(published.length, 0, 'nothing before the debounce delay after the last edit');
    timers.advance(100);
    await flush();
    assert.deepEqual(published.map((o) => o.version), [2]);
    assert.equal(timers.count, 0);
  });

  it('drops a result whose document changed while it was analysed, and follows to the new version', async () => {
    const worker = new ControlledBackend('worker');
    const { published, scheduler } = setup({ workerThreshold: 0 }, { worker });
    const doc = new FakeDocument('a', 'first text');
    const request = scheduler.request(doc);
    await flush();
    assert.equal(worker.calls.length, 1);
    doc.edit('second text');
    worker.calls[0].resolve();
    await flush();
    assert.equal(published.length, 0, 'the stale version-1 result was not published');
    assert.equal(worker.calls.length, 2, 'the request followed the document to version 2');
    worker.calls[1].resolve();
    const outcome = await request;
    assert.equal(outcome?.version, 2);
    assert.deepEqual(published.map((o) => o.version), [2]);
    assert.equal(scheduler.current(doc), outcome);
  });

  it('cancels an older running job when a newer version is requested', async () => {
    const worker = new ControlledBackend('worker');
    const { scheduler } = setup({ workerThreshold: 0 }, { worker });
    const doc = new FakeDocument('a', 'v1');
    void scheduler.request(doc);
    await flush();
    doc.edit('v2');
    void scheduler.request(doc);
    await flush();
    assert.equal(worker.calls.length, 2);
    assert.equal(worker.calls[0].signal.cancelled, true);
    assert.equal(worker.calls[1].signal.cancelled, false);
  });

  it('joins a running analysis of the same version instead of starting another', async () => {
    const worker = new ControlledBackend('worker');
    const { scheduler } = setup({ workerThreshold: 0 }, { worker });
    const doc = new FakeDocument('a', 'same');
    const first = scheduler.request(doc);
    const second = scheduler.request(doc);
    await flush();
    assert.equal(worker.calls.length, 1);
    worker.calls[0].resolve();
    assert.equal(await first, await second);
  });

  const routing: { name: string; size: number; threshold: number; workerAvailable: boolean; expected: 'in-process' | 'worker' }[] = [
    { name: 'small documents stay in process', size: 10, threshold: 100, workerAvailable: true, expected: 'in-process' },
    { name: 'documents at the threshold go to the worker', size: 100, threshold: 100, workerAvailable: true, expected: 'worker' },
    { name: 'without a worker, large documents are analysed in process', size: 500, threshold: 100, workerAvailable: false, expected: 'in-process' },
  ];
  for (const row of routing) {
    it(`routes: ${row.name}`, async () => {
      const worker = new ControlledBackend('worker', true);
      worker.available = row.workerAvailable;
      const { scheduler } = setup({ workerThreshold: row.threshold }, { worker });
      const outcome = await scheduler.request(new FakeDocument('a', 'x'.repeat(row.size)));
      assert.equal(outcome?.kind === 'analyzed' && outcome.backend, row.expected);
    });
  }

  it('falls back to in-process when the worker fails', async () => {
    const worker = new ControlledBackend('worker');
    const { scheduler } = setup({ workerThreshold: 0 }, { worker });
    const request = scheduler.request(new FakeDocument('a', 'text'));
    await flush();
    worker.calls[0].reject(new Error('worker crashed'));
    const outcome = await request;
    assert.equal(outcome?.kind === 'analyzed' && outcome.backend, 'in-process');
  });

  const skips: { name: string; text: string; maxSize: number; reason: string | undefined }[] = [
    { name: 'over the size limit', text: 'x'.repeat(101), maxSize: 100, reason: 'too-large' },
    { name: 'exactly at the limit is analysed', text: 'x'.repeat(100), maxSize: 100, reason: undefined },
    { name: 'NUL characters', text: 'news\u0000binary', maxSize: 100, reason: 'binary' },
  ];
  for (const row of skips) {
    it(`skips: ${row.name}`, async () => {
      const inProcess = new ControlledBackend('in-process', true);
      const { scheduler } = setup({ maxSize: row.maxSize }, { inProcess });
      const outcome = await scheduler.request(new FakeDocument('a', row.text));
      assert.equal(outcome?.kind === 'skipped' ? outcome.reason : undefined, row.reason);
    });
  }

  it('forget frees the outcome, cancels pending work and releases the worker when no document needs it', async () => {
    const worker = new ControlledBackend('worker', true);
    const { timers, scheduler, published } = setup({ workerThreshold: 0 }, { worker });
    const doc = new FakeDocument('a', 'text');
    await scheduler.request(doc);
    assert.ok(scheduler.current(doc));
    doc.edit('text 2');
    scheduler.schedule(doc);
    assert.equal(scheduler.forget('a'), true);
    timers.advance(1000);
    await flush();
    assert.equal(scheduler.current(doc), undefined);
    assert.equal(published.length, 1);
    assert.equal(worker.released, 1);
    assert.deepEqual(scheduler.busyKeys(), []);
  });

  it('a closed document is never published', async () => {
    const worker = new ControlledBackend('worker');
    const { scheduler, published } = setup({ workerThreshold: 0 }, { worker });
    const doc = new FakeDocument('a', 'text');
    const request = scheduler.request(doc);
    await flush();
    doc.isClosed = true;
    worker.calls[0].resolve();
    assert.equal(await request, undefined);
    assert.equal(published.length, 0);
  });

  it('invalidate makes outcomes stale so the next request re-analyses with the new settings', async () => {
    const { scheduler, published } = setup();
    const doc = new FakeDocument('a', 'text');
    const first = await scheduler.request(doc);
    scheduler.invalidate();
    assert.equal(scheduler.current(doc), undefined);
    const second = await scheduler.request(doc);
    assert.notEqual(first, second);
    assert.equal(published.length, 2);
  });

  it('a cancelled in-process request is not an error', async () => {
    const inProcess = new ControlledBackend('in-process');
    const { scheduler } = setup({}, { inProcess });
    const doc = new FakeDocument('a', 'text');
    const request = scheduler.request(doc);
    await flush();
    scheduler.forget('a');
    inProcess.calls[0].reject(new CancelledError());
    assert.equal(await request, undefined);
  });
});

describe('looksBinary', () => {
  const rows: [string, boolean][] = [['plain news', false], ['', false], ['a\u0000b', true], ['\u0000', true], ['emoji \u{1F600} and RTL \u05E9\u05DC\u05D5\u05DD', false]];
  for (const [text, expected] of rows) it(`${JSON.stringify(text)} → ${expected}`, () => assert.equal(looksBinary(text), expected));
});

describe('AnalysisScheduler and the debounce', () => {
  it('a request while a debounce timer is pending waits for it instead of analysing every keystroke', async () => {
    const { timers, published, scheduler } = setup();
    const doc = new FakeDocument('a', 'one');
    scheduler.schedule(doc);
    let resolved = false;
    const request = scheduler.request(doc).then((o) => {
      resolved = true;
      return o;
    });
    await flush();
    assert.equal(resolved, false);
    doc.edit('one two');
    scheduler.schedule(doc);
    timers.advance(299);
    await flush();
    assert.equal(published.length, 0);
    timers.advance(1);
    const outcome = await request;
    assert.equal(outcome?.version, 2);
    assert.deepEqual(published.map((o) => o.version), [2]);
  });

  it('an immediate request pre-empts the timer', async () => {
    const { timers, published, scheduler } = setup();
    const doc = new FakeDocument('a', 'one');
    scheduler.schedule(doc);
    const outcome = await scheduler.request(doc, { immediate: true });
    assert.equal(outcome?.version, 1);
    assert.equal(timers.count, 0);
    assert.equal(published.length, 1);
  });
});

describe('AnalysisScheduler while typing continues', () => {
  it('a debounced analysis that finds the document changed waits for the next debounce instead of re-analysing at once', async () => {
    const worker = new ControlledBackend('worker');
    const { timers, scheduler, published } = setup({ workerThreshold: 0 }, { worker });
    const doc = new FakeDocument('a', 'v1');
    scheduler.schedule(doc);
    timers.advance(300);
    await flush();
    assert.equal(worker.calls.length, 1);
    doc.edit('v2');
    scheduler.schedule(doc);
    worker.calls[0].resolve();
    await flush();
    assert.equal(worker.calls.length, 1, 'no analysis before the new debounce delay');
    timers.advance(300);
    await flush();
    assert.equal(worker.calls.length, 2);
    worker.calls[1].resolve();
    await flush();
    assert.deepEqual(published.map((o) => o.version), [2]);
  });
});
