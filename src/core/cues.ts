/**
 * Word lists and the tokenizer used by attribution: verbs of saying, titles and roles, speaker nouns.
 * Everything here is lexical; no parsing, no text-wide scans.
 */
import type { Span } from './types';

/** Verbs of saying, by base form; irregular forms are listed in IRREGULAR_FORMS. */
const SPEECH_VERBS = [
  'say', 'tell', 'add', 'ask', 'warn', 'declare', 'insist', 'note', 'argue', 'write', 'tweet', 'explain', 'state',
  'claim', 'announce', 'reply', 'recall', 'concede', 'acknowledge', 'urge', 'suggest', 'admit', 'confirm', 'deny',
  'allege', 'predict', 'estimate', 'report', 'reveal', 'stress', 'emphasize', 'emphasise', 'maintain', 'contend',
  'testify', 'complain', 'promise', 'vow', 'disclose', 'respond', 'counter', 'caution', 'observe', 'remark',
  'comment', 'continue', 'conclude', 'joke', 'quip', 'shout', 'inform', 'assure', 'reiterate', 'indicate', 'hint',
  'boast', 'lament', 'charge', 'accuse', 'mention', 'point', 'tell', 'describe', 'agree', 'acknowledge', 'answer',
  'assert', 'believe', 'think', 'fear', 'hope', 'worry', 'expect', 'demand', 'propose', 'recommend', 'speculate',
  'advise', 'exclaim', 'whisper', 'yell', 'scream', 'sigh', 'muse', 'wonder', 'post', 'blog', 'signal', 'predict',
  'point', 'clarify', 'elaborate', 'specify', 'underline', 'highlight', 'protest', 'retort', 'reason',
  'calculate', 'forecast', 'find', 'show', 'conclude', 'criticize', 'criticise', 'praise', 'blame',
  'question', 'dispute', 'reject', 'dismiss', 'accept', 'announce', 'pledge', 'threaten', 'plead', 'beg',
  'contest', 'declare', 'decry', 'denounce', 'condemn', 'applaud', 'welcome', 'caution', 'recount',
  'repeat', 'reply', 'report', 'stress', 'tout', 'urge', 'write',
  'call', 'express', 'blast', 'slam', 'label', 'refer', 'rule', 'seek', 'like', 'imply',
  'endorse', 'back', 'support', 'promote', 'knock', 'hammer', 'bemoan', 'rebuke', 'laud', 'hail', 'commend',
  'assail', 'congratulate', 'talk', 'speak', 'rail', 'echo', 'invoke', 'favor', 'favour', 'oppose', 'defend', 'cite', 'publish',
  'interject', 'blurt', 'mutter', 'murmur', 'scoff', 'stammer', 'grumble', 'concur', 'telegraph',
  'lash', 'eviscerate', 'lambaste', 'excoriate', 'berate', 'chastise',
  // Only with their particle: "laid out the ways …", "brushed off the comments" (see attribution's cueAt).
  'lay', 'brush',
];

/** Verbs that count as cues only with a clause after them ("believes that …"), never for direct quotes. */
const CLAIM_ONLY_BASES = new Set([
  'believe', 'think', 'fear', 'hope', 'worry', 'expect', 'find', 'show', 'calculate', 'forecast', 'project',
  'criticize', 'criticise', 'praise', 'blame', 'question', 'dispute', 'reject', 'dismiss', 'accept', 'agree',
  'welcome', 'applaud', 'condemn', 'denounce', 'decry', 'wonder', 'speculate', 'threaten', 'object', 'signal',
  'reason', 'venture', 'wager', 'volunteer', 'continue', 'point', 'post', 'describe', 'charge', 'accuse', 'call',
  'blast', 'slam', 'label', 'refer', 'rule', 'seek', 'like', 'imply', 'endorse', 'back', 'support', 'tout', 'promote', 'knock',
  'hammer', 'bemoan', 'rebuke', 'laud', 'hail', 'commend', 'assail', 'congratulate', 'talk', 'speak', 'rail', 'echo', 'invoke',
  'favor', 'favour', 'oppose', 'defend', 'cite', 'publish', 'telegraph', 'lay', 'brush', 'lash', 'eviscerate', 'lambaste',
  'excoriate', 'berate', 'chastise',
]);

/** Verbs whose first object is the hearer, not the message: "told reporters", "warned civilians". */
export const HEARER_VERBS = new Set(['tell', 'inform', 'assure', 'warn', 'urge', 'remind', 'advise', 'ask', 'caution', 'beg']);

