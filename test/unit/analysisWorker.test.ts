import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { Analyzer } from '../../src/core/analyze';
import { CancelledError, WorkerBackend, type WorkerLike } from '../../src/vscode/analysisBackends';
import { AnalysisAssembler, analysisParts, type HostMessage } from '../../src/vscode/analysisProtocol';

// Invented article: line 4 repeats line 2; lines 6 and 7 repeat lines 3 and 5.
const ARTICLE = [
  'The harbour authority said on Tuesday that the new ferry terminal would open in the spring.',
  '"We expect the first sailings before Easter," said Mara Jensen, the authority\'s director.',
  'Local traders welcomed the news but asked for more parking near the quay.',
  '"We expect the first sailings before Easter," said Mara Jensen, the authority\'s director.',
  'The council will vote on the parking plan next month.',
  'Local traders welcomed the news but asked for more parking near the quay.',
  'The council will vote on the parking plan next month.',
  '',
].join('\n');

const WORKER_SCRIPT = path.resolve(__dirname, '..', '..', '..', 'dist', 'analysisWorker.js');

describe('analysis protocol parts', () => {
  const analysis = new Analyzer().analyze(ARTICLE.repeat(5));
  for (const budget of [1, 3, 50, 100_000]) {
    it(`splitting with budget ${budget} and reassembling gives back the same analysis`, () => {
      const assembler = new AnalysisAssembler(analysis.length);
      let parts = 0;
      for (const part of analysisParts(analysis, budget)) {
        parts++;
        assembler.add(part.field, part.items);
      }
      assert.deepEqual(assembler.finish(), analysis);
      if (budget === 1) assert.ok(parts >= analysis.paragraphs.length, 'a budget of 1 sends items one by one');
    });
  }
});

describe('WorkerBackend with the real worker (dist/analysisWorker.js)', function () {
  this.timeout(20000);
  let backend: WorkerBackend;
  before(function () {
    if (!fs.existsSync(WORKER_SCRIPT)) this.skip();
  });
  beforeEach(() => {
    backend = new WorkerBackend(() => new Worker(WORKER_SCRIPT, { workerData: { partBudget: 7 } }));
  });
  afterEach(() => backend.dispose());

  it('returns exactly what the in-process engine returns, in many small parts', async () => {
    const text = ARTICLE.repeat(3);
    const options = { duplicates: { similarity: 0.8 } };
    const fromWorker = await backend.analyze(text, options, { cancelled: false });
    assert.deepEqual(fromWorker, new Analyzer().analyze(text, options));
    assert.ok(fromWorker.duplicates.length > 0, 'the fixture has duplicates');
  });

  it('never starts a queued job that was cancelled, and still finishes the others', async () => {
    const cancelled = { cancelled: false };
    const first = backend.analyze(ARTICLE, {}, { cancelled: false });
    const second = backend.analyze(ARTICLE + 'Extra line.\n', {}, cancelled);
    cancelled.cancelled = true;
    const third = backend.analyze(ARTICLE + 'Another line.\n', {}, { cancelled: false });
    assert.equal((await first).length, ARTICLE.length);
    await assert.rejects(second, CancelledError);
    assert.equal((await third).length, ARTICLE.length + 'Another line.\n'.length);
    assert.equal((await backend.stats()).analyses, 2, 'the cancelled job never ran');
  });
});

