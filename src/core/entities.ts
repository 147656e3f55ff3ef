/**
 * Named entities (person, place, organization) plus dates and numbers.
 *
 * compromise tags are one source of evidence among several, because it misses unknown people and most
 * organizations. Names are found as chunks of capitalized words, then classified by, in order: the user
 * lexicon, the built-in lexicon, head words ("… Ministry", "University of …", "… Airport"), titles
 * ("Secretary of State Hillary Clinton"), first names, verbs of saying, prepositions of place, acronyms and
 * compromise's tags. Surnames of people named in full make later surname-only mentions persons. Dates and
 * numbers come from patterns, since compromise's core has no date parser and groups numbers loosely.
 */
import { ORGANIZATION_DESCRIPTORS, ORGANIZATION_HEADS, webDomainBase } from './cues';
import { BUILT_IN_LEXICON, COMMON_FIRST_NAME_SET, COUNTRY_SET, FIRST_NAME_SET, GROUP_WORD_SET, PERSON_TITLES } from './lexicon';
import { dictionaryTag, isKnownWord, parseIdentity } from './nlp';
import { detach } from './strings';
import type { ParagraphParse, Term } from './nlp';
import type { Entity, EntityType, Paragraph, Span } from './types';

type NameType = 'person' | 'place' | 'organization';

/** Heads that also lead: "Ministry of Defence", "University of Texas", "Bank of England". */
const LEADING_ORGANIZATION_HEADS = new Set(
  'Ministry|Department|University|Bank|Council|Church|Institute|Office|Federation|Union|League|Party|Court|College|Academy|Board|Commission|Committee|Organization|Organisation|Association|Society|House|Chamber|Government|Bureau|Agency|Centre|Center|Municipality'.split('|'),
);
const PLACE_HEADS = new Set(
  ('Airport|Street|St.|Road|Avenue|Ave.|Boulevard|Square|Bridge|River|Lake|Mountain|Mountains|Mount|Mt.|Island|' +
    'Islands|Sea|Ocean|Bay|Gulf|Coast|Valley|Desert|Peninsula|Strait|Canal|County|Province|Region|District|' +
    'City|Town|Village|Heights|Hills|Stadium|Arena|Station|Park|Hall|Palace|Castle|Tower|Towers|Port|Harbour|' +
    'Harbor|Camp|Base|Border|Crossing|Prison|Plaza|Beach|Forest|Falls|Canyon|Memorial|Centre|Center')
    .split('|'),
);
/** Titles that also open the names of places and buildings: "King George Station", "Saint Mary Hall". */
const PLACE_NAMING_TITLES = new Set(['king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sultan', 'sheikh', 'emir', 'lord', 'lady', 'sir', 'dame', 'general', 'father', 'bishop', 'cardinal']);
/** Lower-case words between a person's name and the body they belong to. */
const MEMBER_CONNECTORS = new Set(['of', 'at', 'for']);
/** Last words of event names ("Taipei City Lantern Festival", "Fan Expo"): events are neither places nor organizations. */
const EVENT_HEADS = new Set(
  ('Festival|Festivals|Expo|Fair|Championship|Championships|Cup|Games|Olympics|Olympiad|Marathon|Tournament|' +
    'Summit|Awards|Prize|Convention|Carnival|Parade|Gala|Biennale|Derby|Grand Prix')
    .split('|'),
);
/** Capitalized words that complete a title rather than start a name ("Secretary of State", "Foreign Minister"). */
const TITLE_COMPLEMENTS = new Set(
  ('State|Defense|Defence|Foreign|Affairs|Interior|Home|Finance|Justice|Health|Education|Energy|Commerce|Trade|' +
    'Labor|Labour|Agriculture|Transport|Transportation|Environment|Security|General|Staff|Joint|Chiefs|Attorney|' +
    'Prime|Vice|Deputy|Executive|Chief|Senior|Acting|Interim|Former|Shadow|Supreme|Grand|High|First|Lady|National|' +
    'Economy|Economic|Development|Culture|Information|Communications|Treasury|Public|Works|Housing|Immigration|' +
    'Refugees|Human|Rights|Peace|Special|Envoy|Representative|Affair|Minister|Secretary|President|Majority|' +
    'Minority|Leader|Whip|Speaker|House|Senate|Emeritus|Managing|Director|Editor|Operating|Officer|Financial')
    .split('|'),
);
const NAME_CONNECTORS = new Set(['of', 'for', 'de', 'du', 'da', 'di', 'del', 'della', 'der', 'den', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'y', 'and', 'the', '&', 'on']);
/** Connectors that only belong inside organization names ("Council on Foreign Relations", "Bosnia and Herzegovina"). */
const WEAK_CONNECTORS = new Set(['and', 'the', '&', 'on', 'for']);
const SPEECH_VERBS = new Set(
  ('said|says|say|told|tells|added|adds|asked|asks|warned|warns|declared|declares|insisted|insists|noted|notes|' +
    'argued|argues|wrote|writes|tweeted|tweets|stated|states|explained|explains|claimed|claims|announced|' +
    'announces|replied|replies|responded|responds|continued|continues|acknowledged|acknowledges|admitted|' +
    'admits|believes|believed|thinks|thought|recalled|recalls|urged|urges|stressed|stresses|added|according|' +
    'confirmed|confirms|denied|denies|suggested|suggests|predicted|predicts|reported|reports|testified|' +
    'commented|comments|countered|counters|conceded|concedes|emphasised|emphasized|observed|observes')
    .split('|'),
);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'into', 'from', 'towards', 'toward', 'to', 'via']);
/** All-capital words that are not organizations. */
const NON_ENTITY_ACRONYMS = new Set(
  ('I|A|OK|TV|AM|PM|A.M.|P.M.|CEO|CFO|COO|CTO|GDP|ID|DNA|PC|US|USA|UK|EU|II|III|IV|VI|VII|VIII|IX|XI|XX|' +
    'AIDS|HIV|COVID|SARS|MP|MPs|MEP|DJ|PhD|MBA|BA|MA|BC|AD|CE|BCE|OMG|LOL|FAQ|PDF|USB|GPS|SMS|URL|HTML|AI|IT|' +
    'VIP|RIP|ETA|ASAP|NB|PS|FYI|NEWS|UPDATE|BREAKING|EXCLUSIVE|VIDEO|PHOTO|PHOTOS|WATCH|LIVE|READ|MORE|NOTE|' +
    'UTC|GMT|EST|EDT|PST|PDT|CET|KM|KG|MPH|CO2|NO|YES|THE|AND|OF|TO|IN|ON|AT|BY|FOR|IS|IT')
    .split('|'),
);
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const CALENDAR_WORDS = new Set([...MONTHS.split('|'), ...MONTH_ABBREVIATIONS.split('|'), ...WEEKDAYS.split('|')]);