const IRREGULAR_FORMS: Readonly<Record<string, readonly string[]>> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  find: ['find', 'finds', 'found'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  forecast: ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  speak: ['speak', 'speaks', 'spoke', 'spoken', 'speaking'],
  echo: ['echo', 'echoes', 'echoed', 'echoing'],
  // "seeking a subsidy was an option": the -ing form is as often a gerund subject.
  seek: ['seek', 'seeks', 'sought'],
  // Only "would like (her) to …" is a cue (see attribution's cueAt).
  like: ['like'],
  lay: ['lay', 'lays', 'laid', 'laying'],
};

function inflect(base: string): string[] {
  const irregular = IRREGULAR_FORMS[base];
  if (irregular) return [...irregular];
  const forms = [base];
  if (/(s|sh|ch|x|z)$/.test(base)) forms.push(`${base}es`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ies`);
  else forms.push(`${base}s`);
  if (base.endsWith('e')) forms.push(`${base}d`, `${base.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(base)) forms.push(`${base.slice(0, -1)}ied`, `${base}ing`);
  else if (/^(quip|admit|blog|plead|refer|slam)$/.test(base)) forms.push(`${base}${base.slice(-1)}ed`, `${base}${base.slice(-1)}ing`);
  else forms.push(`${base}ed`, `${base}ing`);
  return forms;
}

export interface CueVerb {
  readonly base: string;
  /** Usable for a direct quotation (not only for reported speech). */
  readonly forQuotes: boolean;
  /** "saying", "adding": a participle whose subject is the clause's subject. */
  readonly participle: boolean;
}

const CUE_FORMS = new Map<string, CueVerb>();
for (const base of SPEECH_VERBS) {
  for (const form of inflect(base)) {
    if (CUE_FORMS.has(form)) continue;
    CUE_FORMS.set(form, { base, forQuotes: !CLAIM_ONLY_BASES.has(base), participle: form.endsWith('ing') });
  }
}
/** Forms that are at least as often nouns ("the report", "his claims"): cues only after a subject. */
const NOUN_LIKE_FORMS = new Set(['report', 'reports', 'comment', 'comments', 'claim', 'claims', 'estimate', 'estimates', 'promise',
  'promises', 'charge', 'charges', 'point', 'points', 'state', 'states', 'show', 'shows', 'post', 'posts', 'project', 'projects',
  'question', 'questions', 'object', 'objects', 'signal', 'signals', 'answer', 'answers', 'protest', 'protests', 'demand', 'demands',
  'fear', 'fears', 'hope', 'hopes', 'worry', 'worries', 'joke', 'jokes', 'tweet', 'tweets', 'note', 'notes', 'vow', 'vows', 'reason',
  'reasons', 'counter', 'counters', 'dispute', 'disputes', 'welcome', 'find', 'finding', 'forecast', 'forecasts', 'stress',
  'praise', 'blame', 'reply', 'replies', 'sigh', 'sighs', 'wonder', 'continue', 'continues', 'continued', 'continuing', 'pledge',
  'pledges', 'threat', 'plea', 'request', 'record', 'blog', 'blogs', 'release', 'remark', 'remarks', 'whisper', 'whispers',
  'accept', 'beg', 'found', 'shown', 'showed', 'thought', 'expected', 'post', 'posted', 'posting', 'saying', 'writing', 'written',
  'finding', 'thinking', 'question', 'questioned', 'object', 'objected', 'agree', 'agreed', 'described', 'describe', 'describes',
  'venture', 'wager', 'volunteer', 'counsel', 'reasoned', 'projected', 'calculated', 'shown', 'pointed', 'charged', 'rule', 'rules',
  'ruling']);

export function isNounLike(lower: string): boolean {
  return NOUN_LIKE_FORMS.has(lower);
}

export function cueVerb(lower: string): CueVerb | undefined {
  return CUE_FORMS.get(lower);
}

/** Honorifics and titles that precede a name and are not part of it. */
export const TITLE_WORDS = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'prime', 'minister', 'secretary', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative',
  'gov', 'gov.', 'governor', 'mayor', 'chancellor', 'judge', 'justice', 'general', 'gen', 'gen.', 'col', 'col.', 'colonel',
  'lt', 'lt.', 'lieutenant', 'capt', 'capt.', 'captain', 'sgt', 'sgt.', 'sergeant', 'maj', 'maj.', 'major', 'admiral', 'adm', 'adm.',
  'commander', 'chief', 'king', 'queen', 'prince', 'princess', 'pope', 'ambassador', 'commissioner', 'chairman',
  'chairwoman', 'chair', 'chairperson', 'leader', 'speaker', 'director', 'executive', 'ceo', 'cfo', 'coo', 'founder', 'envoy',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'foreign', 'defence', 'defense', 'interior', 'finance',
  'state', 'deputy', 'acting', 'former', 'premier', 'councillor', 'councilor', 'councilwoman', 'councilman', 'coach',
  'manager', 'officer', 'detective', 'constable', 'inspector', 'superintendent', 'sheriff', 'attorney', 'rev', 'rev.',
  'reverend', 'father', 'rabbi', 'imam', 'bishop', 'archbishop', 'cardinal', 'sheikh', 'emir', 'sultan', 'candidate',
  'nominee', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'mp', 'mla', 'mpp', 'senior', 'head',
  'u.s.', 'us', 'uk', 'u.k.', 'un', 'u.n.', 'eu', 'of', 'the', 'for', 'and', 'general', 'assistant', 'associate',
  'analyst', 'economist', 'professor', 'scientist', 'lawyer', 'researcher', 'author', 'editor', 'correspondent',
  'reporter', 'columnist', 'president-elect', 'vice-president', 'co-founder', 'owner', 'partner', 'official', 'adviser',
  'advisor', 'strategist', 'pollster', 'expert', 'doctor', 'physician', 'nurse', 'teacher', 'student', 'resident',
  'political', 'campaign', 'party', 'democratic', 'democrat', 'republican', 'labour', 'conservative', 'liberal', 'opposition',
  'white', 'house', 'press', 'communications', 'national', 'security', 'health', 'public', 'police', 'fire', 'city',
  'county', 'provincial', 'federal', 'regional', 'union', 'company', 'group', 'team', 'club', 'university', 'college',
]);

