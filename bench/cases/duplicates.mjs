// Duplicate-paragraph detection on 10 MB: it must stay linear, under 500 ms, and cost at most 3× merely
// splitting and hashing the paragraphs (what any exact-duplicate check must do), measured side by side.
import fs from 'node:fs';


const TARGET_CHARS = 10_000_000;

/** Deterministic PRNG (mulberry32), so every run measures the same text. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * ~10 MB from the ~1 MB corpus. `distinct`: rounds after the first shuffle each paragraph's words, so the
 * text is new prose statistically like news (the usual case: few duplicates), then duplicates are injected
 * every 40 paragraphs: exact copies, one-word edits of long paragraphs (near-duplicates) and copied runs of
 * three. `verbatim`: the corpus repeated as is (90% exact duplicates). `tagged`: every later round's
 * paragraphs end in " [round]" (90% near-duplicates, the most expensive case for the near search).
 */
function buildText(corpus, mode) {
  const paragraphs = corpus.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
  const next = random(20261124);
  const out = [];
  let size = 0;
  let injected = 0;
  for (let round = 0; size < TARGET_CHARS; round++) {
    for (const paragraph of paragraphs) {
      let text = paragraph;
      if (round > 0 && mode === 'distinct') {
        const words = paragraph.split(' ');
        for (let i = words.length - 1; i > 0; i--) {
          const j = Math.floor(next() * (i + 1));
          [words[i], words[j]] = [words[j], words[i]];
        }
        text = words.join(' ');
      } else if (round > 0 && mode === 'tagged') {
        text = `${paragraph} [${round}]`;
      }
      out.push(text);
      size += text.length + 2;
      if (mode === 'distinct' && out.length % 40 === 0) {
        const kind = (out.length / 40) % 3;
        const from = Math.floor(next() * (out.length - 3));
        const copies = [];
        if (kind === 0) {
          copies.push(out[from]);
        } else if (kind === 1) {
          const words = out[from].split(' ');
          if (words.length >= 60) words[Math.floor(words.length / 2)] = 'changed';
          copies.push(words.join(' '));
        } else {
          copies.push(out[from], out[from + 1], out[from + 2]);
        }
        out.push(...copies);
        for (const copy of copies) size += copy.length + 2;
        injected++;
      }
      if (size >= TARGET_CHARS) break;
    }
  }
  return { text: out.join('\n\n'), injected };
}


/** Median CPU time (user + system) in ms: steadier than wall time when the machine is shared. */
function cpuMedian(fn, runs = 5) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    globalThis.gc?.();
    const before = process.cpuUsage();
    fn();
    const spent = process.cpuUsage(before);
    times.push((spent.user + spent.system) / 1000);
  }
  times.sort((a, b) => a - b);
  return times[runs >> 1];
}

export async function cases(ctx) {
  const group = 'duplicates';
  if (!ctx.engine) return [ctx.skip(group, 'findDuplicates 10 MB', 'dist/core.js not built')];
  if (!ctx.corpusPath) return [ctx.skip(group, 'findDuplicates 10 MB', '../shared absent')];
  const { splitParagraphs, analyze } = ctx.engine;
  const { findDuplicates } = ctx.engine;
  const corpus = fs.readFileSync(ctx.corpusPath, 'utf8');
  const rows = [];

  for (const mode of ['distinct', 'verbatim', 'tagged']) {
    const { text, injected } = buildText(corpus, mode);
    const megabytes = (text.length / 1_000_000).toFixed(1);
    const paragraphs = splitParagraphs(text);
    const findings = analyze(text, { duplicatesOnly: true }).duplicates;
    const copies = findings.reduce((sum, f) => sum + f.paragraphs.length, 0);
    const found = `${findings.length} findings, ${copies} copies of ${paragraphs.length} paragraphs${mode === 'distinct' ? `, ${injected} injected` : ''}`;

    // Detection alone, given the paragraphs, against merely splitting and hashing them.
    {
      const { baselineMs, medianMs } = await ctx.compare(
        () => splitParagraphs(text),
        () => findDuplicates(text, paragraphs, undefined),
        5,
      );
      const ratio = medianMs / baselineMs;
      const cpu = `CPU: find ${cpuMedian(() => findDuplicates(text, paragraphs, undefined)).toFixed(0)} ms, split+hash ${cpuMedian(() => splitParagraphs(text)).toFixed(0)} ms`;
      rows.push({ group, name: `findDuplicates, ${megabytes} MB ${mode}`, medianMs, baselineName: 'split+hash paragraphs', baselineMs, ratio, target: '≤ 3×', pass: ratio <= 3, note: `${found}; ${cpu}` });
    }

    // The whole detection from raw text (split, hash, find), which is what a user waits for.
    const { baselineMs, medianMs } = await ctx.compare(
      () => splitParagraphs(text),
      () => analyze(text, { duplicatesOnly: true }),
      5,
    );
    const cpuSplit = cpuMedian(() => splitParagraphs(text));
    const cpuTotal = cpuMedian(() => analyze(text, { duplicatesOnly: true }));
    const cpu = `CPU: split+find ${cpuTotal.toFixed(0)} ms, split+hash ${cpuSplit.toFixed(0)} ms`;
    rows.push({
      group,
      name: `split+find duplicates, ${megabytes} MB ${mode}`,
      medianMs,
      baselineName: 'split+hash paragraphs',
      baselineMs,
      ratio: medianMs / baselineMs,
      target: '< 500 ms',
      pass: medianMs < 500,
      note: `${found}; ${cpu}`,
    });
  }
  return rows;
}