const POSSESSIVE_SUFFIX = /(?:['’]s|['’])$/;
const CAPITALIZED = /^(?:\p{Lu}|(?:al|el|ad|as|ash|at|ibn|bin)-\p{Lu})/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}&]{1,4}|(?:\p{Lu}\.){2,4})$/u;
const ROMAN_NUMERAL = /^[IVXLCDM]+$/;
const LOWER_START = /^\p{Ll}/u;
/** Ideas, not places, even after "to" or "in": "subject to Islamophobia", "in Catholicism". */
const ABSTRACT_NOUN = /\p{Ll}(?:ism|isms|phobia|philia|ology|ity|ness|ment|ship)$/u;

/** A word of the paragraph: a compromise term with its possessive ending set aside. */
interface Word {
  readonly start: number;
  /** End without a possessive "'s". */
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  readonly tags: readonly string[];
  readonly possessive: boolean;
  readonly capitalized: boolean;
  /** First word of a sentence, or right after an opening quote or bracket. */
  readonly initial: boolean;
  /** The text between the previous word's end (possessive included) and this word. */
  readonly gap: string;
}

interface Candidate extends Span {
  readonly type: EntityType;
  /** Higher wins an overlap. */
  readonly priority: number;
}

const PRIORITY = { user: 5, name: 4, date: 3, number: 2, propagated: 1 } as const;

export function extractEntities(
  text: string,
  paragraphs: readonly Paragraph[],
  parses: readonly ParagraphParse[],
  lexicon: Readonly<Record<string, EntityType>> | undefined,
): Entity[] {
  const userLexicon = toUserLexicon(lexicon);
  const lexiconKey = JSON.stringify([...userLexicon].sort());
  const locals = paragraphs.map((paragraph, p) => localEntities(text, paragraph, parses[p], userLexicon, lexiconKey));
  const known = new KnownNames();
  let scores = 0;
  const sportsWords = new Set<string>();
  for (const local of locals) {
    for (const [surface, type, certain] of local.learned) known.learn(surface, type, certain);
    scores += local.scores;
    for (const word of local.sportsWords) sportsWords.add(word);
  }
  // Three different sports words, not one repeated: "a 5-4 ruling" and "a DNA match" make no match report.
  const sports = scores >= 2 && sportsWords.size >= 3;
  const entities: Entity[] = [];
  for (let p = 0; p < paragraphs.length; p++) {
    const offset = paragraphs[p].start;
    const local = locals[p];
    let found: Candidate[] = local.accepted;
    // Names met elsewhere in the document fill the gaps the paragraph left ("Brahimi" after "Lakhdar Brahimi").
    const propagated = local.unresolved.flatMap((chunk): Candidate[] => {
      const type = known.typeOf(chunk.text);
      return type ? [{ start: chunk.start, end: chunk.end, type, priority: PRIORITY.propagated }] : [];
    });
    if (propagated.length > 0) found = resolveOverlaps(paragraphs[p].end - offset, [...found, ...propagated]);
    for (const c of found) {
      const start = c.start + offset;
      const end = c.end + offset;
      const surface = text.slice(start, end);
      entities.push({ start, end, text: surface, type: sports ? asNationalTeam(text, start, surface, c.type) : c.type });
    }
  }
  return entities;
}

/** What one paragraph contributes on its own, relative to its start; cached with its parse. */
interface LocalEntities {
  /** Non-overlapping, sorted. */
  readonly accepted: Candidate[];
  /** Capitalized chunks nothing typed: names seen elsewhere may still type them. */
  readonly unresolved: readonly { readonly start: number; readonly end: number; readonly text: string }[];
  readonly learned: readonly Learned[];
  readonly scores: number;
  /** Distinct sports words, lowercased and singular. */
  readonly sportsWords: readonly string[];
}

type Learned = readonly [surface: string, type: NameType, certain: boolean];

interface NameLearner {
  learn(surface: string, type: NameType, certain?: boolean): void;
}

const localCache = new WeakMap<object, { readonly lexiconKey: string; readonly local: LocalEntities }>();

function localEntities(
  text: string,
  paragraph: Paragraph,
  parse: ParagraphParse | undefined,
  userLexicon: ReadonlyMap<string, EntityType>,
  lexiconKey: string,
): LocalEntities {
  const identity = parse ? parseIdentity(parse) : null;
  const cached = identity ? localCache.get(identity) : undefined;
  // The parse identity stands for the paragraph's exact text, since the parse cache is keyed by it.
  if (cached && cached.lexiconKey === lexiconKey) return cached.local;
  const local = computeLocalEntities(text, paragraph, parse, userLexicon);
  if (identity && parse && parse.terms.length > 0) localCache.set(identity, { lexiconKey, local: detachLocal(local) });
  return local;
}

/** Cached results keep copies of their strings, not slices that would keep this document version alive. */
function detachLocal(local: LocalEntities): LocalEntities {
  return {
    ...local,
    unresolved: local.unresolved.map((u) => ({ ...u, text: detach(u.text) })),
    learned: local.learned.map(([surface, type, certain]): Learned => [detach(surface), type, certain]),
  };
}