/** Honorifics that carry a gender. */
export const FEMALE_MARKERS = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'assemblywoman', 'businesswoman', 'she', 'her', 'mother', 'sister', 'wife', 'daughter', 'woman', 'girl', 'grandmother', 'aunt']);
export const MALE_MARKERS = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'councilman', 'assemblyman', 'businessman', 'he', 'his', 'father', 'brother', 'husband', 'son', 'man', 'boy', 'grandfather', 'uncle']);

/** Common nouns that can head a speaker phrase ("the ministry", "Syrian rebels", "a spokesman"). */
const PERSON_NOUNS = ['spokesman', 'spokeswoman', 'spokesperson', 'official', 'officer', 'minister', 'secretary', 'president', 'director',
  'analyst', 'expert', 'economist', 'professor', 'scientist', 'researcher', 'lawyer', 'attorney', 'doctor', 'physician', 'nurse',
  'teacher', 'student', 'resident', 'witness', 'source', 'aide', 'adviser', 'advisor', 'representative', 'chief', 'head', 'leader',
  'mayor', 'governor', 'senator', 'candidate', 'nominee', 'executive', 'manager', 'chairman', 'chairwoman', 'chair', 'founder',
  'owner', 'author', 'editor', 'reporter', 'correspondent', 'columnist', 'strategist', 'pollster', 'worker', 'employee', 'farmer',
  'driver', 'pilot', 'soldier', 'commander', 'general', 'diplomat', 'envoy', 'ambassador', 'activist', 'protester', 'organizer',
  'organiser', 'voter', 'supporter', 'critic', 'opponent', 'observer', 'investigator', 'prosecutor', 'judge', 'detective',
  'inspector', 'victim', 'survivor', 'mother', 'father', 'woman', 'man', 'person', 'neighbour', 'neighbor', 'friend', 'member',
  'coach', 'player', 'fan', 'partner', 'colleague', 'co-founder', 'biologist', 'historian', 'specialist', 'consultant', 'engineer',
  'officer', 'parent', 'veteran', 'insider', 'operative', 'staffer', 'lawmaker', 'legislator', 'politician', 'councillor',
  'councilor', 'trustee', 'planner', 'designer', 'developer', 'landlord', 'tenant', 'owner', 'agent', 'broker', 'trader',
  'investor', 'banker', 'chef', 'artist', 'writer', 'journalist', 'scholar', 'economist', 'psychologist', 'dietitian',
  'epidemiologist', 'researcher', 'surgeon', 'paramedic', 'firefighter', 'constable', 'sergeant', 'captain', 'lieutenant',
  'respondent', 'marine', 'sailor', 'moderator', 'participant', 'panelist', 'panellist', 'interviewer'];
