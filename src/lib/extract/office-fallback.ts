import type { IngestedDocument, Sentence } from '../ingest/types';
import { placeDate, sentenceDates, type FoundDate } from './dates';
import { findPostTitles, NEEDS_BODY, type PostTitle } from './office-titles';
import { ORDINAL, titleCase } from './offices';
import { extractImplicitOffices } from './office-implicit';
import { extractPostLists } from './office-lists';
import { NAME, TAIL, personKey, plausibleName, registered, withParticle } from './office-names';
import { antecedentsAt, canonicalPerson, displayName, peopleContext } from './people';
import type { DateValue, Fact, OfficeFact, SuccessionVerb } from './types';

/**
 * Office-holdings from the sentences offices.ts took nothing from, in the shapes history texts of any
 * country and genre use for them:
 * - the holder as the object of the appointment: "In October 1911 Asquith appointed him First Lord of
 *   the Admiralty" ("him" is the person the passage is about, never the appointer), "chose Sucre as its
 *   first president";
 * - a holder with a post of the extended lexicon (office-titles.ts): "elected Friedrich Ebert as the
 *   first Reich President", "Truman became Pres. on 12 April 1945", "was appointed grand vizier";
 * - telegraphic notes and chronicles without the auxiliary: "Konrad Adenauer (CDU) elected 1st Chancellor
 *   of FRG 15 Sept. 1949", "P. A. Stolypin, Governor of Saratov, appointed Minister of Internal Affairs",
 *   "Leonid Brezhnev = First Secretary";
 * - a post of a body named just before: "Witte becomes its first Chairman", "Trotsky is in effect its
 *   chairman from now on";
 * - succession: "Succeeded as Chairman by V. N. Kokovtsov" (in a biography entry: the entry's person
 *   is the predecessor), "X succeeds him as …", "the first President of Bolivia was Sucre";
 * - "formed a cabinet … with the title of Minister President of the Reich".
 * Hand-written like offices.ts: no installed library extracts relations.
 */

/** Words between the verb and the post that say how it was held, not what it is. */
const FILLER = String.raw`(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?:first|1st|new|sole|acting|interim|${ORDINAL})\s+)?`;

const TAKE_VERB = String.raw`(re-?elected|elected|appointed|made|named|chosen|sworn\s+in\s+as|inaugurated\s+as|installed\s+as|proclaimed|crowned|confirmed\s+as|becomes|became|took\s+office\s+as|takes\s+office\s+as)`;

/** "X was elected …", "X becomes …", and in notes "X elected …", "X = …". */
const SUBJECT_BEFORE = new RegExp(
	String.raw`(${NAME}|[Hh]e|[Ss]he)${TAIL}\s+(?:(?:was|is|had\s+been|has\s+been)\s+)?(?:(?:\w+ly|then|later|also|again|in\s+effect)\s+)?(${TAKE_VERB.slice(1, -1)}|is|was|=)\s+(?:as\s+|to\s+be\s+)?${FILLER}$`
);
/**
 * "he won the election of 5 November 1912 and was inaugurated as the twenty-eighth President": the
 * subject of an earlier verb, when nobody else is named between.
 */