function computeLocalEntities(
  text: string,
  paragraph: Paragraph,
  parse: ParagraphParse | undefined,
  userLexicon: ReadonlyMap<string, EntityType>,
): LocalEntities {
  const candidates: Candidate[] = [];
  const unresolved: Chunk[] = [];
  const learned: Learned[] = [];
  const recorder: NameLearner = { learn: (surface, type, certain = false) => learned.push([surface, type, certain]) };
  if (parse && parse.terms.length > 0) {
    const words = toWords(text, paragraph, parse);
    const taken = new Uint8Array(words.length);
    if (userLexicon.size > 0) matchLexicon(text, words, taken, userLexicon, PRIORITY.user, candidates, recorder);
    const sentenceInitial: Chunk[] = [];
    for (const chunk of findChunks(text, words, taken, sentenceInitial)) {
      classifyChunk(text, words, chunk, candidates, unresolved, recorder);
    }
    for (const chunk of sentenceInitial) {
      // "Montalvo said": a word no dictionary knows, at a sentence's start, before a verb of saying.
      const word = words[chunk.first];
      if (!isKnownWord(word.lower) && nearSpeechVerb(words, chunk.first, chunk.last)) {
        candidates.push({ start: chunk.start, end: chunk.end, type: 'person', priority: PRIORITY.name });
        recorder.learn(chunk.text, 'person');
      } else {
        unresolved.push(chunk);
      }
    }
  }
  const stillUnresolved = typeByCoordination(text, unresolved, candidates, recorder);
  findDates(text, paragraph, candidates);
  findNumbers(text, paragraph, candidates);
  const slice = text.slice(paragraph.start, paragraph.end);
  const offset = paragraph.start;
  return {
    accepted: resolveOverlaps(
      paragraph.end - offset,
      candidates.map((c) => ({ ...c, start: c.start - offset, end: c.end - offset })),
    ),
    unresolved: stillUnresolved.map((c) => ({ start: c.start - offset, end: c.end - offset, text: c.text })),
    learned,
    scores: slice.match(SCORE)?.length ?? 0,
    sportsWords: [...new Set((slice.match(SPORTS_WORDS) ?? []).map((w) => w.toLowerCase().replace(/(?:es|s)$/, '')))],
  };
}

const COORDINATION = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/;

/**
 * A name listed with people is a person: "Romelu Lukaku, Yannick Carrasco, and Dries Mertens". Only
 * several-word names, and only from people: places and organizations are listed together too often.
 * Returns the chunks still untyped.
 */
function typeByCoordination(text: string, unresolved: readonly Chunk[], candidates: Candidate[], learner: NameLearner): Chunk[] {
  const people = candidates.filter((c) => c.type === 'person').sort((a, b) => a.start - b.start);
  if (people.length === 0) return [...unresolved];
  const remaining: Chunk[] = [];
  for (const chunk of unresolved) {
    const listed = chunk.last > chunk.first && people.some((p) =>
      (p.end <= chunk.start && chunk.start - p.end <= 7 && COORDINATION.test(text.slice(p.end, chunk.start))) ||
      (p.start >= chunk.end && p.start - chunk.end <= 7 && COORDINATION.test(text.slice(chunk.end, p.start))));
    if (listed) {
      candidates.push({ start: chunk.start, end: chunk.end, type: 'person', priority: PRIORITY.name });
      learner.learn(chunk.text, 'person');
    } else {
      remaining.push(chunk);
    }
  }
  return remaining;
}

/** Types learned while reading: what each surface form was, and which surnames belong to people named in full. */
class KnownNames implements NameLearner {
  private readonly forms = new Map<string, NameType>();
  private readonly surnames = new Set<string>();

  /** Single words are remembered only from a lexicon (`certain`): a guess about one word must not spread. */
  learn(surface: string, type: NameType, certain = false): void {
    if ((certain || /\s/.test(surface)) && !this.forms.has(surface)) this.forms.set(surface, type);
    if (type !== 'person') return;
    const parts = surface.split(/\s+/);
    if (parts.length < 2) return;
    const last = parts[parts.length - 1];
    this.surnames.add(last);
    // "Bashar al-Assad" → "al-Assad" and "Assad".
    const particle = /^(?:al|el|ad|as|ash|at|ibn|bin)-(.+)$/.exec(last);
    if (particle) this.surnames.add(particle[1]);
  }

  typeOf(surface: string): NameType | null {
    const type = this.forms.get(surface);
    if (type) return type;
    return this.surnames.has(surface) ? 'person' : null;
  }
}

function toUserLexicon(lexicon: Readonly<Record<string, EntityType>> | undefined): Map<string, EntityType> {
  const map = new Map<string, EntityType>();
  if (!lexicon || typeof lexicon !== 'object') return map;
  for (const [surface, type] of Object.entries(lexicon)) {
    const trimmed = typeof surface === 'string' ? surface.trim() : '';
    if (trimmed && ['person', 'place', 'organization', 'date', 'number'].includes(type)) map.set(trimmed, type);
  }
  return map;
}

function toWords(text: string, paragraph: Paragraph, parse: ParagraphParse): Word[] {
  const words: Word[] = [];
  const sentenceStarts = new Set(parse.sentences.map((s) => s.start));
  let previousEnd = paragraph.start;
  for (const term of parse.terms) {
    if (term.start < previousEnd || term.end > paragraph.end) continue;
    const word = makeWord(text, term, text.slice(previousEnd, term.start), sentenceStarts.has(term.start) || previousEnd === paragraph.start);
    words.push(word);
    previousEnd = term.end;
  }
  return words;
}

