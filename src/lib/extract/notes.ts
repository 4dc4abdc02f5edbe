/**
 * Revision notes: the telegraphic bullet lines students write for themselves. They drop auxiliaries and
 * articles ("FRG joined NATO 9 May 1955", "Warsaw Pact signed 14 May 1955", "Khrushchev ousted Oct
 * 1964"), put a label before a colon ("NATO: North Atlantic Treaty signed in Washington, 4 April 1949"),
 * name an event and its actor without a verb ("Long Telegram — George Kennan (US diplomat), 22 Feb.
 * 1946"), shorten titles ("Truman became Pres.") and hang the next holder of a post under the first
 * ("- Adenauer elected Chancellor …" / "  - succeeded by Erhard (Oct 1963)"). The prose readers in
 * dates.ts and offices.ts read these lines as broken sentences ("When was FRG joined NATO?"); this
 * module reads them as notes and states them as a teacher would ask them.
 *
 * Only bullet lines are read here, and a line is taken only when its whole shape is recognised.
 */
import type { IngestedDocument, Sentence } from '../ingest/types';
import { ABBREVIATION_LEGEND, widenOverEmphasis } from '../ingest/notes';
import { baseOfPast, isIrregularPast, isParticiple } from './clause';
import { findDateExpressions, placeDate, type FoundDate } from './dates';
import { findOfficeTitles } from './offices';
import { findPersonNames } from './people';
import type { DateFact, DateValue, Fact, OfficeFact } from './types';
import { officeTitle, specificOffice } from '../cards/templates';

// ---------------------------------------------------------------- abbreviations

/** Shortenings every history student uses, spelled out on the card (never in the quote). */
const COMMON_ABBREVIATIONS: Array<[RegExp, string]> = [
	[/\bVice[- ]Pres\b\.?/g, 'Vice President'],
	[/\bPres\b\.?/g, 'President'],
	[/\bSec\.? of State\b/g, 'Secretary of State'],
	[/\bFor(?:eign)?\.? Sec\b\.?/g, 'Foreign Secretary'],
	[/\b1st Sec\b\.?/g, 'First Secretary'],
	[/\bGen\.? Sec\b\.?/g, 'General Secretary'],
	[/\bPM\b/g, 'Prime Minister'],
	[/\bGS\b/g, 'General Secretary'],
	[/\bGovt\b\.?/gi, 'government'],
	[/\bconf\b\.?/g, 'conference'],
	[/\b1st\b/g, 'first'],
	[/\b2nd\b/g, 'second'],
	[/\b3rd\b/g, 'third'],
	[/\bw\/(?=\s)/g, 'with'],
	[/\s(?:&|\+)\s/g, ' and ']
];

/** A legend line: "Abbrevs: CW = Cold War, USSR/SU = Soviet Union, Pres = President". */
const LEGEND = ABBREVIATION_LEGEND;
const LEGEND_INSIDE = /(?<=[.>]\s*)(?:abbrevs?|abbreviations?|abbr|key|legend)\.?\s*:\s*(?=[^=]{1,14}=)/i;

export interface Abbreviation {
	short: string;
	long: string;
}

/**
 * The abbreviations a document defines in a legend line. An expansion that is itself shortened
 * ("FRG = W. Germany") is not used: the acronym reads better on a card than "W. Germany".
 */
export function abbreviationLegend(sentences: Pick<Sentence, 'text'>[]): Abbreviation[] {
	return abbreviationLegendRaw(sentences).filter((a) => !/\.\s/.test(a.long));
}

/** Every entry of the legend lines, shortened expansions included. */
function abbreviationLegendRaw(sentences: Pick<Sentence, 'text'>[]): Abbreviation[] {
	const out: Abbreviation[] = [];
	for (const s of sentences.slice(0, 40)) {
		// The legend may open its line or follow a quoted block's other lines ("… booklet. > Key: …").
		const m = LEGEND.exec(s.text) ?? LEGEND_INSIDE.exec(s.text);
		if (!m) continue;
		// Entries part at commas, semicolons or the middle dots and bars of a typeset key.
		for (const entry of s.text.slice(m.index + m[0].length).split(/\s*[,;·•|]\s*/)) {
			// "PM = Prime Minister (Presidente del Consiglio)": the gloss in brackets is no part of it.
			const pair = /^\s*([^=]{1,14}?)\s*=\s*([^=]{2,40}?)\s*$/.exec(entry.replace(/\s*\([^)]*\)/g, ''));
			// "→ = led to": a symbol, not an abbreviation a face could contain.
			if (!pair || !/\p{L}/u.test(pair[1])) continue;
			for (const short of pair[1].split('/'))
				if (short.trim()) out.push({ short: short.trim(), long: pair[2] });
		}
	}
	return out.sort((a, b) => b.short.length - a.short.length);
}

/** What the notes reader knows about the whole document. */
interface NotesContext {
	legend: Abbreviation[];
	/** The body each post was last given ("First Secretary" → "CPSU") and where, for a later bare mention. */
	posts: Map<string, { organisation: string; named: number }>;
	/** Acronyms the document itself writes with "the" ("the USSR"). */
	articled: Set<string>;
}

function notesContext(doc: IngestedDocument): NotesContext {
	const legend = abbreviationLegend(doc.sentences);
	const articled = new Set<string>();
	for (const m of doc.clean.matchAll(/\bthe\s+([A-Z]{2,6})\b/g)) articled.add(m[1]);
	// A legend entry that spells out a state or a body ("GDR = E. Germany"), not a person ("JFK = John F. Kennedy").
	for (const { short, long } of abbreviationLegendRaw(doc.sentences))
		if (/^[A-Z]{2,6}$/.test(short) && !personExpansion(long)) articled.add(short);
	return { legend, articled, posts: new Map() };
}

