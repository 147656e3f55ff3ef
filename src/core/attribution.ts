import {
  FEMALE_MARKERS,
  FUNCTION_WORDS,
  HEARER_VERBS,
  INSTITUTION_HEADS,
  isNounLike,
  MALE_MARKERS,
  ORGANIZATION_DESCRIPTORS,
  ORGANIZATION_SUFFIXES,
  PHRASE_BOUNDARIES,
  PRE_CUE_FILLERS,
  PRONOUNS,
  speakerNounClass,
  TITLE_WORDS,
  tokenize,
  WEEKDAYS_AND_TIME,
  webDomainBase,
  cueVerb,
  firstNameGender,
  type Token,
} from './cues';
import type { ParagraphParse } from './nlp';
import { detach } from './strings';
import type { FoundQuote } from './quotes';
import { buildSpeakers, type Gender, type NameOccurrence, type SpeakerMention } from './speakers';
import type { Claim, Entity, Paragraph, Quote, Span, Speaker, TextSpan } from './types';

/** Who said it and how, for one quotation or claim, before speakers are grouped. */
interface Attribution {
  readonly mention: SpeakerMention;
  readonly cue: TextSpan | null;
  /** For an inherited speaker: whether the mention still reads as this quotation's own (inside a claim). */
  readonly mentionApplies?: boolean;
}

/** A claim the text reports without a source ("it is unclear how …", "amid doubts that …"): only its cue. */
interface Unsourced {
  readonly mention: null;
  readonly cue: TextSpan;
}

interface DraftClaim extends Span {
  readonly attribution: Attribution | Unsourced;
  readonly paragraph: number;
}

/**
 * Attributes quotations to speakers, finds reported speech (claims), and groups speakers.
 *
 * Works from lexical patterns around verbs of saying, so it needs no parse; `entities` (when the entity
 * extractor provides them) only sharpen names and speaker kinds.
 */
export function attribute(
  text: string,
  paragraphs: readonly Paragraph[],
  quotes: readonly FoundQuote[],
  entities: readonly Entity[],
  parses: readonly ParagraphParse[],
  cache?: AttributionCache,
): { quotes: Quote[]; claims: Claim[]; speakers: Speaker[] } {
  const entityIndex = new EntityIndex(entities);
  const attributions: (Attribution | null)[] = new Array<Attribution | null>(quotes.length).fill(null);
  const quoteParagraph: number[] = new Array<number>(quotes.length).fill(-1);
  const drafts: DraftClaim[] = [];
  const names: NameOccurrence[] = [];
  /** Paragraphs that are captions or link labels ("READ MORE: …", "WATCH: …"): nobody's turn goes on in them. */
  const captions = new Set<number>();
  let firstQuote = 0;
  for (const paragraph of paragraphs) {
    while (firstQuote < quotes.length && quotes[firstQuote].start < paragraph.start) firstQuote++;
    let lastQuote = firstQuote;
    while (lastQuote < quotes.length && quotes[lastQuote].start < paragraph.end) {
      quoteParagraph[lastQuote] = paragraph.index;
      lastQuote++;
    }
    if (isCaption(text, paragraph)) {
      captions.add(paragraph.index);
      firstQuote = lastQuote;
      continue;
    }
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    const key = cache ? paragraphKey(paragraph, quotes, firstQuote, lastQuote, entityIndex) : '';
    const cached = cache?.get(key, paragraphText);
    if (cache && cached) {
      // Readings are never mutated (every field is readonly), so one placed reading can be shared.
      const placed = placeReading(cached, paragraph);
      if (placed !== cached) cache.set(key, placed);
      for (let i = 0; i < placed.attributions.length; i++) attributions[firstQuote + i] = placed.attributions[i];
      drafts.push(...placed.drafts);
      names.push(...placed.names);
      firstQuote = lastQuote;
      continue;
    }
    const tokens = tokenize(text, paragraph.start, paragraph.end, quotes, firstQuote);
    const parse = parses[paragraph.index];
    const tags = tokenTags(tokens, parse);
    const reader = new ParagraphReader(text, tokens, quotes, entityIndex, paragraph.index, tags.map(isFiniteVerb), tags.map(isNamePart), tags.map(isCommonNoun));
    reader.attributeQuotes(attributions);
    const firstDraft = drafts.length;
    reader.findClaims(drafts);
    dropNestedClaims(text, drafts, firstDraft);
    splitQuotedConjuncts(text, drafts, firstDraft);
    continueAfterParenthesis(text, paragraph.end, drafts, firstDraft);
    const firstName = names.length;
    reader.collectNames(names);
    if (cache) {
      const reading = { text: paragraphText, start: paragraph.start, index: paragraph.index, attributions: attributions.slice(firstQuote, lastQuote), drafts: drafts.slice(firstDraft), names: names.slice(firstName) };
      // Kept with copies of its strings, so it does not keep the document version it was read from alive.
      cache.set(key, rebuildReading(reading, paragraph.start, paragraph.index, detach));
    }
    firstQuote = lastQuote;
  }
  pullQuotes(text, paragraphs, quoteParagraph, parses, captions, drafts);
  inheritTurns(quotes, quoteParagraph, attributions, drafts, captions);
  // After the inheritance: a transcript's turn is no speaker for the story's quotations after it.
  transcriptTurns(text, paragraphs, quotes, drafts);

  const claimMentions = drafts.map((d) => d.attribution.mention);
  const quoteMentions = attributions.map((a) => a?.mention ?? null);
  const grouped = buildSpeakers(quoteMentions, claimMentions, names);

  const outQuotes: Quote[] = quotes.map((q, i) => {
    const a = attributions[i];
    const speakerId = grouped.quoteSpeakers[i];
    const showMention = a !== null && speakerId !== null && (!a.mention.inherited || a.mentionApplies === true);
    return { ...q, speakerId, speakerMention: showMention ? span(a.mention.span) : null, cue: a && speakerId !== null ? a.cue : null };
  });
  const claims: Claim[] = drafts.map((d, i) => ({
    start: d.start,
    end: d.end,
    text: text.slice(d.start, d.end),
    speakerId: grouped.claimSpeakers[i],
    speakerMention: d.attribution.mention ? span(d.attribution.mention.span) : null,
    cue: d.attribution.cue,
  }));
  return { quotes: outQuotes, claims, speakers: grouped.speakers };
}

/**
 * What reading one paragraph gave, where it was read (its start offset and index), so the same paragraph
 * anywhere in a later version of the document is not read again, only moved.
 */
interface ParagraphReading {
  /** The paragraph's text (a copy), since its key holds only a fingerprint. */
  readonly text: string;
  readonly start: number;
  readonly index: number;
  readonly attributions: readonly (Attribution | null)[];
  readonly drafts: readonly DraftClaim[];
  readonly names: readonly NameOccurrence[];
}

/**
 * Paragraph readings kept between analyses of a document (owned by an `Analyzer`), bounded in size. A
 * paragraph is read only from its own text, its quotations and the entities inside it, so a reading is keyed
 * by exactly those (relative to the paragraph's start): a cached reading is the one a fresh read would give.
 */
export class AttributionCache {
  private readonly readings = new Map<string, ParagraphReading>();

  constructor(private readonly capacity = 20_000) {}

  get(key: string, text: string): ParagraphReading | undefined {
    const reading = this.readings.get(key);
    if (reading && reading.text !== text) return undefined;
    if (reading) {
      this.readings.delete(key);
      this.readings.set(key, reading);
    }
    return reading;
  }

  set(key: string, reading: ParagraphReading): void {
    this.readings.set(key, reading);
    if (this.readings.size > this.capacity) {
      const oldest = this.readings.keys().next();
      if (!oldest.done) this.readings.delete(oldest.value);
    }
  }
}

function paragraphKey(paragraph: Paragraph, quotes: readonly FoundQuote[], firstQuote: number, lastQuote: number, entities: EntityIndex): string {
  const at = paragraph.start;
  let quoteSignature = '';
  for (let q = firstQuote; q < lastQuote; q++) {
    const quote = quotes[q];
    quoteSignature += `${quote.start - at},${quote.end - at},${quote.content.start - at},${quote.content.end - at},${quote.kind},${quote.closed ? 1 : 0};`;
  }
  // The paragraph's fingerprint stands for its text, so no key holds a slice of the document (which would
  // keep that whole version alive); a reading keeps a copy of its text, and `get` compares it.
  return `${entities.known ? 1 : 0}|${quoteSignature}|${entities.signature(paragraph)}|${paragraph.end - paragraph.start}|${paragraph.hash}`;
}

/**
 * The reading rebuilt for a paragraph at `start` with index `index`, every string passed through `keep` (as
 * it is, or `detach`ed for storing).
 */
function rebuildReading(reading: ParagraphReading, start: number, index: number, keep: (text: string) => string): ParagraphReading {
  const by = start - reading.start;
  const move = <T extends Span>(span: T): T => ({ ...span, start: span.start + by, end: span.end + by });
  const keepRole = (role: string | null): string | null => (role === null ? null : keep(role));
  const mention = (m: SpeakerMention): SpeakerMention => {
    const moved = { ...m, span: move(m.span), paragraph: index, name: keep(m.name), role: keepRole(m.role) };
    return m.nameSpan ? { ...moved, nameSpan: move(m.nameSpan) } : moved;
  };
  const cue = (c: TextSpan): TextSpan => ({ ...move(c), text: keep(c.text) });
  const attribution = (a: Attribution): Attribution => ({ ...a, mention: mention(a.mention), cue: a.cue ? cue(a.cue) : null });
  const source = (a: Attribution | Unsourced): Attribution | Unsourced => (a.mention ? attribution(a) : { mention: null, cue: cue(a.cue) });
  return {
    text: keep(reading.text),
    start,
    index,
    attributions: reading.attributions.map((a) => (a ? attribution(a) : null)),
    drafts: reading.drafts.map((d) => ({ ...move(d), paragraph: index, attribution: source(d.attribution) })),
    names: reading.names.map((n) => ({ ...n, span: move(n.span), paragraph: index, name: keep(n.name), role: keepRole(n.role) })),
  };
}

/** The reading as it would be for the paragraph at `paragraph` (the same object when it has not moved). */
function placeReading(reading: ParagraphReading, paragraph: Paragraph): ParagraphReading {
  if (paragraph.start === reading.start && paragraph.index === reading.index) return reading;
  return rebuildReading(reading, paragraph.start, paragraph.index, (text) => text);
}

/**
 * A claim inside another claim of the same paragraph ("said it expects the economy to grow", "denied a
 * report that …") is part of the outer speech, not a statement of its own. Keeps `drafts` from `from` on in
 * reading order, without the nested ones.
 */
function dropNestedClaims(text: string, drafts: DraftClaim[], from: number): void {
  if (drafts.length - from < 2) return;
  const paragraphClaims = drafts.splice(from).sort((a, b) => a.start - b.start || b.end - a.end);
  let reach = -1;
  for (const claim of paragraphClaims) {
    if (claim.end <= reach) {
      const outer = drafts[drafts.length - 1];
      const shortened = outer === undefined ? null : endBeforeNestedSpeaker(text, outer, claim);
      if (shortened === null) continue;
      drafts[drafts.length - 1] = shortened;
    }
    drafts.push(claim);
    reach = claim.end;
  }
}

/** A parenthesis right after a claim, then ", and" and a lower-case word (`(…), and stay an extra week`), or "along with"/"as well as". */
const PARENTHESIS_THEN_AND = /^\s*\([^()\n]{1,200}\)(?:,\s+and\s+|\s+(?=along with |as well as ))(?=\p{Ll})/u;

/**
 * `he would be at the Sentry (it had been that long since his last win), and stay an extra week`, `gear up for
 * A and B (…) along with C`: a claim cut by a parenthesis goes on after it with ", and" or "along with"; that
 * part, to the sentence's end, is a second claim of the same speaker.
 */
function continueAfterParenthesis(text: string, paragraphEnd: number, drafts: DraftClaim[], from: number): void {
  const count = drafts.length;
  for (let i = from; i < count; i++) {
    const claim = drafts[i];
    const match = PARENTHESIS_THEN_AND.exec(text.slice(claim.end, Math.min(paragraphEnd, claim.end + 260)));
    if (!match) continue;
    const start = claim.end + match[0].length;
    const stop = /[.!?](?=\s|$)/.exec(text.slice(start, paragraphEnd));
    const end = stop ? start + stop.index : paragraphEnd;
    if (wordCount(text.slice(start, end)) < 3 || drafts.some((d) => d.start < end && d.end > start)) continue;
    drafts.push({ ...claim, start, end });
  }
}

/** ", and" before an opening quotation mark. */
const QUOTED_CONJUNCT = /(,["\u201D]?|["\u201D],)\s+and\s+(?=["\u201C])/g;

/**
 * `he believed the station had acted improperly by "tossing roadblocks," and "it would be sending the wrong
 * message" to not charge it`: a second clause that opens with a quotation after ", and" is a second claim of
 * the same speaker (a list of quoted words, `"bold," "fair," and "late"`, is too short to be one).
 */
function splitQuotedConjuncts(text: string, drafts: DraftClaim[], from: number): void {
  for (let i = from; i < drafts.length; i++) {
    const claim = drafts[i];
    const body = text.slice(claim.start, claim.end);
    for (const match of body.matchAll(QUOTED_CONJUNCT)) {
      // The first claim keeps a closing mark before the comma ("…democracy,\u201D"), not the comma after one.
      const kept = /["\u201D]/.test(match[1]) ? match[1].replace(/,$/, '').length : 0;
      const cut = claim.start + match.index + kept;
      const next = claim.start + match.index + match[0].length;
      if (wordCount(text.slice(claim.start, cut)) < 4 || wordCount(text.slice(next, claim.end)) < 4) continue;
      drafts.splice(i, 1, { ...claim, end: cut }, { ...claim, start: next });
      break;
    }
  }
}

/**
 * "made it clear that he meant to attack, when he met three women who claimed they had been wronged": a claim
 * that runs on past a comma into a phrase introducing another speaker ("… who claimed") with a claim of their
 * own ends at that comma, and both claims stay. Otherwise the nested claim is dropped (null).
 */
function endBeforeNestedSpeaker(text: string, outer: DraftClaim, inner: DraftClaim): DraftClaim | null {
  const mention = inner.attribution.mention;
  if (mention === null || mention.span.start <= outer.start || mention.span.start >= inner.start) return null;
  // Only a speaker introduced inside the outer claim by "who": "with three women who claimed …".
  const between = text.slice(mention.span.end, inner.start);
  if (!/^\s*,?\s*who\s/.test(between)) return null;
  // "criticism from the sailors, who claimed …": a non-restrictive relative is cut at its own comma.
  const comma = between.trimStart().startsWith(',') ? mention.span.end + between.indexOf(',') : text.lastIndexOf(',', mention.span.start);
  // "waiting, they acknowledged, could …": a cut inside the outer claim's own aside would keep only the aside.
  const cue = outer.attribution.cue;
  if (comma <= outer.start || (cue !== null && cue.start > outer.start && comma <= cue.end)) return null;
  const end = outer.start + text.slice(outer.start, comma).trimEnd().length;
  if (wordCount(text.slice(outer.start, end)) < 3) return null;
  return { ...outer, end };
}

/** A word without a final "'s": "he's" → "he", "Trump's" → "Trump". */
function withoutPossessive(word: string): string {
  return word.replace(/['\u2019]s$/, '');
}

/** "WATCH: …", "READ MORE: …", "PHOTOS: …": links and captions in scraped pages, not prose. */
const CAPTION = /^[\p{Lu}\d][\p{Lu}\d '’&-]{1,30}:\s/u;
function isCaption(text: string, paragraph: Paragraph): boolean {
  CAPTION.lastIndex = 0;
  return CAPTION.test(text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 40)));
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}

/**
 * A pull quote: a paragraph holding only a speaker's words, without quotation marks, then their name and no
 * full stop ("… what it has brought me. Ada Quill"), as web pages set off a quotation beside the story.
 */
const PULL_QUOTE = /^([^"\u201C\u201D\u00AB\u00BB\n]*\S[.!?])[ \t]+(\p{Lu}[\p{L}'\u2019-]+(?:[ \t]+\p{Lu}[\p{L}'\u2019-]+){1,2})(?:,[ \t]*[^\s.!?,][^\n!?,]{0,39})?[ \t]*$/u;
const MAX_PULL_QUOTE = 800;

/**
 * Adds pull quotes as claims without a cue. The name must open with a first name and its surname must occur
 * elsewhere in the article, so a caption's photo credit ("… on Tuesday. Ada Quill") is no speaker.
 */
function pullQuotes(text: string, paragraphs: readonly Paragraph[], quoteParagraph: readonly number[], parses: readonly ParagraphParse[], captions: ReadonlySet<number>, drafts: DraftClaim[]): void {
  const found: DraftClaim[] = [];
  let busy: Set<number> | undefined;
  let wordCounts: Map<string, number> | undefined;
  for (const paragraph of paragraphs) {
    // Most paragraphs end in punctuation: only one ending in a letter can end in a name.
    if (paragraph.end - paragraph.start > MAX_PULL_QUOTE || !/\p{L}/u.test(text[paragraph.end - 1] ?? '') || captions.has(paragraph.index)) continue;
    const match = PULL_QUOTE.exec(text.slice(paragraph.start, paragraph.end));
    if (!match || wordCount(match[1]) < 6) continue;
    // A paragraph with a quotation or a claim already has its speaker.
    busy ??= new Set([...quoteParagraph, ...drafts.map((d) => d.paragraph)]);
    if (busy.has(paragraph.index)) continue;
    const name = match[2];
    const nameStart = paragraph.start + match[1].length + match[0].slice(match[1].length).indexOf(name);
    const words = name.split(/[ \t]+/);
    const first = words[0];
    const gender = firstNameGender(first.toLowerCase());
    const parsedFirstName = parses[paragraph.index]?.terms.some((t) => t.start === nameStart && (t.tags.includes('FirstName') || t.tags.includes('Person'))) ?? false;
    if (gender === null && !parsedFirstName) continue;
    wordCounts ??= countCapitalizedWords(text);
    if ((wordCounts.get(words[words.length - 1]) ?? 0) < 2) continue;
    const nameSpan = { start: nameStart, end: nameStart + name.length };
    const mention: SpeakerMention = { span: nameSpan, name, nameSpan, role: null, kind: 'person', pronoun: null, gender, paragraph: paragraph.index, inherited: false, named: true };
    const contentStart = paragraph.start + (match[1].length - match[1].trimStart().length);
    found.push({ start: contentStart, end: paragraph.start + match[1].length - 1, paragraph: paragraph.index, attribution: { mention, cue: null } });
  }
  if (found.length === 0) return;
  drafts.push(...found);
  drafts.sort((a, b) => a.start - b.start);
}

/**
 * A speaker label of a transcript: up to three words in capitals and a colon ("MS. CLINTON:", "PARTICIPANT:",
 * "MR. O'NEILL:"), opening a paragraph, a sentence or a quotation.
 */
const TRANSCRIPT_LABEL = /(?:^|(?<=[.!?\u2026]["\u201D\u2019]?[ \t]+)|(?<=["\u201C][ \t]*))((?:(?:MR|MS|MRS|DR|SEN|REP|GOV)\.[ \t]+)?\p{Lu}[\p{Lu}'\u2019-]+(?:[ \t]+\p{Lu}[\p{Lu}'\u2019.-]+){0,2}):[ \t]+(?=\S)/gu;
/** Words of labels that head notes, captions and links, not turns: "UPDATE:", "EDITOR'S NOTE:", "WATCH BELOW:". */
const CAPTION_LABEL_WORDS = new Set(['update', 'updated', 'note', "editor's", 'editor\u2019s', 'breaking', 'watch', 'read', 'more', 'below',
  'above', 'related', 'photo', 'photos', 'video', 'videos', 'correction', 'clarification', 'advertisement', 'source', 'sources',
  'listen', 'see', 'also', 'warning', 'disclaimer', 'file', 'credit', 'click', 'here', 'subscribe', 'share', 'follow', 'live',
  'exclusive', 'opinion', 'analysis', 'graphic', 'map', 'chart', 'timeline', 'explainer', 'gallery', 'sign', 'up', 'latest', 'new',
  'top', 'story', 'stories', 'news', 'alert', 'tip', 'tips', 'ap', 'upi', 'afp', 'est', 'pst', 'gmt', 'utc', 'et', 'pt']);
/** Labels that take turns without naming anyone: the turn is a question or an answer, whoever gave it. */
const ANONYMOUS_LABELS = new Set(['QUESTION', 'ANSWER']);
const LABEL_TITLES = new Set(['mr.', 'ms.', 'mrs.', 'dr.', 'sen.', 'rep.', 'gov.', 'secretary', 'senator', 'president', 'governor', 'mayor', 'minister', 'chairman', 'chairwoman']);

/** "O'NEILL" → "O'Neill", "AL-ASSAD" → "Al-Assad": a name in capitals, as names are written elsewhere in the story. */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|['\u2019-])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}

/**
 * Adds the turns of a transcript as claims of their labels' speakers, cued by the colon: "PARTICIPANT: … MS.
 * CLINTON: You are the smartest people." A transcript has at least two turns, so a lone "BEIRUT:" is no speaker.
 */
function transcriptTurns(text: string, paragraphs: readonly Paragraph[], quotes: readonly FoundQuote[], drafts: DraftClaim[]): void {
  /** The label's words, the colon right after them at `end`. */
  interface Label { readonly start: number; readonly end: number; readonly paragraph: Paragraph }
  const labels: Label[] = [];
  // A transcript line ("QUILL: Thank you.") opens like a caption ("WATCH: …"): the labels tell them apart.
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    // Most paragraphs have no run of capitals before a colon: skip them before the full pattern.
    if (!/\p{Lu}{2}[^:]{0,30}:/u.test(body)) continue;
    for (const m of body.matchAll(TRANSCRIPT_LABEL)) {
      const label = m[1];
      if (!/\p{Lu}{2}/u.test(label) || label.split(/[ \t]+/).some((w) => CAPTION_LABEL_WORDS.has(w.toLowerCase()) || FUNCTION_WORDS.has(w.toLowerCase()))) continue;
      const start = paragraph.start + (m.index ?? 0) + m[0].indexOf(label);
      labels.push({ start, end: start + label.length, paragraph });
    }
  }
  if (labels.length < 2) return;
  // Two datelines ("BEIRUT: …", "MOSCOW: …") make no transcript: a speaker takes a second turn, or is titled.
  const seen = new Set<string>();
  let transcript = false;
  for (const label of labels) {
    const words = text.slice(label.start, label.end);
    transcript ||= seen.has(words) || (words.includes(' ') && LABEL_TITLES.has(words.slice(0, words.indexOf(' ')).toLowerCase()));
    seen.add(words);
  }
  if (!transcript) return;
  const found: DraftClaim[] = [];
  let q = 0;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    const next = labels[i + 1];
    let end = next !== undefined && next.paragraph === label.paragraph ? next.start : label.paragraph.end;
    // A turn quoted inside the story ends with its quotation.
    while (q < quotes.length && quotes[q].content.end <= label.start) q++;
    const quote = quotes[q];
    if (quote !== undefined && quote.content.start <= label.start) end = Math.min(end, quote.content.end);
    let start = label.end + 1;
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /[\s"\u201C\u201D\u2018\u2019]/.test(text[end - 1])) end--;
    const wordSpans = [...text.slice(label.start, label.end).matchAll(/\S+/g)].map((w) => ({ text: w[0], start: label.start + (w.index ?? 0) }));
    const words = wordSpans.map((w) => w.text);
    if (end - start < 2 || ANONYMOUS_LABELS.has(words.join(' '))) continue;
    let titled = 0;
    while (titled < words.length - 1 && LABEL_TITLES.has(words[titled].toLowerCase())) titled++;
    const nameWords = words.slice(titled).map(titleCase);
    const name = nameWords.join(' ');
    const nameStart = wordSpans[titled].start;
    const titleWord = words[0].toLowerCase();
    const gender: Gender = titleWord === 'mr.' ? 'm' : titleWord === 'ms.' || titleWord === 'mrs.' ? 'f' : firstNameGender(nameWords[0].toLowerCase());
    // "PARTICIPANT:", "MODERATOR:": a role, not a name.
    const named = titled > 0 || words.length > 1 || speakerNounClass(name.toLowerCase()) === undefined;
    // An honorific is no role; "SECRETARY" is.
    const titles = words.slice(0, titled).filter((w) => !HONORIFICS.has(w.toLowerCase()));
    const role = titles.length > 0 ? titles.map(titleCase).join(' ') : null;
    const mention: SpeakerMention = {
      span: { start: label.start, end: label.end },
      name,
      nameSpan: named ? { start: nameStart, end: label.end } : undefined,
      role,
      kind: 'person',
      pronoun: null,
      gender,
      paragraph: label.paragraph.index,
      inherited: false,
      named,
    };
    found.push({ start, end, paragraph: label.paragraph.index, attribution: { mention, cue: { start: label.end, end: label.end + 1, text: ':' } } });
  }
  if (found.length < 2) return;
  drafts.push(...found);
  drafts.sort((a, b) => a.start - b.start);
}

function countCapitalizedWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\p{Lu}[\p{L}'\u2019-]+/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/**
 * A quotation without a cue of its own continues the current speaker's turn: the speaker of an earlier
 * quotation in the same paragraph, or, for a paragraph that opens with the quotation, the last speaker of
 * the previous paragraph. A partial quotation inside a claim belongs to the claim's speaker.
 */
function inheritTurns(quotes: readonly FoundQuote[], quoteParagraph: readonly number[], attributions: (Attribution | null)[], drafts: readonly DraftClaim[], captions: ReadonlySet<number>): void {
  // Partial quotations inside a claim.
  let c = 0;
  for (let i = 0; i < quotes.length; i++) {
    if (attributions[i]) continue;
    while (c < drafts.length && drafts[c].end < quotes[i].end) c++;
    const claim = c < drafts.length ? drafts[c] : undefined;
    const mention = claim?.attribution.mention;
    if (claim && mention && claim.start <= quotes[i].start && claim.end >= quotes[i].end) {
      attributions[i] = { mention: { ...mention, inherited: true }, cue: claim.attribution.cue, mentionApplies: true };
    }
  }
  // Turns: the last attributed speech (quotation or claim) before each quotation, by paragraph.
  const events: { at: number; paragraph: number; attribution: Attribution }[] = [];
  for (const d of drafts) if (d.attribution.mention) events.push({ at: d.start, paragraph: d.paragraph, attribution: { mention: d.attribution.mention, cue: d.attribution.cue } });
  let e = 0;
  events.sort((a, b) => a.at - b.at);
  let last: { paragraph: number; attribution: Attribution } | null = null;
  for (let i = 0; i < quotes.length; i++) {
    while (e < events.length && events[e].at < quotes[i].start) {
      if (!last || events[e].paragraph >= last.paragraph) last = events[e];
      e++;
    }
    const own = attributions[i];
    if (own) {
      last = { paragraph: quoteParagraph[i], attribution: own };
      continue;
    }
    const paragraph = quoteParagraph[i];
    if (!last || captions.has(paragraph)) continue;
    const previousQuote = i > 0 ? quotes[i - 1] : undefined;
    const previousAttribution = i > 0 ? attributions[i - 1] : null;
    if (previousQuote && previousAttribution && quoteParagraph[i - 1] === paragraph - 1 && previousQuoteRunsOn(previousQuote)) {
      // The next piece of a multi-paragraph quotation.
      attributions[i] = { mention: { ...previousAttribution.mention, inherited: true }, cue: null };
      last = { paragraph, attribution: attributions[i] as Attribution };
      continue;
    }
    // A short partial quotation outside any claim ("the "phony polls"", a title, a scare quote) takes no turn.
    const sameParagraph = last.paragraph === paragraph && (quotes[i].kind === 'full' || wordCount(quotes[i].text) >= 5);
    const nextParagraph = last.paragraph === paragraph - 1 && quotes[i].kind === 'full';
    if (sameParagraph || nextParagraph) {
      attributions[i] = { mention: { ...last.attribution.mention, inherited: true }, cue: null };
      last = { paragraph, attribution: attributions[i] as Attribution };
    }
  }
}

const QUANTITY_WORDS = new Set(['a', 'an', 'half', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'few', 'several', 'many']);
/** "FBI", "NBC", "UN": a name in capitals only. */
function isAcronym(t: Token): boolean {
  return /^\p{Lu}{2,}$/u.test(t.text);
}

function isQuantity(t: Token): boolean {
  return /^\d/.test(t.text) || QUANTITY_WORDS.has(t.lower);
}

function wordCount(text: string): number {
  let words = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu)) if (m[0] !== '') words++;
  return words;
}

function previousQuoteRunsOn(quote: FoundQuote): boolean {
  const closing = quote.text[quote.text.length - 1];
  return !/["\u201D\u00BB'\u2019]/.test(closing);
}

const NO_TAGS: readonly string[] = [];

/** The parse's tags for each token, read in one merge of two sorted lists (none for punctuation or without a parse). */
function tokenTags(tokens: readonly Token[], parse: ParagraphParse | undefined): (readonly string[])[] {
  const tags = new Array<readonly string[]>(tokens.length).fill(NO_TAGS);
  const terms = parse?.terms ?? [];
  let t = 0;
  for (let i = 0; i < tokens.length && t < terms.length; i++) {
    const token = tokens[i];
    if (token.kind !== 'word') continue;
    while (t < terms.length && terms[t].end <= token.start) t++;
    const term = terms[t];
    if (!term || term.start > token.start) continue;
    tags[i] = term.tags;
  }
  return tags;
}

/** A finite verb in the parse. */
function isFiniteVerb(tags: readonly string[]): boolean {
  return tags.includes('Verb') && !tags.includes('Gerund') && !tags.includes('Noun') && !tags.includes('Adjective');
}

/** A common noun only: "support" in "the support group". */
function isCommonNoun(tags: readonly string[]): boolean {
  return tags.includes('Noun') && !tags.includes('Verb') && !tags.includes('Pronoun') && !tags.includes('ProperNoun');
}

/** A (part of a) person's name the parse knows. */
function isNamePart(tags: readonly string[]): boolean {
  return tags.includes('Person') || tags.includes('FirstName') || tags.includes('LastName');
}

/** Sorted entity spans for "which entity covers this token" look-ups. */
class EntityIndex {
  private readonly sorted: Entity[];
  /** Whether the entity extractor gave anything: without it, names are judged by shape alone. */
  readonly known: boolean;
  constructor(entities: readonly Entity[]) {
    this.sorted = entities.filter((e) => e.type === 'person' || e.type === 'organization' || e.type === 'place').sort((a, b) => a.start - b.start);
    this.known = this.sorted.length > 0;
  }
  /** The entities that overlap the paragraph, relative to its start: all a paragraph's reading can see of them. */
  signature(paragraph: Span): string {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < paragraph.start) lo = mid + 1;
      else hi = mid;
    }
    while (lo > 0 && this.sorted[lo - 1].end > paragraph.start) lo--;
    let signature = '';
    for (let i = lo; i < this.sorted.length && this.sorted[i].start < paragraph.end; i++) {
      const e = this.sorted[i];
      if (e.end > paragraph.start) signature += `${e.start - paragraph.start},${e.end - paragraph.start},${e.type};`;
    }
    return signature;
  }

  at(offset: number): Entity | undefined {
    let lo = 0;
    let hi = this.sorted.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const e = this.sorted[mid];
      if (e.end <= offset) lo = mid + 1;
      else if (e.start > offset) hi = mid - 1;
      else return e;
    }
    return undefined;
  }
}

interface Phrase {
  /** Token indexes, inclusive. */
  readonly first: number;
  readonly last: number;
}

const SENTENCE_END_INSIDE = /[.!?\u2026]\s*$/;
/**
 * Longest claim, in tokens from its cue: real news sentences stay well under 150 tokens; a run-on line
 * without full stops would otherwise make every cue's claim run to the end of the line (quadratic work).
 */
const MAX_CLAIM_TOKENS = 200;
/**
 * Punctuation that ends a clause: where a capped claim prefers to stop, and after which another speaker's
 * clause may start inside a claim.
 */
const CLAUSE_BREAKS = new Set([',', ';', ':', '\u2014', '\u2013']);
const SENTENCE_PUNCT = new Set(['.', '!', '?', '\u2026']);
const CLAUSE_PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '\u2014', '\u2013', '-', '"', '\u201C', '\u201D']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'one',
  'another', 'some', 'many', 'several', 'most', 'other', 'both', 'two', 'three', 'four', 'five', 'few', 'all', 'each', 'any',
  'more', 'no', 'such', 'certain', 'senior', 'top']);
