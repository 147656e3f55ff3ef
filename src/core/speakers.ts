import { cueVerb, firstNameGender, webDomainBase } from './cues';
import { detach } from './strings';
import type { Span, Speaker, SpeakerKind } from './types';

export type Gender = 'f' | 'm' | null;

/** One place where a quotation's or claim's speaker is named or referred to. */
export interface SpeakerMention {
  /** The whole speaker phrase ("U.S. Secretary of State Hillary Clinton", "he", "a spokesman for the rebels"). */
  readonly span: Span;
  /** The name part ("Hillary Clinton"), or the phrase itself for unnamed speakers, or the pronoun. */
  readonly name: string;
  readonly nameSpan?: Span;
  readonly role: string | null;
  readonly kind: SpeakerKind;
  readonly pronoun: 'he' | 'she' | 'they' | 'it' | null;
  readonly gender: Gender;
  readonly paragraph: number;
  /** True for a quotation that continues an earlier speaker's turn: the mention is that earlier one. */
  readonly inherited: boolean;
  readonly named: boolean;
}

/** A capitalized name anywhere in the text (outside quotations), with any title before it. */
export interface NameOccurrence {
  readonly span: Span;
  readonly name: string;
  readonly role: string | null;
  readonly gender: Gender;
  readonly paragraph: number;
  readonly sentenceInitial: boolean;
  /** Known to be a person's name: several words, a title, or the entity extractor says so. */
  readonly isPerson: boolean;
  /** Looks like its clause's subject; only subjects become antecedents of later pronouns. */
  readonly subject: boolean;
}

interface Group {
  key: string;
  name: string;
  role: string | null;
  kind: SpeakerKind;
  gender: Gender;
  aliases: Set<string>;
  mentions: Span[];
  quotes: number[];
  claims: number[];
  first: number;
}

const ARTICLE = /^(?:the|a|an)\s+/i;

const wordCache = new Map<string, string[]>();
function words(name: string): string[] {
  let w = wordCache.get(name);
  if (!w) {
    w = name.toLowerCase().split(/\s+/).filter((part) => part.length > 0);
    if (wordCache.size > 50_000) wordCache.clear();
    wordCache.set(detach(name), w);
  }
  return w;
}

const idCache = new Map<string, string>();
/** Lower-case slug: stable across edits that keep the name. */
export function speakerId(name: string): string {
  let id = idCache.get(name);
  if (id === undefined) {
    id = slugOf(name);
    if (idCache.size > 50_000) idCache.clear();
    idCache.set(detach(name), id);
  }
  return id;
}

function slugOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(ARTICLE, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug : 'speaker';
}

function isSuffixOf(short: readonly string[], full: readonly string[]): boolean {
  if (short.length >= full.length) return false;
  for (let i = 1; i <= short.length; i++) if (short[short.length - i] !== full[full.length - i]) return false;
  return true;
}

/**
 * Groups speaker mentions into speakers: person names join the fullest form of the same name used in the
 * text ("Clinton" → "Hillary Clinton"), unnamed speakers join by phrase ("the ministry"), and pronouns join
 * the nearest earlier compatible speaker or named person.
 */
