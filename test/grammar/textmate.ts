// A real TextMate engine (vscode-textmate + the Oniguruma WASM build VS Code ships) for the grammar tests.
import fs from 'node:fs';
import path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

/** The repository root: the nearest folder, up from this file or the working directory, holding the extension's package.json. */
export function repoRoot(): string {
  for (const start of [process.env.NEWS_LENS_REPO, __dirname, process.cwd()]) {
    for (let dir = start; dir; ) {
      const manifest = path.join(dir, 'package.json');
      if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'news-lens') return dir;
      const parent = path.dirname(dir);
      dir = parent === dir ? undefined : parent;
    }
  }
  throw new Error('news-lens package.json not found above ' + __dirname + ' or ' + process.cwd());
}

let onigReady: Promise<textmate.IOnigLib> | undefined;

function onigLib(): Promise<textmate.IOnigLib> {
  onigReady ??= (async () => {
    const wasm = fs.readFileSync(path.join(repoRoot(), 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    };
  })();
  return onigReady;
}

export interface ThemeRule {
  readonly scope?: string | readonly string[];
  readonly settings: { readonly foreground?: string; readonly background?: string; readonly fontStyle?: string };
}

/** Loads a grammar (by default the project's) into a registry, optionally with a colour theme. */
export async function loadGrammar(
  grammar: object = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'syntaxes/news.tmLanguage.json'), 'utf8')) as object,
  theme?: readonly ThemeRule[],
): Promise<{ grammar: textmate.IGrammar; registry: textmate.Registry }> {
  const registry = new textmate.Registry({
    onigLib: onigLib(),
    loadGrammar: async () => textmate.parseRawGrammar(JSON.stringify(grammar), 'grammar.json'),
    ...(theme ? { theme: { settings: theme.map((rule) => ({ ...rule, scope: rule.scope as string | string[] | undefined })) } } : {}),
  });
  const scopeName = (grammar as { scopeName: string }).scopeName;
  const loaded = await registry.loadGrammar(scopeName);
  if (!loaded) throw new Error('grammar did not load: ' + scopeName);
  return { grammar: loaded, registry };
}

export interface ScopedToken {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly scopes: readonly string[];
}

/** Tokenizes text line by line as VS Code does (lines split at CRLF, LF or CR, state carried across). */
export function tokenize(grammar: textmate.IGrammar, text: string): ScopedToken[] {
  const tokens: ScopedToken[] = [];
  let state = textmate.INITIAL;
  text.split(/\r\n|\r|\n/).forEach((lineText, line) => {
    const result = grammar.tokenizeLine(lineText, state);
    for (const token of result.tokens) {
      tokens.push({ line, start: token.startIndex, end: Math.min(token.endIndex, lineText.length), text: lineText.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    }
    state = result.ruleStack;
  });
  return tokens;
}