describe('WorkerBackend sending a text in slices (real worker)', function () {
  this.timeout(20000);
  before(function () {
    if (!fs.existsSync(WORKER_SCRIPT)) this.skip();
  });

  /** The real worker, recording the characters of text each posted message carried. */
  function recordingSpawn(sent: HostMessage[]): () => WorkerLike {
    return () => {
      const worker = new Worker(WORKER_SCRIPT);
      return {
        postMessage: (message: HostMessage) => {
          sent.push(message);
          worker.postMessage(message);
        },
        on: (event: string, listener: (value: never) => void) => worker.on(event, listener as (...args: unknown[]) => void),
        terminate: () => worker.terminate(),
      };
    };
  }

  // An emoji (a surrogate pair) every few characters, so some slice boundaries split a pair.
  const WITH_SURROGATES = ARTICLE.replace(/ the /g, ' the \u{1F4F0} ');
  const rows = [
    { name: 'a text shorter than one slice', text: ARTICLE, slice: 100_000, messages: 1 },
    { name: 'a text of exactly one slice', text: ARTICLE, slice: ARTICLE.length, messages: 1 },
    { name: 'a text one character over a slice', text: ARTICLE, slice: ARTICLE.length - 1, messages: 2 },
    { name: 'slices that split surrogate pairs', text: WITH_SURROGATES.repeat(2), slice: 7, messages: Math.ceil(WITH_SURROGATES.length * 2 / 7) },
  ];
  for (const row of rows) {
    it(`${row.name}: ${row.messages} message(s) of at most ${row.slice} characters, same analysis as in-process`, async () => {
      const sent: HostMessage[] = [];
      const backend = new WorkerBackend(recordingSpawn(sent), 3, () => undefined, () => undefined, row.slice);
      try {
        const fromWorker = await backend.analyze(row.text, {}, { cancelled: false });
        assert.deepEqual(fromWorker, new Analyzer().analyze(row.text));
        const carrying = sent.filter((m) => m.type === 'text' || m.type === 'analyze');
        assert.equal(carrying.length, row.messages);
        for (const message of carrying) if ('text' in message) assert.ok(message.text.length <= row.slice);
      } finally {
        backend.dispose();
      }
    });
  }

  it('stops sending a cancelled text, and the worker drops the slices it had before the next job', async () => {
    const sent: HostMessage[] = [];
    const backend = new WorkerBackend(recordingSpawn(sent), 3, () => undefined, () => undefined, 16);
    try {
      const signal = { cancelled: false };
      const cancelled = backend.analyze('Dropped text that must never be analysed. '.repeat(20), {}, signal);
      signal.cancelled = true;
      await assert.rejects(cancelled, CancelledError);
      assert.equal(sent.filter((m) => m.type === 'text').length, 1, 'only the slice posted before the first yield');
      assert.ok(sent.some((m) => m.type === 'discard'));
      const next = await backend.analyze(ARTICLE, {}, { cancelled: false });
      assert.deepEqual(next, new Analyzer().analyze(ARTICLE));
      assert.equal((await backend.stats()).analyses, 1, 'the cancelled text was never analysed');
    } finally {
      backend.dispose();
    }
  });
});

describe('WorkerBackend failures', () => {
  /** A worker that dies as soon as it is asked to analyse. */
  class DyingWorker implements WorkerLike {
    private exit: ((code: number) => void) | undefined;
    postMessage(message: HostMessage): void {
      if (message.type === 'analyze') setImmediate(() => this.exit?.(1));
    }
    on(event: string, listener: (value: never) => void): this {
      if (event === 'exit') this.exit = listener as (code: number) => void;
      return this;
    }
    terminate(): void {}
  }

  it('rejects the job when the worker exits, and becomes unavailable after repeated failures', async () => {
    let spawned = 0;
    const backend = new WorkerBackend(() => {
      spawned++;
      return new DyingWorker();
    }, 2);
    await assert.rejects(backend.analyze('a', {}, { cancelled: false }), /exited with code 1/);
    assert.equal(backend.available, true);
    await assert.rejects(backend.analyze('b', {}, { cancelled: false }), /exited with code 1/);
    assert.equal(backend.available, false);
    await assert.rejects(backend.analyze('c', {}, { cancelled: false }), /unavailable/);
    assert.equal(spawned, 2);
  });

  it('becomes unavailable when a worker cannot be started at all (e.g. a web extension host)', async () => {
    const backend = new WorkerBackend(() => {
      throw new Error('worker_threads is not supported');
    }, 1);
    await assert.rejects(backend.analyze('a', {}, { cancelled: false }), /unavailable/);
    assert.equal(backend.available, false);
  });
});