/** "John F. Kennedy" is a person; "W. Germany" (an initial and one word) is a shortened place. */
function personExpansion(long: string): boolean {
	return findPersonNames(long).length > 0 && !/^\p{Lu}\.\s*\S+$/u.test(long);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A face with the notes' abbreviations spelled out ("Pres." → "President", "SU" → "Soviet Union"). */
export function expandAbbreviations(text: string, legend: Abbreviation[]): string {
	let out = text;
	for (const { short, long } of legend) {
		out = out.replace(new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(short)}\\.?(?![\\p{L}\\d])`, 'gu'), long);
	}
	for (const [re, long] of COMMON_ABBREVIATIONS) out = out.replace(re, long);
	return out.replace(/\s+/g, ' ').trim();
}

// ---------------------------------------------------------------- noun phrases

/**
 * Head nouns of named events, documents and institutions ("the Warsaw Pact", "the Berlin Blockade"):
 * such a name takes "the" in a question, and a person's name never ends in one.
 */
const THING_HEAD =
	/\b(?:treaty|pact|agreement|accords?|act|bill|law|charter|convention|declaration|proclamation|decree|edict|manifesto|constitution|armistice|telegram|letter|memorandum|note|speech|address|doctrine|plan|programme|program|policy|blockade|airlift|wall|spring|crisis|war|revolution|rising|uprising|rebellion|revolt|invasion|coup|putsch|purge|famine|reforms?|embargo|boycott|strike|march|campaign|offensive|landings?|massacre|affair|scandal|incident|trial|conference|summit|congress|council|assembly|parliament|union|republic|league|confederation|federation|alliance|party|army|movement|commission|committee|front|bank|bridge|canal|railway|conquest|unification|partition|settlement|compromise|ultimatum|blitz|battle|siege|election|referendum|raid|bombing|crossing)$/i;

/** The verb a dated named document or event is told with when the note gives none. */
const NOMINAL_VERB: Array<[RegExp, string]> = [
	[/\b(?:telegram|dispatch|cable)$/i, 'sent'],
	[/\b(?:speech|address|lecture|sermon)$/i, 'delivered'],
	[/\b(?:treaty|pact|agreement|accords?|convention|armistice|charter|final act)$/i, 'signed'],
	[/\b(?:proclamation|decree|edict|ultimatum)$/i, 'issued'],
	[/\b(?:conference|summit|congress)$/i, 'held'],
	[/\bbattle of\s/i, 'fought']
];

/** States, alliances, parties and services every history student meets as letters, always with "the". */
const STATE_ACRONYMS =
	/^(?:USSR|USA|US|UK|UN|EU|EEC|GDR|FRG|PRC|ROC|DPRK|UAR|KGB|CIA|FBI|NKVD|OGPU|RAF|SS|SA|ANC|PLO|IRA|CPSU|SPD|KPD|CDU|NSDAP|SED|OAS|OAU|NAACP|SCLC|SNCC|TUC|ILP)$/;

/**
 * An acronym takes "the" when it names a state or a body the way the document uses it ("the USSR", a
 * legend's "FRG = W. Germany"); a person's initials ("JFK") and acronyms read as words ("NATO") do not.
 */
function articledAcronym(word: string, ctx: NotesContext): boolean {
	if (!/^[A-Z]{2,6}$/.test(word)) return false;
	if (STATE_ACRONYMS.test(word)) return true;
	if (!ctx.articled.has(word)) return false;
	return !(word.length >= 4 && /^(?:[^AEIOU][AEIOU]|[AEIOU][^AEIOU][AEIOU])/.test(word));
}

/** A name as the subject of a question: "the FRG", "the Warsaw Pact", "Konrad Adenauer". */
function subjectPhrase(name: string, ctx: NotesContext): string {
	const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
	const spelled = articledAcronym(bare, ctx);
	const expanded = expandAbbreviations(bare, ctx.legend);
	if (spelled) {
		// "ERP" → "the European Recovery Program (ERP)"; "SU" → "the Soviet Union"; "FRG" stays.
		if (expanded === bare) return `the ${bare}`;
		return wordCount(expanded) >= 3 ? `the ${expanded} (${bare})` : `the ${expanded}`;
	}
	// "the Warsaw Pact", "the Treaty of Vienna", "the Battle of Sedan".
	if (isThingName(bare) && !/^the\s/i.test(bare)) return `the ${expanded}`;
	return expanded;
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

/** A capitalised name: "Konrad Adenauer", "SALT I", "U-2", "Warsaw Pact", "JFK", "Lyndon B. Johnson". */
const BARE_NAME = String.raw`(?:[A-Z][\p{L}'’.-]*|[A-Z0-9][A-Z0-9-]+)(?:\s+(?:of\s+(?:the\s+)?|(?:von|van|de|di|da|del|der|du|le|la)\s+)?(?:[A-Z][\p{L}'’.-]*|[A-Z0-9][A-Z0-9-]*|[IVX]+))*`;
/** The same with a bracketed gloss: "Konrad Adenauer (CDU)". */
const NAME = String.raw`${BARE_NAME}(?:\s*\([^()]{1,40}\))?`;

/** A named event, document or body: "Warsaw Pact", "Treaty of Vienna". */
function isThingName(bare: string): boolean {
	const ofThing = /^(\S+)\s+of\s/.exec(bare);
	return THING_HEAD.test(bare) || (!!ofThing && THING_HEAD.test(ofThing[1]));
}

function isThing(name: string): boolean {
	const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
	return isThingName(bare) || /^[A-Z0-9-]+(?:\s+[IVX]+)?$/.test(bare);
}

/** A person's name (not an event or an acronym of a state): at most four capitalised words. */
function looksLikePerson(name: string): boolean {
	const bare = name.replace(/\s*\([^)]*\)/g, '').trim();
	if (!bare || THING_HEAD.test(bare) || wordCount(bare) > 4) return false;
	if (findPersonNames(bare).length > 0) return true;
	return (
		// "Wilhelm I", "Leo von Caprivi", "George C. Marshall".
		/^(?:[A-Z][\p{Ll}'’-]+|[A-Z]\.)(?:\s+(?:(?:von|van|de|di|da|del|der|du|le|la)\s+)?(?:[A-Z][\p{Ll}'’-]+|[A-Z]\.))*(?:\s+[IVX]{1,5})?$/u.test(
			bare
		) || /^[A-Z]{2,4}$/.test(bare)
	);
}

// ---------------------------------------------------------------- verbs

/** Verbs telegraphic notes use without an object: "Stalin died", "Brandt resigned", "Blockade began". */
const INTRANSITIVE =
	/^(?:died|resigned|began|started|ended|collapsed|fell|rose|abdicated|fled|returned|arrived|retired|emigrated|surrendered|agreed|withdrew|mutinied|rebelled|capitulated|seceded|triumphed|succeeded|failed|broke out|walked out|took office|came to power|went)$/;

/**
 * Verbs that, written straight after a name with no auxiliary, are passives in notes: "JFK
 * assassinated Dallas", "Khrushchev ousted Oct 1964", "Warsaw Pact signed 14 May 1955".
 */
const PASSIVE_IN_NOTES =
	/^(?:assassinated|killed|murdered|executed|arrested|ousted|deposed|overthrown|exiled|expelled|shot|shot down|imprisoned|captured|crowned|born|elected|re-elected|appointed|inaugurated|sworn in|dismissed|removed|released|sentenced|wounded|crushed|lifted|signed|founded|established|created|formed|built|erected|launched|ratified|passed|abolished|introduced|adopted|set up|held|published|issued|announced|proclaimed|declared|dissolved|banned|occupied|annexed|liberated|besieged|sunk|defeated|murdered|banished|deported|purged|recognised|recognized|admitted|opened|closed|completed|unveiled|blockaded|partitioned|unified|reunified)$/;

/** Verbs that give a person a title or rank: "appointed Chief Justice", "proclaimed Kaiser". */
const TITLE_VERB =
	/^(?:re-?)?(?:elected|appointed|named|proclaimed|crowned|nominated|declared|installed|chosen|made|promoted|sworn in|inaugurated)$/;

const PRONOUN = /^(?:he|she|it|they|we|i|you|this|that|these|those|there|his|her|their|its)$/i;

const PARTICLE = /^(?:down|up|out|off|in|back|over|away)$/;

function pastVerb(word: string): boolean {
	return /^\p{Ll}/u.test(word) && (isParticiple(word) || isIrregularPast(word));
}

// ---------------------------------------------------------------- lines

interface NoteLine {
	sentence: Sentence;
	/** The sentence text without a label ("NATO: …"). */
	body: string;
	/** Offset of the body in the sentence text. */
	offset: number;
	/** An acronym label that names the body's subject: "NATO" in "NATO: North Atlantic Treaty signed …". */
	gloss?: string;
	/** Indentation of the bullet's line in the original (sub-bullets are indented further). */
	indent: number;
	/** True when the sentence opens its line (and is not the second clause of an arrow chain). */
	opensLine: boolean;
}

function readLine(doc: IngestedDocument, s: Sentence): NoteLine {
	const lineStart = doc.original.lastIndexOf('\n', s.start - 1) + 1;
	const before = doc.original.slice(lineStart, s.start);
	const indent = (/^[ \t]*/.exec(before)?.[0] ?? '').replace(/\t/g, '    ').length;
	const opensLine = /^[ \t]*(?:[-*+\u2022\u25e6\u25aa]\s+)?(?:\*\*|__|\*|_)?$/.test(before);
	const label = /^([^:;()]{1,40}?):\s+(?=\S)/.exec(s.text);
	if (
		label &&
		wordCount(label[1]) <= 4 &&
		!/\d/.test(label[1]) &&
		!/\b(?:argued|said|wrote|claimed)\b/.test(label[1])
	) {
		const gloss = /^[A-Z]{2,8}$/.test(label[1].trim()) ? label[1].trim() : undefined;
		return {
			sentence: s,
			body: s.text.slice(label[0].length),
			offset: label[0].length,
			gloss,
			indent,
			opensLine
		};
	}
	return { sentence: s, body: s.text, offset: 0, indent, opensLine };
}

/** The first date of a clause that stands after something (a date opening the line is a chronicle's). */
function firstDate(body: string): FoundDate | undefined {
	const found = findDateExpressions(body).find((d) => d.index > 0);
	if (found) return found;
	// Notes date a line by a bare year after the name ("then Kiesinger 1966"), which prose would not.
	const year = /(?<=\s)(1[0-9]{3}|20[0-9]{2})(?![\d%–—-])(?!\s*(?:bn|m|km|tons?|men|troops)\b)/.exec(body);
	if (!year || year.index === 0) return undefined;
	const written = year[1];
	return {
		value: { start: { iso: written, precision: 'year', calendar: 'gregorian' }, written },
		index: year.index,
		length: written.length
	};
}

interface Dated {
	value: DateValue;
	/** Where the date sits when it is not in this sentence ("same day" after an arrow). */
	passage?: { start: number; end: number };
}

// ---------------------------------------------------------------- facts

const noteFacts = new WeakSet<Fact>();

/** Was this fact read by the notes reader (so the prose readers' reading of its line gives way)? */
export function isNoteFact(fact: Fact): boolean {
	return noteFacts.has(fact);
}

interface Holder {
	person: string;
	office: string;
	organisation?: string;
	/** Where the line that names the post's body starts in the original, when it is an earlier line. */
	named?: number;
	/** Where the line that gave the post starts. */
	line: number;
}

export function extractNoteFacts(doc: IngestedDocument): Fact[] {
	const ctx = notesContext(doc);
	const facts: Fact[] = [];
	/** The post the latest bullet at each indentation gave someone, for "succeeded by …" below it. */
	const holders: Array<{ indent: number; holder: Holder }> = [];
	let previous: Previous | undefined;
	doc.sentences.forEach((s) => {
		if (!s.listItem) {
			previous = undefined;
			return;
		}
		for (const line of readLines(doc, s)) {
			if (line.opensLine)
				while (holders.length && holders[holders.length - 1].indent >= line.indent) holders.pop();
			const parent = line.opensLine ? holders[holders.length - 1]?.holder : undefined;
			const follows = !line.opensLine && previous?.line.sentence.paragraphIndex === s.paragraphIndex;
			const read = readNoteLine(doc, line, ctx, parent, follows ? previous : undefined);
			for (const fact of read.facts) {
				noteFacts.add(fact);
				facts.push(fact);
			}
			// "succeeded by Erhard", then "then Kiesinger": each next holder follows the one before.
			if (read.holder && read.succession && parent) parent.person = read.holder.person;
			else if (read.holder && line.opensLine) holders.push({ indent: line.indent, holder: read.holder });
			previous = { line, dated: read.dated, subject: read.subject, leaving: read.leaving, gap: read.gap };
		}
	});
	return facts;
}

/** What the clause before said, for the clause after an arrow or a semicolon. */
interface Previous {
	line: NoteLine;
	dated?: Dated;
	subject?: string;
	leaving?: boolean;
	/** Its verb, for a clause that leaves it out ("FRG founded 23 May 1949; GDR 7 October 1949"). */
	gap?: string;
}

/** The clauses of a bullet: "A; B" are two statements, but not a ";" inside brackets or quotes. */
function readLines(doc: IngestedDocument, s: Sentence): NoteLine[] {
	const first = readLine(doc, s);
	const cuts: number[] = [];
	let depth = 0;
	let quoted = false;
	for (let i = first.offset; i < s.text.length; i++) {
		const c = s.text[i];
		if (c === '(' || c === '[') depth++;
		else if ((c === ')' || c === ']') && depth > 0) depth--;
		else if (c === '"' || c === '“' || c === '”') quoted = c === '"' ? !quoted : c === '“';
		else if (c === ';' && depth === 0 && !quoted) cuts.push(i);
	}
	if (cuts.length === 0) return [first];
	const lines: NoteLine[] = [{ ...first, body: s.text.slice(first.offset, cuts[0]) }];
	cuts.forEach((cut, k) => {
		const end = cuts[k + 1] ?? s.text.length;
		const lead = /^;\s*/.exec(s.text.slice(cut))?.[0].length ?? 1;
		lines.push({
			...first,
			body: s.text.slice(cut + lead, end),
			offset: cut + lead,
			gloss: undefined,
			opensLine: false
		});
	});
	return lines;
}

interface LineReading {
	facts: Fact[];
	holder?: Holder;
	dated?: Dated;
	subject?: string;
	/** The subject left power in this clause ("ousted", "resigned", "died"). */
	leaving?: boolean;
	/** The holder follows the parent bullet's holder in its post ("succeeded by …", "then …"). */
	succession?: boolean;
	/** The clause with a slot for a name its gapped successor gives ("{} founded", "Japan defeated {}"). */
	gap?: string;
}

function readNoteLine(
	doc: IngestedDocument,
	line: NoteLine,
	ctx: NotesContext,
	parent: Holder | undefined,
	previous: Previous | undefined
): LineReading {
	const s = line.sentence;
	const inherited = previous?.dated;
	// Every reading needs a date: its own (a digit) or the clause's before it ("same day").
	if (!inherited && !/\d/.test(line.body)) return { facts: [] };
	// "14 Oct 1066 — William defeated Harold at Hastings": a dates table puts the date first.
	const leading = findDateExpressions(line.body).find((d) => d.index === 0);
	const after = leading ? line.body.slice(leading.length) : '';
	const dateFirst = leading && /^\s*[:–—-]?\s+\p{Lu}/u.test(after) ? leading : undefined;
	const found = dateFirst ?? (leading ? undefined : firstDate(line.body));
	const dated: Dated | undefined = found
		? {
				value: placeDate(doc, s, { ...found, index: found.index + line.offset }),
				passage: widenOverEmphasis(doc.original, { start: s.start, end: s.end })
			}
		: undefined;
	const passage = emphasisSpan(
		doc,
		s,
		inherited && !found ? (inherited.passage ?? inherited.value.span) : undefined
	);
	const base = { sentence: s, passage };

	if (!found) {
		// "→ Leonid Brezhnev = First Secretary", "→ Johnson sworn in as Pres. same day": the date of the clause before.
		if (!inherited) return { facts: [] };
		const office = officeWithoutDate(line.body, ctx, inherited, base, previous);
		return office ?? { facts: [] };
	}
	let head = dateFirst
		? after.replace(/^\s*[:–—-]?\s*/, '').split(/\s+[(–—]|\s+-\s|;|\s*[.!]+$/)[0]
		: line.body.slice(0, found.index).replace(/[\s,(–—-]+$/, '');
	// "…; GDR 7 October 1949": the verb of the clause before is understood.
	if (previous?.gap && line.offset > 0 && new RegExp(`^${NAME}$`, 'u').test(head))
		head = previous.gap.replace('{}', head);
	const tail = dateFirst ? '' : line.body.slice(found.index + found.length);
	const value = dated!.value;

	const office = officeLine(head, tail, value, ctx, parent, base, doc, s);
	if (office) return { ...office, dated };
	const event = eventLine(head, tail, value, ctx, line.gloss, base);
	if (event) return { ...event, dated };
	const moved = movementLine(head, value, base);
	if (moved) return { facts: [moved], dated };
	const nominal = nominalLine(head, value, ctx, base);
	if (nominal) return { facts: [nominal], dated };
	const headed = headingLine(doc, s, head, value, ctx, base);
	if (headed) return { facts: [headed], dated };
	const bracketed = bracketedVerb(doc, line, ctx, base);
	if (bracketed) return bracketed;
	// "U-2 photos of missile sites 14 Oct. 1962": a noun phrase and its date, no event to ask ("When did
	// U-2 photo …?" is what a prose reader makes of it).
	const noun = new RegExp(`^${NAME}\\s+(\\p{Ll}+s)\\s+of\\s`, 'u').exec(head);
	if (noun && !VERBS_WITH_OF.test(noun[1])) {
		const vetoed = noEvent.get(s) ?? new Set<string>();
		vetoed.add(value.start.iso);
		noEvent.set(s, vetoed);
	}
	return { facts: [], dated };
}

/** Verbs whose object follows "of" ("dies of", "speaks of"): after them "of" does not mark a noun. */
const VERBS_WITH_OF =
	/^(?:consists|dies|speaks|thinks|approves|hears|learns|dreams|disposes|boasts|complains|despairs|tires|smells|knows|warns|accuses|robs|deprives|informs|reminds|convinces|assures)$/;

/** Sentences whose date the notes reader found to date no event (a noun phrase), by ISO date. */
const noEvent = new WeakMap<Sentence, Set<string>>();

/**
 * "**Berlin Wall** — night of 12/13 August 1961 (started 13 Aug 1961)": the name opens the line and
 * the verb and its date stand in brackets after it.
 */
function bracketedVerb(
	doc: IngestedDocument,
	line: NoteLine,
	ctx: NotesContext,
	base: Base
): LineReading | undefined {
	const name = new RegExp(`^(${BARE_NAME})\\s*[—–:,-]`, 'u').exec(line.body);
	if (!name) return undefined;
	for (const d of findDateExpressions(line.body)) {
		const verb = /\(\s*(\p{Ll}+)\s+$/u.exec(line.body.slice(0, d.index));
		if (!verb || !pastVerb(verb[1]) || line.body[d.index + d.length] !== ')') continue;
		const value = placeDate(doc, line.sentence, { ...d, index: d.index + line.offset });
		const event = eventLine(`${name[1]} ${verb[1]}`, '', value, ctx, undefined, base);
		if (event) return { ...event, dated: { value } };
	}
	return undefined;
}

/**
 * A section headed by the name of a policy, treaty or event ("### Marshall Plan") whose bullets leave
 * it out: "announced by Sec. of State George C. Marshall, Harvard speech, 5 June 1947" is the Marshall
 * Plan announced; "speech to Congress 12 Mar. 1947" under "Truman Doctrine" is the Truman Doctrine
 * speech to Congress. The quote reaches up to the heading, so the card shows what it names.
 */
function headingLine(
	doc: IngestedDocument,
	s: Sentence,
	head: string,
	date: DateValue,
	ctx: NotesContext,
	base: Base
): DateFact | undefined {
	if (!/^\p{Ll}/u.test(head)) return undefined;
	const section = doc.sections[s.sectionIndex];
	const title = section?.title?.trim();
	if (!title || s.start - section.start > HEADING_REACH || /\d/.test(title) || wordCount(title) > 4)
		return undefined;
	if (!/^\p{Lu}/u.test(title) || !isThingName(title)) return undefined;
	const topic = subjectPhrase(title, ctx);
	const passage = { start: section.start, end: Math.max(s.end, base.passage?.end ?? s.end) };
	const at = { ...base, passage };
	// "announced by …", "signed …": a passive whose subject is the heading.
	const passive = /^(\p{Ll}+(?:ed|en))(?:\s+by\s+[^;()]+?)?$/u.exec(head);
	if (passive && PASSIVE_IN_NOTES.test(passive[1])) {
		return dateFact(
			at,
			date,
			capitaliseFirst(`${topic} was ${passive[1]}`),
			`was ${topic} ${passive[1]}`,
			0.85
		);
	}
	// "speech to Congress": a document of the heading's matter, asked by its one act.
	const nominal =
		/^(\p{Ll}+)((?:\s+(?:to|at|before|in)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))?$/u.exec(
			head
		);
	const verb = nominal && NOMINAL_VERB.find(([re]) => re.test(nominal[1]))?.[1];
	if (nominal && verb) {
		// Under "Gettysburg Address", "speech at Gettysburg" is the Address itself, not "the Gettysburg Address speech".
		const own = NOMINAL_VERB.find(([re]) => re.test(title))?.[1];
		if (own) {
			return dateFact(
				at,
				date,
				capitaliseFirst(`${topic} was ${own}${nominal[2] ?? ''}`),
				`was ${topic} ${own}${nominal[2] ?? ''}`,
				0.85
			);
		}
		const thing = `${topic} ${nominal[1]}${nominal[2] ?? ''}`;
		return dateFact(at, date, capitaliseFirst(`${thing} was ${verb}`), `was ${thing} ${verb}`, 0.85);
	}
	return undefined;
}

/** How far below its heading (characters) a bullet may take the heading as its subject. */
const HEADING_REACH = 400;

/** The sentence's span widened over its opening bold marker (and the passage of an inherited date). */
function emphasisSpan(doc: IngestedDocument, s: Sentence, other?: { start: number; end: number }) {
	const span = widenOverEmphasis(doc.original, { start: s.start, end: s.end });
	const start = Math.min(span.start, other?.start ?? span.start);
	const end = Math.max(span.end, other?.end ?? span.end);
	return start === s.start && end === s.end ? undefined : { start, end };
}

type Base = { sentence: Sentence; passage?: { start: number; end: number } };

function dateFact(
	base: Base | OfficeFact,
	date: DateValue,
	event: string,
	question: string,
	importance: number,
	subject?: string
): DateFact {
	const fact: DateFact = { kind: 'date', sentence: base.sentence, importance, event, question, date };
	if (subject) fact.subject = subject;
	if (base.passage) fact.passage = base.passage;
	return fact;
}

const KEY_VERB =
	/^(?:died|born|assassinated|killed|executed|signed|founded|established|elected|appointed|became|resigned|abdicated|ousted|deposed|overthrown|began|ended|invaded|declared|proclaimed|crowned|surrendered|annexed|built)$/;

/** "X joined NATO 9 May 1955", "Warsaw Pact signed 14 May 1955", "Khrushchev agreed on 28 October 1962 to …". */
function eventLine(
	head: string,
	tail: string,
	date: DateValue,
	ctx: NotesContext,
	gloss: string | undefined,
	base: Base
): LineReading | undefined {
	const m = new RegExp(`^(${NAME})\\s+(\\p{Ll}[\\p{L}-]*)(?:\\s+(\\p{Ll}+))?(.*)$`, 'u').exec(head);
	if (!m) return undefined;
	const [, name, verb, next = '', after] = m;
	// A line with its auxiliary ("Trotsky was expelled …") is prose: the prose reader reads it.
	if (
		!pastVerb(verb) ||
		/^(?:than|as|and|or|was|were|had|has|have|is|are|been|did|could|would|should)$/.test(verb)
	)
		return undefined;
	// "resigned after 1950", "ruled until 1963": the date bounds the event, it does not date it.
	// "his writings of 1917": the date belongs to a noun, not to the verb.
	if (/\b(?:after|before|until|till|since|by|of)$/.test(head)) return undefined;
	// "He published …": whom a pronoun means is the prose reader's business.
	if (PRONOUN.test(name)) return undefined;
	// "shot down May 1960", "sworn in as …" — but "signed in Washington" is a place.
	const particle = PARTICLE.test(next) && !/^\s+[\p{Lu}\d]/u.test(after) ? next : '';
	const phrasal = particle ? `${verb} ${particle}` : verb;
	let rest = (particle ? after : `${next ? ` ${next}` : ''}${after}`).trim();
	// "on 12 April 1945", "in Washington,": the date's own preposition is not part of the event.
	rest = rest.replace(/[\s,]*\b(?:on|in|at|from|during)$/i, '').replace(/[\s,;]+$/, '');
	// "to remove missiles (…)": an infinitive after the date completes the verb.
	const complement = /^\s*(to\s+\p{Ll}+(?:\s+\p{Ll}+){0,4})/u.exec(tail)?.[1] ?? '';
	const subject = subjectPhrase(gloss && !name.includes(gloss) ? `${name} (${gloss})` : name, ctx);
	const cleanSubject =
		gloss && !name.includes(gloss) ? `${subject.replace(/\s*\([^)]*\)$/, '')} (${gloss})` : subject;
	const intransitive = INTRANSITIVE.test(phrasal) || INTRANSITIVE.test(verb);
	const passiveVerb = PASSIVE_IN_NOTES.test(phrasal) || PASSIVE_IN_NOTES.test(verb);
	// "Napoleon defeated at Waterloo": a preposition after the verb opens no object.
	const objectFollows =
		/^(?:[\p{Lu}\d]|the\s|a\s|an\s|his\s|her\s|its\s|their\s)/u.test(rest) ||
		(/^\p{Ll}/u.test(rest) && !/^(?:at|in|on|near|by|from|after|during|outside|off)\s/.test(rest));
	// "Wilhelm I proclaimed Kaiser", "Earl Warren appointed Chief Justice": a title after the verb, not an
	// object — unless a person follows ("Nixon appointed Henry Kissinger …").
	const titled =
		TITLE_VERB.test(phrasal) &&
		/^(?:as\s+)?(?:the\s+)?(?:(?:first|second|third|fourth|fifth|sixth|\d{1,2}(?:st|nd|rd|th))\s+)?(?:\p{Lu}|(?:grand\s+|prime\s+|chief\s+|vice[- ])?(?:vizier|minister|president|premier|chancellor|governor|commander|consul|regent|viceroy|secretary|speaker|chairman|king|queen|emperor|empress|sultan|pope|mayor|ambassador|dictator)\b)/u.test(
			rest
		) &&
		findPersonNames(rest).every((p) => p.index > 0);
	let voice: 'active' | 'passive';
	if (intransitive) voice = 'active';
	else if (titled && looksLikePerson(name)) voice = 'passive';
	else if (passiveVerb && (isThing(name) || !objectFollows || PASSIVE_ON_PERSON.test(phrasal)))
		voice = 'passive';
	else if (objectFollows && rest) voice = 'active';
	// "Constitution promulgated 11 Feb 1889": a named thing and a participle with nothing after it.
	else if (!rest && isThing(name) && isParticiple(verb)) voice = 'passive';
	else return undefined;
	// "Perry arrived Edo Bay": a bare place after a verb of motion takes the preposition prose gives it.
	const place = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)$/u.exec(rest);
	if (intransitive && place && !findPersonNames(rest).length)
		rest = `${/^(?:arrived|landed)$/.test(verb) ? 'at' : /^(?:returned|fled|went|emigrated|came)$/.test(verb) ? 'to' : 'in'} ${rest}`;
	if (voice === 'passive' && !titled) {
		// "signed Moscow", "assassinated Dallas": a bare place name stands where prose has "in Moscow".
		rest = rest.replace(/^(?:[A-Z][\p{L}'’-]+)(?:\s+[A-Z][\p{L}'’-]+)*(?=$|[\s,])/u, '').trim();
		rest = rest.replace(/^in\s+[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*$/u, '').trim();
	}
	const extra = restoreArticles(
		expandAbbreviations(`${rest}${complement ? ` ${complement}` : ''}`, ctx.legend).replace(/^,\s*/, ''),
		voice === 'active' && !intransitive
	);
	// "Hitler appointed 30 January 1933": appointed what? A verb that needs its post or object is no event alone.
	if (
		!extra &&
		/^(?:appointed|elected|re-elected|named|made|chosen|declared|sent|given|put|placed|called|granted|offered)$/.test(
			phrasal
		)
	)
		return undefined;
	if (/[()"“”;]/.test(extra) || wordCount(extra) > 10) return undefined;
	const participle = phrasal;
	const baseVerb = particle ? `${baseOfPast(verb)} ${particle}` : baseOfPast(verb);
	const question =
		voice === 'passive'
			? `was ${cleanSubject} ${participle}${extra ? ` ${extra}` : ''}`
			: `did ${cleanSubject} ${baseVerb}${extra ? ` ${extra}` : ''}`;
	const event =
		voice === 'passive'
			? `${cleanSubject} was ${participle}${extra ? ` ${extra}` : ''}`
			: `${cleanSubject} ${phrasal}${extra ? ` ${extra}` : ''}`;
	const importance = KEY_VERB.test(verb) ? 0.85 : 0.7;
	const person =
		looksLikePerson(name) && !isThing(name) ? name.replace(/\s*\([^)]*\)/g, '').trim() : undefined;
	return {
		facts: [dateFact(base, date, capitaliseFirst(event), question, importance, person)],
		subject: person ?? name,
		// "Japan defeated China 1895; Russia 1905": the next name is the new object; after a passive or
		// an intransitive ("FRG founded …; GDR …") it is the new subject.
		gap: voice === 'active' && !intransitive ? `${name} ${phrasal} {}` : `{} ${phrasal}`,
		leaving:
			/^(?:died|resigned|ousted|deposed|overthrown|abdicated|removed|dismissed|assassinated|killed|executed)$/.test(
				verb
			)
	};
}

const PASSIVE_ON_PERSON =
	/^(?:assassinated|killed|murdered|executed|arrested|ousted|deposed|overthrown|exiled|expelled|imprisoned|captured|crowned|born|sentenced|wounded|banished|deported|purged|shot)$/;

/** Nouns notes use without their article that a question cannot: "tested atomic bomb", "out of Paris conference". */
const MASS_NOUN =
	/^(?:war|peace|power|independence|control|aid|support|law|freedom|rights?|office|part|place|action|help|money|land|trade|grain|oil|territory|ground|command|charge|responsibility|advantage|refuge|shelter|asylum|credit|pressure|force|troops|arms)$/;
const PLACE_EVENT_NOUN =
	/^(?:conference|summit|meeting|talks|congress|crisis|uprising|negotiations|airlift|blockade|embassy|government|border|front|assembly|parliament|treaty|agreement|pact)$/;

/**
 * Put back the articles telegraphic notes drop, where English needs them: a bare "adjective noun"
 * object ("tested atomic bomb" → "an atomic bomb") and "Paris conference" after a preposition
 * ("walked out of the Paris conference"). Mass nouns and plurals need none ("declared total war").
 */
function restoreArticles(text: string, object: boolean): string {
	let out = text.replace(
		/\b(of|at|to|from|in|into|for)\s+(\p{Lu}\p{Ll}+)\s+(\p{Ll}+)(?=$|[\s,;])/gu,
		(m, prep: string, name: string, noun: string) =>
			PLACE_EVENT_NOUN.test(noun) ? `${prep} the ${name} ${noun}` : m
	);
	const bare =
		/^(\p{Ll}+(?:ic|al|ar|ous|ive|an|ed|ern|ish|ist))\s+(\p{Ll}+)(?=$|\s+(?:to|in|on|at|for|against|with)\b)/u.exec(
			out
		);
	if (object && bare && !/s$/.test(bare[2]) && !MASS_NOUN.test(bare[2]))
		out = `${/^[aeiou]/.test(bare[1]) ? 'an' : 'a'} ${out}`;
	return out;
}

function capitaliseFirst(text: string): string {
	return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * "Soviet tanks into Budapest 4 November 1956", "Union troops into Atlanta Sept 1864": a force and
 * "into" a place is its moving in; "move into" says no more than the arrow of the note.
 */
function movementLine(head: string, date: DateValue, base: Base): DateFact | undefined {
	const m =
		/^(\p{Lu}[\p{L}-]*(?:\s+\p{L}[\p{L}-]*){0,2}s)\s+into\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)$/u.exec(
			head
		);
	if (!m || !/\s\p{Ll}+s$/u.test(m[1])) return undefined;
	const force = `the ${m[1]}`;
	return dateFact(
		base,
		date,
		`${capitaliseFirst(force)} moved into ${m[2]}`,
		`did ${force} move into ${m[2]}`,
		0.7
	);
}

/**
 * "Long Telegram — George Kennan (US diplomat in Moscow), 22 Feb. 1946", "Secret Speech at 20th Party
 * Congress, 25 Feb. 1956", "Helsinki Final Act 1 August 1975": a named document or event and its date.
 * Only kinds of thing whose date means one act (a telegram is sent, a treaty signed, a speech
 * delivered) are asked; any other nominal line is left alone rather than given an invented verb.
 */
function nominalLine(head: string, date: DateValue, ctx: NotesContext, base: Base): DateFact | undefined {
	const m = new RegExp(
		`^(${NAME})(?:\\s+((?:at|to|before|in)\\s+(?:the\\s+)?[\\p{L}\\d' .-]{2,40}?))?(?:\\s*[,–—-]\\s*(${NAME}))?\\s*,?\\s*(?:night of\\s*)?$`,
		'u'
	).exec(head.trim());
	if (!m) return undefined;
	const [, rawName, where, actor] = m;
	const name = rawName.replace(/\s*\([^)]*\)$/, '').trim();
	const verb = NOMINAL_VERB.find(([re]) => re.test(name))?.[1];
	if (!verb || !THING_HEAD.test(name) || wordCount(name) < 2) return undefined;
	const thing = subjectPhrase(name, ctx);
	const place = where
		? ` ${expandAbbreviations(where, ctx.legend).replace(/^(at|to|before|in)\s+(?!the\s)(?=\d|\p{Ll})/u, '$1 the ')}`
		: '';
	if (actor && looksLikePerson(actor) && !isThing(actor)) {
		const person = actor.replace(/\s*\([^)]*\)/g, '').trim();
		const baseVerb = baseOfPast(verb);
		return dateFact(
			base,
			date,
			`${person} ${verb} ${thing}${place}`,
			`did ${person} ${baseVerb} ${thing}${place}`,
			0.85,
			person
		);
	}
	if (actor) return undefined;
	return dateFact(
		base,
		date,
		capitaliseFirst(`${thing} was ${verb}${place}`),
		`was ${thing} ${verb}${place}`,
		0.85
	);
}

