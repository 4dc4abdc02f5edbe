/**
 * Would a strict history teacher examine a student on this card? The quality filter (quality.ts) drops
 * cards that are broken (debris, dangling pronouns, answers given away); this filter drops cards that are
 * well formed but not worth learning or not answerable with one right answer: open "What happened on
 * <date>?" questions, "Who was elected a member of <a body of many members>?", day-by-day chronicle
 * entries (sent a letter, chaired a sitting), ceremonial posts (the presidium of a congress), references
 * that do not say what they refer to ("the Seventh Congress"), re-elections worded as first elections,
 * file names cited as works, and answers that restate the question or promise what they do not give.
 *
 * Every rule is linguistic or structural, so it holds on documents the generator has never seen.
 */
import type { Card } from './types';

export type WorthinessReason =
	| 'open-date-question'
	| 'many-members'
	| 'ceremonial-post'
	| 'chronicle-trivia'
	| 'unqualified-assembly'
	| 'unqualified-document'
	| 'given-name-only'
	| 're-election-as-election'
	| 'file-name-as-work'
	| 'answer-restates-question'
	| 'answer-fragment'
	| 'file-name-in-answer'
	| 'placeless-post'
	| 'familiar-name'
	| 'minor-detail';

export interface Worthiness {
	keep: boolean;
	reason?: WorthinessReason;
}

const KEEP: Worthiness = { keep: true };
const drop = (reason: WorthinessReason): Worthiness => ({ keep: false, reason });

export function examWorthiness(card: Card): Worthiness {
	const reason =
		openDateQuestion(card) ??
		manyMembers(card) ??
		ceremonialPost(card) ??
		chronicleTrivia(card) ??
		unqualifiedAssembly(card) ??
		unqualifiedDocument(card) ??
		givenNameOnly(card) ??
		reElectionAsElection(card) ??
		fileNameAsWork(card) ??
		placelessPost(card) ??
		familiarName(card) ??
		minorDetail(card) ??
		answerProblem(card);
	return reason ? drop(reason) : KEEP;
}

/** Cards a teacher would examine on, in order; the others with why they were dropped. */
export function examWorthyCards(cards: Card[]): { kept: Card[]; dropped: { card: Card; reason: string }[] } {
	const kept: Card[] = [];
	const dropped: { card: Card; reason: string }[] = [];
	for (const card of cards) {
		const verdict = examWorthiness(card);
		if (verdict.keep) kept.push(card);
		else dropped.push({ card, reason: verdict.reason ?? 'unknown' });
	}
	return { kept, dropped };
}

/**
 * "What happened on 19 June 1924?" has as many right answers as things happened that day; the basic
 * form ("When did …?") of the same fact stays.
 */
function openDateQuestion(card: Card): WorthinessReason | undefined {
	if (card.kind === 'date' && card.form === 'reverse') return 'open-date-question';
	if (/^What happened (on|in)\b/i.test(card.front)) return 'open-date-question';
	return undefined;
}

/** Seats shared by many people at once: asking "who?" has many right answers. */
const MEMBERSHIP = /\b(member|members|membership|candidate|delegate|deputy|councillor|councilor|representative)\b/i;

/**
 * "Who was elected a member of the Central Committee in 1919?" — dozens were. "Which post was X elected
 * to in March 1919?" → "Member of …" — people are elected to several bodies at one congress. The
 * "When did X become a member of …?" form has one answer and stays.
 */
function manyMembers(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'office') return undefined;
	if (card.form === 'basic' && /^Who\b/i.test(card.front) && MEMBERSHIP.test(card.office ?? card.front))
		return 'many-members';
	if (card.form === 'reverse' && /^Which (post|office|position)\b/i.test(card.front) && MEMBERSHIP.test(card.back))
		return 'many-members';
	return undefined;
}

/** An assembly that meets for days: its presidium, commissions and chairs are honours of the day. */
const MEETING = String.raw`(congress|conference|session|sitting|meeting|plenum|assembly|rally|gathering)`;
const CEREMONIAL = [
	new RegExp(String.raw`\bpresidium of (the )?([\w.()'’-]+ ){0,6}${MEETING}\b`, 'i'),
	new RegExp(String.raw`\bpresidium of the ${MEETING}\b`, 'i'),
	new RegExp(String.raw`\bcommission (of|at) (the )?([\w.()'’-]+ ){0,6}${MEETING}\b`, 'i'),
	// An ad-hoc working commission ("the commission for drafting the resolution", "on work among the youth").
	/\bcommission (for|on|to) [a-z]/i,
	/\bhonorary\b/i
];
/** A commission named by its purpose or nation only ("the Polish Commission"): which body's? */
const STANDING_BODY = /\b(central|state|supreme|national|federal|control|planning|electoral|executive|permanent)\b/i;