const ORGANIZATION_NOUNS = ['ministry', 'government', 'department', 'agency', 'company', 'firm', 'police', 'union', 'council',
  'court', 'party', 'campaign', 'committee', 'commission', 'office', 'army', 'military', 'university', 'bank', 'group',
  'organization', 'organisation', 'administration', 'board', 'authority', 'authorities', 'statement', 'report', 'study',
  'survey', 'poll', 'document', 'letter', 'memo', 'website', 'newspaper', 'network', 'association', 'institute', 'foundation',
  'coalition', 'alliance', 'federation', 'city', 'province', 'state', 'county', 'regime', 'cabinet', 'team', 'club',
  'service', 'embassy', 'spokesperson', 'school', 'hospital', 'centre', 'center', 'lab', 'laboratory', 'corporation',
  'industry', 'house', 'senate', 'congress', 'parliament', 'legislature', 'kremlin', 'pentagon', 'force', 'forces', 'media',
  'press', 'paper', 'magazine', 'broadcaster', 'station', 'charity', 'watchdog', 'regulator', 'tribunal', 'panel', 'review',
  'unit', 'division', 'bureau', 'outlet', 'channel', 'site', 'blog', 'account', 'spokesperson',
  'data', 'figures', 'analysis', 'research', 'findings', 'filing', 'lawsuit', 'complaint', 'release', 'announcement', 'source', 'sources'];
const PERSON_NOUN_SET = new Set<string>();
for (const noun of PERSON_NOUNS) PERSON_NOUN_SET.add(noun);
const GROUP_NOUN_SET = new Set<string>();
for (const noun of PERSON_NOUNS) GROUP_NOUN_SET.add(plural(noun));
for (const noun of ['rebels', 'people', 'men', 'women', 'officials', 'police', 'authorities', 'residents', 'locals', 'citizens',
  'democrats', 'republicans', 'conservatives', 'liberals', 'protesters', 'demonstrators', 'militants', 'insurgents', 'troops',
  'forces', 'fighters', 'scientists', 'doctors', 'experts', 'analysts', 'economists', 'sources', 'observers', 'critics',
  'supporters', 'opponents', 'voters', 'parents', 'students', 'teachers', 'workers', 'members', 'leaders', 'investors',
  'others', 'some', 'many', 'both', 'all', 'americans', 'canadians', 'families', 'neighbours', 'neighbors', 'researchers',
  'activists', 'lawmakers', 'legislators', 'organizers', 'organisers', 'witnesses', 'aides', 'advisers', 'advocates',
  'groups', 'companies', 'governments', 'countries', 'nations', 'allies', 'diplomats', 'ministers', 'staff', 'crew', 'fans',
  'colleagues', 'friends', 'relatives', 'veterans', 'victims', 'survivors', 'farmers', 'drivers', 'officers', 'prosecutors',
  'investigators', 'insiders', 'polls', 'surveys', 'studies', 'reports', 'documents', 'records', 'emails', 'figures', 'users',
  'customers', 'consumers', 'shoppers', 'viewers', 'readers', 'passengers', 'travellers', 'travelers', 'patients', 'employees',
  'tourists', 'commuters', 'homeowners', 'tenants', 'landlords', 'owners', 'buyers', 'sellers']) {
  GROUP_NOUN_SET.add(noun);
}
const ORGANIZATION_NOUN_SET = new Set<string>(ORGANIZATION_NOUNS);
// "Regulators say", "the agencies said": several organizations speak as a group.
for (const noun of ['regulators', 'agencies', 'ministries', 'unions', 'newspapers', 'networks', 'associations', 'committees',
  'councils', 'courts', 'parties', 'campaigns', 'banks', 'firms', 'watchdogs', 'charities', 'broadcasters', 'outlets']) {
  GROUP_NOUN_SET.add(noun);
}
// "Another said", "the two said": a pronoun-like determiner standing for people named before.
PERSON_NOUN_SET.add('another');
for (const noun of ['two', 'three', 'four']) GROUP_NOUN_SET.add(noun);