function makeWord(text: string, term: Term, gap: string, sentenceStart: boolean): Word {
  const possessiveMatch = POSSESSIVE_SUFFIX.exec(term.text);
  const possessive = possessiveMatch !== null && term.text.length > possessiveMatch[0].length;
  const end = possessive && possessiveMatch ? term.end - possessiveMatch[0].length : term.end;
  const core = text.slice(term.start, end);
  return {
    start: term.start,
    end,
    text: core,
    lower: core.toLowerCase(),
    tags: term.tags,
    possessive,
    capitalized: CAPITALIZED.test(core),
    initial: sentenceStart || /["“‘'([«:—–]\s*$/.test(gap),
    gap,
  };
}

/** Longest lexicon match starting at each untaken word; matched words are taken. */
function matchLexicon(
  text: string,
  words: readonly Word[],
  taken: Uint8Array,
  lexicon: ReadonlyMap<string, EntityType>,
  priority: number,
  out: Candidate[],
  known: NameLearner,
): void {
  for (let i = 0; i < words.length; i++) {
    if (taken[i]) continue;
    for (let j = Math.min(words.length - 1, i + 6); j >= i; j--) {
      if (j > i && words[j - 1].possessive) continue;
      const surface = text.slice(words[i].start, words[j].end);
      const type = lexicon.get(surface);
      if (!type) continue;
      out.push({ start: words[i].start, end: words[j].end, type, priority });
      if (type === 'person' || type === 'place' || type === 'organization') known.learn(surface, type, true);
      taken.fill(1, i, j + 1);
      i = j;
      break;
    }
  }
}

interface Chunk extends Span {
  /** Index range into the paragraph's words, `[first, last]`. */
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

function hasTag(word: Word, tag: string): boolean {
  return word.tags.includes(tag);
}

function isNameWord(word: Word): boolean {
  if (!word.capitalized) return false;
  if (CALENDAR_WORDS.has(word.text) && !hasTag(word, 'Person')) return false;
  return !/^\p{Lu}\p{Ll}*$/u.test(word.text) || !hasTag(word, 'Pronoun');
}

/** A word that can start a name at a sentence's start, where every word is capitalized. */
function isNameAtSentenceStart(word: Word): boolean {
  if (BUILT_IN_LEXICON.has(word.text) || FIRST_NAME_SET.has(word.text) || ACRONYM.test(word.text)) return true;
  const t = word.tags;
  if (t.includes('Person') || t.includes('Place') || t.includes('Organization')) return true;
  if (['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord', 'Expression', 'Verb', 'Adjective', 'Value'].some((tag) => t.includes(tag))) {
    return false;
  }
  // A word no dictionary knows is a name even at a sentence's start ("Kjell Arvidsen said").
  return t.includes('ProperNoun') || !isKnownWord(word.lower);
}

/** A lowercase "of", "al", "la" … or a leading "The": capitalized "LA" or "Al" is a name, not a connector. */
function isConnector(word: Word): boolean {
  return NAME_CONNECTORS.has(word.lower) && (LOWER_START.test(word.text) || word.lower === 'the');
}

/** Words may join a chunk when only a space (or a hyphen, for "al-Assad") separates them. */
function joins(gap: string): boolean {
  return gap === ' ' || gap === '-' || gap === '\u00a0';
}

/**
 * Maximal runs of capitalized words (with connectors such as "of" or "al" between them), not crossing
 * punctuation, possessives or taken words. Sentence-initial common words are dropped from the front.
 */
function findChunks(text: string, words: readonly Word[], taken: Uint8Array, sentenceInitial: Chunk[]): Chunk[] {
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    if (taken[i] || !isNameWord(word)) {
      i++;
      continue;
    }
    if (word.initial && !isNameAtSentenceStart(word) && !continuesName(words, taken, i)) {
      // Kept aside: only a name met elsewhere (or a verb of saying) makes it one.
      sentenceInitial.push({ start: word.start, end: word.end, first: i, last: i, text: word.text });
      i++;
      continue;
    }
    let last = i;
    let j = i + 1;
    while (j < words.length && !words[last].possessive && !taken[j] && joins(words[j].gap)) {
      if (isNameWord(words[j])) {
        last = j;
        j++;
        continue;
      }
      // Connectors: "Ministry of Defence", "Bashar al-Assad", "Council on American-Islamic Relations".
      let k = j;
      while (k < words.length && !taken[k] && NAME_CONNECTORS.has(words[k].lower) && LOWER_START.test(words[k].text) && joins(words[k].gap) && !words[k].possessive) k++;
      if (k > j && k < words.length && !taken[k] && joins(words[k].gap) && isNameWord(words[k]) && connectorFits(words, i, j, k)) {
        last = k;
        j = k + 1;
        continue;
      }
      break;
    }
    chunks.push({ start: words[i].start, end: words[last].end, first: i, last, text: text.slice(words[i].start, words[last].end) });
    i = last + 1;
  }
  return chunks;
}

/** A sentence-initial common word still starts a chunk when a title follows: "Foreign Minister Sergei Lavrov". */
function continuesName(words: readonly Word[], taken: Uint8Array, i: number): boolean {
  const next = words[i + 1];
  return next !== undefined && !taken[i + 1] && joins(next.gap) && (TITLE_COMPLEMENTS.has(words[i].text) || PERSON_TITLES.has(words[i].lower)) && isNameWord(next);
}

/** Connectors between words `j..k-1`: "and", "the", "on", "for" only continue names that look like organizations. */
function connectorFits(words: readonly Word[], first: number, j: number, k: number): boolean {
  const connectors = words.slice(j, k).map((w) => w.lower);
  if (connectors.length > 2) return false;
  const weak = connectors.some((c) => WEAK_CONNECTORS.has(c));
  if (!weak) return true;
  if (connectors[0] === 'of' && connectors[1] === 'the') return true;
  // "and the" starts a second name: "the City Council and the Police Department" are two organizations.
  if (connectors[0] === 'and' && connectors[1] === 'the') return false;
  for (let m = first; m < j; m++) if (LEADING_ORGANIZATION_HEADS.has(words[m].text) || ORGANIZATION_HEADS.has(words[m].text)) return true;
  // "the World Travel and Tourism Council": a single "and" inside a name that ends in an organization's head.
  // An acronym before the "and" is a whole name already: "the FBI and State Department" are two.
  if (connectors.length === 1 && connectors[0] === 'and' && !ACRONYM.test(words[j - 1].text)) {
    let end = k;
    while (end + 1 < words.length && isNameWord(words[end + 1]) && joins(words[end + 1].gap) && !words[end].possessive) end++;
    return end > k && ORGANIZATION_HEADS.has(words[end].text);
  }
  return false;
}

/** Classifies one chunk, possibly splitting it (title + name, place + organization). */
function classifyChunk(text: string, words: readonly Word[], chunk: Chunk, out: Candidate[], unresolved: Chunk[], known: NameLearner): void {
  const add = (first: number, last: number, type: NameType): void => {
    const start = words[first].start;
    const end = words[last].end;
    out.push({ start, end, type, priority: PRIORITY.name });
    known.learn(text.slice(start, end), type);
  };
  const { first, last } = chunk;
  // Named operations and web addresses are neither places nor organizations: "Operation Desert Fox", "example.org".
  const siteBase = webDomainBase(chunk.text.slice(chunk.text.lastIndexOf(' ') + 1));
  if ((last > first && words[first].text === 'Operation') || siteBase !== null) {
    // "GreatFire.org" … "GreatFire": the site's bare name, met alone, is the organization behind it.
    if (siteBase !== null && last === first) known.learn(siteBase, 'organization', true);
    unresolved.push(chunk);
    return;
  }
  // "Team Kenya": a country standing for its team ("Team" may be left out of the chunk at a sentence's start).
  if (last > first && words[first].text === 'Team' && COUNTRY_SET.has(text.slice(words[first + 1].start, words[last].end))) {
    add(first, last, 'organization');
    return;
  }
  if (COUNTRY_SET.has(chunk.text) && first > 0 && words[first - 1].text === 'Team' && joins(words[first].gap)) {
    add(first - 1, last, 'organization');
    return;
  }
  const wholeType = BUILT_IN_LEXICON.get(chunk.text);
  if (wholeType === 'person' || wholeType === 'place' || wholeType === 'organization') {
    if (!(wholeType === 'place' && last === first && looksLikeSurnameAfterFirstName(words, first))) {
      add(first, last, wholeType);
      return;
    }
  }
  if (last > first && EVENT_HEADS.has(words[last].text)) {
    // Places named inside still count ("Taipei" in "Taipei City Lantern Festival"); the event itself is untyped.
    if (!splitByLexicon(text, words, chunk, out, unresolved, known)) unresolved.push(chunk);
    return;
  }
  // "Gary Quill of the Harbour Council": a person's full name, then the body they belong to.
  const memberConnector = personBeforeConnector(words, first, last);
  if (memberConnector > 0) {
    add(first, memberConnector - 1, 'person');
    let restFirst = memberConnector + 1;
    if (words[restFirst].lower === 'the') restFirst++;
    const rest: Chunk = { start: words[restFirst].start, end: words[last].end, first: restFirst, last, text: text.slice(words[restFirst].start, words[last].end) };
    classifyChunk(text, words, rest, out, unresolved, known);
    return;
  }
  const headType = typeByHead(words, first, last);
  // "Fire Chief Ada Hall": a title and a first name make a person whose surname is also a place word
  // ("Hall", "Park", "Ford"). Titles that also name places ("King George Station") do not count.
  const titleBeforeFirstName = last - 2;
  if (headType === 'place' && titleBeforeFirstName >= first && PERSON_TITLES.has(words[titleBeforeFirstName].lower) && !PLACE_NAMING_TITLES.has(words[titleBeforeFirstName].lower) && FIRST_NAME_SET.has(words[last - 1].text)) {
    add(last - 1, last, 'person');
    classifyPrefix(text, words, first, titleBeforeFirstName, out, known);
    return;
  }
  // `"…," Ellie Hall tweeted`: a first name and a place word, speaking, are a person ("Albert Hall" stays a
  // place where nothing speaks).
  if (headType === 'place' && last === first + 1 && (COMMON_FIRST_NAME_SET.has(words[first].text) || words[first].tags.includes('FirstName')) && nearSpeechVerb(words, first, last)) {
    add(first, last, 'person');
    return;
  }
  if (headType) {
    add(first, last, headType);
    return;
  }
  // Titles: the name is what follows the last title word ("U.S. Secretary of State | Hillary Clinton").
  const titleEnd = lastTitleWord(words, first, last);
  if (titleEnd >= first) {
    let nameStart = titleEnd + 1;
    while (nameStart <= last && (TITLE_COMPLEMENTS.has(words[nameStart].text) || isConnector(words[nameStart]))) nameStart++;
    if (nameStart <= last && !isConnector(words[last])) {
      if (last - nameStart < 4 && !typeByHead(words, nameStart, last)) {
        add(nameStart, last, 'person');
      } else {
        const rest: Chunk = { start: words[nameStart].start, end: words[last].end, first: nameStart, last, text: text.slice(words[nameStart].start, words[last].end) };
        classifyChunk(text, words, rest, out, unresolved, known);
      }
      classifyPrefix(text, words, first, titleEnd, out, known);
      return;
    }
    classifyPrefix(text, words, first, titleEnd, out, known);
    return;
  }
  const before = first > 0 ? words[first - 1] : undefined;
  if (before && joins(before.gap) && chunk.start - before.end <= 1 && PERSON_TITLES.has(before.lower)) {
    add(first, last, 'person');
    return;
  }
  // "shipping group Maersk", "carmaker Ford": the text itself says what the name is, whatever the tags guess,
  // so even a one-word name is learned for its other mentions.
  if (before && joins(before.gap) && chunk.start - before.end <= 1 && !before.capitalized && ORGANIZATION_DESCRIPTORS.has(before.lower)) {
    add(first, last, 'organization');
    known.learn(chunk.text, 'organization', true);
    return;
  }
  if (isTownBeforeKnownRegion(text, words, first, last)) {
    add(first, last, 'place');
    return;
  }
  if (FIRST_NAME_SET.has(words[first].text) && last > first && !BUILT_IN_LEXICON.has(chunk.text)) {
    add(first, last, 'person');
    return;
  }
  // Lexicon entries inside the chunk ("Ireland" in "British-ruled Ireland"), the rest classified alone.
  if (last > first && splitByLexicon(text, words, chunk, out, unresolved, known)) return;
  const single = last === first;
  // Caption labels ("Image: …", "Photo: …") and nationality words are not names.
  if (single && (/^\s*:/.test(words[first + 1]?.gap ?? '') || isDemonym(words, first, last))) return;
  if (single && ACRONYM.test(words[first].text)) {
    if (!NON_ENTITY_ACRONYMS.has(words[first].text) && !ROMAN_NUMERAL.test(words[first].text)) add(first, last, 'organization');
    return;
  }
  const fromTags = typeByTags(words, first, last);
  if (fromTags === 'person' || (!fromTags && nearSpeechVerb(words, first, last) && !isDemonym(words, first, last))) {
    add(first, last, 'person');
    return;
  }
  if (fromTags) {
    add(first, last, fromTags);
    return;
  }
  if (before && PLACE_PREPOSITIONS.has(before.lower) && joins(before.gap) && !isDemonym(words, first, last) && !hasTag(words[first], 'FirstName') && !(single && (hasTag(words[first], 'Plural') || ABSTRACT_NOUN.test(words[first].text)))) {
    add(first, last, 'place');
    return;
  }
  if (looksLikeUnknownFullName(words, first, last)) {
    add(first, last, 'person');
    return;
  }
  unresolved.push(chunk);
}

/** Classifies the words before a title ("U.S." in "U.S. Secretary of State"), if any. */
function classifyPrefix(text: string, words: readonly Word[], first: number, titleEnd: number, out: Candidate[], known: NameLearner): void {
  let end = titleEnd;
  while (end >= first && (PERSON_TITLES.has(words[end].lower) || TITLE_COMPLEMENTS.has(words[end].text) || isConnector(words[end]))) end--;
  if (end < first) return;
  const taken = new Uint8Array(words.length);
  taken.fill(1, 0, first);
  taken.fill(1, end + 1);
  const before = out.length;
  matchLexicon(text, words, taken, BUILT_IN_LEXICON, PRIORITY.name, out, known);
  // An institution's own name before its officer's title: "Center for American Progress | President …".
  // Place heads are not trusted here: in "Niagara County District Attorney" the "District" is the title's.
  if (out.length === before && !isConnector(words[end]) && typeByHead(words, first, end) === 'organization') {
    out.push({ start: words[first].start, end: words[end].end, type: 'organization', priority: PRIORITY.name });
    known.learn(text.slice(words[first].start, words[end].end), 'organization');
  }
}

/** Inner lexicon entries become entities; the words between them are classified as chunks of their own. */
function splitByLexicon(text: string, words: readonly Word[], chunk: Chunk, out: Candidate[], unresolved: Chunk[], known: NameLearner): boolean {
  const taken = new Uint8Array(words.length);
  taken.fill(1, 0, chunk.first);
  taken.fill(1, chunk.last + 1);
  const before = out.length;
  matchLexicon(text, words, taken, BUILT_IN_LEXICON, PRIORITY.name, out, known);
  if (out.length === before) return false;
  let start = -1;
  for (let i = chunk.first; i <= chunk.last + 1; i++) {
    const free = i <= chunk.last && !taken[i];
    if (free && start < 0) start = i;
    if (!free && start >= 0) {
      let end = i - 1;
      while (end >= start && isConnector(words[end])) end--;
      let s = start;
      while (s <= end && isConnector(words[s])) s++;
      if (s <= end && isNameWord(words[s]) && !(s === chunk.first && words[s].initial && !isNameAtSentenceStart(words[s]))) {
        const piece: Chunk = { start: words[s].start, end: words[end].end, first: s, last: end, text: text.slice(words[s].start, words[end].end) };
        classifyChunk(text, words, piece, out, unresolved, known);
      }
      start = -1;
    }
  }
  return true;
}

function typeByHead(words: readonly Word[], first: number, last: number): NameType | null {
  if (last === first) return null;
  const head = words[last].text;
  if (ORGANIZATION_HEADS.has(head)) return 'organization';
  // A school district is a body that hires, sues and is sued, not an area on a map.
  if (head === 'District' && words[last - 1].text === 'School') return 'organization';
  if (PLACE_HEADS.has(head)) return 'place';
  for (let i = first; i < last; i++) {
    if (LEADING_ORGANIZATION_HEADS.has(words[i].text) && (words[i + 1].lower === 'of' || words[i + 1].lower === 'for' || words[i + 1].lower === 'on')) {
      // "Center for American Progress President Neera Tanden": a title after the name opens a person's name.
      for (let j = i + 2; j < last; j++) if (PERSON_TITLES.has(words[j].lower) && words[j].capitalized) return null;
      return 'organization';
    }
  }
  return null;
}

/**
 * The index of the "of"/"at"/"for" after a known first name and one or two surname words, when the words
 * after it name an organization ("Gary Quill of the Harbour Council"); otherwise -1.
 */
function personBeforeConnector(words: readonly Word[], first: number, last: number): number {
  if (!FIRST_NAME_SET.has(words[first].text) && !hasTag(words[first], 'FirstName')) return -1;
  for (let c = first + 2; c <= first + 3 && c < last; c++) {
    if (!MEMBER_CONNECTORS.has(words[c].text)) continue;
    for (let i = first + 1; i < c; i++) if (!words[i].capitalized || ORGANIZATION_HEADS.has(words[i].text) || LEADING_ORGANIZATION_HEADS.has(words[i].text) || PLACE_HEADS.has(words[i].text)) return -1;
    const restFirst = words[c + 1].lower === 'the' ? c + 2 : c + 1;
    return restFirst <= last && typeByHead(words, restFirst, last) === 'organization' ? c : -1;
  }
  return -1;
}

function lastTitleWord(words: readonly Word[], first: number, last: number): number {
  for (let i = last; i >= first; i--) {
    if (FIRST_NAME_SET.has(words[i].text)) continue;
    if (PERSON_TITLES.has(words[i].lower) || (i === first && i < last && words[i].initial && isOccupation(words[i]))) return i;
  }
  return first - 1;
}

/**
 * An occupation capitalized only because it opens the sentence ("Oceanographer Pattiaratchi said"): the
 * parser tags it as an actor noun, which surnames such as "Baker" or "Hunter" are not. Elsewhere the tag
 * is too loose to split a name on ("Dairy Farmers of Canada", "Citizens United").
 */
function isOccupation(word: Word): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(word.text) && hasTag(word, 'Actor') && !hasTag(word, 'FirstName') && !hasTag(word, 'LastName');
}

