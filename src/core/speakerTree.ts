/**
 * The Speakers and Entities views as plain data: which nodes exist, how they are ordered, filtered, labelled
 * and exported. Editor-free so that it can be unit-tested and benchmarked without VS Code; the adapters in
 * `src/vscode/speakersTree.ts` and `src/vscode/entitiesTree.ts` only turn these nodes into `TreeItem`s.
 */
import type { Analysis, Entity, EntityType, Span, SpeakerKind } from './types';

/** One analysed article: a document in the editor or a file found by the workspace scan. */
export interface ArticleInput {
  /** Stable key of the article (a URI string). */
  readonly uri: string;
  /** What users see: a file name or a workspace-relative path. */
  readonly label: string;
  /** The exact text that was analysed (needed for line numbers). */
  readonly text: string;
  readonly analysis: Analysis;
}

export type StatementKind = 'quote' | 'reported';
export type SpeakerSort = 'count' | 'appearance';
export type SpeakerScope = 'article' | 'workspace';

/** A direct quote or a piece of reported speech, with everything the views and the export need. */
export interface Statement {
  readonly kind: StatementKind;
  /** Index into `Analysis.quotes` (kind `quote`) or `Analysis.claims` (kind `reported`). */
  readonly index: number;
  readonly article: string;
  readonly articleLabel: string;
  /** The whole span: for a quote, including its marks. */
  readonly span: Span;
  /** What was said: a quote's content between the marks, or the reported clause. */
  readonly text: string;
  /** 1-based line of the span's start. */
  readonly line: number;
  readonly speakerName: string | null;
  readonly speakerRole: string | null;
}

export interface SpeakerNode {
  readonly type: 'speaker';
  readonly id: string;
  /** Canonical name, or "Unattributed". */
  readonly name: string;
  readonly role: string | null;
  /** `unattributed` for the node that collects statements nobody was found for. */
  readonly speakerKind: SpeakerKind | 'unattributed';
  readonly aliases: readonly string[];
  /** The engine's speaker ids (one per article the speaker appears in). */
  readonly engineIds: readonly string[];
  readonly quoteCount: number;
  readonly reportedCount: number;
  readonly children: readonly (ArticleNode | StatementNode)[];
}

export interface ArticleNode {
  readonly type: 'article';
  readonly id: string;
  readonly parent: SpeakerNode;
  readonly uri: string;
  readonly label: string;
  readonly children: readonly StatementNode[];
}

export interface StatementNode {
  readonly type: 'statement';
  readonly id: string;
  readonly parent: SpeakerNode | ArticleNode;
  readonly statement: Statement;
}

export type SpeakerTreeNode = SpeakerNode | ArticleNode | StatementNode;

export interface SpeakerTreeOptions {
  /** `article`: speaker → statements; `workspace`: speaker → article → statements. */
  readonly scope: SpeakerScope;
  readonly sortBy: SpeakerSort;
  /** Case-insensitive text matched against speaker names, roles, aliases and statement texts. */
  readonly filter?: string;
}

export const UNATTRIBUTED_ID = 'unattributed';
export const UNATTRIBUTED_LABEL = 'Unattributed';

// ---------------------------------------------------------------------------------------------------------
// Small text helpers