function plural(noun: string): string {
  if (noun.endsWith('man')) return `${noun.slice(0, -3)}men`;
  if (noun.endsWith('person')) return `${noun.slice(0, -6)}people`;
  if (/(s|sh|ch|x)$/.test(noun)) return `${noun}es`;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

export type NounClass = 'person' | 'group' | 'organization';

/** What kind of speaker a common noun heads, if it can head one at all. */
export function speakerNounClass(lower: string): NounClass | undefined {
  if (PERSON_NOUN_SET.has(lower)) return 'person';
  if (ORGANIZATION_NOUN_SET.has(lower)) return 'organization';
  if (GROUP_NOUN_SET.has(lower)) return 'group';
  return undefined;
}

/** Capitalized words that end an organization's name ("Harbour Council", "Quellbyte Labs"), as written. */
export const ORGANIZATION_HEADS = new Set(
  ('Ministry|Department|League|Party|University|College|School|Academy|Council|Committee|Commission|Agency|' +
    'Authority|Bank|Corp|Corp.|Corporation|Inc|Inc.|Ltd|Ltd.|LLC|PLC|plc|Group|Company|Co.|Association|Union|' +
    'Organisation|Organization|Foundation|Institute|Institution|Army|Forces|Navy|Police|Court|Parliament|Assembly|' +
    'Congress|Senate|Church|Times|News|Post|Journal|Herald|Tribune|Gazette|Magazine|Service|Services|Office|Board|' +
    'Front|Movement|Network|Club|Society|Federation|Alliance|Coalition|Fund|Trust|Airlines|Airways|Brigade|' +
    'Brigades|Guard|Cabinet|Government|Administration|Bureau|Hospital|Museum|Conference|Team|FC|Force|Weekly|Daily|' +
    'Industries|Holdings|Partners|Media|Press|Television|Radio|Records|Studios|Motors|Systems|Technologies|Labs|' +
    'Laboratory|Institutes|Secretariat|Tribunal|Directorate|Command|Corps|Legion|Division|Battalion|Regiment|Unit|' +
    'Caucus|Exchange|Reserve|Chamber|Confederation|Consortium|Cooperative|Research|Analytics|Finance|' +
    'Securities|Capital|Insights|Report')
    .split('|'),
);

/**
 * The same heads in lower case, for speaker phrases ("the harbour council said"), and heads that name an
 * organization only as a speaker: a campaign, a broadcaster, a house of a legislature.
 */
export const ORGANIZATION_SUFFIXES = new Set([...[...ORGANIZATION_HEADS].map((head) => head.toLowerCase()), 'co', 'center', 'centre',
  'reuters', 'campaign', 'cbc', 'house', 'energy']);

/** Institutions named with an "of"/"for" tail: "Ministry of Infrastructure", "Port of Rotterdam". */
export const INSTITUTION_HEADS = new Set(['ministry', 'department', 'university', 'bank', 'church', 'house', 'office', 'institute',
  'council', 'commission', 'bureau', 'board', 'court', 'college', 'school', 'academy', 'federation', 'confederation', 'association',
  'union', 'society', 'party', 'league', 'museum', 'agency', 'authority', 'centre', 'center', 'republic', 'kingdom', 'government',
  'chamber', 'corps', 'secretariat', 'organization', 'organisation', 'assembly', 'tribunal', 'foundation', 'fund', 'port', 'city',
  'friends', 'daughters', 'sons', 'knights', 'order', 'directorate', 'inspectorate', 'administration', 'committee']);

/** Lower-case nouns that, right before a name, describe an organization, not a person ("shipping group Maersk"). */
export const ORGANIZATION_DESCRIPTORS = new Set(['group', 'company', 'firm', 'carrier', 'airline', 'bank', 'lender', 'insurer',
  'retailer', 'maker', 'manufacturer', 'automaker', 'carmaker', 'chipmaker', 'drugmaker', 'giant', 'conglomerate',
  'startup', 'start-up', 'chain', 'broadcaster', 'newspaper', 'agency', 'network', 'outlet', 'charity', 'watchdog',
  'regulator', 'union', 'party', 'club', 'brand', 'supplier', 'provider', 'platform', 'organisation', 'organization',
  'association', 'ngo', 'tank', 'institute', 'university', 'council', 'ministry', 'corporation', 'multinational', 'subsidiary',
  'utility', 'exchange', 'daily', 'tabloid', 'magazine', 'website', 'app', 'shipper', 'forwarder', 'refiner',
  'lab', 'laboratory', 'hospital', 'school', 'foundation', 'fund', 'consultancy', 'coalition', 'alliance', 'federation', 'league']);

export const PRONOUNS: Readonly<Record<string, 'he' | 'she' | 'they' | 'it'>> = {
  he: 'he', she: 'she', they: 'they', it: 'it', we: 'they',
};

/** Words that may follow the cue's subject before the cue: "Clinton also said", "he has repeatedly warned". */
export const PRE_CUE_FILLERS = new Set(['also', 'later', 'then', 'previously', 'again', 'once', 'recently', 'earlier', 'further',
  'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'did', 'does', 'do', 'may', 'might', 'had', 'been',
  'already', 'often', 'frequently', 'repeatedly', 'publicly', 'privately', 'reportedly', 'allegedly', 'simply', 'just', 'still',
  'never', 'not', 'always', 'even', 'first', "didn't", 'didn\u2019t', "doesn't", 'doesn\u2019t', "don't", 'don\u2019t', "won't", 'won\u2019t',
  "hasn't", 'hasn\u2019t', "haven't", 'haven\u2019t', "wouldn't", 'wouldn\u2019t', "couldn't", 'couldn\u2019t', 'cannot', 'to',
  'declined', 'refused', 'failed', 'finally', 'subsequently', 'separately', 'told', 'quickly', 'flatly', 'bluntly',
  'angrily', 'calmly', 'tersely', 'recently', 'long', 'herself', 'himself', 'themselves', 'itself', 'too']);

/** Stop words that may start a sentence but never a name ("However, …", "The …"). */
export const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'and', 'but', 'or', 'so', 'if', 'when', 'whenever', 'unless', 'while', 'as', 'after', 'before',
  'however', 'meanwhile', 'in', 'on', 'at', 'for', 'of', 'to', 'by', 'with', 'from', 'this', 'that', 'these', 'those', 'it',
  'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'its', 'my', 'your', 'there', 'here', 'what', 'who',
  'why', 'how', 'where', 'yet', 'still', 'also', 'then', 'now', 'not', 'no', 'yes', 'some', 'many', 'most', 'all', 'both',
  'each', 'every', 'one', 'two', 'three', 'last', 'next', 'since', 'until', 'because', 'although', 'though', 'even',
  'asked', 'according', 'despite', 'instead', 'indeed', 'still', 'overall', 'today', 'yesterday', 'tomorrow', 'tonight',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'mr', 'mrs', 'ms', 'dr', 'watch', 'read',
  'more', 'several', 'others', 'another', 'such', 'few', 'any', 'none', 'photo', 'video', 'update', 'updated', 'correction', 'editor', 'note', 'related', 'advertisement', 'share']);