function ceremonialPost(card: Card): WorthinessReason | undefined {
	if (card.kind === 'thesis') return undefined;
	const text = [card.office ?? '', card.front, card.back].join(' | ');
	if (CEREMONIAL.some((re) => re.test(text))) return 'ceremonial-post';
	const office = card.office ?? '';
	if (/\bcommission\b/i.test(office) && !/\bof\b/i.test(office) && !STANDING_BODY.test(office))
		return 'ceremonial-post';
	return undefined;
}

/**
 * Day-by-day chronicle entries: what someone did on one day among hundreds (sent a letter, spoke at a
 * meeting, chaired a sitting, took part in proceedings). Key events keep their cards whatever the verb.
 */
const LOW_VALUE_VERB = new RegExp(
	'^When (did|was|were) .+?\\b(' +
		[
			'send',
			'sent',
			'sign',
			'signed',
			'write a letter',
			'write to',
			'wrote a letter',
			'deliver',
			'speak',
			'spoke',
			'direct the (proceedings|meetings?|sittings?|sessions?)',
			// Chairing a sitting is routine; presiding over a named congress of states is not.
			'(chair|preside over|preside at) (the |a |an )?(\\w+ )?(session|sitting|meeting|proceedings)',
			'take part',
			'took part',
			'participate',
			'attend',
			'greet',
			'give (his|her|their|an?) (views|interview|talk)',
			'have a talk',
			'make (amendments|an entry|a speech)',
			'finish',
			'complete',
			'stand in the guard',
			'carry out the coffin',
			'receive',
			'visit',
			'travel',
			'go illegally',
			'work (as|at|in|for)'
		].join('|') +
		')\\b',
	'i'
);
const KEY_EVENT =
	/\b(born|birth|die|died|death|killed|executed|assassinated|found|founded|formed|establish|established|create|created|revolution|treaty|armistice|abdicate|abdicated|crowned|exile|exiled|deport|deported|arrest|arrested|banish|banished|expel|expelled|elect|elected|appoint|appointed|become|became|resign|resigned|dismiss|dismissed|war|uprising|ultimatum)\b/i;

/** A titled work: a quoted title, "his book …", or a title after "on" ("lectures on The Foundations of …"). */
const NAMED_WORK = /[“"«]\p{Lu}[^”"»]{2,}[”"»]|\b(his|her|their|the) (book|pamphlet|treatise|essay)\b|\bon (The|A|An) \p{Lu}/u;

/** The generator ranks chronicle entries and minor biography below births, deaths, offices and congresses. */
const LOW_IMPORTANCE = 0.65;

function chronicleTrivia(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'date' || card.importance > LOW_IMPORTANCE + 1e-9) return undefined;
	const match = LOW_VALUE_VERB.exec(card.front);
	if (!match) return undefined;
	const rest = card.front.slice(match.index + match[0].length);
	// "When did X send the ultimatum that began the war?" is a key event told with a small verb.
	if (KEY_EVENT.test(rest)) return undefined;
	// A speech, lecture or book with a title is a work the student is examined on: its date stays.
	if (NAMED_WORK.test(rest)) return undefined;
	return 'chronicle-trivia';
}

const ORDINAL =
	'(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\\w+|thirtieth|\\d+(st|nd|rd|th))';
/** "the Seventh Congress" with nothing saying whose: an ordinal straight before the assembly noun. */
const UNQUALIFIED_ASSEMBLY = new RegExp(
	`\\bthe ${ORDINAL} (congress|conference|plenum|session|convention|assembly|synod|council)\\b(?! of\\b)(?!\\s*\\()`,
	'i'
);

function unqualifiedAssembly(card: Card): WorthinessReason | undefined {
	return UNQUALIFIED_ASSEMBLY.test(card.front) ? 'unqualified-assembly' : undefined;
}

/**
 * "When did X finish the article?": a document named only by its kind, with no title, author, addressee
 * or subject after it — which article?
 */
const UNQUALIFIED_DOCUMENT =
	/\bthe( \p{Ll}+)? (article|letter|speech|book|report|pamphlet|document|resolution|decree|appeal|telegram|statement|preface|interview)( (was |were )?(written|published|signed|issued|delivered|adopted|sent|completed|finished))?\?$/u;

