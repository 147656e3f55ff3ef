import * as vscode from 'vscode';
import { hoverTargetsAt, type HoverTarget } from '../core/tokens';
import type { Speaker } from '../core/types';
import type { AnalysisService } from './analysisCache';
import { LANGUAGE_ID } from './config';
import { toOffset, toRange } from './ranges';

/** Registered by the Speakers view; the hover only links to it. */
export const REVEAL_SPEAKER_COMMAND = 'newsLens.revealSpeaker';

const ENTITY_LABELS: Readonly<Record<string, string>> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
  date: 'Date',
  number: 'Number',
};

/** Escapes what Markdown would otherwise read as formatting, links or HTML in names taken from the text. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~$]/g, (c) => `\\${c}`).replace(/^#/, '\\#');
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function revealLink(markdown: vscode.MarkdownString, speaker: Speaker): void {
  const args = encodeURIComponent(JSON.stringify([speaker.id]));
  markdown.appendMarkdown(`[Reveal in Speakers view](command:${REVEAL_SPEAKER_COMMAND}?${args} "Show ${speaker.name.replace(/"/g, "'")} in the Speakers view")`);
}

function speakerHeading(markdown: vscode.MarkdownString, speaker: Speaker): void {
  markdown.appendMarkdown('**');
  markdown.appendMarkdown(escapeMarkdown(speaker.name));
  markdown.appendMarkdown('**');
  if (speaker.role) {
    markdown.appendMarkdown(' \u2014 ');
    markdown.appendMarkdown(escapeMarkdown(speaker.role));
  }
}

/** Appends one hover section; returns the speaker to link to, if any. */
function describe(markdown: vscode.MarkdownString, target: HoverTarget): Speaker | null {
  switch (target.kind) {
    case 'speaker': {
      const { speaker } = target;
      markdown.appendMarkdown('$(person) Speaker: ');
      speakerHeading(markdown, speaker);
      markdown.appendMarkdown('  \n');
      if (speaker.aliases.length > 0) {
        markdown.appendMarkdown('Also called: ');
        markdown.appendMarkdown(escapeMarkdown(speaker.aliases.join(', ')));
        markdown.appendMarkdown('  \n');
      }
      markdown.appendMarkdown(`${plural(speaker.quotes.length, 'quote')}, ${plural(speaker.claims.length, 'claim')}`);
      return speaker;
    }
    case 'entity': {
      markdown.appendMarkdown(`${ENTITY_LABELS[target.entity.type] ?? target.entity.type}: **`);
      markdown.appendMarkdown(escapeMarkdown(target.entity.text));
      markdown.appendMarkdown('**  \n');
      markdown.appendMarkdown(`Mentioned ${target.mentions === 1 ? 'once' : `${target.mentions} times`} in this document`);
      return target.speaker;
    }
    case 'quote': {
      const { quote, speaker } = target;
      markdown.appendMarkdown(`$(quote) ${quote.kind === 'partial' ? 'Partial quote' : 'Quote'}${quote.closed ? '' : ' (no closing mark)'}`);
      if (!speaker) {
        markdown.appendMarkdown(': speaker unknown');
        return null;
      }
      markdown.appendMarkdown(' by ');
      speakerHeading(markdown, speaker);
      markdown.appendMarkdown('  \n');
      if (quote.cue) {
        markdown.appendMarkdown('Cue: *');
        markdown.appendMarkdown(escapeMarkdown(quote.cue.text));
        markdown.appendMarkdown('*  \n');
      }
      markdown.appendMarkdown(target.otherQuotes === 0 ? 'No other quotes by this speaker' : `${plural(target.otherQuotes, 'other quote')} by this speaker`);
      return speaker;
    }
  }
}

/** Hover Markdown for what is under an offset: speaker mention, entity, then the quote around them. */
export function hoverMarkdown(targets: readonly HoverTarget[]): vscode.MarkdownString | undefined {
  if (targets.length === 0) return undefined;
  const markdown = new vscode.MarkdownString('', true);
  markdown.isTrusted = { enabledCommands: [REVEAL_SPEAKER_COMMAND] };
  const linked = new Set<string>();
  targets.forEach((target, i) => {
    if (i > 0) markdown.appendMarkdown('\n\n---\n\n');
    const speaker = describe(markdown, target);
    if (speaker && !linked.has(speaker.id)) {
      linked.add(speaker.id);
      markdown.appendMarkdown('  \n');
      revealLink(markdown, speaker);
    }
  });
  return markdown;
}

export function register(context: vscode.ExtensionContext, analyses: AnalysisService): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: LANGUAGE_ID }, {
      async provideHover(document, position, token) {
        const analysis = analyses.current(document) ?? (await analyses.whenAnalyzed(document, token));
        if (!analysis || token.isCancellationRequested) return undefined;
        const targets = hoverTargetsAt(analysis, toOffset(document, position));
        const markdown = hoverMarkdown(targets);
        return markdown ? new vscode.Hover(markdown, toRange(document, targets[0].span)) : undefined;
      },
    }),
  );
}
