/**
 * Worker thread that analyses large documents off the extension host (bundled to `dist/analysisWorker.js`).
 * It keeps its own `Analyzer`, so re-analysing an edited document re-parses only the changed paragraphs,
 * and hands each result back in parts the host pulls one at a time (see analysisProtocol.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Analyzer } from '../core/analyze';
import { analysisParts, isHostMessage, type HostMessage, type Part, type WorkerMessage } from './analysisProtocol';

interface WorkerOptions {
  readonly cacheSize?: number;
  readonly partBudget?: number;
}

const settings: WorkerOptions = (workerData ?? {}) as WorkerOptions;
const analyzer = new Analyzer(settings.cacheSize ? { cacheSize: settings.cacheSize } : {});
let analyses = 0;

/** The result being handed over: its remaining parts. Only one at a time; the host queues the rest. */
let pending: { readonly id: number; readonly parts: Iterator<Part>; next: IteratorResult<Part> } | undefined;
/** The slices received so far of the text the host is sending (one job at a time; a new id drops the old). */
let incoming: { readonly id: number; readonly slices: string[] } | undefined;

/** Job `id`'s whole text: the slices received before, then `last`. */
function receivedText(id: number, last: string): string {
  const slices = incoming?.id === id ? incoming.slices : [];
  incoming = undefined;
  return slices.length === 0 ? last : slices.join('') + last;
}

function send(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function sendNextPart(id: number): void {
  if (!pending || pending.id !== id) return;
  const current = pending.next;
  if (current.done) {
    // An analysis without any array items still ends with one (empty) part.
    send({ type: 'part', id, field: 'problems', items: [], done: true });
    pending = undefined;
    return;
  }
  pending.next = pending.parts.next();
  const done = pending.next.done === true;
  send({ type: 'part', id, field: current.value.field, items: current.value.items, done });
  if (done) pending = undefined;
}

function handle(message: HostMessage): void {
  switch (message.type) {
    case 'text':
      if (incoming?.id !== message.id) incoming = { id: message.id, slices: [] };
      incoming.slices.push(message.text);
      return;
    case 'analyze': {
      const started = performance.now();
      const text = receivedText(message.id, message.text);
      try {
        const analysis = analyzer.analyze(text, message.options);
        analyses++;
        const parts = analysisParts(analysis, settings.partBudget);
        pending = { id: message.id, parts, next: parts.next() };
        send({ type: 'ready', id: message.id, length: analysis.length, analyzeMs: performance.now() - started });
      } catch (error) {
        pending = undefined;
        send({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    case 'pull':
      sendNextPart(message.id);
      return;
    case 'discard':
      if (pending?.id === message.id) pending = undefined;
      if (incoming?.id === message.id) incoming = undefined;
      return;
    case 'stats':
      send({ type: 'stats', id: message.id, heapUsed: process.memoryUsage().heapUsed, analyses });
      return;
  }
}

parentPort?.on('message', (message: unknown) => {
  if (isHostMessage(message)) handle(message);
});
