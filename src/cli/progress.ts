/** A one-line progress bar on stderr, shown only when stderr is a terminal (never in pipes or logs). */

export interface Progress {
  tick(): void;
  /** Erases the bar so other terminal output doesn't mix with it; the next tick redraws it. */
  clear(): void;
  done(): void;
}

const SILENT: Progress = { tick() {}, clear() {}, done() {} };
const REDRAW_MS = 100;
const WIDTH = 24;

export function createProgress(total: number, stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY || total < 2) return SILENT;
  const started = Date.now();
  let count = 0;
  let lastDraw = 0;
  let shown = false;
  const draw = (): void => {
    const filled = Math.round((count / total) * WIDTH);
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? Math.round(count / seconds) : 0;
    stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${count}/${total} files  ${rate} files/s`);
    shown = true;
    lastDraw = Date.now();
  };
  return {
    tick() {
      count++;
      if (Date.now() - lastDraw >= REDRAW_MS || count === total) draw();
    },
    clear() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
      lastDraw = 0;
    },
    done() {
      if (shown) stream.write('\r\x1b[2K');
      shown = false;
    },
  };
}
