import type { IngestedDocument } from '../ingest/types';
import { baseOfPast, isIrregularPast, isParticiple, pastOf, readClause, trimRest } from './clause';
import {
	BARE_TITLE,
	clauseAntecedents,
	DESCRIBED_NAME,
	FORCES,
	LEGISLATURE,
	localAntecedents,
	nameLike,
	placeDate,
	registerDocumentWords,
	sentenceDates,
	UNNAMED_NOUN,
	type FoundDate
} from './dates';
import {
	canonicalPerson,
	displayName,
	findPersonNames,
	isCommonWord,
	peopleContext,
	type Antecedents,
	type PersonIndex
} from './people';
import type { DateFact, DateValue, Fact } from './types';

/**
 * A second reading of the dates the date extractor could make nothing of. The date extractor is
 * careful and narrow; documents it was not tuned on write their dates in ways it does not know: a date
 * wrapped in a phrase ("in the early hours of 28 January 1547, with Cranmer at his side"), a participle
 * aside ("The Act of Supremacy, passed in November 1534, declared …"), a pronoun for the treaty named
 * just before ("it was signed … on 28 June 1919"), a chronicle entry that names its event by a noun
 * ("June 14 (27), 1905 — Mutiny on the battleship Potemkin …") or a date column ("11 May 1860
 * landing at Marsala"). Each reading here is a pattern of any history text, never of one document.
 */

interface Event {
	event: string;
	question: string;
	subject?: string;
	/** Base verb (or event noun) the importance is ranked by. */
	base: string;
	/** Original span from the sentence naming what "it" stands for to the date's sentence. */
	passage?: { start: number; end: number };
}

/** How far back a quote may reach for the name of what "it" stands for. */
const PASSAGE_REACH = 1600;

/** Nouns that name an event a date belongs to, and how a question asks when it happened. */
const EVENT_NOUNS: Array<[RegExp, (np: string, plural: boolean) => { event: string; question: string }]> = [
	[/^battles?$/i, (np, pl) => passive(np, pl, 'fought')],
	[
		/^(?:treaty|treaties|pact|pacts|agreement|agreements|armistice|concordat|convention|accords?)$/i,
		(np, pl) => passive(np, pl, 'signed')
	],
	[/^(?:act|acts|statute|law)$/i, (np, pl) => passive(np, pl, 'passed')],
	[
		/^(?:decree|edict|manifesto|ordinance|ultimatum|bull|encyclical)$/i,
		(np, pl) => passive(np, pl, 'issued')
	],
	[/^(?:elections?)$/i, (np, pl) => passive(np, pl, 'held')],
	[/^(?:congress|conference|council|summit|diet)$/i, (np, pl) => passive(np, pl, 'held')],
	[/^(?:victory|victories)$/i, (np, pl) => passive(np, pl, 'won')],
	[
		/^(?:mutiny|massacre|revolution|uprising|rising|revolt|rebellion|insurrection|coup|putsch|landing|landings|siege|riot|riots|strike|general strike)$/i,
		(np) => ({ event: `${np} took place`, question: `did ${np} take place` })
	]
];

/** "Proclamation of the Kingdom of Italy": the noun of an act done to what follows "of". */
const ACT_OF: Record<string, string> = {
	sinking: 'sunk',
	bombing: 'bombed',
	bombardment: 'bombarded',
	burning: 'burned',
	sack: 'sacked',
	sacking: 'sacked',
	occupation: 'occupied',
	invasion: 'invaded',
	kidnapping: 'kidnapped',
	deposition: 'deposed',
	liberation: 'liberated',
	ratification: 'ratified',
	promulgation: 'promulgated',
	repeal: 'repealed',
	destruction: 'destroyed',
	evacuation: 'evacuated',
	relief: 'relieved',
	opening: 'opened',
	enactment: 'enacted',
	proclamation: 'proclaimed',
	assassination: 'assassinated',
	coronation: 'crowned',
	abdication: 'abdicate',
	election: 'elected',
	execution: 'executed',
	murder: 'murdered',
	annexation: 'annexed',
	capture: 'captured',
	fall: 'fall',
	surrender: 'surrender',
	founding: 'founded',
	foundation: 'founded',
	dissolution: 'dissolved',
	signing: 'signed',
	storming: 'stormed',
	unification: 'unified',
	partition: 'partitioned'
};

function passive(np: string, plural: boolean, participle: string): { event: string; question: string } {
	const aux = plural ? 'were' : 'was';
	return { event: `${np} ${aux} ${participle}`, question: `${aux} ${np} ${participle}` };
}

const TITLE =
	/^(?:Grand Duke|Grand Duchess|Archduke|Archduchess|Duke|Duchess|King|Queen|Emperor|Empress|Tsar|Tsarina|Kaiser|Pope|Cardinal|Prince|Princess|Sultan|Shah|Shogun|General|Admiral|Marshal)\s+\p{Lu}/u;
/** Participles whose event needs no object: "Mazzini, born in Genoa on 22 June 1805, …". */
const PERSON_ASIDE =
	/^(?:born|crowned|executed|arrested|exiled|assassinated|murdered|beheaded|hanged|imprisoned|released|knighted|canoni[sz]ed|bapti[sz]ed|ordained|deposed|killed)$/;

/** Verbs of saying: their event is what was said. */
const SAY_VERBS =
	/^(?:say|state|declare|note|remark|observe|explain|argue|stress|emphasi[sz]e|point|add|reply|answer|tell|ask|insist|claim|maintain|assert|write|warn|promise|assure|admit|believe|think|hold|suggest|propose)$/;