/** Words that end a speaker phrase going left or right (clause boundaries). */
export const PHRASE_BOUNDARIES = new Set(['and', 'but', 'or', 'while', 'as', 'because', 'that', 'which', 'who', 'whom', 'whose',
  'when', 'where', 'if', 'after', 'before', 'since', 'although', 'though', 'than', 'so', 'then', 'also', 'however',
  'meanwhile', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could',
  'should', 'must', 'to', 'not', 'did', 'do', 'does', 'in', 'on', 'at', 'during', 'over', 'about', 'into', 'from', 'by',
  'with', 'without', 'against', 'under', 'through', 'via', 'per', 'like', 'unlike', 'until', 'told', 'said', 'says']);

export const WEEKDAYS_AND_TIME = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'last', 'this', 'week', 'month', 'year',
  'morning', 'afternoon', 'evening', 'night', 'again', 'also', 'repeatedly', 'publicly', 'privately', 'now', 'then',
  'once', 'twice', 'too', 'further', 'separately', 'bluntly', 'flatly', 'simply', 'in', 'on', 'at', 'during', 'a',
  'an', 'the', 'statement', 'interview', 'news', 'conference', 'release', 'email', 'emailed', 'speech', 'letter',
  'post', 'tweet', 'message', 'press', 'briefing', 'his', 'her', 'their', 'its', 'written', 'telephone', 'phone',
  'call', 'television', 'radio', 'video', 'meeting', 'rally', 'hearing', 'event', 'recent', 'lengthy', 'brief',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'saturday’s', 'weekend']);

// ——— Tokens ———

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  readonly kind: TokenKind;
  /** For `quote` tokens: the index of the quotation; -1 otherwise. */
  readonly quote: number;
  /** Starts with an upper-case letter (or is a digit-led name like "3M"). */
  readonly capitalized: boolean;
}

