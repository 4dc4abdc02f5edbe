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
import { barePartyIsClear, withPartyNamed } from './party-names';
import { stableCardId } from './hash';
import { asSentence, escapeRegExp } from './text';

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
	| 'minor-detail'
	| 'not-an-event'
	| 'one-of-many'
	| 'loaded-wording'
	| 'dangling-reference'
	| 'local-post'
	| 'unqualified-post'
	| 'rhetorical-definition'
	| 'first-person'
	| 'unsourced-claim'
	| 'open-question'
	| 'not-a-person'
	| 'partial-answer'
	| 'unnamed-party'
	| 'deputy-post'
	| 'editorial-aside';

export interface Worthiness {
	keep: boolean;
	reason?: WorthinessReason;
}

const KEEP: Worthiness = { keep: true };
const drop = (reason: WorthinessReason): Worthiness => ({ keep: false, reason });

export function examWorthiness(card: Card, options: { skip?: WorthinessReason } = {}): Worthiness {
	const reason = firstReason(card, options.skip);
	return reason ? drop(reason) : KEEP;
}

function firstReason(card: Card, skip: WorthinessReason | undefined): WorthinessReason | undefined {
	for (const rule of RULES) {
		const reason = rule(card);
		if (reason && reason !== skip) return reason;
	}
	return undefined;
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

/** Being chosen as a delegate to a congress: hundreds were, and nobody is examined on it. */
function delegate(card: Card): WorthinessReason | undefined {
	return card.kind !== 'thesis' && /\bdelegates?\b/i.test(card.front) ? 'many-members' : undefined;
}

/** A day-by-day chronicle entry: the quote opens on its day ("May 11 …", "Beginning of April …"). */
const DAY_HEADING =
	/^\s*(?:(?:beginning|end|middle|early|late) of |(?:early|late|mid-?)\s?)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?:\s+\d{1,2}\b)?/i;
/** Seats on a body of many: "elected to the All-Russian Central Executive Committee", "a member of …". */
const BODY_SEAT =
	/\b(?:elect\w*|appoint\w*|place\w*|put)\s+(?:\w+\s+){0,3}?(?:to|on)\s+(?:the\s+)?(?:\S+\s+){0,6}?(?:committee|council|soviet|presidium|bureau|commission|board|executive|E\.C\.|C\.C\.)|\b(?:a\s+)?member of\b|\belected\s+to\b/i;

/**
 * A chronicle of someone's year lists every body a sitting elected them to ("January 29 … is elected to
 * the All-Russian Central Executive Committee"): seats among many, mostly re-elections. A post of one
 * ("re-elected General Secretary") is not a seat and stays.
 */