/** Offsets where each line starts; CR, LF and CRLF all end a line, as in VS Code. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 0-based line containing `offset`, given `lineStarts(text)`. */
export function lineAt(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Collapses runs of whitespace (line breaks included) into single spaces. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Shortens text to at most `max` characters, cutting at a word boundary and adding an ellipsis. A single
 * word longer than the limit is cut inside it rather than dropped. Never splits a surrogate pair.
 */
export function shorten(text: string, max: number): string {
  const flat = squash(text);
  if (flat.length <= max) return flat;
  const room = Math.max(1, max - 1);
  let cut = flat.lastIndexOf(' ', room);
  if (cut < room * 0.5) cut = room;
  let head = flat.slice(0, cut);
  const last = head.charCodeAt(head.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) head = head.slice(0, -1);
  return `${head.replace(/[\s,;:.\-–—]+$/u, '')}…`;
}

/** The key under which speakers of different articles are merged: case, spacing and accents don't count. */
export function canonicalKey(name: string): string {
  return squash(name.normalize('NFKD').replace(/\p{M}/gu, '')).toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Statements of one article

interface ArticleSpeaker {
  readonly engineId: string | null;
  readonly name: string;
  readonly role: string | null;
  readonly kind: SpeakerKind | 'unattributed';
  readonly aliases: readonly string[];
  readonly statements: readonly Statement[];
}

/** Per-article results, so that rebuilding the tree after one file changed redoes only that file. */
const speakersOfArticle = new WeakMap<ArticleInput, readonly ArticleSpeaker[]>();

/** Every quote and claim of the article, grouped by speaker; those no speaker lists go to "Unattributed". */
export function articleSpeakers(article: ArticleInput): readonly ArticleSpeaker[] {
  let known = speakersOfArticle.get(article);
  if (!known) {
    known = collectSpeakers(article);
    speakersOfArticle.set(article, known);
  }
  return known;
}

function collectSpeakers(article: ArticleInput): ArticleSpeaker[] {
  const { analysis, text } = article;
  const starts = lineStarts(text);
  const make = (kind: StatementKind, index: number, speaker: { name: string; role: string | null } | null): Statement | undefined => {
    const quote = kind === 'quote' ? analysis.quotes[index] : undefined;
    const found: Span | undefined = kind === 'quote' ? quote : analysis.claims[index];
    if (!found) return undefined;
    const said: Span = quote ? quote.content : found;
    return {
      kind,
      index,
      article: article.uri,
      articleLabel: article.label,
      span: { start: found.start, end: found.end },
      text: text.slice(said.start, said.end),
      line: lineAt(starts, found.start) + 1,
      speakerName: speaker?.name ?? null,
      speakerRole: speaker?.role ?? null,
    };
  };
  const usedQuotes = new Set<number>();
  const usedClaims = new Set<number>();
  const result: ArticleSpeaker[] = [];
  for (const speaker of analysis.speakers) {
    const statements: Statement[] = [];
    for (const index of speaker.quotes) {
      const made = usedQuotes.has(index) ? undefined : make('quote', index, speaker);
      if (made) { statements.push(made); usedQuotes.add(index); }
    }
    for (const index of speaker.claims) {
      const made = usedClaims.has(index) ? undefined : make('reported', index, speaker);
      if (made) { statements.push(made); usedClaims.add(index); }
    }
    statements.sort(byReadingOrder);
    result.push({ engineId: speaker.id, name: speaker.name, role: speaker.role, kind: speaker.kind, aliases: speaker.aliases, statements });
  }
  const orphans: Statement[] = [];
  analysis.quotes.forEach((_, index) => {
    const made = usedQuotes.has(index) ? undefined : make('quote', index, null);
    if (made) orphans.push(made);
  });
  analysis.claims.forEach((_, index) => {
    const made = usedClaims.has(index) ? undefined : make('reported', index, null);
    if (made) orphans.push(made);
  });
  if (orphans.length > 0) {
    orphans.sort(byReadingOrder);
    result.push({ engineId: null, name: UNATTRIBUTED_LABEL, role: null, kind: 'unattributed', aliases: [], statements: orphans });
  }
  return result;
}

function byReadingOrder(a: Statement, b: Statement): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || (a.kind === b.kind ? 0 : a.kind === 'quote' ? -1 : 1);
}

// ---------------------------------------------------------------------------------------------------------
// The tree

interface MergedSpeaker {
  key: string;
  name: string;
  roles: Map<string, number>;
  kind: SpeakerKind | 'unattributed';
  aliases: Set<string>;
  engineIds: string[];
  /** Statements per article, articles in input order. */
  byArticle: Map<string, { label: string; statements: Statement[] }>;
  /** Input order of the first article it appears in, then the offset of its first statement. */
  first: [number, number];
}

function mergeSpeakers(articles: readonly ArticleInput[]): MergedSpeaker[] {
  const merged = new Map<string, MergedSpeaker>();
  articles.forEach((article, order) => {
    for (const speaker of articleSpeakers(article)) {
      const key = speaker.kind === 'unattributed' ? UNATTRIBUTED_ID : `s:${canonicalKey(speaker.name)}`;
      let entry = merged.get(key);
      const firstOffset = speaker.statements[0]?.span.start ?? Number.MAX_SAFE_INTEGER;
      if (!entry) {
        entry = {
          key, name: speaker.name, roles: new Map(), kind: speaker.kind, aliases: new Set(), engineIds: [],
          byArticle: new Map(), first: [order, firstOffset],
        };
        merged.set(key, entry);
      } else if (order === entry.first[0] && firstOffset < entry.first[1]) {
        entry.first = [order, firstOffset];
      }
      if (speaker.role) entry.roles.set(speaker.role, (entry.roles.get(speaker.role) ?? 0) + 1);
      for (const alias of speaker.aliases) entry.aliases.add(alias);
      if (speaker.engineId && !entry.engineIds.includes(speaker.engineId)) entry.engineIds.push(speaker.engineId);
      const bucket = entry.byArticle.get(article.uri) ?? { label: article.label, statements: [] };
      // Across articles one speaker goes by one name: the first article's.
      bucket.statements.push(...speaker.statements.map((s) => (s.speakerName === null || s.speakerName === entry.name ? s : { ...s, speakerName: entry.name })));
      bucket.statements.sort(byReadingOrder);
      entry.byArticle.set(article.uri, bucket);
    }
  });
  return [...merged.values()];
}

/** The role named most often; ties go to the one seen first. */
function mainRole(roles: ReadonlyMap<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [role, count] of roles) {
    if (count > bestCount) { best = role; bestCount = count; }
  }
  return best;
}

