/** Worker-thread entry of the CLI (bundled to dist/cli-worker.js): runs tasks posted by the pool. */
import { parentPort } from 'node:worker_threads';
import { lazyAnalyzer, runTask, type TaskRequest } from './tasks';
import type { WorkerMessage } from './pool';

// One analyzer per thread, so paragraph parses repeated across files (boilerplate) are cached.
const analyzer = lazyAnalyzer();

parentPort?.on('message', (message: { id: number; request: TaskRequest }) => {
  void runTask(message.request, analyzer).then((result) => {
    const reply: WorkerMessage = { id: message.id, result };
    parentPort?.postMessage(reply);
  });
});