// ---------------------------------------------------------------- offices

const TOOK_POST =
	/^(became|elected|re-elected|appointed|made|named|inaugurated as|sworn in as|installed as|chosen as|chosen)\s+(?:as\s+)?/;

function officeIn(text: string): { office: string; organisation?: string; rest: string } | undefined {
	const titles = findOfficeTitles(text, true);
	const t = titles.find((x) => x.index <= 6);
	if (!t) return undefined;
	const lead = text.slice(0, t.index).trim();
	if (lead && !/^(?:the\s+)?(?:first|second|third|new|last)$/i.test(lead)) return undefined;
	// A country is part of the title ("Minister-President of Prussia"); a body or an acronym is the
	// organisation, which the card writes with "the" ("Chancellor of the FRG").
	const org = t.organisation && !/^\p{Lu}\p{Ll}+$/u.test(t.organisation) ? t.organisation : undefined;
	const office = org
		? t.office.replace(new RegExp(`\\s+(?:of|for)\\s+(?:the\\s+)?${escapeRegExp(org)}$`), '')
		: t.office;
	return { office, organisation: org, rest: text.slice(t.index + t.length) };
}

/** How far back (characters) a quote may reach for the line that names a post's body. */
const NAMED_REACH = 600;

function officeFact(
	base: Base,
	h: Holder,
	how: OfficeFact['how'],
	start?: DateValue,
	end?: DateValue,
	ctx?: NotesContext
): OfficeFact {
	const fact: OfficeFact = {
		kind: 'office',
		sentence: base.sentence,
		importance: 0.85,
		person: h.person,
		office: h.office,
		how
	};
	// "Khrushchev made First Secretary of CPSU" … "→ Brezhnev = First Secretary": the same post.
	const key = h.office.toLowerCase();
	const s = base.sentence;
	let named = h.named;
	let organisation = h.organisation;
	if (organisation && named === undefined) ctx?.posts.set(key, { organisation, named: s.start });
	const known = ctx?.posts.get(key);
	if (!organisation && known && s.start - known.named <= NAMED_REACH) ({ organisation, named } = known);
	if (organisation) fact.organisation = organisation;
	// The quote must show the post the card names: reach back to the line that names it (the parent
	// bullet of "succeeded by …", or the line that gave the body).
	if (named !== undefined && named < s.start && s.start - named <= NAMED_REACH) {
		base = {
			...base,
			passage: {
				start: Math.min(named, base.passage?.start ?? s.start),
				end: Math.max(s.end, base.passage?.end ?? s.end)
			}
		};
	} else if (organisation && named !== undefined && named < s.start) delete fact.organisation;
	if (start) fact.start = start;
	if (end) fact.end = end;
	if (base.passage) fact.passage = base.passage;
	return fact;
}

