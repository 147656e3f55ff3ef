import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import fc from 'fast-check';
import { Analyzer } from '../../src/core/analyze';

/**
 * An Analyzer keeps parses and each paragraph's attribution reading between calls. Whatever it kept, the
 * analysis of an edited document must equal a fresh analysis of the same text.
 */

const SEED = 20_261_125;
const RUNS = Math.max(1, Number.parseInt(process.env.FUZZ_RUNS ?? '', 10) || 40);

const PARAGRAPHS = [
  '"We will not sign this deal," Clara Voss, the trade minister, said on Monday.',
  'Voss told reporters in Oslo that the talks had failed. "It is over," she added.',
  'According to the Harbour Workers Union, 40,000 jobs are at risk.',
  '“The plan costs $3 million,” said Ode Lind, a spokesman for the council.',
  'He said the council would meet again in May.',
  'A spokesman for the ministry said it expects an answer by Friday.',
  'The Arab League and the UN urged both sides to return to the table.',
  '“First part of a long quotation.',
  '“Second part, which ends here,” Lind said.',
  'Nobody said anything.',
  'Minister Ode Lind, speaking in Bergen, said: "We are ready."',
  'Prices rose 4.5% in March, the statistics office said.',
];

type Edit =
  | { readonly kind: 'insert'; readonly at: number; readonly paragraph: number }
  | { readonly kind: 'delete'; readonly at: number }
  | { readonly kind: 'type'; readonly at: number; readonly chars: string };

function applyEdit(paragraphs: readonly string[], edit: Edit): string[] {
  const next = [...paragraphs];
  const at = paragraphs.length === 0 ? 0 : edit.at % (paragraphs.length + (edit.kind === 'insert' ? 1 : 0));
  if (edit.kind === 'insert') next.splice(at, 0, PARAGRAPHS[edit.paragraph % PARAGRAPHS.length]);
  else if (edit.kind === 'delete' && next.length > 0) next.splice(at, 1);
  else if (edit.kind === 'type' && next.length > 0) {
    const line = next[at];
    const cut = Math.floor(line.length / 2);
    next[at] = line.slice(0, cut) + edit.chars + line.slice(cut);
  }
  return next;
}

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(40), paragraph: fc.nat(40) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(40) }),
  fc.record({ kind: fc.constant('type' as const), at: fc.nat(40), chars: fc.constantFrom('"', '”', ' Voss', ' said', 'x', ' Lind said ', '\u201C') }),
);

describe('incremental analysis: a kept Analyzer gives what a fresh one gives', function () {
  this.timeout(120_000);

  const cases: [string, (paragraphs: string[]) => string][] = [
    ['one paragraph per line (LF)', (p) => p.join('\n')],
    ['blank-line separated (CRLF)', (p) => p.join('\r\n\r\n')],
  ];
  for (const [layout, join] of cases) {
    it(`after every edit of a sequence (${RUNS} sequences, seed ${SEED}, ${layout})`, () => {
      fc.assert(
        fc.property(fc.array(fc.nat(PARAGRAPHS.length - 1), { minLength: 1, maxLength: 12 }), fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
          const kept = new Analyzer();
          let paragraphs = start.map((i) => PARAGRAPHS[i]);
          kept.analyze(join(paragraphs));
          for (const e of edits) {
            paragraphs = applyEdit(paragraphs, e);
            const text = join(paragraphs);
            assert.deepEqual(kept.analyze(text), new Analyzer().analyze(text));
          }
        }),
        { numRuns: RUNS, seed: SEED },
      );
    });
  }

  it('a moved paragraph keeps its statements, at its new offsets', () => {
    const kept = new Analyzer();
    const first = [PARAGRAPHS[0], PARAGRAPHS[1], PARAGRAPHS[3]].join('\n');
    const before = kept.analyze(first);
    const moved = `${PARAGRAPHS[6]}\n${first}`;
    const after = kept.analyze(moved);
    const shift = PARAGRAPHS[6].length + 1;
    const claimOf = (text: string, c: { start: number; end: number }): string => text.slice(c.start, c.end);
    for (const claim of before.claims) {
      assert.ok(after.claims.some((c) => c.start === claim.start + shift && claimOf(moved, c) === claimOf(first, claim)), `claim "${claimOf(first, claim)}" moved`);
    }
    assert.deepEqual(after, new Analyzer().analyze(moved));
  });

  // Entities in a paragraph can change while its text does not: a surname is typed from a full name elsewhere.
  const entityCases: [string, string, string][] = [
    ['a full name added before', 'The report by Brannvik was late, and Brannvik warned that prices would rise.', 'Sela Brannvik arrived.'],
  ];
  for (const [name, paragraph, added] of entityCases) {
    it(`a paragraph whose entities change without its text changing: ${name}`, () => {
      const kept = new Analyzer();
      kept.analyze(paragraph);
      const text = `${added}\n${paragraph}`;
      const fresh = new Analyzer().analyze(text);
      assert.notDeepEqual(
        fresh.entities.filter((e) => e.start > added.length),
        new Analyzer().analyze(paragraph).entities.map((e) => ({ ...e, start: e.start + added.length + 1, end: e.end + added.length + 1 })),
        'the added paragraph changes what the unchanged one holds',
      );
      assert.deepEqual(kept.analyze(text), fresh);
    });
  }

  it('keeps no earlier version of the document alive: caches hold copies, not slices of the text', () => {
    v8.setFlagsFromString('--expose-gc');
    const collect = vm.runInNewContext('gc') as () => void;
    // A 4 MB paragraph too long to parse keeps each version's analysis cheap; a slice of any version kept
    // in a cache would keep all 4 MB of that version alive.
    const filler = 'x'.repeat(4_000_000);
    const kept = new Analyzer();
    const prose = PARAGRAPHS.slice(0, 6);
    kept.analyze([...prose, filler].join('\n'));
    collect();
    const before = process.memoryUsage().heapUsed;
    for (let edit = 0; edit < 12; edit++) {
      const edited = prose.map((p, i) => (i === edit % prose.length ? `${p} Edit number ${edit} by Clara Voss.` : p));
      kept.analyze([...edited, filler].join('\n'));
    }
    collect();
    const grownMb = (process.memoryUsage().heapUsed - before) / 1e6;
    assert.ok(grownMb < 16, `heap grew by ${grownMb.toFixed(1)} MB over 12 edits of a 4 MB document`);
  });

  const raw = path.resolve(__dirname, '../../../../shared/eval/raw');
  const articles = fs.existsSync(raw) ? fs.readdirSync(raw).filter((f) => f.endsWith('.txt')).sort().slice(0, 6) : [];
  (articles.length > 0 ? it : it.skip)(`real articles (../shared/eval/raw): paragraph edits, moves and deletions${articles.length ? '' : ' (skipped without ../shared)'}`, () => {
    for (const file of articles) {
      const paragraphs = fs.readFileSync(path.join(raw, file), 'utf8').split(/\n\s*\n/);
      const kept = new Analyzer();
      kept.analyze(paragraphs.join('\n\n'));
      const middle = Math.floor(paragraphs.length / 2);
      const versions = [
        [...paragraphs.slice(0, middle), 'Clara Voss said the figures were wrong.', ...paragraphs.slice(middle)],
        [...paragraphs.slice(1), paragraphs[0]],
        paragraphs.filter((_, i) => i !== middle),
      ];
      for (const version of versions) {
        const text = version.join('\n\n');
        assert.deepEqual(kept.analyze(text), new Analyzer().analyze(text), file);
      }
    }
  });
});