export function buildSpeakers(
  quoteMentions: readonly (SpeakerMention | null)[],
  claimMentions: readonly (SpeakerMention | null)[],
  names: readonly NameOccurrence[],
): { speakers: Speaker[]; quoteSpeakers: (string | null)[]; claimSpeakers: (string | null)[] } {
  // Full names (two words or more) by their last word, in reading order.
  const fullByLast = new Map<string, NameOccurrence[]>();
  for (const n of names) {
    const w = words(n.name);
    if (w.length < 2 || !n.isPerson) continue;
    const list = fullByLast.get(w[w.length - 1]) ?? [];
    list.push(n);
    fullByLast.set(w[w.length - 1], list);
  }
  // Full names by their first word: features call private people by their first name ("says Michael").
  const fullByFirst = new Map<string, NameOccurrence[]>();
  for (const list of fullByLast.values()) {
    for (const n of list) {
      const w = words(n.name);
      // A Title Case headline read as a name ("WikiLeaks Shows Desperate Plea") opens with no first name.
      if (w.length > 3 || w.some((part) => cueVerb(part) !== undefined)) continue;
      const first = w[0];
      const byFirst = fullByFirst.get(first) ?? [];
      byFirst.push(n);
      fullByFirst.set(first, byFirst);
    }
  }
  // For each short name, the full names it can abbreviate, in reading order (computed once per name).
  const fullFormsOf = new Map<string, NameOccurrence[]>();
  const fullForms = (name: string, w: readonly string[]): NameOccurrence[] => {
    let list = fullFormsOf.get(name);
    if (!list) {
      list = (fullByLast.get(w[w.length - 1]) ?? []).filter((c) => isSuffixOf(w, words(c.name)));
      // A lone word that is nobody's surname stands for the one full name it opens, if only one does.
      if (list.length === 0 && w.length === 1) {
        const byFirst = fullByFirst.get(w[0]) ?? [];
        // One name means one surname, whose list is already in reading order.
        if (new Set(byFirst.map((c) => c.name)).size === 1) list = byFirst;
      }
      fullFormsOf.set(name, list);
    }
    return list;
  };
  const canonicalPersonName = (name: string, at: number): { name: string; occurrence: NameOccurrence | null } => {
    const w = words(name);
    const candidates = fullForms(name, w);
    if (candidates.length === 0) return { name, occurrence: null };
    // The nearest full form before `at`, else the first one after it.
    let lo = 0;
    let hi = candidates.length - 1;
    let before = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (candidates[mid].span.start <= at) {
        before = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const best = candidates[before >= 0 ? before : 0];
    return { name: words(best.name).length >= w.length ? best.name : name, occurrence: best };
  };

  const groups = new Map<string, Group>();
  const groupFor = (key: string, name: string, kind: SpeakerKind, at: number): Group => {
    let g = groups.get(key);
    if (!g) {
      const w = name.split(/\s+/);
      const gender = kind === 'person' && w.length >= 2 ? firstNameGender(w[0].toLowerCase()) : null;
      g = { key, name, role: null, kind, gender, aliases: new Set(), mentions: [], quotes: [], claims: [], first: at };
      groups.set(key, g);
    }
    g.first = Math.min(g.first, at);
    return g;
  };

  // Mentions in reading order; inherited ones point back to the mention they copy.
  interface Item {
    readonly mention: SpeakerMention;
    readonly quote: number;
    readonly claim: number;
  }
  const items: Item[] = [];
  quoteMentions.forEach((m, i) => {
    if (m) items.push({ mention: m, quote: i, claim: -1 });
  });
  claimMentions.forEach((m, i) => {
    if (m) items.push({ mention: m, quote: -1, claim: i });
  });
  items.sort((a, b) => a.mention.span.start - b.mention.span.start || (a.mention.inherited ? 1 : 0) - (b.mention.inherited ? 1 : 0) || a.quote - b.quote || a.claim - b.claim);

  const resolved = new Map<string, Group | null>();
  const spanKey = (s: Span): string => `${s.start}:${s.end}`;
  /** Speakers' named mentions so far, for pronouns: [offset, group]. */
  const antecedents: { at: number; group: Group }[] = [];
  let nameCursor = 0;

  // "GreatFire" after "said GreatFire.org": a web site's bare name is the site.
  const siteByBase = new Map<string, string>();
  for (const item of items) {
    const base = item.mention.kind === 'organization' ? webDomainBase(item.mention.name) : null;
    if (base !== null && !siteByBase.has(base.toLowerCase())) siteByBase.set(base.toLowerCase(), item.mention.name);
  }

  const unnamedByHead = new Map<string, Group>();
  const groupOfName = (name: string, at: number, kind: SpeakerKind, named = true): Group => {
    // "Rentals.ca" named bare ("Rentals") is that web site, an organization.
    const site = siteByBase.get(name.toLowerCase());
    if (site !== undefined) {
      const g = groupFor(speakerId(site), site, 'organization', at);
      if (name !== site) g.aliases.add(name);
      return g;
    }
    if (kind === 'person' && named) {
      const canonical = canonicalPersonName(name, at);
      const g = groupFor(speakerId(canonical.name), canonical.name, 'person', at);
      if (canonical.occurrence) {
        g.role = g.role ?? canonical.occurrence.role;
        g.gender = g.gender ?? canonical.occurrence.gender;
      }
      if (name !== g.name) g.aliases.add(name);
      return g;
    }
    // "the spokesman" refers back to "a spokesman for the dockers": same head noun, definite article.
    const head = headNoun(name);
    const earlier = head ? unnamedByHead.get(head) : undefined;
    if (earlier && /^the\s/i.test(name) && speakerId(name) !== earlier.key) {
      earlier.aliases.add(name);
      return earlier;
    }
    const display = name.charAt(0).toUpperCase() + name.slice(1);
    const g = groupFor(speakerId(name), display, kind, at);
    if (head) unnamedByHead.set(head, g);
    return g;
  };

  const resolvePronoun = (m: SpeakerMention): Group | null => {
    // Named people seen so far in the text also count: "McCallum didn't respond … he said".
    while (nameCursor < names.length && names[nameCursor].span.start < m.span.start) {
      const n = names[nameCursor++];
      if (!n.isPerson || !n.subject) continue;
      const w = words(n.name);
      if (!fullByLast.has(w[w.length - 1])) continue;
      const g = groupOfName(n.name, n.span.start, 'person');
      g.gender = g.gender ?? n.gender;
      antecedents.push({ at: n.span.start, group: g });
    }
    for (let i = antecedents.length - 1; i >= 0 && antecedents.length - i <= 60; i--) {
      const g = antecedents[i].group;
      if (m.pronoun === 'he' || m.pronoun === 'she') {
        if (g.kind !== 'person') continue;
        const want = m.pronoun === 'she' ? 'f' : 'm';
        if (g.gender !== null && g.gender !== want) continue;
        g.gender = want;
        return g;
      }
      if (m.pronoun === 'it' && g.kind !== 'organization') continue;
      // "They" is a group, never one person; "we" may be the writer or speaker named last.
      if (m.pronoun === 'they' && g.kind === 'person' && (/^the(?:y|m|ir)$/i.test(m.name) || i !== antecedents.length - 1)) continue;
      return g;
    }
    return null;
  };

  for (const item of items) {
    const m = item.mention;
    const key = spanKey(m.span);
    let g: Group | null;
    if (m.inherited && resolved.has(key)) {
      g = resolved.get(key) ?? null;
    } else if (m.pronoun) {
      g = resolvePronoun(m);
      if (g) g.mentions.push(m.span);
    } else {
      g = groupOfName(m.name, m.span.start, m.kind, m.nameSpan !== undefined);
      if (m.role && !g.role) g.role = m.role;
      g.gender = g.gender ?? m.gender;
      if (!m.inherited) g.mentions.push(m.nameSpan ?? m.span);
    }
    if (!m.inherited || !resolved.has(key)) resolved.set(key, g);
    if (g && !m.pronoun) antecedents.push({ at: m.span.start, group: g });
    if (!g) continue;
    if (item.quote >= 0) g.quotes.push(item.quote);
    if (item.claim >= 0) g.claims.push(item.claim);
  }

  // Every other occurrence of a speaker's name is a mention too.
  const byId = new Map<string, Group>();
  for (const g of groups.values()) if (g.quotes.length + g.claims.length > 0) byId.set(g.key, g);
  for (const n of names) {
    const w = words(n.name);
    const canonical = canonicalPersonName(n.name, n.span.start);
    const g = byId.get(speakerId(canonical.name));
    if (!g || g.kind !== 'person') continue;
    if (w.join(' ') !== words(g.name).join(' ') && !isSuffixOf(w, words(g.name))) continue;
    g.mentions.push(n.span);
    if (n.name !== g.name) g.aliases.add(n.name);
    g.role = g.role ?? n.role;
  }

  const speakers: Speaker[] = [...byId.values()]
    .sort((a, b) => a.first - b.first || a.key.localeCompare(b.key))
    .map((g) => ({
      id: g.key,
      name: g.name,
      role: g.role,
      kind: g.kind,
      aliases: [...g.aliases].filter((a) => a !== g.name).sort(),
      mentions: dedupeSpans(g.mentions),
      quotes: [...new Set(g.quotes)].sort((a, b) => a - b),
      claims: [...new Set(g.claims)].sort((a, b) => a - b),
    }));
  const quoteSpeakers: (string | null)[] = new Array<string | null>(quoteMentions.length).fill(null);
  const claimSpeakers: (string | null)[] = new Array<string | null>(claimMentions.length).fill(null);
  for (const s of speakers) {
    for (const q of s.quotes) quoteSpeakers[q] = s.id;
    for (const c of s.claims) claimSpeakers[c] = s.id;
  }
  return { speakers, quoteSpeakers, claimSpeakers };
}

/** The head noun of an unnamed speaker's phrase: "a spokesman for the rebels" → "spokesman". */
function headNoun(phrase: string): string | null {
  const w = words(phrase);
  let end = w.length;
  for (let i = 1; i < w.length; i++) {
    if (/^(?:for|of|at|in|from|with|on)$/.test(w[i])) {
      end = i;
      break;
    }
  }
  return end > 0 ? w[end - 1].replace(/[^\p{L}\p{N}-]/gu, '') || null : null;
}

function dedupeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.start === s.start && last.end === s.end) continue;
    out.push({ start: s.start, end: s.end });
  }
  return out;
}