/** Words that start an adverbial after a speaker's name: "said Clinton Tuesday", "said Smith earlier". */
const TIME_ADVERBS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'earlier', 'later', 'last', 'this', 'recently', 'previously', 'again', 'also', 'then', 'now', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.',
  'oct.', 'nov.', 'dec.', 'once', 'twice', 'repeatedly', 'publicly', 'privately', 'flatly', 'bluntly']);
const MONTH_ABBREVIATIONS = new Set(['jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.']);
/** Words that follow a clause's subject: "Telford has", "McCallum didn't". */
const SUBJECT_FOLLOWERS = new Set(['has', 'had', 'have', 'is', 'was', 'were', 'are', 'will', 'would', 'did', 'does', 'didn\u2019t', "didn't", 'doesn\u2019t', "doesn't", 'can', 'could', 'also', 'who', 'then', 'later', 'responded', 'spoke', 'says', 'said', 'told', 'added', 'explained', 'went', 'made', 'took', 'wants', 'wanted', 'believes', 'thinks', 'says']);
/** Lower-case words that can open a reported clause besides pronouns and determiners. */
const CLAUSE_OPENERS = new Set(['there', 'to', 'i', 'you', 'we', 'this', 'that', 'these', 'those', 'nobody', 'no', 'none', 'everyone',
  'everybody', 'someone', 'somebody', 'anyone', 'nothing', 'something', 'everything', 'whether', 'how', 'what', 'why', 'when', 'if',
  'only', 'not', 'more', 'most', 'many', 'much', 'some', 'all', 'both', 'each', 'every', 'any', 'few', 'several', 'such', 'one']);
/** Words that open an object or adverbial, not a reported clause: "added yet another goal". */
const NON_CLAUSE_STARTS = new Set(['yet', 'just', 'for', 'much', 'up', 'out', 'off', 'back', 'down', 'away', 'again', 'too', 'very', 'so',
  'even', 'still', 'already', 'almost', 'nearly', 'about', 'around', 'here', 'later', 'earlier', 'himself', 'herself', 'themselves',
  'itself', 'myself', 'ourselves', 'him', 'her', 'them', 'me', 'us']);
/** Verbs that report speech or thought whatever follows; other cues need a clause-like object. */
const CORE_REPORTING = new Set(['say', 'tell', 'claim', 'insist', 'argue', 'believe', 'think', 'note', 'explain', 'state', 'suggest',
  'warn', 'predict', 'estimate', 'report', 'write', 'reveal', 'stress', 'maintain', 'contend', 'concede', 'acknowledge', 'admit',
  'confirm', 'deny', 'allege', 'announce', 'agree', 'fear', 'hope', 'expect', 'add', 'tweet', 'testify', 'complain', 'caution',
  'conclude', 'assert', 'emphasize', 'emphasise', 'reiterate', 'recall', 'indicate', 'worry', 'speculate', 'wonder']);
const NEGATIONS = new Set(['not', 'never', "didn't", 'didn\u2019t', "doesn't", 'doesn\u2019t', "don't", 'don\u2019t', "won't", 'won\u2019t',
  "wouldn't", 'wouldn\u2019t', "hasn't", 'hasn\u2019t', "haven't", 'haven\u2019t', "hadn't", 'hadn\u2019t', "can't", 'can\u2019t', 'cannot',
  "couldn't", 'couldn\u2019t', 'declined', 'refused', 'failed']);
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'should', 'did', 'does', 'do', 'may', 'might', 'must']);
/** Prepositions of a setting ("on Tuesday", "in a statement") and the articles that open its noun phrase. */
const SETTING_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'by', 'via', 'after', 'before']);
const ARTICLES = new Set(['a', 'an', 'the']);
/** Superlatives that open a closing appositive (and "-iest" forms: "the deadliest …"); "the rest", "the test" are nouns. */
const SUPERLATIVES = new Set(['most', 'least', 'best', 'worst', 'biggest', 'largest', 'smallest', 'highest', 'lowest', 'greatest',
  'latest', 'fastest', 'slowest', 'strongest', 'weakest', 'longest', 'shortest', 'oldest', 'youngest', 'widest', 'sharpest',
  'steepest', 'deepest', 'hardest', 'toughest', 'closest', 'newest', 'richest', 'poorest', 'brightest', 'lightest']);
/** What a judge or an official denies by refusing it, not by saying it is untrue. */
const GRANTABLE = new Set(['request', 'requests', 'application', 'applications', 'motion', 'motions', 'bail', 'entry', 'access',
  'permission', 'appeal', 'appeals', 'petition', 'petitions', 'parole', 'visa', 'visas', 'permit', 'permits', 'admission']);
const TIME_MODIFIER_ENDS = new Set(['earlier', 'later', 'last', 'this', 'next']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
const ACTION_PARTICLES = new Set(['out', 'off', 'down', 'away']);
const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had']);
/** What a statement does to its audience: "…, which sparked a feud", "…, which has drawn criticism". */
const CONSEQUENCE_VERBS = new Set(['sparked', 'prompted', 'drawn', 'drew', 'caused', 'led', 'angered', 'raised', 'fueled', 'fuelled',
  'triggered', 'infuriated', 'frustrated', 'alarmed', 'upset', 'provoked', 'stirred', 'irked', 'outraged', 'surprised', 'stunned']);
const CONSEQUENCE_PARTICIPLES = new Set(['sparking', 'prompting', 'causing', 'angering', 'fueling', 'fuelling', 'triggering',
  'infuriating', 'frustrating', 'alarming', 'upsetting', 'provoking', 'irking', 'outraging', 'stunning', 'drawing']);
/** Pronouns of quantity that can be a cue's object: "said little about …". */
const INDEFINITE_OBJECTS = new Set(['much', 'little', 'something', 'nothing', 'anything', 'everything', 'plenty']);
/** Words of a short adverbial that may stand between a cue and its "that" ("for the first time", "back"). */
const THAT_GAP_WORDS = new Set(['for', 'first', 'second', 'time', 'back', 'ago', 'days', 'weeks', 'months', 'years', 'early', 'openly', 'only', 'finally']);
/** Determiners of a named thing in "called the decision a mistake". */
const NAMING_DETERMINERS = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its']);
/** Cues that, negated, leave nothing reported: "never said", "did not respond to requests", "not to mention". */
const REPEAT_ADVERBS = new Set(['once', 'twice', 'again', 'repeatedly', 'early', 'late']);
const SILENT_WHEN_NEGATED = new Set(['say', 'tell', 'respond', 'reply', 'answer', 'comment', 'mention']);
/**
 * Modals and hedges that put a cue in the future, the conditional or the writer's guess: "will argue that …",
 * "could support …", "likely calling for …".
 */
const HYPOTHETICAL_MODALS = new Set(['will', 'could', 'might', 'may', 'should', 'must', 'would', '\u2019ll', "'ll",
  'likely', 'probably', 'possibly', 'perhaps']);
/** Judgments whose passive subject is what was judged: "was denounced by", "were described by". */
const PASSIVE_CONTENT_BASES = new Set(['denounce', 'condemn', 'criticize', 'criticise', 'describe', 'blast', 'slam', 'decry',
  'dispute', 'question', 'reject', 'dismiss', 'deny', 'praise', 'hail', 'laud', 'endorse', 'report', 'eviscerate', 'lambaste',
  'excoriate', 'berate', 'chastise']);
/** Participles of proposing that, right after a noun, make it the agent's proposal: "the plan proposed by X". */
const REDUCED_PASSIVE_BASES = new Set(['suggest', 'propose', 'recommend']);
/** Possessive pronouns and the pronoun each stands for: "his comments" are what "he" said. */
const POSSESSIVE_PRONOUN_OF: ReadonlyMap<string, 'he' | 'she' | 'they'> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(POSSESSIVE_PRONOUN_OF.keys());
const FIRST_PERSON_POSSESSIVES = new Set(['our', 'my']);
/** Nouns of a speaker's own remarks: "his comments on …", "Quill's allegations of …". */
const POSSESSED_SPEECH_NOUNS = new Set(['comment', 'comments', 'remark', 'remarks', 'allegation', 'allegations', 'accusation',
  'accusations', 'criticism', 'attack', 'attacks', 'thoughts', 'views', 'endorsement', 'announcement', 'message', 'praise',
  'complaints', 'doubts']);
/** Nouns of proposing and promising, whose infinitive is their content: "her proposals to raise taxes". */
const PROPOSAL_NOUNS = new Set(['proposal', 'proposals', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'call', 'calls',
  'threat', 'threats', 'demand', 'demands']);
/** Relative pronouns that can be the object of the verb after them: "who he calls a hero". */
const RELATIVE_OBJECTS = new Set(['who', 'whom']);
/** Words before "say" that make it the noun: "the final say", "a say in", "no say over". */
const SAY_NOUN_OPENERS = new Set(['the', 'a', 'an', 'final', 'no', 'more', 'greater', 'equal', 'its', 'their', 'our', 'your', 'my']);
const SETTING_WORDS = new Set(['by', 'email', 'e-mail', 'phone', 'telephone', 'text', 'interview', 'statement', 'during', 'via', 'after', 'before']);
const SUBORDINATORS = new Set(['while', 'although', 'though', 'if', 'when', 'whenever', 'as', 'because', 'since', 'once', 'unless', 'whereas', 'whether']);
/** Prepositions that also open a time clause: "After X said …, Y did …". */
const TIME_SUBORDINATORS = new Set(['after', 'before', 'until']);
/** After a comma inside a claim, these open a new clause of the writer's or another speaker's ("…, but …"). */
const CONTRAST_OPENERS = new Set(['but', 'though', 'although', 'whereas']);
/** Prepositions that open the setting of a parenthetical cue: "…, he said in an interview, …". */
const ASIDE_SETTINGS = new Set(['in', 'on', 'at', 'during', 'via', 'by', 'after', 'before', 'over']);
/** Words after a final cue that open its own time clause: "…, she wrote while …". */
const CUE_TIME_CLAUSES = new Set(['while', 'as', 'when', 'after', 'before']);
const DASHES = new Set(['\u2014', '\u2013', '-']);
/** Conjunctions that link a sentence to the one before and belong to neither's reported words. */
const LEADING_CONJUNCTIONS = new Set(['but', 'and', 'so', 'yet', 'still']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
/** Prepositions that open a further adjunct after a time word: "Saturday in harsh terms". */
const ADJUNCT_PREPOSITIONS = new Set(['in', 'at', 'on', 'for', 'with', 'after', 'before', 'during', 'while', 'to', 'by']);
/** Time words that can stand between a subject and its cue ("Trump on Friday said"). */
const TIME_NOUNS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday',
  'tonight', 'week', 'month', 'year', 'weekend', 'morning', 'afternoon', 'evening', 'night']);
const TIME_MODIFIERS = new Set(['on', 'last', 'this', 'earlier', 'later', 'late', 'early', 'next', 'the', 'that', 'on', 'in', 'over', 'during']);
/** Verbs of asking whose addressee belongs to the request: "urged the mayor to act", "called on him to go". */
const REQUEST_BASES = new Set(['urge', 'ask', 'beg', 'advise', 'warn', 'call', 'remind', 'caution', 'tell']);
/** Subordinators that can open a reported clause: "said if the vote fails, …", "said when …". */
const CONDITION_OPENERS = new Set(['if', 'when', 'unless', 'because', 'although', 'though', 'whether', 'once']);
/** Verbs that report what evidence shows, and the evidence that can be their subject. */
const EVIDENCE_BASES = new Set(['find', 'show', 'reveal', 'suggest', 'indicate', 'conclude']);
const FINDING_BASES = new Set(['find', 'show']);
const EVIDENCE_NOUNS = new Set(['poll', 'polls', 'polling', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis',
  'review', 'records', 'data', 'document', 'documents', 'email', 'emails', 'numbers', 'figures', 'investigation', 'audit', 'research',
  'test', 'tests', 'results', 'statistics', 'memo', 'filing', 'filings', 'letter', 'video', 'footage', 'evidence', 'findings',
  'estimates', 'inquiry', 'probe', 'census', 'model', 'forecast', 'tape', 'tapes', 'recording', 'recordings', 'transcript',
  'transcripts', 'photo', 'photos', 'image', 'images', 'interviews']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'it', 'us', 'me']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which']);
/** Pronouns that can only be a subject, so a content opening with one is a clause. */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Verbs whose infinitive reports that nothing was said: "declined to say", "refused to confirm". */
const REFUSAL_VERBS = new Set(['decline', 'declines', 'declined', 'refuse', 'refuses', 'refused', 'fail', 'fails', 'failed', 'hesitate',
  'hesitates', 'hesitated']);
/** Quantifiers that can float after their subject: "the two firms both said". */
const FLOATING_QUANTIFIERS = new Set(['both', 'all', 'each']);
/** Irregular past tenses that end a short reported clause ("said prices fell", "said she won"). */
const IRREGULAR_PAST = new Set(['fell', 'rose', 'grew', 'won', 'lost', 'left', 'quit', 'went', 'came', 'paid', 'sold', 'broke', 'ran', 'began',
  'knew', 'saw', 'lied', 'died', 'stood', 'fought', 'spoke', 'forgot', 'flew', 'shrank', 'sank', 'slid', 'fled', 'froze']);
/** How nationality adjectives end: "Canadian", "Chinese", "British", "Israeli". */
const DEMONYM_ENDING = /(?:an|ese|ish|i)$/;
/** Cues that always name a hearer in the active voice: "told reporters", never "told that …". */
const HEARER_ONLY_BASES = new Set(['tell', 'inform', 'remind']);
/** Verbs of saying and thinking that take a clause, never a direct object ("wrote her first book" is no speech). */
const CLAUSE_ONLY_VERBS = new Set(['say', 'claim', 'insist', 'argue', 'believe', 'think', 'add', 'explain', 'note', 'suggest', 'fear', 'hope', 'expect']);
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.']);
/** Units of a match or a day's time: "in the 62nd minute Kim scored". */
const CLOCK_UNITS = new Set(['minute', 'hour']);
/** Verbs of commitment, whose infinitive states what was promised: "vowed to …", "agreed to …". */
const COMMITMENT_BASES = new Set(['promise', 'pledge', 'vow', 'agree', 'threaten']);
/** Cues whose object, a noun phrase, is what was said: demands, promises, proposals. */
const NP_OBJECT_BASES = new Set(['promise', 'pledge', 'vow', 'demand', 'propose', 'recommend']);
/**
 * Verbs of attitude whose object noun phrase is what the speaker judged, backed or denied: "slammed the
 * decision to …", "endorsed the plan", "denied the charge".
 */
const OBJECT_CONTENT_BASES = new Set(['endorse', 'back', 'support', 'tout', 'promote', 'knock', 'hammer', 'bemoan', 'rebuke',
  'laud', 'hail', 'commend', 'assail', 'congratulate', 'criticize', 'criticise', 'praise', 'condemn', 'denounce', 'decry', 'applaud',
  'blast', 'slam', 'reject', 'dispute', 'deny', 'dismiss', 'blame', 'express', 'announce', 'echo', 'invoke', 'favor', 'favour', 'oppose',
  'defend', 'acknowledge', 'admit', 'confirm', 'publish', 'lay', 'brush', 'lash', 'eviscerate', 'lambaste', 'excoriate', 'berate',
  'chastise']);
/** Cues only with their particle: "laid out", "brushed off". */
const PHRASAL_CUE_PARTICLES: ReadonlyMap<string, string> = new Map([['lay', 'out'], ['brush', 'off']]);
/**
 * What a phrasal cue reports, by the head of its object: one lays out a plan or a case (not the tools), and
 * brushes off comments or questions (not the dust).
 */
const PHRASAL_CUE_OBJECTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['lay', new Set(['way', 'ways', 'plan', 'plans', 'case', 'vision', 'argument', 'arguments', 'premise', 'proposal', 'proposals',
    'details', 'reasons', 'steps', 'strategy', 'policy', 'policies', 'agenda', 'conditions', 'terms', 'priorities', 'rationale',
    'framework', 'options', 'position', 'views', 'ideas', 'goals', 'demands', 'principles', 'timeline', 'path', 'roadmap', 'blueprint'])],
  ['brush', new Set(['comment', 'comments', 'remark', 'remarks', 'criticism', 'criticisms', 'question', 'questions', 'concern', 'concerns',
    'suggestion', 'suggestions', 'claim', 'claims', 'report', 'reports', 'allegation', 'allegations', 'accusation', 'accusations', 'call',
    'calls', 'comparison', 'comparisons', 'speculation', 'rumor', 'rumors', 'rumour', 'rumours', 'warning', 'warnings', 'attack', 'attacks'])],
]);
const GO_FORMS = new Set(['go', 'goes', 'went', 'going', 'gone']);
const COME_FORMS = new Set(['come', 'comes', 'came', 'coming']);
/** Words that open an adjunct of the main clause after an object content: "slammed the plan after the vote". */
const OBJECT_ADJUNCTS = new Set(['after', 'amid', 'despite', 'following', 'during', 'since']);
/** Particles that make a verb phrasal and its object no content: "backed the car out", "hailed a cab down". */
const VERB_PARTICLES = new Set(['out', 'up', 'off', 'down', 'away', 'back']);
/** Verbs whose content follows a preposition: "talked about the tax plan", "railed against the deal". */
const PREPOSITIONAL_CUES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['talk', new Set(['about'])], ['speak', new Set(['about', 'against'])], ['boast', new Set(['about'])], ['rail', new Set(['against'])],
  ['complain', new Set(['about'])], ['comment', new Set(['on', 'about'])], ['joke', new Set(['about'])], ['warn', new Set(['against', 'about'])],
  ['lash', new Set(['at', 'against'])],
]);
/** Of those, verbs that report nothing without their preposition: "talked to reporters", "spoke in Ohio". */
const PREPOSITION_ONLY = new Set(['talk', 'speak', 'rail']);
/** Messages whose content a participle gives: "a statement saying …", "a tweet declaring …". */
const MESSAGE_NOUNS = new Set(['statement', 'message', 'tweet', 'tweets', 'letter', 'post', 'email', 'e-mail', 'memo', 'note',
  'release', 'video', 'ad', 'advertisement', 'speech', 'interview', 'op-ed', 'editorial', 'filing', 'complaint', 'lawsuit', 'report']);
/** Where or how something was said, besides a message: "in an interview", "on its website", "at a briefing". */
const SETTING_NOUNS = new Set(['interview', 'website', 'briefing', 'conference', 'call', 'hearing', 'rally', 'meeting', 'event',
  'podcast', 'broadcast', 'programme', 'program', 'show', 'appearance', 'session', 'debate', 'summit', 'forum', 'court', 'filing']);
/** Participles that make the agent after "by" a source's author: "data compiled by", "a survey conducted by". */
const AUTHORSHIP_PARTICIPLES = new Set(['compiled', 'calculated', 'collected', 'gathered', 'conducted', 'commissioned', 'prepared',
  'produced', 'written', 'analyzed', 'analysed', 'estimated', 'funded']);
/** Prepositions that open an introductory phrase of the writer's ("Despite …,", "After the vote,"). */
const INTRODUCTORY_PREPOSITIONS = new Set(['despite', 'after', 'before', 'during', 'since', 'unlike', 'amid', 'following', 'in', 'on',
  'at', 'with', 'without', 'for', 'under', 'over']);
/** Verbs whose object is the person talked about: "described her as …", "accused him of …". */
const ABOUT_PERSON_BASES = new Set(['describe', 'accuse', 'blast', 'slam', 'label', 'praise', 'criticize', 'criticise', 'blame',
  'dismiss', 'condemn', 'denounce', 'applaud', 'charge']);
const WH_OPENERS = new Set(['how', 'whether', 'why', 'what', 'who', 'where', 'when']);
/** Words in -ing that open no participle clause. */
const NON_PARTICIPLE_ING = new Set(['including', 'according', 'following', 'regarding', 'concerning', 'excluding', 'during',
  'notwithstanding', 'pending', 'nothing', 'something', 'anything', 'everything', 'morning', 'evening', 'building', 'meeting',
  'spending', 'funding', 'polling', 'hearing', 'housing', 'training', 'ruling', 'thing', 'spring', 'string', 'ceiling', 'setting',
  'beginning', 'timing', 'warning', 'ending', 'opening', 'earnings', 'feeling', 'being']);
const TITLE_CONNECTORS = new Set(['of', 'for']);
/** Nouns of saying and believing whose that-clause is what is said or believed ("doubts that …"). */
const CONTENT_NOUNS = new Set(['report', 'reports', 'news', 'doubts', 'assumption', 'speculation', 'announcement', 'hopes', 'fears',
  'warning', 'warnings', 'claim', 'claims', 'allegation', 'allegations', 'belief', 'rumor', 'rumors', 'rumour', 'rumours',
  'suggestion', 'insistence', 'notion', 'assertion', 'admission', 'acknowledgment', 'acknowledgement', 'prediction', 'predictions',
  'accusation', 'accusations', 'charge', 'charges', 'concern', 'concerns', 'signal', 'signals', 'assurance', 'assurances',
  'indication', 'indications']);
/** "it is", "it's", "it remains": the start of an impersonal report. */
const IMPERSONAL_COPULAS = new Set(['is', 'was', 'remains', 'remained', 'seems', 'seemed']);
/** Participles that modify a message noun ("an interview with X published Monday"), as well as verbs of its author. */
const PUBLISHED_PARTICIPLES = new Set(['published', 'released', 'posted', 'issued', 'aired', 'broadcast', 'filed']);
/** Acts of contact whose purpose may be to say something: "called X to confirm …", "took to Twitter to say …". */
const CONTACT_VERBS = new Set(['called', 'phoned', 'rang', 'wrote', 'took', 'went', 'came', 'returned', 'appeared', 'used', 'met',
  'held', 'issued', 'visited', 'posted', 'emailed', 'e-mailed', 'texted', 'messaged', 'stepped', 'stood', 'reached', 'turned',
  'calls', 'writes', 'takes', 'uses', 'holds', 'issues', 'posts']);
/** Prepositions that put a publisher inside a message noun's phrase: "an interview with X", "a story in X". */
const OBJECT_PREPOSITIONS = new Set(['with', 'in']);
const FINITE_COPULAS = new Set(['is', 'are', 'was', 'were', 'remains', 'remained']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', 'remains', 'remained']);
const IT_IS = new Set(["it's", 'it\u2019s']);
const UNCERTAIN_ADJECTIVES = new Set(['unclear', 'uncertain', 'unknown']);
/** Longest line read as a headline, in tokens. */
const MAX_HEADLINE_TOKENS = 40;
/** Short words that Title Case leaves in lower case. */
const HEADLINE_LOWER_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'on', 'at', 'to', 'from', 'by', 'of', 'in',
  'with', 'as', 'vs', 'vs.', 'via', 'per', 'into', 'over', 'up', 'off', 'out']);
/** One-word labels that open a section, a byline or a feature in a headline slot ("Analysis: …", "Watch: …"). */
const SECTION_LABELS = new Set(['analysis', 'opinion', 'editorial', 'commentary', 'comment', 'update', 'updated', 'watch', 'video',
  'photos', 'review', 'explainer', 'live', 'breaking', 'exclusive', 'correction', 'podcast', 'interview', 'factbox', 'timeline']);
/** Words that open a second clause in a headline ("Union Slams Mayor After Auditors Reveal …"). */
const HEADLINE_SUBORDINATORS = new Set(['after', 'as', 'while', 'when', 'before', 'because', 'since', 'if', 'amid', 'despite', 'following', 'but']);
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'am']);
/** Adverbs that can stand between "be" and a progressive participle. */
const PROGRESSIVE_ADVERBS = new Set(['now', 'still', 'also', 'again', 'reportedly', 'repeatedly', 'publicly', 'privately', 'increasingly', 'already', 'even', 'openly']);
/**
 * Cues that report speech in the progressive ("is insisting he …", "are urging her to …"); "is adding jobs",
 * "is calling for a debate", "was referring to" mostly report no statement.
 */
const PROGRESSIVE_CUES = new Set([...CORE_REPORTING, ...HEARER_VERBS, ...NP_OBJECT_BASES].filter((base) => base !== 'add'));
/** Subordinators after which "asked"/"told" is a reduced passive ("when asked whether …"). */
const PASSIVE_REPORT_OPENERS = new Set(['when', 'after', 'if', 'once', 'as', 'before', 'until', 'whenever']);
/** Verbs of intention, cues only with an infinitive ("sought to …"). */
const INTENT_BASES = new Set(['seek', 'like']);
/** Verbs that report speech only with a noun of speech: "made comments about", "took aim at". */
const LIGHT_VERBS = new Set(['make', 'makes', 'made', 'making', 'offer', 'offers', 'offered', 'offering', 'voice', 'voices', 'voiced',
  'voicing', 'pose', 'poses', 'posed', 'posing', 'take', 'takes', 'took', 'taken', 'taking', 'aim', 'aims', 'aimed', 'aiming', 'level', 'levels', 'leveled', 'levelled',
  'share', 'shares', 'shared', 'sharing', 'raise', 'raises', 'raised', 'raising', 'express', 'expresses', 'expressed', 'expressing',
  'shown', 'showed']);
const MAKE_FORMS = new Set(['make', 'makes', 'made', 'making']);
/** "drew criticism for", "faced backlash over", "came under fire for": criticism from unnamed critics. */
const CRITICISM_NOUNS = new Set(['criticism', 'fire', 'backlash', 'condemnation', 'scrutiny', 'ridicule']);
const CRITICISM_VERBS = new Set(['draw', 'draws', 'drew', 'drawn', 'drawing', 'face', 'faces', 'faced', 'facing', 'attract',
  'attracts', 'attracted']);
/** "the argument goes", "the thinking goes": a line of reasoning reported without its source. */
const REASONING_NOUNS = new Set(['argument', 'thinking', 'theory', 'reasoning', 'logic', 'story', 'saying', 'wisdom']);
const DECLINE_FORMS = new Set(['decline', 'declines', 'declined', 'declining', 'refuse', 'refuses', 'refused', 'refusing']);
const COMMENT_VERBS = new Set(['comment', 'elaborate', 'speak']);
const SPEECH_NOUNS = new Set(['comment', 'comments', 'remark', 'remarks', 'criticism', 'criticisms', 'attack', 'attacks', 'aim', 'praise',
  'concern', 'concerns', 'doubt', 'doubts', 'thoughts', 'views', 'complaint', 'complaints', 'accusation', 'accusations',
  'allegation', 'allegations', 'jab', 'jabs', 'swipe', 'swipes', 'objection', 'objections', 'reservations', 'note', 'mention', 'issue',
  'exception', 'support', 'hostility', 'compassion', 'sympathy', 'frustration', 'anger', 'outrage', 'skepticism', 'scepticism',
  'admiration', 'regret', 'disappointment', 'opposition', 'solidarity', 'gratitude', 'question', 'questions']);
const NOUN_PREPOSITIONS = new Set(['about', 'on', 'at', 'against', 'over', 'regarding', 'of', 'for', 'towards', 'toward']);
/** Nouns of attitude with a preposition of their own: "took issue with", "took exception to". */
const OWN_PREPOSITIONS: ReadonlyMap<string, string> = new Map([['issue', 'with'], ['exception', 'to']]);
/** Subordinators that open a participle clause of the main clause's subject: "after dismissing …". */
const PARTICIPLE_SUBORDINATORS = new Set(['after', 'before', 'while', 'by', 'without', 'when', 'since']);
/** Words in -ly that are no adverbs of manner: "the family said", "a rally". */
const LY_NON_ADVERBS = new Set(['family', 'rally', 'supply', 'reply', 'apply', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'likely',
  'assembly', 'elderly', 'friendly', 'lonely', 'bully', 'belly', 'jelly', 'italy', 'july', 'anomaly', 'monopoly', 'ally', 'early', 'only',
  'unlikely', 'holly', 'lily', 'kelly', 'emily', 'molly', 'sally', 'silly', 'ugly', 'costly', 'deadly', 'orderly', 'manly', 'homely', 'holy', 'jolly', 'tally', 'folly', 'dolly']);
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got']);
const NP_CONNECTORS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on']);
const ROLE_BREAKING_PREPOSITIONS = new Set(['with', 'in', 'on', 'at', 'after', 'before', 'during', 'despite', 'amid', 'as', 'while', 'when']);
/** Adjectives that describe an anonymous source by what it knows: "a source close to the probe". */
const SOURCE_POSTMODIFIERS = new Set(['close', 'familiar', 'knowledgeable', 'briefed', 'involved', 'privy', 'near']);
const SOURCE_PREPOSITIONS = new Set(['to', 'with', 'about', 'on', 'in']);
/** Connectors between a speaker and the organization they belong to ("a member of X", "Hall with the X"). */
const NAME_OF_CONNECTORS = new Set(['of', 'for', 'with', 'at']);
const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'du', 'da', 'del', 'della', 'di', 'dos', 'das', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'st.', 'mac', 'ter', 'ten', 'y']);
const HONORIFICS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'sir', 'dame', 'prof', 'prof.', 'messrs', 'messrs.']);
const INTRO_WORDS = new Set(['however', 'meanwhile', 'but', 'and', 'still', 'yet', 'instead', 'also', 'later', 'earlier', 'now', 'then', 'so', 'indeed', 'separately', 'previously', 'in', 'on', 'at', 'after', 'before', 'during', 'since', 'asked', 'when', 'speaking', 'for', 'as', 'last', 'this', 'today', 'yesterday', 'overall', 'again', 'finally', 'first', 'second', 'similarly', 'likewise', 'elsewhere', 'there', 'here', 'thus', 'though', 'although', 'while', 'whenever', 'because', 'unless', 'if']);