function matchesSpeaker(speaker: MergedSpeaker, query: string): boolean {
  if (speaker.kind === 'unattributed') return UNATTRIBUTED_LABEL.toLowerCase().includes(query);
  const role = mainRole(speaker.roles);
  return [speaker.name, role ?? '', ...speaker.aliases].some((value) => value.toLowerCase().includes(query));
}

/** The tree for the given articles: the nodes, their parents, and lookups the views need. */
export class SpeakerTree {
  readonly roots: readonly SpeakerNode[];
  private readonly nodes = new Map<string, SpeakerTreeNode>();
  private readonly statementsByArticle = new Map<string, StatementNode[]>();
  /** Statements before filtering, in article then reading order: what an export writes. */
  readonly allStatements: readonly Statement[];

  constructor(readonly articles: readonly ArticleInput[], readonly options: SpeakerTreeOptions) {
    const query = squash(options.filter ?? '').toLowerCase();
    const merged = mergeSpeakers(articles);
    const all: Statement[] = [];
    const articleOrder = new Map(articles.map((a, i) => [a.uri, i]));
    for (const speaker of merged) for (const bucket of speaker.byArticle.values()) all.push(...bucket.statements);
    all.sort((a, b) => (articleOrder.get(a.article) ?? 0) - (articleOrder.get(b.article) ?? 0) || byReadingOrder(a, b));
    this.allStatements = all;

    const roots: SpeakerNode[] = [];
    for (const speaker of merged) {
      const keepAll = query === '' || matchesSpeaker(speaker, query);
      const keep = (s: Statement) => keepAll || s.text.toLowerCase().includes(query);
      const buckets = [...speaker.byArticle.entries()]
        .map(([uri, bucket]) => ({ uri, label: bucket.label, statements: bucket.statements.filter(keep) }))
        .filter((bucket) => bucket.statements.length > 0);
      if (buckets.length === 0) continue;
      const statements = buckets.flatMap((b) => b.statements);
      const children: (ArticleNode | StatementNode)[] = [];
      const node: SpeakerNode = {
        type: 'speaker',
        id: speaker.key,
        name: speaker.name,
        role: mainRole(speaker.roles),
        speakerKind: speaker.kind,
        aliases: [...speaker.aliases],
        engineIds: speaker.engineIds,
        quoteCount: statements.filter((s) => s.kind === 'quote').length,
        reportedCount: statements.filter((s) => s.kind === 'reported').length,
        children,
      };
      if (options.scope === 'workspace') {
        for (const bucket of buckets) {
          const articleChildren: StatementNode[] = [];
          const articleNode: ArticleNode = {
            type: 'article', id: `${node.id}|a:${bucket.uri}`, parent: node, uri: bucket.uri, label: bucket.label, children: articleChildren,
          };
          for (const statement of bucket.statements) articleChildren.push(this.statementNode(articleNode, statement));
          children.push(articleNode);
          this.nodes.set(articleNode.id, articleNode);
        }
      } else {
        for (const statement of statements) children.push(this.statementNode(node, statement));
      }
      roots.push(node);
      this.nodes.set(node.id, node);
    }
    const firstOf = new Map(merged.map((m) => [m.key, m.first]));
    roots.sort((a, b) => {
      if (a.speakerKind === 'unattributed' || b.speakerKind === 'unattributed') {
        return (a.speakerKind === 'unattributed' ? 1 : 0) - (b.speakerKind === 'unattributed' ? 1 : 0);
      }
      if (options.sortBy === 'count') {
        const byCount = b.quoteCount + b.reportedCount - (a.quoteCount + a.reportedCount);
        if (byCount !== 0) return byCount;
      }
      const fa = firstOf.get(a.id) ?? [0, 0];
      const fb = firstOf.get(b.id) ?? [0, 0];
      return fa[0] - fb[0] || fa[1] - fb[1] || a.name.localeCompare(b.name);
    });
    this.roots = roots;
    for (const list of this.statementsByArticle.values()) list.sort((a, b) => byReadingOrder(a.statement, b.statement));
  }