/** A clause opened by a word that refers back or asks is not a self-contained subject. */
const BAD_SUBJECT =
	/^(?:what|how|why|when|where|which|who|whom|this|that|these|those|such|there|here|all|some|many|most|both|each|another|other|others|none|one|if|whether|let)\b/i;

/** Documents and compacts known by a name: "The Charter Oath", "the Emancipation Proclamation". */
const NAMED_DOCUMENT =
	/^(?:Constitution|Charter|Declaration|Proclamation|Oath|Bill|Edict|Code|Accords?|Alliance|Entente|Union|Concordat|Convention|Compromise|Settlement|Statutes?|Articles|Petition|Resolution|Ordinances?)$/i;
/** What is done to a named place or institution as a whole: "The Bastille, stormed on 14 July 1789, …". */
const DONE_TO_A_PLACE =
	/^(?:stormed|founded|established|built|completed|opened|captured|taken|besieged|destroyed|demolished|burned|burnt|sacked|annexed|occupied|liberated|ceded|abolished|dissolved|renamed|inaugurated|consecrated|proclaimed)$/;

/** Verbs whose event is complete without an object ("did Henry VIII die"). */
const INTRANSITIVE =
	/^(?:die|resign|abdicate|retire|emigrate|marry|return|surrender|capitulate|open|close|meet|begin|end|fall|collapse|arrive|land|sail|convene|adjourn|rise|revolt|mutiny|flee|escape)$/;
const TOP_EVENTS =
	/^(?:battle|treaty|treaties|act|abdication|inaugurate|crown|bear|die|elect|appoint|become|succeed|resign|assassinate|execute|kill|murder|overthrow|proclaim|abdicate|sign|fight|pass|proclamation|assassination|coronation)$/;
const MID_EVENTS =
	/^(?:issue|declare|storm|abolish|invade|ratify|annex|unify|dissolve|found|establish|form|create|arrest|exile|expel|publish|adopt|hold|convene|open|meet|begin|end|launch|seize|capture|defeat|win|lose|return|marry|land|sail|occupy|take place|won|held|issued|passed|signed|fought)$/;
/** Words that leave an event unclear without the sentence before it. */
const VAGUE =
	/\b(?:this|that|these|those|it|them|they|there|here|such|we|us|our|you|your|I|me|my|him|its|their|today|yesterday|now|same|above|below|latter|former)\b/i;
/** The words that wrap a date in prose: "in the early hours of", "on the night of", "at dawn on". */
const DATE_WRAP =
	/(?:\s+|^)(?:on|in|at|of|by|during|from|around|about|circa|c\.|early|late|mid|the|very|small|wee|hours|morning|evening|night|afternoon|eve|dawn|dusk|daybreak|midnight|noon|beginning|end|middle|spring|summer|autumn|winter|fall|course|first|last|days?|weeks?|or|about|following|next|previous|same|that)$/i;
const PARTICIPLE_LEAD =
	/^(?:(?:first|formally|finally|eventually|later|secretly|solemnly|then|duly)\s+)?([a-z][a-z-]{2,})\b/;

/** The date facts of a document that the date extractor made nothing of. */
export function extractFallbackDateFacts(doc: IngestedDocument, found: Fact[] = []): DateFact[] {
	const { index: known, antecedents } = peopleContext(doc);
	registerDocumentWords(doc, known);
	const perSentence = sentenceDates(doc);
	// Dates another extractor already used (for an event, a term of office, a work).
	const used = new Set<number>();
	// A date lent to a later line ("- 5 March 1770 – Boston Massacre: … John Adams defends …", the
	// second sentence inheriting the first's date) still leaves its own sentence's event to read.
	const own = (f: Fact, span: { start: number }) =>
		span.start >= f.sentence.start && span.start < f.sentence.end;
	for (const f of found) {
		if (f.kind === 'date' && own(f, f.date.span)) used.add(f.date.span.start);
		if (f.kind === 'office')
			for (const v of [f.start, f.end]) if (v && own(f, v.span)) used.add(v.span.start);
	}
	const facts: DateFact[] = [];
	const seen = new Set<string>();
	// A question another fact already asks (of another date) is a repeated event: "When was X arrested?"
	// has no one answer, and the card would push out the one the document dates best.
	const asked = new Set(
		found.filter((f): f is DateFact => f.kind === 'date').map((f) => f.question.toLowerCase())
	);
	doc.sentences.forEach((s, i) => {
		const { found: dates, dateLine } = perSentence[i];
		if (dateLine) return;
		const ante = localAntecedents(doc, known, antecedents)[i];
		// "| 1861 | Emancipation of the serfs |": a table of dates, each row a chronicle entry.
		const rows = s.text.includes('|') ? tableRows(s.text, dates) : [];
		[...dates, ...rows.map((r) => r.date)].forEach((d, k) => {
			const value = placeDate(doc, s, d);
			if (used.has(value.span.start) || value.start.precision === 'decade') return;
			const row = rows.find((r) => r.date === d);
			const ev =
				(row ? rowEvent(row.event, known, ante) : null) ??
				(k === 0 ? entryEvent(s.text, d, known, ante) : null) ??
				bracketEvent(s.text, d) ??
				nominalBefore(s.text, d, known) ??
				asideEvent(s.text, d, known) ??
				clauseEvent(doc, i, d, dates, known, ante);
			if (!ev) return;
			const event = tidy(ev.event);
			const question = tidy(ev.question);
			if (question.split(/\s+/).length < 3 || question.length > 120) return;
			const key = `${question.toLowerCase()}|${value.start.iso}`;
			if (seen.has(key) || asked.has(question.toLowerCase())) return;
			seen.add(key);
			facts.push({
				kind: 'date',
				sentence: s,
				importance: importanceOf(ev, value),
				event,
				question,
				...(ev.subject ? { subject: ev.subject } : {}),
				date: value,
				...(ev.passage ? { passage: ev.passage } : {})
			});
		});
	});
	return facts;
}

