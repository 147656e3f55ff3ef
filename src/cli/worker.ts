/** Worker-thread entry of the CLI (bundled to dist/cli-worker.js): runs tasks posted by the pool. */
import { parentPort } from 'node:worker_threads';
import { Analyzer } from '../core/analyze';
import { runTask, type TaskRequest } from './tasks';
import type { WorkerMessage } from './pool';

// One analyzer per thread, so paragraph parses repeated across files (boilerplate) are cached.
const analyzer = new Analyzer();

parentPort?.on('message', (message: { id: number; request: TaskRequest }) => {
  const reply: WorkerMessage = { id: message.id, result: runTask(message.request, analyzer) };
  parentPort?.postMessage(reply);
});