  private statementNode(parent: SpeakerNode | ArticleNode, statement: Statement): StatementNode {
    const node: StatementNode = {
      type: 'statement', id: `${parent.id}|${statement.kind === 'quote' ? 'q' : 'r'}:${statement.span.start}`, parent, statement,
    };
    this.nodes.set(node.id, node);
    const list = this.statementsByArticle.get(statement.article) ?? [];
    list.push(node);
    this.statementsByArticle.set(statement.article, list);
    return node;
  }

  children(node?: SpeakerTreeNode): readonly SpeakerTreeNode[] {
    if (!node) return this.roots;
    return node.type === 'statement' ? [] : node.children;
  }

  parent(node: SpeakerTreeNode): SpeakerTreeNode | undefined {
    return node.type === 'speaker' ? undefined : node.parent;
  }

  byId(id: string): SpeakerTreeNode | undefined {
    return this.nodes.get(id);
  }

  /** The statement whose span contains the offset (the innermost, for nested quotes). */
  statementAt(articleUri: string, offset: number): StatementNode | undefined {
    let best: StatementNode | undefined;
    for (const node of this.statementsByArticle.get(articleUri) ?? []) {
      const { start, end } = node.statement.span;
      if (start > offset) break;
      if (offset <= end && (!best || end - start < best.statement.span.end - best.statement.span.start)) best = node;
    }
    return best;
  }

  /** The speaker node for an engine speaker id (as hovers pass it) or a name. */
  speaker(idOrName: string): SpeakerNode | undefined {
    return this.roots.find((node) => node.engineIds.includes(idOrName))
      ?? this.nodes.get(`s:${canonicalKey(idOrName)}`) as SpeakerNode | undefined;
  }

  /** Number of statements shown (after filtering). */
  get statementCount(): number {
    return this.roots.reduce((sum, node) => sum + node.quoteCount + node.reportedCount, 0);
  }
}

export function buildSpeakerTree(articles: readonly ArticleInput[], options: SpeakerTreeOptions): SpeakerTree {
  return new SpeakerTree(articles, options);
}

// ---------------------------------------------------------------------------------------------------------
// Presentation

/** Codicon names, so the adapter only wraps them in `ThemeIcon`s. */
export function iconOf(node: SpeakerTreeNode): string {
  switch (node.type) {
    case 'speaker':
      return { person: 'person', group: 'organization', organization: 'briefcase', unattributed: 'question' }[node.speakerKind];
    case 'article':
      return 'file';
    case 'statement':
      return node.statement.kind === 'quote' ? 'quote' : 'comment';
  }
}