function chronicleSeat(card: Card): WorthinessReason | undefined {
	if (card.kind === 'thesis' || !DAY_HEADING.test(card.source.quote)) return undefined;
	const what = card.kind === 'office' ? `${card.front} ${card.office ?? ''}` : card.front;
	return BODY_SEAT.test(what) ? 'many-members' : undefined;
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
	// "Chairman of the Polish Commission": the commission itself is named by its purpose or nation only.
	const named = /\bthe ((?:[\p{L}'’-]+ ){0,3})commission\b(?!\s+(?:of|for|on)\b)/iu.exec(card.kind === 'office' ? office : card.front);
	if (named && !STANDING_BODY.test(named[1]) && !/\p{Lu}{2,}/u.test(named[1])) return 'ceremonial-post';
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

/** Chronicle verbs whose object is no work, so a title after them does not make the entry a work's date. */
const NOT_ABOUT_A_WORK = /^(?:take part|took part|participate|attend|greet|receive|visit|travel|go illegally|work (?:as|at|in|for)|stand in the guard|carry out the coffin)$/i;

/** A titled work: a quoted title, "his book …", or a title after "on" ("lectures on The Foundations of …"). */
const NAMED_WORK = /[“"«]\p{Lu}[^”"»]{2,}[”"»]|\b(his|her|their|the) (book|pamphlet|treatise|essay)\b|\bon (The|A|An) \p{Lu}/u;

/** The generator ranks chronicle entries and minor biography below births, deaths, offices and congresses. */
const LOW_IMPORTANCE = 0.65;

function chronicleTrivia(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'date' || card.importance > LOW_IMPORTANCE + 1e-9) return undefined;
	const match = LOW_VALUE_VERB.exec(card.front);
	if (!match) return undefined;
	const rest = card.front.slice(match.index + match[0].length);
	// "When did X send the ultimatum that began the war?" is a key event told with a small verb; so is
	// "When was the Treaty of Kanagawa signed?", whose treaty comes before the verb.
	if (KEY_EVENT.test(rest)) return undefined;
	if (NOTABLE_OBJECT.test(card.front.slice(0, match.index + match[0].length).replace(/^When (?:did|was|were)\s/i, '')))
		return undefined;
	// A speech, lecture or book with a title is a work the student is examined on: its date stays. A
	// title after a visit or a job ("worked for the “Communist subbotnik”") names no work.
	// Finishing a text is a day in its writing; its publication or delivery is what is examined.
	if (NAMED_WORK.test(rest) && !NOT_ABOUT_A_WORK.test(match[2]) && !/^(?:finish|complete)$/i.test(match[2]))
		return undefined;
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
		const escaped = escapeRegExp(name);
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
export function examWorthyCard(card: Card, context: WorthinessContext = {}): Card | undefined {
	const repaired = asFounding(
		withoutDatelineCitation(
			withWholeList(
				asJudgementCloze(
					withTimeForSource(
						articleAsQuoted(
							withPlace(
								withFirst(
									withoutFirstPerson(
										asReElection(withoutFileNameWork(withPartyNamed(card, context.parties)))
									)
								)
							)
						)
					)
				)
			)
		)
	);
	const verdict = examWorthiness(repaired);
	if (verdict.keep) return repaired;
	// A bare "the Communist Party" in a document that names no such party otherwise: no ambiguity.
	if (verdict.reason === 'unnamed-party' && barePartyIsClear(repaired, context.parties)) {
		const without = examWorthiness(repaired, { skip: 'unnamed-party' });
		return without.keep ? repaired : undefined;
	}
	return undefined;
}

/** What the worthiness rules may know of the card's document. */
export interface WorthinessContext {
	/** The full party names the document uses (see party-names.ts); unset when unknown. */
	parties?: string[];
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

/**
 * Schooling and first jobs ("graduated from the village school", "began to work as an apprentice lathe
 * operator"): the early biography a teacher skips, whatever rank the generator gave it.
 */
const EARLY_LIFE =
	/\bgraduat\w* from (?:the |a )?(?:\p{Ll}+ )?(?:school|gymnasium|academy|college|seminary)\b|\bapprentice\b|\bbeg[ia]n to work\b|\bstart(?:ed)? (?:to )?work(?:ing)?\b|\bbecome an? (?:\p{Ll}+ ){0,2}(?:operator|worker|labourer|laborer|clerk|tutor|mechanic|turner|fitter|locksmith|printer|typesetter|weaver|porter|shoemaker|cobbler|carpenter|bookkeeper)\b/u;

/**
 * Office papers of a works volume ("Motion for the Politbureau on Kalinin's trip", "Telegram to …",
 * "Note on …"): titled, but a day's business, not a work a student reads.
 */
const OFFICE_PAPER =
	/[“"](?:Draft |Rough )?(?:Motion|Note|Notes|Telegram|Telegrams|Memo|Memorandum|Remarks|Directive|Instructions|Order|Request|Reply to an Inquiry)\b/;

function minorDetail(card: Card): WorthinessReason | undefined {
	if (card.kind === 'date' && EARLY_LIFE.test(card.front)) return 'minor-detail';
	if (card.kind === 'date' && OFFICE_PAPER.test(card.front)) return 'minor-detail';
	if (card.kind !== 'date' || card.importance > MINOR_IMPORTANCE + 1e-9) return undefined;
	const front = card.front;
	if (KEY_EVENT.test(front) || KEY_EVENT_NOUN.test(front) || NAMED_WORK.test(front)) return undefined;
	// A report to a named congress is part of that congress, which the student is examined on.
	if (NAMED_ASSEMBLY.test(front)) return undefined;
	return 'minor-detail';
}

/**
 * "When did Kalinin support the Leninist line?", "When did the split become more evident?": a stance
 * or a state held over time, not an event with a date; the year in the quote is only when it was seen.
 */
const STANCE =
	/^When (?:did|was|were) .+?\b(?:support|oppose|stand for|advocate|favou?r|enjoy|combat|side (?:\w+ )?with|hold the view|believe|sympathi[sz]e with|agree with)\b/i;
const STATE_CHANGE = /\b(?:become|grow|get|be) (?:more|less|increasingly|ever more)\b|\breach (?:a |its |their )?new heights?\b/i;

function notAnEvent(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'date') return undefined;
	return STANCE.test(card.front) || STATE_CHANGE.test(card.front) ? 'not-an-event' : undefined;
}

/** Objects that are events of their own whatever the article: a law, a crisis, a war. */
const NOTABLE_OBJECT =
	/\b(?:decree|law|act|statute|constitution|treaty|pact|truce|alliance|charter|crisis|famine|war|revolution|rebellion|uprising|revolt|mutiny|coup|invasion|expedition|campaign|republic|empire|kingdom|state|government|party|dynasty|stroke|heart attack)\b/i;
/** Verbs whose indefinite object names one occasion among many: "lead a strike", "launch a new attack". */
const INDEFINITE_OBJECT = /^When (?:did|was|were) (?:[\p{Lu}][\p{L}.'’-]*,? (?:and )?)+(\p{Ll}+) (?:(?:an?|another|one more) )(.+)\?$/u;

/**
 * "When did Stalin escape once more?", "When did Kalinin lead a strike?", "When was Trotsky given a new
 * post?": one occurrence of something that happened many times. A teacher asks which one, or not at all.
 */
function oneOfMany(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'date') return undefined;
	if (/\b(?:again|once more|once again|anew)\b/i.test(card.front)) return 'one-of-many';
	// "When did the plenum of the Central Committee take place?" — a body that meets every few months.
	// A titled speech given there, or a sitting named by what it did ("that adopted the resolution …"), is one.
	const sitting = /\bthe (?:plenum|plenary meeting|plenary session|session|sitting|meeting) of the\b(.*)$/i.exec(card.front);
	if (sitting && !NAMED_WORK.test(card.front) && !/\b(?:that|which|where|at which|when)\b/i.test(sitting[1]))
		return 'one-of-many';
	const m = INDEFINITE_OBJECT.exec(card.front);
	if (!m) return undefined;
	const [, verb, object] = m;
	// A proposal, a declaration or a law introduced is one act, whatever its article.
	if (KEY_EVENT.test(verb) || /^(?:become|became|be|marry|married|propose|proposed|introduce|introduced|issue|issued|declare|declared|proclaim|proclaimed|conclude|concluded)$/i.test(verb))
		return undefined;
	if (KEY_EVENT.test(object) || NOTABLE_OBJECT.test(object) || NAMED_WORK.test(object)) return undefined;
	return 'one-of-many';
}

/**
 * A date or an office states a fact in the card's own voice, so the source's praise or abuse would be
 * taught as fact ("against the opportunist Mensheviks", "the great wave of emulation"). Theses are
 * attributed to their author ("According to Stalin, …") and may keep it; quoted words are the source's.
 */
const LOADED =
	/\b(?:opportunist(?:ic)?|great|glorious|heroic|treacherous|traitorous|renegade|memorable|magnificent|brilliant|genius|wonderful|terrific|notorious|infamous|heinous|vile|despicable|bandits?|wreckers?|lackeys?|hirelings?|quasi-\p{L}+|so-called|irrevocably|valiant|immortal|beloved|illustrious|shameful|criminal)\b/u;

function loadedWording(card: Card): WorthinessReason | undefined {
	if (card.kind === 'thesis') return undefined;
	const unquoted = (text: string) => text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, ' ');
	return [card.front, card.back].some((face) => LOADED.test(unquoted(face))) ? 'loaded-wording' : undefined;
}

/**
 * "the subsequent congress", "throughout that summer", "the latter": words pointing back into the text
 * the student does not see.
 */
const BACK_REFERENCE =
	/\b(?:subsequent|aforementioned|aforesaid|above-mentioned|abovementioned)\b|\bthe same (?:year|day|month|time)\b|\bthat (?:summer|winter|spring|autumn|year|day|month|time|week)\b/i;
/**
 * "the latter" inside an answer points within the answer; in the question it points at the text. So do
 * "such elements" (which?) and a document named by its kind alone ("the focal point of the resolution").
 */
const BACK_REFERENCE_IN_QUESTION =
	/\bthe (?:latter|former)\b|\bsuch \p{Ll}+s\b(?! as\b)|\bthe (?:resolution|discussion|report|article|letter|speech|decision|proposal|document|decree|motion)\b(?!\s+(?:of|on|to|by|for|about|in|at|[“"]))/iu;

/** A famous line must stand alone: "such things", "this question", "that period" lean on what came before. */
const LEANING_LINE = /\b(?:such|this|these|those) \p{Ll}+|\bthat (?:period|time|year|day|moment|question|matter|case|point)\b/iu;

function danglingReference(card: Card): WorthinessReason | undefined {
	if (card.kind === 'thesis' && card.form === 'reverse' && /^Who said\b/.test(card.front)) {
		const line = /“([^”]+)”/.exec(card.front)?.[1] ?? '';
		// "Our Party and people respect …": whose party the student cannot tell from the line.
		if (LEANING_LINE.test(line) || FIRST_PERSON_BODY.test(line)) return 'dangling-reference';
	}
	// Quoted words are the source's; an empty pair keeps the place of a title ("the speech “…”").
	const unquoted = (text: string) => text.replace(/“[^”]*”/g, '“”').replace(/"[^"]*"/g, '""');
	if (BACK_REFERENCE_IN_QUESTION.test(unquoted(card.front))) return 'dangling-reference';
	return [card.front, card.back].some((face) => BACK_REFERENCE.test(unquoted(face))) ? 'dangling-reference' : undefined;
}

/**
 * The bodies of a district, ward or village ("chairman of the raion board", "the Narva raion committee"),
 * and a council seat or mayoralty named without its town ("elected councillor", "mayor of the city"):
 * local detail a history exam does not ask, or a post that could be anywhere.
 */
const LOCAL_BODY = /\b(?:raion|rayon|district|ward|borough|parish|township|village|volost|uyezd|precinct|county)\b/i;
const PLACELESS_IN_QUESTION =
	/\b(?:elected|appointed|chosen(?: as)?|became|become|made)\s(?:an?\s|the\s)?(?:mayor|deputy mayor|councillor|councilor|alderman|burgomaster|magistrate|sheriff|prefect)\b(?!\s+(?:of|in|for)\s+(?!the (?:city|town|village)\b)\p{Lu})/iu;

function localPost(card: Card): WorthinessReason | undefined {
	if (card.kind === 'thesis') return undefined;
	if (card.kind === 'office' && LOCAL_BODY.test(card.office ?? '')) return 'local-post';
	if (card.kind === 'date' && /\b(?:elected|appointed|chosen|became|become|made|placed)\b/i.test(card.front) && LOCAL_BODY.test(card.front))
		return 'local-post';
	if (card.kind === 'date' && PLACELESS_IN_QUESTION.test(card.front)) return 'local-post';
	if (card.kind === 'office' && /\b(?:of|in) the (?:city|town|village)$/i.test(card.office ?? '')) return 'local-post';
	return undefined;
}

/** A rank with no body: "General Secretary", "Chairman" — of what? */
const BARE_RANK =
	/^(?:the )?(?:(?:general|first|second|chief|executive|political|deputy|vice|acting)[\s-])?(?:secretary|secretary-general|chairman|chairwoman|chair|president|director|editor|commissar|minister|head|leader|governor|treasurer|premier)$/i;

/**
 * "Who became General Secretary in 1922?" without the party; "When was Voznesensky removed from his
 * position?" without the position: the student cannot know which post is meant.
 */
function unqualifiedPost(card: Card): WorthinessReason | undefined {
	if (card.kind === 'office' && card.office && BARE_RANK.test(card.office.trim())) return 'unqualified-post';
	if (card.kind !== 'thesis' && /\b(?:his|her|their) (?:position|post|office|job|seat|posts|positions)\b/i.test(card.front))
		return 'unqualified-post';
	return undefined;
}

/**
 * "The Soviet Union is the only country which …", "The cinema is a most valuable means of agitation":
 * praise put as a definition. "What is the Soviet Union?" has many right answers and this one is a
 * superlative, not what the term means.
 */
const SUPERLATIVE = /^(?:that\s.{0,80}?\b(?:is|are|was|were)\s)?the (?:only|sole|surest|greatest|best)\b/i;
/** "a most valuable means": the answer to an open "what is X?" that only praises X. */
const PRAISE_ANSWER = /^(?:a|the) most\b/i;

function rhetoricalDefinition(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'thesis') return undefined;
	if (card.form === 'basic' && /\bwhat (?:is|are|was|were)\b/i.test(card.front) && PRAISE_ANSWER.test(card.back))
		return 'rhetorical-definition';
	if (card.form === 'reverse') {
		const quoted = /“([^”]+)”/.exec(card.front)?.[1] ?? '';
		return SUPERLATIVE.test(quoted) ? 'rhetorical-definition' : undefined;
	}
	if (card.form === 'cloze') {
		const after = /____ (?:is|are|was|were) (.+)$/.exec(card.front)?.[1] ?? '';
		return SUPERLATIVE.test(after) || SUPERLATIVE.test(card.back) ? 'rhetorical-definition' : undefined;
	}
	return SUPERLATIVE.test(card.back) ? 'rhetorical-definition' : undefined;
}

/**
 * "What is the chief defect of our Party?", "… of the nationalities of our country": "our" and "we" are
 * the speaker's, and the question no longer says whose. Abstract aims read the same with "the" (see
 * `withoutFirstPerson`); what remains is dropped.
 */
// "US policy" is the United States: "us" counts in lower case only.
const FIRST_PERSON = /\b(?:[Oo]ur|[Ww]e|us|[Oo]urs)\b/;
const FIRST_PERSON_BODY = /\bour (?:party|country|state|government|people|republic|nation|union|movement|revolution|army|land)\b/i;

function firstPerson(card: Card): WorthinessReason | undefined {
	const unquoted = (text: string) => text.replace(/“[^”]*”|"[^"]*"|'[^']*'/g, ' ');
	const stem = card.front.replace(/^According to [^,]*?(?:\(\d{4}\))?,\s*/i, '');
	if (card.form !== 'cloze' && FIRST_PERSON.test(unquoted(stem))) return 'first-person';
	// "Difficulty must not be ____." → "an insuperable barrier for us": whose barrier?
	// ("the mountain eagle of our Party" is the author's image of a person and reads as such.)
	if (card.form === 'cloze' && /\b(?:we|us)\b/i.test(card.back)) return 'first-person';
	// A definition that ends in "our country" no longer says whose; a judgement of a person ("the mountain
	// eagle of our Party") is the author's words about that person and reads as such.
	if (
		card.kind === 'thesis' &&
		card.form === 'basic' &&
		!/\bwrite about\b/i.test(stem) &&
		FIRST_PERSON_BODY.test(unquoted(card.back))
	)
		return 'first-person';
	return undefined;
}

/** "what is our main task in a country of small peasants?" → "what is the main task …?": an aim reads the same. */
export function withoutFirstPerson(card: Card): Card {
	const aim = /\bour ((?:(?:main|chief|principal|immediate|first|basic|fundamental|urgent|most important) )?(?:task|tasks|aim|aims|duty|duties|goal|goals|object|objective|objectives|mission))\b/gi;
	if (card.kind !== 'thesis' || card.form === 'cloze' || !aim.test(card.front)) return card;
	return { ...card, front: card.front.replace(aim, 'the $1') };
}

/**
 * The quote says it was the first time ("In 1899 he was first arrested and sent into banishment") but
 * the question does not ("When was Kalinin arrested …?"): with "first" it has one right answer.
 */
export function withFirst(card: Card): Card {
	if (card.kind !== 'date' || /\bfirst\b/i.test(card.front)) return card;
	const m = /\b(?:was|were|had|has)?\s*first\s+(\p{Ll}+ed)\b/u.exec(card.source.quote.replace(/\s+/g, ' '));
	if (!m) return card;
	const verb = m[1];
	const at = card.front.search(new RegExp(`\\b${verb}\\b`));
	if (at < 0) return card;
	return { ...card, front: `${card.front.slice(0, at)}first ${card.front.slice(at)}` };
}

/** City posts that need their city: "Commissar of Municipal Services" (of which city?). */
const CITY_POST = /\b(?:municipal|city|town|urban|mayor|councillor|councilor|alderman|burgomaster)\b/i;

/**
 * "Commissar of Municipal Services" — the quote says "commissar of municipal services in Petrograd":
 * the card names the city, in the question and in the answer, so the post is one post.
 */
export function withPlace(card: Card): Card {
	if (card.kind !== 'office' || !card.office || !CITY_POST.test(card.office)) return card;
	const title = escapeRegExp(card.office).replace(/\s+/g, '\\s+');
	const m = new RegExp(`${title}\\s+(?:in|of)\\s+((?:\\p{Lu}[\\p{L}’'-]+)(?:\\s\\p{Lu}[\\p{L}’'-]+)?)`, 'iu').exec(
		card.source.quote.replace(/\s+/g, ' ')
	);
	if (!m || card.front.includes(m[1])) return card;
	const place = ` in ${m[1]}`;
	const add = (face: string) => face.replace(new RegExp(title, 'i'), (found) => found + place);
	return { ...card, front: add(card.front), back: add(card.back), office: card.office + place };
}

/**
 * "Head of State of the Soviet Russia": the template put "the" before a name the quote writes without
 * it ("head of state of Soviet Russia"). A name the quote never gives an article keeps none.
 */
export function articleAsQuoted(card: Card): Card {
	const quote = card.source.quote.replace(/\s+/g, ' ');
	const fix = (face: string) =>
		face.replace(/\bof the ((?:\p{Lu}[\p{L}'’-]+)(?: \p{Lu}[\p{L}'’-]+)*)/gu, (whole, name: string) => {
			const withArticle = new RegExp(`\\bthe ${name}\\b`, 'i').test(quote);
			const without = new RegExp(`\\bof ${name}\\b`, 'i').test(quote);
			return without && !withArticle ? `of ${name}` : whole;
		});
	const front = fix(card.front);
	const back = fix(card.back);
	return front === card.front && back === card.back ? card : { ...card, front, back };
}

/** "…, according to the source?": cites nothing a student can look up. */
const NO_SOURCE = /,? according to the (?:source|notes|text|document)\?$/i;
/** A time the quote opens with: "In April 1917, …", "During the summer of 1928 …". */
const OPENING_TIME =
	/\b(?:In|During|By|Throughout) ((?:(?:early|late|mid-?) ?)?(?:the )?(?:(?:spring|summer|autumn|fall|winter) (?:of )?)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?\d{4})\b/;

/**
 * "What did Kalinin advocate, according to the source?" — the quote says when ("In April 1917, Kalinin
 * … advocated …"): "What did Kalinin advocate in April 1917?" has one answer and cites what it can.
 * Without a time the citation of nothing goes ("What did Kalinin oppose?") and the question is judged
 * as the open question it is.
 */
export function withTimeForSource(card: Card): Card {
	if (card.kind !== 'thesis' || !NO_SOURCE.test(card.front)) return card;
	const quote = card.source.quote.replace(/\s+/g, ' ');
	const time = OPENING_TIME.exec(quote);
	const unsourced = { ...card, front: card.front.replace(NO_SOURCE, '?') };
	if (!time || card.back.includes(time[1])) return unsourced;
	// The time must be said of this claim: in the sentence that makes it ("He continued to oppose …
	// throughout that summer" is not dated by the "In April 1917" of the sentence before).
	const at = quote.toLowerCase().indexOf(card.back.slice(0, 30).toLowerCase());
	if (at < 0 || /[.!?]\s+\p{Lu}/u.test(quote.slice(time.index, at))) return unsourced;
	return { ...card, front: card.front.replace(NO_SOURCE, ` in ${time[1].replace(/^The /, 'the ')}?`) };
}

function unsourcedClaim(card: Card): WorthinessReason | undefined {
	return card.kind === 'thesis' && NO_SOURCE.test(card.front) ? 'unsourced-claim' : undefined;
}

/**
 * "What did Lenin say about the Soviets?" (he said many things), "What did Yudin suggest?" with a
 * two-line answer, "What did Lenin write about Trotsky?" answered by one long remark among several:
 * open questions whose answer the student could not be expected to give.
 */
function openQuestion(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'thesis' || card.form !== 'basic') return undefined;
	const words = card.back.split(/\s+/).length;
	if (/^What did .+? (?:say|said) about\b/i.test(card.front)) return 'open-question';
	if (/^What did [^?]+? say(?:,[^?]*)?\?$/i.test(card.front)) return 'open-question';
	// A judgement of a person is one of many; an idea's definition is not ("write about the spirit of …").
	const aboutPerson = !!card.topic && card.people.slice(1).includes(card.topic);
	if (/^What did .+? write about\b/i.test(card.front) && aboutPerson && words > 10) return 'open-question';
	// A bare "What did X verb?" (no topic, no time) asks for anything X ever did so; citing the work it
	// is read in ("…, according to “Report on …”?") does not narrow it.
	// An opinion dated by the year of the work it is read in is still any of the author's opinions.
	if (/^What did [^,?]+? (?:believe|think|hold|consider|feel)\b/.test(card.front) && words > 12) return 'open-question';
	if (
		/^What did [^,?]+? \p{Ll}+(?:, according to [^?]+)?\?$/u.test(card.front) &&
		!/\b(?:about|in \d{4})\b/.test(card.front.replace(/, according to .*$/, '')) &&
		words > 8
	)
		return 'open-question';
	return undefined;
}

/**
 * "What did Lenin write about Stalin in “Political Testament” (1922)?" → a long remark, one of several.
 * When the remark opens with a short judgement ("Stalin is too rude and this defect … becomes
 * intolerable …"), the card asks for that judgement inside the remark: "According to Lenin, “Political
 * Testament” (1922), Stalin is ____ and this defect … ." → "too rude".
 */
export function asJudgementCloze(card: Card): Card {
	const m = /^What did (.+?) write about .+?((?: in “[^”]+”)?(?: \(\d{4}\))?)\?$/.exec(card.front);
	if (!m || card.form !== 'basic') return card;
	const claim = /^(.+?\s(?:is|are|was|were|has|had))\s(.+)$/.exec(card.back);
	if (!claim) return card;
	// A short remark ("Lenin was the mountain eagle of our Party") is asked whole as the gap: the
	// sentence pins down which of the author's remarks is meant.
	if (card.back.split(/\s+/).length <= 10) {
		const whole = claim[2].replace(/[.;,]+$/, '');
		if (whole.split(/\s+/).length > 6) return card;
		return {
			...card,
			id: stableCardId(card.kind, 'cloze', `${card.factKey}|judgement`),
			form: 'cloze',
			front: `According to ${m[1]}${m[2].replace(/^ in /, ', ')}, ${claim[1]} ____.`,
			back: whole,
			factKey: `${card.factKey}|judgement`
		};
	}
	// The judgement ends where a new clause starts ("and this defect …", ", but …", "although …"), not
	// inside a noun phrase ("a most valuable and major theorist").
	const cut =
		/^(.+?)(?=,\s(?:and|but|although|though|while|which|who)\b|\s(?:and|but)\s(?:this|that|these|those|the|his|her|its|their|he|she|it|they)\b|\s(?:although|though|while)\s)/.exec(
			claim[2]
		);
	let gap = cut?.[1].trim();
	let before = '';
	// No clause to cut at: the superlative the remark turns on is the judgement ("Trotsky is personally
	// perhaps the most capable man in the present C.C." → "the most capable man").
	if (!gap || gap.split(/\s+/).length > 5) {
		const superlative = /\b(?:the|a) most \p{Ll}+(?: (?!and\b|or\b|but\b)\p{Ll}+)?\b/u.exec(claim[2]);
		// "a most valuable and major theorist": the superlative is half of a coordinated phrase.
		if (!superlative || /^\s(?:and|or)\b/.test(claim[2].slice(superlative.index + superlative[0].length)))
			return card;
		gap = superlative[0];
		before = claim[2].slice(0, superlative.index);
	}
	const rest = claim[2].slice(before.length + gap.length);
	const where = m[2].replace(/^ in /, ', ');
	return {
		...card,
		id: stableCardId(card.kind, 'cloze', `${card.factKey}|judgement`),
		form: 'cloze',
		front: asSentence(`According to ${m[1]}${where}, ${claim[1]} ${before}____${rest}`),
		back: gap,
		factKey: `${card.factKey}|judgement`
	};
}

const SENTENCE_ADVERB =
	/^(?:Moreover|However|Thus|Therefore|Furthermore|Meanwhile|Nevertheless|Besides|Also|Then|Still|Indeed|Hence|Finally|Firstly|Secondly|Thirdly|Consequently|Accordingly|Later|Afterwards|Yet|Now|So|But|And|Or|Again|Here|There|When|While|After|Before|Although|Though|Since|Because)\s/;

const NUMBER_OR_PARTY =
	/^(?:[IVXL]+|Conservatives?|Liberals?|Labour|Socialists?|Communists?|Republicans?|Democrats?|Tory|Tories|Whigs?|Radicals?|Nationalists?|Fascists?|Bolsheviks?|Mensheviks?)$/;

const SCHOOL =
	/^(?:[\p{L}-]+\s+){1,2}(?:historians|scholars|economists|sociologists|theorists|critics|commentators|writers|revisionists)$/u;

/** Lower-case words a name may hold: "Charles de Gaulle", "Ludwig van Beethoven", "Ibn Khaldun". */
const NAME_PARTICLE = /^(?:de|du|des|la|le|von|van|der|den|ter|da|di|dos|das|del|della|bin|ibn|al|el|y|of|the)$/;

/**
 * "What did Key benefits write about Trotsky?": the author is a heading's words, not a person. A name
 * is capitalised words and particles ("de", "von") only.
 */
function notAPerson(card: Card): WorthinessReason | undefined {
	// "In 1851 Bismarck was appointed Prussian envoy to the Federal Diet" carded with "Prussian" as the
	// holder: the word stands before the post as its modifier.
	if (card.kind === 'office' && card.office) {
		const quote = card.source.quote.replace(/\s+/g, ' ').toLowerCase();
		const post = card.office.toLowerCase().split(' ').slice(0, 2).join(' ');
		// Only a word shaped like an adjective of a people or place ("Prussian", "Japanese", "British"):
		// "the king appointed Cavour prime minister" names the holder in the same place.
		const modifier = (p: string) => !/\s/.test(p.trim()) && /(?:ian|ean|ese|ish|ic)$/.test(p.trim());
		if (card.people.some((p) => modifier(p) && quote.includes(`${p.trim().toLowerCase()} ${post}`)))
			return 'not-a-person';
	}
	// "Who became Sultan …? → II" (a name cut to its number), "When was Conservative elected …?" (a party).
	if (card.kind !== 'thesis' && card.people.slice(0, 1).some((p) => NUMBER_OR_PARTY.test(p.trim()))) return 'not-a-person';
	const names = card.kind === 'thesis' && card.author ? [card.author] : [];
	// "Zinoviev and Kamenev" are two people.
	for (const name of names.flatMap((n) => n.split(/\s+(?:and|&)\s+|,\s*/))) {
		// "Marxist historians", "revisionist scholars": a school holds a view as a person does.
		if (SCHOOL.test(name)) continue;
		// "Massimo d'Azeglio": an elided particle glued to the surname.
		if (name.split(/\s+/).some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLE.test(w) && !/^[dl]['’]\p{Lu}/u.test(w)))
			return 'not-a-person';
		// "Moreover Ilyich": a sentence's opening word taken into the name.
		if (SENTENCE_ADVERB.test(name)) return 'not-a-person';
	}
	return undefined;
}

/** How long an answer may grow to take in the whole list its quote gives. */
const LIST_ANSWER_WORDS = 30;

/** The rest of the quote's sentence after the answer, when it goes on with more items of one list. */
function listAfterAnswer(card: Card): string | undefined {
	if (card.kind !== 'thesis' || card.form !== 'basic' || !/^(?:The|A|An|Its|Their|His|Her)\s/.test(card.back))
		return undefined;
	const quote = card.source.quote.replace(/\s+/g, ' ');
	const at = quote.toLowerCase().indexOf(card.back.toLowerCase());
	if (at < 0) return undefined;
	const rest = /^[^.!?;]*/.exec(quote.slice(at + card.back.length))?.[0] ?? '';
	// Items of a list are noun phrases; ", and their immediate object is …" is a clause of its own.
	if (!/^,\s+(?:and\s+)?(?:the|a|an|its|their|his|her)\s/i.test(rest) || /\b(?:is|are|was|were|has|have|had|will|would|can|must)\b/.test(rest))
		return undefined;
	return rest.replace(/[\s,]+$/, '');
}

/**
 * "Socialism demands the abolition of the power of money, the power of capital, the abolition of all
 * private ownership …" carded as "the abolition of the power of money": one demand of four. When the
 * whole list is short enough the answer takes it in.
 */
export function withWholeList(card: Card): Card {
	const rest = listAfterAnswer(card);
	if (!rest) return card;
	const back = card.back + rest;
	return back.split(/\s+/).length <= LIST_ANSWER_WORDS ? { ...card, back } : card;
}

/**
 * What a list verb ("demands", "requires", "includes") names in a list too long for a card: one item is
 * a partial answer. A definition ("Strategy is the determination of …, the elaboration of …") keeps its
 * first, defining clause.
 */
function partialAnswer(card: Card): WorthinessReason | undefined {
	if (/\bwhat (?:is|are|was|were)\b/i.test(card.front)) return undefined;
	return listAfterAnswer(card) ? 'partial-answer' : undefined;
}

/**
 * "General Secretary of the Communist Party", "the 17th Congress of the Communist Party": there was a
 * Communist Party in dozens of countries. A fact about one must say which (a country after it, or a
 * national word before it: "the German Communist Party", "the Communist Party of the Soviet Union").
 */
const UNNAMED_PARTY =
	/(?<!\p{Lu}[\p{L}-]+ )\bthe (?:Communist|Socialist|Social[- ]Democratic|Social[- ]Democratic Labour|Workers'?) Party\b(?!\s+(?:of|\())/u;

function unnamedParty(card: Card): WorthinessReason | undefined {
	if (card.kind === 'thesis') return undefined;
	// "the Third Congress of the Party": which party's congress?
	if (/\b(?:Congress|Conference) of the Party\b(?!\s+of)/.test(card.front)) return 'unnamed-party';
	const faces = [card.front, card.back, card.office ? `the ${card.office.replace(/^.*?\bof the /, '')}` : ''];
	return faces.some((face) => UNNAMED_PARTY.test(face)) ? 'unnamed-party' : undefined;
}

/**
 * "How did Kalinin regard religion, according to “Kalinin December 1943”?": a dateline (a name and a
 * date) taken for a title. The citation goes; the question stands on the quote.
 */
export function withoutDatelineCitation(card: Card): Card {
	const m =
		/,? according to “\p{Lu}[\p{L}.’'-]*(?: \p{Lu}[\p{L}.’'-]*)*,? (?:(?:January|February|March|April|May|June|July|August|September|October|November|December) )?(?:\d{1,2},? )?\d{4}”(?=\?$)/u.exec(
			card.front
		);
	return m ? { ...card, front: card.front.slice(0, m.index) + card.front.slice(m.index + m[0].length) } : card;
}

/**
 * "When did the United Opposition formally found the group?": "the group" is the subject itself, so the
 * question asks when it was founded. ("The merchants established their league" names two things.)
 */
export function asFounding(card: Card): Card {
	const m =
		/^When did (.+?) ((?:formally|officially) )?(found|establish|form) the (?:group|party|organi[sz]ation|movement|faction)\?$/.exec(
			card.front
		);
	if (!m || card.kind !== 'date') return card;
	const participle = { found: 'founded', establish: 'established', form: 'formed' }[m[3] as 'found' | 'establish' | 'form'];
	return { ...card, front: `When was ${m[1]} ${m[2] ?? ''}${participle}?` };
}

/** "Deputy Chairman of the State Supply Committee": the second seat of a body is not examined on. */
function deputyPost(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'office' || !card.office) return undefined;
	return /^(?:a |the )?(?:deputy|assistant|acting)\b/i.test(card.office.trim()) ? 'deputy-post' : undefined;
}

/** How many years after a dated work its editors' notes are taken to speak instead of the author. */
const EDITORIAL_YEARS = 20;

/**
 * A volume of 1924 whose note says a federation "went out of existence … (September–October 1945)":
 * the editors' aside on a later time, not the history the work is read for.
 */
function editorialAside(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'date' || !card.date || !card.source.year) return undefined;
	return Number(card.date.iso.slice(0, 4)) > card.source.year + EDITORIAL_YEARS ? 'editorial-aside' : undefined;
}

/** The section a works volume's editors write: "Notes", "Explanatory Notes", "Footnotes", "Commentary". */
const EDITORS_SECTION =
	/^(?:(?:explanatory|editorial|editors['’]?|translator['’]?s['’]?|author['’]?s['’]?)\s+)?(?:notes|footnotes|endnotes|commentary|annotations)$/i;
/** What an editors' note may still date for the student: a congress, a war, a treaty, a revolution, a life. */
const ASSEMBLY_IN_NOTES = /\b(?:Congress|Conference|Convention|Assembly|Diet|Parliament)\b/;
const KEY_IN_NOTES =
	/\b(?:treaty|war|revolution|uprising|insurrection|born|birth|die|died|death|killed|assassinated|executed|constitution|law|decree|armistice|coup|abdicat\w*|crowned)\b/i;

/**
 * "When was the Workers' Government in Saxony formed?", "Until when did the Herriot government remain
 * in power?": a works volume's notes explain every name the author drops, with a date each. They date the
 * background, not the history the volume is read for; congresses and the great events stay.
 */
function editorsNote(card: Card): WorthinessReason | undefined {
	if (card.kind !== 'date' || !card.source.work || !EDITORS_SECTION.test(card.source.work.trim())) return undefined;
	return ASSEMBLY_IN_NOTES.test(card.front) || KEY_IN_NOTES.test(card.front) ? undefined : 'editorial-aside';
}

/**
 * "When was Suslov's article written?": a text named only by its author — which of the author's many
 * articles? (A letter to a named addressee is narrower and may be the famous one: it stays.)
 */
const TEXT_BY_AUTHOR_ONLY =
	/^When (?:was|were) (?:\p{Lu}[\p{L}.-]*\s)*\p{Lu}[\p{L}-]*['’]s? (?:article|letter|note|review|pamphlet|essay|speech|report|memorandum|telegram|reply)(?: (?:written|published|delivered|sent|received))?\?$/u;

function textByAuthorOnly(card: Card): WorthinessReason | undefined {
	return card.kind === 'date' && TEXT_BY_AUTHOR_ONLY.test(card.front) ? 'unqualified-document' : undefined;
}

/**
 * "When was Kalinin made Hero of Socialist Labour?", "When was Nelson awarded the Order of the Bath?":
 * the honours of a career are a list no exam asks for.
 */
const HONOUR =
	/^When (?:was|were|did) .+?\b(?:made|named|awarded|given|granted|receive|received|decorated with|conferred)\b.*\b(?:Hero of|Order of|[Mm]edal|[Tt]itle of|[Hh]onorary|decoration|Cross of|Star of)\b/;

function honour(card: Card): WorthinessReason | undefined {
	return card.kind === 'date' && HONOUR.test(card.front) ? 'minor-detail' : undefined;
}

/** The rules in the order their reasons are reported. */
const RULES: ((card: Card) => WorthinessReason | undefined)[] = [
	openDateQuestion,
	manyMembers,
	delegate,
	chronicleSeat,
	ceremonialPost,
	chronicleTrivia,
	unqualifiedAssembly,
	unqualifiedDocument,
	givenNameOnly,
	reElectionAsElection,
	fileNameAsWork,
	placelessPost,
	familiarName,
	minorDetail,
	notAnEvent,
	oneOfMany,
	loadedWording,
	danglingReference,
	localPost,
	unqualifiedPost,
	rhetoricalDefinition,
	firstPerson,
	unsourcedClaim,
	openQuestion,
	notAPerson,
	partialAnswer,
	unnamedParty,
	deputyPost,
	editorialAside,
	editorsNote,
	textByAuthorOnly,
	honour,
	answerProblem
];