const UPPER_OR_DIGIT_U = /[\p{Lu}\p{Lt}\p{N}]/u;

/** ASCII fast path: most news text is ASCII, and Unicode property regexes are slow per character. */
function isUpper(code: number, ch: string): boolean {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return UPPER_OR_DIGIT_U.test(ch) && ch.toLowerCase() !== ch;
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'maj', 'adm',
  'st', 'jr', 'sr', 'rev', 'hon', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc',
  'corp', 'co', 'ltd', 'no', 'vs', 'mt', 'ft', 'gov', 'supt', 'insp', 'det', 'const', 'cpl', 'pte', 'fr', 'messrs', 'sens', 'reps',
  'govs', 'gens']);

/**
 * Tokenizes `[start, end)`: words (with abbreviation periods), single punctuation characters, and one `quote`
 * token per quotation (so patterns see a quotation as one unit). `quotes` must be sorted and non-overlapping.
 */
export function tokenize(text: string, start: number, end: number, quotes: readonly Span[], firstQuote: number): Token[] {
  const tokens: Token[] = [];
  let q = firstQuote;
  let at = start;
  while (at < end) {
    const nextQuote = q < quotes.length && quotes[q].start < end ? quotes[q] : undefined;
    const segmentEnd = nextQuote ? Math.max(at, nextQuote.start) : end;
    scanWords(text, at, segmentEnd, tokens);
    if (!nextQuote) break;
    const quote = quotes[q];
    tokens.push({ start: quote.start, end: quote.end, text: text.slice(quote.start, quote.end), lower: '', kind: 'quote', quote: q, capitalized: false });
    at = quote.end;
    q++;
  }
  return tokens;
}

const WORD_CHAR_U = /[\p{L}\p{N}\p{M}]/u;
const SPACE_U = /\s/u;
const nonAsciiWordChar = new Map<number, boolean>();

/** Letters, digits and combining marks; surrogates count as punctuation (rare, and never split a span). */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  let known = nonAsciiWordChar.get(code);
  if (known === undefined) {
    known = WORD_CHAR_U.test(String.fromCharCode(code));
    nonAsciiWordChar.set(code, known);
  }
  return known;
}
function isSpaceCode(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0x80) return false;
  return SPACE_U.test(String.fromCharCode(code));
}
function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Words (with abbreviation periods: "U.S.", "Dr.", "J."), numbers with separators ("40,000"), and single
 * punctuation characters, by a hand-written scan: Unicode property regexes cost several times more.
 */
function scanWords(text: string, from: number, to: number, tokens: Token[]): void {
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      i++;
      continue;
    }
    const begin = i;
    if (!isWordChar(code)) {
      i++;
      tokens.push({ start: begin, end: i, text: text[begin], lower: text[begin], kind: 'punct', quote: -1, capitalized: false });
      continue;
    }
    // Initialisms: a letter and a period, twice or more ("U.S.", "U.N.").
    let j = i;
    while (j + 1 < to && isWordChar(text.charCodeAt(j)) && !isDigitCode(text.charCodeAt(j)) && text.charCodeAt(j + 1) === 0x2e) j += 2;
    if (j - i >= 4) {
      // "U.S.-based", "U.K.-listed": a hyphen goes on with the word.
      while (j + 1 < to && text.charCodeAt(j) === 0x2d && isWordChar(text.charCodeAt(j + 1))) {
        j++;
        while (j < to && isWordChar(text.charCodeAt(j))) j++;
      }
      pushWord(text, begin, j, tokens);
      i = j;
      continue;
    }
    if (isDigitCode(code)) {
      // Numbers keep their separators: 40,000 and 1.5.
      j = i;
      while (j < to && isDigitCode(text.charCodeAt(j))) j++;
      while (j + 1 < to && (text.charCodeAt(j) === 0x2c || text.charCodeAt(j) === 0x2e) && isDigitCode(text.charCodeAt(j + 1))) {
        j++;
        while (j < to && isDigitCode(text.charCodeAt(j))) j++;
      }
      // "3M" and "21-month" go on as words.
      const joined = j < to && (isWordChar(text.charCodeAt(j)) || (text.charCodeAt(j) === 0x2d && j + 1 < to && isWordChar(text.charCodeAt(j + 1))));
      if (!joined) {
        pushWord(text, begin, j, tokens);
        i = j;
        continue;
      }
    }
    j = i + 1;
    while (j < to) {
      const c = text.charCodeAt(j);
      if (isWordChar(c)) j++;
      else if ((c === 0x27 || c === 0x2019 || c === 0x2d) && j + 1 < to && isWordChar(text.charCodeAt(j + 1))) j += 2;
      else break;
    }
    // "GreatFire.org", "Amazon.com": a web domain is one name.
    const domainEnd = j < to && text.charCodeAt(j) === 0x2e ? webDomainEnd(text, j, to) : -1;
    if (domainEnd > 0) j = domainEnd;
    // A period after an abbreviation or an initial belongs to the word.
    else if (j < to && text.charCodeAt(j) === 0x2e) {
      const lower = text.slice(begin, j).toLowerCase();
      // "then-Gov. Ada Quill": a prefixed title keeps its period too.
      if (ABBREVIATIONS.has(lower.slice(lower.lastIndexOf('-') + 1)) || (j - begin === 1 && isUpper(code, text[begin]))) j++;
    }
    pushWord(text, begin, j, tokens);
    i = j;
  }
}