export function labelOf(node: SpeakerTreeNode, maxLength = 80): string {
  switch (node.type) {
    case 'speaker': return node.name;
    case 'article': return node.label;
    case 'statement': return shorten(node.statement.kind === 'quote' ? `“${squash(node.statement.text)}”` : node.statement.text, maxLength);
  }
}

function countText(quotes: number, reported: number): string {
  const parts: string[] = [];
  if (quotes > 0) parts.push(`${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`);
  if (reported > 0) parts.push(`${reported} reported`);
  return parts.join(', ');
}

export function descriptionOf(node: SpeakerTreeNode): string {
  switch (node.type) {
    case 'speaker': {
      const count = String(node.quoteCount + node.reportedCount);
      return node.role ? `${node.role} · ${count}` : count;
    }
    case 'article': return String(node.children.length);
    case 'statement': return `line ${node.statement.line}`;
  }
}

/** Plain-text tooltip: the full statement, or a speaker's summary. */
export function tooltipOf(node: SpeakerTreeNode): string {
  switch (node.type) {
    case 'speaker': {
      const lines = [node.role ? `${node.name} — ${node.role}` : node.name, countText(node.quoteCount, node.reportedCount)];
      if (node.aliases.length > 0) lines.push(`Also: ${node.aliases.join(', ')}`);
      return lines.join('\n');
    }
    case 'article': return `${node.label}: ${countText(node.children.filter((c) => c.statement.kind === 'quote').length, node.children.filter((c) => c.statement.kind === 'reported').length)}`;
    case 'statement': {
      const s = node.statement;
      return `${s.kind === 'quote' ? 'Quote' : 'Reported speech'} · ${s.articleLabel}:${s.line}\n\n${squash(s.text)}`;
    }
  }
}

/** `contextValue`s, which the menus in package.json match on. */
export function contextValueOf(node: SpeakerTreeNode): string {
  switch (node.type) {
    case 'speaker': return node.speakerKind === 'unattributed' ? 'newsLens.unattributed' : 'newsLens.speaker';
    case 'article': return 'newsLens.article';
    case 'statement': return node.statement.kind === 'quote' ? 'newsLens.quote' : 'newsLens.reported';
  }
}

/** `"…" — Speaker, role (file:line)`. */
export function citationOf(statement: Statement): string {
  const who = statement.speakerName ?? 'unknown speaker';
  const role = statement.speakerRole ? `, ${statement.speakerRole}` : '';
  return `"${squash(statement.text)}" — ${who}${role} (${statement.articleLabel}:${statement.line})`;
}

// ---------------------------------------------------------------------------------------------------------
// Export

export type ExportFormat = 'json' | 'csv' | 'markdown';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'csv', 'markdown'];
export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { json: 'json', csv: 'csv', markdown: 'md' };

export interface ExportRow {
  readonly file: string;
  readonly line: number;
  readonly speaker: string;
  readonly role: string;
  readonly kind: StatementKind;
  readonly text: string;
}

const COLUMNS: readonly (keyof ExportRow)[] = ['file', 'line', 'speaker', 'role', 'kind', 'text'];

export function exportRows(statements: readonly Statement[]): ExportRow[] {
  return statements.map((s) => ({
    file: s.articleLabel,
    line: s.line,
    speaker: s.speakerName ?? '',
    role: s.speakerRole ?? '',
    kind: s.kind,
    text: squash(s.text),
  }));
}