/** "stayed until 1963", "remained in office until 1963": when the post ended. */
function tenureEnd(
	doc: IngestedDocument,
	s: Sentence,
	tail: string,
	fullBodyOffset: number
): DateValue | undefined {
	const m =
		/^\s*[,;–—-]*\s*(?:stayed|remained|ruled|governed|served|reigned|in office)(?:\s+in office)?\s+(?:until|till|to)\s+/i.exec(
			tail
		);
	if (!m) return undefined;
	const found = findDateExpressions(tail).find((d) => d.index === m[0].length);
	if (!found) return undefined;
	return placeDate(doc, s, { ...found, index: found.index + fullBodyOffset });
}

function officeLine(
	head: string,
	tail: string,
	date: DateValue,
	ctx: NotesContext,
	parent: Holder | undefined,
	base: Base,
	doc: IngestedDocument,
	s: Sentence
): LineReading | undefined {
	const expanded = (t: string) => expandAbbreviations(t, ctx.legend);
	// "succeeded by Ludwig Erhard (Oct 1963)" under "Adenauer elected Chancellor …".
	const succeeded = new RegExp(`^(?:succeeded|replaced|followed)\\s+by\\s+(${NAME})$`, 'u').exec(
		head.replace(/\s*\($/, '')
	);
	if (succeeded && parent && looksLikePerson(succeeded[1])) {
		const person = succeeded[1].replace(/\s*\([^)]*\)/g, '').trim();
		const successor = { ...parent, person, named: parent.named ?? parent.line, line: s.start };
		const fact = officeFact(base, successor, 'succeeded', date, undefined, ctx);
		fact.predecessor = parent.person;
		return { facts: [fact], holder: successor, subject: person, succession: true };
	}
	// "then Kiesinger 1966": the next holder of the same post in a chain under it.
	const then = new RegExp(`^then\\s+(${NAME})$`, 'u').exec(head);
	if (then && parent && looksLikePerson(then[1])) {
		const person = then[1].replace(/\s*\([^)]*\)/g, '').trim();
		const successor = { ...parent, person, named: parent.named ?? parent.line, line: s.start };
		const fact = officeFact(base, successor, 'succeeded', date, undefined, ctx);
		fact.predecessor = parent.person;
		return { facts: [fact], holder: successor, subject: person, succession: true };
	}
	// "Eisenhower (Pres. Jan 1953–Jan 1961)": a post and its term in brackets.
	const bracket = new RegExp(`^(${BARE_NAME})\\s*\\(([^()]{2,40})$`, 'u').exec(head);
	if (bracket && date.end && looksLikePerson(bracket[1])) {
		const post = officeIn(expanded(bracket[2]));
		if (post && !post.rest.trim()) {
			const h = {
				person: bracket[1].trim(),
				office: post.office,
				organisation: post.organisation,
				line: s.start
			};
			const fact = officeFact(
				base,
				h,
				'held',
				{ ...date, end: undefined },
				{ ...date, start: date.end, end: undefined },
				ctx
			);
			return { facts: postFacts(fact), holder: h, subject: h.person };
		}
	}
	const who = new RegExp(`^(${NAME})\\s+(.+)$`, 'u').exec(head);
	if (!who || !looksLikePerson(who[1])) return undefined;
	const person = who[1].replace(/\s*\([^)]*\)/g, '').trim();
	const predicate = expanded(who[2]);
	// "Willy Brandt (SPD) Chancellor from 21 October 1969", "Nixon Pres. from Jan 1969".
	const from = /^(.+?)\s+(?:from|since)$/.exec(predicate);
	const took = TOOK_POST.exec(predicate);
	const postText = from
		? from[1]
		: took
			? predicate.slice(took[0].length).replace(/[\s,]+(?:on|in)$/, '')
			: undefined;
	if (!postText) return undefined;
	const post = officeIn(postText.replace(/[\s,]+$/, ''));
	if (!post || post.rest.replace(/[\s,]+/g, '')) return undefined;
	const inherits = !post.organisation && parent && sameHead(parent.office, post.office);
	const organisation = post.organisation ?? (inherits ? parent.organisation : undefined);
	const h: Holder = {
		person,
		office: post.office,
		organisation,
		named: inherits ? (parent.named ?? parent.line) : undefined,
		line: s.start
	};
	const how: OfficeFact['how'] =
		took && /^(?:re-)?elected/.test(took[1])
			? 'elected'
			: took && /^appointed|^named/.test(took[1])
				? 'appointed'
				: 'became';
	const bodyOffset = s.text.indexOf(tail);
	const end = tenureEnd(doc, s, tail, bodyOffset >= 0 ? bodyOffset : 0);
	const fact = officeFact(base, h, how, { ...date, end: undefined, open: false }, end, ctx);
	return { facts: postFacts(fact, took?.[1]), holder: h, subject: person };
}

