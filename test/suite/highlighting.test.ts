import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, getApi, openNews, openUntitled, sharedPath, withTimeout } from './helpers';

interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly type: string;
  readonly text: string;
}

async function semanticTokens(document: vscode.TextDocument, range?: vscode.Range): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>(
    range ? 'vscode.provideDocumentRangeSemanticTokensLegend' : 'vscode.provideDocumentSemanticTokensLegend', document.uri);
  assert.ok(legend, 'a semantic tokens legend is registered for news');
  const tokens = await withTimeout(
    vscode.commands.executeCommand<vscode.SemanticTokens>(range ? 'vscode.provideDocumentRangeSemanticTokens' : 'vscode.provideDocumentSemanticTokens', document.uri, ...(range ? [range] : [])),
    60_000, 'semantic tokens');
  assert.ok(tokens, 'semantic tokens were returned');
  const decoded: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    line += tokens.data[i];
    character = tokens.data[i] === 0 ? character + tokens.data[i + 1] : tokens.data[i + 1];
    const text = document.lineAt(line).text.slice(character, character + tokens.data[i + 2]);
    assert.equal(text.length, tokens.data[i + 2], `token at ${line}:${character} stays on its line`);
    decoded.push({ line, character, type: legend.tokenTypes[tokens.data[i + 3]], text });
  }
  return decoded;
}

function textsOf(tokens: readonly DecodedToken[], ...types: string[]): string[] {
  return tokens.filter((token) => types.includes(token.type)).map((token) => token.text);
}

function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers.flatMap((hover) => hover.contents.map((content) => (typeof content === 'string' ? content : content.value))).join('\n');
}

async function setEntityHighlighting(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('newsLens').update('highlight.entities', value, vscode.ConfigurationTarget.Global);
}