function unqualifiedDocument(card: Card): WorthinessReason | undefined {
	return card.kind !== 'thesis' && UNQUALIFIED_DOCUMENT.test(card.front) ? 'unqualified-document' : undefined;
}

/**
 * "When was Ekaterina released?": a person named by a given name only. Biographies introduce family
 * members by given name because they share the subject's surname ("Ekaterina and her husband …",
 * "his wife Nadezhda"), so kinship next to a one-word name marks it as a given name. (A one-word name
 * followed by another capitalised word proves nothing: "Kalinin Mikhail Ivanovich" puts the surname first.)
 */
function givenNameOnly(card: Card): WorthinessReason | undefined {
	const quote = card.source.quote.replace(/\s+/g, ' ');
	for (const person of card.people) {
		const name = person.trim();
		if (!/^\p{Lu}[\p{Ll}’'-]+$/u.test(name) || !card.front.includes(name)) continue;
		const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		const kin = new RegExp(
			`\\b(wife|husband|widow|daughter|son|mother|father|sister|brother),? ${escaped}\\b|\\b${escaped},? and (her|his) (husband|wife|mother|father|sister|brother|son|daughter)\\b`,
			'u'
		);
		if (kin.test(quote)) return 'given-name-only';
	}
	return undefined;
}

/**
 * The quote re-elects the person to this very post ("… and re-elects him General Secretary of …"),
 * not merely mentions a re-election of some other post in the same passage.
 */
function reElectedToOffice(card: Card): boolean {
	if (card.kind !== 'office' || !card.office) return false;
	const quote = card.source.quote.replace(/\s+/g, ' ');
	if (!/\bre-?elect/i.test(quote)) return false;
	const post = card.office
		.replace(/^(candidate member|member|candidate) of (the )?/i, '')
		.split(/\s+/)
		.slice(0, 2)
		.join(' ')
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`\\bre-?elect\\w*\\b(\\s+\\S+){0,3}?\\s+(as\\s+|to\\s+)?(the\\s+)?${post}`, 'i').test(quote);
}

/** A re-election asked as if it were the first election: misleading unless the card says "re-elected". */
function reElectionAsElection(card: Card): WorthinessReason | undefined {
	if (!reElectedToOffice(card)) return undefined;
	return /\bre-?elect/i.test(`${card.front} ${card.back}`) ? undefined : 're-election-as-election';
}

/** "Who was elected General Secretary …?" where the quote re-elects him → "Who was re-elected …?". */
export function asReElection(card: Card): Card {
	if (!reElectionAsElection(card) || !/\belected\b/.test(card.front)) return card;
	return { ...card, front: card.front.replace(/\belected\b/, 're-elected') };
}

/**
 * "What did Bismarck hold about Germany, according to “Bismarck wikipedia”?": the title cited is the
 * document's file name ("bismarck-wikipedia.txt") or its first words, not a work of the author. A work
 * the extractor found in the text (card.work) is never taken for a file name.
 */
const citedFileName = (card: Card): RegExpExecArray | undefined => {
	const stem = fileNameWords(card.source.document);
	if (stem.length < 2) return undefined;
	const citation = /,? (according to|in) (the (notes|article|text|document|file) )?[“"]([^”"]+)[”"]/g;
	for (const match of card.front.matchAll(citation)) {
		const title = match[4];
		if (card.work === title || card.source.work === title) continue;
		const words = title.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
		if (words.length >= 2 && words.every((w, i) => stem[i] === w)) return match as RegExpExecArray;
	}
	return undefined;
};

function fileNameAsWork(card: Card): WorthinessReason | undefined {
	return citedFileName(card) ? 'file-name-as-work' : undefined;
}

/**
 * The card without a file name cited as its work: "…, according to “Bismarck wikipedia”?" → "…?". The
 * claim stays (the quote still shows it); only the false citation goes.
 */
export function withoutFileNameWork(card: Card): Card {
	const match = citedFileName(card);
	if (!match) return card;
	const front = (card.front.slice(0, match.index) + card.front.slice(match.index + match[0].length))
		.replace(/\s+([?.])/g, '$1')
		.trim();
	return { ...card, front };
}

/**
 * The card as a teacher would accept it, or undefined when it should not be generated: a file name
 * cited as a work is removed from the question and a re-election is called one first, then every rule of examWorthiness applies.
 */
export function examWorthyCard(card: Card): Card | undefined {
	const repaired = asReElection(withoutFileNameWork(card));
	return examWorthiness(repaired).keep ? repaired : undefined;
}

function fileNameWords(document: string): string[] {
	const base = document.split(/[\\/]/).pop() ?? document;
	return base
		.replace(/\.[a-z0-9]{1,5}$/i, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
}

const STOP = new Set(
	'a an the of to in on at by for and or but is are was were be been had has have that this with as from it its his her their what who when which did does do about according'.split(
		' '
	)
);
const contentWords = (text: string) =>
	text
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length > 2 && !STOP.has(w));

/** Stems, so "elected" in the question and "elects" in the answer count as one word. */
const stem = (w: string) => w.replace(/(ing|ed|es|s)$/, '');

function answerProblem(card: Card): WorthinessReason | undefined {
	const back = card.back.trim();
	if (/\b[\w-]+\.(txt|md|pdf|docx?|html?|rtf|odt|epub)\b/i.test(back) && card.conflicts.length === 0)
		return 'file-name-in-answer';
	// "Power be taken before October 25 for two reasons" — the reasons are not on the card.
	if (
		/\b(for|in|of|on) (two|three|four|five|several|a number of|the following) (reasons|ways|things|points|conditions|grounds|features|respects|causes)\.?$/i.test(
			back
		) ||
		/\b(as follows|the following)\s*[:.]?$/i.test(back) ||
		/:\s*$/.test(back)
	)
		return 'answer-fragment';
	if (card.kind !== 'thesis' || card.form === 'cloze') return undefined;
	const answer = contentWords(back);
	if (answer.length < 3) return undefined;
	const question = new Set(contentWords(card.front).map(stem));
	const fresh = answer.filter((w) => !question.has(stem(w)));
	// Nearly every word of the answer is already in the question: it restates rather than answers.
	return fresh.length / answer.length <= 0.25 ? 'answer-restates-question' : undefined;
}

/**
 * "Who was elected Mayor in 1917?" — mayor of what? A local post named without its town or body has no
 * single answer; with it ("Mayor of Lyon") the card stays.
 */
const LOCAL_POST = /^(the )?(lord )?(mayor|deputy mayor|councillor|councilor|alderman|burgomaster|burgher|magistrate|sheriff|reeve|selectman|prefect|alcalde)$/i;

function placelessPost(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'office' || !card.office) return undefined;
	return LOCAL_POST.test(card.office.trim()) ? 'placeless-post' : undefined;
}