/**
 * "from Irving, Texas", "in Springfield, Illinois": a name after a preposition of place (or opening a
 * dateline) and followed by ", <known state or country>" is a town, whatever its first word suggests. The
 * region must end the phrase, so "Smith, Texas Governor" does not count.
 */
function isTownBeforeKnownRegion(text: string, words: readonly Word[], first: number, last: number): boolean {
  const before = words[first - 1];
  const introduced = (before !== undefined && PLACE_PREPOSITIONS.has(before.lower) && joins(words[first].gap)) || (first === 0 && words[first].initial);
  if (!introduced || last + 1 >= words.length || words[last].possessive || !/^,\s$/.test(words[last + 1].gap)) return false;
  for (let end = Math.min(words.length - 1, last + 3); end > last; end--) {
    if (BUILT_IN_LEXICON.get(text.slice(words[last + 1].start, words[end].end)) !== 'place') continue;
    const after = words[end + 1];
    return after === undefined || !joins(after.gap) || !after.capitalized;
  }
  return false;
}

/** "Jordan" in "Michael Jordan" is a surname, not the country. */
function looksLikeSurnameAfterFirstName(words: readonly Word[], index: number): boolean {
  const previous = words[index - 1];
  return previous !== undefined && joins(words[index].gap) && (FIRST_NAME_SET.has(previous.text) || hasTag(previous, 'FirstName'));
}

