import type { IngestedDocument, Sentence } from '../ingest/types';
import { originalSpan } from '../ingest/offsets';
import {
	baseOfPast,
	isIrregularPast,
	isParticiple,
	pastOf,
	readClause,
	stripLead,
	trimRest,
	type ClauseReading
} from './clause';
import { findDateExpressions, type FoundDate } from './date-expressions';
import {
	antecedentsAt,
	isCommonWord,
	canonicalPerson,
	displayName,
	findPersonNames,
	isFemaleSurname,
	peopleContext,
	type Antecedents,
	type PersonIndex,
	type PersonMention
} from './people';
import type { DateFact, DateValue } from './types';
import { workDateFacts } from './work-dates';

export { findDateExpressions, julianOffset, monthNumber, type FoundDate } from './date-expressions';

/**
 * Date facts: each date with the event it belongs to ("Lenin died", asked as "did Lenin die"). The
 * event is the clause the date modifies, read by the shallow clause reader in clause.ts, with
 * pronouns resolved to the person the paragraph (or document) is about.
 */

/** Where a clean-sentence offset lies in `doc.clean` (sentences are slices of it; search if not). */
export function cleanOffset(doc: IngestedDocument, s: Sentence, index: number, length: number): number {
	if (
		doc.clean.slice(s.cleanStart + index, s.cleanStart + index + length) ===
		s.text.slice(index, index + length)
	)
		return s.cleanStart + index;
	const needle = s.text.slice(index, index + length);
	const at = doc.clean.indexOf(needle, s.cleanStart);
	return at >= 0 && at <= s.cleanEnd ? at : s.cleanStart;
}

/** A found date placed in the original text. */
export function placeDate(doc: IngestedDocument, s: Sentence, d: FoundDate): DateValue {
	const cs = cleanOffset(doc, s, d.index, d.length);
	const span = originalSpan(doc, cs, cs + d.length);
	return { ...d.value, written: doc.original.slice(span.start, span.end), span };
}

const MONTH_START =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December|Beginning|End|Early|Late)\b/;
const TIME_STAMP = /\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.\s?m\.?/gi;
const DATE_LINE_WORDS = /\b(?:beginning|end|middle|early|late|mid|of|between|and|the|on|in)\b/gi;

/** True when a sentence is nothing but a date (a chronicle's date line). */
function isDateLine(text: string, found: FoundDate[]): boolean {
	if (found.length === 0) return false;
	let rest = text;
	for (const d of [...found].sort((a, b) => b.index - a.index))
		rest = rest.slice(0, d.index) + rest.slice(d.index + d.length);
	rest = rest.replace(TIME_STAMP, '').replace(DATE_LINE_WORDS, '');
	return /^[\s.,;:–—\-()]*$/.test(rest);
}

const PREPOSITION_BEFORE_DATE =
	/(?:\b(?:on|in|at|since|from|by|until|till|during|of|between|around|about|circa|c\.|early|late|mid|the|as early as|as late as|beginning|end|middle|morning|evening|night|afternoon|eve)\s+)+$/i;

/** Remove the date expressions (and the prepositions governing them) from a clause. */
function removeDates(clause: string, dates: Array<{ index: number; length: number }>): string {
	let out = clause;
	for (const d of [...dates].sort((a, b) => b.index - a.index)) {
		let start = d.index;
		let end = d.index + d.length;
		const before = out.slice(0, start);
		// "in the war of 1866" goes whole: the war is only the date's name.
		const eventOf = /\bof\s*$/.test(before.slice(-4)) ? EVENT_OF_BEFORE.exec(before.slice(-LOOK_BACK)) : null;
		const prep = eventOf ? null : PREPOSITION_BEFORE_DATE.exec(before);
		if (eventOf) start -= eventOf[0].length - (/^[^\p{L}]/u.test(eventOf[0]) ? 1 : 0);
		else if (prep) start -= prep[0].length;
		// A bracketed date leaves its brackets: "(April 1923)".
		if (out[start - 1] === '(' && out[end] === ')') {
			start--;
			end++;
		}
		out = out.slice(0, start) + out.slice(end);
	}
	return out
		.replace(/\s+,/g, ',')
		.replace(/,\s*,/g, ',')
		.replace(/^\s*[,;:–—-]\s*/, '')
		.replace(/\s{2,}/g, ' ')
		.trim();
}