/**
 * "When did Ilyich invite Stalin?": a person called by a patronymic alone, or by an initial and a
 * patronymic ("V. Ilyich"), as friends and the source's idiom do — a student cannot tell who is meant.
 * Surnames formed the same way end in -ovich/-evich ("Kaganovich", "Shostakovich") and places and
 * Germanic names in -rich/-wich/-nich ("Zurich", "Norwich", "Munich") do not match the stem letters;
 * a patronymic after a given name or before a surname ("Mikhail Ivanovich Kalinin") is a full name.
 */
const PATRONYMIC_ALONE =
	/(?<!\p{Lu}[\p{Ll}’'-]+ )\b(?:\p{Lu}\. ?)?\p{Lu}\p{Ll}+(?:(?<=[lkmty])ich|ichna)\b(?! \p{Lu})/u;

function familiarName(card: Card): WorthinessReason | undefined {
	return PATRONYMIC_ALONE.test(card.front) ? 'familiar-name' : undefined;
}

/**
 * The generator ranks the day-by-day entries of a chronicle, editorial notes and asides lowest. Such a
 * date is a detail no exam asks for, unless the event is a key one whatever its rank (a birth, an
 * arrest, a founding …) or is about a titled work the student reads.
 */
const MINOR_IMPORTANCE = 0.35;
/** The noun forms of key events ("endorsed his appointment"), which KEY_EVENT's verbs do not match. */
const NAMED_ASSEMBLY = /\b(Congress|Conference|Plenum|Convention|Council|Synod|Diet|Parliament)\b/;
const KEY_EVENT_NOUN = /\b(appointment|election|arrest|exile|foundation|founding|abdication|coronation|execution)\b/i;

function minorDetail(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'date' || card.importance > MINOR_IMPORTANCE + 1e-9) return undefined;
	const front = card.front;
	if (KEY_EVENT.test(front) || KEY_EVENT_NOUN.test(front) || NAMED_WORK.test(front)) return undefined;
	// A report to a named congress is part of that congress, which the student is examined on.
	if (NAMED_ASSEMBLY.test(front)) return undefined;
	return 'minor-detail';
}
