import assert from 'node:assert/strict';
import { splitParagraphs } from '../../src/core/paragraphs';
import { findQuotes } from '../../src/core/quotes';
import type { QuoteKind } from '../../src/core/types';

interface Expected {
  readonly text: string;
  readonly kind?: QuoteKind;
  readonly closed?: boolean;
  readonly content?: string;
}

function quotesOf(text: string): ReturnType<typeof findQuotes> {
  return findQuotes(text, splitParagraphs(text));
}

function assertSliceTrue(text: string, found: ReturnType<typeof findQuotes>): void {
  for (const q of found.quotes) {
    assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end, `in bounds: ${q.start}-${q.end}`);
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.content.start >= q.start && q.content.end <= q.end && q.content.start <= q.content.end);
  }
  for (const p of found.problems) assert.ok(p.start >= 0 && p.end <= text.length && p.start <= p.end);
}

describe('findQuotes', () => {
  const cases: { name: string; text: string; quotes: Expected[]; problems?: number }[] = [
    {
      name: 'straight double quotes, full sentence',
      text: '"We will rebuild the bridge," Mayor Ada Quill said.',
      quotes: [{ text: '"We will rebuild the bridge,"', kind: 'full', closed: true, content: 'We will rebuild the bridge,' }],
    },
    {
      name: 'curly double quotes',
      text: '\u201CThe river is rising,\u201D she said.',
      quotes: [{ text: '\u201CThe river is rising,\u201D', kind: 'full' }],
    },
    {
      name: 'single quotes nested in double ones stay inside the outer quote',
      text: '\u201CHe told me, \u2018Leave now,\u2019 and I left,\u201D Ortiz said.',
      quotes: [{ text: '\u201CHe told me, \u2018Leave now,\u2019 and I left,\u201D', kind: 'full' }],
    },
    {
      name: 'straight nested single quotes',
      text: '"She said \'no\' twice," Ortiz recalled.',
      quotes: [{ text: '"She said \'no\' twice,"' }],
    },
    {
      name: 'apostrophes never open quotes',
      text: "Don't say it's over: the '90s band played rock 'n' roll at Assad's palace in the \u201990s.",
      quotes: [],
    },
    {
      name: 'apostrophes inside a quotation',
      text: '"I don\'t think Assad\'s forces will stop," he said.',
      quotes: [{ text: '"I don\'t think Assad\'s forces will stop,"' }],
    },
    {
      name: 'partial quotation inside a sentence',
      text: 'The plan is a "concerted push" toward peace, officials said.',
      quotes: [{ text: '"concerted push"', kind: 'partial' }],
    },
    {
      name: 'a quoted fragment ending the sentence is partial',
      text: 'Rebels declared the airport a \u201Cmilitary zone.\u201D',
      quotes: [{ text: '\u201Cmilitary zone.\u201D', kind: 'partial' }],
    },
    {
      name: 'a full sentence quoted after a colon',
      text: 'The minister was blunt: "Nobody should have illusions."',
      quotes: [{ text: '"Nobody should have illusions."', kind: 'full' }],
    },
    {
      name: 'bracketed editorial insertions are part of the quote',
      text: '"They [the rebels] will not stop," he said.',
      quotes: [{ text: '"They [the rebels] will not stop,"', content: 'They [the rebels] will not stop,' }],
    },
    {
      name: 'multi-paragraph quotation: one piece per paragraph, no problem',
      text: '"This is the first part of the speech.\n\n"And this is the end," she said.',
      quotes: [
        { text: '"This is the first part of the speech.', closed: true, kind: 'full' },
        { text: '"And this is the end,"', closed: true },
      ],
      problems: 0,
    },
    {
      name: 'unclosed quotation is bounded to its paragraph and reported',
      text: 'He said "this never ends.\nThe next paragraph has no quotes.',
      quotes: [{ text: '"this never ends.', closed: false }],
      problems: 1,
    },
    {
      name: 'top-level single-quoted quotation',
      text: "The report called it 'a disaster' in print.",
      quotes: [{ text: "'a disaster'", kind: 'partial' }],
    },
    {
      name: 'plural possessive is no closing mark',
      text: "The players' union met the owners' lawyers.",
      quotes: [],
    },
    {
      name: 'two apostrophes typed for a double mark',
      text: "He called it ''smooth'' income.",
      quotes: [{ text: "''smooth''", kind: 'partial' }],
    },
    {
      name: 'curly opening with a straight closing mark',
      text: '\u201CI agree with the plan," he said. \u201CIt works.\u201D',
      quotes: [{ text: '\u201CI agree with the plan,"' }, { text: '\u201CIt works.\u201D' }],
    },
    {
      name: 'a paragraph that is only a quoted phrase is a sub-heading (partial)',
      text: "The talks went on.\n'Not enough rooms for everyone'\nThe city agreed.",
      quotes: [{ text: "'Not enough rooms for everyone'", kind: 'partial' }],
    },
    {
      name: 'several quotations in one paragraph, CRLF paragraphs',
      text: '"One," she said, "two."\r\n"Three."',
      quotes: [{ text: '"One,"' }, { text: '"two."' }, { text: '"Three."' }],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const found = quotesOf(c.text);
      assertSliceTrue(c.text, found);
      assert.deepEqual(found.quotes.map((q) => q.text), c.quotes.map((q) => q.text));
      c.quotes.forEach((expected, i) => {
        const q = found.quotes[i];
        if (expected.kind) assert.equal(q.kind, expected.kind, `kind of ${q.text}`);
        if (expected.closed !== undefined) assert.equal(q.closed, expected.closed, `closed of ${q.text}`);
        if (expected.content !== undefined) assert.equal(c.text.slice(q.content.start, q.content.end), expected.content);
      });
      if (c.problems !== undefined) {
        assert.equal(found.problems.length, c.problems);
        for (const p of found.problems) assert.equal(p.code, 'unclosed-quote');
      }
    });
  }

  describe('robustness', () => {
    const inputs: { name: string; text: () => string }[] = [
      { name: 'empty', text: () => '' },
      { name: '10,000 unmatched quote marks', text: () => '"'.repeat(10_000) },
      { name: '10,000 alternating marks and words', text: () => 'a "b '.repeat(10_000) },
      { name: 'curly openers only', text: () => '\u201Cx '.repeat(10_000) },
      { name: 'lone surrogates around marks', text: () => '\uD800"\uDC00 \u201C\uDFFF\u201D \'\uD83D'.repeat(1000) },
      { name: '5 MB single line with quotes', text: () => 'He said "it is fine," and left. '.repeat(160_000) },
    ];
    for (const input of inputs) {
      it(`never throws, stays slice-true and fast: ${input.name}`, () => {
        const text = input.text();
        const started = Date.now();
        const found = quotesOf(text);
        const elapsed = Date.now() - started;
        assertSliceTrue(text, found);
        assert.ok(elapsed < 5000, `took ${elapsed} ms`);
      });
    }

    it('is linear: 4x the input takes well under 16x the time', () => {
      const unit = 'She said "yes" and he said \u201Cno\u201D. It\'s the \'90s. '.repeat(20_000);
      const time = (text: string): number => {
        const started = process.hrtime.bigint();
        quotesOf(text);
        return Number(process.hrtime.bigint() - started) / 1e6;
      };
      time(unit); // warm up
      const small = Math.max(time(unit), 1);
      const large = time(unit.repeat(4));
      assert.ok(large < small * 12, `small ${small.toFixed(1)} ms, large ${large.toFixed(1)} ms`);
    });
  });
});