/** A table row whose first cell is a year: "| 1825 | Decembrist revolt in St Petersburg |". */
const TABLE_ROW = /\|\s*(1[0-9]{3}|20[0-9]{2})\s*\|\s*([^|]{3,160}?)\s*(?=\|)/g;

/** The rows of a table of dates in a sentence, with their year cells as dates (unless already found). */
function tableRows(text: string, found: FoundDate[]): Array<{ date: FoundDate; event: string }> {
	const rows: Array<{ date: FoundDate; event: string }> = [];
	for (const m of text.matchAll(TABLE_ROW)) {
		const index = m.index! + m[0].indexOf(m[1]);
		if (found.some((f) => f.index <= index && index < f.index + f.length)) continue;
		const iso = m[1];
		rows.push({
			date: {
				value: { start: { iso, precision: 'year', calendar: 'gregorian' }, written: iso },
				index,
				length: iso.length
			},
			event: m[2]
		});
	}
	return rows;
}

/** A table cell read as a chronicle entry: a named event, or a clause in the historical present. */
function rowEvent(cell: string, known: PersonIndex, ante: Antecedents): Event | null {
	const phrase = entryPhrase(cell);
	return verbEntry(cell, known, ante) ?? (phrase ? nounEntry(phrase) : null);
}

function importanceOf(ev: Event, date: DateValue): number {
	// An event named by its noun (a battle, a treaty, a mutiny) is what a chronicle lists for the exam.
	const noun = EVENT_NOUNS.some(([re]) => re.test(ev.base));
	let score = TOP_EVENTS.test(ev.base) ? 0.85 : MID_EVENTS.test(ev.base) || noun ? 0.7 : 0.5;
	if (date.start.precision === 'year' && score < 0.8) score -= 0.05;
	if (date.start.alt) score += 0.05;
	return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}

function tidy(text: string): string {
	return text
		.replace(/\*+|_{2,}/g, '')
		.replace(/\s+([,.;:!?)])/g, '$1')
		.replace(/\s{2,}/g, ' ')
		.replace(/[\s,;:–—-]+$/, '')
		.trim();
}

/** Sentence case for a noun phrase that opened a line: "Mutiny on the battleship X" → "the mutiny on …". */
function withArticle(np: string, head: string): string {
	const bare = np.replace(/^(?:The|the)\s+/, '');
	// "Battle of Tsushima", "Treaty of Versailles", "Congress of Panama": a proper name keeps its capital.
	const proper = /^\p{Lu}/u.test(head) && /^\S+\s+(?:of|in|for)\s+(?:the\s+)?\p{Lu}/u.test(bare);
	// "Partial Test Ban Treaty": capitals before the head name it too.
	// …and so does a proper adjective before a lower-case head: "the Decembrist revolt".
	const named = proper || /^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(bare) || bare.split(/\s+/)[0] !== head;
	const text = named ? bare : bare.charAt(0).toLowerCase() + bare.slice(1);
	return `the ${text}`;
}