function csvField(value: string | number): string {
  const text = String(value);
  // Quote fields that would break the row, and neutralise spreadsheet formulas (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function markdownCell(value: string | number): string {
  return String(value).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

export function serialize(rows: readonly ExportRow[], format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(rows, null, 2)}\n`;
    case 'csv':
      return [COLUMNS.join(','), ...rows.map((row) => COLUMNS.map((c) => csvField(row[c])).join(','))].join('\r\n') + '\r\n';
    case 'markdown':
      return [
        `| ${COLUMNS.join(' | ')} |`,
        `| ${COLUMNS.map(() => '---').join(' | ')} |`,
        ...rows.map((row) => `| ${COLUMNS.map((c) => markdownCell(row[c])).join(' | ')} |`),
      ].join('\n') + '\n';
  }
}

// ---------------------------------------------------------------------------------------------------------
// Entities

export type ViewedEntityType = Extract<EntityType, 'person' | 'place' | 'organization'>;
export const VIEWED_ENTITY_TYPES: readonly ViewedEntityType[] = ['person', 'organization', 'place'];
const GROUP_LABELS: Readonly<Record<ViewedEntityType, string>> = { person: 'People', place: 'Places', organization: 'Organizations' };
const ENTITY_ICONS: Readonly<Record<ViewedEntityType, string>> = { person: 'person', place: 'location', organization: 'organization' };

export interface EntityGroupNode {
  readonly type: 'group';
  readonly id: string;
  readonly entityType: ViewedEntityType;
  readonly label: string;
  readonly children: readonly EntityNode[];
}

export interface EntityNode {
  readonly type: 'entity';
  readonly id: string;
  readonly parent: EntityGroupNode;
  readonly entityType: ViewedEntityType;
  /** The surface form used most often (the longest on ties). */
  readonly name: string;
  /** Mentions in reading order. */
  readonly mentions: readonly Span[];
}

export type EntityTreeNode = EntityGroupNode | EntityNode;

/** People, organizations and places of one analysis, each group sorted by mention count. */
export function buildEntityGroups(entities: readonly Entity[]): EntityGroupNode[] {
  const groups: EntityGroupNode[] = [];
  for (const entityType of VIEWED_ENTITY_TYPES) {
    const byKey = new Map<string, { forms: Map<string, number>; mentions: Span[] }>();
    for (const entity of entities) {
      if (entity.type !== entityType) continue;
      const key = canonicalKey(entity.text);
      if (key === '') continue;
      const entry = byKey.get(key) ?? { forms: new Map<string, number>(), mentions: [] };
      const form = squash(entity.text);
      entry.forms.set(form, (entry.forms.get(form) ?? 0) + 1);
      entry.mentions.push({ start: entity.start, end: entity.end });
      byKey.set(key, entry);
    }
    if (byKey.size === 0) continue;
    if (entityType === 'person') mergeShortNames(byKey);
    const children: EntityNode[] = [];
    const group: EntityGroupNode = { type: 'group', id: `g:${entityType}`, entityType, label: GROUP_LABELS[entityType], children };
    for (const [key, entry] of byKey) {
      const name = [...entry.forms].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0][0];
      const mentions = [...entry.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
      children.push({ type: 'entity', id: `e:${entityType}:${key}`, parent: group, entityType, name, mentions });
    }
    children.sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    groups.push(group);
  }
  return groups;
}

/**
 * A shorter person name that begins or ends exactly one fuller name of the same article ("Clinton" and
 * "Hillary Clinton", "Lakhdar" and "Lakhdar Brahimi", "De Vries" and "Marieke de Vries", "Assad" and
 * "Bashar al-Assad") is the same person: its mentions join the fuller name, which keeps its own spelling.
 * Ambiguous short names ("Smith" with two Smiths) stay apart.
 */
function mergeShortNames(byKey: Map<string, { forms: Map<string, number>; mentions: Span[] }>): void {
  const words = (key: string): string[] => key.split(' ');
  const keys = [...byKey.keys()].sort((x, y) => words(x).length - words(y).length);
  for (const key of keys) {
    const short = words(key);
    const owners = keys.filter((other) => {
      const full = words(other);
      if (full.length <= short.length) return false;
      const head = full.slice(0, short.length).join(' ');
      const tail = full.slice(full.length - short.length).join(' ');
      // Surnames with a particle are hyphenated: "Assad" ends "al-Assad".
      return head === key || tail === key || (short.length === 1 && full[full.length - 1].endsWith(`-${key}`));
    });
    const owner = owners.length === 1 ? byKey.get(owners[0]) : undefined;
    const entry = byKey.get(key);
    if (!owner || !entry) continue;
    owner.mentions.push(...entry.mentions);
    byKey.delete(key);
  }
}

export function entityIconOf(node: EntityTreeNode): string {
  return ENTITY_ICONS[node.entityType];
}

export function entityDescriptionOf(node: EntityTreeNode): string {
  if (node.type === 'group') return String(node.children.length);
  return `${node.mentions.length} ${node.mentions.length === 1 ? 'mention' : 'mentions'}`;
}

/**
 * The mention to show next. When the selection is exactly one of the mentions, the one after it (wrapping
 * around), so that stepping repeatedly visits every mention in turn; otherwise the first mention at or after
 * the selection, so that the first step shows the nearest one.
 */
export function nextMention(mentions: readonly Span[], selection: Span): Span | undefined {
  const current = mentions.findIndex((m) => m.start === selection.start && m.end === selection.end);
  if (current >= 0) return mentions[(current + 1) % mentions.length];
  return mentions.find((m) => m.start >= selection.start) ?? mentions[0];
}

// ---------------------------------------------------------------------------------------------------------
// Workspace scan: reading and analysing many articles without holding the thread for long

/** Files above this size are skipped by the workspace scan (the editor still analyses them when opened). */
export const SCAN_MAX_BYTES = 5 * 1024 * 1024;

export type DecodedFile = { readonly text: string } | { readonly skipped: 'binary' | 'too-large' | 'undecodable' };

/** Decodes a file as UTF-8 or, with a BOM, UTF-16; files with NUL bytes (in UTF-8) are binary and skipped. */
export function decodeNewsBytes(bytes: Uint8Array): DecodedFile {
  if (bytes.length > SCAN_MAX_BYTES) return { skipped: 'too-large' };
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
    if (bytes.includes(0)) return { skipped: 'binary' };
    // Invalid sequences become U+FFFD rather than failing: a scraper's stray byte must not hide an article.
    return { text: new TextDecoder('utf-8').decode(bytes) };
  } catch {
    return { skipped: 'undecodable' };
  }
}

/**
 * Only what the Speakers tree reads: a scan keeps hundreds of analyses, and their paragraphs, entities and
 * duplicates would only make the extension host's heap (and its garbage collections) bigger.
 */
export function forSpeakers(analysis: Analysis): Analysis {
  return { ...analysis, paragraphs: [], entities: [], duplicates: [], problems: [] };
}

export interface ScanSource {
  readonly uri: string;
  readonly label: string;
  read(): Promise<Uint8Array>;
}

export interface ScanOptions {
  readonly analyze: (text: string) => Analysis | Promise<Analysis>;
  readonly isCancelled?: () => boolean;
  readonly onProgress?: (done: number, total: number, label: string) => void;
  /** Longest stretch of synchronous work before yielding to the event loop. */
  readonly sliceMs?: number;
  /** How to yield; `setImmediate` by default. */
  readonly yieldNow?: () => Promise<void>;
}

export interface ScanResult {
  readonly articles: ArticleInput[];
  readonly skipped: { readonly label: string; readonly reason: string }[];
  readonly cancelled: boolean;
}

/**
 * Reads and analyses the sources one by one, yielding to the event loop whenever a slice of work has taken
 * `sliceMs`, so that the extension host keeps answering the views while hundreds of articles are scanned.
 */
export async function scanArticles(sources: readonly ScanSource[], options: ScanOptions): Promise<ScanResult> {
  const sliceMs = options.sliceMs ?? 30;
  const yieldNow = options.yieldNow ?? (() => new Promise<void>((resolve) => setImmediate(resolve)));
  const articles: ArticleInput[] = [];
  const skipped: { label: string; reason: string }[] = [];
  let sliceStart = Date.now();
  for (let i = 0; i < sources.length; i++) {
    if (options.isCancelled?.()) return { articles, skipped, cancelled: true };
    const source = sources[i];
    options.onProgress?.(i, sources.length, source.label);
    let decoded: DecodedFile;
    try {
      decoded = decodeNewsBytes(await source.read());
    } catch (error) {
      skipped.push({ label: source.label, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    if ('skipped' in decoded) {
      skipped.push({ label: source.label, reason: decoded.skipped });
      continue;
    }
    articles.push({ uri: source.uri, label: source.label, text: decoded.text, analysis: forSpeakers(await options.analyze(decoded.text)) });
    if (Date.now() - sliceStart >= sliceMs) {
      await yieldNow();
      sliceStart = Date.now();
    }
  }
  options.onProgress?.(sources.length, sources.length, '');
  return { articles, skipped, cancelled: false };
}