/** Clause boundaries around an offset: ";", spaced dashes, ", and", ", but", ", where", ", which". */
function clauseAround(text: string, index: number): { start: number; end: number } {
	const BOUNDARY =
		/;|:\s+(?=(?:the|a|an|he|she|it|they)\s)|(?<=\p{Ll}{2}[’']?s?)\.\s+(?=\p{Lu}\p{Ll})|\s[–—]\s|\s-\s|,\s+(?:and|but|where|which|whereas|so that|in whose|whose|in which)\b|\s(?=who\s)|\sand\s(?=(?:on|in|at|by|from|after|before|during)\s[^,]{0,40},)/gu;
	let start = 0;
	let end = text.length;
	BOUNDARY.lastIndex = 0;
	for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
		if (m.index + m[0].length <= index) start = m.index + (m[0].startsWith(',') ? 1 : m[0].length);
		else if (m.index >= index) {
			end = m.index;
			break;
		}
	}
	let clause = text.slice(start, end);
	const lead = /^\s*(?:and|but|where|which|while|whereas|although|though|so that)?\s*/.exec(clause)![0];
	clause = clause.slice(lead.length);
	return { start: start + lead.length, end };
}

const NOMINAL_EVENTS: Array<[RegExp, (who: string) => { event: string; question: string }]> = [
	[/^death$/i, (w) => ({ event: `${w} died`, question: `did ${w} die` })],
	[/^birth$/i, (w) => ({ event: `${w} was born`, question: `was ${w} born` })],
	[/^arrest$/i, (w) => ({ event: `${w} was arrested`, question: `was ${w} arrested` })],
	[/^assassination$/i, (w) => ({ event: `${w} was assassinated`, question: `was ${w} assassinated` })],
	[/^execution$/i, (w) => ({ event: `${w} was executed`, question: `was ${w} executed` })],
	[/^resignation$/i, (w) => ({ event: `${w} resigned`, question: `did ${w} resign` })],
	[/^expulsion$/i, (w) => ({ event: `${w} was expelled`, question: `was ${w} expelled` })],
	[/^funeral$/i, (w) => ({ event: `${w} was buried`, question: `was ${w} buried` })]
];

const NOMINAL_BEFORE =
	/\b(?:[Tt]he\s+(death|birth|arrest|assassination|execution|resignation|expulsion|funeral|removal|dismissal|appointment|release|deportation|exile)\s+of\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)|\b(?:[Hh]is|[Hh]er)\s+(death|birth|arrest|assassination|execution|resignation|expulsion|funeral))(\s+(?:from|to|as)\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of|the|[A-Z][\w’'.-]*)){0,5})?\s+(?:in|on)\s+$/;
/** Event nouns whose complement ("from Gosplan") the question keeps: "was Voznesensky removed from Gosplan". */
const PASSIVE_NOUNS: Record<string, string> = {
	removal: 'removed',
	dismissal: 'dismissed',
	appointment: 'appointed',
	release: 'released',
	deportation: 'deported',
	exile: 'exiled'
};

/**
 * "after the death of Lenin in 1924", "shortly before his arrest in May 1937": a key event named by its
 * noun, with the person it happened to, straight before the date.
 */
function nominalEventBefore(before: string, known: PersonIndex, anteOf: () => Antecedents): EventText | null {
	if (!/\s(?:in|on)\s+$/.test(before.slice(-5))) return null;
	const m = NOMINAL_BEFORE.exec(before);
	if (!m) return null;
	const noun = (m[1] ?? m[3]).toLowerCase();
	let key: string | undefined;
	let display: string | undefined;
	if (m[2]) {
		const who = findPersonNames(m[2], known)[0];
		if (!who || who.index !== 0 || who.length < m[2].length - 1) return null;
		({ key, display } = canonicalPerson(who.name, known));
	} else {
		const ante = anteOf();
		key = /^her$/i.test(before.slice(m.index).split(/\s+/)[0]) ? ante.she : ante.he;
		if (!key) return null;
		// "her father Mirza Ghiyas Beg … served as Jahangir's minister until his death": another person named
		// in the clause before "his" makes it ambiguous.
		const clause = before.slice(Math.max(before.lastIndexOf(';'), 0), m.index);
		if (findPersonNames(clause, known).some((p) => canonicalPerson(p.name, known).key !== key)) return null;
		// …or a name the index does not know that is the clause's subject ("Mirza Ghiyas Beg served …").
		const other =
			/(?:^|[;,]\s*|\b(?:his|her|their)\s+\p{Ll}+\s+)(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,3})\s+(?:\p{Ll}+ly\s+)?(?:\p{Ll}{2,}ed|was|had)\b/u.exec(
				clause
			);
		if (other && !other[1].toLowerCase().includes(key)) return null;
		display = displayName(key, known);
	}
	const passive = PASSIVE_NOUNS[noun];
	if (passive) {
		const tail = m[4] ? ` ${m[4].trim()}` : '';
		return {
			event: `${display} was ${passive}${tail}`,
			question: `was ${display} ${passive}${tail}`,
			subject: display,
			person: key,
			reading: null,
			kind: 'nominal'
		};
	}
	const maker = NOMINAL_EVENTS.find(([re]) => re.test(noun))?.[1];
	if (!maker) return null;
	return {
		...maker(display),
		subject: display,
		person: key,
		reading: null,
		kind: noun === 'death' ? 'died' : noun === 'birth' ? 'born' : 'nominal'
	};
}

const HONOUR =
	/^((?:Twice\s+)?(?:(Hero|Marshal|Knight|Companion|People's Artist) of (?:the\s+)?\p{Lu}[\p{L}’' ]+|(?:Order|Medal) of (?:the\s+)?\p{Lu}[\p{L}’' ]+|Nobel (?:Peace\s+)?Prize(?: in \p{Lu}\p{Ll}+)?|Victoria Cross|Medal of Honor))\s*\($/u;

/**
 * "Hero of Socialist Labor (1944).", "Nobel Peace Prize (1906).": an honour written as a fragment of
 * an encyclopedia entry about the person the entry is on.
 */
function honourEvent(text: string, d: FoundDate, known: PersonIndex, ante: Antecedents): EventText | null {
	const m = HONOUR.exec(text.slice(0, d.index).trim());
	if (!m || !/^\s*\)\s*[.;]?\s*$/.test(text.slice(d.index + d.length)) || d.value.end) return null;
	const key = ante.he ?? ante.she;
	if (!key) return null;
	const who = displayName(key, known);
	const honour = m[1].replace(/^Twice\s+/, '');
	const made = m[2] ? 'made' : 'awarded the';
	return {
		event: `${who} was ${made} ${honour}`,
		question: `was ${who} ${made} ${honour}`,
		subject: who,
		person: key,
		reading: null,
		kind: 'nominal'
	};
}

/** Verbs of a lasting state: what ends "until 1956" is how long it lasted. */
const STATE_VERBS = /^(?:remain|stay|continue|serve|rule|reign|live|last|survive)$/;

/**
 * "Bismarck remained Chancellor until 1890", "(it actually remained a Party secret until 1956!)": a
 * state that lasted until the date, asked as "until when did Bismarck remain Chancellor". An aside in
 * brackets that opens with "it" is about the noun phrase just before the bracket.
 */
function untilEvent(text: string, d: FoundDate, known: PersonIndex, ante: Antecedents): EventText | null {
	if (!/\b(?:until|till)\s+$/i.test(text.slice(0, d.index))) return null;
	let clause: string;
	const open = text.lastIndexOf('(', d.index);
	const aside =
		open >= 0 && !text.slice(open, d.index).includes(')')
			? /^\(\s*it\s+(.+)$/i.exec(text.slice(open, d.index))
			: null;
	if (aside) {
		const np = /((?:\p{Lu}[\p{L}’'.-]*[’']s\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,4})\s*$/u.exec(
			text.slice(0, open)
		);
		if (!np) return null;
		clause = `${np[1]} ${aside[1]}`;
	} else {
		const span = clauseAround(text, d.index);
		if (/,\s*(?:which|where)\s+$/i.test(text.slice(0, span.start))) return null;
		clause = text.slice(span.start, d.index);
	}
	clause = clause.replace(/\s*\b(?:until|till)\s*$/i, '');
	const ev = eventOfClause(clause, known, ante, false);
	if (!ev || !ev.reading || ev.reading.voice !== 'past' || !STATE_VERBS.test(ev.reading.base)) return null;
	return { ...ev, event: `${ev.event} until then`, question: `until when ${ev.question}` };
}

/** Event nouns a bracketed date can follow, and how to ask about them. */
const EVENT_NOUN_VERBS: Array<[RegExp, 'held' | 'take place' | 'signed' | 'written' | 'fought']> = [
	[/(?:congress|conference|plenum|session|meeting|elections?|assembly)$/i, 'held'],
	[/^(?:battle|siege)$/i, 'fought'],
	[
		/(?:war|revolution|uprising|insurrection|strike|famine|purge|campaign|crisis|mutiny|rebellion|coup|split)$/i,
		'take place'
	],
	[/(?:treaty|pact|agreement|armistice|peace)$/i, 'signed'],
	[/(?:testament|will|letter|article|pamphlet)$/i, 'written']
];

const BAD_SUBJECT =
	/^(?:how|why|what|when|where|whether|let|if|it|this|that|these|those|they|we|i|you|which|who|there|here|such|its|their|our|his|her|one|all|both|some|many|most|each|what|another|other|others|none|nobody|everyone|people|he and|comrades)\b/i;
const VAGUE_REST =
	/\b(?:this|that|these|those|it|them|they|there|here|such|we|us|our|you|your|I|me|my|him|its|today|yesterday|now|recently|following|same|above|below|the latter|the former|everything|everyone|nothing)\b/;
/** "retook the city", "entered the war": a noun the passage named before, which the card would not name. */
export const UNNAMED_NOUN =
	/\bthe\s+(?:city|town|capital|country|war|treaty|rebels|regime|palace|throne's|island|province|region|fortress)\b(?!\s+(?:of|at|in)\s+(?:the\s+)?\p{Lu})/u;
/** Verbs done to a person that an exam asks about with that person named: "appointed him …". */
const OBJECT_VERBS =
	/^(?:appoint|succeed|dismiss|elect|replace|defeat|exile|arrest|crown|depose|execute|assassinate|murder|kill|shoot|overthrow|name|make|banish|imprison|release|pardon|expel|nominate|marry)$/;
/** Verbs of saying: their event is what was said, which the clause reader cuts off. */
const SAY_VERBS =
	/^(?:assure|warn|promise|note|say|state|declare|remark|observe|explain|argue|stress|emphasise|emphasize|point|add|reply|answer|tell|ask|insist|claim|maintain|assert|write)$/;
const PREPOSITION_START =
	/^(?:in|at|on|after|before|during|from|since|when|while|following|until|by|with|under|as|to|for|because|although|though|despite|whereas|once|if)\b/i;

/** "His son Humayun", "the last emperor, Puyi", "the Mughal emperor Akbar": a description, then a name. */
export const DESCRIBED_NAME =
	/^(?:(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:elder|younger|eldest|youngest|only|second|third)\s+)?(?:son|daughter|brother|sister|father|mother|wife|husband|nephew|niece|grandson|granddaughter|cousin|uncle|heir|successor|widow)|(?:[Tt]he|[Aa])\s+(?:[\p{L}-]+\s+){0,2}(?:emperor|empress|king|queen|sultan|shah|tsar|pope|general|admiral|president|prince|princess|regent|chancellor|minister|leader|reformer|rebel|commander|viceroy|governor|shogun|ruler|conqueror|warlord|dictator|statesman|nawab|maharaja|raja|khan|vizier|caliph|monarch|ruler))(?:,)?\s+(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+){0,2}(?:\s+[IVX]+)?),?$/u;
/** "the Queen", "the Emperor", "the President": a title that names nobody on its own. */
export const BARE_TITLE =
	/^(?:the\s+)(?:(?:old|young|new|late|last|first)\s+)?(?:King|Queen|Emperor|Empress|Tsar|Tsarina|Kaiser|Pope|Sultan|Shah|President|Prime Minister|Chancellor|Prince|Princess|Duke|Duchess|Regent|General|Admiral|Government|Minister|Viceroy|Governor|Shogun|Act|Bill|Treaty|Pact|Decree|Edict|Law|Amendment|Statute)$/i;
/** The name after a description: one the index knows, or words that are each a name ("Nader Shah"). */
export function describedName(name: string, known: PersonIndex): boolean {
	const person = findPersonNames(name, known)[0];
	if (person && person.index === 0) return true;
	return name
		.split(/\s+/)
		.filter((w) => !/^[IVX]+$/.test(w))
		.every((w) => nameLike(w, known) || /^(?:Shah|Khan|Pasha|Bey|Singh|Ali|Muhammad|Ahmad)$/.test(w));
}

/** Last words of a name that are honorifics, not surnames: "Nader Shah" is not "Shah". */
const HONORIFIC_END = /^(?:Shah|Khan|Pasha|Bey|Singh|Ali|Beg|Effendi|Sahib)$/;

/** A legislature or assembly a text names by one word. */
export const LEGISLATURE =
	/^(?:Parliament|Congress|Senate|Convention|Reichstag|Bundestag|Duma|Diet|Sejm|Cortes|Assembly)$/;
/** "Italian troops", "Taiping forces", "Confederate armies": an armed force named by its side. */
export const FORCES =
	/^\p{Lu}[\p{Ll}-]+\s+(?:troops|forces|armies|army|navy|fleet|rebels|soldiers|regiments|units|ships|warships|batteries|cavalry|infantry|volunteers|insurgents|guerrillas)$/u;

/** Groups a history names as actors in lower case: "women won the vote", "serfs were freed". */
const SOCIAL_GROUP = /^(?:women|slaves|serfs|Catholics|Jews|Protestants|Dissenters|Nonconformists)$/;

/** A sentence opening with a name and a past verb: "Yoshida succeeded …", "Garibaldi landed …". */
const NAMED_SUBJECT =
	/(?:^|[,;:]\s+|\band\s+|\d{4},?\s+|^(?:Then|Later|Soon|Finally|Meanwhile|Afterwards)\s+)(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?)((?:\s+\p{Lu}[\p{Ll}.]+){0,3})\s+(?:(?:\p{Ll}+ly|then|later|also|again|soon)\s+)?(?:was|had|\p{Ll}{2,}ed|became|took|won|led|met|fought|gave|made|wrote|began|left|fled|rose|sent|came|went|held|lost|built|drew|broke|saw)\b/gu;
const RANK =
	/^(?:Prince|Princess|King|Queen|Emperor|Empress|Sultan|Shah|General|Admiral|Marshal|Sir|Lord|Lady|Count|Duke|President|Chancellor|Cardinal|Pope|Tsar)$/;
/** Words a document writes after "in", "at", "into", "across": places, not people. */
const PLACE_WORD = /\b(?:in|at|into|across|throughout|near|towards)\s+(\p{Lu}\p{Ll}{2,})\b/gu;
/** How many times a name must open a sentence to be the person the document is about. */
const TOPIC_MENTIONS = 3;

const localAntecedentsOf = new WeakMap<IngestedDocument, Antecedents[]>();

/**
 * Whom "he" and "she" mean when the person index does not know the name: names written without a given
 * name or initials the index recognises ("Garibaldi landed at Marsala … On 26 October he met …",
 * "Yoshida took over the party … he succeeded …"). The last name that opened a sentence of the
 * paragraph wins over an antecedent named earlier; a document whose sentences most often open with one
 * such name is about that person when nothing else is known.
 */
export function localAntecedents(
	doc: IngestedDocument,
	known: PersonIndex,
	antecedents: Antecedents[]
): Antecedents[] {
	const cached = localAntecedentsOf.get(doc);
	if (cached) return cached;
	registerDocumentWords(doc, known);
	const places = new Set<string>();
	for (const m of doc.clean.matchAll(PLACE_WORD)) places.add(m[1]);
	// The last name in a sentence that is followed by its verb: "…, Babur established himself at Kabul …".
	const opener = (text: string): string | undefined => {
		let name: string | undefined;
		for (const m of text.matchAll(NAMED_SUBJECT)) {
			const named = `${m[1]}${m[2]}`;
			// "Sir Robert Peel was summoned": the person whose name ends where the verb begins.
			const person = findPersonNames(named, known).pop();
			if (person && person.index + person.length >= named.length - 1)
				name = canonicalPerson(person.name, known).key;
			else if (!m[2] && !places.has(m[1]) && nameLike(m[1], known)) name = m[1].toLowerCase();
			// "Prince Salim ascended the throne": a title, then a name the index does not know.
			else if (RANK.test(m[1]) && /^\s+\p{Lu}\p{Ll}{2,}$/u.test(m[2]) && nameLike(m[2].trim(), known))
				name = m[2].trim().toLowerCase();
		}
		return name;
	};
	// Notes and chronicles name a new actor on every line; only prose carries "he" from one sentence on.
	const openers = doc.sentences.map((s) => (s.listItem ? undefined : opener(s.text)));
	const counts = new Map<string, number>();
	for (const o of openers) if (o) counts.set(o, (counts.get(o) ?? 0) + 1);
	let topic: string | undefined;
	for (const [name, n] of counts)
		if (n >= TOPIC_MENTIONS && n > (topic ? counts.get(topic)! : 0)) topic = name;
	const out: Antecedents[] = [];
	let last: { name: string; paragraph: number } | undefined;
	doc.sentences.forEach((s, i) => {
		const ante = antecedents[i] ?? {};
		let local: string | undefined;
		if (last && last.paragraph === s.paragraphIndex) local = last.name;
		const fallback = !ante.he && !ante.she ? topic : undefined;
		// The name opening the previous sentence of this paragraph is more recent than the index's antecedent,
		// unless a person the index knows opened a sentence since.
		const key = s.listItem ? undefined : (local ?? fallback);
		if (!key || key === ante.he || key === ante.she) out.push(ante);
		// A person the index knows keeps the gender it gives them; a name it does not know may be either.
		else if (known.people.has(key))
			out.push(femaleEntry(known, key) ? { ...ante, she: key } : { ...ante, he: key });
		else out.push({ ...ante, he: key, she: key });
		const o = openers[i];
		if (o) last = { name: o, paragraph: s.paragraphIndex };
		// "… drew Gladstone back. In 1879 he attacked …": a sentence naming someone other than the last
		// opener, without a subject of its own, leaves "he" to the person index.
		else if (
			last &&
			(known.mentions?.[i] ?? []).some((m) => canonicalPerson(m.name, known).key !== last!.name)
		)
			last = undefined;
	});
	localAntecedentsOf.set(doc, out);
	return out;
}

/** A woman by her surname's ending or her given name as the document first writes it. */
function femaleEntry(known: PersonIndex, key: string): boolean {
	const entry = known.people.get(key);
	return (
		isFemaleSurname(entry?.display ?? key) ||
		/^(?:Queen|Empress|Princess|Lady|Mrs|Madame|Mary|Elizabeth|Victoria|Catherine|Anne|Margaret|Maria|Marie|Isabella|Indira|Rosa|Jane)\b/.test(
			entry?.full ?? ''
		)
	);
}

/**
 * Antecedents for a later clause of a sentence. "…, when Harding succeeded him as President, and he died
 * in Washington …": a person named as the subject of a clause that does something to "him" is not whom
 * the next "he" means; the antecedent "him" stood for is.
 */
export function clauseAntecedents(
	text: string,
	at: number,
	known: PersonIndex,
	ante: Antecedents
): Antecedents {
	// "The last emperor, Bahadur Shah II (Zafar), who reigned …, was proclaimed …; … he died": the
	// sentence's own subject is whom a later clause's "he" means.
	const lead = sentenceLeadPerson(text, at, known);
	if (lead && lead !== ante.he && lead !== ante.she) ante = { ...ante, he: lead };
	const found = antecedentsAt(text, at, known, ante);
	if (found.he === ante.he || !ante.he) return found;
	const before = text.slice(0, at);
	const last = findPersonNames(before, known).pop();
	if (last && /^\s+(?:\p{Ll}+\s+){1,2}him\b/u.test(before.slice(last.index + last.length)))
		return { ...found, he: ante.he };
	return found;
}

/** The first person named in a sentence's opening words, remembered for the sentence's other dates. */
const firstPersons = new WeakMap<PersonIndex, Map<string, PersonMention | undefined>>();
function firstPersonOf(text: string, known: PersonIndex): PersonMention | undefined {
	let memo = firstPersons.get(known);
	if (!memo) firstPersons.set(known, (memo = new Map()));
	if (!memo.has(text)) memo.set(text, findPersonNames(text.slice(0, 120), known)[0]);
	return memo.get(text);
}

/** The person a sentence opens with (after a lower-case description), when "he" comes in a later clause. */
function sentenceLeadPerson(text: string, at: number, known: PersonIndex): string | undefined {
	const first = firstPersonOf(text, known);
	if (!first || first.index + first.length >= at) return undefined;
	if (first.index > 0 && !/^(?:[Tt]he|[Hh]is|[Hh]er)\s+[\p{Ll}\s-]+,?\s*$/u.test(text.slice(0, first.index)))
		return undefined;
	// Only a subject: the name is followed by its verb, an aside in brackets or a comma.
	if (!/^\s*(?:\([^)]*\))?\s*(?:,|was\b|had\b|\p{Ll}+ed\b)/u.test(text.slice(first.index + first.length)))
		return undefined;
	// A clause of its own between them ("…; after the fall of Delhi he …") is needed for "he" to mean the subject.
	if (!/[;,]/.test(text.slice(first.index + first.length, at))) return undefined;
	return canonicalPerson(first.name, known).key;
}

/** Lower-case words of each document, to tell a name ("Garibaldi") from a capitalised common noun ("Troops"). */
const lowerWordsOf = new WeakMap<PersonIndex, Set<string>>();

/** Register a document's lower-case words for the name test of its person index. */
export function registerDocumentWords(doc: IngestedDocument, known: PersonIndex): void {
	if (lowerWordsOf.has(known)) return;
	lowerWordsOf.set(known, new Set(doc.clean.match(/\b[a-z][a-z’'-]*/g)));
}

/**
 * A capitalised word that names someone or something, though the document writes it only at the start of
 * sentences ("Garibaldi landed at Marsala …", "Akbar abolished the jizya …"): never written in lower case,
 * no common-noun ending, not a plural.
 */
export function nameLike(word: string, known: PersonIndex): boolean {
	if (!/^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}\p{Ll}+)?$/u.test(word) || isCommonWord(word)) return false;
	if (known.properNouns?.has(word)) return true;
	if (/(?:tion|sion|ment|ness|ity|ism|ship|ance|ence|ers|ists|ies|[^s]s|ly)$/.test(word)) return false;
	// A gerund ("Fighting", "Rioting"), but not a Chinese name ("Qing", "Nanjing", "Beijing").
	if (/ing$/.test(word) && word.length >= 6 && !/[jqxJQX]ing$/.test(word)) return false;
	const lower = lowerWordsOf.get(known);
	return !!lower && !lower.has(word.toLowerCase());
}

interface SubjectInfo {
	text: string;
	person?: string;
}

/** Resolve a clause subject to a self-contained name: a person's display name or a named body. */
function resolveSubject(
	subject: string,
	known: PersonIndex,
	ante: Antecedents,
	present: boolean
): SubjectInfo | null {
	let subj = subject
		.replace(/^["“”'‘’*]+|["“”'‘’*]+$/g, '')
		.replace(/^(I)\s+(?:first|later|also|then|once|again|finally)$/, '$1')
		.replace(
			/\s+(?:then|also|later|soon|subsequently|finally|first|again|now|still|once|thus|therefore|actually|really|eventually|formally|officially|effectively|nominally|initially|originally|immediately)$/i,
			''
		)
		.trim();
	// "The former East Prussian city of Königsberg" is asked about by its name: "Königsberg". A kingdom or
	// republic of a name is not that name ("the Kingdom of Italy" was proclaimed, not Italy).
	const place =
		/^the\s+(?:[\p{L}-]+\s+){0,4}(?:city|town|village|port|province|region|fortress|island)\s+of\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)$/iu.exec(
			subj
		);
	if (place) return { text: place[1] };
	// "His son Humayun", "the last emperor, Puyi", "the Prussian general Moltke": the name after a
	// description or kinship word is who acted.
	// "the Battle of Buxar the emperor Shah Alam II" (a leading phrase without its comma): the described name ends it.
	const afterPhrase =
		/^(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|the|\p{Lu}[\p{L}’'-]*|\([^)]*\)))*\s+(?=(?:the|a)\s+\p{Ll})/u.exec(
			subj
		);
	if (afterPhrase && DESCRIBED_NAME.test(subj.slice(afterPhrase[0].length)))
		subj = subj.slice(afterPhrase[0].length);
	const described = DESCRIBED_NAME.exec(subj);
	if (described && describedName(described[1], known)) {
		const person = findPersonNames(described[1], known)[0];
		// "The Persian ruler Nader Shah": a name the index does not know, or one ending in an honorific, is
		// asked as written, not by its last word.
		if (
			!person ||
			person.length < described[1].length - 1 ||
			HONORIFIC_END.test(canonicalPerson(person.name, known).display)
		)
			return { text: described[1] };
		subj = described[1];
	}
	// "The Queen died at Osborne": a bare title does not say which queen.
	if (BARE_TITLE.test(subj)) return null;
	// "JOSEPH VISSARIONOVICH DJUGASHVILI (Stalin)": the bracketed name is the one the document uses.
	const alias = /\(([A-Z][a-z]+)\)$/.exec(subj);
	if (alias && known.people.has(alias[1].toLowerCase())) subj = alias[1];
	// "I first met Lenin in December 1905": the author or speaker of the passage.
	if (subj === 'I') return ante.i ? { text: displayName(ante.i, known), person: ante.i } : null;
	if (/^(?:he|she)$/i.test(subj)) {
		const key = /^s/i.test(subj) ? ante.she : ante.he;
		return key ? { text: displayName(key, known), person: key } : null;
	}
	const mentions = findPersonNames(subj, known);
	if (PREPOSITION_START.test(subj)) {
		// "At the VIII. Congress of the RCP (B) Kalinin" — the person at the end is the subject.
		const last = mentions[mentions.length - 1];
		if (!last || last.index + last.length < subj.length - 1) {
			const pron = /\b(he|she)$/i.exec(subj);
			if (pron) return resolveSubject(pron[1], known, ante, present);
			return null;
		}
		subj = subj.slice(last.index);
		return { text: canonicalPerson(last.name, known).display, person: canonicalPerson(last.name, known).key };
	}
	if (BAD_SUBJECT.test(subj)) return null;
	if ((subj.match(/["“”]/g)?.length ?? 0) % 2 === 1) return null;
	// Debris and bylines are not actors: "Published: First", "No. 25 of Proletary", "Congress …, Kalinin".
	if (/^\d|[:;]|\bNo\.\s*\d|\b(?:this|these|that|it|which)\b/i.test(subj)) return null;
	// "the revolutions in France and", "the mistake Trotsky": not a self-contained actor.
	if (/\band$/.test(subj)) return null;
	// "the mistake Trotsky", "Early political career Kalinin": words glued before a name.
	const lastName = mentions[mentions.length - 1];
	if (lastName && lastName.index > 0 && lastName.index + lastName.length >= subj.length - 2) {
		const before = subj.slice(0, lastName.index).trim();
		if (before && !/(?:,|\band)$/.test(before) && !/^(?:Comrade|Comrades|Mr\.?|Citizen)$/i.test(before))
			return null;
	}
	// "It was not until 1920 that women won the vote": a social group is a self-contained actor.
	if (SOCIAL_GROUP.test(subj)) return { text: subj };
	// "members of the People's Will": people named by the body they belonged to.
	if (
		/^(?:members|leaders|agents|supporters|followers|delegates|soldiers) of (?:the )?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*$/u.test(
			subj
		)
	)
		return { text: subj };
	// "In the spring of 1848 revolution spread from Paris to Vienna": an upheaval named by its common noun.
	if (
		/^(?:[Rr]evolution|[Ww]ar|[Rr]ebellion|[Ff]amine|[Pp]lague|[Cc]holera|[Rr]ioting|[Ff]ighting|[Uu]nrest)$/.test(
			subj
		)
	)
		return { text: subj.toLowerCase() };
	// "Taiping forces", "Italian troops": a people's or a state's armed force acts as a body.
	if (FORCES.test(subj) && nameLike(subj.split(/\s+/)[0], known)) return { text: subj };
	// A capitalised common noun or gerund opening the sentence is not a named body ("Prison in …").
	if (
		!mentions.length &&
		(/^[A-Z][a-z]+ings?\b/.test(subj) ||
			(/^[A-Z][a-z]+\s+(?!of\b|the\b|and\b)[a-z]/.test(subj) &&
				// "The former East Prussian city of Königsberg" names a place by its proper name.
				!(/^(?:The|A|An)\s/.test(subj) && /\s\p{Lu}\p{Ll}/u.test(subj))))
	)
		return null;
	if (/,/.test(subj) && !(mentions.length >= 2 && /^[^a-z]*(?:[A-Z][\w.’']*\s*(?:,|and)?\s*)+$/.test(subj)))
		return null;
	const only = mentions.length === 1 ? mentions[0] : undefined;
	if (only) {
		const around = (subj.slice(0, only.index) + subj.slice(only.index + only.length)).trim();
		if (/^(?:Comrade|Comrades|Mr\.?|Citizen)?$/i.test(around)) {
			const { key, display } = canonicalPerson(only.name, known);
			return { text: display, person: key };
		}
	}
	const words = subj.split(/\s+/);
	if (words.length > 14 || /\d{3,}/.test(subj)) return null;
	if (mentions.length >= 2 && /^[^a-z]*(?:[A-Z][\w.’']*\s*(?:,|and)?\s*)+$/.test(subj)) return { text: subj };
	// A named body: "The Thirteenth Congress of the R.C.P.(B.)", "The Central Committee".
	const capitalised = words.slice(1).some((w) => /^[A-Z]/.test(w));
	// A single proper noun acts too: "France declared war on Prussia".
	const properNoun =
		(words.length === 1 &&
			/^[A-Z][a-z]+(?:-[A-Z][a-z]+)?$/.test(subj) &&
			!isCommonWord(subj) &&
			((known.properNouns?.has(subj) ?? true) || nameLike(subj, known))) ||
		// "Parliament abolished slavery …", "Congress passed the Act …": a legislature named by its one word.
		LEGISLATURE.test(subj) ||
		// "Tver's historic name"
		(words.length <= 5 && /^[A-Z][a-z]+[’']s\s+[a-z]/.test(subj) && !isCommonWord(subj.split(/[’']/)[0])) ||
		// "Confederate batteries"
		(words.length === 2 && /^[A-Z][a-z]+\s+[a-z]{3,}s$/.test(subj) && !isCommonWord(words[0]));
	if (!capitalised && !properNoun && !(present && /^[A-Z]/.test(subj) && words.length <= 3)) return null;
	if (/^[a-z]/.test(subj) && !/^the\s/.test(subj)) return null;
	if (/[()]/.test(subj.replace(/\([A-Z.]+\)/g, ''))) return null;
	// Notes drop the article: "Indian National Congress founded in Bombay" is asked about "the Indian National Congress".
	if (
		words.length >= 2 &&
		/^\p{Lu}/u.test(subj) &&
		!/^(?:The|A|An)\s/.test(subj) &&
		!/[’']s\s/.test(subj) &&
		!mentions.length &&
		/\s(?:Congress|Party|Company|League|Union|Assembly|Council|Act|Bill|Treaty|Pact|Conference|Convention|Church|Bank|Army|Navy|Federation|Confederation|Alliance|Entente|Commission|Committee|Movement|Front|War|Revolution|Rebellion|Uprising|Restoration|Crisis)$/.test(
			subj
		)
	)
		return { text: `the ${subj}` };
	// Notes drop the article: "Edict of Gülhane read out …" is asked about "the Edict of Gülhane".
	if (
		/^(?:Edict|Treaty|Act|Decree|Charter|Bill|Manifesto|Proclamation|Declaration|Constitution|Battle|Pact|Peace|Siege|Congress)\s+of\s/.test(
			subj
		)
	)
		return { text: `the ${subj}` };
	return { text: subj.replace(/^(The|A|An)\s/, (m) => m.toLowerCase()) };
}

const TOP_EVENTS =
	/^(?:inaugurate|shoot|crown|bear|die|elect|appoint|become|succeed|resign|remove|dismiss|assassinate|execute|kill|murder|overthrow|proclaim|abdicate)$/;
const MID_EVENTS =
	/^(?:issue|declare|execute|storm|abolish|invade|ratify|annex|unify|dissolve|join|found|establish|form|create|arrest|deport|exile|expel|publish|adopt|sign|hold|convene|open|begin|end|launch|introduce|abolish|seize|capture|defeat|win|lose|return|release|marry|graduate|rename|set|split|replace|lead|head|take|stroke|have|kidnap|break|repeal|enter|land|grant|reject|sack|conquer|surrender|restore|recover|liberate|suppress|massacre|burn|destroy|cede|acquire|purchase|enact|pass|veto|ban|outlaw|nationalise|nationalize|withdraw|evacuate|besiege|recognise|recognize|promulgate|proclaim|reimpose|retake|recapture|emancipate|partition|mutiny|revolt|rebel|overthrow|depose|dismiss)$/;

const NAMED_CONGRESS =
	/\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d+(?:st|nd|rd|th)|[A-Z][a-z]+)\s+(?:(?:World|International|National|Continental|Party|All-Russian|All-Union)\s+)*(?:Congress|Conference|Convention|Assembly)\s+of\s+(?:the\s+)?[A-Z]/;

function importanceOf(
	reading: ClauseReading | null,
	kind: string,
	subjectIsMain: boolean,
	date: DateValue,
	chronicle: boolean
): number {
	let score = 0.4;
	const base = reading?.base ?? kind;
	if (TOP_EVENTS.test(base) || /^(?:died|born|held|signed|fought)$/.test(kind)) score = 0.85;
	else if (MID_EVENTS.test(base) || kind === 'take place' || kind === 'nominal') score = 0.65;
	else if (kind === 'published' || kind === 'written') score = 0.5;
	else if (reading?.voice === 'copula') score = 0.3;
	if (chronicle && score < 0.6) score -= 0.1;
	// Attending or addressing a named congress in prose ("attended the Second World Congress of the
	// Communist International") is part of that congress, which students are examined on.
	if (!chronicle && score < 0.7 && NAMED_CONGRESS.test(reading?.rest ?? '')) score = 0.7;
	if (subjectIsMain) score += 0.05;
	if (date.start.precision === 'decade') score -= 0.15;
	if (date.start.alt) score += 0.05;
	return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}

/** A named act, bill or treaty: what a syllabus lists, whatever verb dates it ("received the royal assent"). */
const NAMED_LAW =
	/\p{Lu}[\p{L}’'-]*\s+(?:Act|Bill|Treaty|Pact|Charter|Constitution|Declaration|Edict|Decree|Manifesto|Amendment|Accords?|Agreement|Concordat)\b/u;
const LAW_VERBS =
	/^(?:pass|sign|ratify|repeal|introduce|issue|promulgate|adopt|conclude|reject|enact|receive|revoke|annul|proclaim|publish)$/;
const LAW_OR_TREATY = 0.75;

function lawOrTreaty(ev: EventText): boolean {
	if (
		ev.subject &&
		NAMED_LAW.test(ev.subject) &&
		/(?:Act|Bill|Treaty|Pact|Charter|Constitution|Declaration|Edict|Decree|Manifesto|Amendment|Accords?|Agreement|Concordat)$/.test(
			ev.subject
		)
	)
		return true;
	return !!ev.reading && LAW_VERBS.test(ev.reading.base) && NAMED_LAW.test(ev.reading.rest.split(/[,;]/)[0]);
}

interface EventText {
	event: string;
	question: string;
	subject?: string;
	person?: string;
	reading: ClauseReading | null;
	kind: string;
}

/** Turn a clause (dates already removed) into an event and a "When …?" stem, or null. */
function eventOfClause(
	clause: string,
	known: PersonIndex,
	ante: Antecedents,
	present: boolean,
	/** A dated chronicle or list line may name its event without a verb ("storming of the Bastille"). */
	nominalOk = false
): EventText | null {
	let text = clause
		.replace(/[.!?]+$/, '')
		// "Abraham Lincoln, the sixteenth President of the United States, was born …": drop the apposition.
		.replace(
			/^((?:[A-Z][\w.’'-]*\s?){1,4}),\s+(?:the|a|an)\s[^,]{3,80},\s+(?=(?:was|were|had|is)\b|[a-z]+ed\b)/,
			'$1 '
		)
		// "Königsberg, annexed by the Soviet Union in 1945, was renamed …": drop the participle aside.
		.replace(
			/^([A-Z][^,]{2,80}),\s+(?:[a-z]{3,}ed|born|chosen|taken|made|held|built|won|lost)\s[^,]{2,80},\s+(?=(?:was|were|had|is)\b)/,
			'$1 '
		)
		// "Gandhi, whom millions called the Mahatma, “great soul”, was born …": drop the relative aside.
		.replace(/,\s+(?:whom|who|whose)\b.*?,\s+(?=(?:was|were|had|has|is)\b|[a-z]+ed\b)/, ' ')
		.trim();
	// A chronology line without a subject is about the person the chronology is about: "1916 – marries Kamala Kaul".
	if (
		nominalOk &&
		/^[A-Za-z][a-z]{2,}(?:s|ed|n|t)\b/.test(text) &&
		!/^(?:storming|signing|founding)\b/i.test(text)
	) {
		const first = text.split(/\s/)[0].toLowerCase();
		// A line without a subject is about the person the document is about, not whoever a note named last.
		const main = known.mainSubject;
		const pron =
			ante.he && (!main || ante.he === main) ? 'He' : ante.she && (!main || ante.she === main) ? 'She' : '';
		const verbForm =
			isParticiple(first) ||
			isIrregularPast(first) ||
			(/[^s]s$/.test(first) && !isCommonWord(first) && /^[a-z]/.test(text));
		// Without the document's surnames, so "Marries Mary Todd" is not read as one long name.
		const named = findPersonNames(text)[0];
		const capitalVerb =
			/^[A-Z]/.test(text) &&
			!(named && named.index === 0) &&
			(isParticiple(first) || /^[a-z]+(?:es|s)$/.test(first));
		// "fascists look like …", "Germans occupy …": a plural noun, then its verb, is a subject, not a verb.
		const second = text.split(/\s+/)[1] ?? '';
		const nounThenVerb =
			/^[a-z]+s$/.test(first) &&
			/^[a-z]+$/.test(second) &&
			!/^(?:the|a|an|his|her|its|their|to|in|at|on|of|for|with|from|by|as|into|over|up|out|down|off|back|against|power|office|war|peace|command|control|[a-z]+ly)$/.test(
				second
			);
		if (pron && (verbForm || capitalVerb) && !nounThenVerb) {
			const body = `${first}${text.slice(first.length)}`;
			// "Shot at Ford's Theatre", "Inaugurated as President": a participle of a transitive verb is passive.
			const passive =
				isParticiple(first) && !INTRANSITIVE.test(baseOfPast(first)) && !/^[a-z]+s$/.test(first);
			text = passive ? `${pron} was ${body}` : `${pron} ${body}`;
		}
	}
	// Inverted: "On April 5, 1902, came his first arrest." — the event noun is the subject.
	const inverted =
		/^(?:then\s+|there\s+)?(?:came|followed)\s+(his|her)\s+(?:(first)\s+)?(arrest|exile|expulsion|execution|death|resignation)\b[.!]?$/i.exec(
			text
		);
	if (inverted) {
		const key = /^her$/i.test(inverted[1]) ? ante.she : ante.he;
		const maker = NOMINAL_EVENTS.find(([re]) => re.test(inverted[3]))?.[1];
		if (key && maker) {
			const display = displayName(key, known);
			const ev = maker(display);
			const first = (q: string) =>
				inverted[2]
					? q.replace(
							new RegExp(`^((?:was|did) ${display.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}) `),
							'$1 first '
						)
					: q;
			return {
				event: ev.event,
				question: first(ev.question),
				subject: display,
				person: key,
				reading: null,
				kind: inverted[3].toLowerCase() === 'death' ? 'died' : 'nominal'
			};
		}
	}
	// Chronicle nominal lines: "Death of V. I. Lenin (in Gorki)."
	const nominal = /^(?:the\s+)?([A-Z]?[a-z]+)\s+of\s+(.+)$/i.exec(text);
	if (nominal) {
		const maker = NOMINAL_EVENTS.find(([re]) => re.test(nominal[1]))?.[1];
		const who = findPersonNames(nominal[2], known)[0];
		if (maker && who && who.index === 0) {
			const { key, display } = canonicalPerson(who.name, known);
			return {
				...maker(display),
				subject: display,
				person: key,
				reading: null,
				kind: nominal[1].toLowerCase() === 'death' ? 'died' : 'born'
			};
		}
	}
	// List lines put asides in brackets: "Louis XVI executed (guillotine, Place de la Révolution)".
	if (present) text = text.replace(/\s*\((?!(?:[A-Z]\.?){1,3}\)|Bolsheviks?\))[^)]*(?:\)|$)/g, '').trim();
	// "In 1526 Babur defeats Ibrahim Lodi at Panipat": prose in the historical present, a name then a verb in -s.
	const historicalPresent = !present && HISTORICAL_PRESENT.test(stripLead(text).text);
	let reading = readClause(text, present);
	// "members of the People's Will kill him …": a group named by its body, with a plural verb.
	const group = !reading && !present ? GROUP_PRESENT.exec(text) : null;
	if (group && !isCommonWord(group[2]) && !/(?:ly|ing|s)$/.test(group[2]))
		reading = {
			subject: group[1],
			subjectIndex: 0,
			voice: 'present',
			base: group[2],
			plural: true,
			rest: text.slice(group[0].length).trim(),
			restIndex: group[0].length,
			negated: false,
			modal: false
		};
	if (!reading && historicalPresent) {
		// "Born in Moscow in 1818, Alexander II succeeds his father …": the leading phrase is no part of the subject.
		const lead = /^([^,]{3,80}),\s+/.exec(text);
		reading = readClause(lead && !readClause(lead[1]) ? text.slice(lead[0].length) : text, true);
	}
	// A list line without an auxiliary: "Louis XVI executed", "Robespierre elected to the Committee".
	if (present) {
		const reduced = REDUCED_PASSIVE.exec(text);
		if (
			reduced &&
			!INTRANSITIVE.test(baseOfPast(reduced[3])) &&
			(!reading ||
				(reading.voice === 'past' && reading.subject === reduced[1]) ||
				reading.subject.length > reduced[1].length)
		) {
			const after = reduced[4].trim();
			if (!/^(?:a|an|the|his|her|their|its|[A-Z])\b/.test(after) || /^(?:to|as|by|in|at|on)\b/.test(after))
				reading = {
					subject: reduced[1],
					subjectIndex: 0,
					voice: 'passive',
					base: baseOfPast(reduced[3]),
					participle: (reduced[2] ?? '') + reduced[3],
					plural: false,
					rest: after,
					restIndex: text.length - reduced[4].length,
					negated: false,
					modal: false
				};
		}
		if (!reading) return nominalOk ? nominalEvent(text, known) : null;
	}
	// Encyclopedia style without a subject: "Born Nov. 7 (19), 1875, …; died June 3, 1946, in Moscow."
	const bioVerb =
		/^(?:born|died|became|joined|graduated|married|returned|elected|appointed|arrested|deported|exiled|expelled|retired)\b/i;
	// "appointed Bismarck Minister President …" has lost its subject; it is not about the antecedent.
	if (
		!(historicalPresent && reading) &&
		bioVerb.test(text) &&
		!/^[a-z]+\s+(?:[A-Z][a-z]?\.\s?)*[A-Z][a-z]+\s+[A-Z]/.test(text)
	) {
		const first = /^([A-Za-z]+)/.exec(text)?.[1] ?? '';
		if ((isParticiple(first) || isIrregularPast(first)) && /^[A-Z]?[a-z]+$/.test(first)) {
			const verbLed = /^(?:born|elected|appointed|arrested|deported|exiled)$/i.test(first)
				? `He was ${text}`
				: `He ${text}`;
			const pron = ante.he ? verbLed : ante.she ? verbLed.replace(/^He/, 'She') : '';
			const implicit = pron
				? readClause(
						pron.replace(/^(He|She)( was)? ([A-Z])/, (_m, p, w, c) => `${p}${w ?? ''} ${c.toLowerCase()}`),
						present
					)
				: null;
			if (implicit) reading = implicit;
		}
	}
	if (!reading || reading.negated || reading.modal) return null;
	// "The October Manifesto (…), drafted on Witte's advice": a participle after the subject's comma is passive.
	if (reading.voice === 'past') {
		const after = text.slice(reading.subjectIndex + reading.subject.length);
		const verb = /^\s*,\s+([a-z]{3,})\b/.exec(after)?.[1];
		// …unless a main verb follows the aside ("Stalin's proposal, approved by …, was effectively ended").
		if (verb && isParticiple(verb) && !INTRANSITIVE.test(baseOfPast(verb))) {
			if (/\b(?:was|were|is|are|had|has)\b/.test(reading.rest.split(/[:;]/)[0])) return null;
			reading = { ...reading, voice: 'passive', participle: verb };
		}
	}
	// "The sinking of the Lusitania … shocked America": an act named by its noun is the event, not an actor.
	if (
		(reading.voice === 'past' || reading.voice === 'present') &&
		/^the\s+\p{Ll}+(?:ing|tion|sion|ment|al)\s+of\s/iu.test(reading.subject)
	)
		return null;
	const subject = resolveSubject(reading.subject, known, ante, present);
	if (!subject) return null;
	let rest = trimRest(reading.rest, 14, reading.voice === 'past' || reading.voice === 'present');
	// Where someone was born or died is not part of when: "He died there on 30 July 1898".
	if (/^(?:bear|die)$/.test(reading.base)) rest = '';
	// What was said is cut off at the colon or "that": "he told the Reichstag: …" asks about nothing.
	if (SAY_VERBS.test(reading.base) && /^[^:"“”]*(?::|\bthat\b|["“])/.test(reading.rest)) return null;
	// "renamed Kaliningrad after him": named after the person the passage is about.
	rest = rest.replace(/\b(after|in honou?r of)\s+(him|her)\b/, (m, prep: string, pron: string) => {
		const key = pron === 'her' ? ante.she : ante.he;
		return key ? `${prep} ${displayName(key, known)}` : m;
	});
	// "In October 1911 Asquith appointed him First Lord of the Admiralty": "him" is the person the passage is about.
	const object = /^(him|her)\b/.exec(rest);
	if (object && OBJECT_VERBS.test(reading.base) && reading.voice !== 'passive') {
		const key = object[1] === 'her' ? ante.she : ante.he;
		if (key && key !== subject.person) rest = `${displayName(key, known)}${rest.slice(object[1].length)}`;
	}
	if (VAGUE_REST.test(rest) || UNNAMED_NOUN.test(rest)) return null;
	// A date the extractor could not read is left in the rest ("on February 7-18"): the event is ambiguous.
	if (
		/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(
			rest
		)
	)
		return null;
	// "do not touch", inverted "came his first arrest": not a plain subject–verb event.
	if (
		/^(?:not|was|were|is|are)\b/.test(rest) ||
		(reading.base === 'come' && /^(?:his|her|the|a)\b/.test(rest))
	)
		return null;
	if (
		(reading.voice === 'past' || reading.voice === 'present') &&
		SAY_VERBS.test(reading.base) &&
		(!rest || /^(?:to|that|in|at|on|about|["“'‘])/.test(rest))
	)
		return null;
	// "annexed by the Soviet Union" is a participle phrase, not an active verb.
	if (reading.voice === 'past' && /^by\b/.test(rest)) return null;
	// An active verb with nothing after it says nothing ("did Kalinin struggle", "did Lenin say").
	if (
		(reading.voice === 'past' || reading.voice === 'present') &&
		!rest &&
		!/^(?:die|resign|retire|abdicate|emigrate|marry|return|surrender|capitulate|begin|end|collapse|fall)$/.test(
			reading.base
		)
	)
		return null;
	if (/^(?:bear|die)$/.test(reading.base) && PREPOSITION_START.test(rest)) rest = '';
	if (/^(?:bear|die)$/.test(reading.base)) rest = rest.replace(/\s+(?:in|at)\s+.*$/, '');
	// People in the predicate by the names the cards use: "elect J. V. Stalin" → "elect Stalin".
	for (const m of findPersonNames(rest, known).reverse())
		if (/\./.test(m.name))
			rest = rest.slice(0, m.index) + canonicalPerson(m.name, known).display + rest.slice(m.index + m.length);
	const tail = rest ? ` ${rest}` : '';
	const s = subject.text;
	// "I first met Lenin": the adverb stays with the verb ("did Stalin first meet Lenin").
	const adverb = /\s(first|later|finally|once|again)$/i.exec(reading.subject)?.[1]?.toLowerCase();
	const adv = adverb ? `${adverb} ` : '';
	switch (reading.voice) {
		case 'passive': {
			const aux = reading.plural ? 'were' : 'was';
			const participle = reading.participle!.toLowerCase();
			return {
				event: `${s} ${aux} ${participle}${tail}`,
				question: `${aux} ${s} ${participle}${tail}`,
				subject: s,
				person: subject.person,
				reading,
				kind: reading.base
			};
		}
		case 'past':
		case 'present': {
			if (reading.base === 'be' || !/^[a-z-]+$/.test(reading.base)) return null;
			// "had his first stroke" keeps its object; a bare "had" with nothing after it says nothing.
			if (reading.base === 'have' && !rest) return null;
			return {
				event: `${s} ${adv}${pastOf(reading.base)}${tail}`,
				question: `did ${s} ${adv}${reading.base}${tail}`,
				subject: s,
				person: subject.person,
				reading,
				kind: reading.base
			};
		}
		case 'copula': {
			if (
				!rest ||
				// Only a post or a membership is a dated state worth asking about, not "a man of outstanding will".
				!/^(?:(?:a|an|the)\s+)?(?:first\s+)?(?:one of the leaders|chairman|president|secretary|head|member|candidate|leader|editor|commissar|mayor|delegate|[A-Z][\w-]*[’']s\s+(?:envoy|ambassador|representative))\b/i.test(
					rest
				)
			)
				return null;
			const aux = reading.plural ? 'were' : 'was';
			return {
				event: `${s} ${aux} ${rest}`,
				question: `${aux} ${s} ${rest}`,
				subject: s,
				person: subject.person,
				reading,
				kind: 'be'
			};
		}
	}
	return null;
}

const GROUP_PRESENT =
	/^((?:members|leaders|agents|supporters|followers) of (?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)\s+(\p{Ll}{3,})(?=\s+(?:him|her|the|a|an|\p{Lu}))/u;

/** A clause opening with a name (or he/she) and a present-tense verb: the historical present of prose. */
const HISTORICAL_PRESENT =
	/^(?:[^,]{3,80},\s+)?(?:(?:members|leaders|agents|supporters|followers) of (?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*|(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+(?:of|the|de|von|van|ud|al|\p{Lu}[\p{L}’'.-]*|[IVX]+))*|[Hh]e|[Ss]he)\s+(?:\p{Ll}+ly\s+)?(?!(?:troops|forces|armies|rebels|soldiers|regiments|units|ships|warships|batteries|volunteers|insurgents|guerrillas|leaders|delegates|workers|peasants|settlers|colonists|states|powers|ministers|bishops|nobles|people|lands|territories|provinces|colonies)\b)\p{Ll}{2,}(?:[^s]s|sses|shes|ches|xes)\b/u;

const REDUCED_PASSIVE =
	/^((?:the\s+)?\p{Lu}[\p{L}\w’'.-]*(?:\s+(?:\p{Lu}[\p{L}\w’'.-]*|of|the|de|von|van|der|[IVX]+))*)\s+(re-)?([a-z]{2,}ed|born|chosen|given|taken|made|held|sworn|slain|crowned|won|lost|built|beaten|overthrown|shot|hanged|read|sent|brought|written|drawn|led|set up|struck|broken|thrown|sold|split|spread)\b(.*)$/u;
const INTRANSITIVE =
	/^(?:die|resign|return|arrive|retire|abdicate|emigrate|escape|flee|marry|travel|live|work|speak|fight|rise|fall|succeed|happen|begin|end|open|close|collapse|surrender|start|occur|meet|march|rebel|revolt|strike|vote|walk|sail|land|advance|retreat|stay|remain)$/;
const POST_WORD =
	/\b(?:Secretary|Chairman|Commissar|Member|President|Head|Leader|Minister|Officer|Editor|Director|Commander|Chancellor|Ambassador|Mayor)\b/;
const EVENT_HEAD =
	/^(?:restoration|reformation|oath|address|proclamation|declaration|flight|march|battle|treaty|revolution|speech|massacre|uprising|revolt|war|campaign|conference|congress|election|elections|crisis|strike|coup|siege|reform|act|law|edict|decree|manifesto|charter|constitution|pact|accord|accords|agreement|armistice|truce|blockade|invasion|landing|offensive|raid|riot|famine|trial|purge|schism|split|debate|debates|mutiny|rebellion|insurrection|referendum|plebiscite|visit|expedition|voyage|assassination|coronation|abdication|execution|funeral|founding|foundation|opening|fall|collapse|partition|unification|independence|emancipation|abolition|movement|satyagraha|session|plenum|meeting|summit|convention|assembly|putsch|rising|commune|terror|dispatch|telegram|ultimatum)$/i;
const EVENT_NOUN_START =
	/^(?:storming|flight|fall|siege|battle|death|birth|execution|coronation|abdication|assassination|signing|founding|foundation|creation|outbreak|invasion|occupation|capture|surrender|proclamation|declaration|treaty|peace|uprising|revolt|rebellion|massacre|election|opening|dissolution|formation|partition|annexation|unification|congress|conference|coup|armistice|truce|fire|famine)\b/i;

/** A dated list line that names its event without a verb: "14 July 1789 – storming of the Bastille". */
function nominalEvent(text: string, known: PersonIndex): EventText | null {
	const np = text
		.split(/\s*(?:[(,:;→]|\s-\s|\s[–—]\s)/)[0]
		.trim()
		.replace(/[.!]+$/, '');
	const words = np.split(/\s+/);
	if (!np || words.length > 10 || words.length < 2) return null;
	// A heading cut off mid-phrase ("The Krasnaya Presnya District Conference of the") is debris.
	if (/\b(?:of|the|and|to|in|on|at|for|by|with|a|an)$/i.test(np)) return null;
	// Only an event names a date: "Tennis Court Oath", "Gettysburg Address", "Flight to Varennes".
	const head = np
		.split(/\s+(?:of|to|at|in|on|from|against)\s+/)[0]
		.split(/\s+/)
		.pop()!
		.replace(/["”’']/g, '');
	if (!EVENT_NOUN_START.test(np) && !EVENT_HEAD.test(head)) return null;
	if (!EVENT_NOUN_START.test(np) && !/^(?:[A-Z][\w’'-]*\s+){1,}(?:of|to|at|in|on)?\s*/.test(np)) return null;
	if (!/^[A-Z]/.test(np) && !EVENT_NOUN_START.test(np)) return null;
	if (/\b(?:this|that|these|his|her|their|its|our|we|they|it|he|she)\b/i.test(np)) return null;
	// A post, a salutation or a letter heading is not an event: "General Secretary", "To Comrade Lenin".
	if (/^(?:To|From|Dear|Comrade|Re|Source)\b/.test(np) || POST_WORD.test(np)) return null;
	if (findPersonNames(np, known).length && !EVENT_NOUN_START.test(np)) return null;
	// A person name alone is not an event ("Olympe de Gouges").
	const names = findPersonNames(np, known);
	if (names.length && names[0].index === 0 && names[0].length >= np.length - 1) return null;
	// "Amritsar massacre": a place's name before a lower-case event noun names the event too.
	const placeEvent =
		words.length === 2 && /^\p{Lu}/u.test(words[0]) && !isCommonWord(words[0]) && EVENT_HEAD.test(head);
	if (!words.slice(1).some((w) => /^[A-Z]/.test(w)) && !EVENT_NOUN_START.test(np) && !placeEvent) return null;
	// "Outbreak of the Crimean War": the war broke out.
	const outbreak = /^(?:the\s+)?outbreak\s+of\s+(?:the\s+)?(.+)$/i.exec(np);
	if (outbreak && /^\p{Lu}/u.test(outbreak[1]))
		return {
			event: `the ${outbreak[1]} broke out`,
			question: `did the ${outbreak[1]} break out`,
			reading: null,
			kind: 'take place'
		};
	const the =
		/^(?:the|a|an)\s/i.test(np) || /^\S+[’']s\s/.test(np) ? np.replace(/^The\s/, 'the ') : `the ${np}`;
	// "22 May 1939 – Pact of Steel": a pact is signed, a law passed, a battle fought.
	const done = /^(?:treaty|pact|agreement|accord|accords|armistice|truce|concordat)$/i.test(head)
		? 'signed'
		: /^(?:act|law|statute)$/i.test(head)
			? 'passed'
			: /^(?:edict|decree|manifesto|proclamation|ultimatum|charter)$/i.test(head)
				? 'issued'
				: /^battle$/i.test(head)
					? 'fought'
					: '';
	if (done)
		return { event: `${the} was ${done}`, question: `was ${the} ${done}`, reading: null, kind: 'nominal' };
	// "Bloody Sunday Massacre", "Meiji Restoration": an upheaval took place.
	if (
		/^(?:massacre|revolution|rising|uprising|rebellion|revolt|mutiny|strike|riots?|restoration|reformation|coup|putsch|insurrection|war|famine|crisis)$/i.test(
			head
		)
	)
		return {
			event: `${the} took place`,
			question: `did ${the} take place`,
			reading: null,
			kind: 'take place'
		};
	return { event: the, question: `was ${the}`, reading: null, kind: 'nominal' };
}

/** "his Reflections on the Revolution in France (", "Mill's On Liberty (": a work owned by its author. */
const WORK_BEFORE_BRACKET =
	/(?:\b([Hh]is|[Hh]er)|(?:^|[^\p{L}])((?:\p{Lu}[\p{L}’'-]*\s+)?\p{Lu}[\p{L}’'-]*)[’']s)\s+((?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:on|of|the|in|and|to|a|an|for|from|\p{Lu}[\p{L}’'-]*))*)\s*\($/u;
/** Titles that name no work but a post, a body or an event. */
const NOT_A_WORK =
	/\b(?:Act|Bill|Treaty|Party|Army|Government|Cabinet|Ministry|Court|Council|Congress|War|Revolution|Rebellion|Campaign|Reign|Regime|Empire|Kingdom|Republic|Presidency|Premiership|Administration|Dynasty|Death|Birth|Marriage|Wife|Son|Daughter|Father|Mother)$/;

function bracketedWork(
	text: string,
	d: FoundDate,
	known: PersonIndex,
	anteOf: () => Antecedents
): EventText | null {
	if (text[d.index + d.length] !== ')' || d.value.end || d.value.start.precision !== 'year') return null;
	if (text[d.index - 1] !== '(') return null;
	const m = WORK_BEFORE_BRACKET.exec(text.slice(Math.max(0, d.index - LOOK_BACK), d.index));
	if (!m) return null;
	const title = m[3].replace(/\s+(?:on|of|the|in|and|to|a|an|for|from)$/, '');
	if (NOT_A_WORK.test(title) || /\b(?:of|in|and|the)$/.test(title)) return null;
	let author: string | undefined;
	let person: string | undefined;
	if (m[2]) {
		const who = findPersonNames(m[2], known)[0];
		if (who && who.index === 0) ({ key: person, display: author } = canonicalPerson(who.name, known));
		else if (m[2].split(/\s+/).every((w) => nameLike(w, known))) author = m[2];
	} else {
		// "Burke set out his case in his Reflections …": "his" is the clause's subject, else the antecedent.
		const ante = anteOf();
		const own = readClause(text.slice(0, d.index));
		const subject = own ? resolveSubject(own.subject, known, ante, false) : null;
		if (subject?.person || (subject && nameLike(subject.text, known))) ({ text: author, person } = subject);
		else {
			const key = /^h(?:is)$/i.test(m[1]) ? ante.he : ante.she;
			if (key) ({ display: author, key: person } = { display: displayName(key, known), key });
		}
	}
	if (!author) return null;
	const verb = /(?:Address|Speech|Lecture|Sermon)$/.test(title)
		? 'delivered'
		: /Letter$/.test(title)
			? 'written'
			: 'published';
	const np = `${author}'s ${title}`;
	return {
		event: `${np} was ${verb}`,
		question: `was ${np} ${verb}`,
		subject: author,
		person,
		reading: null,
		kind: 'published'
	};
}

/** An event noun phrase right before a bracketed date: "the 12th Party Congress (April 1923)". */
function bracketedEvent(text: string, d: FoundDate): EventText | null {
	if (text[d.index - 1] !== '(') return null;
	const before = text.slice(0, d.index - 1).trimEnd();
	// "After the battle of Panipat (1526) …": an event written in lower case before the place it is named by.
	const lower =
		/\b(?:the\s+)?((?:first|second|third)\s+)?(battle|siege|sack|fall|treaty|peace|congress|conference)\s+of\s+(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?)$/u.exec(
			before
		);
	if (lower && text[d.index + d.length] === ')') {
		const np = `the ${lower[1] ?? ''}${lower[2]} of ${lower[3]}`;
		const done = /^(?:battle|siege)$/.test(lower[2])
			? 'fought'
			: /^(?:treaty|peace)$/.test(lower[2])
				? 'signed'
				: /^(?:congress|conference)$/.test(lower[2])
					? 'held'
					: '';
		if (done) return { event: `${np} was ${done}`, question: `was ${np} ${done}`, reading: null, kind: done };
		return { event: `${np} took place`, question: `did ${np} take place`, reading: null, kind: 'take place' };
	}
	// "he founded the Natal Indian Congress (1894)": the object of a verb; the clause is the event.
	if (/\b[a-z]{3,}ed\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*$/.test(before)) return null;
	const np =
		/((?:the\s+)?(?:(?:[A-Z0-9][\w’'.-]*|of|the|and|first|second|third|[a-z]+(?:th|teenth|tieth))\s+){0,6}[A-Z][\w’'-]*)$/.exec(
			before
		);
	if (!np) return null;
	const parts = np[1].split(/\s+/);
	let from = 0;
	parts.forEach((w, k) => {
		if (
			/^(?:at|in|on|from|after|before|during|by|since|until|of|and|to|with|for)$/i.test(w) &&
			!/^of$/.test(w)
		)
			from = k + 1;
	});
	const phrase = parts
		.slice(from)
		.join(' ')
		.replace(/^(?:of|and)\s+/, '');
	if (!phrase || /\b(?:our|his|her|their|its|this|that|these|my|your)\b/i.test(phrase)) return null;
	// The head noun comes before any "of": "the 17th Congress of the Communist Party".
	const head = phrase
		.split(/\s+of\s+/)[0]
		.split(/\s+/)
		.pop()!;
	const verb = EVENT_NOUN_VERBS.find(([re]) => re.test(head))?.[1];
	if (!verb) return null;
	const words = phrase.split(/\s+/);
	if (words.length < 2 && !/^the\s/i.test(phrase)) return null;
	const np2 = /^the\s/i.test(phrase) ? phrase.replace(/^The/, 'the') : `the ${phrase}`;
	if (verb === 'take place')
		return {
			event: `${np2} took place`,
			question: `did ${np2} take place`,
			reading: null,
			kind: 'take place'
		};
	return { event: `${np2} was ${verb}`, question: `was ${np2} ${verb}`, reading: null, kind: verb };
}

const DOCUMENT_OF =
	/((?:[A-Z][\w’'.-]*[’']s\s+|the\s+|The\s+|[Hh]is\s+|[Hh]er\s+)(?:[a-z]+\s+)?(letter|speech|statement|article|decree|resolution|report|note|telegram|appeal|order|manifesto|declaration|address|directive|memorandum)(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)?)\s+(?:of|dated)\s+$/;
/** "at the joint plenum of the Central Committee" after a dated speech, up to the clause's verb. */
const PLACE_AFTER =
	/^,?\s+((?:at|before|to)\s+(?:the|a)\s+[^,;()]{3,90}?(?:\([A-Za-z.-]+\))?)(?=\s+(?:had|has|was|were|is|which|where|in\s+which)\b|\s*[,;.]|$)/;

/**
 * Whose is "his speech": the person just before "in his …" ("Zinoviev in his speech of …"), else the
 * pronoun's antecedent; undefined for "the …" and for a pronoun nobody is named for.
 */
function documentOwner(
	text: string,
	m: RegExpExecArray,
	known: PersonIndex,
	ante: Antecedents
): string | undefined {
	const pronoun = /^([Hh]is|[Hh]er)\s/.exec(m[1]);
	if (!pronoun) return undefined;
	const before = text.slice(0, m.index);
	const names = findPersonNames(before, known);
	const last = names[names.length - 1];
	if (last && /^\s+in\s+$/.test(before.slice(last.index + last.length)))
		return canonicalPerson(last.name, known).display;
	// Another person named between the antecedent and the pronoun makes "his" ambiguous.
	if (names.length > 0) return undefined;
	const key = /^h(?:is)$/i.test(pronoun[1]) ? ante.he : ante.she;
	return key ? displayName(key, known) : undefined;
}

const DATELINE_BEFORE = /(?:\bNo\.\s*\d+[a-z]?,?|\bNos?\.\s*\d+\s*(?:and|&)\s*\d+,?|\bpp?\.\s*\d+,?)\s*$/;

/** ", founded in …": a participle phrase after a noun, dated; group 1 is the noun phrase before the comma. */
const REDUCED_RELATIVE =
	/((?:["“][^"”]{2,60}["”])|(?:the\s+|The\s+)?\p{Lu}[\p{L}\w’'.-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}\w’'.-]*)){0,6}),\s+(founded|established|created|built|formed|opened|organised|organized|launched|set up|annexed|captured|occupied|destroyed|renamed|rebuilt|liberated|besieged|ceded|conquered|dissolved|abolished|signed|ratified)(\s+by\s+(?:the\s+)?\p{Lu}[\p{L}\w’'.-]*(?:\s+(?:of|the|\p{Lu}[\p{L}\w’'.-]*)){0,5})?\s+(?:in|on)\s+$/u;

const PREMODIFIED_NOUN =
	/^,?\s+(session|sitting|meeting|congress|conference|plenum|assembly|convention|elections?|strike|uprising|insurrection|revolution|coup|mutiny|rising|treaty|armistice|agreement|decree|manifesto|proclamation)\s+(of|in|at)\s+([^,;.!?]{3,140})/i;

/**
 * "the Oct. 16, 1917, session of the Central Committee of the RSDLP(B) that adopted the resolution for
 * armed uprising": a day or month written before an event noun dates that event. The phrase after the
 * noun (and its "that …" clause) says which event; a year alone ("the 1905 revolution") is not enough.
 */
function premodifiedEvent(text: string, d: FoundDate): EventText | null {
	if (d.value.start.precision === 'year' || d.value.start.precision === 'decade' || d.value.end) return null;
	if (!/\bthe\s+$/i.test(text.slice(0, d.index))) return null;
	const m = PREMODIFIED_NOUN.exec(text.slice(d.index + d.length));
	if (!m) return null;
	const phrase = m[3].trim();
	const words = phrase.split(/\s+/);
	if (
		words.length > 18 ||
		/\b(?:this|that|these|those|it|its|he|she|his|her|they|their|we|our)$/i.test(phrase)
	)
		return null;
	if (/\b(?:our|we|us|this|these)\b/i.test(phrase)) return null;
	const noun = m[1].toLowerCase();
	const verb = EVENT_NOUN_VERBS.find(([re]) => re.test(noun))?.[1] ?? 'held';
	const np = `the ${noun} ${m[2].toLowerCase()} ${phrase}`;
	if (verb === 'take place')
		return { event: `${np} took place`, question: `did ${np} take place`, reading: null, kind: 'take place' };
	return { event: `${np} was ${verb}`, question: `was ${np} ${verb}`, reading: null, kind: verb };
}

/** How far before a date the phrase patterns look: a phrase naming it is never longer (and long prefixes cost time). */
const LOOK_BACK = 200;

/** "in the war of", "during the revolution of": a date naming the event a clause happened in. */
const EVENT_OF_BEFORE =
	/(?:^|[^\p{L}])(?:in|during)\s+the\s+(?:\p{Ll}+\s+)?(?:war|wars|revolution|revolutions|campaign|rising|uprising|rebellion|crisis|elections?|upheavals?|troubles|famine)\s+of\s+$/iu;

/** "won the presidential election of 5 November 1912": the event the verb's object names is the clause's. */
const VERB_EVENT_OF =
	/\b(?:won|lost|fought|contested|called|signed|ratified|led|survived|joined)\s+the\s+(?:[\p{Ll}-]+\s+){0,2}(?:election|elections|battle|war|campaign|treaty|strike|referendum|plebiscite)\s+of\s+$/u;

/** Capitalised names of events that take a date with "of": "the Boxer Rebellion of 1900". */
const NAMED_EVENT_OF =
	/(?:^|[^\p{L}])((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){1,4})(Rebellion|Revolution|Rising|Uprising|Revolt|Mutiny|War|Crisis|Strike|Famine|Massacre|Act|Treaty|Settlement|Compromise|Exhibition|Conference|Congress|Reform)\s+of\s+$/u;

/**
 * "The Boxer Rebellion of 1900", "the Great Famine of 1845", "the Reform Act of 1832": a named event
 * followed by "of" and its year; the question names it without the date.
 */
function namedEventOf(text: string, d: FoundDate): EventText | null {
	if (d.value.start.precision === 'decade') return null;
	if (!/of\s$/.test(text.slice(Math.max(0, d.index - 3), d.index))) return null;
	const m = NAMED_EVENT_OF.exec(text.slice(Math.max(0, d.index - LOOK_BACK), d.index));
	if (!m) return null;
	const modifiers = m[1].replace(/^[Tt]he\s+/, '').trim();
	// A modifier must name it: "the Boxer Rebellion", not "The Revolution of 1848" or "First War".
	if (
		!modifiers ||
		modifiers.split(/\s+/).every((w) => /^(?:The|First|Second|Third|Great|New|Old|Last)$/.test(w))
	)
		return null;
	const head = m[2];
	const np = `the ${modifiers} ${head}`;
	// "the … Rebellion of 1900 and the … of 1901": the name stops at "of"; nothing but a name may precede.
	if (/^(?:Act|Treaty|Settlement|Compromise|Reform)$/.test(head)) {
		const verb = head === 'Treaty' ? 'signed' : head === 'Reform' ? 'introduced' : 'passed';
		return { event: `${np} was ${verb}`, question: `was ${np} ${verb}`, reading: null, kind: 'nominal' };
	}
	if (/^(?:Exhibition|Conference|Congress)$/.test(head))
		return { event: `${np} was held`, question: `was ${np} held`, reading: null, kind: 'held' };
	return { event: `${np} took place`, question: `did ${np} take place`, reading: null, kind: 'take place' };
}

/** A named act, treaty or body right before ", which": the subject of the relative clause. */
const NAMED_BEFORE_WHICH =
	/((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*[’']s\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,5}(?:Act|Bill|Treaty|Pact|Agreement|Convention|Charter|Constitution|Declaration|Decree|Edict|Manifesto|Amendment|Accords?|Alliance|Conference|Congress|Council|Parliament|Assembly|League|Company)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)?)\s*,\s*(?:which|where)\s+$/u;

const OBJECT_RELATIVE =
	/(?:^|[^\p{L}])((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,5}\p{Lu}[\p{L}’'-]*(?:\s+(?:of|for|on|in)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)?),\s+which\s+((?:\p{Lu}[\p{L}’'.-]*\s+){0,2}\p{Lu}[\p{L}’'-]*|he|she)\s+(?:(?:\p{Ll}+ly|then|later|finally)\s+)?(\p{Ll}{3,})\s+(?:(?:at|in)\s+\p{Lu}[\p{L}’'-]*\s+)?(?:on|in)\s+$/u;

/**
 * "the Federal Reserve Act, which Wilson signed on 23 December 1913", "the Edict of Nantes, which Louis
 * XIV revoked in 1685": a named act, treaty or body, then a relative clause whose verb and date it is
 * the object of.
 */
function objectRelative(
	text: string,
	d: FoundDate,
	known: PersonIndex,
	anteOf: () => Antecedents
): EventText | null {
	const before = text.slice(Math.max(0, d.index - LOOK_BACK), d.index);
	if (!before.includes('which')) return null;
	const m = OBJECT_RELATIVE.exec(before);
	if (!m) return null;
	const verb = m[3];
	if (!isParticiple(verb) && !isIrregularPast(verb)) return null;
	const base = baseOfPast(verb);
	if (SAY_VERBS.test(base)) return null;
	const np = m[1].replace(/^The\s/, 'the ');
	const words = np.replace(/^the\s/, '').split(/\s+/);
	// A named thing of two or more words ("Federal Reserve Act"), not a lone capitalised word.
	if (words.length < 2 || words.every((w) => isCommonWord(w) || /^(?:of|for|on|in)$/.test(w))) return null;
	if (findPersonNames(np, known).some((p) => p.index === np.indexOf(p.name) && p.length >= np.length - 4))
		return null;
	const subject = resolveSubject(m[2], known, anteOf(), false);
	if (!subject) return null;
	return {
		event: `${subject.text} ${pastOf(base)} ${np}`,
		question: `did ${subject.text} ${base} ${np}`,
		subject: subject.text,
		person: subject.person,
		reading: null,
		kind: base
	};
}

/** "It was not until 1947 that", "It was in May 1940 that": a cleft sentence dating its "that" clause. */
const CLEFT_BEFORE =
	/(?:^|[;,]\s+|\s[–—]\s)(?:But\s+|And\s+|but\s+|and\s+)?[Ii]t\s+was\s+(?:not\s+until|only\s+in|only\s+on|in|on|during|at\s+the\s+end\s+of)\s+$/;

function cleftEvent(
	text: string,
	d: FoundDate,
	known: PersonIndex,
	anteOf: () => Antecedents
): EventText | null {
	const before = text.slice(Math.max(0, d.index - LOOK_BACK), d.index);
	if (!/[Ii]t was/.test(before) || !CLEFT_BEFORE.test(before)) return null;
	const that = /^,?\s+that\s+(.+)$/.exec(text.slice(d.index + d.length));
	if (!that) return null;
	return eventOfClause(firstClause(that[1]), known, anteOf(), false);
}

/** Is the date inside a noun phrase ("the strike of August 1900", "the 1905 revolution")? */
function insideNounPhrase(text: string, d: FoundDate): boolean {
	const before = text.slice(0, d.index);
	const after = text.slice(d.index + d.length);
	if (
		/\b[A-Za-z]+\s+of\s+$/.test(before) &&
		!/\b(?:beginning|end|middle|spring|summer|autumn|winter|fall|start|close|turn|course|year|month|night|morning|evening|day|days|week|weeks|half|part)\s+of\s+$/i.test(
			before
		)
	)
		return true;
	if (
		/(?:\bthe|[’']s)\s+$/.test(before) &&
		/^,?\s+[a-zA-Z]/.test(after) &&
		!/^,?\s+(?:to|until|and|onwards)\b/.test(after)
	)
		return true;
	return false;
}

/**
 * Is the date in brackets that annotate a person ("Ekaterina Lorberg (1882–1960)") or hold other
 * material ("(, ; 3 June 1946)")? A bracket closing a clause ("expelled from Russia (February 1929)") dates it.
 */
function insideBrackets(text: string, d: FoundDate, known: PersonIndex): boolean {
	let open = text.lastIndexOf('(', d.index);
	if (open < 0 || text.lastIndexOf(')', d.index) > open) return false;
	while (open > 0 && text[open - 1] === '(') open--;
	const close = text.indexOf(')', d.index + d.length);
	if (close < 0) return false;
	const inside = (
		text.slice(open, d.index).replace(/^\(+/, '') + text.slice(d.index + d.length, close)
	).trim();
	if (inside && !/^(?:in|from|since|c\.|ca\.)$/i.test(inside)) return true;
	const names = findPersonNames(text.slice(0, open), known);
	const last = names[names.length - 1];
	return !!last && last.index + last.length >= open - 1;
}

/** Per sentence: its date expressions, and the chronicle date line it sits under (if any). */
export interface SentenceDates {
	found: FoundDate[];
	/** True for a chronicle's bare date line or year heading (no event of its own). */
	dateLine: boolean;
	/** The date of the chronicle line above an undated event sentence. */
	inherited?: DateValue;
	/** The leading date of a chronicle or list item ("June 2: …", "May 1922 – …"). */
	lead?: DateValue;
	/**
	 * The date of a meeting the paragraph reports on ("I take the minutes of the meeting of the Central
	 * Committee on October 10 (23), 1917."), for the undated sentences that say what it did.
	 */
	meeting?: DateValue;
}

/** "the minutes of the meeting of the Central Committee … on", "the one held on": a dated meeting introduced. */
const MEETING_BEFORE =
	/\b(?:meeting|session|sitting|plenum)\b(?:\s+of\s+[^,;.:]{3,90}?)?(?:,\s+the\s+one)?\s+(?:held\s+)?on\s+$/i;
/** How many sentences of its paragraph a dated meeting dates. */
const MEETING_REACH = 6;

const sentenceDatesCache = new WeakMap<IngestedDocument, SentenceDates[]>();

/**
 * Dates of every sentence, with chronicle context: a year heading ("1924") gives yearless date lines
 * their year; a bare date line ("January 21") dates the undated event lines under it, up to the next
 * date line, within two paragraphs and six sentences.
 */
export function sentenceDates(doc: IngestedDocument): SentenceDates[] {
	const cached = sentenceDatesCache.get(doc);
	if (cached) return cached;
	const out: SentenceDates[] = [];
	let chronicleYear: number | undefined;
	let chronicleSection = -1;
	let proseParagraph = -1;
	let proseYear: number | undefined;
	let lastYear: { year: number; section: number; paragraph: number } | undefined;
	let meeting: { date: DateValue; paragraph: number; used: number } | undefined;
	let pending:
		| {
				date: DateValue;
				section: number;
				paragraph: number;
				used: number;
				sameParagraph?: boolean;
				list?: boolean;
		  }
		| undefined;
	doc.sentences.forEach((s, i) => {
		const section = doc.sections[s.sectionIndex];
		if (s.sectionIndex !== chronicleSection) chronicleYear = undefined;
		// A year heading counts only above a chronicle: the next line starts with a month.
		const yearHeading = /^\s*(1[0-9]{3}|20[0-9]{2})\s*[.:]?\s*$/.exec(s.text);
		if (yearHeading && MONTH_START.test(doc.sentences[i + 1]?.text ?? '')) {
			chronicleYear = Number(yearHeading[1]);
			chronicleSection = s.sectionIndex;
			pending = undefined;
			out.push({ found: [], dateLine: true });
			return;
		}
		// A section titled with one year ("1789 — the year everything changes") dates its yearless lines.
		const titleYears = section?.title?.match(/\b1[0-9]{3}\b|\b20[0-9]{2}\b/g);
		const titleYear =
			titleYears?.length === 1 && !/\d\s*[-–—]\s*\d/.test(section!.title!)
				? Number(titleYears[0])
				: undefined;
		const contextYear = chronicleYear ?? titleYear ?? section?.attribution.year ?? doc.attribution.year;
		// Yearless dates take the chronicle's (or the work's) year only on chronicle lines, not in prose
		// or notes, where "April 14-22" may belong to any year.
		const chronicleLine = s.listItem || MONTH_START.test(s.text);
		// In prose, "On November 23, the C.P.C. adopted …" takes the year of the paragraph's last full date.
		if (s.paragraphIndex !== proseParagraph) {
			proseParagraph = s.paragraphIndex;
			proseYear = undefined;
		}
		// "In December that year" refers to the year named last, in this paragraph or the one before.
		const near =
			lastYear && lastYear.section === s.sectionIndex && s.paragraphIndex - lastYear.paragraph <= 1;
		const found = findDateExpressions(s.text, {
			year: chronicleLine ? contextYear : proseYear,
			...(near ? { thatYear: lastYear!.year } : {})
		});
		for (const f of found)
			if (/\b1[0-9]{3}\b|\b20[0-9]{2}\b/.test(f.value.written)) {
				proseYear = Number(f.value.start.iso.slice(0, 4));
				lastYear = { year: proseYear, section: s.sectionIndex, paragraph: s.paragraphIndex };
			}
		if (isDateLine(s.text, found) && found[0].value.start.precision !== 'decade') {
			const bareYear = found[0].value.start.precision === 'year' && !found[0].value.end;
			pending = bareYear
				? undefined
				: {
						date: placeDate(doc, s, found[0]),
						section: s.sectionIndex,
						paragraph: s.paragraphIndex,
						used: 0,
						list: s.listItem
					};
			out.push({ found, dateLine: true });
			return;
		}
		if (
			found.length === 0 &&
			meeting &&
			meeting.paragraph === s.paragraphIndex &&
			meeting.used < MEETING_REACH
		) {
			meeting.used++;
			out.push({ found, dateLine: false, meeting: meeting.date });
			return;
		}
		if (found.length > 0 || s.paragraphIndex !== meeting?.paragraph) meeting = undefined;
		if (found.length === 0) {
			const gap = pending ? s.paragraphIndex - pending.paragraph : 99;
			const near = pending && pending.section === s.sectionIndex && gap <= (pending.sameParagraph ? 0 : 2);
			// A bare date line in prose (a speech's dateline) dates at most the one sentence under it.
			if (pending && near && pending.used < (pending.list ? 6 : 1)) {
				pending.used++;
				out.push({ found, dateLine: false, inherited: pending.date });
			} else out.push({ found, dateLine: false });
			return;
		}
		// "January 14: At the plenum …" — the sentences continuing this chronicle item share its date.
		const lead = found[0];
		const dated =
			s.listItem && lead.index <= 2 && /^\s*[-–—:]\s+/.test(s.text.slice(lead.index + lead.length));
		const leadDate = dated ? placeDate(doc, s, lead) : undefined;
		// "I take the minutes of the meeting of the Central Committee of our Party on October 10 (23), 1917.":
		// the sentences after it report that meeting.
		if (
			!s.listItem &&
			found.length === 1 &&
			lead.value.start.precision === 'day' &&
			!lead.value.end &&
			MEETING_BEFORE.test(s.text.slice(0, lead.index)) &&
			/^[\s,.]*$/.test(s.text.slice(lead.index + lead.length))
		)
			meeting = { date: placeDate(doc, s, lead), paragraph: s.paragraphIndex, used: 0 };
		pending = leadDate
			? {
					date: leadDate,
					section: s.sectionIndex,
					paragraph: s.paragraphIndex,
					used: 0,
					sameParagraph: true,
					list: true
				}
			: undefined;
		out.push({ found, dateLine: false, ...(leadDate ? { lead: leadDate } : {}) });
	});
	sentenceDatesCache.set(doc, out);
	return out;
}

/** Date facts of a document: every date whose event can be stated on its own. */
export function extractDateFacts(doc: IngestedDocument): DateFact[] {
	const { index: known, antecedents } = peopleContext(doc);
	registerDocumentWords(doc, known);
	const perSentence = sentenceDates(doc);
	const facts: DateFact[] = [];
	const seen = new Set<string>();

	const add = (
		s: Sentence,
		date: DateValue,
		ev: EventText,
		chronicle: boolean,
		passage?: { start: number; end: number }
	): void => {
		ev = withFullName(ev, doc.clean.slice(Math.max(0, s.cleanStart - NAME_REACH), s.cleanEnd));
		const event = tidy(ev.event);
		const question = tidy(ev.question);
		if (!event || question.split(/\s+/).length < 3 || question.length > 130) return;
		const key = `${question}|${date.start.iso}|${date.end?.iso ?? ''}`;
		if (seen.has(key)) return;
		seen.add(key);
		const subjectIsMain = !!ev.person && ev.person === known.mainSubject;
		facts.push({
			kind: 'date',
			sentence: s,
			importance: Math.max(
				importanceOf(ev.reading, ev.kind, subjectIsMain, date, chronicle && (!!ev.person || !ev.subject)),
				lawOrTreaty(ev) ? LAW_OR_TREATY : 0
			),
			event,
			question,
			subject: ev.subject,
			date,
			...(passage ? { passage } : {})
		});
	};

	const authorKey = (name?: string): string | undefined =>
		name ? canonicalPerson(name, known).key : undefined;
	// The works of a collection are dated in their heads and field lines, not in sentences.
	const authorOf = (k: number): string | undefined => {
		const name = doc.sections[k]?.attribution.author ?? doc.attribution.author;
		return name ? canonicalPerson(name, known).display : undefined;
	};
	const personOf = (text: string): string | undefined => {
		const names = findPersonNames(text.trim(), known);
		const only = names.length === 1 ? names[0] : undefined;
		if (!only || only.index > 0 || only.length < text.trim().length - 1) return undefined;
		return canonicalPerson(only.name, known).display;
	};
	for (const f of workDateFacts(doc, authorOf, (s, d) => placeDate(doc, s, d), personOf)) {
		// "was Lenin's … published" names the author as the work's, not as the actor.
		if (f.question.startsWith('was ')) delete f.subject;
		const key = `${f.question}|${f.date.start.iso}|`;
		if (seen.has(key)) continue;
		seen.add(key);
		facts.push(f);
	}
	doc.sentences.forEach((s, i) => {
		const section = doc.sections[s.sectionIndex];
		const ante = {
			...localAntecedents(doc, known, antecedents)[i],
			i: authorKey(section?.attribution.author ?? doc.attribution.author)
		};
		const before = facts.length;
		dateFactsOfSentence(s, i, ante);
		// "In November 1924 Trotsky finally acted;" over a list: the date is the items' when the lead-in
		// itself states no event.
		if (facts.length === before) leadInList(s, i, ante);
	});
	return facts;

	function leadInList(s: Sentence, i: number, ante: Antecedents): void {
		const { found, dateLine } = perSentence[i];
		if (dateLine || s.listItem || found.length !== 1 || !/[;:]\s*$/.test(s.text)) return;
		const lead = found[0];
		if (lead.value.end || lead.value.start.precision === 'decade') return;
		for (let j = i + 1, n = 0; j < doc.sentences.length && n < LEAD_IN_ITEMS; j++, n++) {
			const item = doc.sentences[j];
			if (!item.listItem || item.sectionIndex !== s.sectionIndex) break;
			// An item with a date of its own that starts it is dated by that one.
			if (perSentence[j].found.some((f) => f.index <= 2)) continue;
			const itemAnte = { ...(antecedents[j] ?? {}), i: ante.i };
			const ev = eventOfClause(firstClause(item.text.replace(/^[-–—•*]\s*/, '')), known, itemAnte, true);
			if (ev) add(item, placeDate(doc, s, lead), ev, false, { start: s.start, end: item.end });
		}
	}

	function dateFactsOfSentence(s: Sentence, i: number, ante: Antecedents): void {
		const { found, dateLine, inherited } = perSentence[i];
		if (dateLine) return;
		if (found.length === 0 && perSentence[i].meeting) {
			// What the dated meeting did: "Comrade Lenin's resolution on the uprising was put to the vote."
			const date = perSentence[i].meeting!;
			const ev = eventOfClause(firstClause(s.text), known, ante, false);
			if (ev && ev.reading && ev.reading.voice !== 'copula' && !SAY_VERBS.test(ev.reading.base))
				add(s, date, ev, false, {
					start: Math.min(date.span.start, s.start),
					end: Math.max(date.span.end, s.end)
				});
			return;
		}
		if (found.length === 0) {
			if (!inherited) return;
			const ev = eventOfClause(firstClause(s.text), known, ante, true, true);
			if (ev) {
				const passage = {
					start: Math.min(inherited.span.start, s.start),
					end: Math.max(inherited.span.end, s.end)
				};
				add(s, inherited, ev, true, passage);
			}
			return;
		}
		// "May 1922 – Lenin had his first stroke!": a dated list or chronicle line.
		const lead = found[0];
		const dash = /^\s*[-–—:]\s+/.exec(s.text.slice(lead.index + lead.length));
		// "1842 November 4 Marries Mary Todd in Springfield.": a chronology line without a dash.
		const bareLead =
			!dash &&
			lead.index <= 2 &&
			lead.value.start.precision !== 'decade' &&
			/^\s+["“]?[A-Z]/.test(s.text.slice(lead.index + lead.length)) &&
			/^(?:1[0-9]{3}|20[0-9]{2})\b/.test(lead.value.written);
		if (lead.index <= 2 && (dash || bareLead)) {
			const rest = s.text.slice(lead.index + lead.length + (dash ? dash[0].length : 0)).trim();
			// "1868 – Meiji Restoration: imperial rule restored in Japan": a named event, then its gloss.
			const named = /^([^:]{3,60}):\s/.exec(rest);
			const ev =
				(named && !readClause(named[1], true) ? eventOfClause(named[1], known, ante, true, true) : null) ??
				eventOfClause(firstClause(rest), known, ante, true, true);
			if (ev) add(s, placeDate(doc, s, lead), ev, true);
			return;
		}
		// Later dates of one clause get their own verb phrase: "presided over X in 1878, concluded Y in 1879 and Z in 1887".
		let previous:
			{ spanStart: number; end: number; subject?: string; verb?: string; passive?: boolean } | undefined;
		for (const d of found) {
			// "Source: The Position of the Bund in the Party, Iskra, No. 51, October 22, 1903.": a publication date.
			const source = /^Source:\s*(.+?[?!]?),\s+([A-Z][\w’' -]{1,40}?),\s+(?:No\.\s*\d+,\s+)?$/.exec(
				s.text.slice(0, d.index)
			);
			if (source && !/\d/.test(source[1])) {
				const title = source[1].replace(/[.,]$/, '');
				const pub = source[2].trim();
				add(
					s,
					placeDate(doc, s, d),
					{
						event: `“${title}” was published in ${pub}`,
						question: `was “${title}” published in ${pub}`,
						reading: null,
						kind: 'published'
					},
					false
				);
				continue;
			}
			if (DATELINE_BEFORE.test(s.text.slice(Math.max(0, d.index - 24), d.index))) continue;
			// An encyclopedia entry lists honours as fragments: "Hero of Socialist Labor (1944)."
			const honour = honourEvent(s.text, d, known, ante);
			if (honour) {
				add(s, placeDate(doc, s, d), honour, false);
				continue;
			}
			// "his Reflections on the Revolution in France (1790)", "Mill's On Liberty (1859)": a work and its year.
			const work = bracketedWork(s.text, d, known, () => clauseAntecedents(s.text, d.index, known, ante));
			if (work) {
				add(s, placeDate(doc, s, d), work, false);
				continue;
			}
			const bracket = bracketedEvent(s.text, d);
			if (bracket) {
				add(s, placeDate(doc, s, d), bracket, false);
				continue;
			}
			// "Lenin's letter to Stalin of 5th March 1923 …": a dated document names its own event.
			const documentOf = DOCUMENT_OF.exec(s.text.slice(0, d.index));
			// "His election speech of …", "Zinoviev in his speech of …": the pronoun's person owns the document.
			const owner = documentOf ? documentOwner(s.text, documentOf, known, ante) : undefined;
			if (documentOf && (owner || !/^(?:his|her|their|its|this|that)\b/i.test(documentOf[1]))) {
				const noun = documentOf[2].toLowerCase();
				const verb = /speech|address|report/.test(noun)
					? 'delivered'
					: /statement|declaration|appeal/.test(noun)
						? 'made'
						: 'written';
				// "… of 21st July 1926 at the joint plenum of …": where it was given says which speech.
				const where =
					/speech|address|report|statement/.test(noun) && !/\bto\s/.test(documentOf[1])
						? (PLACE_AFTER.exec(s.text.slice(d.index + d.length))?.[1] ?? '')
						: '';
				const np =
					(owner
						? documentOf[1].replace(/^[Hh](?:is|er)\s/, `${owner}'s `)
						: documentOf[1].replace(/^The\s/, 'the ')) + (where ? ` ${where}` : '');
				add(
					s,
					placeDate(doc, s, d),
					{
						event: `${np} was ${verb}`,
						question: `was ${np} ${verb}`,
						// The quote must show whose document it is.
						...(owner ? { subject: owner } : {}),
						reading: null,
						kind: 'written'
					},
					false
				);
				continue;
			}
			// "after the death of Lenin in 1924": a key event named by its noun, dated inside a phrase.
			const nominal = nominalEventBefore(s.text.slice(0, d.index), known, () =>
				clauseAntecedents(s.text, d.index, known, ante)
			);
			if (nominal) {
				add(s, placeDate(doc, s, d), nominal, false);
				continue;
			}
			// "two editions, one in January and the other in May 1925": the date is one part's, not the clause's.
			if (
				/\b(?:the other|another|the second|the latter|the rest|others)\s+(?:in|on)\s+$/i.test(
					s.text.slice(0, d.index)
				)
			)
				continue;
			// "president of “Doloi Negramotnosti”, founded in the fall of 1923": the date is the founding's,
			// not the main clause's.
			const reduced = REDUCED_RELATIVE.exec(s.text.slice(0, d.index));
			if (reduced) {
				const np = reduced[1].trim();
				if (
					/^(?:["“][^"”]{2,60}["”]|(?:the\s+)?\p{Lu}[\p{L}\w’'.-]*(?:\s+(?:of|the|and|for|\p{Lu}[\p{L}\w’'.-]*)){0,6})$/u.test(
						np
					)
				) {
					const participle = reduced[2].toLowerCase() + (reduced[3] ?? '');
					const ev = `${np.replace(/^The\s/, 'the ')} was ${participle}`;
					add(
						s,
						placeDate(doc, s, d),
						{
							event: ev,
							question: `was ${np.replace(/^The\s/, 'the ')} ${participle}`,
							reading: null,
							kind: 'nominal'
						},
						false
					);
				}
				continue;
			}
			// "the Oct. 16, 1917, session of the Central Committee that adopted …": the dated event is the noun phrase.
			const premodified = premodifiedEvent(s.text, d);
			if (premodified) {
				add(s, placeDate(doc, s, d), premodified, false);
				continue;
			}
			// "the Federal Reserve Act, which Wilson signed on 23 December 1913": the named thing is the object.
			const relative = objectRelative(s.text, d, known, () =>
				clauseAntecedents(s.text, d.index, known, ante)
			);
			if (relative) {
				add(s, placeDate(doc, s, d), relative, false);
				continue;
			}
			// "It was not until 1947 that India became independent": the "that" clause is the event.
			const cleft = cleftEvent(s.text, d, known, () => clauseAntecedents(s.text, d.index, known, ante));
			if (cleft) {
				add(s, placeDate(doc, s, d), cleft, false);
				continue;
			}
			// "The Boxer Rebellion of 1900 ended …": a named event dated by "of" names its own date.
			const namedOf = namedEventOf(s.text, d);
			if (namedOf) {
				add(s, placeDate(doc, s, d), namedOf, false);
				continue;
			}
			// "Prussia defeated Austria in the war of 1866": the war dates the clause.
			if (
				insideNounPhrase(s.text, d) &&
				!EVENT_OF_BEFORE.test(s.text.slice(Math.max(0, d.index - LOOK_BACK), d.index)) &&
				!VERB_EVENT_OF.test(s.text.slice(Math.max(0, d.index - LOOK_BACK), d.index))
			)
				continue;
			// "… a position which he retained until his death in 1946": the end of something, not the clause's event.
			if (
				!d.value.end &&
				/\b(?:until|till|up to)\s+(?:(?:his|her|their)\s+\w+\s+in\s+)?$/i.test(s.text.slice(0, d.index))
			) {
				// "Bismarck remained Chancellor until 1890": a state's end is asked as "Until when …?".
				const until = untilEvent(s.text, d, known, clauseAntecedents(s.text, d.index, known, ante));
				if (until) add(s, placeDate(doc, s, d), until, false);
				continue;
			}
			// A date in brackets annotates a noun ("Ekaterina Lorberg (1882–1960)"), not the clause's event.
			if (insideBrackets(s.text, d, known)) continue;
			// "By 1900 Japan had become an industrial power": a date something had happened by is not its date.
			if (
				/(?:^|[^\p{L}])[Bb]y\s+(?:the\s+(?:end|middle|spring|summer|autumn|winter|beginning)\s+of\s+)?$/u.test(
					s.text.slice(Math.max(0, d.index - 30), d.index)
				)
			)
				continue;
			// Dashed asides ("The Congress - the first … - took place") are blanked, keeping offsets.
			const text = s.text.replace(/\s[-–—]\s[^-–—]{3,120}?\s[-–—]\s/g, (m) => ' '.repeat(m.length));
			if (!text.slice(d.index, d.index + d.length).trim()) continue;
			const span = clauseAround(text, d.index);
			// "After the Battle of Buxar (1764) the emperor granted … on 12 August 1765": a bracketed date
			// dates the noun before it, not the clause, when the clause has a date of its own.
			if (
				text[d.index - 1] === '(' &&
				text[d.index + d.length] === ')' &&
				found.some((f) => f.index > d.index && f.index < span.end)
			)
				continue;
			// A "which"/"where" clause has no subject of its own, unless it follows a named act or treaty:
			// "Forster's Elementary Education Act, which received the royal assent on 9 August 1870, …".
			const which = /,\s*(?:which|where)\s+$/i.test(text.slice(0, span.start))
				? NAMED_BEFORE_WHICH.exec(text.slice(Math.max(0, span.start - LOOK_BACK), span.start))
				: undefined;
			if (which === null) continue;
			const clauseDates = found
				.filter((f) => f.index >= span.start && f.index + f.length <= span.end)
				.map((f) => ({ index: f.index - span.start, length: f.length }));
			let clause = removeDates(text.slice(span.start, span.end), clauseDates);
			if (which) {
				// Only a verb of its own starts the clause: "which received …", not "which the Lords rejected".
				if (!/^(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed)?\b/u.test(clause) || !readClause(`It ${clause}`)) continue;
				const np = /[’']s\s/.test(which[1]) || /^the\s/i.test(which[1]) ? which[1] : `the ${which[1]}`;
				clause = `${np.replace(/^The\s/, 'the ')} ${clause}`;
			}
			const raw = text.slice(span.start, span.end);
			const at = d.index - span.start;
			// A date in a leading "When …," clause dates that clause: "When Sverdlov died in March 1919, …".
			const sub = /^(?:When|After|Before|Once|As soon as|While|Although|Though|Because)\s+([^,]+),/i.exec(
				raw
			);
			// "Granted amnesty in October 1905, he came out …": the leading participle phrase is the event.
			const participial =
				/^([A-Z][a-z]+ed|Born|Chosen|Sworn|Crowned|Taken|Driven|Beaten|Made)\s+([^,]+),\s+(he|she|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s/.exec(
					raw
				);
			if (
				participial &&
				at < participial[1].length + participial[2].length + 1 &&
				isParticiple(participial[1].toLowerCase())
			) {
				const from = participial[1].length + 1;
				const phrase = removeDates(
					participial[2],
					clauseDates
						.map((f) => ({ index: f.index - from, length: f.length }))
						.filter((f) => f.index >= 0 && f.index < participial[2].length)
				);
				// "Retired in 1939, he …": an intransitive verb's participle is no passive.
				const verb = participial[1].toLowerCase();
				clause = INTRANSITIVE.test(baseOfPast(verb))
					? `${participial[3]} ${verb} ${phrase}`
					: `${participial[3]} was ${verb} ${phrase}`;
			} else if (sub && at < sub[0].length) {
				const from = sub[0].length - sub[1].length - 1;
				clause = removeDates(
					sub[1],
					clauseDates
						.map((f) => ({ index: f.index - from, length: f.length }))
						.filter((f) => f.index >= 0 && f.index < sub[1].length)
				);
			} else {
				// A date in a later coordinated verb phrase belongs to it: "…, who was critical … and was arrested on …".
				const COORD =
					/\s+and\s+(?=(?:was|were|had|is)\s|(?:then\s+)?(?:[a-z]{3,}ed|died|fled|went|fell|rose|fought|won|lost|led|took|gave|became)\s)/g;
				let cut = -1;
				for (let m = COORD.exec(raw); m; m = COORD.exec(raw)) if (m.index < at) cut = m.index + m[0].length;
				if (cut > 0) {
					const head = readClause(
						removeDates(
							raw.slice(0, cut),
							clauseDates.filter((f) => f.index < cut)
						)
					);
					if (head) {
						const tail = raw.slice(cut);
						const tailDates = clauseDates
							.map((f) => ({ index: f.index - cut, length: f.length }))
							.filter((f) => f.index >= 0);
						// "he was deprived, tried for heresy and burned at Oxford": the passive carries over.
						const verb = /^([a-z]+)/.exec(tail)?.[1] ?? '';
						const aux =
							head.voice === 'passive' && isParticiple(verb) && !INTRANSITIVE.test(baseOfPast(verb))
								? 'was '
								: '';
						// "Mameli, a follower of Mazzini, was wounded …": the apposition is no part of the name.
						const who = head.subject.replace(/,\s+(?:a|an|the)\s[^,]+,?$/, '');
						clause = `${who} ${aux}${removeDates(tail, tailDates)}`;
					}
				}
			}
			let ownVerb: string | undefined;
			// ", and inaugurated on March 4, 1861": a verb phrase sharing the previous clause's subject.
			const continued = /^(?:then\s+)?([a-z]{3,})\b/.exec(clause);
			// "…, and in 1564 the jizya, the poll tax on non-Muslims": the clause repeats the verb before it.
			const gapped =
				previous &&
				previous.spanStart !== span.start &&
				previous.subject &&
				previous.verb &&
				/^\s*(?:in|on)\s+$/i.test(raw.slice(0, at).replace(/^\s*and\s+/i, '')) &&
				!readClause(clause)
					? /^((?:the|a|an)\s+[^,;.()]{2,60}?)(?=\s*(?:[,;.(]|$))/.exec(clause)
					: null;
			if (gapped && previous?.verb) {
				ownVerb = previous.verb;
				clause = `${previous.subject} ${previous.verb} ${gapped[1]}`;
			} else if (
				previous &&
				previous.spanStart !== span.start &&
				previous.subject &&
				continued &&
				(isParticiple(continued[1]) || isIrregularPast(continued[1]))
			) {
				const aux =
					previous.passive &&
					isParticiple(continued[1]) &&
					!INTRANSITIVE.test(baseOfPast(continued[1])) &&
					!/^\w+\s+(?!(?:on|in|at|as|to|by|from|for|with|into|until)\b)[a-z]/.test(clause)
						? 'was '
						: '';
				clause = `${previous.subject} ${aux}${clause}`;
			} else if (previous && previous.spanStart === span.start) {
				if (!previous.subject) continue;
				const seg = text.slice(previous.end, d.index + d.length);
				const segDates = found
					.filter((f) => f.index >= previous!.end && f.index + f.length <= d.index + d.length)
					.map((f) => ({ index: f.index - previous!.end, length: f.length }));
				let verbAt = -1;
				const LINK = /(?:^\s*(?:and\s+)?|,\s*(?:and\s+)?|\s+and\s+)(?:(?:then|also|later)\s+)?([a-z]+)\b/g;
				for (let m = LINK.exec(seg); m; m = LINK.exec(seg)) {
					if ((/^[a-z]{2,}ed$/.test(m[1]) && isParticiple(m[1])) || isIrregularPast(m[1])) {
						ownVerb = m[1];
						verbAt = m.index + m[0].length - m[1].length;
						break;
					}
				}
				if (ownVerb) {
					const tail = seg.slice(verbAt);
					const tailDates = segDates
						.map((f) => ({ index: f.index - verbAt, length: f.length }))
						.filter((f) => f.index >= 0);
					// "was elected … on X, and inaugurated on Y": the passive carries over.
					// …unless the verb takes an object: "elected … in 1834 and served one term …" is active.
					const takesObject = /^\w+\s+(?!(?:on|in|at|as|to|by|from|for|with|into|until)\b)[a-z]/.test(tail);
					const aux =
						previous.passive &&
						isParticiple(ownVerb) &&
						!takesObject &&
						!INTRANSITIVE.test(baseOfPast(ownVerb))
							? 'was '
							: '';
					clause = `${previous.subject} ${aux}${removeDates(tail, tailDates)}`;
				} else if (previous.verb && /^[\s,;]*and\s+(?:the|a|an|his|her)\b/.test(seg)) {
					ownVerb = previous.verb;
					clause = `${previous.subject} ${previous.verb} ${removeDates(seg, segDates).replace(/^[\s,;]*and\s+/, '')}`;
				} else if (previous.verb && /^[\s,;]*and\s+(?:in|on)\s+\S+(?:\s+\S+){0,2}$/.test(seg)) {
					// "he abolished the tax on pilgrims in 1563, and in 1564 the jizya": the verb is left out.
					const object = /^,?\s+((?:the|a|an)\s+[^,;.()]{2,60}?)(?=\s*(?:[,;.(]|$))/.exec(
						text.slice(d.index + d.length)
					);
					if (!object) continue;
					ownVerb = previous.verb;
					clause = `${previous.subject} ${previous.verb} ${object[1]}`;
				} else if (/^,\s+\p{Lu}[^,;]*\s\p{Ll}+s\s/u.test(seg)) {
					// "Born in Moscow in 1818, Alexander II succeeds his father in March 1855": a main clause of its own.
					clause = removeDates(seg, segDates).replace(/^[\s,;]+/, '');
				} else continue;
			}
			// A relative clause takes the person before it as subject: "Kalinin …, who served as …".
			const rel = /^who\s/i.exec(clause);
			if (rel) {
				const before = findPersonNames(s.text.slice(0, span.start), known);
				let name = before[before.length - 1]?.name;
				// "Yoshida Shigeru, who died at Ōiso …": a name the index does not know, right before the comma.
				if (!name) {
					const bare = /(?:^|[^\p{L}])((?:\p{Lu}\p{Ll}+\s+){0,2}\p{Lu}\p{Ll}+),\s*$/u.exec(
						s.text.slice(0, span.start)
					);
					const words = bare?.[1].split(/\s+/).filter((w, k) => k > 0 || !RANK.test(w)) ?? [];
					if (words.length && words.every((w) => nameLike(w, known))) name = words.join(' ');
				}
				if (!name) continue;
				let body = clause.slice(rel[0].length);
				// "Aurangzeb, who had twice served as viceroy, defeated Dara Shikoh at Samugarh on …": the date
				// lies past the relative clause, in the main verb's phrase.
				const main = /,\s+((?:\p{Ll}+ly\s+)?(\p{Ll}{3,}))\s/u.exec(body);
				if (main && (isParticiple(main[2]) || isIrregularPast(main[2])) && main.index < body.length) {
					const dateAt = raw.indexOf(text.slice(d.index, d.index + d.length));
					const mainAt = raw.indexOf(main[0]);
					if (mainAt >= 0 && (dateAt < 0 || mainAt < dateAt))
						body = body.slice(main.index + main[0].length - main[1].length - 1);
				}
				clause = `${name} ${body.trim()}`;
			}
			// "The Act received the royal assent on 15 August 1867": the act the passage named just before.
			const named = namedAntecedent(doc, i, span.start, clause);
			if (named) clause = named.clause;
			const ev = eventOfClause(clause, known, clauseAntecedents(s.text, span.start, known, ante), s.listItem);
			if (ev)
				add(
					s,
					placeDate(doc, s, d),
					ev,
					false,
					named?.from !== undefined ? { start: named.from, end: s.end } : undefined
				);
			const verb = ownVerb ?? (ev?.reading?.voice === 'past' ? pastOf(ev.reading.base) : undefined);
			previous = {
				spanStart: span.start,
				end: d.index + d.length,
				subject: ev?.subject,
				verb,
				passive: ev?.reading?.voice === 'passive'
			};
		}
	}
}

/** "The Act", "the treaty", "the bill": a document the passage named a sentence or two before. */
const GENERIC_DOCUMENT =
	/^[Tt]he\s+([Aa]ct|[Bb]ill|[Tt]reaty|[Pp]act|[Aa]greement|[Cc]onstitution|[Ee]dict|[Dd]ecree|[Cc]harter|[Cc]onvention|[Cc]oncordat)(?=\s+\p{Ll})(?!\s+of\b)/u;
/** How many sentences back "the Act" may find its name. */
const DOCUMENT_REACH = 3;

/**
 * The named document a clause's "The Act" stands for: the last "… Act" (or "Act of …") written in this
 * sentence before the clause or in the sentences just before it in the section. `from` is the start of
 * the sentence that names it when that is an earlier one, so the card's quote shows the name.
 */
function namedAntecedent(
	doc: IngestedDocument,
	i: number,
	clauseStart: number,
	clause: string
): { clause: string; from?: number } | undefined {
	const lead = stripLead(clause);
	const m = GENERIC_DOCUMENT.exec(lead.text);
	if (!m) return undefined;
	const noun = m[1].charAt(0).toUpperCase() + m[1].slice(1).toLowerCase();
	const name = new RegExp(
		`((?:\\p{Lu}[\\p{L}’'-]*[’']s\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,5}${noun}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)?|${noun}\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)`,
		'gu'
	);
	const s = doc.sentences[i];
	for (let j = i; j >= Math.max(0, i - DOCUMENT_REACH); j--) {
		const sj = doc.sentences[j];
		if (sj.sectionIndex !== s.sectionIndex) break;
		const text = j === i ? s.text.slice(0, clauseStart) : sj.text;
		const names = [...text.matchAll(name)]
			.map((n) => n[1].replace(/^(?:The|A|An|In|By|Under|After|Before|With)\s+/, ''))
			.filter((n) => n.split(/\s+/).length >= 2);
		const last = names.pop();
		if (!last) continue;
		const np = /[’']s\s/.test(last) ? last : `the ${last}`;
		const rewritten = lead.text.replace(GENERIC_DOCUMENT, np);
		return { clause: rewritten, ...(j < i ? { from: sj.start } : {}) };
	}
	return undefined;
}

/** How far back a given name ("she" → "Ekaterina") may find the full name it was last written with. */
const NAME_REACH = 800;

/**
 * "When was Ekaterina sentenced …?" names someone by a given name a student cannot place: the full
 * name the text gave her last ("his wife, Ekaterina Kalinina, …") is the one to ask with.
 */
function withFullName(ev: EventText, before: string): EventText {
	const given = ev.subject;
	if (!given || !/^\p{Lu}\p{Ll}+$/u.test(given)) return ev;
	if (!/\b(?:wife|husband|widow|daughter|son|mother|father|sister|brother)\b/.test(before)) return ev;
	// Only a name the text marks as a given name by kinship ("Ekaterina and her husband", "his wife Nadezhda").
	const kin = new RegExp(
		`\\b(?:wife|husband|widow|daughter|son|mother|father|sister|brother),? ${given}\\b|\\b${given},? and (?:her|his) (?:husband|wife|mother|father|sister|brother|son|daughter)\\b`,
		'u'
	);
	if (!kin.test(before)) return ev;
	const full = [...before.matchAll(new RegExp(`\\b${given}\\s+(\\p{Lu}\\p{Ll}{2,})\\b`, 'gu'))]
		.map((m) => m[1])
		.filter((w) => !isCommonWord(w))
		.pop();
	// A bare surname ("Stalin") already says who; only a name written before a surname is a given name.
	if (!full || before.includes(`${full} ${given}`)) return ev;
	const name = `${given} ${full}`;
	const swap = (text: string) => text.replace(new RegExp(`\\b${given}\\b(?!\\s+${full})`), name);
	return { ...ev, subject: name, event: swap(ev.event), question: swap(ev.question) };
}

/** How many items of a list a dated lead-in line ("In November 1924 Trotsky finally acted;") dates. */
const LEAD_IN_ITEMS = 3;

function firstClause(text: string): string {
	const span = clauseAround(text, 0);
	return text.slice(span.start, span.end);
}

function tidy(text: string): string {
	return (
		text
			.replace(/\*+|_{2,}/g, '')
			// Notes write "and" as a plus: "his speeches + a new part", "Zinoviev+Kamenev".
			.replace(/(?<=[\p{L}\p{N}”"’)])\s*\+\s*(?=[\p{L}\p{N}“"‘(])/gu, ' and ')
			.replace(/(?<=\p{L})\s+&\s+(?=\p{L})/gu, ' and ')
			.replace(/\s+([,.;:!?)])/g, '$1')
			.replace(/\(\s+/g, '(')
			.replace(/\s{2,}/g, ' ')
			.replace(/[\s,;:–—-]+$/, '')
			.trim()
	);
}
