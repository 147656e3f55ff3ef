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