/**
 * A post without the body it belongs to ("President", "Chancellor") makes no office card ("Who became
 * President?" has many answers). Its holder's date is still worth asking: "When did Truman become
 * President?", "When was Eisenhower President?".
 */
function postFacts(fact: OfficeFact, verb = 'became'): Fact[] {
	if (specificOffice(officeTitle(fact)) || !fact.start) return [fact];
	const { person } = fact;
	const title = officeTitle(fact);
	if (fact.how === 'held' && fact.end) {
		const held: DateValue = { ...fact.start, end: fact.end.start, open: false };
		return [dateFact(fact, held, `${person} was ${title}`, `was ${person} ${title}`, 0.85, person)];
	}
	const phrase = /^(?:became|made)$/.test(verb) ? null : verb.replace(/^chosen$/, 'chosen as');
	const question = phrase ? `was ${person} ${phrase} ${title}` : `did ${person} become ${title}`;
	const event = phrase ? `${person} was ${phrase} ${title}` : `${person} became ${title}`;
	return [dateFact(fact, fact.start, event, question, 0.85, person)];
}

function sameHead(a: string, b: string): boolean {
	const last = (t: string) => t.toLowerCase().split(/\s+/).pop();
	return last(a) === last(b);
}

function normalise(text: string): string {
	return text.toLowerCase().replace(/[^\p{L}]/gu, '');
}