const TOP_LEVEL_DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'int', 'info', 'io', 'co', 'uk', 'ca', 'eu', 'de', 'fr', 'au', 'in', 'cn', 'ru']);

/** "GreatFire.org" → "GreatFire"; any other name → null. */
export function webDomainBase(name: string): string | null {
  const dot = name.indexOf('.');
  if (dot <= 0 || /\s/.test(name)) return null;
  return webDomainEnd(name, dot, name.length) === name.length ? name.slice(0, dot) : null;
}

/** After the word ending at the period `dot`, the end of a web domain's suffix (".org", ".co.uk"), or -1. */
function webDomainEnd(text: string, dot: number, to: number): number {
  let end = -1;
  let at = dot;
  while (at < to && text.charCodeAt(at) === 0x2e) {
    let e = at + 1;
    while (e < to && e - at <= 5 && text.charCodeAt(e) >= 0x61 && text.charCodeAt(e) <= 0x7a) e++;
    if (e === at + 1 || (e < to && isWordChar(text.charCodeAt(e))) || !TOP_LEVEL_DOMAINS.has(text.slice(at + 1, e))) break;
    end = e;
    at = e;
  }
  return end;
}

const FORMER_TITLE = /^(?:then|ex)-\p{Lu}/u;

function pushWord(text: string, start: number, end: number, tokens: Token[]): void {
  const word = text.slice(start, end);
  const code = word.charCodeAt(0);
  // "then-Gov.", "ex-Mayor": a former title is as capitalized as the title.
  const formerTitle = FORMER_TITLE.test(word);
  tokens.push({ start, end, text: word, lower: word.toLowerCase(), kind: 'word', quote: -1, capitalized: isUpper(code, word[0]) || isDigitCode(code) || formerTitle });
}

// ——— First names that carry a gender (for he/she resolution only; unknown names stay neutral) ———

const FEMALE_FIRST_NAMES = 'mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary melania ivanka chelsea nikki sheryl caroline anne marieke greta angela theresa jacinda kamala nancy elizabeth michelle oprah beyonce taylor serena venus dorie cindy claire fiona sophie chloe zoe ella lily mia ava leah nina tina vera ingrid astrid elena irina olga natasha svetlana yuki mei aisha fatima leila yasmin priya anita sunita'.split(' ');
const MALE_FIRST_NAMES = 'james robert john michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis barack bernie mike mitch ted marco rand chris jeb bill hamish doug tom ian ben adam elon larry justin jagmeet stephen sergei vladimir lakhdar bashar boris emmanuel angelo pierre jean-claude francois hans klaus jonas lars erik sven ahmed mohammed muhammad ali omar hassan ibrahim yusuf kim xi li wang'.split(' ');
const FIRST_NAME_GENDER = new Map<string, 'f' | 'm'>();
for (const n of MALE_FIRST_NAMES) FIRST_NAME_GENDER.set(n, 'm');
for (const n of FEMALE_FIRST_NAMES) FIRST_NAME_GENDER.set(n, 'f');
for (const ambiguous of ['jean', 'taylor', 'jordan', 'kim', 'li', 'wang', 'angelo', 'chris']) FIRST_NAME_GENDER.delete(ambiguous);

export function firstNameGender(lower: string): 'f' | 'm' | null {
  return FIRST_NAME_GENDER.get(lower) ?? null;
}