function isDemonym(words: readonly Word[], first: number, last: number): boolean {
  const word = words[first];
  if (first !== last) return false;
  if (GROUP_WORD_SET.has(word.text)) return true;
  // Nationality and language words: "Swedish", "Japanese" ("Maltese" is not in the place lexicon either).
  if (!BUILT_IN_LEXICON.has(word.text) && /^\p{Lu}\p{Ll}{2,}(?:ish|ese)$/u.test(word.text)) return true;
  const dictionary = dictionaryTag(word.lower);
  return dictionary === 'Demonym' || dictionary === 'Language' || hasTag(word, 'Demonym') || hasTag(word, 'Language') || (hasTag(word, 'Adjective') && !hasTag(word, 'ProperNoun'));
}

/** Two or three capitalized words none of which is a dictionary word: "Thibaut Courtois", "Amneh Jafari". */
function looksLikeUnknownFullName(words: readonly Word[], first: number, last: number): boolean {
  if (last === first || last - first > 2) return false;
  for (let i = first; i <= last; i++) {
    const word = words[i];
    if (NAME_CONNECTORS.has(word.lower)) continue;
    if (word.text.length < 2 || ACRONYM.test(word.text) || /\d/.test(word.text)) return false;
    if (ORGANIZATION_HEADS.has(word.text) || PLACE_HEADS.has(word.text) || TITLE_COMPLEMENTS.has(word.text) || CALENDAR_WORDS.has(word.text)) return false;
    if (isKnownWord(word.lower) && !FIRST_NAME_SET.has(word.text) && !hasTag(word, 'FirstName') && !hasTag(word, 'LastName')) return false;
  }
  return true;
}