/**
 * Clauses after an arrow that take the date of the clause before: "→ Leonid Brezhnev = First
 * Secretary" (after "Khrushchev ousted Oct 1964"), "→ Lyndon B. Johnson sworn in as Pres. same day".
 */
function officeWithoutDate(
	body: string,
	ctx: NotesContext,
	inherited: Dated,
	base: Base,
	previous: { subject?: string; leaving?: boolean } | undefined
): LineReading | undefined {
	const equals = new RegExp(`^(${NAME})\\s*=\\s*([^;,()]+?)\\s*(?:[;,(]|$)`, 'u').exec(body);
	const sworn = new RegExp(
		`^(${NAME})\\s+(?:sworn in|inaugurated|installed)\\s+as\\s+(.+?)\\s+(?:the\\s+)?same day\\b`,
		'u'
	).exec(body);
	const m = equals ?? sworn;
	const verb = equals ? 'became' : (/\b(sworn in|inaugurated|installed)\b/.exec(body)?.[1] ?? 'became');
	if (!m || !looksLikePerson(m[1])) return undefined;
	const post = officeIn(expandAbbreviations(m[2], ctx.legend));
	if (!post || post.rest.trim()) return undefined;
	const person = m[1].replace(/\s*\([^)]*\)/g, '').trim();
	const h: Holder = {
		person,
		office: post.office,
		organisation: post.organisation,
		line: base.sentence.start
	};
	const fact = officeFact(
		base,
		h,
		'became',
		{ ...inherited.value, end: undefined, open: false },
		undefined,
		ctx
	);
	if (previous?.leaving && previous.subject && normalise(previous.subject) !== normalise(person))
		fact.predecessor = previous.subject;
	return { facts: postFacts(fact, verb === 'became' ? verb : `${verb} as`), holder: h, subject: person };
}