class ParagraphReader {
  /** Sentence number of each token. */
  private readonly sentence: number[];
  /** Token index where each token's sentence starts. */
  private readonly sentenceStart: number[];
  private readonly sentenceEnd: number[];
  /** Tokens used as the cue of a quotation, so claims don't reuse them. */
  private readonly usedCues = new Set<number>();
  /** Set while a subject is looked up before a semicolon, so that look-up never chains. */
  private acrossSemicolon = false;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly quotes: readonly FoundQuote[],
    private readonly entities: EntityIndex,
    private readonly paragraph: number,
    /** Tokens the parser tagged as verbs (none without a parse): noun phrases never run through them. */
    private readonly verbs: readonly boolean[],
    /** Tokens the parser knows as parts of people's names ("Julian", "Jessop"), not "Construction Weakness". */
    private readonly personWords: readonly boolean[],
    /** Tokens the parser reads as common nouns: a cue word among them modifies a noun ("the support group"). */
    private readonly nouns: readonly boolean[],
  ) {
    const n = tokens.length;
    this.sentence = new Array<number>(n);
    this.sentenceStart = new Array<number>(n);
    this.sentenceEnd = new Array<number>(n);
    let id = 0;
    let start = 0;
    for (let i = 0; i < n; i++) {
      this.sentence[i] = id;
      this.sentenceStart[i] = start;
      const t = tokens[i];
      const next = tokens[i + 1];
      const endsInside = t.kind === 'quote' && SENTENCE_END_INSIDE.test(text.slice(quotes[t.quote].content.start, quotes[t.quote].content.end));
      // A web address after a full stop starts a new line of text ("… $500. https://…").
      // So does a bracket opening a capitalized aside or caption ("… in 2017. (Photo: …)").
      const bracketed = next !== undefined && (next.text === '(' || next.text === '[') && tokens[i + 2]?.capitalized === true;
      const startsNext = next === undefined || next.capitalized || bracketed || next.kind === 'quote' || next.lower === 'https' || next.lower === 'http' || next.lower === 'www';
      if (((t.kind === 'punct' && SENTENCE_PUNCT.has(t.text)) || endsInside) && startsNext) {
        for (let k = start; k <= i; k++) this.sentenceEnd[k] = i;
        id++;
        start = i + 1;
      }
    }
    for (let k = start; k < n; k++) this.sentenceEnd[k] = n - 1;
  }

  // ——— Direct quotations ———

  attributeQuotes(out: (Attribution | null)[]): void {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].kind !== 'quote') continue;
      const q = tokens[i].quote;
      const quote = this.quotes[q];
      const content = this.text.slice(quote.content.start, quote.content.end).trimEnd();
      const trailing = content[content.length - 1];
      const rightFirst = trailing === ',' || trailing === '?' || trailing === '!' || trailing === '\u2014' || tokens[i + 1]?.text === ',';
      // A partial quotation leaves its cue to the claim around it ("said the airport was a "target"").
      // So does a full one that completes a reported clause ("added that the mood was, "We won."").
      const consume = quote.kind === 'full' && !this.afterCopula(i);
      const attribution = rightFirst ? (this.rightOf(i, consume) ?? this.leftOf(i, consume)) : (this.leftOf(i, consume) ?? this.rightOf(i, consume));
      if (attribution) out[q] = attribution;
    }
  }

  /** `"…," X said`, `"…," said X`, `"…," X, a doctor, said`, `"…," according to X`. */
  private rightOf(qi: number, consume: boolean): Attribution | null {
    const { tokens } = this;
    let j = qi + 1;
    while (j < tokens.length && tokens[j].kind === 'punct' && (tokens[j].text === ',' || tokens[j].text === '\u2014' || tokens[j].text === '\u2013' || tokens[j].text === '-')) j++;
    if (j >= tokens.length || tokens[j].kind !== 'word') return null;
    const cue = this.cueAt(j, true);
    if (cue !== null) {
      // "said X"
      const np = this.phraseRight(j + 1);
      if (np) {
        if (consume) this.usedCues.add(j);
        return this.makeAttribution(np, j, cue, this.appositiveAfter(np.last));
      }
      // "X said" where X was before the quotation ("X said, "…"") is handled by leftOf.
      return null;
    }
    if (tokens[j].lower === 'according' && tokens[j + 1]?.lower === 'to') {
      const np = this.phraseRight(j + 2);
      if (np) return this.makeAttribution(np, j, j + 1, this.appositiveAfter(np.last));
    }
    // "X said" with any role words before the name: find the cue, then its subject, which must start here.
    for (let k = j + 1; k < tokens.length && k - j <= 14 && tokens[k].kind !== 'quote' && !SENTENCE_PUNCT.has(tokens[k].text); k++) {
      const verb = this.quoteCueAt(k);
      if (verb === null) continue;
      const subject = this.subjectOf(k);
      if (subject && subject.phrase.first === j) {
        if (consume) this.usedCues.add(k);
        return this.makeAttribution(subject.phrase, k, verb, subject.role);
      }
      break;
    }
    const np = this.phraseRight(j);
    if (!np) return null;
    let k = np.last + 1;
    let role: Phrase | null = null;
    if (tokens[k]?.text === ',') {
      // An appositive: "X, a doctor at the clinic, said".
      let m = k + 1;
      while (m < tokens.length && m - k <= 25 && tokens[m].kind === 'word') m++;
      if (tokens[m]?.text === ',' && m > k + 1) {
        role = { first: k + 1, last: m - 1 };
        k = m + 1;
      } else return null;
    }
    while (k < tokens.length && PRE_CUE_FILLERS.has(tokens[k].lower) && this.cueAt(k, true) === null) k++;
    const verb = this.quoteCueAt(k);
    if (verb === null) return null;
    if (consume) this.usedCues.add(k);
    return this.makeAttribution(np, k, verb, role);
  }

  /**
   * A cue after a quotation that can introduce it: a verb of saying, not one that only reports a clause or an
   * attitude (`"…." She called him "unfit."` is a claim of its own, not the first quotation's cue).
   */
  private quoteCueAt(k: number): number | null {
    const end = this.cueAt(k, false);
    return end !== null && cueVerb(this.tokens[k].lower)?.forQuotes === true ? end : null;
  }

  /** `X said: "…"`, `X, speaking in Belfast, said "…"`, `X said the plan was a "concerted push"`. */
  private leftOf(qi: number, consume: boolean): Attribution | null {
    const { tokens } = this;
    const floor = this.sentenceStart[qi];
    for (let k = qi - 1; k >= floor && qi - k <= 40; k--) {
      const t = tokens[k];
      if (t.kind === 'quote') break;
      if (t.lower === 'to' && tokens[k - 1]?.lower === 'according') {
        const np = this.phraseRight(k + 1);
        if (np && np.last < qi) return this.makeAttribution(np, k - 1, k, null);
        continue;
      }
      const cue = this.cueAt(k, false);
      if (cue === null) continue;
      const subject = this.subjectOf(k);
      if (!subject) continue;
      if (consume) this.usedCues.add(k);
      return this.makeAttribution(subject.phrase, k, k, subject.role);
    }
    return null;
  }

  /** The token index where the cue ends ("pointed out" ends at "out"), or null when `i` is no cue. */
  private cueAt(i: number, needSpeakerAfter: boolean): number | null {
    const t = this.tokens[i];
    if (!t || t.kind !== 'word' || t.capitalized) return null;
    const verb = cueVerb(t.lower);
    if (!verb) return null;
    if (needSpeakerAfter) {
      // "said X" inversions only with the core verbs.
      if (!/^(say|tell|add|ask|write|tweet|explain|note|continue|reply|respond|recall|conclude|insist|argue|warn|declare|state|answer|joke|quip|counter|observe|remark|comment|confirm|announce|acknowledge|admit|concede|claim)$/.test(verb.base)) return null;
      if (verb.participle) return null;
    }
    if (verb.base === 'point') return this.tokens[i + 1]?.lower === 'out' ? i + 1 : null;
    // "laid out the ways …" sets out a view; "brushed off the comments" dismisses them.
    const particle = PHRASAL_CUE_PARTICLES.get(verb.base);
    if (particle !== undefined) return this.tokens[i + 1]?.lower === particle && !needSpeakerAfter && this.statedObject(i + 2, verb.base) ? i + 1 : null;
    // "knocked out", "backed down", "hammered out a deal": with a particle, an attitude verb is a verb of action.
    if (OBJECT_CONTENT_BASES.has(verb.base) && !PREPOSITIONAL_CUES.has(verb.base) && ACTION_PARTICLES.has(this.tokens[i + 1]?.lower ?? '')) return null;
    // "like" is a preposition or a verb of taste; "would like to …" states an intention.
    if (verb.base === 'like') return this.tokens[i - 1]?.lower === 'would' && !needSpeakerAfter ? i : null;
    const prepositions = PREPOSITIONAL_CUES.get(verb.base);
    if (prepositions) {
      // "spoke out against …", "has spoken out before about …": a particle and an adverb may come before the
      // preposition.
      let p = this.tokens[i + 1]?.lower === 'out' ? i + 2 : i + 1;
      if (REPEAT_ADVERBS.has(this.tokens[p]?.lower ?? '') || this.tokens[p]?.lower === 'before' || this.tokens[p]?.lower === 'publicly') p++;
      if (!needSpeakerAfter && prepositions.has(this.tokens[p]?.lower ?? '')) return p;
      if (PREPOSITION_ONLY.has(verb.base)) return null;
    }
    // "…, referring to GOP nominee Donald Trump": what the speaker meant.
    if (verb.base === 'refer') return this.tokens[i + 1]?.lower === 'to' && !needSpeakerAfter ? i + 1 : null;
    if (verb.base === 'call') {
      const next = this.tokens[i + 1];
      if (next?.lower === 'on' || next?.lower === 'for') return i + 1;
      // "called out Quill for her ways": a public rebuke of someone, whose object is the content ("called out the
      // names" reads them aloud).
      if (next?.lower === 'out' && !needSpeakerAfter && this.rebukedObject(i + 2)) return i + 1;
      // "called him a liar", "called Quill "a menace"": naming someone, a claim about them.
      // "calls herself "The Anchor"": a self-description names the speaker too.
      // "called the decision a mistake", "called the stop the clearest …": a determiner and one noun as the object.
      const nounObject = next !== undefined && next.kind === 'word' && !next.capitalized && NAMING_DETERMINERS.has(next.lower) && this.tokens[i + 2]?.kind === 'word' && !this.tokens[i + 2].capitalized && !WEEKDAYS_AND_TIME.has(this.tokens[i + 2].lower) && !FUNCTION_WORDS.has(this.tokens[i + 2].lower);
      const after = this.tokens[nounObject ? i + 3 : i + 2];
      const object = next !== undefined && next.kind === 'word' && (nounObject || OBJECT_PRONOUNS.has(next.lower) || REFLEXIVES.has(next.lower) || (next.capitalized && !FUNCTION_WORDS.has(next.lower)));
      const afterNext = this.tokens[(nounObject ? i + 3 : i + 2) + 1]?.lower ?? '';
      const time = after !== undefined && after.lower === 'the' && (WEEKDAYS_AND_TIME.has(afterNext) || TIME_NOUNS.has(afterNext) || TIME_MODIFIERS.has(afterNext) || afterNext === 'following' || afterNext === 'same');
      // "Brandt, who he calls a fine skipper": the relative pronoun is the object, the name follows the cue.
      const relative = next !== undefined && (next.lower === 'a' || next.lower === 'an' || next.kind === 'quote') && RELATIVE_OBJECTS.has(this.tokens[i - 2]?.lower ?? '') && PRONOUNS[this.tokens[i - 1]?.lower ?? ''] !== undefined;
      if (relative && !needSpeakerAfter) return i;
      return !needSpeakerAfter && object && !time && after !== undefined && (after.lower === 'a' || after.lower === 'an' || after.lower === 'the' || after.kind === 'quote') ? i : null;
    }
    return i;
  }

  /** Whether a noun and a subject with an auxiliary ("the sexism Clinton has faced") stand between `s` and `m`. */
  private relativeVerbBefore(s: number, m: number): boolean {
    const { tokens } = this;
    for (let c = s + 1; c < m - 1; c++) {
      if (AUXILIARIES.has(tokens[c].lower) && tokens[c - 1].kind === 'word' && (tokens[c - 1].capitalized || PRONOUNS[tokens[c - 1].lower] !== undefined) && this.verbs[c + 1]) return true;
    }
    return false;
  }

  /** The span cut before its second copula outside quotations ("X is "rigged" [is senseless]"), or unchanged. */
  private endBeforeSecondCopula(span: Span): Span {
    const { tokens } = this;
    let copulas = 0;
    let previous = -1;
    for (let m = 0; m < tokens.length && tokens[m].start < span.end; m++) {
      const t = tokens[m];
      if (t.start < span.start || t.end > span.end) continue;
      if (t.kind === 'word' && FINITE_COPULAS.has(t.lower) && ++copulas === 2 && previous >= 0) return { start: span.start, end: tokens[previous].end };
      previous = m;
    }
    return span;
  }

  /** Whether "that" follows the cue at `k`, right after it or after a short hearer and setting ("telling reporters at the White House that"). */
  private thatAfterHearer(k: number): boolean {
    const { tokens } = this;
    for (let m = k + 1; m < tokens.length && m - k <= 8 && tokens[m].kind === 'word'; m++) if (tokens[m].lower === 'that') return true;
    return false;
  }

  /** Whether the object from `m` has, within its first words, a head a phrasal cue of `base` can report. */
  private statedObject(m: number, base: string): boolean {
    const heads = PHRASAL_CUE_OBJECTS.get(base);
    if (heads === undefined) return false;
    for (let c = m; c < this.tokens.length && c - m < 4 && this.tokens[c].kind === 'word'; c++) if (heads.has(this.tokens[c].lower)) return true;
    return false;
  }

  /** Whether a person is named at `m` ("Quill", "him"), or any object is followed by a reason ("… for its ways"). */
  private rebukedObject(m: number): boolean {
    const { tokens } = this;
    const first = tokens[m];
    if (first === undefined || first.kind !== 'word') return false;
    if ((first.capitalized && !FUNCTION_WORDS.has(first.lower)) || OBJECT_PRONOUNS.has(first.lower)) return true;
    for (let c = m + 1; c < tokens.length && c - m <= 6 && tokens[c].kind === 'word'; c++) if (tokens[c].lower === 'for') return true;
    return false;
  }

  /** The subject of the cue at `k`: "Clinton", "A spokesman for the rebels", "X, a doctor, …". */
  private subjectOf(k: number): { phrase: Phrase; role: Phrase | null } | null {
    const subject = this.subjectOfCue(k) ?? this.coordinatedSubject(k) ?? this.purposeSubject(k);
    if (subject === null) return null;
    const before = this.tokens[subject.phrase.first - 1];
    // "In an interview with X published this morning, …": a name after a preposition is its object, and a
    // participle of publishing after it modifies the noun before.
    if (before !== undefined && PUBLISHED_PARTICIPLES.has(this.tokens[k].lower) && OBJECT_PREPOSITIONS.has(before.lower) && !before.capitalized) return null;
    // Only a phrase right after "and" can close a list of names; the clause's floor is looked up for it alone.
    return before?.lower === 'and' ? { phrase: this.withCoordinatedNames(subject.phrase, this.clauseFloor(k)), role: subject.role } : subject;
  }

  /** "Ada Quill, Tomas Vell and Jonas Lund said": the names joined by commas and "and" speak together. */
  private withCoordinatedNames(p: Phrase, floor: number): Phrase {
    const { tokens } = this;
    if (!tokens[p.first].capitalized || !tokens[p.last].capitalized || tokens[p.first - 1]?.lower !== 'and' || tokens[p.first - 1].capitalized) return p;
    let first = p.first;
    let joiner = p.first - 1;
    for (let names = 0; names < 8; names++) {
      const last = joiner - 1;
      if (last < floor || tokens[last].kind !== 'word' || !tokens[last].capitalized || FUNCTION_WORDS.has(tokens[last].lower)) break;
      let start = last;
      // "the Justice Department": before an organization's head, a title word ("Justice", "State") is part of its name.
      const institution = ORGANIZATION_SUFFIXES.has(tokens[last].lower);
      const namePart = (i: number): boolean => i >= floor && tokens[i].kind === 'word' && tokens[i].capitalized && (institution || !TITLE_WORDS.has(tokens[i].lower)) && !HONORIFICS.has(tokens[i].lower) && !tokens[i].text.endsWith('.') && !FUNCTION_WORDS.has(tokens[i].lower) && !INTRO_WORDS.has(tokens[i].lower);
      while (last - start < 3 && namePart(start - 1)) start--;
      // "Elijah Cummings of Maryland and John Conyers of Michigan": a name's place after "of" is part of the item.
      if (tokens[start - 1]?.lower === 'of' && namePart(start - 2)) {
        start -= 2;
        while (last - start < 6 && namePart(start - 1)) start--;
      }
      first = start;
      if (tokens[start - 1]?.text !== ',') break;
      joiner = start - 1;
    }
    return first < p.first ? { first, last: p.last } : p;
  }

  private subjectOfCue(k: number): { phrase: Phrase; role: Phrase | null } | null {
    const { tokens } = this;
    const floor = this.clauseFloor(k);
    const verb = cueVerb(tokens[k].lower);
    // "Quill is saying …", "she had been asking …", "is slamming …": a progressive is a finite verb with its own subject.
    const progressive = verb?.participle === true && (PROGRESSIVE_CUES.has(verb.base) || OBJECT_CONTENT_BASES.has(verb.base)) && this.progressive(k, floor);
    const participle = verb?.participle === true && !progressive;
    let j = k - 1;
    // "are estimated to", "was told": passives report no speaker.
    if (j >= floor && PASSIVE_AUXILIARIES.has(tokens[j].lower) && !verb?.participle) return null;
    // "For a candidate to believe that …": "for" names an infinitive's subject.
    if (tokens[j]?.lower === 'to' && verb !== undefined && CORE_REPORTING.has(verb.base) && j - 1 >= floor) {
      const forSubject = this.phraseLeft(j - 1, floor);
      if (forSubject && tokens[forSubject.first - 1]?.lower === 'for' && this.namesSpeaker(forSubject.last)) return { phrase: forSubject, role: null };
    }
    // "Attempts by CTV News to confirm …": an infinitive has a subject only after a verb ("declined to say").
    // "went on to say": the speaker's next step.
    const goesOn = tokens[j]?.lower === 'to' && j - 2 >= floor && tokens[j - 1].lower === 'on' && GO_FORMS.has(tokens[j - 2].lower);
    if (goesOn) j -= 3;
    else if (tokens[j]?.lower === 'to' && j - 1 >= floor && !PRE_CUE_FILLERS.has(tokens[j - 1].lower) && !this.verbs[j - 1]) return null;
    // "the unions seem to think", "Quill wants to say": the speaker is the subject of the verb before "to",
    // for verbs of saying and thinking only ("struggled to find the form" reports nothing), and "declined to
    // say" reports nothing.
    else if (tokens[j]?.lower === 'to' && verb !== undefined && CORE_REPORTING.has(verb.base) && !EVIDENCE_BASES.has(verb.base) && j - 1 > floor && this.verbs[j - 1] && !tokens[j - 1].capitalized && !PRE_CUE_FILLERS.has(tokens[j - 1].lower)) {
      if (REFUSAL_VERBS.has(tokens[j - 1].lower)) return null;
      j -= 2;
    }
    // "has since expressed": "since" after a perfect auxiliary is an adverb, not a subordinator.
    while (j >= floor && (this.isFiller(j) || (progressive && PROGRESSIVE_ADVERBS.has(tokens[j].lower)) || this.isMannerAdverb(j) || this.floatingQuantifier(j, floor) || (tokens[j].lower === 'since' && PERFECT_AUXILIARIES.has(tokens[j - 1]?.lower ?? '')))) j--;
    // "was diagnosed and told he had months to live": "told" right before its clause has lost its hearer to a
    // passive, and the subject is the one who was told.
    if (verb !== undefined && HEARER_ONLY_BASES.has(verb.base) && !tokens[k].capitalized && this.opensClause(k + 1)) return null;
    // "…, he said, apparently suggesting that …": a hedging adverb between the comma and the participle.
    if (participle && j > floor && tokens[j].kind === 'word' && !tokens[j].capitalized && tokens[j].lower.endsWith('ly') && tokens[j - 1].text === ',') j--;
    // "Trump on Friday said", "the minister last week told": a time between the subject and the cue.
    if (j > floor && TIME_NOUNS.has(tokens[j].lower) && !participle) {
      let m = j - 1;
      while (m > floor && j - m < 4 && TIME_MODIFIERS.has(tokens[m].lower)) m--;
      if (m < j - 1 || tokens[j].capitalized) {
        j = m;
        while (j >= floor && this.isFiller(j)) j--;
        if (j < floor) return null;
      }
    }
    j = this.beforeParenthetical(j, floor);
    // "Trump questioned …; blamed Obama for …": a predicate after a semicolon shares the earlier subject.
    if (j < floor) return participle ? null : this.subjectBeforeSemicolon(floor);
    if ((tokens[j].lower === 'who' || tokens[j].lower === 'which') && !participle) {
      // "three women who claimed …", "the newspaper, which reported …": the relative's antecedent speaks.
      const last = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
      // "Vell himself had been among those who expressed …": the sentence's subject is one of them.
      if (tokens[last]?.lower === 'those' && tokens[last - 1]?.lower === 'among') {
        const predicate = this.firstPredicate(this.sentenceStart[k] - 1, last - 1, true);
        return predicate >= 0 ? this.subjectOfPredicate(predicate, this.sentenceStart[k]) : null;
      }
      const antecedent = last >= floor ? this.phraseLeft(last, floor) : null;
      if (!antecedent) return null;
      // "Ada Quill, the official who announced …": the antecedent is an appositive, and the name it describes speaks.
      const describesName = this.looksLikeRole(antecedent) || speakerNounClass(tokens[antecedent.last].lower) !== undefined;
      if (antecedent.first - 2 >= floor && tokens[antecedent.first - 1].text === ',' && !tokens[antecedent.first].capitalized && describesName) {
        const named = this.phraseLeft(antecedent.first - 2, floor);
        // "In Marlow, the firm which …": a name after a preposition is the writer's setting, not the antecedent.
        const setting = named !== null && named.first > floor && INTRODUCTORY_PREPOSITIONS.has(tokens[named.first - 1].lower);
        if (named && !setting && tokens[named.last].capitalized && tokens[named.first].capitalized) {
          return { phrase: named, role: this.looksLikeRole(antecedent) ? antecedent : null };
        }
      }
      return { phrase: antecedent, role: null };
    }
    if (participle) {
      // "…, saying …": the subject is the clause's subject: the speaker of an earlier cue in the clause, or
      // the noun phrase at its start.
      // "released a statement saying …", "a tweet declaring …": the message's sender speaks.
      // "sent an email on Friday morning saying …": a time may stand between the message and the participle.
      let messageAt = j;
      while (messageAt > floor && j - messageAt < 4 && (TIME_NOUNS.has(tokens[messageAt].lower) || TIME_MODIFIERS.has(tokens[messageAt].lower))) messageAt--;
      const afterMessage = MESSAGE_NOUNS.has(tokens[messageAt].lower) && !tokens[messageAt].capitalized;
      // "records revealing that …", "with surveys showing the levy unpopular": the evidence itself is the source.
      if (EVIDENCE_BASES.has(verb.base) && EVIDENCE_NOUNS.has(tokens[j].lower) && !tokens[j].capitalized) {
        const evidence = this.phraseLeft(j, floor);
        if (evidence) return { phrase: evidence, role: null };
      }
      // "…, rejecting criticism, using an expletive and telling the U.S. …": a series of participles.
      let inSeries = false;
      if (tokens[j].lower === 'and') {
        for (let m = j - 1; m > floor && j - m <= 20 && !inSeries; m--) inSeries = tokens[m].kind === 'word' && tokens[m].lower.endsWith('ing') && (tokens[m - 1].text === ',' || cueVerb(tokens[m].lower)?.participle === true);
      }
      // "…, after dismissing …", "while insisting …": a participle in an adverbial or time adjunct shares the clause's subject.
      const lowerWord = tokens[j].kind === 'word' && !tokens[j].capitalized;
      const adverbial = lowerWord && PARTICIPLE_SUBORDINATORS.has(tokens[j].lower);
      // "…, with spokesman Glen Hale saying …": the phrase after "with" is the participle's own subject.
      if (tokens[j].kind === 'word' && !afterMessage && !inSeries && !adverbial) {
        const absolute = this.phraseLeft(j, floor);
        if (absolute && absolute.first > floor && tokens[absolute.first - 1].lower === 'with' && (tokens[j].capitalized || speakerNounClass(tokens[j].lower) !== undefined)) return { phrase: absolute, role: null };
      }
      // "Secretary of State X telling reporters that …": in a verbless sentence (a list of moments), the name
      // opening it is the participle's subject, when a "that" makes the report plain.
      if (tokens[j].kind === 'word' && tokens[j].capitalized && this.thatAfterHearer(k)) {
        const opening = this.phraseLeft(j, floor);
        if (opening && opening.first === this.sentenceStart[k] && !this.hasFiniteVerb(opening.first, j)) return { phrase: opening, role: null };
      }
      if (tokens[j].text !== ',' && !afterMessage && !inSeries && !adverbial) return null;
      for (let m = j - 1; m >= floor; m--) {
        const earlier = cueVerb(tokens[m].lower);
        // An infinitive ("urged the mayor not to announce") is no earlier cue of the clause's subject.
        // A progressive ("are urging …, publicly revealing …") is a finite cue with a subject.
        if (!earlier || (earlier.participle && !this.afterBeForm(m)) || tokens[m].capitalized || tokens[m - 1]?.lower === 'to') continue;
        // A noun that looks like a cue ("in its dispute") has no subject; look further left.
        const found = this.subjectOf(m);
        if (found) return found;
        // "…, said a source close to the probe, adding that …": the inverted cue's speaker goes on.
        const inverted = tokens[m - 1]?.text === ',' ? this.phraseRight(m + 1) : null;
        if (inverted) {
          const speaker = this.withPostmodifier(inverted);
          if (speaker.last < j) return { phrase: speaker, role: null };
        }
      }
      // "Vell angered voters by saying …": an adverbial participle shares the subject of the clause's verb.
      if (adverbial) {
        const predicate = this.firstPredicate(floor, j, false);
        const shared = predicate >= 0 ? this.subjectOfPredicate(predicate, floor) : null;
        if (shared) return shared;
      }
      const leading = afterMessage ? null : this.leadingSubject(floor, j);
      if (leading) return leading;
      // "Trump aimed his criticism at Obama, saying …": the noun phrase opening the clause, or, after an
      // introductory phrase ("On trade, Trump aimed …"), opening the part after its comma.
      for (let start = floor; start < j; start++) {
        if (start > floor && tokens[start - 1].text !== ',') continue;
        if (start > floor + 20) break;
        // "Unlike Quill, officials …": an opening prepositional phrase is the writer's frame, not the subject.
        if ((INTRO_WORDS.has(tokens[start].lower) || INTRODUCTORY_PREPOSITIONS.has(tokens[start].lower)) && start === floor) continue;
        const opening = this.phraseRight(start);
        if (opening && opening.last < j && (tokens[opening.last].capitalized || speakerNounClass(tokens[opening.last].lower) !== undefined)) return { phrase: opening, role: null };
        if (start > floor) break;
      }
      return null;
    }
    if (tokens[j].text === ',') {
      // "X, a doctor, said" or "X, speaking in Belfast, said".
      const leading = this.leadingSubject(floor, j);
      // "The crew waited too long, said X": words after the phrase and no aside before ", said" make the phrase
      // the claim's opening, and the speaker follows the cue ("X for the agency, says …" stays a subject).
      if (leading && k - j === 1 && leading.phrase.last < j - 1 && !this.hasCommaBetween(floor - 1, j)) return null;
      if (leading || k - j > 1) return leading;
      // "X railed against A, blasted B and …": a series of predicates shares the first one's subject.
      for (let m = j - 1; m >= floor && j - m <= 30; m--) {
        const earlier = cueVerb(tokens[m].lower);
        if (!earlier || earlier.participle || tokens[m].capitalized || tokens[m].lower === earlier.base || isNounLike(tokens[m].lower) || this.negated(m)) continue;
        return this.subjectOf(m);
      }
      return null;
    }
    if ((tokens[j].lower === 'and' || tokens[j].lower === 'but') && !tokens[j].capitalized) {
      // "Trump bemoaned a lack of unity and said …": the subject of the coordinated verbs.
      for (let m = j - 1; m >= floor; m--) {
        const earlier = cueVerb(tokens[m].lower);
        if (!earlier || earlier.participle || tokens[m].capitalized || this.negated(m)) continue;
        const found = this.subjectOf(m);
        if (found) return found;
      }
      const opening = this.phraseRight(floor);
      if (opening && opening.last < j && (tokens[opening.last].capitalized || PRONOUNS[tokens[opening.last].lower] !== undefined || speakerNounClass(tokens[opening.last].lower) !== undefined)) return { phrase: opening, role: null };
      return this.subjectBeforeSemicolon(floor);
    }
    const np = this.phraseLeft(j, floor);
    if (!np) {
      // "Emails that were unearthed last week show …": evidence opening the clause, past its relative clause.
      if (verb === undefined || !EVIDENCE_BASES.has(verb.base)) return null;
      const opening = this.phraseRight(floor);
      return opening && opening.last < j && this.hasEvidenceNoun(opening) && !this.hasCommaBetween(opening.last, k) ? { phrase: opening, role: null } : null;
    }
    // "here was the big reveal: …": a bare verb right after a phrase whose head is no plural and no speaker
    // would disagree with it, so the cue is a noun.
    const phraseHead = tokens[np.last];
    if (verb !== undefined && tokens[k].lower === verb.base && j === k - 1 && ARTICLES.has(tokens[np.first].lower) && np.last > np.first && !phraseHead.capitalized && !phraseHead.lower.endsWith('s') && speakerNounClass(phraseHead.lower) === undefined) return null;
    if (isNounLike(tokens[k].lower)) {
      // "the strange remark may …": a noun-like cue needs a name, a pronoun or a speaker noun before it, or,
      // for "shows" and "finds", evidence ("public polling shows", "the documents released Monday show").
      const head = tokens[np.last];
      // "the city claim of 974", "a Reuters report": a noun's complement or a compound after "a", not a subject.
      if (!DETERMINERS.has(head.lower) && (tokens[k + 1]?.lower === 'of' || (ARTICLES.has(tokens[np.first].lower) && tokens[np.first].lower !== 'the' && head.capitalized))) return null;
      // "an email with general comments about …": a lone lower-case word after a preposition modifies the noun.
      if (np.first === np.last && !head.capitalized && PRONOUNS[head.lower] === undefined && ADJUNCT_PREPOSITIONS.has(tokens[np.first - 1]?.lower ?? '')) return null;
      const evidence = verb !== undefined && EVIDENCE_BASES.has(verb.base);
      // A capitalized word the name extractor did not take ("Palestinian state") is no name either.
      const unnamed = !head.capitalized || (this.entities.known && this.entities.at(head.start) === undefined && !this.inSentenceInitialName(np));
      if (DETERMINERS.has(head.lower) || (unnamed && PRONOUNS[head.lower] === undefined && speakerNounClass(head.lower) === undefined && !(evidence && this.hasEvidenceNoun(np)))) {
        // "Interviews conducted by the paper with workers last year found …": the evidence opening the clause,
        // past its modifiers.
        const opening = evidence ? this.phraseRight(floor) : null;
        return opening && opening.last < np.first && this.hasEvidenceNoun(opening) && !this.hasCommaBetween(opening.last, np.first) ? { phrase: opening, role: null } : null;
      }
    }
    return { phrase: np, role: null };
  }

  /** Whether an inflected cue verb stands in `from`..`to` before any punctuation. */
  private cueWithin(from: number, to: number): boolean {
    for (let c = from; c <= to; c++) {
      const t = this.tokens[c];
      if (t.kind !== 'word') return false;
      const verb = t.capitalized ? undefined : cueVerb(t.lower);
      if (verb && !verb.participle) return true;
    }
    return false;
  }

  /** Whether a subject pronoun ("it", "they", "he") stands among the tokens `from`..`to`. */
  private subjectPronounWithin(from: number, to: number): boolean {
    for (let c = from; c <= to; c++) if (SUBJECT_PRONOUNS.has(this.tokens[c].lower) || this.tokens[c].lower === 'it') return true;
    return false;
  }

  /** Whether token `m` is a lowercase plural noun that no cue or function word could be ("officials", "voters"). */
  private isPluralNoun(m: number): boolean {
    const t = this.tokens[m];
    return t.kind === 'word' && !t.capitalized && /[^s]s$/.test(t.lower) && !this.verbs[m] && cueVerb(t.lower) === undefined && !PHRASE_BOUNDARIES.has(t.lower) && !FUNCTION_WORDS.has(t.lower);
  }

  /** Whether a reported clause opens at `m` with "that" or a subject pronoun. */
  private opensClause(m: number): boolean {
    const t = this.tokens[m];
    return t !== undefined && t.kind === 'word' && !t.capitalized && (t.lower === 'that' || SUBJECT_PRONOUNS.has(t.lower));
  }

  private hasCommaBetween(from: number, to: number): boolean {
    for (let m = from + 1; m < to; m++) if (this.tokens[m].text === ',') return true;
    return false;
  }

  private hasEvidenceNoun(p: Phrase): boolean {
    for (let m = p.first; m <= p.last; m++) if (EVIDENCE_NOUNS.has(this.tokens[m].lower)) return true;
    return false;
  }

  /** Whether the participle at `k` follows a form of "be" ("is saying", "had been asking", "is now insisting"). */
  private progressive(k: number, floor: number): boolean {
    const { tokens } = this;
    for (let j = k - 1; j >= floor && k - j <= 3; j--) {
      const lower = tokens[j].lower;
      if (BE_FORMS.has(lower)) return true;
      if (tokens[j].kind !== 'word' || !PROGRESSIVE_ADVERBS.has(lower)) return false;
    }
    return false;
  }

  /**
   * For a clause that opens with its verb right after a semicolon ("…; blamed Obama for …"), the subject of
   * the nearest cue before the semicolon in the same sentence, if any.
   */
  private subjectBeforeSemicolon(floor: number): { phrase: Phrase; role: Phrase | null } | null {
    const { tokens } = this;
    // One step back only: a run-on line of "…; said …; said …" must not recurse through every semicolon.
    if (floor < 2 || tokens[floor - 1].text !== ';' || this.acrossSemicolon) return null;
    const sentenceFirst = this.sentenceStart[floor - 1];
    this.acrossSemicolon = true;
    let found: { phrase: Phrase; role: Phrase | null } | null = null;
    for (let m = floor - 2; m >= sentenceFirst && floor - m <= 40 && !found; m--) {
      const earlier = cueVerb(tokens[m].lower);
      if (!earlier || earlier.participle || tokens[m].capitalized || this.negated(m)) continue;
      found = this.subjectOf(m);
    }
    this.acrossSemicolon = false;
    return found;
  }

  /** The first noun phrase of the clause that ends at the comma `comma`, skipping introductory phrases. */
  private leadingSubject(floor: number, comma: number): { phrase: Phrase; role: Phrase | null } | null {
    const { tokens } = this;
    let segmentStart = floor;
    for (let guard = 0; guard < 4 && segmentStart < comma; guard++) {
      let segmentEnd = segmentStart;
      while (segmentEnd < comma && tokens[segmentEnd].text !== ',') segmentEnd++;
      const lastWord = this.beforeParenthetical(segmentEnd - 1, segmentStart);
      // "Sales fell, said X": a segment ending in a verb is a clause, whose speaker follows the cue.
      const endsInVerb = tokens[lastWord]?.kind === 'word' && !tokens[lastWord].capitalized && this.verbs[lastWord] && speakerNounClass(tokens[lastWord].lower) === undefined;
      const np = endsInVerb ? null : this.phraseLeft(lastWord, segmentStart);
      const framed = np !== null && np.first === floor && INTRODUCTORY_PREPOSITIONS.has(tokens[np.first].lower);
      let found = np && np.first === segmentStart && !INTRO_WORDS.has(tokens[np.first].lower) && !framed ? np : null;
      if (!found && segmentStart === floor) {
        // "A statement e-mailed by Reagan Ruslim, who …, said": the agent after "by", else the phrase's head.
        for (let m = segmentStart; m < segmentEnd - 1 && !found; m++) {
          if (tokens[m].lower === 'by') found = this.phraseRight(m + 1);
        }
        if (!found && !INTRO_WORDS.has(tokens[segmentStart].lower)) {
          // "An expert cited in the report, …, said": the phrase up to its speaker noun.
          // A segment with a verb of its own after that noun is a clause ("Sales of the firm have been steady, said
          // X"): what it says is the claim, and its speaker comes after the cue.
          for (let m = segmentStart; m < segmentEnd && m - segmentStart < 5 && !found; m++) {
            if (tokens[m].kind === 'word' && speakerNounClass(tokens[m].lower) !== undefined && !this.hasFiniteVerb(m + 1, segmentEnd - 1)) found = this.validPhrase({ first: segmentStart, last: m });
          }
        }
      }
      if (found) {
        const phrase = found;
        // An appositive role right after the name.
        let role: Phrase | null = null;
        if (segmentEnd < comma) {
          let roleEnd = segmentEnd + 1;
          while (roleEnd < comma && tokens[roleEnd].text !== ',') roleEnd++;
          const candidate = { first: segmentEnd + 1, last: roleEnd - 1 };
          if (this.looksLikeRole(candidate) || (this.organizationRole(candidate) && !this.hasPersonNoun(phrase))) role = candidate;
        }
        return { phrase, role };
      }
      segmentStart = segmentEnd + 1;
    }
    return null;
  }

  /**
   * "Green called Vell on Thursday night to confirm he …", "Quill took to Twitter to say …": an infinitive of
   * saying that tells the purpose of an act of contact speaks for that act's subject.
   */
  private purposeSubject(k: number): { phrase: Phrase; role: Phrase | null } | null {
    const { tokens } = this;
    const verb = cueVerb(tokens[k].lower);
    // "to say …", and "to tout …", "to blast …": an attitude is a purpose of speaking too.
    if (verb === undefined || tokens[k].lower !== verb.base || !(CORE_REPORTING.has(verb.base) || OBJECT_CONTENT_BASES.has(verb.base)) || tokens[k - 1]?.lower !== 'to') return null;
    const floor = this.clauseFloor(k);
    const predicate = this.firstPredicate(floor, k - 1, true);
    return predicate >= 0 && CONTACT_VERBS.has(tokens[predicate].lower) ? this.subjectOfPredicate(predicate, floor) : null;
  }

  /** "The campaign expanded its ad buys and announced plans to …": a second predicate shares the first one's subject. */
  private coordinatedSubject(k: number): { phrase: Phrase; role: Phrase | null } | null {
    const { tokens } = this;
    if (cueVerb(tokens[k].lower)?.participle !== false) return null;
    let j = k - 1;
    while (j > 0 && k - j < 5 && (this.isFiller(j) || this.isMannerAdverb(j))) j--;
    if (j <= 0 || tokens[j].lower !== 'and') return null;
    const floor = this.clauseFloor(k);
    const predicate = j > floor ? this.firstPredicate(floor, j, false) : -1;
    return predicate >= 0 ? this.subjectOfPredicate(predicate, floor) : null;
  }

  /**
   * The clause's first finite verb after `floor` and before `j`, or -1; with `stopAtBreak`, -1 also when a comma
   * or a quotation comes first.
   */
  private firstPredicate(floor: number, j: number, stopAtBreak: boolean): number {
    const { tokens } = this;
    for (let m = floor + 1; m < j; m++) {
      if (stopAtBreak && (tokens[m].text === ',' || tokens[m].kind === 'quote')) return -1;
      // "the Quill campaign expanded": a noun the parser also reads as a verb is no predicate.
      if (!this.verbs[m] || tokens[m].capitalized || tokens[m].kind !== 'word' || speakerNounClass(tokens[m].lower) !== undefined || this.verbInsideName(m)) continue;
      return m;
    }
    return -1;
  }

  /**
   * The subject of the predicate at `m`, when it opens the clause (after any introductory phrase) and names a
   * speaker: the subject a coordinated predicate or a purpose infinitive shares.
   */
  private subjectOfPredicate(m: number, floor: number): { phrase: Phrase; role: Phrase | null } | null {
    const { tokens } = this;
    let last = m - 1;
    while (last >= floor && (this.isFiller(last) || this.isMannerAdverb(last))) last--;
    const subject = last >= floor ? this.phraseLeft(last, floor) : null;
    if (!subject || (subject.first > floor && tokens[subject.first - 1].text !== ',')) return null;
    // A name extractor's person or a speaker noun: "the ferry sank and announced" has no speaker.
    const head = tokens[subject.last];
    return head.capitalized || speakerNounClass(head.lower) !== undefined || PRONOUNS[head.lower] !== undefined ? { phrase: subject, role: null } : null;
  }

  /** "NBC News and ABC News both reported", "the unions all said": a quantifier after its subject. */
  private floatingQuantifier(j: number, floor: number): boolean {
    const { tokens } = this;
    const prev = tokens[j - 1];
    return FLOATING_QUANTIFIERS.has(tokens[j].lower) && !tokens[j].capitalized && j > floor && prev.kind === 'word' && (SUBJECT_PRONOUNS.has(prev.lower) || (!FUNCTION_WORDS.has(prev.lower) && !DETERMINERS.has(prev.lower)));
  }

  /**
   * When token `j` closes a short parenthesis right after a name ("Sen. Ada Quill (D-Marlow)", "the Harbour
   * Council (HC)"), the name's last token; otherwise `j`.
   */
  private beforeParenthetical(j: number, floor: number): number {
    const { tokens } = this;
    if (tokens[j]?.text !== ')') return j;
    for (let m = j - 1; m > floor && j - m <= 8; m--) {
      const t = tokens[m];
      if (t.text === '(') {
        const name = tokens[m - 1];
        return m - 1 < j - 1 && name.kind === 'word' && name.capitalized ? m - 1 : j;
      }
      if (t.kind === 'quote' || t.text === ')' || SENTENCE_PUNCT.has(t.text)) return j;
    }
    return j;
  }

  /** "a source close to the probe", "an official familiar with the talks": the phrase with its adjective's complement. */
  private withPostmodifier(found: Phrase): Phrase {
    const { tokens } = this;
    // The phrase may already have taken the adjective in ("a source close").
    const np = found.last > found.first && SOURCE_POSTMODIFIERS.has(tokens[found.last].lower) ? { first: found.first, last: found.last - 1 } : found;
    const adjective = tokens[np.last + 1];
    const preposition = tokens[np.last + 2];
    if (adjective?.kind !== 'word' || !SOURCE_POSTMODIFIERS.has(adjective.lower) || preposition?.kind !== 'word' || !SOURCE_PREPOSITIONS.has(preposition.lower)) return np;
    let last = np.last + 2;
    while (last + 1 < tokens.length && last - np.last < 10 && tokens[last + 1].kind === 'word' && cueVerb(tokens[last + 1].lower) === undefined && !this.verbs[last + 1]) last++;
    return last > np.last + 2 ? { first: np.first, last } : found;
  }

  /** Whether the phrase opens its sentence, where the name extractor leaves unknown single words aside. */
  private inSentenceInitialName(np: Phrase): boolean {
    return np.first === this.sentenceStart[np.first] && np.first === np.last;
  }

  /** An auxiliary, or a verb the parser tagged that is not an "-ed" form (a participle can modify a noun: "an expert cited in …"). */
  private hasFiniteVerb(from: number, to: number): boolean {
    for (let m = from; m <= to; m++) {
      const t = this.tokens[m];
      if (t.kind === 'word' && (AUXILIARIES.has(t.lower) || (this.verbs[m] && !t.lower.endsWith('ed')))) return true;
    }
    return false;
  }

  private verbAfterSubject(s: number, e: number): boolean {
    for (let m = s + 1; m <= e; m++) {
      const t = this.tokens[m];
      if (t.kind === 'word' && (AUXILIARIES.has(t.lower) || this.verbs[m] || IRREGULAR_PAST.has(t.lower))) return true;
    }
    return false;
  }

  private looksLikeRole(p: Phrase): boolean {
    if (p.last < p.first || p.last - p.first > 20) return false;
    const first = this.tokens[p.first];
    // "…, with 140 whales stranded": a preposition opens the writer's circumstance, not the speaker's role.
    if (first.lower.endsWith('ing') || first.lower === 'who' || (!first.capitalized && ROLE_BREAKING_PREPOSITIONS.has(first.lower))) return false;
    for (let i = p.first; i <= p.last && i - p.first < 6; i++) {
      const lower = this.tokens[i].lower;
      if (speakerNounClass(lower) === 'person' || (TITLE_WORDS.has(lower) && !FUNCTION_WORDS.has(lower))) return true;
    }
    return false;
  }

  /** Start of the clause holding token `k`: the sentence start or just after the last quotation before it. */
  private clauseFloor(k: number): number {
    let floor = this.sentenceStart[k];
    for (let i = k - 1; i >= floor && k - i <= 40; i--) {
      if (this.tokens[i].kind === 'quote' && this.quotes[this.tokens[i].quote].kind === 'full') return i + 1;
      if (this.tokens[i].text === ';' || this.tokens[i].text === ':') return i + 1;
    }
    floor = Math.max(floor, k - 40);
    return floor;
  }

  /** A speaker noun phrase ending at token `last`, no further left than `floor`. */
  private phraseLeft(last: number, floor: number): Phrase | null {
    const { tokens } = this;
    const t = tokens[last];
    if (!t || t.kind !== 'word') return null;
    if (PRONOUNS[t.lower] !== undefined) return { first: last, last };
    let first = last;
    while (first - 1 >= floor && last - first < 10) {
      // "the Joint Committee on Intelligence and Security said": an organization's name is whole, its
      // "on" and "and" included.
      const organization = this.entities.at(tokens[first].start);
      if (organization?.type === 'organization' && organization.start < tokens[first].start) {
        let m = first - 1;
        while (m > floor && tokens[m].start > organization.start) m--;
        if (tokens[m].start === organization.start && last - m <= 10) {
          first = m;
          continue;
        }
      }
      // An article opens its noun phrase: "keeps in place | an Israeli prime minister who …".
      // ("the spokeswoman for the campaign": an article after a connector goes on to the connector's head.)
      if (first < last && ARTICLES.has(tokens[first].lower) && !tokens[first].capitalized && !NP_CONNECTORS.has(tokens[first - 1]?.lower ?? '')) break;
      const prev = tokens[first - 1];
      if (prev.kind !== 'word') {
        // Hyphenated or possessive pieces rarely appear as separate tokens; stop at any other punctuation.
        break;
      }
      if (NP_CONNECTORS.has(prev.lower)) {
        const before = tokens[first - 2];
        if (before && before.kind === 'word' && first - 2 >= floor && (speakerNounClass(before.lower) !== undefined || (before.capitalized && !FUNCTION_WORDS.has(before.lower)))) {
          first -= 2;
          continue;
        }
        break;
      }
      // "founder and leader Abdullah Quill": two titles joined by "and" are one role.
      if (prev.lower === 'and' && first - 2 >= floor && this.isPersonTitle(first) && this.isPersonTitle(first - 2)) {
        first -= 2;
        continue;
      }
      const opensClause = (cueVerb(prev.lower) !== undefined && !this.nounModifier(first - 1)) || (this.verbs[first - 1] && !this.verbInsideName(first - 1));
      if (!prev.capitalized && (PHRASE_BOUNDARIES.has(prev.lower) || (opensClause && !this.tradeBeforeDescriptor(first - 1)))) break;
      if (prev.capitalized && first - 1 === this.sentenceStart[first - 1] && INTRO_WORDS.has(prev.lower)) break;
      if (PRONOUNS[prev.lower] !== undefined) break;
      first--;
    }
    return this.validPhrase({ first, last });
  }

  /**
   * A capitalized plural of people, not one body or person: "Tunisians", "Many Republicans", and a group noun
   * capitalized only because it opens the sentence ("Users said …"); "Evans" and "Schniederjans" stay people.
   */
  private pluralOfPeople(np: Phrase): boolean {
    const { tokens } = this;
    const lower = tokens[np.last].lower;
    // "Many Tunisians", "some Republicans": a quantifier before the plural.
    let first = np.first;
    while (first < np.last && (DETERMINERS.has(tokens[first].lower) || QUANTITY_WORDS.has(tokens[first].lower) || tokens[first].lower === 'some')) first++;
    if (first !== np.last || !/[^su']s$/.test(lower) || lower.length < 4 || ORGANIZATION_SUFFIXES.has(lower)) return false;
    return /(?:ian|can|ean)s$/.test(lower) || speakerNounClass(lower) === 'group';
  }

  /** Whether the cue word at `k` modifies the noun after it ("the support group", "a report card"), by the parse. */
  private nounModifier(k: number): boolean {
    const { tokens } = this;
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    // "studies show dicot species …": after a bare noun the parser's noun reading is a subject's verb.
    const opensModifier = prev !== undefined && prev.kind === 'word' && (DETERMINERS.has(prev.lower) || (prev.capitalized && !FUNCTION_WORDS.has(prev.lower) && this.sentenceStart[k - 1] !== k - 1));
    return opensModifier && this.nouns[k] && next?.kind === 'word' && !next.capitalized && this.nouns[k + 1];
  }

  /** A person noun or title, lower-case or opening the sentence: "founder", "leader", "Chairman". */
  private isPersonTitle(k: number): boolean {
    const t = this.tokens[k];
    return t !== undefined && t.kind === 'word' && (!t.capitalized || k === this.sentenceStart[k]) && (speakerNounClass(t.lower) === 'person' || TITLE_WORDS.has(t.lower));
  }

  /**
   * Whether the -ing word at `k` names a trade before a descriptor and a name: "publishing giant Macmillan",
   * "consulting firm Quellbyte". A verb of saying itself ("saying") never is one.
   */
  private tradeBeforeDescriptor(k: number): boolean {
    const { tokens } = this;
    const t = tokens[k];
    const descriptor = tokens[k + 1];
    const name = tokens[k + 2];
    if (t.kind !== 'word' || t.capitalized || !t.lower.endsWith('ing') || tokens[k - 1]?.text === ',') return false;
    const verb = cueVerb(t.lower);
    if (verb !== undefined && CORE_REPORTING.has(verb.base)) return false;
    return descriptor?.kind === 'word' && !descriptor.capitalized && (speakerNounClass(descriptor.lower) !== undefined || ORGANIZATION_DESCRIPTORS.has(descriptor.lower)) && name?.kind === 'word' && (name.capitalized || /^\d/.test(name.text));
  }

  /**
   * "Representative Thanked Clinton For …": in a Title Case line, a capitalized past-tense verb is no part of a
   * name; opening a sentence ("Retired Lt. Gen. …") it may be a title's adjective.
   */
  private capitalizedPastVerb(k: number): boolean {
    return this.verbs[k] && !this.personWords[k] && this.tokens[k].lower.endsWith('ed') && k !== this.sentenceStart[k];
  }

  /**
   * Whether the verb-tagged word at `k` is a noun between a named modifier and its head, inside a phrase a
   * determiner opens: "the Senate Democratic campaign effort", where parsers read "campaign" as a verb.
   */
  private verbInsideName(k: number): boolean {
    const { tokens } = this;
    const head = tokens[k + 1];
    if (head?.kind !== 'word' || head.capitalized || !this.nouns[k + 1] || /ed$/.test(tokens[k].lower)) return false;
    let m = k - 1;
    while (m >= 0 && k - m <= 4 && tokens[m].kind === 'word' && tokens[m].capitalized && !FUNCTION_WORDS.has(tokens[m].lower)) m--;
    return m < k - 1 && m >= 0 && tokens[m].kind === 'word' && DETERMINERS.has(tokens[m].lower);
  }

  /** A speaker noun phrase starting at token `first` ("said a spokesman for the rebels"). */
  private phraseRight(first: number): Phrase | null {
    const { tokens } = this;
    const t = tokens[first];
    if (!t || t.kind !== 'word') return null;
    if (PRONOUNS[t.lower] !== undefined) return { first, last: first };
    if (!t.capitalized && PHRASE_BOUNDARIES.has(t.lower)) return null;
    const startsWithName = t.capitalized && !FUNCTION_WORDS.has(t.lower) && !DETERMINERS.has(t.lower);
    let last = first;
    while (last + 1 < tokens.length && last - first < 10) {
      const next = tokens[last + 1];
      if (next.kind !== 'word') break;
      if (NP_CONNECTORS.has(next.lower)) {
        const after = tokens[last + 2];
        if (after && after.kind === 'word' && (after.capitalized || DETERMINERS.has(after.lower)) && speakerNounClass(tokens[last].lower) !== undefined && !this.opensSetting(last + 2)) {
          last += 2;
          continue;
        }
        break;
      }
      // "the World Travel and Tourism Council": an "and" inside an organization's name.
      if (next.lower === 'and' && tokens[last + 2]?.kind === 'word') {
        const organization = this.entities.at(tokens[last].start);
        if (organization?.type === 'organization' && organization.end >= tokens[last + 2].end) {
          last += 2;
          continue;
        }
      }
      // After a determiner, a noun-like cue form is the head: "a March report", "the statement".
      const nounHead = DETERMINERS.has(tokens[first].lower) && isNounLike(next.lower) && !this.verbs[last + 1];
      // "retail analytics firm Quellbyte": a speaker noun right before a name is its descriptor, whatever the parser says.
      const afterName = tokens[last + 2];
      const descriptor = speakerNounClass(next.lower) !== undefined && afterName?.kind === 'word' && (afterName.capitalized || /^\d/.test(afterName.text));
      if (!next.capitalized && !nounHead && !descriptor && (PHRASE_BOUNDARIES.has(next.lower) || TIME_ADVERBS.has(next.lower) || cueVerb(next.lower) !== undefined || this.verbs[last + 1])) break;
      // "said Clinton Tuesday" and "according to the company Monday." end the phrase; "a March report" goes on.
      if (next.capitalized && TIME_ADVERBS.has(next.lower) && (tokens[last].capitalized || tokens[last + 2]?.kind !== 'word')) break;
      // "Marieke de Vries", "Hans van der Berg": particles join a name when a capitalized word follows them.
      const particlesEnd = this.particlesJoinName(last + 1);
      if (startsWithName && tokens[last].capitalized && particlesEnd > last + 1) {
        last = particlesEnd;
        continue;
      }
      // A name runs on into lower-case words only for roles ("Maersk spokesman Jonas Lund"), not verbs.
      if (startsWithName && tokens[last].capitalized && !next.capitalized && speakerNounClass(next.lower) === undefined && !TITLE_WORDS.has(next.lower)) break;
      last++;
    }
    return this.validPhrase({ first, last });
  }

  /**
   * Whether the words from token `k` name when or where something was said, not whom the phrase belongs to:
   * "the company on Monday", "the ministry in a statement", "the firm on its website".
   */
  private opensSetting(k: number): boolean {
    const { tokens } = this;
    let m = k;
    while (m < tokens.length && m - k < 3 && tokens[m].kind === 'word' && (DETERMINERS.has(tokens[m].lower) || POSSESSIVE_PRONOUNS.has(tokens[m].lower) || TIME_MODIFIERS.has(tokens[m].lower))) m++;
    const head = tokens[m];
    if (head?.kind !== 'word') return false;
    return TIME_NOUNS.has(head.lower) || MONTHS.has(head.lower) || MESSAGE_NOUNS.has(head.lower) || SETTING_NOUNS.has(head.lower);
  }

  /**
   * When the lower-case name particles starting at token `k` ("de", "van der", "bin") are followed by a
   * capitalized word, the index of that word; otherwise `k`. Names like "Osama bin Laden" stay whole.
   */
  private particlesJoinName(k: number): number {
    const { tokens } = this;
    let m = k;
    while (m < tokens.length && m - k < 3 && tokens[m].kind === 'word' && !tokens[m].capitalized && NAME_PARTICLES.has(tokens[m].lower)) m++;
    if (m === k) return k;
    const after = tokens[m];
    return after !== undefined && after.kind === 'word' && after.capitalized && !FUNCTION_WORDS.has(after.lower) ? m : k;
  }

  /** Whether a capitalized word (within `floor`) precedes the run of particles that ends at token `k`. */
  private capitalizedBeforeParticles(k: number, floor: number): boolean {
    const { tokens } = this;
    let m = k;
    while (m >= floor && k - m < 3 && !tokens[m].capitalized && NAME_PARTICLES.has(tokens[m].lower)) m--;
    return m >= floor && m < k + 1 && tokens[m].capitalized && !FUNCTION_WORDS.has(tokens[m].lower) && !TITLE_WORDS.has(tokens[m].lower);
  }

  /** The "of"/"for"/"with"/"at" (before an optional "the") right before the name starting at token `nameFirst`, or -1. */
  private connectorBeforeName(nameFirst: number, floor: number): number {
    const { tokens } = this;
    let c = nameFirst - 1;
    if (c >= floor && tokens[c].lower === 'the') c--;
    return c >= floor && !tokens[c].capitalized && NAME_OF_CONNECTORS.has(tokens[c].lower) ? c : -1;
  }

  /** Whether only name particles lie between the phrase's start and token `k`: "said van Sebille", "de Vries said". */
  private particlesOpenPhrase(k: number, floor: number): boolean {
    for (let m = floor; m <= k; m++) if (this.tokens[m].capitalized || !NAME_PARTICLES.has(this.tokens[m].lower)) return false;
    return true;
  }

  /** Keeps phrases with a head a speaker can have: a name, a pronoun, a speaker noun, or a determiner + noun. */
  private validPhrase(p: Phrase): Phrase | null {
    const { tokens } = this;
    let { first } = p;
    const { last } = p;
    while (first < last && tokens[first].capitalized && INTRO_WORDS.has(tokens[first].lower) && first === this.sentenceStart[first]) first++;
    const head = tokens[last];
    if (head.kind !== 'word') return null;
    if (PRONOUNS[head.lower] !== undefined) return first === last ? { first, last } : null;
    // A possessive or a number is no speaker's head ("The city's …", "2017", "1990s"); a name that opens with
    // digits is ("3M", "1010data").
    if (/['\u2019]s$/.test(head.lower) || /^\d[\d,.]*(?:s|st|nd|rd|th|%)?$/.test(head.lower)) return null;
    if (!head.capitalized && cueVerb(head.lower) !== undefined && !isNounLike(head.lower)) return null;
    // "Monday", "last week" are no speakers; "NBC News" is.
    if ((TIME_NOUNS.has(head.lower) || MONTHS.has(head.lower)) && !(head.capitalized && last > first && tokens[last - 1].capitalized)) return null;
    if ((head.capitalized && !FUNCTION_WORDS.has(head.lower)) || this.monthSurname(last, first)) return { first, last };
    if (speakerNounClass(head.lower) !== undefined) return { first, last };
    if (last > first && DETERMINERS.has(tokens[first].lower) && !FUNCTION_WORDS.has(head.lower)) return { first, last };
    // "Cisco's Talos cybersecurity unit": a named owner before a common-noun head.
    if (last > first && !FUNCTION_WORDS.has(head.lower)) {
      for (let i = first; i < last; i++) if (tokens[i].capitalized && !FUNCTION_WORDS.has(tokens[i].lower)) return { first, last };
    }
    return null;
  }

  /** After "said X": ", a doctor at the clinic," gives X's role. */
  private appositiveAfter(last: number): Phrase | null {
    const { tokens } = this;
    if (tokens[last + 1]?.text !== ',') return null;
    let end = last + 2;
    while (end < tokens.length && tokens[end].kind === 'word' && end - last < 25) end++;
    const candidate = { first: last + 2, last: end - 1 };
    for (let i = candidate.first + 1; i <= candidate.last; i++) {
      const verb = cueVerb(tokens[i].lower);
      // Without a parse, a core verb of saying right after a capitalized word still reads as a verb.
      if (verb === undefined || !(this.verbs[i] || (tokens[i - 1].capitalized && CORE_REPORTING.has(verb.base)))) continue;
      // "according to Gibson, Major said he …": a subject and its verb of saying open the next clause, no role
      // (after "who" it is the role's relative clause, which makeAttribution cuts off).
      if (RELATIVE_PRONOUNS.has(tokens[i - 1].lower)) break;
      return null;
    }
    return this.looksLikeRole(candidate) || (this.organizationRole(candidate) && !this.hasPersonNoun({ first: Math.max(0, last - 7), last })) ? candidate : null;
  }

  /** Whether a person noun ("founder", "spokesman") stands in the phrase: an appositive after it may describe its complement. */
  private hasPersonNoun(p: Phrase): boolean {
    for (let i = p.last; i >= p.first && this.tokens[i].kind === 'word'; i--) {
      if (speakerNounClass(this.tokens[i].lower) === 'person') return true;
    }
    return false;
  }

  /**
   * "a China-based advocacy group", "the carrier": an appositive whose head is an organization noun and which
   * names no person, so the name it describes is an organization.
   */
  private organizationRole(p: Phrase): boolean {
    const { tokens } = this;
    if (p.last < p.first || p.last - p.first > 12 || !ARTICLES.has(tokens[p.first].lower)) return false;
    let head = p.last;
    for (let i = p.first + 1; i <= p.last; i++) {
      const lower = tokens[i].lower;
      if (speakerNounClass(lower) === 'person' || tokens[i].kind !== 'word') return false;
      if (NP_CONNECTORS.has(lower) && head === p.last) head = i - 1;
    }
    const isOrganization = (i: number): boolean => speakerNounClass(tokens[i].lower) === 'organization' || ORGANIZATION_DESCRIPTORS.has(tokens[i].lower);
    if (isOrganization(head)) return true;
    // "a freedom of speech advocacy group" ends in its head; "a commissioner on the Halibut Commission" is a
    // person (an agent noun in -er, -or, -ist, -ant before the complement).
    return head !== p.last && isOrganization(p.last) && !/(?:er|or|ist|ian|ant|ent)$/.test(tokens[head].lower);
  }

  private makeAttribution(np: Phrase, cueFirst: number, cueLast: number, rolePhrase: Phrase | null): Attribution {
    const { tokens, text } = this;
    const cue: TextSpan = { start: tokens[cueFirst].start, end: tokens[cueLast].end, text: text.slice(tokens[cueFirst].start, tokens[cueLast].end) };
    return { mention: this.mentionOf(np, rolePhrase && this.withoutRelativeClause(rolePhrase)), cue };
  }

  /** "the official who announced the ban" → "the official": the relative clause tells what they did, not who they are. */
  private withoutRelativeClause(role: Phrase): Phrase {
    for (let i = role.first + 1; i <= role.last; i++) {
      if (RELATIVE_PRONOUNS.has(this.tokens[i].lower)) return { first: role.first, last: i - 1 };
    }
    return role;
  }

  /**
   * "Theresa May", "Prime Minister May": a capitalized month right after a first name or a title is a surname
   * (a headline's "Voters May Say No" is not).
   */
  private monthSurname(i: number, floor: number): boolean {
    const prev = this.tokens[i - 1];
    if (i - 1 < floor || !this.tokens[i].capitalized || !MONTHS.has(this.tokens[i].lower) || !prev.capitalized) return false;
    return firstNameGender(prev.lower) !== null || TITLE_WORDS.has(prev.lower) || HONORIFICS.has(prev.lower);
  }

  /** An adverb or auxiliary between a subject and its cue ("has also said"), but not the surname in "Theresa May said". */
  private isFiller(j: number): boolean {
    return PRE_CUE_FILLERS.has(this.tokens[j].lower) && !this.monthSurname(j, 0);
  }

  /** Splits a phrase into role and name, and classifies it. */
  private mentionOf(np: Phrase, rolePhrase: Phrase | null): SpeakerMention {
    const { tokens, text } = this;
    const spanOf = (p: Phrase): Span => ({ start: tokens[p.first].start, end: tokens[p.last].end });
    const whole = spanOf(np);
    const head = tokens[np.last];
    const pronoun = PRONOUNS[head.lower];
    let role: string | null = rolePhrase ? stripArticle(text.slice(tokens[rolePhrase.first].start, tokens[rolePhrase.last].end)) : null;
    let gender: Gender = null;
    for (let i = np.first; i <= np.last; i++) gender = gender ?? genderOf(tokens[i].lower);
    if (rolePhrase) for (let i = rolePhrase.first; i <= rolePhrase.last && i - rolePhrase.first < 4; i++) gender = gender ?? genderOf(tokens[i].lower);
    if (pronoun !== undefined) {
      return this.pronounMention(whole, head.text, pronoun);
    }
    // "Ada Quill and Tomas Vell": names joined by "and" are a group, unless the name extractor reads one name
    // across the "and" ("the World Travel and Tourism Council").
    for (let i = np.first + 1; i < np.last; i++) {
      if (tokens[i].lower !== 'and' || tokens[i].capitalized || !tokens[i - 1].capitalized || !tokens[i + 1].capitalized) continue;
      const across = this.entities.at(tokens[i].start);
      // "the Justice Department and FBI": two institutions' full names, whatever the extractor joined.
      const twoInstitutions = isAcronym(tokens[i + 1]) || (ORGANIZATION_SUFFIXES.has(tokens[i - 1].lower) && (ORGANIZATION_SUFFIXES.has(head.lower) || isAcronym(head)));
      if (across !== undefined && across.start < tokens[i].start && across.end > tokens[i].end && !twoInstitutions) continue;
      return { span: whole, name: text.slice(whole.start, whole.end), role, kind: 'group', pronoun: null, gender: null, paragraph: this.paragraph, inherited: false, named: false };
    }
    // The name: the trailing capitalized tokens after any titles ("U.S. Secretary of State | Hillary Clinton").
    const entity = this.entities.at(head.start);
    let nameFirst = np.last;
    const headIsName = (head.capitalized && !FUNCTION_WORDS.has(head.lower) && !(np.first === np.last && speakerNounClass(head.lower) !== undefined && np.first === this.sentenceStart[np.first])) || this.monthSurname(np.last, np.first);
    let namesInstitution = false;
    let pluralGroup = false;
    if (headIsName) {
      while (nameFirst - 1 >= np.first) {
        const prev = tokens[nameFirst - 1];
        const isNamePart = (prev.capitalized && !TITLE_WORDS.has(prev.lower) && !FUNCTION_WORDS.has(prev.lower)) || (NAME_PARTICLES.has(prev.lower) && this.particlesJoinName(nameFirst - 1) > nameFirst - 1 && (this.capitalizedBeforeParticles(nameFirst - 1, np.first) || this.particlesOpenPhrase(nameFirst - 1, np.first)));
        if (!isNamePart) break;
        nameFirst--;
      }
      // "U.S. Marines", "House Republicans": a plural of people takes its capitalized modifiers, which are no title.
      pluralGroup = speakerNounClass(head.lower) === 'group' && /[^su']s$/.test(head.lower);
      // "U.S. State Department", "National Highway Traffic Safety Administration": words that are titles
      // before a person's name ("State", "National") belong to an organization's name.
      if (ORGANIZATION_SUFFIXES.has(head.lower) || pluralGroup) {
        while (nameFirst - 1 >= np.first && tokens[nameFirst - 1].capitalized && !FUNCTION_WORDS.has(tokens[nameFirst - 1].lower) && speakerNounClass(tokens[nameFirst - 1].lower) !== 'person') nameFirst--;
      }
      // "Ministry of Infrastructure", "Ministry for Foreign Affairs", "Bank of the West": an institution's
      // name takes its "of"/"for" tail, title-like words ("Foreign") included — unless the tail is a person.
      let tailFirst = np.last;
      while (tailFirst - 1 >= np.first && tokens[tailFirst - 1].capitalized && !FUNCTION_WORDS.has(tokens[tailFirst - 1].lower) && speakerNounClass(tokens[tailFirst - 1].lower) !== 'person') tailFirst--;
      const connectorAt = tokens[tailFirst - 1]?.lower === 'the' ? tailFirst - 2 : tailFirst - 1;
      const institutionAt = connectorAt - 1;
      let tailHasFirstName = false;
      for (let m = tailFirst; m < np.last; m++) if (firstNameGender(tokens[m].lower) !== null) tailHasFirstName = true;
      if (institutionAt >= np.first && entity?.type !== 'person' && !tailHasFirstName && TITLE_CONNECTORS.has(tokens[connectorAt].lower) && tokens[institutionAt].capitalized && INSTITUTION_HEADS.has(tokens[institutionAt].lower)) {
        namesInstitution = true;
        nameFirst = institutionAt;
        // Its modifiers ("Dutch", "U.S.", "Federal") belong to it; a person's title does not.
        while (nameFirst - 1 >= np.first && tokens[nameFirst - 1].capitalized && !FUNCTION_WORDS.has(tokens[nameFirst - 1].lower) && speakerNounClass(tokens[nameFirst - 1].lower) !== 'person') nameFirst--;
      }
    }
    // "the World Travel and Tourism Council": an organization's name as the name extractor drew it, "and" included.
    if (entity?.type === 'organization' && entity.end === head.end && entity.start >= tokens[np.first].start) {
      while (nameFirst > np.first && tokens[nameFirst - 1].start >= entity.start) nameFirst--;
    }
    // "a spokesman for Google", "a member of GreatFire": the speaker is the unnamed person; the name after
    // the connector says whom they speak for.
    const memberConnector = headIsName ? this.connectorBeforeName(nameFirst, np.first) : -1;
    const unnamedPerson = memberConnector > np.first && !tokens[memberConnector - 1].capitalized && speakerNounClass(tokens[memberConnector - 1].lower) === 'person';
    if (!headIsName || unnamedPerson) {
      // The head noun is the last word before any complement: "a spokesman | for the rebels".
      let headAt = np.first;
      while (headAt < np.last && !NP_CONNECTORS.has(tokens[headAt + 1].lower)) headAt++;
      const headLower = tokens[headAt].lower;
      const kind = speakerNounClass(headLower) ?? 'group';
      const isPlural = /s$/.test(headLower) && kind !== 'organization' && !/(ss|us)$/.test(headLower);
      return { span: whole, name: text.slice(whole.start, whole.end), role, kind: isPlural ? 'group' : kind, pronoun: null, gender, paragraph: this.paragraph, inherited: false, named: false };
    }
    // "Patrol Chief Jim Hale with the Police Department": a person named before the connector is the
    // speaker, and the organization after it is part of the role.
    const member = memberConnector > np.first ? this.entities.at(tokens[memberConnector - 1].start) : undefined;
    if (member?.type === 'person' && member.end === tokens[memberConnector - 1].end && member.start >= tokens[np.first].start) {
      let memberFirst = memberConnector - 1;
      while (memberFirst > np.first && tokens[memberFirst].start > member.start) memberFirst--;
      if (role === null) {
        let roleFirst = np.first;
        while (roleFirst < memberFirst && DETERMINERS.has(tokens[roleFirst].lower)) roleFirst++;
        const title = roleFirst < memberFirst ? `${text.slice(tokens[roleFirst].start, tokens[memberFirst - 1].end)} ` : '';
        role = title + text.slice(tokens[memberConnector].start, head.end);
      }
      const memberSpan = { start: tokens[memberFirst].start, end: tokens[memberConnector - 1].end };
      gender = gender ?? firstNameGender(tokens[memberFirst].lower);
      return { span: whole, name: text.slice(memberSpan.start, memberSpan.end), nameSpan: memberSpan, role, kind: 'person', pronoun: null, gender, paragraph: this.paragraph, inherited: false, named: true };
    }
    const nameSpan = { start: tokens[nameFirst].start, end: head.end };
    if (nameFirst < np.last) gender = gender ?? firstNameGender(tokens[nameFirst].lower);
    if (nameFirst > np.first && role === null) {
      let roleFirst = np.first;
      // "on March 6 Mr Joseph wrote": a time before the name is the cue's, not a title.
      while (roleFirst < nameFirst && (DETERMINERS.has(tokens[roleFirst].lower) || HONORIFICS.has(tokens[roleFirst].lower) || MONTHS.has(tokens[roleFirst].lower) || TIME_NOUNS.has(tokens[roleFirst].lower) || CLOCK_UNITS.has(tokens[roleFirst].lower) || /^\d/.test(tokens[roleFirst].text))) roleFirst++;
      if (roleFirst < nameFirst) {
        const candidate = text.slice(tokens[roleFirst].start, tokens[nameFirst - 1].end);
        if (!HONORIFICS.has(tokens[nameFirst - 1].lower) || roleFirst < nameFirst - 1) role = candidate;
      }
    }
    let kind: SpeakerMention['kind'] = 'person';
    const lastLower = head.lower;
    // "said GreatFire.org": a web site speaks as an organization, whatever the name extractor calls its name.
    if (nameFirst === np.last && webDomainBase(head.text) !== null) namesInstitution = true;
    const descriptor = nameFirst > np.first ? tokens[nameFirst - 1] : undefined;
    // "Shipping group Maersk", "carrier KLM": a lower-case organization noun right before the name; "Maersk, a
    // shipping group, said": an appositive that describes an organization.
    const describedAsOrganization = rolePhrase !== null && this.organizationRole(rolePhrase);
    if (namesInstitution || describedAsOrganization || (descriptor !== undefined && !descriptor.capitalized && ORGANIZATION_DESCRIPTORS.has(descriptor.lower))) kind = 'organization';
    // "Many Marlovians": a plural of people, though the name extractor, near a verb of saying, calls it a person.
    else if (pluralGroup || this.pluralOfPeople(np)) kind = 'group';
    else if (entity?.type === 'organization' || entity?.type === 'place') kind = 'organization';
    else if (entity?.type === 'person') kind = 'person';
    else if (ORGANIZATION_SUFFIXES.has(lastLower) || isAcronym(head)) kind = 'organization';
    else if (speakerNounClass(lastLower) === 'group' && nameFirst === np.last) kind = 'group';
    return { span: whole, name: text.slice(nameSpan.start, nameSpan.end), nameSpan, role, kind, pronoun: null, gender, paragraph: this.paragraph, inherited: false, named: kind === 'person' };
  }

  // ——— Reported speech ———

  findClaims(out: DraftClaim[]): void {
    const { tokens } = this;
    if (this.isHeadline()) {
      this.headlineClaims(out);
      return;
    }
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind !== 'word') continue;
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to') {
        this.accordingTo(k, out);
        continue;
      }
      if (this.usedCues.has(k)) continue;
      if (CONTENT_NOUNS.has(t.lower) && this.contentClause(k, out)) continue;
      if ((t.lower === 'it' || IT_IS.has(t.lower)) && this.impersonalClause(k, out)) continue;
      if ((t.lower === 'asked' || t.lower === 'told') && this.passiveReport(k, out)) continue;
      if (tokens[k + 1]?.lower === 'by' && this.passiveAuxiliaryBefore(k) > 0 && this.passiveByAgent(k, out)) continue;
      if (tokens[k + 1]?.lower === 'by' && this.reducedPassive(k, out)) continue;
      if ((POSSESSIVE_PRONOUNS.has(t.lower) || (t.capitalized && /['\u2019]s$/.test(t.lower))) && this.possessiveSpeechNoun(k, out)) continue;
      if (k === this.sentenceStart[k] && t.capitalized) {
        this.openingParticiple(k, out);
        continue;
      }
      if (t.lower === 'goes' && this.theArgumentGoes(k, out)) continue;
      if (CRITICISM_NOUNS.has(t.lower) && this.criticizedFor(k, out)) continue;
      if (MAKE_FORMS.has(t.lower) && this.madeClear(k, out)) continue;
      if (DECLINE_FORMS.has(t.lower) && this.declinedToComment(k, out)) continue;
      if (LIGHT_VERBS.has(t.lower) && this.speechNounClaim(k, out)) continue;
      // "the final say on …", "a say in …": the noun.
      if (t.lower === 'say' && SAY_NOUN_OPENERS.has(tokens[k - 1]?.lower ?? '')) continue;
      if (this.nounModifier(k)) continue;
      const cueEnd = this.cueAt(k, false);
      if (cueEnd === null) continue;
      const verb = cueVerb(t.lower);
      if (!verb) continue;
      // "did not confirm that …", "refused to confirm the report", "had not endorsed X" still report a stance;
      // "did not respond to …", "would not comment on …", "never said …" report nothing said.
      const negated = this.negated(k);
      if (negated && SILENT_WHEN_NEGATED.has(verb.base)) continue;
      if (this.hypothetical(k, verb.base)) continue;
      const subject = this.subjectOf(k);
      // "costs are lower than the council says": a comparison, whose reported clause is left out; "more than 20
      // officials said" counts the speakers.
      if (subject && tokens[subject.phrase.first - 1]?.lower === 'than' && !isQuantity(tokens[subject.phrase.first])) continue;
      if (subject && t.lower === 'refers' && this.definedTerm(subject.phrase)) continue;
      if (subject) {
        const found = this.claimAfter(k, cueEnd, verb.base, !verb.forQuotes, subject.phrase.first, subject.phrase.last) ?? this.claimAfterAside(subject.phrase.first, cueEnd);
        const aside = found && this.relativeBetween(subject.phrase.last, k) ? this.endAtAsideClose(found, subject.phrase.last, k, cueEnd) : found;
        // "For a candidate to believe that X is "rigged" is senseless": the infinitive is the sentence's subject,
        // and its main verb, a second copula, is the writer's.
        const claim = aside && tokens[subject.phrase.first - 1]?.lower === 'for' && tokens[k - 1]?.lower === 'to' ? this.endBeforeSecondCopula(aside) : aside;
        if (claim) {
          out.push({ ...claim, paragraph: this.paragraph, attribution: this.makeAttribution(subject.phrase, k, cueEnd, subject.role) });
          continue;
        }
        // "…, knocking her down twice": an attitude verb never follows its content; "…, the council has not
        // agreed" denies no earlier clause.
        // "To end the feud, the committees seek a truce": an intention states its aim after the verb; "X, who
        // advises the minister, …": a relative clause's cue reports nothing of the main clause before it.
        if (negated || (OBJECT_CONTENT_BASES.has(verb.base) && !CORE_REPORTING.has(verb.base)) || INTENT_BASES.has(verb.base)) continue;
        if (this.relativeBetween(subject.phrase.last, k)) continue;
        const before = this.claimBefore(subject.phrase.first, cueEnd);
        if (before) out.push({ ...before.span, paragraph: this.paragraph, attribution: this.makeAttribution(before.speaker ?? subject.phrase, k, cueEnd, subject.role) });
        continue;
      }
      if (EVIDENCE_BASES.has(verb.base) || verb.base === 'imply') {
        this.demonstrativeEvidence(k, cueEnd, out);
        continue;
      }
      // "…, said X."
      if (k > 0 && tokens[k - 1].text === ',' && verb.forQuotes && this.cueAt(k, true) !== null) {
        const found = this.phraseRight(cueEnd + 1);
        if (!found) continue;
        const np = this.withPostmodifier(found);
        const before = this.claimBefore(k, np.last);
        if (before) out.push({ ...before.span, paragraph: this.paragraph, attribution: this.makeAttribution(np, k, cueEnd, this.appositiveAfter(np.last)) });
      }
    }
  }

  /**
   * A one-line paragraph in Title Case ("Mayor Warns Ferry Cuts Will Hurt Islanders"): every word but short
   * function words is capitalized, so cues can only be read there case-insensitively.
   */
  private isHeadline(): boolean {
    const { tokens } = this;
    if (tokens.length > MAX_HEADLINE_TOKENS || this.sentenceEnd[0] < tokens.length - 1) return false;
    let words = 0;
    let lowerCase = false;
    for (const t of tokens) {
      if (t.kind !== 'word') continue;
      words++;
      if (!t.capitalized && !HEADLINE_LOWER_WORDS.has(t.lower)) return false;
      if (t.text !== t.text.toUpperCase()) lowerCase = true;
    }
    // All capitals is a caption or a section head ("MAYOR ON THE FERRY"), not a Title Case headline.
    return words >= 4 && lowerCase;
  }

  /** A short paragraph of capitalized words without sentence punctuation: a section head, a byline, a caption. */
  private isLabelLine(): boolean {
    const { tokens } = this;
    if (tokens.length === 0 || tokens.length > MAX_HEADLINE_TOKENS) return false;
    for (const t of tokens) {
      if (t.kind === 'quote' || (t.kind === 'punct' && SENTENCE_PUNCT.has(t.text))) return false;
      if (t.kind === 'word' && !t.capitalized && !HEADLINE_LOWER_WORDS.has(t.lower)) return false;
    }
    return true;
  }

  /** "X Warns …", "X Claims …", "X Calls On …", and "X: …" / "X to Y: …" headlines. */
  private headlineClaims(out: DraftClaim[]): void {
    const { tokens } = this;
    const last = tokens.length - 1;
    // "Island Farmers to the Mayor: Fix the Ferry": the speaker (and addressee) before a colon.
    const colon = tokens.findIndex((t) => t.text === ':');
    if (colon > 0 && colon <= 8) {
      let speakerLast = colon - 1;
      for (let m = 1; m < colon; m++) if (tokens[m].lower === 'to') speakerLast = Math.min(speakerLast, m - 1);
      const speaker = this.headlineSubject(0, speakerLast);
      const content = speaker && tokens.slice(0, colon).every((t) => t.kind === 'word') ? this.headlineContent(colon + 1, last) : null;
      if (speaker && content) out.push({ ...content, paragraph: this.paragraph, attribution: this.makeAttribution(speaker, colon, colon, null) });
      return;
    }
    let from = 0;
    for (let k = 1; k < tokens.length; k++) {
      const t = tokens[k];
      if (t.kind !== 'word') {
        from = k + 1;
        continue;
      }
      if (HEADLINE_SUBORDINATORS.has(t.lower)) from = k + 1;
      const verb = cueVerb(t.lower);
      // Headlines report in the present ("Warns") or past ("Joked"); a base form is a noun ("Disputes Claim")
      // unless a plural subject takes it ("Auditors Reveal").
      const pluralSubject = /s$/.test(tokens[k - 1].lower) && !isNounLike(t.lower);
      if (!verb || verb.participle || (t.lower === verb.base && !pluralSubject) || k <= from) continue;
      let cueEnd = k;
      if (verb.base === 'call' || verb.base === 'point' || verb.base === 'refer') {
        const next = tokens[k + 1]?.lower;
        if (!((verb.base === 'call' && (next === 'on' || next === 'for')) || (verb.base === 'point' && next === 'out'))) continue;
        cueEnd = k + 1;
      }
      const speaker = this.headlineSubject(from, k - 1);
      let end = last;
      for (let m = cueEnd + 2; m < last; m++) {
        if (HEADLINE_SUBORDINATORS.has(tokens[m].lower) && tokens[m + 1].kind === 'word') {
          end = m - 1;
          break;
        }
      }
      // "X Blasts Quill After …": an attitude verb's object may be a single name.
      const single = OBJECT_CONTENT_BASES.has(verb.base) && !CORE_REPORTING.has(verb.base) && tokens[cueEnd + 1]?.capitalized === true && !NON_CLAUSE_STARTS.has(tokens[cueEnd + 1].lower) && !HEADLINE_LOWER_WORDS.has(tokens[cueEnd + 1].lower);
      const content = speaker ? this.headlineContent(cueEnd + 1, end, single ? 1 : 2) : null;
      if (speaker && content) out.push({ ...content, paragraph: this.paragraph, attribution: this.makeAttribution(speaker, k, cueEnd, null) });
      k = end;
      from = end + 1;
    }
  }

  /** A headline's speaker: a short run of words from `first` to `last` with a name or speaker noun head. */
  private headlineSubject(first: number, last: number): Phrase | null {
    const { tokens } = this;
    if (last < first || last - first > 5) return null;
    for (let m = first; m <= last; m++) if (tokens[m].kind !== 'word' || cueVerb(tokens[m].lower) !== undefined) return null;
    // "The Latest: …" is a section label; "The Ministry: …" a speaker.
    if (DETERMINERS.has(tokens[first].lower) && speakerNounClass(tokens[last].lower) === undefined) return null;
    // "Analysis: <name>, <outlet>" and "Opinion: …" label a section or a byline; nobody speaks.
    if (first === last && SECTION_LABELS.has(tokens[first].lower)) return null;
    return this.validPhrase({ first, last });
  }

  /** What a headline reports, from token `s` to `e`, without edge punctuation; null when under `minWords` words. */
  private headlineContent(s: number, e: number, minWords = 2): Span | null {
    const { tokens } = this;
    while (s <= e && tokens[s].kind === 'punct') s++;
    while (e > s && tokens[e].kind === 'punct' && tokens[e].kind !== 'quote') e--;
    // "Team Blasts Off From …", "Backs Up Coach": a particle makes the verb a phrasal one, reporting nothing.
    if (s > e || cueVerb(tokens[s].lower) !== undefined || VERB_PARTICLES.has(tokens[s].lower)) return null;
    let words = 0;
    for (let m = s; m <= e && words < minWords; m++) {
      if (tokens[m].kind === 'word') words++;
      else if (tokens[m].kind === 'quote') words += wordsUpTo(this.text, this.quotes[tokens[m].quote].content, 2);
    }
    return words < minWords ? null : { start: tokens[s].start, end: tokens[e].end };
  }

  /**
   * "Insisting the event was not staged, Quill invited …": a sentence-initial participle of saying reports
   * the clause up to its comma, spoken by the main clause's subject.
   */
  private openingParticiple(k: number, out: DraftClaim[]): void {
    const { tokens } = this;
    const verb = cueVerb(tokens[k].lower);
    if (!verb?.participle || !CORE_REPORTING.has(verb.base) || HEARER_VERBS.has(verb.base)) return;
    const end = this.claimLimit(k);
    let comma = k + 1;
    while (comma <= end && comma - k <= 30 && tokens[comma].kind === 'word') comma++;
    if (comma > end || tokens[comma].text !== ',' || comma - k < 4) return;
    const speaker = this.phraseRight(comma + 1);
    const after = speaker ? tokens[speaker.last + 1] : undefined;
    if (!speaker || after === undefined || after.kind !== 'word' || after.capitalized) return;
    out.push({ start: tokens[k + 1].start, end: tokens[comma - 1].end, paragraph: this.paragraph, attribution: this.makeAttribution(speaker, k, k, null) });
  }

  /** The "that" after a noun of content at `k`, right after it or past a short time ("signals early on that"), or -1. */
  private thatAfterContentNoun(k: number): number {
    const { tokens } = this;
    for (let m = k + 1; m < tokens.length && m - k <= 3; m++) {
      const t = tokens[m];
      if (t.kind !== 'word' || t.capitalized) return -1;
      if (t.lower === 'that') return m;
      if (!(THAT_GAP_WORDS.has(t.lower) || WEEKDAYS_AND_TIME.has(t.lower) || (t.lower === 'on' && tokens[m - 1].lower === 'early'))) return -1;
    }
    return -1;
  }

  /**
   * "amid doubts that it works", "the assumption that prices will rise": a noun of saying or believing whose
   * that-clause is its content. The noun names no source, so the claim has none.
   */
  private contentClause(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    // "Quill fears that …", "the agency reports that …": a verb, read with its subject.
    const that = this.thatAfterContentNoun(k);
    if (that < 0) return false;
    if (cueVerb(tokens[k].lower) !== undefined && this.subjectOf(k) !== null) return false;
    const s = that + 1;
    const first = tokens[s];
    if (first === undefined || first.kind !== 'word') return false;
    // "news that shook the council" is a relative clause: the complement opens with its own subject.
    const modifiedName = tokens[s + 1]?.kind === 'word' && tokens[s + 1].capitalized && !AUXILIARIES.has(first.lower);
    // "reports that business (at several stores) has declined": a bare noun, with any prepositional phrase, before
    // an auxiliary is the clause's subject.
    const bareSubject = this.nouns[s] && !this.verbs[s] && !first.capitalized && this.auxiliaryAfterNoun(s + 1, s + 5);
    if (!(first.capitalized || modifiedName || bareSubject || DETERMINERS.has(first.lower) || PRONOUNS[first.lower] !== undefined || first.lower === 'there')) return false;
    if (tokens[s + 1]?.kind === 'word' && (AUXILIARIES.has(tokens[s + 1].lower) || cueVerb(tokens[s + 1].lower) !== undefined) && DETERMINERS.has(first.lower) && !PRONOUNS[first.lower]) return false;
    const span = this.clauseToEnd(s, k);
    if (!span) return false;
    out.push({ ...span, paragraph: this.paragraph, attribution: { mention: null, cue: this.cueSpan(k, k) } });
    return true;
  }

  /**
   * "The plan was denounced by the council's chairman", "the cases were described by officials as …": a
   * judgment in the passive reports its subject, and the agent after "by" holds it.
   */
  private passiveByAgent(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    const verb = cueVerb(tokens[k].lower);
    if (!verb || !PASSIVE_CONTENT_BASES.has(verb.base) || !tokens[k].lower.endsWith('ed')) return false;
    const agent = this.phraseRight(k + 2);
    if (!agent || !this.namesSpeaker(agent.last)) return false;
    // The subject: the whole clause before the auxiliary, opening a sentence or following a full quote.
    const first = this.clauseFloor(k);
    // "has been eviscerated by": the perfect's auxiliary before the passive one is no part of the subject.
    let last = this.passiveAuxiliaryBefore(k) - 1;
    while (last > first && AUXILIARIES.has(tokens[last].lower)) last--;
    if (first !== this.sentenceStart[k] || last < first || last - first > 15) return false;
    const opener = tokens[first];
    if (opener.kind !== 'word' || !(opener.capitalized || DETERMINERS.has(opener.lower))) return false;
    for (let m = first; m <= last; m++) if (tokens[m].kind !== 'word' || this.verbs[m] || cueVerb(tokens[m].lower) !== undefined) return false;
    if (PRONOUNS[opener.lower] !== undefined && first === last) return false;
    out.push({ start: tokens[first].start, end: tokens[last].end, paragraph: this.paragraph, attribution: this.makeAttribution(agent, k, k + 1, null) });
    return true;
  }

  /**
   * "the proposals suggested by the tax experts": a participle of proposing right after its noun, with an agent,
   * makes the noun phrase the agent's claim.
   */
  private reducedPassive(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    const verb = cueVerb(tokens[k].lower);
    if (!verb || !REDUCED_PASSIVE_BASES.has(verb.base) || !tokens[k].lower.endsWith('ed') || this.passiveAuxiliaryBefore(k) > 0) return false;
    const head = tokens[k - 1];
    if (head === undefined || head.kind !== 'word' || head.capitalized || !this.nouns[k - 1] || speakerNounClass(head.lower) !== undefined) return false;
    const agent = this.phraseRight(k + 2);
    if (!agent || !this.namesSpeaker(agent.last)) return false;
    let first = k - 1;
    while (first - 1 >= 0 && k - first < 5 && tokens[first - 1].kind === 'word' && !tokens[first - 1].capitalized && !PHRASE_BOUNDARIES.has(tokens[first - 1].lower) && !FUNCTION_WORDS.has(tokens[first - 1].lower) && !DETERMINERS.has(tokens[first - 1].lower) && !this.verbs[first - 1]) first--;
    if (tokens[first - 1]?.kind === 'word' && DETERMINERS.has(tokens[first - 1].lower)) first--;
    out.push({ start: tokens[first].start, end: head.end, paragraph: this.paragraph, attribution: this.makeAttribution(agent, k, k + 1, null) });
    return true;
  }

  /** The passive auxiliary before the participle at `k`, past an adverb ("was first reported"), or -1. */
  private passiveAuxiliaryBefore(k: number): number {
    const { tokens } = this;
    let j = k - 1;
    if (j > 0 && (this.isMannerAdverb(j) || THAT_GAP_WORDS.has(tokens[j].lower) || REPEAT_ADVERBS.has(tokens[j].lower))) j--;
    return j > 0 && PASSIVE_AUXILIARIES.has(tokens[j].lower) ? j : -1;
  }

  /** "it is unclear how …", "it's not clear who …", "it emerged that …": a report with no one reporting. */
  private impersonalClause(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    let m = k + 1;
    if (tokens[m]?.lower === 'emerged' && tokens[m + 1]?.lower === 'that') {
      const span = this.clauseToEnd(m + 2, m);
      if (span) out.push({ ...span, paragraph: this.paragraph, attribution: { mention: null, cue: this.cueSpan(k, m) } });
      return span !== null;
    }
    if (tokens[k].lower === 'it') {
      if (!IMPERSONAL_COPULAS.has(tokens[m]?.lower ?? '')) return false;
      m++;
    }
    const negated = tokens[m]?.lower === 'not';
    while (m < tokens.length && m - k <= 3 && (tokens[m].lower === 'not' || tokens[m].lower === 'still')) m++;
    const adjective = tokens[m]?.lower ?? '';
    if (!(UNCERTAIN_ADJECTIVES.has(adjective) || (negated && adjective === 'clear'))) return false;
    if (!WH_OPENERS.has(tokens[m + 1]?.lower ?? '') && tokens[m + 1]?.lower !== 'if') return false;
    const span = this.clauseToEnd(m + 1, m);
    if (span) out.push({ ...span, paragraph: this.paragraph, attribution: { mention: null, cue: this.cueSpan(k, m) } });
    return span !== null;
  }

  /**
   * "When Quill was asked whether …", "when told the ferry was late": the question or news put to someone,
   * whose asker or teller the passive leaves out.
   */
  private passiveReport(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    const before = tokens[k - 1]?.lower ?? '';
    const elliptic = PASSIVE_REPORT_OPENERS.has(before);
    if (!elliptic && !PASSIVE_AUXILIARIES.has(before)) return false;
    let s = k + 1;
    while (s < tokens.length && s - k <= 2 && tokens[s].kind === 'word' && (TIME_ADVERBS.has(tokens[s].lower) || tokens[s].lower === 'afterward' || tokens[s].lower === 'afterwards' || this.isMannerAdverb(s))) s++;
    // "when asked by the Harbour Times whether …": the asker named in a by-phrase of capitalized words.
    if (tokens[s]?.lower === 'by') {
      let m = s + 1;
      if (tokens[m]?.lower === 'the') m++;
      const named = m;
      while (m < tokens.length && m - s <= 6 && tokens[m].kind === 'word' && tokens[m].capitalized) m++;
      if (m > named) s = m;
    }
    const first = tokens[s];
    if (first === undefined || first.kind !== 'word') return false;
    const asked = tokens[k].lower === 'asked';
    // "having been told he might fall ill" is the writer's background; "when told …" and "was told that …" report.
    const opens = WH_OPENERS.has(first.lower) || first.lower === 'if' || (!asked && (first.lower === 'that' || (elliptic && (DETERMINERS.has(first.lower) || PRONOUNS[first.lower] !== undefined))));
    if (!opens || (asked && first.lower === 'when') || (!asked && WH_OPENERS.has(first.lower))) return false;
    if (first.lower === 'that') s++;
    let span = this.clauseToEnd(s, k);
    // "When X was asked whether …, he said …": the subordinate clause ends at its comma.
    let opener = false;
    for (let m = this.clauseFloor(k); m < k; m++) if (PASSIVE_REPORT_OPENERS.has(tokens[m].lower)) opener = true;
    if (span && opener) {
      let e = s;
      // A quotation whose comma closes the clause (`… was seating "in the round," Abedin still wanted …`) ends it too.
      while (e < tokens.length && tokens[e].end <= span.end && tokens[e].text !== ',' && !this.quoteEndsWithComma(e)) e++;
      const last = tokens[e]?.kind === 'quote' ? e : e - 1;
      span = last - s >= 2 ? { start: tokens[s].start, end: tokens[last].end } : null;
    }
    if (!span) return false;
    out.push({ ...span, paragraph: this.paragraph, attribution: { mention: null, cue: this.cueSpan(elliptic ? k : k - 1, k) } });
    return true;
  }

  /**
   * "That implied he knew …", "a tape which showed him boasting …": what a fact or a document shows, with
   * a demonstrative or relative pronoun for its subject; the source is the thing shown, not a speaker.
   */
  private demonstrativeEvidence(k: number, cueEnd: number, out: DraftClaim[]): void {
    const { tokens } = this;
    const before = tokens[k - 1];
    const relative = before !== undefined && !before.capitalized && (before.lower === 'which' || before.lower === 'that');
    const demonstrative = before !== undefined && k - 1 === this.sentenceStart[k - 1] && (before.lower === 'that' || before.lower === 'this');
    if (!relative && !demonstrative) return;
    let s = cueEnd + 1;
    const first = tokens[s];
    if (first === undefined || first.kind !== 'word') return;
    if (first.lower === 'that') s++;
    else if (!(first.capitalized || DETERMINERS.has(first.lower) || PRONOUNS[first.lower] !== undefined || OBJECT_PRONOUNS.has(first.lower))) return;
    const span = this.clauseToEnd(s, cueEnd);
    if (span) out.push({ ...span, paragraph: this.paragraph, attribution: { mention: null, cue: this.cueSpan(k - 1, cueEnd) } });
  }

  /** A reported clause from token `s` to its sentence's end (or a new predication); null under three words. */
  private clauseToEnd(s: number, cueEnd: number): Span | null {
    const { tokens } = this;
    let e = this.claimLimit(cueEnd);
    for (let m = s; m <= e; m++) {
      if (tokens[m].text === '(' || this.endsClaimAt(s, m, e)) {
        e = m - 1;
        break;
      }
    }
    for (let m = s + 2; m < e; m++) {
      const next = tokens[m + 1];
      // "…, closing the yard": a participle with its object after a comma goes on with the writer's sentence.
      const participle = tokens[m].text === ',' && next.kind === 'word' && !next.capitalized && next.lower.endsWith('ing') && !NON_PARTICIPLE_ING.has(next.lower) && DETERMINERS.has(tokens[m + 2]?.lower ?? '');
      if (participle || this.speakerClauseAfter(m, e)) {
        e = m - 1;
        break;
      }
    }
    while (e > s && tokens[e].kind === 'punct') e--;
    if (e - s < 2) return null;
    e = this.endBeforeNewPredication(s, e, false);
    return e - s < 2 ? null : { start: tokens[s].start, end: tokens[e].end };
  }

  /**
   * Whether "and"/"but" or a comma at `m` opens another speaker's clause: "… and both agencies deny any
   * deal", "…, the mayor said".
   */
  private speakerClauseAfter(m: number, e: number): boolean {
    const { tokens } = this;
    const t = tokens[m];
    const conjunction = t.kind === 'word' && !t.capitalized && (t.lower === 'and' || t.lower === 'but');
    if (!conjunction && t.text !== ',') return false;
    for (let c = m + 2; c <= e && c - m <= 7; c++) {
      if (tokens[c].kind !== 'word') return false;
      if (tokens[c].capitalized || cueVerb(tokens[c].lower) === undefined) continue;
      const subject = this.subjectOf(c);
      return subject !== null && subject.phrase.first > m && subject.phrase.first - m <= 4;
    }
    return false;
  }

  private cueSpan(first: number, last: number): TextSpan {
    const { tokens, text } = this;
    return { start: tokens[first].start, end: tokens[last].end, text: text.slice(tokens[first].start, tokens[last].end) };
  }

  /** "has adamantly denied", "officially accused", "more hotly contested": an adverb in -ly before a cue. */
  private isMannerAdverb(j: number): boolean {
    const t = this.tokens[j];
    if (t.kind !== 'word' || t.capitalized) return false;
    // "nor have they outright denied": a few adverbs of manner have no "-ly".
    if (t.lower === 'outright' || t.lower === 'flat-out') return true;
    return t.lower.length > 4 && t.lower.endsWith('ly') && !LY_NON_ADVERBS.has(t.lower) && !this.verbs[j];
  }

  /** The last token of a content from `s` to `end`, before any full quotation and trailing punctuation. */
  private endBeforeFullQuotation(s: number, end: number): number {
    const { tokens } = this;
    let e = end;
    while (e > s && tokens[e].kind === 'punct') e--;
    for (let m = s; m <= e; m++) {
      if (this.endsClaimAt(s, m, e)) return m - 1;
    }
    return e;
  }

  /**
   * "declined to comment on the authenticity of the document": a refusal to speak, reported with its topic,
   * which is what the Speakers view lists for the subject (a bare "declined to comment." has no topic and gives none).
   */
  private declinedToComment(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    if (tokens[k + 1]?.lower !== 'to' || !COMMENT_VERBS.has(tokens[k + 2]?.lower ?? '') || !NOUN_PREPOSITIONS.has(tokens[k + 3]?.lower ?? '')) return false;
    const prep = k + 3;
    const end = this.claimLimit(k);
    const s = prep + 1;
    // "on when the money would come": an indirect question is the topic too.
    const question = s <= end && WH_OPENERS.has(tokens[s].lower);
    if (s > end || !(question || this.opensObjectContent(s, end))) return false;
    const subject = this.subjectOf(k);
    if (!subject || !this.namesSpeaker(subject.phrase.last)) return false;
    let e = this.endBeforeNewPredication(s, this.endBeforeFullQuotation(s, end), false);
    // The topic is a phrase: a comma or a subordinate clause ("while X could not be reached") is the writer's.
    for (let m = s + 1; m <= e; m++) {
      if (tokens[m].text === ',' || (!question && SUBORDINATORS.has(tokens[m].lower))) {
        e = m - 1;
        break;
      }
    }
    if (!question) e = this.endOfObject(s, e);
    if (e < s || tokens[e].kind === 'punct') return false;
    out.push({ start: tokens[s].start, end: tokens[e].end, paragraph: this.paragraph, attribution: this.makeAttribution(subject.phrase, k, prep, subject.role) });
    return true;
  }

  /**
   * "has drawn criticism for his history of …", "came under fire over the deal": what someone is criticized for,
   * by critics the text does not name (an unsourced claim; the subject is the one criticized, not a speaker).
   */
  private criticizedFor(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    const prep = k + 1;
    if (tokens[prep]?.lower !== 'for' && tokens[prep]?.lower !== 'over') return false;
    const before = tokens[k - 1]?.lower ?? '';
    const drawn = CRITICISM_VERBS.has(before);
    const underFire = before === 'under' && COME_FORMS.has(tokens[k - 2]?.lower ?? '');
    if (!drawn && !underFire) return false;
    const end = this.claimLimit(k);
    const s = prep + 1;
    if (s > end || !(WH_OPENERS.has(tokens[s].lower) || this.opensObjectContent(s, end))) return false;
    const e = this.endOfObject(s, this.endBeforeNewPredication(s, this.endBeforeFullQuotation(s, end), false));
    if (e <= s || tokens[e].kind === 'punct') return false;
    out.push({ start: tokens[s].start, end: tokens[e].end, paragraph: this.paragraph, attribution: { mention: null, cue: this.cueSpan(underFire ? k - 2 : k - 1, prep) } });
    return true;
  }

  /**
   * "Had he waited, the argument goes, he would have …": an aside that reports a line of reasoning without its
   * source makes the sentence around it an unsourced claim.
   */
  private theArgumentGoes(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    const noun = tokens[k - 1];
    // "the conventional wisdom goes": one modifier may stand before the noun.
    const the = tokens[k - 2]?.lower === 'the' ? k - 2 : tokens[k - 3]?.lower === 'the' ? k - 3 : -1;
    if (noun === undefined || !REASONING_NOUNS.has(noun.lower) || the < 0 || tokens[the - 1]?.text !== ',') return false;
    const first = this.sentenceStart[k];
    let last = this.sentenceEnd[k];
    while (last > k && tokens[last].kind === 'punct') last--;
    // "He went home, the story goes.": a closing aside is no part of the claim.
    if (last === k) last = the - 2;
    if (the - 1 - first < 3 || last < first) return false;
    out.push({ start: tokens[first].start, end: tokens[last].end, paragraph: this.paragraph, attribution: { mention: null, cue: this.cueSpan(the, k) } });
    return true;
  }

  /** "Quill is making clear that …", "made it clear that …": a statement, whatever the verb. */
  private madeClear(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    const clear = tokens[k + 1]?.lower === 'it' ? k + 2 : k + 1;
    if (tokens[clear]?.lower !== 'clear' || tokens[clear + 1]?.lower !== 'that' || this.negated(k)) return false;
    // "is now making clear": the progressive's auxiliary stands where a verb of saying would.
    let verb = k;
    if (tokens[k].lower === 'making') {
      verb = k - 1;
      while (verb > 0 && PROGRESSIVE_ADVERBS.has(tokens[verb].lower)) verb--;
      if (!BE_FORMS.has(tokens[verb]?.lower ?? '')) return false;
    }
    const subject = this.subjectOf(verb);
    if (!subject || !this.namesSpeaker(subject.phrase.last)) return false;
    const claim = this.claimAfter(k, clear, 'say', true, subject.phrase.first, subject.phrase.last);
    if (!claim) return false;
    out.push({ ...claim, paragraph: this.paragraph, attribution: this.makeAttribution(subject.phrase, k, clear, subject.role) });
    return true;
  }

  /**
   * "made her first comments about X", "took aim at X", "voiced concern over X": a light verb and a noun of
   * speech or attitude report what the preposition names.
   */
  private speechNounClaim(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    const end = this.claimLimit(k);
    let prep = -1;
    for (let m = k + 1; m < end && m - k <= 6; m++) {
      const t = tokens[m];
      // "made no mention of": a negated remark reports nothing.
      if (t.kind !== 'word' || t.capitalized || t.lower === 'no') return false;
      if (SPEECH_NOUNS.has(t.lower)) {
        const own = OWN_PREPOSITIONS.get(t.lower);
        const next = tokens[m + 1]?.lower ?? '';
        if (own !== undefined ? next === own : NOUN_PREPOSITIONS.has(next)) prep = m + 1;
        break;
      }
      if (PHRASE_BOUNDARIES.has(t.lower)) return false;
    }
    if (prep < 0 || prep + 1 > end || this.negated(k)) return false;
    const subject = this.subjectOf(k);
    // "The Post editorial made little mention of …": a message speaks for its writer.
    if (!subject || !(this.namesSpeaker(subject.phrase.last) || MESSAGE_NOUNS.has(tokens[subject.phrase.last].lower))) return false;
    const s = prep + 1;
    // "expressed frustration on Monday": the preposition gives the time, not the topic.
    if (!this.opensObjectContent(s, end) || TIME_ADVERBS.has(tokens[s].lower)) return false;
    let e = this.endBeforeFullQuotation(s, end);
    if (e < s) return false;
    e = this.endOfObject(s, this.endBeforeNewPredication(s, e, false));
    if (tokens[e].kind === 'punct' || (e === s && !tokens[s].capitalized)) return false;
    out.push({ start: tokens[s].start, end: tokens[e].end, paragraph: this.paragraph, attribution: this.makeAttribution(subject.phrase, k, prep, subject.role) });
    return true;
  }

  /**
   * "Quill's allegations of a conspiracy", "his crude comments on the video", "her message about unity": a
   * possessive speaker's remark names its topic after the preposition.
   */
  private possessiveSpeechNoun(k: number, out: DraftClaim[]): boolean {
    const { tokens } = this;
    const end = this.claimLimit(k);
    let prep = -1;
    for (let m = k + 1; m < end && m - k <= 3; m++) {
      const t = tokens[m];
      if (t.kind !== 'word' || t.capitalized || PHRASE_BOUNDARIES.has(t.lower)) return false;
      if (POSSESSED_SPEECH_NOUNS.has(t.lower)) {
        if (NOUN_PREPOSITIONS.has(tokens[m + 1]?.lower ?? '')) prep = m + 1;
        break;
      }
      // "Mrs. Clinton's proposals to increase taxes": a proposal or promise states its aim in an infinitive.
      if (PROPOSAL_NOUNS.has(t.lower)) {
        if (tokens[m + 1]?.lower === 'to' && tokens[m + 2]?.kind === 'word' && !tokens[m + 2].capitalized && !DETERMINERS.has(tokens[m + 2].lower)) prep = m;
        break;
      }
    }
    if (prep < 0 || prep + 1 > end) return false;
    const s = prep + 1;
    // The light-verb reading ("shared their thoughts on …") may have reported it already.
    const previous = out[out.length - 1];
    if (previous !== undefined && previous.end > tokens[k].start) return false;
    const infinitive = tokens[s].lower === 'to';
    if (!infinitive && !this.opensObjectContent(s, end)) return false;
    let e = this.endBeforeFullQuotation(s, end);
    // "his comments on the video were …": the remark may be the sentence's subject, whose verb ends the topic;
    // "his calls to reopen the pier went unheeded": so does a past verb after the infinitive's own.
    for (let m = s + 1; m <= e; m++) {
      const t = tokens[m];
      const pastVerb = infinitive && m > s + 1 && t.kind === 'word' && this.verbs[m] && (t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower)) && tokens[m - 1].lower !== 'to';
      if (t.kind === 'word' && !t.capitalized && (AUXILIARIES.has(t.lower) || pastVerb)) {
        e = m - 1;
        break;
      }
    }
    // "… brackets necessarily have": an adverb before the main verb is the main clause's.
    while (e > s && tokens[e].kind === 'word' && !tokens[e].capitalized && tokens[e].lower.endsWith('ly') && !LY_NON_ADVERBS.has(tokens[e].lower)) e--;
    if (e < s) return false;
    e = this.endOfObject(s, this.endBeforeNewPredication(s, e, false));
    if (tokens[e].kind === 'punct' || (e === s && !tokens[s].capitalized)) return false;
    // "his comments on …": the possessive pronoun is the speaker, resolved like "he"; a possessive name stays in
    // the cue, with no speaker of its own.
    const possessor = POSSESSIVE_PRONOUN_OF.get(tokens[k].lower);
    const attribution: Attribution | Unsourced = possessor !== undefined
      ? { mention: this.pronounMention({ start: tokens[k].start, end: tokens[k].end }, tokens[k].text, possessor), cue: this.cueSpan(k, prep) }
      : { mention: null, cue: this.cueSpan(k, prep) };
    out.push({ start: tokens[s].start, end: tokens[e].end, paragraph: this.paragraph, attribution });
    return true;
  }

  /** A pronoun's mention ("he", "his"), resolved later to the speaker it refers to. */
  private pronounMention(span: Span, name: string, pronoun: NonNullable<SpeakerMention['pronoun']>): SpeakerMention {
    return { span, name, role: null, kind: 'person', pronoun, gender: pronoun === 'she' ? 'f' : pronoun === 'he' ? 'm' : null, paragraph: this.paragraph, inherited: false, named: false };
  }

  /** Whether the participle at `m` follows a form of "be", past adverbs ("is now saying"). */
  private afterBeForm(m: number): boolean {
    let j = m - 1;
    while (j >= 0 && m - j <= 3 && PROGRESSIVE_ADVERBS.has(this.tokens[j].lower)) j--;
    return j >= 0 && BE_FORMS.has(this.tokens[j].lower);
  }

  /** "didn't respond", "never said": a negated cue reports no speech. */
  private negated(k: number): boolean {
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      const lower = this.tokens[j].lower;
      if (NEGATIONS.has(lower)) return true;
      if (!this.isFiller(j) && !this.isMannerAdverb(j)) return false;
    }
    return false;
  }

  /**
   * "will argue that …", "could support a plan": speech that has not happened yet is no claim. "would like to"
   * states a wish now, and "would say only that …" reports what was said.
   */
  private hypothetical(k: number, base: string): boolean {
    for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
      const lower = this.tokens[j].lower;
      // "Elizabeth May has said": a capitalized "May" is a name.
      if (HYPOTHETICAL_MODALS.has(lower) && !this.tokens[j].capitalized) {
        if (lower !== 'would') return true;
        return base !== 'like' && this.tokens[k + 1]?.lower !== 'only' && this.tokens[j + 1]?.lower !== 'only';
      }
      if (!this.isFiller(j) && !this.isMannerAdverb(j)) return false;
    }
    return false;
  }

  /**
   * The last token a claim starting after token `k` may reach: the sentence end, or, in a run-on "sentence"
   * (a scraped page or log with no full stops), the last clause break within `MAX_CLAIM_TOKENS` of `k`.
   * The cap keeps every scan of a claim bounded, so attribution stays linear in the paragraph's length.
   */
  private claimLimit(k: number): number {
    const end = this.sentenceEnd[k];
    const cap = k + MAX_CLAIM_TOKENS;
    if (end <= cap) return end;
    for (let m = cap; m > k + 1; m--) if (CLAUSE_BREAKS.has(this.tokens[m].text)) return m - 1;
    return cap;
  }

  /** The reported clause after a cue: "said (on Tuesday) (that) …" up to the sentence end. */
  private claimAfter(k: number, cueEnd: number, base: string, claimOnly: boolean, subjectFirst: number, subjectLast: number): Span | null {
    const { tokens } = this;
    const end = this.claimLimit(k);
    let s = cueEnd + 1;
    if (s > end) return null;
    // "adds 12,000 jobs", "added 3 points": a count is what was added, not what was said.
    if (base === 'add' && /^\d/.test(tokens[s].text)) return null;
    // "the letters posted by the harbour office, which …": a passive participle's agent follows, not what was said;
    // "said by phone that …" names only the medium.
    if (tokens[s].lower === 'by' && tokens[s + 1]?.kind === 'word' && !SETTING_WORDS.has(tokens[s + 1].lower) && tokens[k].lower.endsWith('ed')) return null;
    // "urged the mayor (not) to act", "called on him to withdraw": the request names its addressee, who is
    // part of the content.
    let request = false;
    // "warned against the deal": the preposition's object is the content, no hearer.
    const prepositional = cueEnd > k && PREPOSITIONAL_CUES.get(base)?.has(tokens[cueEnd].lower) === true;
    if (!prepositional && REQUEST_BASES.has(base) && tokens[s].kind === 'word' && (tokens[s].capitalized || !PHRASE_BOUNDARIES.has(tokens[s].lower))) {
      let next = this.hearerEnd(s, end) + 1;
      // "warned civilians and airlines to …": coordinated addressees.
      if (next > s && (tokens[next]?.lower === 'and' || tokens[next]?.lower === 'or') && tokens[next + 1]?.kind === 'word') next = this.hearerEnd(next + 1, end) + 1;
      request = next > s && (tokens[next]?.lower === 'to' || (tokens[next]?.lower === 'not' && tokens[next + 1]?.lower === 'to'));
      // "asked Mara Ruiz, a judge who …, to look into …": past a named hearer's appositive, the request alone.
      const appositiveTo = !request && tokens[s].capitalized && tokens[next]?.text === ',' ? this.toAfterAppositive(next, end) : -1;
      if (appositiveTo >= 0) {
        request = true;
        s = appositiveTo;
      }
      // "urged the reinvestigation of …", "urged caution": what is urged is the content.
      if (!request && base === 'urge' && !PRONOUNS[tokens[s].lower] && !OBJECT_PRONOUNS.has(tokens[s].lower)) request = true;
    }
    if (HEARER_VERBS.has(base) && !request && !prepositional) {
      // Skip the hearer: "told reporters", "told the BBC", "warned civilians".
      let thatAt = -1;
      for (let m = s; m <= end && m - s < 20; m++) {
        // "told Quill the stage for that event was …": after a preposition, "that" is a determiner.
        if (tokens[m].lower === 'that' && tokens[m].kind === 'word' && !NP_CONNECTORS.has(tokens[m - 1]?.lower ?? '')) {
          thatAt = m;
          break;
        }
        if (tokens[m].kind !== 'word') break;
        // "warned the skipper he had to …": once a clause has started, a later "that" is a relative pronoun.
        if (m > s && (PRONOUNS[tokens[m].lower] !== undefined || AUXILIARIES.has(tokens[m].lower) || this.verbs[m])) break;
      }
      if (thatAt >= 0) s = thatAt + 1;
      else s = this.hearerEnd(s, end) + 1; // "urged X to …": the request, from "to" on, is the content.
      // "advised Ukrainian politicians, including …": without "that" or "to", advising is consulting, not speech.
      if (base === 'advise' && thatAt < 0 && !this.hasFiniteVerb(s, Math.min(end, s + 8))) return null;
    }
    if (INTENT_BASES.has(base)) {
      // "sought to reassure …", "would like her to spend …": only an infinitive states the intention.
      const infinitive = tokens[s]?.lower === 'to' ? s : tokens[s + 1]?.lower === 'to' && (OBJECT_PRONOUNS.has(tokens[s].lower) || tokens[s].capitalized) ? s + 1 : -1;
      if (infinitive < 0 || tokens[infinitive + 1]?.kind !== 'word') return null;
      request = true;
    }
    // "agreed to keep the case open": a commitment, stated by its infinitive ("agreed to a deal" is no clause).
    if (base === 'agree' && tokens[s]?.lower === 'to' && tokens[s + 1]?.kind === 'word' && !tokens[s + 1].capitalized && !DETERMINERS.has(tokens[s + 1].lower) && this.namesSpeaker(subjectLast)) request = true;
    let afterThat = request || (s > 0 && tokens[s - 1].lower === 'that');
    if (prepositional && !this.namesSpeaker(subjectLast)) return null;
    // "echoed that point.": "that" before a lone noun ending the clause is a demonstrative, not a complementizer.
    const demonstrative = !afterThat && OBJECT_CONTENT_BASES.has(base) && tokens[s]?.lower === 'that' && tokens[s + 1]?.kind === 'word' && this.nouns[s + 1] && !this.verbs[s + 1] && tokens[s + 2]?.kind === 'punct' && this.namesSpeaker(subjectLast);
    if (demonstrative) {
      const e = s + 1;
      return { start: tokens[s].start, end: tokens[e].end };
    }
    if (!afterThat && s <= end) {
      // Skip time and setting: "said on Tuesday in a statement that …", "told the BBC by email …".
      let m = s;
      if (tokens[s]?.kind === 'word' && !DETERMINERS.has(tokens[s].lower)) {
        // A number is part of a date ("on Dec. 6", "in 2012"), not the number opening the clause ("said 416 motorists died").
        while (m <= end && m - s < 10 && tokens[m].kind === 'word' && (WEEKDAYS_AND_TIME.has(tokens[m].lower) || SETTING_WORDS.has(tokens[m].lower) || (m > s && /^\d/.test(tokens[m].text)))) m++;
      }
      // "said Tuesday the plan …": an article after the time opens the reported clause's subject.
      if (m - 1 > s && ARTICLES.has(tokens[m - 1].lower) && !SETTING_PREPOSITIONS.has(tokens[m - 2].lower)) m--;
      // "acknowledged for the first time that …", "reported back that …": a short adverbial before "that".
      let g = m;
      // "said 2 weeks ago that …": a number here only measures the time.
      while (g <= end && g - s < 6 && tokens[g].kind === 'word' && (isQuantity(tokens[g]) || (!tokens[g].capitalized && (THAT_GAP_WORDS.has(tokens[g].lower) || WEEKDAYS_AND_TIME.has(tokens[g].lower))))) g++;
      if (tokens[m]?.lower !== 'that' && g > m && tokens[g]?.lower === 'that') m = g;
      // "testified on the issue", "asks in the subject line": a skip that stops inside a prepositional phrase
      // has only reached that phrase's noun; the clause, if any, opens later with "that" or a pronoun.
      // "maintained during earlier years of …": a time modifier still needs its noun too.
      let dangling = m > s && (SETTING_PREPOSITIONS.has(tokens[m - 1].lower) || (m - 1 > s && ARTICLES.has(tokens[m - 1].lower)) || (SETTING_PREPOSITIONS.has(tokens[s].lower) && TIME_MODIFIER_ENDS.has(tokens[m - 1].lower)));
      if (tokens[m]?.lower === 'that') {
        s = m + 1;
        afterThat = true;
      } else if (m > s && m <= end && tokens[m].kind === 'word') {
        s = m;
        // "say by a 7-point margin, 49 percent to 42, that …": the setting runs on to a later "that".
        // A cue form after a determiner is a noun of the setting: "in a posting to members that …".
        for (let t = m; t <= end && t - m < 12 && tokens[t].kind !== 'quote' && !SENTENCE_PUNCT.has(tokens[t].text) && (cueVerb(tokens[t].lower) === undefined || DETERMINERS.has(tokens[t - 1].lower)); t++) {
          if (tokens[t].lower === 'that' && (tokens[t - 1].text === ',' || dangling)) {
            s = t + 1;
            afterThat = true;
            break;
          }
          // "said in a New Year's speech he was ready …", "said at the time the ferry would …": after the
          // setting's noun, a pronoun or an article opens the clause.
          const opensAfterNoun = ARTICLES.has(tokens[t].lower) && t - m <= 2 && tokens[t - 1].kind === 'word' && !PHRASE_BOUNDARIES.has(tokens[t - 1].lower) && !FUNCTION_WORDS.has(tokens[t - 1].lower);
          if (dangling && t > m && (SUBJECT_PRONOUNS.has(tokens[t].lower) || opensAfterNoun)) {
            s = t;
            dangling = false;
            break;
          }
        }
        if (dangling && !afterThat) return null;
      }
    }
    if (s > end) return null;
    // "…, he concluded, and the council would …": a coordinated clause after the cue's comma is no setting.
    if (!afterThat && tokens[s].text === ',' && (tokens[s + 1]?.lower === 'and' || tokens[s + 1]?.lower === 'but')) return null;
    if (!afterThat && (tokens[s].text === ',' || (tokens[s].kind === 'word' && PHRASE_BOUNDARIES.has(tokens[s].lower) && !AUXILIARIES.has(tokens[s].lower)))) {
      // "said, in an email, that …", "say by a 7-point margin, 49 percent to 42, that …".
      for (let m = s; m <= end && m - s < 16 && tokens[m].kind !== 'quote'; m++) {
        // "said, adding that …": the "that" belongs to the next cue, which reports on its own.
        if (cueVerb(tokens[m].lower) !== undefined && !tokens[m].capitalized) break;
        if (tokens[m].lower === 'that' && tokens[m].kind === 'word') {
          s = m + 1;
          afterThat = true;
          break;
        }
        // "promised, if elected, to close the pier": a commitment's infinitive after an aside.
        if (COMMITMENT_BASES.has(base) && tokens[m].lower === 'to' && m > s && tokens[m - 1].text === ',' && tokens[m + 1]?.kind === 'word' && !tokens[m + 1].capitalized) {
          s = m;
          afterThat = true;
          break;
        }
      }
      if (s > end) return null;
    }
    // "Polls show her pulling ahead", "records show a different plan": evidence reports whatever follows;
    // "police found three victims" reports nothing, "found that …" does.
    let evidence = false;
    // The evidence may be the phrase's head or stand before its agent: "an email unearthed by the union shows",
    // "ticket records released Friday by the harbour authority show".
    if (EVIDENCE_BASES.has(base)) for (let m = Math.max(this.clauseFloor(subjectFirst), subjectFirst - 8); m <= subjectLast && !evidence; m++) evidence = EVIDENCE_NOUNS.has(tokens[m].lower);
    // "He showed he's the change agent": a clause after "showed"/"found" (a subject pronoun and its verb) is what
    // was shown, as after "that"; "police found three victims" shows nothing.
    // "He showed us he's …": the one shown to comes first.
    if (FINDING_BASES.has(base) && !afterThat && OBJECT_PRONOUNS.has(tokens[s]?.lower ?? '') && SUBJECT_PRONOUNS.has(withoutPossessive(tokens[s + 1]?.lower ?? ''))) s++;
    const shownSubject = tokens[s]?.kind === 'word' ? withoutPossessive(tokens[s].lower) : '';
    const shownClause = FINDING_BASES.has(base) && !afterThat && s <= end && SUBJECT_PRONOUNS.has(shownSubject) && (shownSubject !== tokens[s].lower || this.verbs[s + 1] || AUXILIARIES.has(tokens[s + 1]?.lower ?? ''));
    if (FINDING_BASES.has(base) && !evidence && !afterThat && !shownClause) return null;
    const naming = base === 'call' && cueEnd === k;
    // "called for a "new deal"", "promised a closer relationship": what is asked for or promised is the content.
    if ((base === 'call' && (tokens[cueEnd].lower === 'for' || tokens[cueEnd].lower === 'out')) || base === 'refer' || prepositional || NP_OBJECT_BASES.has(base)) afterThat = true;
    if (evidence || naming) afterThat = true;
    // "said that, while talks go on, the strike was over": a clause opening with an aside after "that".
    if (tokens[s - 1]?.lower === 'that' && tokens[s].text === ',' && s + 1 <= end && tokens[s + 1].kind === 'word') s++;
    const first = tokens[s];
    if (first.kind === 'punct' && (first.text === ':' || first.text === ',')) return null;
    if (first.kind === 'quote' && this.quotes[first.quote].kind === 'full') return null;
    // "slammed the decision to …", "endorsed the plan": an attitude's object is the content, if a speaker holds it.
    // "denied the request for bail": refusing what was asked for reports no speech.
    if (base === 'deny' && !afterThat && (this.grantable(s, end) || this.nameAlone(s, end))) return null;
    const objectContent = !afterThat && OBJECT_CONTENT_BASES.has(base) && this.opensObjectContent(s, end) && this.namesSpeaker(subjectLast);
    // "described her as …", "accused him of …": verbs about a person take the person as their object.
    const aboutPerson = first.kind === 'word' && OBJECT_PRONOUNS.has(first.lower) && ABOUT_PERSON_BASES.has(base);
    // "questioned how …", "wondered whether …": an indirect question is reported content.
    const question = first.kind === 'word' && WH_OPENERS.has(first.lower) && (base === 'question' || base === 'wonder');
    // An attitude without a speaker or with a phrasal object ("the storm hammered the coast", "backed the car out") reports nothing.
    if (OBJECT_CONTENT_BASES.has(base) && !CORE_REPORTING.has(base) && !afterThat && !objectContent && !aboutPerson) return null;
    // "he's the …": a contracted subject pronoun opens a clause too.
    const subjectPronoun = first.kind === 'word' && PRONOUNS[withoutPossessive(first.lower)] !== undefined;
    if (claimOnly && !afterThat && !aboutPerson && !question && !objectContent && !(tokens[s - 1].lower === 'that' || subjectPronoun || DETERMINERS.has(first.lower) || first.capitalized)) return null;
    // "said in …", "said to …" are no reported clauses; after "that" anything goes; a verb right after the
    // cue is a relative clause's predicate ("a lack of leadership he says has left …").
    // A conditional or causal clause may open the reported speech: "said if he wins he would …".
    const opensCondition = CONDITION_OPENERS.has(first.lower) && tokens[s + 1]?.kind === 'word';
    if (!afterThat && first.kind === 'word' && !first.capitalized) {
      // "says much about the car", "said something to calm them": an indefinite object, not a clause.
      if (INDEFINITE_OBJECTS.has(first.lower) && (tokens[s + 1]?.lower === 'about' || tokens[s + 1]?.lower === 'to')) return null;
      // "responded to the new figures": "to" before a noun phrase is a preposition, not an infinitive.
      if (first.lower === 'to' && tokens[s + 1]?.kind === 'word' && DETERMINERS.has(tokens[s + 1].lower)) return null;
    }
    if (!afterThat && first.kind === 'word' && !first.capitalized && PHRASE_BOUNDARIES.has(first.lower) && first.lower !== 'to' && !AUXILIARIES.has(first.lower) && !opensCondition) return null;
    // A reported clause opens with a subject ("the plan", "she", "Russia", "there") or, for requests, "to".
    // "responded for the Oilers", "added yet another goal", "found three victims" report no speech.
    if (!afterThat && !objectContent && first.kind === 'word' && !first.capitalized && !CLAUSE_OPENERS.has(first.lower) && PRONOUNS[first.lower] === undefined && !AUXILIARIES.has(first.lower)) {
      const indefinite = first.lower === 'a' || first.lower === 'an' || /^\d/.test(first.text);
      if (indefinite && !CORE_REPORTING.has(base)) return null;
      // "said her injuries were minor": after a verb of saying, "her" + noun is a possessive subject.
      const possessive = aboutPerson || (first.lower === 'her' && CLAUSE_ONLY_VERBS.has(base) && tokens[s + 1]?.kind === 'word' && !tokens[s + 1].capitalized && !PHRASE_BOUNDARIES.has(tokens[s + 1].lower));
      if ((NON_CLAUSE_STARTS.has(first.lower) && !possessive) || (first.lower.endsWith('ly') && !CORE_REPORTING.has(base))) return null;
    }
    let e = end;
    while (e > s && tokens[e].kind === 'punct' && (SENTENCE_PUNCT.has(tokens[e].text) || CLAUSE_PUNCT.has(tokens[e].text))) e--;
    // An aside in parentheses is no part of the claim.
    for (let m = s + 1; m <= e; m++) {
      if (tokens[m].text === '(') {
        e = m - 1;
        while (e > s && tokens[e].kind === 'punct') e--;
        break;
      }
    }
    // After a subordinate clause's cue ("While Scheer has said his plan will be "comprehensive," he …"), the
    // main clause after the first comma is the writer's.
    let subordinate = false;
    // A subordinator whose clause ended before the subject ("Even though X has …, she maintains …") does not count.
    for (let m = this.clauseFloor(subjectFirst); m < subjectFirst; m++) {
      // "With records showing that …, the mayor said …": an absolute phrase is introductory too.
      // "After Quill described …, Tolk urged …": a temporal clause ends at its comma too.
      if (SUBORDINATORS.has(tokens[m].lower) || TIME_SUBORDINATORS.has(tokens[m].lower) || (tokens[m].lower === 'with' && tokens[k].lower.endsWith('ing'))) subordinate = true;
      else if (tokens[m].text === ',') subordinate = false;
    }
    if (subordinate) {
      for (let m = s + 1; m <= e; m++) {
        const t = tokens[m];
        if (t.text === ',') {
          e = m - 1;
          break;
        }
        if (t.kind === 'quote' && /,\s*$/.test(this.text.slice(this.quotes[t.quote].content.start, this.quotes[t.quote].content.end))) {
          e = m;
          break;
        }
      }
    }
    // Another speaker's clause ends this one: "said he was loath to act, he believed the station …".
    for (let m = s + 1; m <= e; m++) {
      // A partial quotation's own closing comma counts: `… "was never safe," she wrote`.
      const quotedBreak = this.quoteEndsWithComma(m);
      if (!CLAUSE_BREAKS.has(tokens[m].text) && !quotedBreak) continue;
      const next = tokens[m + 1];
      if (!next || next.kind !== 'word') continue;
      let cueAt = -1;
      for (let c = m + 1; c <= e && c - m <= 6; c++) {
        if (cueVerb(tokens[c].lower) && !tokens[c].capitalized) {
          cueAt = c;
          break;
        }
      }
      // "…, Clinton could not recall how …" reports no speech of Clinton's.
      if (cueAt < 0 || this.negated(cueAt)) continue;
      const other = this.subjectOf(cueAt);
      if (other && other.phrase.first === m + 1) {
        e = quotedBreak ? m : m - 1;
        break;
      }
      // "…, and Quill said …": the other clause may open with a conjunction.
      if (other && other.phrase.first === m + 2 && (next.lower === 'and' || next.lower === 'but')) {
        e = m - 1;
        break;
      }
    }
    // "seeks to widen her lead, anticipating a close vote": an infinitive's content ends before a
    // participle that goes back to the subject.
    e = this.endBeforeNewPredication(s, e, cueVerb(tokens[k].lower)?.participle === true || (request && tokens[s].lower === 'to'));
    // "A poll showing Quill is leading was published Monday": a participle right after its noun modifies it, and
    // the sentence's own verb, after the reported clause, is the noun's.
    if (cueVerb(tokens[k].lower)?.participle === true && tokens[k - 1]?.kind === 'word' && !tokens[k - 1].capitalized) e = this.endBeforeOuterPassive(s, e);
    // "labeled Tolk the worst harbour master … after dismissing …": a person's description ends like an object.
    const objectOfRequest = (base === 'call' && tokens[cueEnd].lower === 'for') || base === 'refer' || NP_OBJECT_BASES.has(base);
    // "announced she would close the pier on Monday": a reported clause keeps its own time; an object does not.
    const clause = SUBJECT_PRONOUNS.has(tokens[s].lower);
    if ((objectContent && !clause) || prepositional || (ABOUT_PERSON_BASES.has(base) && !afterThat) || (objectOfRequest && tokens[s - 1].lower !== 'that')) e = this.endOfObject(s, e);
    if (!CLAUSE_ONLY_VERBS.has(base) && !EVIDENCE_BASES.has(base) && tokens[s - 1].lower !== 'that') e = this.endBeforeMainAdjunct(s, e);
    // A full quotation inside ends the claim before it ("said: "…"" is the quotation's own attribution),
    // unless it completes the reported clause ("added that the mood was, "We won."").
    for (let m = s; m <= e; m++) {
      if (this.endsClaimAt(s, m, e)) {
        e = m - 1;
        while (e > s && tokens[e].kind === 'punct') e--;
        break;
      }
    }
    // "described his attempt to board the ferry as a hijacking": after a long object (an act, not a person),
    // the description after "as" is what was said; "described the workers as lazy" keeps both.
    let description = false;
    if (base === 'describe' && !afterThat) {
      for (let m = s + 1; m < e && m - s <= 15 && tokens[m].kind === 'word'; m++) {
        if (tokens[m].lower === 'as' && m - s >= 4 && e - m >= 2) {
          s = m + 1;
          description = true;
          break;
        }
      }
    }
    // A partial quotation counts with its words: "added that it "will pay off."".
    let words = 0;
    for (let m = s; m <= e && words < 3; m++) {
      if (tokens[m].kind === 'word') words++;
      else if (tokens[m].kind === 'quote') words += wordsUpTo(this.text, this.quotes[tokens[m].quote].content, 3);
    }
    // "denied the charge", "endorsed Quill": an object is a complete content in two words, or in one
    // name; a reported clause needs three, or two that are a subject and its verb ("said prices fell").
    // "six deaths that Quill said are unrelated": a clause whose subject was relativized opens with its verb.
    const subjectGap = e === s + 1 && COPULAS.has(tokens[s].lower) && tokens[e].kind === 'word';
    // "responded to incidents that Quill said are unrelated": that "that" was a relative pronoun, whose clause
    // has its own cue and that gap; the words after the first cue are no content of its own.
    if (tokens[s - 1]?.lower === 'that' && this.relativeGapAfter(s, e)) return null;
    // "expressed frustration on Monday": an attitude expressed is its own content, one word as it may be.
    const attitude = objectContent && e === s && base === 'express' && SPEECH_NOUNS.has(tokens[s].lower);
    const needed = objectContent || description ? (tokens[s].capitalized || attitude ? 1 : 2) : this.subjectAndVerb(s, e) || subjectGap ? 2 : 3;
    if (words < needed) return null;
    return { start: tokens[s].start, end: tokens[e].end };
  }

  /** Whether tokens `s`..`e` are exactly a subject and its finite verb: "prices fell", "he resigned". */
  private subjectAndVerb(s: number, e: number): boolean {
    const { tokens } = this;
    if (e !== s + 1 || tokens[s].kind !== 'word' || tokens[e].kind !== 'word') return false;
    const subjectWord = tokens[s].lower;
    const verb = tokens[e].lower;
    // Parsers read "prices" in "said prices fell" as a verb, and "rose" as a noun: the verb's form decides.
    const subject = SUBJECT_PRONOUNS.has(subjectWord) || (!FUNCTION_WORDS.has(subjectWord) && PRONOUNS[subjectWord] === undefined && (!this.verbs[s] || subjectWord.endsWith('s')));
    const past = (verb.length > 4 && verb.endsWith('ed') && this.verbs[e]) || IRREGULAR_PAST.has(verb);
    return subject && past && !AUXILIARIES.has(verb);
  }

  /**
   * The last token before a passive ("was released", "were published") that follows a complete reported clause
   * ("Quill is leading", "Quill bragging about the deal"); `e` when there is none.
   */
  private endBeforeOuterPassive(s: number, e: number): number {
    const { tokens } = this;
    let predicate = false;
    for (let m = s + 1; m < e; m++) {
      const t = tokens[m];
      if (t.kind !== 'word' || t.capitalized) continue;
      const next = tokens[m + 1];
      const passive = (t.lower === 'was' || t.lower === 'were') && next.kind === 'word' && /(?:ed|en)$/.test(next.lower);
      if (passive && predicate) return this.lastBefore(s, m);
      if (AUXILIARIES.has(t.lower) || this.verbs[m] || (t.lower.endsWith('ing') && !NON_PARTICIPLE_ING.has(t.lower))) predicate = true;
    }
    return e;
  }

  /** Whether a short subject from `s` is followed by a cue and a verb with no subject of its own ("Quill said are …"). */
  private relativeGapAfter(s: number, e: number): boolean {
    const { tokens } = this;
    for (let m = s + 1; m < e && m - s <= 5; m++) {
      if (tokens[m].kind !== 'word') return false;
      const verb = cueVerb(tokens[m].lower);
      // "more charges are possible": a cue word the parse reads as a noun is the clause's subject.
      if (verb === undefined || verb.participle || tokens[m].capitalized || !this.verbs[m]) continue;
      return COPULAS.has(tokens[m + 1].lower);
    }
    return false;
  }

  /** Whether the object at `s` is something granted or refused ("denied the request for …", "denied him bail"), not a charge. */
  private grantable(s: number, end: number): boolean {
    const { tokens } = this;
    for (let m = s; m <= end && m - s < 5 && tokens[m].kind === 'word'; m++) {
      if (GRANTABLE.has(tokens[m].lower)) return true;
      if (m > s && PHRASE_BOUNDARIES.has(tokens[m].lower)) return false;
    }
    return false;
  }

  /**
   * Whether the object at `s` is a name and nothing more ("denied the Flames on two chances", "denied Quill
   * twice"): the one refused something, not a charge ("denied Russian interference") or a clause ("denied
   * Quill was there").
   */
  private nameAlone(s: number, end: number): boolean {
    const { tokens } = this;
    let m = tokens[s].lower === 'the' && !tokens[s].capitalized ? s + 1 : s;
    if (m > end || tokens[m].kind !== 'word' || !tokens[m].capitalized) return false;
    while (m <= end && tokens[m].kind === 'word' && tokens[m].capitalized) {
      if (/['\u2019]s$/.test(tokens[m].lower)) return false;
      m++;
    }
    const next = tokens[m];
    if (m > end || next.kind !== 'word') return true;
    // What follows a lone name is a circumstance ("on two chances", "twice"), read from the words alone so the
    // rule holds without a parse.
    return !next.capitalized && !AUXILIARIES.has(next.lower) && (PHRASE_BOUNDARIES.has(next.lower) || REPEAT_ADVERBS.has(next.lower));
  }

  /** Whether the words at `s` can open an object noun phrase: not "out", "by …", "how …" or an adverb. */
  private opensObjectContent(s: number, end: number): boolean {
    const { tokens } = this;
    const first = tokens[s];
    if (first.kind === 'quote') return true;
    if (first.kind !== 'word' || PHRASE_BOUNDARIES.has(first.lower) || WH_OPENERS.has(first.lower) || first.lower.endsWith('ly')) return false;
    // "slammed her decision": a possessive "her" opens the phrase; "slammed her" alone names no content.
    const possessive = first.lower === 'her' && tokens[s + 1]?.kind === 'word' && !tokens[s + 1].capitalized && !PHRASE_BOUNDARIES.has(tokens[s + 1].lower);
    if (NON_CLAUSE_STARTS.has(first.lower) && !possessive) return false;
    // "backed the car out of the garage": a phrasal verb moves things, it judges nothing.
    for (let m = s; m <= end && m - s < 5; m++) if (VERB_PARTICLES.has(tokens[m].lower)) return false;
    return true;
  }

  /** A subject that can hold an attitude: a name, a pronoun or a speaker noun ("the union"), not "the storm". */
  private namesSpeaker(last: number): boolean {
    const head = this.tokens[last];
    return head.capitalized || PRONOUNS[head.lower] !== undefined || speakerNounClass(head.lower) !== undefined;
  }

  /**
   * The last token of an object content ending at or before `e`: the main clause's adjuncts are the
   * writer's ("…, which …", "after the vote", "on Monday").
   */
  private endOfObject(s: number, e: number): number {
    const { tokens } = this;
    let last = e;
    for (let m = s + 1; m <= e; m++) {
      const t = tokens[m];
      const next = tokens[m + 1];
      // "railed against A, blasted B": a finite cue after a comma starts the subject's next predicate.
      // "condemned the remarks, from those who …": a comma and "from" open a range of who did it, not the object.
      // (Other prepositions after a comma often resume the object past an appositive: "Obama and Clinton, for …".)
      const nextVerb = next?.kind === 'word' && !next.capitalized ? cueVerb(next.lower) : undefined;
      const finite = nextVerb !== undefined && !nextVerb.participle && next.lower !== nextVerb.base && !isNounLike(next.lower);
      // "promised a closer relationship, if elected, starting with …": a short conditional set off by commas is
      // an aside inside the object.
      const conditionalAside = t.text === ',' && next?.lower === 'if' && this.shortAsideClose(m + 1, e) > 0;
      const afterComma = t.text === ',' && next?.kind === 'word' && !conditionalAside && (next.lower === 'which' || next.lower === 'where' || next.lower === 'who' || SUBORDINATORS.has(next.lower) || OBJECT_ADJUNCTS.has(next.lower) || next.lower === 'from' || finite);
      // "accused Quill of harassment: A, B and C": a colon opens the writer's list of who they are.
      const colonList = t.text === ':' && next?.kind === 'word' && next.capitalized;
      // "the sexism Clinton has faced during the campaign": inside a relative clause, the adjunct is its verb's.
      const adjunct = t.kind === 'word' && !t.capitalized && OBJECT_ADJUNCTS.has(t.lower) && !(t.lower === 'during' && this.relativeVerbBefore(s, m));
      if (afterComma || colonList || adjunct) {
        last = m - 1;
        break;
      }
    }
    // A closing time phrase: "… on Monday", "… last week", "… Tuesday night".
    let m = last;
    while (m > s && tokens[m].kind === 'word' && TIME_NOUNS.has(tokens[m].lower)) m--;
    if (m < last) {
      while (m > s && TIME_MODIFIERS.has(tokens[m].lower) && tokens[m].lower !== 'the') m--;
      last = m;
    }
    while (last > s && tokens[last].kind === 'punct') last--;
    return last;
  }

  /**
   * Where a new predication starts inside a claim, the claim ends before it: "said A, but B", "said A,
   * though B", "said A and says B" (the second cue gets its own claim), "said A, adding that B".
   * Returns the claim's new last token (at least `s`).
   */
  private endBeforeNewPredication(s: number, e: number, inParticipleSeries: boolean): number {
    const { tokens } = this;
    for (let m = s + 2; m <= e; m++) {
      const t = tokens[m];
      // "questioned how …; blamed Obama for …": a semicolon closes the reported clause, and what follows is
      // the next predicate or the writer's next clause.
      if (t.text === ';') return this.lastBefore(s, m);
      if (t.kind !== 'word' || t.capitalized) continue;
      const afterComma = tokens[m - 1].text === ',';
      let cut = -1;
      // "said he supported Vell, though his family did not": an elliptic contrast leans on the reported clause.
      if (afterComma && CONTRAST_OPENERS.has(t.lower) && tokens[m + 1]?.lower !== 'that' && !this.ellipticClause(m + 1, e)) cut = m - 1;
      // "…, despite the board's decision to …": the writer's concession, not part of what was said.
      // "…, which has sparked a feud": a relative on the whole statement, running to the end, is the writer's comment.
      else if (afterComma && t.lower === 'which' && this.commentOnStatement(m, e)) cut = m - 1;
      // "…to back Priorities USA, which had formed to support …": a relative on a name that closes the sentence is
      // the writer's gloss on the name.
      else if (afterComma && t.lower === 'which' && tokens[m - 2]?.kind === 'word' && tokens[m - 2].capitalized && m - 2 > s && this.runsToEnd(m, e)) cut = m - 1;
      // "…, the biggest advantage in years": a superlative appositive closing the sentence is the writer's gloss.
      else if (afterComma && t.lower === 'the' && this.closingSuperlative(m, e)) cut = m - 1;
      // "…he wanted to be his caddie, and Vell was happy to hear it": a new subject named after ", and" with its
      // own verb opens the writer's next clause.
      else if (afterComma && t.lower === 'and' && this.namedClauseAfter(m + 1, e)) cut = m - 1;
      // "acknowledging her missteps — failings it said are outweighed by …": a dash before a phrase with a cue and
      // a subject of its own opens another statement.
      else if (DASHES.has(tokens[m - 1].text) && tokens[m - 1].text !== '-' && this.cueWithin(m + 1, Math.min(e, m + 4)) && this.subjectPronounWithin(m, Math.min(e, m + 4))) cut = m - 1;
      // "said the vote was rigged, angering many voters": a participle of consequence is the writer's comment.
      else if ((afterComma || this.quoteEndsWithComma(m - 1)) && this.consequenceParticiple(m)) cut = afterComma ? m - 1 : m;
      // "…to Indiana and Missouri, two states where she is not competing": a counted appositive closing the
      // sentence glosses the names before it.
      else if (afterComma && this.closingCountedGloss(m, e)) cut = m - 1;
      else if (t.lower === 'despite' && (afterComma || this.quoteEndsWithComma(m - 1)) && this.runsToEnd(m, e)) cut = afterComma ? m - 1 : m;
      // "… going forward amid published reports that …": the writer's context, a report of its own.
      else if (t.lower === 'amid' && this.contentNounThatWithin(m + 1, Math.min(e, m + 4))) cut = afterComma ? m - 1 : m;
      // "…, according to two officials": the writer's source for the whole clause, not part of what was said.
      else if (t.lower === 'according' && tokens[m + 1]?.lower === 'to' && (afterComma || this.quoteEndsWithComma(m - 1))) cut = afterComma ? m - 1 : m;
      // A dash before a participle works like a comma: `telling them "…" - stopping short of …`.
      else if ((afterComma || DASHES.has(tokens[m - 1].text)) && cueVerb(t.lower)?.participle === true) cut = m - 1;
      // "…, publicly revealing a crack …": an adverb of manner may stand before the participle.
      else if (afterComma && this.isMannerAdverb(m) && tokens[m + 1]?.kind === 'word' && cueVerb(tokens[m + 1].lower)?.participle === true) cut = m - 1;
      else if (afterComma && inParticipleSeries && (t.lower === 'as' || t.lower === 'while' || t.lower === 'when') && tokens[m + 1]?.kind === 'word') cut = m - 1;
      // "…, while 30 percent call them …": a contrasting clause with its own speaker and cue.
      else if (t.lower === 'while' && (afterComma || this.quoteEndsWithComma(m - 1)) && this.cueWithin(m + 2, Math.min(e, m + 6))) cut = afterComma ? m - 1 : m;
      // In a series of participles ("…, rejecting A, using B and telling C"), the next one ends this one.
      else if (inParticipleSeries && (((afterComma || DASHES.has(tokens[m - 1].text)) && t.lower.endsWith('ing') && !NON_PARTICIPLE_ING.has(t.lower)) || (tokens[m - 1].lower === 'and' && cueVerb(t.lower)?.participle === true)) && tokens[m + 1]?.kind === 'word') cut = m - 1;
      else if (t.lower === 'and') {
        let c = m + 1;
        while (c <= e && c - m <= 3 && ((PRE_CUE_FILLERS.has(tokens[c].lower) && tokens[c].lower !== 'to') || this.isMannerAdverb(c))) c++;
        const verb = c <= e && !tokens[c].capitalized ? cueVerb(tokens[c].lower) : undefined;
        // Only an inflected cue ("says", "added", "told") starts a predication; "to look and think" goes on.
        if (verb && !verb.participle && tokens[c].lower !== verb.base && !isNounLike(tokens[c].lower)) cut = afterComma ? m - 1 : m;
      }
      if (cut < 0) continue;
      return this.lastBefore(s, cut);
    }
    return e;
  }

  /** Whether an auxiliary follows at `m`, or after a prepositional phrase from `m` ("at several stores has"), before `limit`. */
  private auxiliaryAfterNoun(m: number, limit: number): boolean {
    const { tokens } = this;
    if (AUXILIARIES.has(tokens[m]?.lower ?? '')) return true;
    if (!NP_CONNECTORS.has(tokens[m]?.lower ?? '')) return false;
    for (let c = m + 1; c <= limit && c < tokens.length; c++) {
      if (tokens[c].kind !== 'word' || (this.verbs[c] && !AUXILIARIES.has(tokens[c].lower))) return false;
      if (AUXILIARIES.has(tokens[c].lower)) return c > m + 1;
    }
    return false;
  }

  /** The comma closing a short aside (at most three words) that opens at `m`, with words after it before `e`, or -1. */
  private shortAsideClose(m: number, e: number): number {
    const { tokens } = this;
    for (let c = m + 1; c <= e && c - m <= 3; c++) {
      if (tokens[c].text === ',') return c < e && tokens[c + 1]?.kind === 'word' ? c : -1;
      if (tokens[c].kind !== 'word') return -1;
    }
    return -1;
  }

  /** Whether tokens `s`..`e` are a short subject and an auxiliary with nothing after it ("his family did not"). */
  private ellipticClause(s: number, e: number): boolean {
    const { tokens } = this;
    let last = e;
    while (last > s && tokens[last].kind === 'punct') last--;
    let aux = last;
    if (tokens[aux].lower === 'not' || tokens[aux].lower === 'never') aux--;
    // "did", "would", and the contractions "didn't", "won't".
    const auxiliary = AUXILIARIES.has(tokens[aux].lower) || /n['\u2019]t$/.test(tokens[aux].lower);
    if (aux <= s || aux - s > 4 || !auxiliary) return false;
    for (let m = s; m < aux; m++) if (tokens[m].kind !== 'word' || this.verbs[m]) return false;
    return true;
  }

  /** Whether a noun of content followed by "that" ("reports that", "fears that") starts between `s` and `e`. */
  private contentNounThatWithin(s: number, e: number): boolean {
    for (let m = s; m <= e; m++) if (CONTENT_NOUNS.has(this.tokens[m].lower) && this.tokens[m + 1]?.lower === 'that') return true;
    return false;
  }

  /**
   * "* Accidents refers to the number of …": a lone plural noun with the singular "refers" is a term being
   * defined (the word, not its referents, is the subject); no one is speaking.
   */
  private definedTerm(p: Phrase): boolean {
    const t = this.tokens[p.first];
    if (p.first !== p.last || !/[^s']s$/.test(t.lower) || PRONOUNS[t.lower] !== undefined || !this.nouns[p.first] || speakerNounClass(t.lower) !== undefined) return false;
    return this.entities.at(t.start)?.type !== 'person';
  }

  /**
   * Whether token `m` is a full quotation that ends a claim running from `s` to `e`: it is its own statement
   * ("said: "…""), unless it completes the reported clause after a copula.
   */
  private endsClaimAt(s: number, m: number, e: number): boolean {
    const t = this.tokens[m];
    return t.kind === 'quote' && this.quotes[t.quote].kind === 'full' && !this.completesCopula(s, m, e);
  }

  /**
   * Whether the full quotation at `m` is the predicate of the reported clause ("the mood was, "We won."",
   * "the remarks were "a smear. It ends now."") and closes the claim, which then keeps it.
   */
  private completesCopula(s: number, m: number, e: number): boolean {
    if (!this.afterCopula(m) || m - 2 <= s) return false;
    for (let c = m + 1; c <= e; c++) if (this.tokens[c].kind !== 'punct') return false;
    return true;
  }

  /** Whether the quotation token `m` follows a copula, with at most a comma or colon between. */
  private afterCopula(m: number): boolean {
    const { tokens } = this;
    let before = m - 1;
    if (tokens[before]?.text === ',' || tokens[before]?.text === ':') before--;
    return before >= 0 && tokens[before].kind === 'word' && COPULAS.has(tokens[before].lower);
  }

  /** Whether a capitalized name at `m` (one to three words) is followed by a copula or a past-tense verb, before `e`. */
  private namedClauseAfter(m: number, e: number): boolean {
    const { tokens } = this;
    // "…, and this time, the rival was …": a time phrase set off by a comma may open the clause.
    let c = m;
    while (c <= e && c - m < 3 && tokens[c].kind === 'word' && !tokens[c].capitalized && (TIME_MODIFIERS.has(tokens[c].lower) || TIME_NOUNS.has(tokens[c].lower) || tokens[c].lower === 'time')) c++;
    const first = c > m && tokens[c]?.text === ',' ? c + 1 : m;
    const definite = tokens[first]?.lower === 'the';
    c = definite ? first + 1 : first;
    while (c <= e && c - first < 4 && tokens[c].kind === 'word' && (definite ? !FUNCTION_WORDS.has(tokens[c].lower) && !this.verbs[c] : tokens[c].capitalized && !FUNCTION_WORDS.has(tokens[c].lower))) c++;
    if (c === first || c > e || tokens[c].kind !== 'word') return false;
    const predicate = COPULAS.has(tokens[c].lower) || (this.verbs[c] && tokens[c].lower.endsWith('ed'));
    // "the rival was …": a definite subject of the writer's next clause; "Vell was …": a named person.
    return predicate && (definite ? c > first + 1 : this.entities.at(tokens[first].start)?.type === 'person');
  }

  /** "angering …", "prompting …", "raising questions …": what a statement caused, in the writer's words. */
  private consequenceParticiple(m: number): boolean {
    const t = this.tokens[m];
    if (CONSEQUENCE_PARTICIPLES.has(t.lower)) return true;
    return t.lower === 'raising' && /^(?:questions|concerns|doubts|fears|eyebrows|alarm)$/.test(this.tokens[m + 1]?.lower ?? '');
  }

  /** Whether the words after "for" from `m` measure time ("the third time", "two weeks", "years"), not a reason. */
  private forDuration(m: number, e: number): boolean {
    const { tokens } = this;
    for (let c = m; c <= e && c - m < 4; c++) {
      if (tokens[c].kind !== 'word') return false;
      if (TIME_NOUNS.has(tokens[c].lower) || /^(?:times?|seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?)$/.test(tokens[c].lower)) return true;
    }
    return false;
  }

  /** Whether a count and a plural noun at `m` ("two states where …") open a phrase that runs to `e` with no comma. */
  private closingCountedGloss(m: number, e: number): boolean {
    const { tokens } = this;
    const count = tokens[m];
    const noun = tokens[m + 1];
    if (!(/^(?:two|three|four|five|six|seven|eight|nine|ten|both)$/.test(count.lower)) || noun?.kind !== 'word' || noun.capitalized || !/[^s']s$/.test(noun.lower)) return false;
    const relative = tokens[m + 2];
    if (relative?.kind !== 'word' || !/^(?:where|that|which|who|whose|with)$/.test(relative.lower)) return false;
    return this.runsToEnd(m + 2, e);
  }

  /** Whether "the" at `m` opens a superlative phrase ("the biggest …", "the most …") that runs to `e` with no comma. */
  private closingSuperlative(m: number, e: number): boolean {
    const { tokens } = this;
    const adjective = tokens[m + 1];
    if (adjective?.kind !== 'word' || !(SUPERLATIVES.has(adjective.lower) || /[^aeiou]iest$/.test(adjective.lower))) return false;
    return this.runsToEnd(m + 1, e);
  }

  /** Whether the phrase opening at `m` runs to `e` with no comma or quotation: an aside closed by a comma is inside. */
  private runsToEnd(m: number, e: number): boolean {
    for (let c = m + 1; c <= e; c++) if (this.tokens[c].text === ',' || this.tokens[c].kind === 'quote') return false;
    return true;
  }

  /**
   * Whether the "which" at `m` tells what a statement caused ("which has sparked a feud", "which prompted …") and runs
   * to `e` with no further comma; "a firm, which has agreed to …" describes a noun of the claim instead.
   */
  private commentOnStatement(m: number, e: number): boolean {
    const { tokens } = this;
    const verbAt = PERFECT_AUXILIARIES.has(tokens[m + 1]?.lower ?? '') ? m + 2 : m + 1;
    if (tokens[verbAt]?.kind !== 'word' || !CONSEQUENCE_VERBS.has(tokens[verbAt].lower)) return false;
    return this.runsToEnd(verbAt, e);
  }

  /**
   * Whether the object's "as" complement is still to come from token `from` on ("dismissed the remark in his
   * video as a joke"): a setting before it is inside the object, not after it.
   */
  private asComplementAfter(from: number, e: number): boolean {
    const { tokens } = this;
    for (let m = from; m <= e && m - from < 12; m++) {
      const t = tokens[m];
      if (t.lower === 'as') return true;
      if (t.kind === 'punct' || PARTICIPLE_SUBORDINATORS.has(t.lower)) return false;
    }
    return false;
  }

  /** Whether token `i` is a partial quotation whose words end with a comma: `… "long and lonely," she said`. */
  private endsPartialWithComma(i: number): boolean {
    const t = this.tokens[i];
    return t.kind === 'quote' && this.quotes[t.quote].kind === 'partial' && this.quoteEndsWithComma(i);
  }

  /** Whether token `i` is a quotation whose words end with a comma; reads only the trailing spaces. */
  private quoteEndsWithComma(i: number): boolean {
    const t = this.tokens[i];
    if (t.kind !== 'quote') return false;
    const content = this.quotes[t.quote].content;
    let e = content.end;
    while (e > content.start && /\s/.test(this.text[e - 1])) e--;
    return e > content.start && this.text[e - 1] === ',';
  }

  /** The last non-punctuation token before `cut`, but not before `s`. */
  private lastBefore(s: number, cut: number): number {
    let last = cut - 1;
    while (last > s && this.tokens[last].kind === 'punct') last--;
    return last;
  }

  /**
   * A noun-phrase content ends where an adjunct of the cue's own clause starts: "announced his bid last year
   * in Ohio", "labeled her a liar after dismissing …", "expressed frustration on Monday in an interview".
   * A content with a finite verb before the adjunct is a clause, whose time and place are reported too.
   */
  private endBeforeMainAdjunct(s: number, e: number): number {
    const { tokens } = this;
    for (let m = s + 1; m <= e; m++) {
      const t = tokens[m];
      if (t.kind !== 'word') continue;
      if (this.verbs[m] || AUXILIARIES.has(t.lower) || (cueVerb(t.lower) !== undefined && !t.lower.endsWith('ing'))) return e;
      const next = tokens[m + 1];
      const after = tokens[m + 2];
      // A bare weekday may also close a noun phrase ("a letter Friday advising …"): only before a pause or a
      // preposition is it the cue's time.
      const bareWeekday = WEEKDAYS.has(t.lower) && (next === undefined || next.kind === 'punct' || ADJUNCT_PREPOSITIONS.has(next.lower));
      const weekday = bareWeekday || ((t.lower === 'on' || t.lower === 'late' || t.lower === 'early') && next !== undefined && WEEKDAYS.has(next.lower));
      const relative = (t.lower === 'last' || t.lower === 'this' || t.lower === 'earlier') && next !== undefined && TIME_NOUNS.has(next.lower);
      const participle = (t.lower === 'after' || t.lower === 'before' || t.lower === 'while') && next?.kind === 'word' && next.lower.endsWith('ing') && !NON_PARTICIPLE_ING.has(next.lower);
      const setting = t.lower === 'in' && next !== undefined && DETERMINERS.has(next.lower) && after !== undefined && MESSAGE_NOUNS.has(after.lower) && !this.asComplementAfter(m + 3, e);
      if (!weekday && !relative && !participle && !setting && t.lower !== 'yesterday') continue;
      // "hammered the media on Monday for its polls": the reason after the time is still what was criticized.
      const timeEnd = bareWeekday || t.lower === 'yesterday' ? m : m + 1;
      if ((weekday || relative || t.lower === 'yesterday') && tokens[timeEnd + 1]?.lower === 'for' && timeEnd + 2 <= e && !this.forDuration(timeEnd + 2, e)) continue;
      let last = m - 1;
      while (last > s && tokens[last].kind === 'punct') last--;
      return last;
    }
    return e;
  }

  /**
   * "Ferries, Quill says, have no timetable …": a parenthetical cue interrupts one reported sentence, so the
   * claim is the whole sentence around the aside, "…, she concluded, and …" included.
   */
  private claimAfterAside(subjectFirst: number, cueEnd: number): Span | null {
    const { tokens } = this;
    if (subjectFirst === 0 || tokens[subjectFirst - 1].text !== ',') return null;
    let s = cueEnd + 1;
    while (s < tokens.length && tokens[s].kind === 'word' && TIME_ADVERBS.has(tokens[s].lower)) s++;
    // "…, he said in the video, …": a short setting may follow the cue inside the aside.
    if (tokens[s]?.kind === 'word' && ASIDE_SETTINGS.has(tokens[s].lower)) {
      let m = s + 1;
      while (m < tokens.length && m - s < 6 && tokens[m].kind === 'word' && cueVerb(tokens[m].lower) === undefined) m++;
      if (tokens[m]?.text === ',') s = m;
    }
    if (tokens[s]?.text !== ',') return null;
    s++;
    const opening = this.asideOpening(subjectFirst - 1);
    const next = tokens[s];
    // "…, officials said, although they …": a new clause, not the rest of the reported sentence; after a
    // reported opening, "and"/"but" goes on with the same sentence.
    const coordinated = next?.kind === 'word' && (next.lower === 'and' || CONTRAST_OPENERS.has(next.lower)) && next.lower !== 'though' && next.lower !== 'although';
    if (next?.kind === 'word' && !(coordinated && opening >= 0) && (SUBORDINATORS.has(next.lower) || CONTRAST_OPENERS.has(next.lower) || next.lower === 'and' || cueVerb(next.lower)?.participle === true)) return null;
    const end = this.claimLimit(cueEnd);
    let e = end;
    while (e > s && tokens[e].kind === 'punct') e--;
    if (e - s < 2 || tokens[s].kind !== 'word') return null;
    return { start: tokens[opening >= 0 ? opening : s].start, end: tokens[e].end };
  }

  /**
   * The first token of the reported words before a parenthetical cue's comma ("Democrats, X noted, …"), or -1
   * when they are no plain clause start: a subordinate clause ("While A, X said, B") is the writer's frame.
   */
  private asideOpening(comma: number): number {
    const { tokens } = this;
    let s = this.clauseFloor(comma);
    while (s < comma && (tokens[s].kind === 'punct' || (tokens[s].kind === 'word' && LEADING_CONJUNCTIONS.has(tokens[s].lower)))) s++;
    // "After the vote was counted, X said …": a time clause is the writer's frame, not reported words.
    if (s < comma && TIME_SUBORDINATORS.has(tokens[s].lower)) return -1;
    s = this.afterIntroductoryPhrase(s, comma - 1);
    if (s >= comma || tokens[s].kind !== 'word') return -1;
    for (let m = s; m < comma; m++) {
      const t = tokens[m];
      if (t.kind === 'quote' && this.quotes[t.quote].kind === 'full') return -1;
      if (t.kind === 'word' && (SUBORDINATORS.has(t.lower) || CONDITION_OPENERS.has(t.lower) || TIME_SUBORDINATORS.has(t.lower)) && (m === s || tokens[m - 1].text === ',')) return -1;
    }
    return s;
  }

  /** After the comma opening a hearer's appositive, the "to" of ", to <verb>" that closes it, or -1. */
  private toAfterAppositive(comma: number, end: number): number {
    const { tokens } = this;
    for (let m = comma + 1; m < end && m - comma <= 30; m++) {
      const t = tokens[m];
      if (t.kind === 'quote' || SENTENCE_PUNCT.has(t.text) || t.text === ';') return -1;
      if (t.text === ',' && tokens[m + 1]?.lower === 'to' && tokens[m + 2]?.kind === 'word' && !tokens[m + 2].capitalized) return m + 1;
    }
    return -1;
  }

  /** The last token of a hearer after "told": "reporters", "the BBC", "Surrey's councillors", "him". */
  private hearerEnd(s: number, end: number): number {
    const { tokens } = this;
    const first = tokens[s];
    // "asks in the subject line": a preposition opens a setting, not the hearer; "(was) told he had …": a
    // subject pronoun opens the reported clause.
    if (first.kind !== 'word' || (!first.capitalized && (PHRASE_BOUNDARIES.has(first.lower) || SUBJECT_PRONOUNS.has(first.lower)))) return s - 1;
    let e = s;
    if (first.capitalized) {
      while (e + 1 <= end && tokens[e + 1].kind === 'word' && tokens[e + 1].capitalized) e++;
      // "Surrey's councillors"
      if (/['\u2019]s$/.test(tokens[e].lower) && e + 1 <= end && tokens[e + 1].kind === 'word') e++;
      // "Ukrainian politicians", "Canadian officials": a nationality before its noun.
      else if (DEMONYM_ENDING.test(tokens[e].lower) && e + 1 <= end && this.isPluralNoun(e + 1)) e++;
      return e;
    }
    if (DETERMINERS.has(first.lower)) {
      while (e + 1 <= end && e - s < 3 && tokens[e + 1].kind === 'word' && !DETERMINERS.has(tokens[e + 1].lower) && !PHRASE_BOUNDARIES.has(tokens[e + 1].lower) && !PRONOUNS[tokens[e + 1].lower]) {
        e++;
        if (speakerNounClass(tokens[e].lower) !== undefined || /s$/.test(tokens[e].lower)) break;
      }
    }
    return e;
  }

  /** The reported clause before a final cue: "The airport is a target, the spokesman said." */
  /** Whether the cue is a relative clause's verb ("Tolk, who advises …"), not the subject's own. */
  private relativeBetween(subjectLast: number, k: number): boolean {
    let m = k - 1;
    while (m > subjectLast && (this.isFiller(m) || this.isMannerAdverb(m))) m--;
    return m > subjectLast && RELATIVE_PRONOUNS.has(this.tokens[m].lower);
  }

  /**
   * "Ada Quill, the mayor who said the bridge is safe, left": a relative clause set off by a comma is an aside,
   * and a comma followed by a verb closes it; the main clause's predicate is no part of the claim.
   */
  private endAtAsideClose(claim: Span, subjectLast: number, k: number, cueEnd: number): Span {
    const { tokens } = this;
    if (!this.hasCommaBetween(subjectLast, k)) return claim;
    for (let m = cueEnd + 1; m < tokens.length && tokens[m].start < claim.end; m++) {
      if (tokens[m].text !== ',') continue;
      const next = tokens[m + 1];
      const predicate = next?.kind === 'word' && !next.capitalized && (this.verbs[m + 1] || AUXILIARIES.has(next.lower)) && !next.lower.endsWith('ing');
      if (!predicate) continue;
      const last = this.lastBefore(cueEnd + 1, m);
      return tokens[last].end > claim.start ? { start: claim.start, end: tokens[last].end } : claim;
    }
    return claim;
  }

  private claimBefore(speakerFirst: number, cueEnd: number): { span: Span; speaker?: Phrase } | null {
    const { tokens } = this;
    const end = this.sentenceEnd[cueEnd];
    // "…, experts told me this week", "…, officials told reporters": the hearer comes first.
    const cue = cueVerb(tokens[cueEnd].lower);
    let afterCue = cueEnd + 1;
    if (cue && HEARER_VERBS.has(cue.base) && afterCue <= end && tokens[afterCue].kind === 'word') afterCue = this.hearerEnd(afterCue, end) + 1;
    // Only fillers and time words may follow the cue up to the sentence end.
    for (let m = afterCue; m <= end; m++) {
      const t = tokens[m];
      if (t.kind === 'punct' && (SENTENCE_PUNCT.has(t.text) || t.text === ',')) continue;
      if (t.kind === 'word' && (WEEKDAYS_AND_TIME.has(t.lower) || /^\d/.test(t.text))) continue;
      // "…, the paper wrote while acknowledging …": a time clause of the cue's own.
      if (m > afterCue || (t.kind === 'word' && CUE_TIME_CLAUSES.has(t.lower))) break;
      return null;
    }
    let comma = speakerFirst - 1;
    // "…, as some of her supporters privately noted.": "as" before a final cue's subject marks the clause before
    // as what they said.
    // Only a verb of saying that ends the sentence: "even if, as X noted at one point, it …" is an aside, and
    // "as officials expected" a comparison with a belief.
    if (tokens[comma]?.lower === 'as' && !tokens[comma].capitalized && tokens[comma - 1]?.text === ',' && cue?.forQuotes === true && tokens[cueEnd + 1]?.kind === 'punct' && SENTENCE_PUNCT.has(tokens[cueEnd + 1].text)) comma--;
    let speaker: Phrase | undefined;
    // "…, an official familiar with the matter said": the speaker phrase runs on left of its found start.
    for (let m = comma; m >= 0 && speakerFirst - m <= 8 && tokens[m].kind === 'word' && !tokens[m].capitalized && !(PHRASE_BOUNDARIES.has(tokens[m].lower) && !NP_CONNECTORS.has(tokens[m].lower)) && cueVerb(tokens[m].lower) === undefined; m--) {
      if (tokens[m - 1]?.text !== ',' || !DETERMINERS.has(tokens[m].lower)) continue;
      let speakerNoun = -1;
      for (let n = m + 1; n < speakerFirst && speakerNoun < 0; n++) if (speakerNounClass(tokens[n].lower) !== undefined) speakerNoun = n;
      if (speakerNoun >= 0) {
        comma = m - 1;
        speaker = { first: m, last: speakerNoun };
      }
    }
    // `Her stay has been "long and lonely," she said`: the comma closes a partial quotation, which ends the claim.
    const quoted = speaker === undefined && comma >= 0 && this.endsPartialWithComma(comma);
    if (comma < 0 || (tokens[comma].text !== ',' && !quoted)) return null;
    const start = this.clauseFloor(comma);
    let s = start;
    while (s < comma && tokens[s].kind === 'punct') s++;
    s = this.afterIntroductoryPhrase(s, comma - 1);
    let e = quoted ? comma : comma - 1;
    if (e < s) return null;
    // "After the deal was signed, X said in a letter …": a lone subordinate clause frames the sentence; it is
    // not what was said.
    const opener = tokens[s].lower;
    if (SUBORDINATORS.has(opener) || TIME_SUBORDINATORS.has(opener)) {
      let inner = false;
      for (let m = s + 1; m <= e && !inner; m++) inner = tokens[m].text === ',';
      if (!inner) return null;
    }
    // "For a decade beginning in 2005, Quill advised …": a prepositional phrase without a verb is the writer's frame.
    if (INTRODUCTORY_PREPOSITIONS.has(opener) && !quoted && !this.hasCommaBetween(s, e) && !this.hasFiniteVerb(s, e)) return null;
    // "X explained that Y "…," he wrote": the words before the quotation report on their own.
    if (quoted) for (let m = s; m < e; m++) if (tokens[m].kind === 'word' && !tokens[m].capitalized && cueVerb(tokens[m].lower) !== undefined) return null;
    // `"It's time to …" and enact her agenda, X said.`: a clause that goes on from a quotation with "and" or
    // "or" holds the quotation, which opens what was said.
    let opening = -1;
    if (s > 0 && (tokens[s].lower === 'and' || tokens[s].lower === 'or') && tokens[s - 1].kind === 'quote' && s - 1 === this.sentenceStart[s - 1]) {
      opening = s - 1;
      s = opening;
    }
    if (tokens[s].kind === 'quote' && tokens[e].kind === 'quote') return null;
    for (let m = s; m <= e; m++) if (m !== opening && tokens[m].kind === 'quote' && this.quotes[tokens[m].quote].kind === 'full') return null;
    let words = 0;
    for (let m = s; m <= e; m++) if (tokens[m].kind === 'word') words++;
    // "Prices rose, she said": a short clause counts when a verb follows its subject; "The deal, she said, …"
    // and "Asked about it, she said …" do not.
    if (words < 4 && !(words >= 2 && this.verbAfterSubject(s, e))) return null;
    while (e > s && tokens[e].kind === 'punct') e--;
    comma = e;
    return { span: { start: tokens[s].start, end: tokens[comma].end }, speaker };
  }

  /**
   * "Despite the criticism, the project went ahead, X said": an introductory prepositional phrase is the
   * writer's framing, not part of the reported clause. Returns the first token after its comma, or `s`.
   */
  private afterIntroductoryPhrase(s: number, e: number): number {
    const { tokens } = this;
    if (!INTRODUCTORY_PREPOSITIONS.has(tokens[s]?.lower ?? '')) return s;
    for (let m = s + 1; m < e && m - s <= 15; m++) {
      if (tokens[m].kind === 'quote') return s;
      if (tokens[m].text === ',') return e - m >= 3 ? m + 1 : s;
    }
    return s;
  }

  /**
   * "according to data compiled by the port authority", "a report by the UN": the agent after "by" is the
   * source the writer relies on. `last` is the source noun phrase's last token.
   */
  private agentOfSource(first: number, last: number): Phrase | null {
    const { tokens } = this;
    // "Labor Department data compiled by X" is the department's data; "hacked emails posted by X" are not X's.
    for (let m = first; m <= last; m++) if (tokens[m].capitalized && !DETERMINERS.has(tokens[m].lower)) return null;
    let by = last + 1;
    if (AUTHORSHIP_PARTICIPLES.has(tokens[by]?.lower ?? '') && tokens[by + 1]?.lower === 'by') by++;
    if (tokens[by]?.lower !== 'by' || tokens[by].kind !== 'word') return null;
    const agent = this.phraseRight(by + 1);
    if (!agent) return null;
    const opener = tokens[agent.first];
    const named = opener.capitalized || (DETERMINERS.has(opener.lower) && tokens[agent.first + 1]?.capitalized === true);
    return named && PRONOUNS[opener.lower] === undefined && !POSSESSIVE_PRONOUNS.has(opener.lower) && opener.lower !== 'its' ? agent : null;
  }

  /** "According to X, …" and "…, according to X." */
  private accordingTo(k: number, out: DraftClaim[]): void {
    const { tokens } = this;
    // Any noun names a source after "according to" ("according to excerpts flagged by …").
    const source = tokens[k + 2];
    const bare = source !== undefined && source.kind === 'word' && !source.capitalized && !FUNCTION_WORDS.has(source.lower) && !PHRASE_BOUNDARIES.has(source.lower) && !DETERMINERS.has(source.lower);
    const found = this.phraseRight(k + 2) ?? (bare ? { first: k + 2, last: k + 2 } : null);
    if (!found) return;
    // A source holds no verb, so it runs on over nouns that look like cues: "local news reports", "media reports".
    let sourceLast = found.last;
    while (sourceLast - found.first < 8) {
      const next = tokens[sourceLast + 1];
      if (next?.kind !== 'word' || next.capitalized || FUNCTION_WORDS.has(next.lower) || PHRASE_BOUNDARIES.has(next.lower) || TIME_ADVERBS.has(next.lower)) break;
      // A parser may read "news reports" as a sentence; after "according to", a plural in -s is a noun.
      if ((this.verbs[sourceLast + 1] && !/[^s]s$/.test(next.lower)) || next.lower.endsWith('ing') || next.lower.endsWith('ly')) break;
      sourceLast++;
    }
    const np = this.agentOfSource(found.first, sourceLast) ?? (sourceLast === found.last ? found : (this.validPhrase({ first: found.first, last: sourceLast }) ?? found));
    // "according to our totals", "according to my count": the writer's own source, which the text does not name
    // ("according to our reporter", "our readers" name speakers).
    const sourceClass = speakerNounClass(tokens[np.last].lower);
    const writers = FIRST_PERSON_POSSESSIVES.has(tokens[np.first].lower) && sourceClass !== 'person' && sourceClass !== 'group';
    const attribution: Attribution | Unsourced = writers ? { mention: null, cue: this.cueSpan(k, k + 1) } : this.makeAttribution(np, k, k + 1, this.appositiveAfter(np.last));
    const sentenceFirst = this.sentenceStart[k];
    const sentenceLast = this.claimLimit(k);
    let leading = true;
    for (let m = sentenceFirst; m < k && leading; m++) if (tokens[m].kind === 'word' && !INTRO_WORDS.has(tokens[m].lower)) leading = false;
    if (leading) {
      let s = np.last + 1;
      while (s <= sentenceLast && tokens[s].kind === 'word' && s - np.last < 15) s++;
      // "According to the study — which used data from X — the sector …", "…, which used data from X, the
      // sector …": an aside about the source closes before the claim.
      const dashed = DASHES.has(tokens[s]?.text ?? '');
      if (dashed || (tokens[s]?.text === ',' && RELATIVE_PRONOUNS.has(tokens[s + 1]?.lower ?? ''))) {
        let close = s + 1;
        while (close <= sentenceLast && close - s < 30 && (dashed ? !DASHES.has(tokens[close].text) : tokens[close].text !== ',')) close++;
        if (close > sentenceLast || close - s >= 30) return;
        s = close;
        if (dashed && tokens[s + 1]?.text === ',') s++;
      } else if (tokens[s]?.text !== ',') return;
      s++;
      let e = sentenceLast;
      while (e > s && tokens[e].kind === 'punct') e--;
      if (e - s < 2) return;
      out.push({ start: tokens[s].start, end: tokens[e].end, paragraph: this.paragraph, attribution });
      return;
    }
    // `… the book "Cash Flow," according to X`: the comma may close a partial quotation, which ends the claim.
    const quoted = k > 0 && this.endsPartialWithComma(k - 1);
    if (k === 0 || (tokens[k - 1].text !== ',' && !quoted)) return;
    let s = this.clauseFloor(k - 1);
    while (s < k - 1 && tokens[s].kind === 'punct') s++;
    s = this.afterIntroductoryPhrase(s, k - 2);
    let e = quoted ? k - 1 : k - 2;
    while (e > s && tokens[e].kind === 'punct') e--;
    if (e - s < 2 && !(e > s && this.verbAfterSubject(s, e))) return;
    out.push({ start: tokens[s].start, end: tokens[e].end, paragraph: this.paragraph, attribution });
  }

  // ——— Names, for speakers' full names, roles and pronoun antecedents ———

  collectNames(out: NameOccurrence[]): void {
    const { tokens, text } = this;
    // A section head ("Construction Weakness") names no one a later pronoun refers to; a byline does.
    const label = this.isLabelLine();
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i];
      if (t.kind !== 'word' || !t.capitalized || FUNCTION_WORDS.has(t.lower) || this.capitalizedPastVerb(i)) {
        i++;
        continue;
      }
      let j = i;
      for (;;) {
        const next = tokens[j + 1];
        if (!next || next.kind !== 'word') break;
        if (next.capitalized && !FUNCTION_WORDS.has(next.lower) && !this.capitalizedPastVerb(j + 1)) {
          j++;
          continue;
        }
        const after = tokens[j + 2];
        const joinsName = NAME_PARTICLES.has(next.lower) && after?.capitalized === true;
        // "Secretary of State", "Minister for Foreign Affairs", "University of the Fraser Valley".
        const joinsTitle = TITLE_CONNECTORS.has(next.lower) && TITLE_WORDS.has(tokens[j].lower) && after !== undefined && after.kind === 'word' && (after.capitalized || (after.lower === 'the' && tokens[j + 3]?.capitalized === true));
        if (!joinsName && !joinsTitle) break;
        j += after.lower === 'the' && joinsTitle ? 3 : 2;
      }
      // Split titles off the front: the name is the trailing run of non-title words.
      let nameFirst = j;
      while (nameFirst - 1 >= i && !TITLE_WORDS.has(tokens[nameFirst - 1].lower)) nameFirst--;
      const last = tokens[j];
      const entity = this.entities.at(last.start);
      let lettersOnly = true;
      for (let m = nameFirst; m <= j; m++) if (!/^\p{Lu}/u.test(tokens[m].text) && !NAME_PARTICLES.has(tokens[m].lower)) lettersOnly = false;
      const isPersonLike = lettersOnly && (entity ? entity.type === 'person' : !ORGANIZATION_SUFFIXES.has(last.lower) && !isAcronym(last) && speakerNounClass(last.lower) === undefined && !TITLE_WORDS.has(last.lower) && !WEEKDAYS_AND_TIME.has(last.lower) && !MONTH_ABBREVIATIONS.has(tokens[nameFirst].lower));
      if (isPersonLike) {
        let gender: Gender = null;
        for (let m = Math.max(0, i - 2); m < nameFirst; m++) gender = gender ?? genderOf(tokens[m].lower);
        let roleFirst = i;
        while (roleFirst < nameFirst && HONORIFICS.has(tokens[roleFirst].lower)) roleFirst++;
        // "Maersk spokesman Jonas Lund": lower-case role words before the capitalized run.
        let lowerRoleFirst = i;
        while (lowerRoleFirst - 1 >= 0 && tokens[lowerRoleFirst - 1].kind === 'word' && !tokens[lowerRoleFirst - 1].capitalized && speakerNounClass(tokens[lowerRoleFirst - 1].lower) === 'person' && i - lowerRoleFirst < 3) lowerRoleFirst--;
        // "founder and leader X": two titles joined by "and" are one role.
        if (lowerRoleFirst < i && tokens[lowerRoleFirst - 1]?.lower === 'and' && this.isPersonTitle(lowerRoleFirst - 2)) lowerRoleFirst -= 2;
        if (lowerRoleFirst < i) {
          gender = gender ?? genderOf(tokens[lowerRoleFirst].lower);
          while (lowerRoleFirst - 1 >= 0 && tokens[lowerRoleFirst - 1].kind === 'word' && tokens[lowerRoleFirst - 1].capitalized && !FUNCTION_WORDS.has(tokens[lowerRoleFirst - 1].lower)) lowerRoleFirst--;
          roleFirst = lowerRoleFirst;
        }
        const role = roleFirst < nameFirst && !HONORIFICS.has(tokens[nameFirst - 1].lower) ? text.slice(tokens[roleFirst].start, tokens[nameFirst - 1].end) : null;
        if (j > nameFirst) gender = gender ?? firstNameGender(tokens[nameFirst].lower);
        // A clause's subject (sentence-initial, after an introductory comma, or before a verb): pronouns
        // later in the text usually refer back to subjects, not to names in objects.
        const phraseStart = Math.min(roleFirst, i);
        const before = tokens[phraseStart - 1];
        const after = tokens[j + 1];
        let parsedPerson = false;
        for (let m = nameFirst; m <= j; m++) parsedPerson = parsedPerson || this.personWords[m];
        // "Trump's campaign": a possessor is named, not the subject, and the name ends before "'s". "Trump's
        // father has been …": a person noun after it makes the whole phrase the person a later "he" refers to.
        const possessor = /['\u2019]s$/.test(last.text);
        const kin = possessor && after?.kind === 'word' && !after.capitalized && speakerNounClass(after.lower) === 'person';
        const nameEnd = kin ? after.end : possessor ? last.end - 2 : last.end;
        if (kin) gender = genderOf(after.lower);
        const follower = kin ? tokens[j + 2] : after;
        const subject = (!possessor || kin) && (!label || parsedPerson) && (phraseStart === this.sentenceStart[phraseStart] || before?.text === ',' || (follower !== undefined && follower.kind === 'word' && !follower.capitalized && (cueVerb(follower.lower) !== undefined || SUBJECT_FOLLOWERS.has(follower.lower))));
        out.push({
          span: { start: tokens[nameFirst].start, end: nameEnd },
          name: text.slice(tokens[nameFirst].start, nameEnd),
          role,
          gender,
          paragraph: this.paragraph,
          sentenceInitial: nameFirst === this.sentenceStart[nameFirst],
          isPerson: entity?.type === 'person' || (j > nameFirst && !this.entities.known) || role !== null,
          subject,
        });
      }
      i = j + 1;
    }
  }
}

/** How many words `span` of `text` holds, counting no further than `limit` (a bounded look). */
function wordsUpTo(text: string, span: Span, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = span.start; i < span.end && words < limit; i++) {
    const space = /\s/.test(text[i]);
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/** "a former minister" → "former minister"; "herself a former minister" → "former minister". */
function stripArticle(s: string): string {
  return s.replace(/^(?:(?:him|her|it)self\s+|themselves\s+)?(?:the|a|an)\s+/i, '');
}

function genderOf(lower: string): Gender {
  if (FEMALE_MARKERS.has(lower)) return 'f';
  if (MALE_MARKERS.has(lower)) return 'm';
  return null;
}