function typeByTags(words: readonly Word[], first: number, last: number): NameType | null {
  let person = 0;
  let place = 0;
  let organization = 0;
  for (let i = first; i <= last; i++) {
    const tags = words[i].tags;
    if (tags.includes('Honorific')) continue;
    if (tags.includes('Organization')) organization++;
    else if (tags.includes('Person') || tags.includes('FirstName') || tags.includes('LastName')) person++;
    else if (tags.includes('Place')) place++;
  }
  if (organization === 0 && person === 0 && place === 0) return null;
  // compromise tags unknown capitalized words after a title as places ("State Hillary"); people win ties.
  if (person >= place && person >= organization) return 'person';
  return organization >= place ? 'organization' : 'place';
}

/** `"…," X said`, `said X`, `X told`, `according to X`, `X, a doctor, said`. */
function nearSpeechVerb(words: readonly Word[], first: number, last: number): boolean {
  const next = words[last + 1];
  if (next && joins(next.gap) && SPEECH_VERBS.has(next.lower)) return true;
  const previous = words[first - 1];
  if (previous && joins(words[first].gap) && SPEECH_VERBS.has(previous.lower) && previous.lower !== 'according') return true;
  if (previous && previous.lower === 'to' && words[first - 2]?.lower === 'according') return true;
  // Apposition: "X, a doctor, said", "X, 45, said", "X, speaking in Oslo, said".
  if (next && /^,\s*$/.test(next.gap)) {
    for (let i = last + 2; i < Math.min(words.length, last + 12); i++) {
      if (/[.!?;"“”]/.test(words[i].gap)) break;
      if (/,\s*$/.test(words[i].gap) && SPEECH_VERBS.has(words[i].lower)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------- dates and numbers

const DAY = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:1[5-9]\d\d|20\d\d)`;
const MONTH = String.raw`(?:${MONTHS}|(?:${MONTH_ABBREVIATIONS})\.?)`;
const DATE_PATTERN = new RegExp(
  [
    String.raw`(?:(?:${WEEKDAYS}),?\s+)?${MONTH}\s+${DAY}(?:,?\s+${YEAR})?`, // (Friday,) December 6(, 2012)
    String.raw`(?:(?:${WEEKDAYS}),?\s+)?${DAY}\s+${MONTH}(?:,?\s+${YEAR})?`, // 6 December 2012
    String.raw`(?:${MONTHS}|(?:${MONTH_ABBREVIATIONS})\.)\s+${YEAR}`, // December 2012
    String.raw`(?:${WEEKDAYS})`,
    String.raw`(?:January|February|April|June|July|August|September|October|November|December)`,
    String.raw`(?:(?:last|next|this|past|coming|previous|following|same|early|late|earlier this|later this)\s+(?:week|month|year|decade|weekend|century|spring|summer|autumn|fall|winter|morning|afternoon|evening|night))`,
    String.raw`(?:yesterday|today|tomorrow|tonight)`,
    String.raw`\d{4}-\d{2}-\d{2}`,
    String.raw`\d{1,2}/\d{1,2}/\d{2,4}`,
    String.raw`(?:the\s+)?(?:1[5-9]\d0|20[0-9]0)s`, // the 1990s
    String.raw`${YEAR}(?![\d,.]*\d)`,
  ].join('|'),
  'g',
);
const NUMBER_PATTERN = new RegExp(
  [
    // Money: "$3 million", "€20 million", "US$4.5bn", "£300".
    String.raw`(?:US|A|C|HK|NZ)?[$€£¥₹₽]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:million|billion|trillion|thousand|bn|mn|m|k)\b)?`,
    // "3 million dollars", "20 euros".
    String.raw`\d[\d,]*(?:\.\d+)?(?:\s(?:million|billion|trillion|thousand))?\s(?:dollars|euros|pounds|yen|yuan|rupees|roubles|rubles|francs|pesos)\b`,
    // Percentages: "4.5%", "12 percent", "3 per cent".
    String.raw`\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|per\s+cent\b|percentage points?\b)`,
    // "21-month", "40,000", "3.5 million", "1.2m".
    String.raw`\d[\d,]*(?:\.\d+)?(?:-\p{L}+|\s(?:million|billion|trillion|thousand|hundred)\b)?`,
    // Spelled-out counts: "two million", "dozens", "hundreds of thousands".
    String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|hundreds|thousands|tens)\s(?:hundred|thousand|million|billion|trillion)s?\b`,
    String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|dozens|hundreds|thousands|millions|billions)(?:-(?:one|two|three|four|five|six|seven|eight|nine|\p{L}+))?`,
  ].join('|'),
  'giu',
);

function findDates(text: string, paragraph: Paragraph, out: Candidate[]): void {
  findPattern(text, paragraph, DATE_PATTERN, 'date', PRIORITY.date, out);
}

function findNumbers(text: string, paragraph: Paragraph, out: Candidate[]): void {
  findPattern(text, paragraph, NUMBER_PATTERN, 'number', PRIORITY.number, out);
}

/** Matches `pattern` within the paragraph, keeping only matches on word boundaries. */
function findPattern(text: string, paragraph: Paragraph, pattern: RegExp, type: EntityType, priority: number, out: Candidate[]): void {
  const slice = text.slice(paragraph.start, paragraph.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    const startsWord = start === 0 || !/[\p{L}\p{N}]/u.test(slice[start - 1]) || /^[$€£¥₹₽]/u.test(m[0]);
    const endsWord = end === slice.length || !/[\p{L}\p{N}]/u.test(slice[end]) || /[%$€£¥₹₽]$/u.test(m[0]);
    const isLowercaseWordOnly = type === 'number' && /^\p{L}+$/u.test(m[0]) && !/^(?:dozens|hundreds|thousands|millions|billions)$/i.test(m[0]);
    if (startsWord && endsWord && !isLowercaseWordOnly) out.push({ start: paragraph.start + start, end: paragraph.start + end, type, priority });
  }
}

// ---------------------------------------------------------------- overlaps

/** Highest priority first, then longer, then earlier; a candidate that overlaps an accepted one is dropped. */
function resolveOverlaps(length: number, candidates: readonly Candidate[]): Candidate[] {
  const order = candidates
    .filter((c) => c.start >= 0 && c.end <= length && c.end > c.start)
    .sort((a, b) => b.priority - a.priority || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // One byte per code unit: checking a candidate costs its length, so the pass stays linear.
  const covered = new Uint8Array(length);
  const accepted: Candidate[] = [];
  for (const candidate of order) {
    if (covered.subarray(candidate.start, candidate.end).includes(1)) continue;
    covered.fill(1, candidate.start, candidate.end);
    accepted.push(candidate);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- sports reports

const SCORE = /(?<![\d.,:/-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\d.,:/-])/g;
const SPORTS_WORDS = /\b(?:goals?|scored|striker|midfielder|goalkeeper|penalty|half-time|kick-off|World Cup|tournament|championship|match(?:es)?|fixture|semi-final|quarter-final|coach)\b/g;

const LOST_TO = /\b(?:lost|lose|loses|losing|fell|falls|beaten|defeated|succumbed|bowed)\s+(?:(?:\d{1,2}\s?[-–]\s?\d{1,2}|narrowly|again|heavily)\s+)?to\s+(?:the\s+)?$/i;

/** In a report with scores ("3-0") and sports vocabulary, a country name mostly names a national team. */
function asNationalTeam(text: string, start: number, surface: string, type: EntityType): EntityType {
  if (type !== 'place' || !COUNTRY_SET.has(surface)) return type;
  // "played in Russia" keeps the country a place.
  const before = text.slice(Math.max(0, start - 40), start);
  // "lost 1 – 2 to England", "fell to Spain": a team, despite the "to".
  if (LOST_TO.test(before)) return 'organization';
  if (/\b(?:in|at|from|to|across|around|into|near)\s+(?:the\s+)?$/i.test(before.slice(-12))) return type;
  return 'organization';
}