// ---------------------------------------------------------------- overlap with the prose readers

/**
 * The prose readers also read note lines, as broken sentences ("When was FRG joined NATO?"). Where
 * the notes reader took a line, its reading stands: another reader's date or office fact on the same
 * sentence and date gives way, and a line read as a post is not asked again as a bare date.
 */
export function preferNoteReadings(facts: Fact[]): Fact[] {
	const notes = facts.filter(isNoteFact);
	if (notes.length === 0 && !facts.some((f) => noEvent.has(f.sentence))) return facts;
	const covered = new Set<string>();
	for (const f of notes) {
		const date = f.kind === 'date' ? f.date : f.kind === 'office' ? f.start : undefined;
		if (date) covered.add(`${f.sentence.start}|${date.start.iso}`);
		covered.add(`${f.sentence.start}|${f.kind}`);
	}
	return facts.filter((f) => {
		if (isNoteFact(f) || f.kind === 'thesis') return true;
		if (f.kind === 'date' && noEvent.get(f.sentence)?.has(f.date.start.iso)) return false;
		const date = f.kind === 'date' ? f.date : f.start;
		if (date && covered.has(`${f.sentence.start}|${date.start.iso}`)) return false;
		return !(f.kind === 'office' && covered.has(`${f.sentence.start}|office`));
	});
}