const SUBJECT_AND_BEFORE = new RegExp(
	String.raw`(?:^|[,;]\s*|\b(?:then|when)\s+)(${NAME}|[Hh]e|[Ss]he)${TAIL}\s+([a-z][^.;:,]{0,120}?)\s+and\s+(?:(?:was|were)\s+(?:\w+ly\s+)?(elected|appointed|inaugurated\s+as|sworn\s+in\s+as|installed\s+as|made|named|crowned)|(became|took\s+office\s+as))\s+(?:as\s+|to\s+be\s+)?${FILLER}$`
);
/** "Asquith appointed him First Lord …", "the Assembly elected Friedrich Ebert as the first …". */
const OBJECT_BEFORE = new RegExp(
	String.raw`\b(?:appoint(?:s|ed)|name[sd]|makes|made|re-?elect(?:s|ed)|elect(?:s|ed)|chose|chooses|proclaim(?:s|ed)|crown(?:s|ed)|install(?:s|ed)|invest(?:s|ed)|nominate[sd])\s+(him|her|${NAME})${TAIL}\s+(?:as\s+|to\s+be\s+)?${FILLER}$`
);
/** "X served as …", "X remained …": a holding, which needs a date to be a card. */
const SERVED_BEFORE = new RegExp(
	String.raw`(${NAME}|[Hh]e|[Ss]he)${TAIL}\s+(?:(?:\w+ly|then|later|also|again|briefly)\s+)?(?:served|acted|functioned)\s+(?:(?:twice|again|briefly)\s+)?as\s+${FILLER}$`
);
/** "X was dismissed as grand vizier", "X resigned as …", "the sultan dismissed X as …": leaving a post. */
const LEFT_BEFORE = new RegExp(
	String.raw`(${NAME}|[Hh]e|[Ss]he)${TAIL}\s+(?:(?:was|were)\s+(?:\w+ly\s+)?(dismissed|removed|deposed|ousted|sacked|relieved|forced\s+to\s+resign)|(resigned|stepped\s+down|retired))\s+(?:as|from\s+(?:(?:the\s+)?(?:post|office|position)\s+(?:of|as)|(?:his|her)\s+(?:post|office|position)\s+as))\s+${FILLER}$`
);
const DISMISSED_OBJECT_BEFORE = new RegExp(
	String.raw`\b(?:dismissed|removed|deposed|ousted|sacked|dismisses|removes|deposes)\s+(him|her|${NAME})${TAIL}\s+(?:as|from\s+(?:(?:the\s+)?(?:post|office|position)\s+of|(?:his|her)\s+(?:post|office|position)\s+as))\s+${FILLER}$`
);
/** "Henry John Temple, third Viscount Palmerston, who was Foreign Secretary in 1830–1834": the name before "who". */
const WHO_BEFORE = new RegExp(
	String.raw`(${NAME})\s*(?:\([^()]{1,40}\))?,\s+who\s+(?:had\s+)?(?:(?:\w+ly|then|later|also|twice)\s+)?(was|became|had\s+been|served\s+as|acted\s+as|succeeded\s+\w+\s+as)\s+${FILLER}$`
);
/** "Raja Todar Mal, whom Akbar appointed diwan in 1582": the name before "whom" holds the post. */
const WHOM_BEFORE = new RegExp(
	String.raw`(${NAME})\s*(?:\([^()]{1,40}\))?,\s+whom\s+(?:${NAME}|(?:the\s+)?[a-z]+)\s+(?:had\s+)?(?:(?:\w+ly|then|later)\s+)?(appointed|made|named|chose|elected|installed|nominated)\s+(?:as\s+|to\s+be\s+)?${FILLER}$`
);
/** "X succeeds him as …", "X replaced Y as …". */
const SUCCESSION_BEFORE = new RegExp(
	String.raw`(${NAME}|[Hh]e|[Ss]he)${TAIL}\s+(?:(?:\w+ly|then|later)\s+)?(succeeds|succeeded|replaces|replaced)\s+(him|her|${NAME})${TAIL}\s+as\s+${FILLER}$`
);
/** "Succeeded as Chairman by V. N. Kokovtsov", "He was replaced as Pro-Dictator by …": the holder follows. */
const PASSIVE_BEFORE = new RegExp(
	String.raw`(?:^|(${NAME}|[Hh]e|[Ss]he)${TAIL}\s+(?:(?:was|is)\s+)?|[;,]\s*(?:and\s+)?(?:was\s+)?|\band\s+(?:was\s+)?)([Ss]ucceeded|[Rr]eplaced)\s+as\s+${FILLER}$`
);
const BY_AFTER = new RegExp(String.raw`^\s*,?\s*by\s+(?:Sir\s+)?(${NAME})`);
/** "… confirmed him in that office in 1821, with Santander as Vice President": a holder named beside another. */
const WITH_AS_BEFORE = new RegExp(String.raw`\bwith\s+(${NAME})${TAIL}\s+as\s+${FILLER}$`);
/** "Robert Peel (Prime Minister 1841–46)", "Lord Grey (Prime Minister, 1830–34)". */
const BRACKET_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(${NAME})\s*\(\s*(?:the\s+)?$`, 'u');
/** The rest of the bracket: its years and nothing else ("1841–46)", ", from 1830 to 1834)"). */
const BRACKET_DATES_AFTER =
	/^\s*,?\s*(?:in\s+|from\s+|since\s+)?(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2}\s+)?\d{3,4}(?:\s*(?:[–—-]|to|until)\s*(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2}\s+)?\d{2,4})?\s*\)/;
/** "The first President of X was Y". */
const FIRST_BEFORE = /\b[Tt]he\s+first\s+$/;
const WAS_AFTER = new RegExp(String.raw`^\s+(?:was|became)\s+(?:Sir\s+)?(${NAME})`);
/** "… with the title of Minister President of the Reich": the sentence's subject took the post. */
const TITLE_OF_BEFORE = /\b(?:with|under|given|received|taking|took|assumed|assuming)\s+the\s+title\s+of\s+$/;

/** Titles a body or a crowd confers by proclaiming or crowning: monarchs and honorific titles. */
const CONFERRED =
	/^(?:\S+\s+)?(?:king|queen|emperor|empress|tsar|kaiser|sultan|caliph|shah|shogun|doge|regent|libertador|liberator|protector|lord protector|first consul|consul|dictator|pope)\b/i;

/** Posts a history text names alone for its one country ("became Prime Minister"), as offices.ts does. */
const SELF_STANDING_POST =
	/^(?:prime minister|premier|emperor|empress|king|queen|tsar|kaiser|pope|sultan|shah|caliph|shogun|doge)$/i;

const MONTH_WORD = String.raw`\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?`;

/** Proposals, refusals and hypotheticals are not holdings. */
const NOT_HELD =
	/\b(?:propos\w*|recommend\w*|suggest\w*|candidac\w*|should|would|could|might|must|wanted|hoped|planned|intended|not|never|refused|declined|offered|failed|tried|sought|aspired|expected)\b/i;

const BODY_NOUN =
	/\b(?:Council|Committee|Soviet|Duma|Assembly|Congress|Parliament|Senate|Cabinet|Government|Directory|Commune|Convention|Diet|Reichstag|Republic|Federation|Confederation|Union|Kingdom|Empire|League|Party|Bank|Academy)\b/;

/** A body a possessive "its" points to: "the Council of Ministers", "the Soviet", "the First Duma". */
const BODY =
	/\b(?:the\s+)?((?:[A-Z][\p{L}’'.-]*\s+(?:(?:[A-Z][\p{L}’'.-]*|of|the|and)\s+){0,5}?)?(?:Council|Committee|Soviet|Duma|Assembly|Congress|Parliament|Senate|Cabinet|Government|Directory|Commune|Convention|Diet|Reichstag|Republic|Federation|Confederation|Union|Kingdom|Empire|League|Party|Bank|Academy)(?:\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}’'-]*\s*)+)?)/gu;

function howOf(verb: string): SuccessionVerb {
	const v = verb.toLowerCase();
	if (/elect|chos/.test(v)) return 'elected';
	if (/appoint|made|makes|named|names|install|confirm|nominat|invest/.test(v)) return 'appointed';
	if (/succeed/.test(v)) return 'succeeded';
	if (/replac/.test(v)) return 'replaced';
	if (/^(?:is|was|=)$/.test(v)) return 'held';
	return 'became';
}

/** The clause around a title: split at ";" and " – ", as offices.ts does. */
function clauseAround(text: string, index: number): { start: number; end: number } {
	let start = 0;
	let end = text.length;
	// ", and on 10 December 1954 Hatoyama succeeded him": a new clause has its own date.
	for (const m of text.matchAll(
		/;|\s[–—]\s|\s-\s|,\s+(?:and|but|whereas|while)\s+(?=(?:on|in|from|at|after|before)\s|(?:Sir\s+|Lord\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s+(?:[a-z]+ed|became|was|took|won)\b)/gu
	)) {
		if (m.index! + m[0].length <= index) start = m.index! + m[0].length;
		else if (m.index! >= index) {
			end = m.index!;
			break;
		}
	}
	return { start, end };
}

/** The same post named in full in this sentence before it or in the two sentences before. */
function recentFullTitle(
	doc: IngestedDocument,
	i: number,
	head: string,
	before: string
): { office: string; organisation?: string } | undefined {
	const full = (text: string) =>
		findPostTitles(text, false)
			.filter((t) => t.organisation && t.office.toLowerCase().startsWith(`${head.toLowerCase()} of `))
			.pop();
	const here = full(before);
	if (here) return { office: here.office, organisation: here.organisation };
	for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
		if (doc.sentences[k].sectionIndex !== doc.sentences[i].sectionIndex) break;
		const t = full(doc.sentences[k].text);
		if (t) return { office: t.office, organisation: t.organisation };
	}
	return undefined;
}

/** "Upper Peru, which took the name of Bolivia …, chose …": the renamed place is the possessor. */
const RENAMED_SUBJECT = new RegExp(
	String.raw`^((?:[A-Z][\p{L}’'-]*\s+){0,3}[A-Z][\p{L}’'-]*),\s+which\s+(?:took\s+the\s+name\s+(?:of\s+)?|was\s+renamed\s+|became\s+)((?:[A-Z][\p{L}’'-]*\s?){1,3})`,
	'u'
);

/** The body "its" points to: the last one named in this sentence before it, else in the two before. */
function bodyForIts(doc: IngestedDocument, i: number, before: string): string | undefined {
	const renamed = RENAMED_SUBJECT.exec(before);
	if (renamed) return renamed[2].trim();
	const last = (text: string): string | undefined => {
		const all = [...text.matchAll(BODY)].map((m) => m[1].trim());
		return all.length ? all[all.length - 1] : undefined;
	};
	const here = last(before);
	if (here) return here;
	for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
		if (doc.sentences[k].sectionIndex !== doc.sentences[i].sectionIndex) break;
		const found = last(doc.sentences[k].text);
		if (found) return found;
	}
	return undefined;
}

/**
 * "the Soviet" where the document names it in full elsewhere ("the St Petersburg Soviet of Workers'
 * Deputies"): the one longer name ending in that word, when there is exactly one.
 */
function fullBodyName(doc: IngestedDocument, body: string): string {
	if (/\s/.test(body.trim())) return body;
	const longer = new Set<string>();
	const re = new RegExp(String.raw`((?:[A-Z][\p{L}’'.-]*\s+){1,4})${body}\b`, 'gu');
	for (const s of doc.sentences)
		for (const m of s.text.matchAll(re)) {
			const lead = m[1].trim();
			if (/^(?:The|A|An|This|That|Its|In|On|At|By|When|After|Before)$/.test(lead.split(/\s+/)[0])) continue;
			longer.add(`${lead} ${body}`);
		}
	return longer.size === 1 ? [...longer][0] : body;
}

/**
 * The one organisation or state the document gives a bare post ("Chancellor" → "Chancellor of FRG"
 * everywhere else in the notes); none when it gives several or none.
 */
function documentQualifiers(doc: IngestedDocument): Map<string, Map<string, Set<number>>> {
	const out = new Map<string, Map<string, Set<number>>>();
	for (const s of doc.sentences)
		for (const t of findPostTitles(s.text, true)) {
			const head = t.state ? t.office.slice(t.state.length + 1) : t.office.split(/\s+of\s+/)[0];
			if (!t.organisation && !t.state) continue;
			const forms = out.get(head.toLowerCase()) ?? new Map<string, Set<number>>();
			forms.set(t.office, (forms.get(t.office) ?? new Set<number>()).add(s.sectionIndex));
			out.set(head.toLowerCase(), forms);
		}
	return out;
}

/**
 * The one full name of a bare post: the one its own section gives, else the one the whole document
 * gives when no other section names it otherwise — "President" in notes on the American Revolution is
 * not the "President of Tanzania" of the section on decolonisation.
 */
function onlyQualifier(forms: Map<string, Set<number>> | undefined, section: number): string | undefined {
	if (!forms) return undefined;
	const here = [...forms].filter(([, sections]) => sections.has(section));
	if (here.length === 1) return here[0][0];
	if (here.length > 1 || forms.size !== 1) return undefined;
	// Named only in other sections: only when it is the document's subject throughout (several sections).
	const [form, sections] = [...forms][0];
	return sections.size > 1 ? form : undefined;
}

interface Holding {
	personKey: string;
	personWritten: string;
	how: SuccessionVerb;
	predecessor?: string;
	/** The text says "the first …": "Who was the first President of Bolivia?". */
	first?: boolean;
	/** The holding needs a date to be a card ("X was chairman"). */
	copular?: boolean;
	/** Pushed out of the post: "was forced to resign as …". */
	forced?: boolean;
}

/** Office facts from sentences no office fact was taken from. */
export function extractFallbackOffices(doc: IngestedDocument, found: Fact[] = []): OfficeFact[] {
	// A sentence offices.ts read with a state word for its holder ("appointed Hitler Reich Chancellor" →
	// "Reich") is read again here; its wrong fact is dropped by the card filters.
	const taken = new Set(
		found
			.filter((f) => f.kind === 'office' && !f.sentence.text.includes(`${f.person} ${f.office}`))
			.map((f) => f.sentence.start)
	);
	const { index: known, antecedents } = peopleContext(doc);
	const perSentence = sentenceDates(doc);
	let qualifiers: Map<string, Map<string, Set<number>>> | undefined;
	const facts: OfficeFact[] = [];
	const seen = new Set<string>();

	doc.sentences.forEach((s: Sentence, i: number) => {
		// A sentence offices.ts read keeps its reading; only a holder named beside it is added here
		// ("… confirmed him in that office, with Santander as Vice President").
		const read = taken.has(s.start)
			? found.filter((f): f is OfficeFact => f.kind === 'office' && f.sentence.start === s.start)
			: undefined;
		const text = s.text;
		const titles = [...findPostTitles(text, true), ...possessedPosts(text), ...barePostsTaken(text)]
			.sort((a, b) => a.index - b.index)
			.filter((t, k, all) => k === 0 || all[k - 1].index !== t.index);
		if (titles.length === 0) return;
		const ante = antecedents[i] ?? {};
		const { found: dates, inherited, lead } = perSentence[i];
		for (const t of titles) {
			const clause = clauseAround(text, t.index);
			const before = text.slice(clause.start, t.index);
			const after = text.slice(t.index + t.length, clause.end);
			if (NOT_HELD.test(before)) continue;
			// Seats on a body are offices.ts's to read, with its care for bodies of many members.
			if (/^(?:member|candidate|full member|alternate member)\b/i.test(t.office)) continue;
			if (read) {
				const post = t.office.toLowerCase();
				if (!WITH_AS_BEFORE.test(before) || read.some((f) => f.office.toLowerCase().includes(post))) continue;
			}
			const holding = readHolding(text, clause.start, t, before, after, s);
			if (!holding) continue;
			const qualified = qualify(t, before, i, holding.predecessor);
			if (!qualified) continue;
			const dated = dateOf(doc, dates, clause, t, s) ?? yearAfter(doc, s, t, clause);
			const when = dated ?? inherited ?? lead;
			// "was its head from 1944 to 1946": a range is the holding's start and end.
			const leaving = holding.how === 'removed' || holding.how === 'resigned';
			let start: DateValue | undefined = when?.end ? { ...when, end: undefined } : when;
			let end: DateValue | undefined = when?.end ? { ...when, start: when.end, end: undefined } : undefined;
			// "resigned as Prime Minister in July 1902": the date ends the holding.
			if (leaving && start && !end) [start, end] = [undefined, start];
			// "Thiers was the first President of the Third Republic" needs no date: the post had one first holder.
			if (holding.copular && !start && !holding.first) continue;
			if (!start && !end && !holding.predecessor && !holding.first) continue;
			const person = withParticle(doc, registered(holding.personKey, holding.personWritten, known));
			const key = `${person}|${qualified.office.toLowerCase()}|${start?.start.iso ?? ''}|${end?.start.iso ?? ''}`;
			if (seen.has(key) || (holding.predecessor && holding.predecessor === person)) continue;
			seen.add(key);
			facts.push({
				kind: 'office',
				sentence: s,
				importance: 0.75,
				person,
				office: qualified.office,
				...(qualified.organisation ? { organisation: qualified.organisation } : {}),
				how: holding.how,
				...(start ? { start } : {}),
				...(end ? { end } : {}),
				...(holding.predecessor ? { predecessor: withParticle(doc, holding.predecessor) } : {}),
				...(holding.first ? { first: true } : {}),
				...(holding.forced ? { forced: true } : {}),
				...(start && !dated && start.span.start < s.start
					? { passage: { start: start.span.start, end: s.end } }
					: {})
			});
		}

		/** Who holds the post `t`, read from the words around it. */
		function readHolding(
			text: string,
			clauseStart: number,
			t: PostTitle,
			before: string,
			after: string,
			s: Sentence
		): Holding | null {
			const local = antecedentsAt(text, clauseStart, known, ante);
			const at = (m: RegExpExecArray, group: string) => clauseStart + m.index + m[0].indexOf(group);
			const firstText = /\b(?:first|1st)\s+$/i.test(before);
			let m = SUCCESSION_BEFORE.exec(before);
			if (m) {
				const holder = personKey(m[1], known, local, text, at(m, m[1]));
				// "… dismissed him, and Granville succeeded him as Foreign Secretary": "him" is the post's last
				// holder the text named, when he is named here or just before.
				const prev =
					(/^(?:him|her)$/i.test(m[3]) ? lastHolderNamed(t.office, i, holder) : undefined) ??
					personKey(m[3], known, local, text, at(m, m[3]));
				if (!holder || !prev || holder === prev) return null;
				return {
					personKey: holder,
					personWritten: m[1],
					how: howOf(m[2]),
					predecessor: displayName(prev, known)
				};
			}
			m = PASSIVE_BEFORE.exec(before);
			if (m) {
				const by = BY_AFTER.exec(after);
				if (!by) return null;
				const holder = personKey(by[1], known, local, text, 0);
				// Subjectless in a biography entry: the entry's person left the post ("STOLYPIN, Pyotr …").
				const headword = m[1] ? undefined : entryHeadword(doc, s);
				const prevKey = m[1]
					? personKey(m[1], known, local, text, at(m, m[1]))
					: headword
						? headword.toLowerCase()
						: (local.he ?? null);
				if (!holder || !prevKey || holder === prevKey) return null;
				return {
					personKey: holder,
					personWritten: by[1],
					how: howOf(m[2]),
					predecessor: headword ?? displayName(prevKey, known)
				};
			}
			m = LEFT_BEFORE.exec(before) ?? DISMISSED_OBJECT_BEFORE.exec(before);
			if (m) {
				const key = personKey(m[1], known, local, text, at(m, m[1]));
				if (!key || (!/^(?:he|she|him|her)$/i.test(m[1]) && !plausibleName(m[1]) && !known.people.has(key)))
					return null;
				const leftOf = /resign|stepped|retired/.test(m[0].slice(m[1].length)) ? 'resigned' : 'removed';
				return {
					personKey: key,
					personWritten: m[1],
					how: leftOf,
					forced: /forced/.test(m[0]) || undefined
				};
			}
			m = WHOM_BEFORE.exec(before);
			if (m) {
				const written = m[1].replace(/^(?:Raja|Sir|Lord|Prince|Count)\s+/, '');
				const key = personKey(written, known, local, text, at(m, m[1]));
				if (key && (plausibleName(written) || known.people.has(key)))
					return { personKey: key, personWritten: written, how: howOf(m[2]), first: firstText };
			}
			m = WHO_BEFORE.exec(before);
			if (m) {
				const written = m[1].replace(/^(?:Viscount|Earl|Marquess|Duke|Baron|Count|Prince|Sir|Lord)\s+/, '');
				const key = personKey(written, known, local, text, at(m, m[1]));
				if (key && (plausibleName(written) || known.people.has(key)))
					return {
						personKey: key,
						personWritten: written,
						how: /became/.test(m[2]) ? 'became' : 'held',
						copular: !/became/.test(m[2]),
						first: firstText
					};
			}
			m = SERVED_BEFORE.exec(before);
			if (m) {
				const key = personKey(m[1], known, local, text, at(m, m[1]));
				if (!key || (!/^(?:he|she)$/i.test(m[1]) && !plausibleName(m[1]) && !known.people.has(key)))
					return null;
				return { personKey: key, personWritten: m[1], how: 'held', copular: true, first: firstText };
			}
			m = OBJECT_BEFORE.exec(before);
			if (m) {
				// Putschists "proclaim" a chancellor; a town or an army proclaims a king or a Liberator.
				if (/^(?:proclaim|crown)/i.test(m[0].trim()) && !CONFERRED.test(t.office)) return null;
				const key = personKey(m[1], known, local, text, at(m, m[1]));
				if (!key || (!/^(?:him|her)$/i.test(m[1]) && !plausibleName(m[1]) && !known.people.has(key)))
					return null;
				// "Hindenburg appointed Hitler Reich Chancellor": Hitler, not Reich.
				return {
					personKey: key,
					personWritten: m[1],
					how: howOf(m[0].trim().split(/\s+/)[0]),
					first: firstText
				};
			}
			m = SUBJECT_BEFORE.exec(before);
			if (m) {
				const verb = m[2].replace(/\s+/g, ' ');
				// A participle without its auxiliary is a note's shorthand, not an active verb with an object.
				const auxiliary = /\b(?:was|is|had been|has been)\s/.test(m[0]);
				if (
					!auxiliary &&
					/^(?:elected|appointed|made|named|chosen|proclaimed|crowned)$/.test(verb) &&
					!telegraphic(s)
				)
					return null;
				const key = personKey(m[1], known, local, text, at(m, m[1]));
				if (!key || (!/^(?:he|she)$/i.test(m[1]) && !plausibleName(m[1]) && !known.people.has(key)))
					return null;
				return {
					personKey: key,
					personWritten: m[1],
					how: howOf(verb),
					first: firstText,
					copular:
						/^(?:is|was|=)$/.test(verb) && !/\bin\s+effect\b/.test(m[0]) ? true : /^(?:is|was)$/.test(verb)
				};
			}
			// "Robert Peel (Prime Minister 1841–46)": a post and its years in brackets after the name.
			m = BRACKET_BEFORE.exec(before);
			if (m && BRACKET_DATES_AFTER.test(after)) {
				const key = personKey(m[1], known, local, text, at(m, m[1]));
				if (key && (plausibleName(m[1]) || known.people.has(key)))
					return { personKey: key, personWritten: m[1], how: 'held', copular: true };
			}
			m = SUBJECT_AND_BEFORE.exec(before);
			// Only dates may be capitalised between: another name there may be the holder.
			if (m && !/\b[A-Z]/.test(m[2].replace(new RegExp(MONTH_WORD, 'g'), ''))) {
				const key = personKey(m[1], known, local, text, at(m, m[1]));
				if (key && (/^(?:he|she)$/i.test(m[1]) || plausibleName(m[1]) || known.people.has(key)))
					return {
						personKey: key,
						personWritten: m[1],
						how: howOf((m[3] ?? m[4]).split(/\s+/)[0]),
						first: firstText
					};
			}
			m = WITH_AS_BEFORE.exec(before);
			if (m) {
				const key = personKey(m[1], known, local, text, at(m, m[1]));
				if (key && (plausibleName(m[1]) || known.people.has(key)))
					return { personKey: key, personWritten: m[1], how: 'held', copular: true };
			}
			// "Italo Balbo – Governor of Libya from Jan 1934": a notes line of a name, a dash and the post.
			// "Nkrumah – PM of Gold Coast 1952; President of Ghana 1960": the line's name holds each post.
			// In a notes line also "Kenyatta: PM of Kenya 1963, President 1964–78".
			const named =
				new RegExp(String.raw`^\s*(?:[-*•]\s*)?(${NAME})\s*[–—-]\s*(?:[^;]*;\s*)*$`).exec(
					text.slice(0, clauseStart)
				) ??
				(telegraphic(s)
					? new RegExp(String.raw`^\s*(?:[-*•]\s*)?(${NAME})\s*:\s*(?:[^;,:]*\d[^;,:]*[;,]\s*)*$`).exec(
							text.slice(0, t.index)
						)
					: null);
			if (named && (!before.trim() || named.index + named[0].length === t.index)) {
				const key = personKey(named[1], known, local, text, 0);
				if (key && (plausibleName(named[1]) || known.people.has(key)))
					return { personKey: key, personWritten: named[1], how: 'held', copular: true };
			}
			if (FIRST_BEFORE.test(before)) {
				const was = WAS_AFTER.exec(after);
				if (was) {
					const key = personKey(was[1], known, local, text, 0);
					if (key) return { personKey: key, personWritten: was[1], how: 'became', first: true };
				}
			}
			if (TITLE_OF_BEFORE.test(before)) {
				const subject = new RegExp(
					String.raw`^(?:[^,]{0,40},\s*|(?:In|On|By)\s+(?:[A-Z][a-z]+\s+)?\d{3,4}\s+)?(?:(?:Two|Three|A\s+few|Some)\s+\w+\s+later\s+)?(${NAME})\s+(?:formed|took|assumed|received|was)\b`
				).exec(text.slice(clauseStart));
				if (subject) {
					const key = personKey(subject[1], known, local, text, clauseStart);
					if (key) return { personKey: key, personWritten: subject[1], how: 'became' };
				}
			}
			return null;
		}

		/**
		 * The person the facts read so far last made holder of this post, if this sentence or the one
		 * before names him: whom "succeeded him as …" means.
		 */
		function lastHolderNamed(post: string, i: number, holder: string | null): string | undefined {
			const head = post.split(/\s+of\s+/)[0].toLowerCase();
			const last = [...found, ...facts]
				.filter(
					(f): f is OfficeFact =>
						f.kind === 'office' &&
						f.sentence.start < doc.sentences[i].start &&
						f.how !== 'removed' &&
						f.how !== 'resigned' &&
						f.office.toLowerCase().split(/\s+of\s+/)[0] === head
				)
				.sort(
					(a, b) =>
						(a.start?.start.iso ?? '').localeCompare(b.start?.start.iso ?? '') ||
						a.sentence.start - b.sentence.start
				)
				.pop();
			if (!last) return undefined;
			const key = canonicalPerson(last.person, known).key;
			if (key === holder) return undefined;
			const surname = last.person.split(/\s+/).pop()!;
			const near = [doc.sentences[i].text, doc.sentences[i - 1]?.text ?? ''];
			return near.some((t) => new RegExp(String.raw`\b${surname}\b`).test(t)) ? key : undefined;
		}

		/** The post with its body: "its Chairman" → "Chairman of the Council of Ministers". */
		function qualify(
			t: PostTitle,
			before: string,
			i: number,
			predecessor?: string
		): { office: string; organisation?: string } | null {
			const head = t.office;
			if (
				t.organisation ||
				t.state ||
				!NEEDS_BODY.test(head.replace(/^(?:provisional|interim|acting)\s+/i, ''))
			)
				return { office: head, organisation: t.organisation };
			// "Harding succeeded him as President": the post of that name the predecessor last held.
			if (predecessor) {
				const prevKey = canonicalPerson(predecessor, known).key;
				const held = [...found, ...facts]
					.filter(
						(f): f is OfficeFact =>
							f.kind === 'office' &&
							f.sentence.start <= s.start &&
							canonicalPerson(f.person, known).key === prevKey &&
							(f.office.toLowerCase().startsWith(`${head.toLowerCase()} of `) ||
								f.office.toLowerCase().endsWith(` ${head.toLowerCase()}`))
					)
					.sort((a, b) => a.sentence.start - b.sentence.start)
					.pop();
				if (held) return { office: held.office, organisation: held.organisation };
			}
			if (/\b(?:its|their)\s+(?:first\s+|new\s+)?$/i.test(before)) {
				const body = bodyForIts(doc, i, before.replace(/\b(?:its|their)\s+(?:first\s+|new\s+)?$/i, ''));
				if (!body) return null;
				const full = fullBodyName(doc, body.replace(/^the\s+/i, ''));
				// "President of Bolivia", but "Chairman of the Council of Ministers".
				const the = BODY_NOUN.test(full) ? 'the ' : '';
				return { office: `${titleHead(head)} of ${the}${full}`, organisation: full };
			}
			// "President of the Republic of Colombia … with Santander as Vice President": the deputy of that post.
			const deputy = /^(?:vice|deputy)[- ](.+)$/i.exec(head);
			if (deputy) {
				// The nearest chief post named before it in the sentence.
				const chief = findPostTitles(text.slice(0, t.index), false)
					.filter((x) => x.office.toLowerCase().startsWith(`${deputy[1].toLowerCase()} of `))
					.pop();
				if (chief)
					return {
						office: `${head} ${chief.office.slice(deputy[1].length + 1)}`,
						organisation: chief.organisation
					};
			}
			// "Succeeded as Chairman by …" in an entry that named "Chairman of the Council of Ministers" just before.
			// "Kenyatta: PM of Kenya 1963, President 1964–78": a line naming another state is not about the
			// one another sentence gives "President".
			const ownStates = findPostTitles(text, true)
				.map((x) => x.organisation ?? x.state)
				.filter((o): o is string => !!o);
			const foreign = (office: string) => ownStates.some((o) => !office.includes(o));
			const named = recentFullTitle(doc, i, head, before);
			if (named) return foreign(named.office) && !before.includes(named.office) ? null : named;
			qualifiers ??= documentQualifiers(doc);
			const forms = qualifiers.get(head.toLowerCase());
			const only = onlyQualifier(forms, doc.sentences[i].sectionIndex);
			if (only && foreign(only)) return null;
			if (only) return { office: only };
			// "Prime Minister", "Emperor": a post distinctive alone, where the document never names its state.
			if (!forms && SELF_STANDING_POST.test(head)) return { office: head };
			return null;
		}
	});
	const successors = successorsOfLastPost(doc, [...found, ...facts], taken);
	// Last: posts implied without their title ("ascended the throne") read the posts found so far.
	return [
		...facts,
		...successors,
		...extractImplicitOffices(doc, [...found, ...facts, ...successors]),
		...extractPostLists(doc)
	];
}

/** "He was succeeded by Gustav Bauer": a successor named with no post, the sentence after a leaving. */
const SUCCEEDED_NEXT = new RegExp(
	String.raw`^(?:[^,.;]{0,30},\s*)?(${NAME}|[Hh]e|[Ss]he)\s+was\s+(?:\w+ly\s+)?(?:succeeded|replaced)\s+by\s+(?:Sir\s+)?(${NAME})(?!\s+as\b)`
);
/** The person a sentence says left: "Scheidemann … resigned on 20 June 1919". */
const LEFT_BEFORE_NEXT = new RegExp(
	String.raw`(${NAME})\b[^.;]{0,140}?\b(?:resigned|died|abdicated|retired|fell\s+from\s+power|was\s+(?:dismissed|overthrown|deposed|forced\s+out|executed|beheaded|arrested))\b`,
	'g'
);
const RESIGNED_THEN_SUCCEEDED = new RegExp(
	String.raw`\b(?:resigned|stepped\s+down|retired|died|was\s+(?:dismissed|overthrown|deposed))\b[^.;]{0,100}?\band\s+was\s+(?:succeeded|replaced)\s+by\s+(?:Sir\s+)?(${NAME})`
);

/**
 * "He resigned on 20 January 1946 … and was succeeded by Félix Gouin": the sentence names no post, so
 * the post is the one the text last gave the person who left (within the few sentences before).
 */
function successorsOfLastPost(doc: IngestedDocument, all: Fact[], taken: Set<number>): OfficeFact[] {
	const { index: known, antecedents } = peopleContext(doc);
	const out: OfficeFact[] = [];
	doc.sentences.forEach((s, i) => {
		if (taken.has(s.start)) return;
		const local = antecedentsAt(s.text, 0, known, antecedents[i] ?? {});
		let leaver: string | null = null;
		let next: { text: string; at: number } | undefined;
		const m = RESIGNED_THEN_SUCCEEDED.exec(s.text);
		if (m) {
			const before = s.text.slice(0, m.index);
			const subject = new RegExp(
				String.raw`(?:^|,\s*)(?:[^,]{0,80}?\s)?(${NAME}|[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?$`
			).exec(before);
			if (!subject) return;
			leaver = personKey(subject[1], known, local, s.text, subject.index);
			next = { text: m[1], at: m.index };
		} else {
			// "Scheidemann refused to sign and resigned on 20 June 1919. He was succeeded by Gustav Bauer":
			// "he" is whoever the sentence before says left.
			const n = SUCCEEDED_NEXT.exec(s.text);
			const left = n && i > 0 ? [...doc.sentences[i - 1].text.matchAll(LEFT_BEFORE_NEXT)].pop() : undefined;
			if (!n || !left) return;
			const pronoun = /^(?:he|she)$/i.test(n[1]);
			if (!pronoun && canonicalPerson(n[1], known).key !== canonicalPerson(left[1], known).key) return;
			leaver = personKey(left[1], known, antecedents[i - 1] ?? {}, doc.sentences[i - 1].text, left.index!);
			next = { text: n[2], at: n.index + n[0].lastIndexOf(n[2]) };
		}
		const successor = personKey(next.text, known, local, s.text, next.at);
		if (!leaver || !successor || leaver === successor) return;
		const leaverName = displayName(leaver, known);
		const earlier = all
			.filter(
				(f): f is OfficeFact =>
					f.kind === 'office' &&
					f.sentence.start < s.start &&
					f.sentence.start >= (doc.sentences[Math.max(0, i - 6)]?.start ?? 0) &&
					f.how !== 'removed' &&
					f.how !== 'resigned' &&
					canonicalPerson(f.person, known).key === leaver
			)
			.sort((a, b) => a.sentence.start - b.sentence.start)
			.pop();
		if (!earlier) return;
		out.push({
			kind: 'office',
			sentence: s,
			importance: 0.75,
			person: withParticle(doc, registered(successor, next.text, known)),
			office: earlier.office,
			...(earlier.organisation ? { organisation: earlier.organisation } : {}),
			// Undated: the day the predecessor left is not the day the successor took over.
			how: 'succeeded',
			predecessor: withParticle(doc, leaverName)
		});
	});
	return out;
}

/**
 * "He took office as governor", "was elected president": a lower-case post the lexicon leaves alone
 * because it names no body, read here right after a verb of taking office; `qualify` names its body
 * from the document or drops it.
 */
function barePostsTaken(text: string): PostTitle[] {
	const out: PostTitle[] = [];
	for (const m of text.matchAll(
		/\b(?:as|elected|appointed|made|named|became|becomes|succeeded\s+\w+\s+as|replaced\s+\w+\s+as)\s+(?:the\s+)?(?:new\s+|first\s+)?((?:provisional\s+|interim\s+)?(?:governor|president|chairman|mayor|speaker|viceroy|regent))\b(?!\s+(?:of|for|to)\s)/g
	)) {
		const index = m.index! + m[0].length - m[1].length;
		out.push({ office: titleCase(m[1]), index, length: m[1].length });
	}
	return out;
}

/**
 * "its chairman", "its first president": a lower-case post the lexicon leaves alone because it names
 * no body, read here because "its" names one (resolved by the caller).
 */
function possessedPosts(text: string): PostTitle[] {
	const out: PostTitle[] = [];
	for (const m of text.matchAll(
		/\b(?:its|their)\s+(?:(?:first|new)\s+)?(chairman|chairwoman|president|vice[- ]president|secretary|general secretary|leader|head|commander|governor|speaker|director)\b/g
	)) {
		const index = m.index! + m[0].length - m[1].length;
		out.push({ office: titleHead(m[1]), index, length: m[1].length });
	}
	return out;
}

/**
 * The surname a dictionary-style entry is filed under: "STOLYPIN, Pyotr Arkadyevich" (one of the few
 * lines above, or the section title) → "Stolypin".
 */
function entryHeadword(doc: IngestedDocument, s: Sentence): string | undefined {
	const title = doc.sections[s.sectionIndex]?.title ?? '';
	const at = doc.sentences.indexOf(s);
	const before = doc.sentences
		.slice(Math.max(0, at - 4), at)
		.filter((x) => x.sectionIndex === s.sectionIndex)
		.map((x) => x.text)
		.reverse();
	for (const text of [...before, title]) {
		const m = /^([A-ZÀ-Þ][A-ZÀ-Þ'-]{2,}),\s+[A-Z][a-z]/.exec(text);
		if (m) return m[1].charAt(0) + m[1].slice(1).toLowerCase();
	}
	return undefined;
}

function titleHead(head: string): string {
	return head.charAt(0).toUpperCase() + head.slice(1);
}

/** A note or chronicle line, where "X elected …" drops its auxiliary. */
function telegraphic(s: Sentence): boolean {
	return s.listItem || /^\s*(?:\d{1,4}\b|[A-Z][a-z]+\s+\d{1,2}\b)/.test(s.text);
}

/**
 * "PM of Gold Coast 1952", "President (1964)": a notes line's bare year right after the post, which the
 * date finder leaves alone as a number.
 */
function yearAfter(
	doc: IngestedDocument,
	s: Sentence,
	t: PostTitle,
	clause: { start: number; end: number }
): DateValue | undefined {
	const from = t.index + t.length;
	const m = /^\s*\(?\s*(1[0-9]\d\d|20\d\d)(?:\s*[–-]\s*(\d{2,4}))?\)?\s*(?=$|[;,.)]|\s[–—-]\s)/.exec(
		s.text.slice(from, clause.end)
	);
	if (!m || !telegraphic(s)) return undefined;
	const at = from + m.index + m[0].indexOf(m[1]);
	const endYear = m[2] ? (m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2]) : undefined;
	const written = m[2] ? `${m[1]}${m[0].slice(m[0].indexOf(m[1]) + 4).replace(/\)?\s*$/, '')}` : m[1];
	return placeDate(doc, s, {
		index: at,
		length: written.length,
		value: {
			start: { iso: m[1], precision: 'year', calendar: 'gregorian' },
			...(endYear && endYear > m[1]
				? { end: { iso: endYear, precision: 'year', calendar: 'gregorian' } }
				: {}),
			written
		}
	});
}

/** The date of the holding: the clause's first date after the post, else its first date. */
function dateOf(
	doc: IngestedDocument,
	found: FoundDate[],
	clause: { start: number; end: number },
	t: PostTitle,
	s: Sentence
): DateValue | undefined {
	// "Upper Peru, which took the name of Bolivia in 1825, chose …": a relative clause's date is its own.
	const asides = [...s.text.matchAll(/,\s*(?:which|who|whose)\b[^,]*,/g)]
		.map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
		// "Palmerston, who was Foreign Secretary in 1830–1834, …": the aside holding the post is its date.
		.filter((a) => t.index < a.start || t.index >= a.end);
	// A post held inside an aside is dated inside it, never by the main clause's later deed.
	const own = [...s.text.matchAll(/,\s*(?:which|who|whose)\b[^,]*,/g)].find(
		(m) => t.index >= m.index! && t.index < m.index! + m[0].length
	);
	// "…, under Shidehara, who became Prime Minister in October": a relative clause to the sentence's end
	// is dated only inside it.
	const relative = [...s.text.slice(0, t.index).matchAll(/,\s*(?:who|which|whose|whom)\b/g)].pop();
	const from =
		relative && !s.text.slice(relative.index!, t.index).slice(1).includes(',') ? relative.index! : 0;
	const inClause = found.filter(
		(d) =>
			d.index >= from &&
			d.index >= clause.start &&
			d.index < clause.end &&
			!asides.some((a) => d.index >= a.start && d.index < a.end) &&
			(!own || (d.index >= own.index! && d.index < own.index! + own[0].length))
	);
	// "… succeeded him as President, and he died on 3 February 1924": a later clause's date is its own.
	const next = /,\s+(?:and|but|while|where|when|whereas|which|who)\s/.exec(s.text.slice(t.index + t.length));
	const stop = next ? t.index + t.length + next.index : clause.end;
	// "PM of Kenya 1963, President 1964–78": the next post's years are its own.
	const nextPost = findPostTitles(s.text, true).find((x) => x.index > t.index);
	const afterPost = inClause.filter(
		(d) => d.index >= t.index + t.length && d.index < stop && (!nextPost || d.index < nextPost.index)
	);
	// A chronicle line's leading date ("April 26 (May 9), 1906 — X appointed …") dates every clause of it.
	const leading = from ? undefined : found.find((x) => x.index <= 2);
	const d = afterPost[0] ?? inClause.filter((x) => x.index < t.index)[0] ?? leading;
	if (!d) return undefined;
	const placed = placeDate(doc, s, d);
	// "Foreign Secretary in 1830–1834, 1835–1841 and 1846–1851": the first term is not the whole tenure.
	if (placed.end && afterPost.filter((x) => x.value.end).length > 1) return { ...placed, end: undefined };
	return placed;
}