describe('highlighting: semantic tokens, hovers, outline', function () {
  this.timeout(180_000);
  afterEach(closeAllEditors);
  after(() => setEntityHighlighting(undefined));

  describe('on the seed article', () => {
    let seed: string | undefined;
    before(function () {
      seed = sharedPath('seeds', '000_5d0278a4d8633017.txt');
      if (!seed) this.skip();
    });

    it('semantic tokens decode to its people, places and organizations', async () => {
      const { document } = await openNews(seed as string);
      const tokens = await semanticTokens(document);
      const people = textsOf(tokens, 'person', 'speaker');
      const places = textsOf(tokens, 'place');
      const organizations = textsOf(tokens, 'organization');
      const report = tokens.map((token) => `${token.type}:${token.text}`).join(' | ');
      for (const name of ['Clinton', 'Lavrov', 'Brahimi', 'al-Assad']) assert.ok(people.some((text) => text.includes(name)), `person ${name} in ${report}`);
      for (const name of ['Dublin', 'Belfast', 'Syria']) assert.ok(places.includes(name), `place ${name} in ${report}`);
      for (const name of ['UN', 'Arab League']) assert.ok(organizations.some((text) => text.includes(name)), `organization ${name} in ${report}`);
      assert.ok(tokens.some((token) => token.type === 'quote'), 'quotes with a known speaker are tokens');
      assert.ok(tokens.some((token) => token.type === 'date' && token.text.includes('December')), 'dates are tokens');
      // Sorted and non-overlapping, as the editor requires.
      tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        if (previous && previous.line === token.line) assert.ok(previous.character + previous.text.length <= token.character, `overlap at ${token.line}:${token.character}`);
      });
    });

    it('a range request returns only the tokens inside the range', async () => {
      const { document } = await openNews(seed as string);
      const range = new vscode.Range(1, 0, 2, 0);
      const tokens = await semanticTokens(document, range);
      assert.ok(tokens.length > 0);
      assert.ok(tokens.every((token) => token.line === 1), tokens.map((token) => `${token.line}:${token.text}`).join(' | '));
      assert.ok(textsOf(tokens, 'place').includes('Dublin'));
    });

    it('newsLens.highlight.entities limits tokens to people, or turns entities off', async () => {
      const { document } = await openNews(seed as string);
      await setEntityHighlighting('people');
      const people = await semanticTokens(document);
      assert.deepEqual([...new Set(people.map((token) => token.type))].sort(), ['person', 'quote', 'speaker']);
      await setEntityHighlighting('off');
      const off = await semanticTokens(document);
      assert.deepEqual([...new Set(off.map((token) => token.type))].sort(), ['quote', 'speaker']);
      await setEntityHighlighting(undefined);
      const all = await semanticTokens(document);
      assert.ok(all.some((token) => token.type === 'place'));
    });

    it('a hover on a quote names Hillary Clinton, her role, the cue and links to the Speakers view', async () => {
      const { document } = await openNews(seed as string);
      const offset = document.getText().indexOf('"I don');
      assert.ok(offset >= 0);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 8));
      const text = hoverText(hovers);
      assert.match(text, /Hillary Clinton/);
      assert.match(text, /Secretary of State/);
      assert.match(text, /Cue: \*said\*/);
      assert.match(text, /other quotes? by this speaker/);
      assert.match(text, /command:newsLens\.revealSpeaker\?/);
      const link = /command:newsLens\.revealSpeaker\?([^ )]+)/.exec(text);
      assert.deepEqual(JSON.parse(decodeURIComponent(link?.[1] ?? '')), ['hillary-clinton']);
    });

    it('a hover on an entity gives its type and mention count', async () => {
      const { document } = await openNews(seed as string);
      const offset = document.getText().indexOf('Dublin');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(offset + 2));
      assert.match(hoverText(hovers), /Place: \*\*Dublin\*\*[\s\S]*Mentioned 2 times/);
    });

    it('the outline lists paragraphs with quotes by speaker, and paragraphs fold', async () => {
      const { document, analysis } = await openNews(seed as string);
      assert.ok(analysis);
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      assert.equal(symbols.length, analysis.paragraphs.length);
      assert.ok(symbols[0].name.startsWith('U.S. Secretary of State'), symbols[0].name);
      const quoteChildren = symbols.flatMap((symbol) => symbol.children);
      assert.ok(quoteChildren.some((child) => child.name === 'Hillary Clinton'), quoteChildren.map((child) => child.name).join(', '));
      assert.match(symbols[4].detail, /copy of/);
      const folds = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', document.uri);
      assert.ok(folds.some((fold) => fold.start === 0 && fold.end === document.lineCount - 1 - (document.lineAt(document.lineCount - 1).isEmptyOrWhitespace ? 1 : 0)),
        folds.map((fold) => `${fold.start}-${fold.end}`).join(', '));
    });
  });

  // After the seed tests, so the token code is warm as in normal use.
  describe('on a large document', () => {
    it('tokens for a 1 MB document are built without blocking the extension host for 50 ms at a time', async () => {
      const api = await getApi();
      const paragraph = 'Mara Quill, the mayor of Dunmore, said on Tuesday that 4,000 homes in Lisk had flooded. "We will rebuild every street by May 3," Quill said. The Harbour Trust in Dunmore said it would lend $3 million.';
      const text = Array.from({ length: Math.ceil(1_000_000 / (paragraph.length + 1)) }, () => paragraph).join('\n');
      const document = await openUntitled(text);
      const analysis = await withTimeout(api.analysisFor(document), 100_000, 'analysis of 1 MB');
      assert.ok(analysis, 'the 1 MB document was analysed');
      // CPU time: on a shared, loaded machine wall time also counts the OS running other processes. A full
      // garbage collection of the 1 MB analysis can also land inside any one slice (process CPU counts it), so
      // the build is measured up to three times and the best run must hold; slicing that failed would fail all.
      const runs: number[] = [];
      for (let attempt = 0; attempt < 3 && (runs.length === 0 || Math.min(...runs) >= 50); attempt++) {
        api.highlighting.resetMeasurements();
        const before = api.highlighting.stats().requests;
        const tokens = await semanticTokens(document);
        assert.ok(tokens.length > 20_000, `${tokens.length} tokens`);
        assert.ok(api.highlighting.stats().requests > before);
        const { longestSliceMs, longestSliceCpuMs } = api.highlighting.stats();
        console.log(`    longest synchronous token-building slice: ${longestSliceMs.toFixed(1)} ms wall, ${longestSliceCpuMs.toFixed(1)} ms CPU, over ${tokens.length} tokens`);
        runs.push(longestSliceCpuMs);
      }
      assert.ok(Math.min(...runs) < 50, `longest slice per run: ${runs.map((ms) => ms.toFixed(1)).join(', ')} ms CPU`);
    });
  });
});