/** The first phrase of an entry: up to a colon, semicolon, bracket, dash or sentence end. */
function entryPhrase(text: string): string {
	return text
		.split(/\s*(?:[:;(]|(?<!\b\p{Lu})\.(?:\s|$)|\s[-–—]\s|,\s)/u)[0]
		.replace(/[.!]+$/, '')
		.trim();
}

/**
 * A chronicle entry or date column: the date first, then the event. "June 14 (27), 1905 — Mutiny on
 * the battleship Potemkin …", "1819 August 7     Victory at Boyacá; …", "- 11 May 1860  landing at
 * Marsala", "1826 June 22 The Congress of Panama opens.", "26 October 1860 Garibaldi meets …".
 */
function entryEvent(text: string, d: FoundDate, known: PersonIndex, ante: Antecedents): Event | null {
	const lead = text.slice(0, d.index);
	if (!/^\s*(?:[-–—•*]\s*)?(?:No\.\s*\d+\s*)?$/.test(lead)) return null;
	const after = text.slice(d.index + d.length);
	// A dashed or coloned entry, or a column layout: one space only after a date with its year in front,
	// or with a full day (a date column loses its spacing when a line is cleaned).
	const sep = /^\s*[-–—:]\s+|^\s{2,}|^\s(?=\S)/.exec(after);
	if (!sep) return null;
	const rest = after.slice(sep[0].length);
	if (!/^["“]?\p{L}/u.test(rest)) return null;
	// "January 9 (22), 1905 — “Bloody Sunday”.": the day is known by a name.
	const called =
		/^["“](\p{Lu}[\p{L}’'-]*(?:\s+(?:on|of|to|at|in|the|\p{Lu}[\p{L}’'-]*)){0,4})["”]\s*(?:[.;:]|$)/u.exec(
			rest
		);
	// "27–28 Oct 1922 — “March on Rome”": a named march, battle or rising took place.
	if (
		called &&
		/^(?:March|Battle|Siege|Night|Revolt|Rising|Uprising|Massacre|Storming|Sack|Fall|Flight|Long March)\b/.test(
			called[1]
		)
	)
		return {
			event: `the ${called[1]} took place`,
			question: `did the ${called[1]} take place`,
			base: 'take place'
		};
	if (called && !/\s(?:on|of|to|at|in|the)$/.test(called[1]))
		return { event: `“${called[1]}”`, question: `was “${called[1]}”`, base: 'take place' };
	const phrase = entryPhrase(rest);
	if (!phrase) return null;
	return verbEntry(rest, known, ante) ?? nounEntry(phrase);
}

/** An event named by its noun: "Battle of Tsushima", "landing at Marsala", "Proclamation of the Kingdom of Italy". */
function nounEntry(phrase: string): Event | null {
	const m =
		/^(?:[Tt]he\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){0,3}?)(\p{L}+)((?:\s+(?:of|on|at|in|to|near|against|for|between|with)\s+[^,;]+?)|(?:\s+[a-z]+ing\s+[^,;]+?))?$/u.exec(
			phrase
		);
	if (!m || /^(?:At|In|On|By|From|After|Before|During|To|For|With|Under)\s/.test(phrase)) return null;
	const head = m[2];
	const complement = (m[3] ?? '').replace(/\s+(?:with|over|by|under|and|after|before)\s.*$/, '');
	const np = `${m[1]}${head}${complement}`.trim();
	if (np.split(/\s+/).length < 2 || np.split(/\s+/).length > 10) return null;
	if (VAGUE.test(np) || /\d/.test(np)) return null;
	// The event must be named: a capital past the first word, or a complement that says which ("allowing peasants …").
	if (!/\s\p{Lu}/u.test(np) && !/^\s+[a-z]+ing\s/.test(m[3] ?? '')) return null;
	const noun = head.toLowerCase();
	const actOf = ACT_OF[noun];
	const object = /^\s+of\s+(.+)$/.exec(complement)?.[1];
	if (actOf && object && !m[1]) {
		const what = object.replace(/^The\s/, 'the ');
		if (!/\p{Lu}/u.test(what)) return null;
		const plural = false;
		if (/^(?:abdicate|fall|surrender)$/.test(actOf))
			return { event: `${what} ${pastOf(actOf)}`, question: `did ${what} ${actOf}`, base: actOf };
		return { ...passive(what, plural, actOf), base: noun };
	}
	const maker = EVENT_NOUNS.find(([re]) => re.test(noun))?.[1];
	if (!maker) return null;
	const the = withArticle(np, head);
	const plural = /s$/i.test(noun) && !/^(?:congress|mass)$/i.test(noun);
	const made = maker(the, plural);
	return { ...made, base: noun };
}

/** "The Congress of Panama opens.", "Garibaldi meets Victor Emmanuel near Teano and hails him …". */
function verbEntry(rest: string, known: PersonIndex, ante: Antecedents): Event | null {
	const clause = rest
		.split(/\s*(?:[:;]|(?<!\b\p{Lu})\.(?:\s|$)|\s[-–—]\s)/u)[0]
		// "Grand Duke Sergei Alexandrovich, the Tsar's uncle, former Governor-General of Moscow, is killed …"
		.replace(/^([^,]{3,60}),\s+[^,]{3,80}(?:,\s+[^,]{3,80})?,\s+(?=(?:is|are|was|were)\s)/, '$1 ')
		.trim();
	let reading = readClause(clause, true);
	if (!reading || reading.negated || reading.modal || reading.subjectIndex > 0) return null;
	// Notes drop the auxiliary: "Edict of Gülhane read out by Reşid Pasha", "Reform Edict issued under
	// pressure" — a named document with a bare participle is a passive, not an actor.
	const verb = clause.slice(reading.subject.length).trim().split(/\s+/)[0] ?? '';
	if (
		reading.voice === 'past' &&
		isParticiple(verb) &&
		documentHead(reading.subject) &&
		(!reading.rest || /^(?:out|up|by|in|at|on|under|to|from|after|before)\b/.test(reading.rest))
	)
		reading = { ...reading, voice: 'passive', participle: verb };
	return eventOf(reading, known, ante, true);
}

/** A subject named for an event or document ("Edict of Gülhane", "the Reform Edict"). */
function documentHead(subject: string): boolean {
	const head =
		subject
			.split(/\s+(?:of|on|in|for)\s+/)[0]
			.split(/\s+/)
			.pop() ?? '';
	return EVENT_NOUNS.some(([re]) => re.test(head)) || NAMED_DOCUMENT.test(head);
}

type Reading = NonNullable<ReturnType<typeof readClause>>;

/** A clause reading made into an event, or null when the subject or predicate is not self-contained. */
function eventOf(
	reading: Reading,
	known: PersonIndex,
	ante: Antecedents,
	present: boolean,
	it?: string
): Event | null {
	const subject = subjectOf(reading.subject, known, ante, it);
	if (!subject) return null;
	let rest = trimRest(reading.rest, 10, reading.voice !== 'passive');
	// A second verb starts another event: "meets X near Teano and hails him as King".
	rest = rest.replace(/\s+and\s+[a-z]+(?:s|ed)\b.*$/, '');
	if (/^(?:bear|die)$/.test(reading.base)) rest = '';
	if (VAGUE.test(rest) || UNNAMED_NOUN.test(rest) || /\b(?:him|her|his)\b/.test(rest) || /\d/.test(rest))
		return null;
	if (/^(?:not|was|were|is|are|that|to)\b/.test(rest)) return null;
	// What was said is the event, and the clause reader cuts it off: "noted at the Conference that …".
	if (
		reading.voice !== 'passive' &&
		SAY_VERBS.test(reading.base) &&
		(!rest || /^(?:that|to|in|at|on|about|["“'‘])/.test(reading.rest) || /\bthat\b/.test(reading.rest))
	)
		return null;
	// A noun read as a verb ("the Transcaucasian Communist organisations elects …"): two verbs in a row.
	if (/^[a-z]+(?:s|ed)\s/.test(reading.rest) && reading.voice === 'present') return null;
	if (/(?:tion|sion|ment|ism|ist|ship|ness|ity)$/.test(reading.base)) return null;
	const tail = rest ? ` ${rest}` : '';
	const s = subject;
	switch (reading.voice) {
		case 'passive': {
			const aux = reading.plural ? 'were' : 'was';
			const participle = reading.participle!.toLowerCase();
			if (/^by\b/.test(rest) && !/^by\s+(?:a|an)\s/.test(rest)) return null;
			return {
				event: `${s} ${aux} ${participle}${tail}`,
				question: `${aux} ${s} ${participle}${tail}`,
				subject: s,
				base: reading.base
			};
		}
		case 'past':
		case 'present': {
			if (reading.voice === 'present' && !present) return null;
			if (reading.base === 'be' || reading.base === 'have' || !/^[a-z-]+$/.test(reading.base)) return null;
			if (!rest && !INTRANSITIVE.test(reading.base)) return null;
			if (/^by\b/.test(rest)) return null;
			return {
				event: `${s} ${pastOf(reading.base)}${tail}`,
				question: `did ${s} ${reading.base}${tail}`,
				subject: s,
				base: reading.base
			};
		}
	}
	return null;
}

/** A subject a student can place without the passage: a person, a named body or event, a resolved pronoun. */
function subjectOf(raw: string, known: PersonIndex, ante: Antecedents, it?: string): string | null {
	const subj = raw
		.replace(/^["“”'‘’*]+|["“”'‘’*]+$/g, '')
		.replace(/\s+(?:then|also|later|soon|finally|first|again|now|once|eventually|formally)$/i, '')
		.trim();
	if (/^(?:he|she)$/i.test(subj)) {
		const key = /^s/i.test(subj) ? ante.she : ante.he;
		return key ? displayName(key, known) : null;
	}
	if (/^it$/i.test(subj)) return it ?? null;
	if (BARE_TITLE.test(subj)) return null;
	const kin = DESCRIBED_NAME.exec(subj);
	if (kin && nameLike(kin[1], known)) return canonicalPerson(kin[1], known).display;
	if (LEGISLATURE.test(subj)) return subj;
	if (FORCES.test(subj) && nameLike(subj.split(/\s+/)[0], known)) return subj;
	const words = subj.split(/\s+/);
	if (BAD_SUBJECT.test(subj)) return null;
	// "Greetings to the Baku workers …", "Fighting in the streets …": a gerund or its plural is no actor.
	if (/^\p{Lu}\p{Ll}{3,}ings?$/u.test(words[0]) && !/[jqx]ing$/.test(words[0])) return null;
	if (!subj || words.length > 8 || /[,;:()\d]/.test(subj) || VAGUE.test(subj)) return null;
	const names = findPersonNames(subj, known);
	const only = names.length === 1 ? names[0] : undefined;
	// "Elections to the National Assembly": a common event noun with a named complement.
	const event =
		/^(?:[Tt]he\s+)?(\p{L}+)\s+(?:of|to|for|on|at|in)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|the|\p{Lu}[\p{L}’'-]*))*$/u.exec(
			subj
		);
	if (event && EVENT_NOUNS.some(([re]) => re.test(event[1])) && !/^(?:the\s+)?\S+\s+of\s/i.test(subj))
		return subj.charAt(0).toLowerCase() + subj.slice(1);
	// "the child emperor Puyi", "the Prussian general Moltke": a lower-case description before one name.
	const described =
		/^(?:the|a)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2})$/u.exec(subj);
	if (described && !isCommonWord(described[1]) && !documentHead(subj)) return subj.replace(/^The\s/, 'the ');
	// "Abdülhamid II", "Louis XVI": a regnal number belongs to the name as written.
	if (/^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)*\s+[IVX]+$/u.test(subj)) return subj;
	// "Grand Duke Sergei Alexandrovich", "King Louis XVI": a title keeps the name a student knows.
	if (only && TITLE.test(subj) && /^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)+$/u.test(subj)) return subj;
	if (only && only.index === 0 && only.length >= subj.length - 1)
		return canonicalPerson(only.name, known).display;
	// A named body or event: every word capitalised or a connective ("the Congress of Panama").
	const named = words.every(
		(w, k) =>
			/^\p{Lu}/u.test(w) ||
			(k > 0 && /^(?:of|the|and|on|in|at|for|to|de|von|van|la|le)$/.test(w)) ||
			(k === 0 && /^the$/i.test(w))
	);
	if (named && words.some((w) => /^\p{Lu}/u.test(w) && !/^The$/.test(w))) {
		if (
			words.length === 1 &&
			(isCommonWord(subj) || !((known.properNouns?.has(subj) ?? true) || nameLike(subj, known)))
		)
			return null;
		// Notes drop the article: "Edict of Gülhane" is asked about as "the Edict of Gülhane".
		if (!/^the\s/i.test(subj) && words.length >= 2 && documentHead(subj)) return `the ${subj}`;
		return subj.replace(/^The\s/, 'the ');
	}
	return null;
}

/**
 * "The Act in Restraint of Appeals (1533), drafted by …", "Proclamation of the Kingdom of Italy (Turin,
 * 17 March 1861)": a named act, treaty or event with its date (and place) in brackets after it.
 */
function bracketEvent(text: string, d: FoundDate): Event | null {
	const before = text.slice(0, d.index);
	const open = /\(\s*(?:\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?,\s*)?$/u.exec(before);
	if (!open || !/^\s*\)/.test(text.slice(d.index + d.length))) return null;
	const np = /((?:\p{Lu}[\p{L}’'-]*)(?:\s+(?:\p{Lu}[\p{L}’'-]*|of|in|the|and|for|on|to|at))*)\s*$/u.exec(
		before.slice(0, open.index)
	);
	if (!np || /\s(?:of|in|the|and|for|on|to|at)$/.test(np[1])) return null;
	// "a second Act for the Dissolution of the Monasteries (1539)": one of several of that name.
	if (/\b(?:second|third|fourth|another|new|later|further|last)\s+$/i.test(before.slice(0, np.index)))
		return null;
	return nounEntry(np[1]);
}

/** "… and the proclamation of the Weimar Republic on 9 November 1918": an act named by its noun. */
function nominalBefore(text: string, d: FoundDate, known: PersonIndex): Event | null {
	const before = text.slice(Math.max(0, d.index - 200), d.index);
	if (!/\s(?:in|on)\s+$/.test(before) || !before.includes(' of ')) return null;
	const m =
		/\b[Tt]he\s+(\p{Ll}+)\s+of\s+((?:the\s+)?(?:[\p{L}’'-]+\s+){0,4}?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|the|and|\p{Lu}[\p{L}’'-]*)){0,6})(?:\s+by\s+(?:a|an|the)\s+[\p{L}\s-]{2,40}?)?,?\s+(?:in|on)\s+$/u.exec(
			before
		);
	if (!m || !ACT_OF[m[1]] || /\s(?:of|the|and)$/.test(m[2])) return null;
	// "the British liner Lusitania": words before the name only describe it; "the new constitution" names nothing.
	if (/^(?:the\s+)?\p{Ll}/u.test(m[2]) && !/\s\p{Lu}/u.test(m[2])) return null;
	if (VAGUE.test(m[2])) return null;
	const who = findPersonNames(m[2], known)[0];
	const what =
		who && who.index === 0 && who.length >= m[2].length - 1
			? canonicalPerson(who.name, known).display
			: m[2].replace(/^The\s/, 'the ');
	const act = ACT_OF[m[1]];
	if (/^(?:abdicate|fall|surrender)$/.test(act))
		return { event: `${what} ${pastOf(act)}`, question: `did ${what} ${act}`, base: act };
	return { ...passive(what, false, act), subject: what, base: m[1] };
}

/**
 * "The Act of Supremacy, passed in November 1534, declared …", "In the Locarno Treaties, initialled
 * on 16 October 1925 and signed in London on 1 December 1925, Germany accepted …": a participle aside
 * after a named thing dates what the participle says was done to it.
 */
function asideEvent(text: string, d: FoundDate, known: PersonIndex): Event | null {
	const before = text.slice(0, d.index);
	// The aside opens with a comma or a spaced dash and closes after the date with the same mark.
	const open = /^(.*)(,\s|\s[–—-]\s)/s.exec(before);
	if (!open) return null;
	const mark = open[2].trim();
	const aside = before.slice(open[0].length);
	if (/[;()]/.test(aside)) return null;
	// …or a second participle takes over: "initialled on 16 October 1925 and signed …".
	const close =
		mark === ','
			? /^\s*(?:,|\.|;|$)|^\s+and\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b|^\s+by\s+[^,;()]{2,60},/u
			: /^\s*(?:\s[–—-]\s|,|\.|$)/;
	if (!close.test(text.slice(d.index + d.length))) return null;
	// The last participle of the aside is the date's: "initialled on X and signed in London on Y".
	const parts = aside.split(/\s+and\s+/);
	const part = parts[parts.length - 1];
	const lead = PARTICIPLE_LEAD.exec(part);
	if (!lead || !isParticiple(lead[1])) return null;
	if (parts.length > 1 && !isParticiple(PARTICIPLE_LEAD.exec(parts[0])?.[1] ?? '')) return null;
	const participle = lead[1];
	let where = stripDateWrap(part.slice(lead[0].length)).trim();
	if (where && !/^(?:in|at|by|near)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*$/u.test(where))
		where = '';
	const head = open[1].replace(/\s+(?:himself|herself|itself)$/, '');
	// "Mazzini, born in Genoa on 22 June 1805, had been arrested …": a person and what befell them.
	const names = findPersonNames(head, known);
	let last: { name: string; index: number; length: number } | undefined = names[names.length - 1];
	// A surname the index does not know yet: one to three capitalised words that are not common ones.
	const bare = /(?:^|\]\s*|,\s+)((?:\p{Lu}[\p{Ll}’'-]+\s+){0,2}\p{Lu}[\p{Ll}’'-]+)$/u.exec(head);
	if (!last && bare && !bare[1].split(/\s+/).some((w) => isCommonWord(w)))
		last = { name: bare[1], index: head.length - bare[1].length, length: bare[1].length };
	if (last && last.index + last.length >= head.length - 1 && PERSON_ASIDE.test(participle)) {
		if (
			!/^(?:\[[^\]]*\]\s*)?$/.test(head.slice(0, last.index).trim()) &&
			!/[,;]\s*$/.test(head.slice(0, last.index))
		)
			return null;
		const who = canonicalPerson(last.name, known).display;
		return { ...passive(who, false, participle), subject: who, base: baseOfPast(participle) };
	}
	// "The treaty, signed at Nanking in August 1842, ceded Hong Kong to Britain": a treaty the sentence
	// names by what it did.
	const generic =
		/(?:^|[,;]\s+)[Tt]he\s+(treaty|act|pact|agreement|armistice|constitution|edict|decree|law|charter|bill)$/.exec(
			head
		);
	if (generic && mark === ',') {
		const did = /^\s*,\s+((\p{Ll}{3,}))\s+([^,;.()]{3,80})/u.exec(text.slice(d.index + d.length));
		if (!did || !(isParticiple(did[2]) || isIrregularPast(did[2])) || SAY_VERBS.test(baseOfPast(did[2])))
			return null;
		const object = trimRest(did[3], 8, true);
		if (!object || VAGUE.test(object) || !/\p{Lu}/u.test(object)) return null;
		const name = `the ${generic[1]} that ${did[2]} ${object}`;
		const w = where ? ` ${where}` : '';
		return { ...passive(name, false, `${participle}${w}`), subject: name, base: generic[1] };
	}
	const np =
		/(?:^|[,;]\s+)((?:[Ii]n|[Aa]t|[Bb]y|[Uu]nder|[Ww]ith|[Tt]hrough|[Ff]or)\s+)?((?:the\s+|The\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of|the|and|on|in|for|\p{Lu}[\p{L}’'-]*)){0,10})$/u.exec(
			head
		);
	if (!np) return null;
	const name = np[2].replace(/^The\s/, 'the ');
	const words = name.replace(/^the\s/, '').split(/\s+/);
	if (!words.some((w, k) => k > 0 && /^\p{Lu}/u.test(w)) && !/^the\s/.test(name)) return null;
	const headNoun = name
		.split(/\s+(?:of|on|in|for)\s+/)[0]
		.split(/\s+/)
		.pop()!;
	// A named event or document takes any participle; another named thing ("The Bastille") only one
	// that says what was done to it as a whole.
	const eventOrDocument = EVENT_NOUNS.some(([re]) => re.test(headNoun)) || NAMED_DOCUMENT.test(headNoun);
	// A place is "the Bastille" or a name of two words, never a person ("Lenin, taken ill in 1922").
	const place =
		DONE_TO_A_PLACE.test(participle) &&
		(/^the\s/.test(name) || words.length >= 2) &&
		findPersonNames(name, known).length === 0;
	if (!eventOrDocument && !place) return null;
	const plural = /[^s]s$/.test(headNoun);
	const w = where ? ` ${where}` : '';
	return { ...passive(name, plural, `${participle}${w}`), subject: name, base: baseOfPast(participle) };
}

/** Drop the words that wrap a date from the end of a phrase: "died at Whitehall in the early hours of" → "died at Whitehall". */
function stripDateWrap(text: string): string {
	let out = text.replace(/[\s,]+$/, '');
	for (let prev = ''; prev !== out;) {
		prev = out;
		out = out.replace(DATE_WRAP, '');
	}
	return out;
}

/** Clause boundaries in prose: ";", a spaced dash, ", and", ", but", ", which", ", while". */
// A colon opens the clause that states the event: "A bargain was struck: the emperor abdicated on …".
// A sentence the splitter left joined ("… on his mother's. Having lost …") ends at its full stop.
const BOUNDARY =
	/;|:\s|(?<=\p{Ll}{2}[’']?s?)\.\s+(?=\p{Lu}\p{Ll})|\s[–—-]\s|,\s+(?:and|but|which|while|whereas|where|whose|who)\b/gu;

/**
 * The clause that governs a date in prose: "Henry VIII died at Whitehall in the early hours of 28 January
 * 1547, with Cranmer at his side, and was succeeded …" → "did Henry VIII die"; "…; it was signed in the
 * Hall of Mirrors on 28 June 1919" → "was the Treaty of Versailles signed in the Hall of Mirrors".
 */
function clauseEvent(
	doc: IngestedDocument,
	i: number,
	d: FoundDate,
	dates: FoundDate[],
	known: PersonIndex,
	ante: Antecedents
): Event | null {
	const s = doc.sentences[i];
	const text = s.text;
	let start = 0;
	let end = text.length;
	BOUNDARY.lastIndex = 0;
	for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
		if (m.index + m[0].length <= d.index) start = m.index + m[0].length;
		else if (m.index >= d.index + d.length) {
			end = m.index;
			break;
		}
	}
	// Another date in the clause makes it a list or a range the extractor already declined.
	if (dates.some((o) => o !== d && o.index >= start && o.index < end)) return null;
	// A relative or subordinate clause has no subject of its own.
	if (/(?:which|who|whom|whose|that)\s*$/i.test(text.slice(0, start))) return null;
	const lead = text.slice(start, d.index);
	// A bound is not the event: "remained in office until 1890", "from 1919", "between …".
	if (/\b(?:until|till|since|by|from|to|between|and|after|before|during|than|or)\s*$/i.test(lead))
		return null;
	// A date inside a noun phrase dates the noun, not the clause: "organised the strike of August 1900".
	const ofNoun = /\b(\p{L}+)\s+of\s*$/u.exec(lead);
	if (
		ofNoun &&
		!/^(?:hours|night|nights|morning|evening|afternoon|eve|dawn|dusk|day|days|beginning|end|middle|spring|summer|autumn|winter|fall|course|week|weeks|month|half|part|turn)$/i.test(
			ofNoun[1]
		)
	)
		return null;
	// "the 1905 revolution", "Lenin's 1923 letter": a premodifier.
	if (/(?:\bthe|[’']s)\s*$/i.test(lead) && /^\s+\p{L}/u.test(text.slice(d.index + d.length))) return null;
	let before = stripDateWrap(lead.replace(/[\s,]+$/, ''));
	const afterAll = text.slice(d.index + d.length, end);
	let clause: string;
	if (!before.trim() || /^\s*(?:on|in|at|by)\s*$/i.test(before)) {
		// "On 13 March 1920 Freikorps units … occupied Berlin": the clause follows the date.
		clause = afterAll.replace(/^\s*,?\s*/, '');
	} else {
		// Only a place after the date stays with the event; ", with Cranmer at his side" is an aside.
		const place = /^\s+((?:in|at|near)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*)/u.exec(
			afterAll
		);
		before = before.replace(/^\s*(?:and|but|then)\s+/i, '');
		clause = place ? `${before} ${place[1]}` : before;
	}
	clause = clause.replace(/[.!?]+$/, '').trim();
	// "was arrested again in 1903": one of several, which a bare "When …?" cannot tell apart.
	if (/\b(?:again|once more|a second time|a third time|re-\p{Ll}+)\b/u.test(clause)) return null;
	if (!clause || /\bthat\b/.test(clause.split(/\s+/).slice(0, 6).join(' '))) return null;
	let reading = readClause(clause, s.listItem);
	if (!reading || reading.negated || reading.modal) return null;
	// "was wounded defending the Republic and died of gangrene on 6 July 1849": the date is the last verb's.
	const coordinated = [...reading.rest.matchAll(/\s+and\s+(?:then\s+)?(\p{Ll}{3,})\b/gu)].pop();
	if (coordinated && (isParticiple(coordinated[1]) || isIrregularPast(coordinated[1]))) {
		const tail = reading.rest.slice(coordinated.index! + coordinated[0].length - coordinated[1].length);
		const aux =
			reading.voice === 'passive' &&
			isParticiple(coordinated[1]) &&
			!INTRANSITIVE.test(baseOfPast(coordinated[1]))
				? 'was '
				: '';
		const own = readClause(`${reading.subject} ${aux}${tail}`, s.listItem);
		if (!own) return null;
		reading = own;
	}
	// A leading clause the reader skipped ("Although …,") leaves no date of its own.
	const it = /^it$/i.test(reading.subject.trim()) ? antecedentThing(doc, i, start) : undefined;
	// The quote must show the name "it" stands for.
	if (it && s.end - it.from > PASSAGE_REACH) return null;
	const ev = eventOf(reading, known, clauseAntecedents(text, start, known, ante), s.listItem, it?.name);
	return ev && it && it.from < s.start ? { ...ev, passage: { start: it.from, end: s.end } } : ev;
}

/**
 * Whom "it" means: the last "the treaty"/"the act"/"the battle" before it, by the name the text gave it
 * ("The Treaty of Versailles … whose government accepted the treaty; it was signed …").
 */
function antecedentThing(
	doc: IngestedDocument,
	i: number,
	at: number
): { name: string; from: number } | undefined {
	const s = doc.sentences[i];
	const before = s.text.slice(0, at);
	const generic = [...before.matchAll(/\bthe\s+(\p{Ll}+)\b/gu)].pop();
	if (!generic || !EVENT_NOUNS.some(([re]) => re.test(generic[1]))) return undefined;
	// Nothing but punctuation between "the treaty" and "it".
	if (before.slice(generic.index! + generic[0].length).replace(/[\s;,.]/g, '').length > 0) return undefined;
	const noun = generic[1].charAt(0).toUpperCase() + generic[1].slice(1);
	const name = new RegExp(
		`\\b((?:the\\s+|The\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s+){0,3}${noun}(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*)*)?)`,
		'gu'
	);
	// The nearest sentence that names it, at most four back in the same section.
	for (let j = i; j >= Math.max(0, i - 4); j--) {
		const sj = doc.sentences[j];
		if (sj.sectionIndex !== s.sectionIndex) break;
		const text = j === i ? before : sj.text;
		const names = [...text.matchAll(name)]
			// A gloss repeats the name ("The Treaty of Versailles Treaty of Versailles was …"): one is enough.
			.map((m) => {
				const at = m[1].indexOf(noun) + noun.length;
				return (m[1].slice(0, at) + m[1].slice(at).replace(new RegExp(`\\s+${noun}\\b.*$`, 'u'), '')).trim();
			})
			.filter((n) => /\s\p{Lu}|^\p{Lu}\S*\s+\p{Lu}/u.test(n.replace(/^The\s/, '')));
		const last = names.pop();
		if (last)
			return { name: /^the\s/i.test(last) ? last.replace(/^The/, 'the') : `the ${last}`, from: sj.start };
	}
	return undefined;
}
