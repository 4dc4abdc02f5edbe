import type { IngestedDocument, Sentence } from '../ingest/types';

/**
 * Person names and pronoun resolution shared by the date and office extractors. Written by hand:
 * the installed libraries (chrono-node, sentence-splitter) have no named-entity recognition, and a
 * full NLP model is too heavy for an offline phone. The heuristics are generic — initials, given
 * names and patronymics, surname endings, titles like "Comrade" — never a list of this corpus's people.
 */

export interface PersonMention {
	name: string;
	index: number;
	length: number;
}

export interface PersonEntry {
	/** Stable key: the lower-cased surname ("lenin"). */
	key: string;
	/** What a card shows: the surname as the document writes it ("Lenin"). */
	display: string;
	/** The longest form seen ("V. I. Lenin"). */
	full: string;
	count: number;
}

/** The people a document names, so single surnames elsewhere in it are recognised as persons. */
export interface PersonIndex {
	people: Map<string, PersonEntry>;
	/** Other keys of one person: "Otto Eduard Leopold, Prince of Bismarck" makes "leopold" → "bismarck". */
	aliases?: Map<string, string>;
	/** Capitalised words the document uses inside sentences (proper nouns, not sentence-initial words). */
	properNouns?: Set<string>;
	/** Person mentions of each sentence, by sentence index, as found with the document's surnames. */
	mentions?: PersonMention[][];
	/** Key of the person the document is about (biography subject, author of a works volume). */
	mainSubject?: string;
}

const MONTHS = new Set(
	'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
		' '
	)
);
const WEEKDAYS = new Set('monday tuesday wednesday thursday friday saturday sunday'.split(' '));

/** Words that make a capitalised sequence an organisation, place, title or event rather than a person. */
const NOT_NAME_WORDS = new Set(
	(
		'committee party congress conference soviet soviets union bureau council commission commissariat presidium ' +
		'politburo orgburo secretariat army navy fleet revolution war front works plant factory institute university ' +
		'school society oblast raion province gubernia governorate uyezd volost district region republic republics state ' +
		'states government church street square station prison castle hall house international comintern duma cabinet ' +
		'court academy museum library press newspaper magazine journal pravda iskra izvestia chairman secretary general ' +
		'comrade comrades president commissar commissars minister premier head leader member members editor marshal ' +
		'north south east west northern southern eastern western central executive supreme red white great russian ' +
		'bolshevik bolsheviks menshevik mensheviks communist communists socialist social democratic labour labor workers ' +
		'peasants people peoples nationalities opposition testament enrolment kremlin berlin moscow petrograd leningrad ' +
		'city village town river sea ocean mount lake island islands empire kingdom federation council day days year ' +
		'years volume vol works collected selected chapter part section book speech report letter article notes note ' +
		'preface introduction appendix the a an and or of in on at to for from by with as this that these those it its he ' +
		'she his her they their we our you your i my mr mrs ms dr st no nos pp p god lord tsar tsarist czar king queen ' +
		'prince emperor order medal hero prize bank trust company corporation ltd inc plan policy programme program ' +
		'theses thesis question questions problem problems foundations principles tactics strategy lessons outline ' +
		'history marxism leninism trotskyism stalinism internationale manifesto decree constitution treaty pact ' +
		'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth ' +
		'fifteenth sixteenth seventeenth eighteenth nineteenth twentieth all new old young upper lower'
	).split(' ')
);

/** A capitalised word that is a common word, organisation word, month or weekday — not a name. */
export function isCommonWord(word: string): boolean {
	const w = word.toLowerCase();
	return NOT_NAME_WORDS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || SENTENCE_WORDS.has(w);
}

/** Words that open sentences but never name anyone. */
const SENTENCE_WORDS = new Set(
	'after before during later then however there here when while although because since until once thus hence also finally meanwhile yet still even only both either neither each every some many most few several other another such what which who whom whose why how where nothing everything something anything everyone nobody somebody anybody none comrades ladies gentlemen citizens friends'.split(
		' '
	)
);

/** Titles after which the next capitalised word is a person. */
const PERSON_TITLES = new Set([
	'comrade',
	'comrades',
	'mr',
	'mrs',
	'ms',
	'dr',
	'citizen',
	'professor',
	'tsar'
]);

/** Common given names (generic, several languages) — a given name before a capitalised word marks a person. */
const GIVEN_NAMES = new Set(
	(
		'vladimir joseph iosif josef mikhail leon lev nikolai nikolay nicholas grigory grigori grigorii lavrentiy lavrenti ' +
		'yakov iakov vyacheslav sergei sergey felix feliks nadezhda maria mariya anastas lazar kliment karl friedrich ' +
		'alexei aleksei alexey aleksey ivan alexander aleksandr georgy georgi georgii andrei andrey dmitry dmitri pavel ' +
		'peter pyotr petr fyodor fedor boris yuri yury valerian avel mikhail anna olga ekaterina yekaterina inessa ' +
		'alexandra aleksandra rosa leonid konstantin semyon semen matvei kamo demyan nikita martemyan vasily vasili ' +
		'john william george henry charles thomas james robert edward richard winston franklin harry adolf benito ' +
		'enver mao ho kim otto wilhelm wilhelmina leo ludwig heinrich johann johanna hans franz josef gustav ' +
		'louis napoleon maximilien georges jean jacques pierre marie antoine camille paul charles francois françois ' +
		'abraham ulysses theodore woodrow mary elizabeth victoria catherine margaret jane anne sarah martha ' +
		'giuseppe giovanni camillo vittorio simon jose josé manuel carlos miguel juan mohandas jawaharlal indira ' +
		'andrew stephen samuel daniel david michael patrick hugh arthur albert alfred ernest walter herbert ' +
		'muhammad mahatma vallabhbhai subhas sun chiang zhou deng ho nelson frederick frederic edmund oliver ' +
		'benjamin neville clement anthony harold gerald lyndon dwight ronald calvin grover chester rutherford ' +
		'millard zachary martin francis joseph honoré honore gilbert emmanuel lazare charlotte helmut konrad ' +
		'willy erich gerhard kurt rudolf hermann joachim cesare alessandro francisco simón simon ferdinand ' +
		'wolfgang klemens clemens gottfried isabella philip philippe henri horatio ramsay stanley ' +
		'agostino antonio carlo aurelio francesco luigi emanuele umberto pietro enrico alcide giulio ' +
		'joaquín joaquin bernardo agustín agustin philipp max maximilian walther matthias yegor'
	).split(' ')
);

/** Russian and east-European surname endings; "-in" also catches Lenin/Stalin/Kalinin. */
const SURNAME_ENDING =
	/(?:[^aeiou]in|ov|ev|ëv|off|sky|ski|skii|skiy|skaya|aya|ova|eva|ina|yan|dze|shvili|enko|chuk|vich|ovna|evna)$/i;
const PATRONYMIC = /(?:ovich|evich|ovna|evna|ich|ichna)$/i;

/** Places that happen to end like surnames; the context rule (after "in/at/the") catches the rest. */
const PLACE_LIKE = new Set([
	'berlin',
	'kremlin',
	'dublin',
	'turin',
	'pekin',
	'tallinn',
	'wien',
	'latin',
	'british'
]);

const INITIAL = String.raw`(?:[A-Z]|Ia|Iu|Ya|Yu|Kh|Zh|Ch|Sh|Ts)\.`;
const NAME_WORD = String.raw`[A-Z][a-zà-ÿ]+(?:[-'’][A-Z]?[a-zà-ÿ]+)*`;
/** A run of initials and capitalised words; possessive "’s" is left outside the name. */
const CANDIDATE = new RegExp(
	String.raw`(?:${INITIAL}\s?){0,3}${NAME_WORD}(?:\s(?:(?:von|van|de|der|den|du|da|di|del|la|le)\s)?(?:${INITIAL}\s?)*${NAME_WORD}){0,3}(?:\s[IVX]{1,5}\b(?![.'’]\w))?`,
	'g'
);
const INITIAL_ONLY = new RegExp(`^${INITIAL}$`);
const INITIAL_START = new RegExp(`^${INITIAL}`);
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'into', 'to', 'from', 'across', 'outside', 'around']);

function stripPossessive(word: string): string {
	return word.replace(/[’']s$/, '').replace(/[’']$/, '');
}

function words(name: string): string[] {
	return name.split(/\s+/).filter((w) => !/^[A-Z][a-z]?\.$/.test(w));
}

function isKnownSurname(word: string, known?: PersonIndex): boolean {
	return !!known && known.people.has(stripPossessive(word).toLowerCase());
}

function looksLikeSurname(word: string): boolean {
	const w = stripPossessive(word);
	return SURNAME_ENDING.test(w) && !PLACE_LIKE.has(w.toLowerCase()) && !/(?:ism|ist|ists)$/.test(w);
}

function previousWord(text: string, index: number): string {
	const m = /([A-Za-z]+)\s+$/.exec(text.slice(Math.max(0, index - 30), index));
	return m ? m[1].toLowerCase() : '';
}

/**
 * Judge one capitalised run; returns the part of it that is a person name (trimmed of leading
 * titles and trailing non-name words), or null.
 */
function judgeCandidate(
	text: string,
	raw: string,
	index: number,
	known?: PersonIndex
): { name: string; index: number } | null {
	let tokens = raw.split(/\s+/);
	let offset = index;
	// Leading title ("Comrade Kalinin", "Mr. Brar") or non-name words ("The", "In") are dropped.
	let titled = PERSON_TITLES.has(previousWord(text, index));
	while (tokens.length > 0) {
		if (INITIAL_ONLY.test(tokens[0]) && !/^(?:No|St|Dr|Mr)\.$/.test(tokens[0])) break;
		const first = tokens[0].replace(/\.$/, '').toLowerCase();
		if (PERSON_TITLES.has(first)) titled = true;
		else if (!NOT_NAME_WORDS.has(first) && !MONTHS.has(first) && !WEEKDAYS.has(first)) break;
		offset += tokens[0].length + 1;
		tokens = tokens.slice(1);
	}
	// Stop at the first non-name word after the name starts ("Lenin Institute" → no person).
	const nameTokens: string[] = [];
	for (const t of tokens) {
		if (INITIAL_ONLY.test(t)) {
			nameTokens.push(t);
			continue;
		}
		const bare = stripPossessive(t).toLowerCase().replace(/\.$/, '');
		if (NOT_NAME_WORDS.has(bare) || MONTHS.has(bare) || WEEKDAYS.has(bare)) {
			// A person word used as an attribute of an organisation ("Lenin Institute") is not a mention.
			if (nameTokens.length > 0 && !/[’']s$/.test(nameTokens[nameTokens.length - 1])) return null;
			break;
		}
		nameTokens.push(t);
		if (/[’']s$/.test(t)) break;
	}
	if (nameTokens.length === 0) return null;
	// "Gustav Stresemann Gustav Ernst Stresemann": an encyclopedia gloss spliced after the name repeats
	// its first word; a name never does.
	const again = nameTokens.indexOf(nameTokens[0], 1);
	if (again > 1) nameTokens.splice(again);
	let name = nameTokens.join(' ');
	name = name.replace(/[’']s$/, '');
	const hasInitials = INITIAL_START.test(name) || /\s[A-Z]\.\s/.test(name);
	const ws = words(name);
	if (ws.length === 0) return null;
	const last = ws[ws.length - 1];
	const prev = previousWord(text, offset);
	if (hasInitials || titled) return { name, index: offset };
	// "Wilhelm II", "Louis XVI": a name with a regnal number is a person.
	if (/\s[IVX]{1,5}$/.test(name) && ws.length >= 1) return { name, index: offset };
	if (ws.length >= 2) {
		const firstGiven = GIVEN_NAMES.has(ws[0].toLowerCase());
		if (
			firstGiven ||
			ws.some((w) => PATRONYMIC.test(w)) ||
			looksLikeSurname(last) ||
			isKnownSurname(last, known)
		)
			return { name, index: offset };
		// "the ethnic Estonian Ekaterina Lorberg": the name starts at the given name.
		const given = ws.findIndex((w, k) => k > 0 && k < ws.length - 1 && GIVEN_NAMES.has(w.toLowerCase()));
		if (given > 0) {
			const at = name.indexOf(ws[given]);
			return { name: name.slice(at), index: offset + at };
		}
		// "Yoshida Shigeru": a known person's name written family name first is a mention of that person —
		// but "Lenin Mausoleum" is a building.
		if (
			ws.length === 2 &&
			isKnownSurname(ws[0], known) &&
			!/(?:um|ism|ity|ion|ment|ship|age|ery|ary|ance|ence|hood|ure|ade|ing|ist)$/i.test(ws[1])
		)
			return { name: ws[0], index: offset };
		return null;
	}
	// A single word: a known surname or one shaped like a surname, and not a place in context.
	if (prev === 'the') return null;
	if (!isKnownSurname(last, known) && !looksLikeSurname(last)) return null;
	if (PLACE_PREPOSITIONS.has(prev) && !isKnownSurname(last, known)) return null;
	if (PLACE_LIKE.has(last.toLowerCase())) return null;
	return { name, index: offset };
}

/**
 * Person names in a clean sentence: "V. I. Lenin", "Mikhail Ivanovich Kalinin", "M. I. Ulyanova",
 * "Comrade Kalinin", single surnames the document knows or that are shaped like surnames — not
 * months, organisations ("Lenin Institute"), places after "in/at", or sentence-initial common words.
 */
export function findPersonNames(text: string, known?: PersonIndex): PersonMention[] {
	const out: PersonMention[] = [];
	CANDIDATE.lastIndex = 0;
	for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
		// Do not start inside a word ("McX" style or glued words).
		if (m.index > 0 && /[A-Za-z]/.test(text[m.index - 1])) continue;
		const judged = judgeCandidate(text, m[0], m.index, known);
		if (judged) out.push({ name: judged.name, index: judged.index, length: judged.name.length });
	}
	return out;
}

/** Surname of a name: the last capitalised word that is not an initial. */
function surnameOf(name: string): string {
	// Rulers go by name and number: "Wilhelm II".
	// "Victor Emmanuel II" keeps both given names: a monarch's name is all of them.
	// "Abdülhamid II", "Władysław IV": a ruler's name may hold any letter.
	const regnal = /((?:\p{Lu}[\p{L}’'-]+\s){1,2}[IVX]{1,5})$/u.exec(stripPossessive(name.trim()));
	if (regnal)
		return regnal[1].replace(
			/^(?:Pope|King|Queen|Kaiser|Tsar|Emperor|Empress|Prince|Princess|Saint|St\.?)\s+/,
			''
		);
	const ws = words(stripPossessive(name.trim()));
	return ws.length ? stripPossessive(ws[ws.length - 1]) : name.trim();
}

/**
 * One key per person: "Vladimir Lenin", "V. I. Lenin" and "Lenin" all map to key "lenin" with the
 * surname as display name (what history questions use: "When did Lenin die?").
 */
export function canonicalPerson(name: string, knownInDoc?: PersonIndex): { key: string; display: string } {
	const surname = surnameOf(name);
	const own = surname.toLowerCase();
	const key = knownInDoc?.aliases?.get(own) ?? own;
	const entry = knownInDoc?.people.get(key);
	return { key, display: entry?.display ?? surname };
}

/** Female by the east-Slavic surname ending ("Krupskaya", "Ulyanova"); used to route she/her. */
export function isFemaleSurname(surname: string): boolean {
	return /(?:aya|ova|eva|ina|skaya|ovna|evna)$/i.test(surname);
}

const FEMALE_GIVEN = new Set(
	'mary elizabeth victoria catherine anna maria mariya nadezhda ekaterina yekaterina olga inessa alexandra aleksandra rosa margaret jane anne sarah martha johanna marie indira kamala wilhelmina empress queen'.split(
		' '
	)
);

/** Female by surname ending or by a female given name in the fullest form seen ("Mary Todd"). */
export function isFemale(key: string, known: PersonIndex): boolean {
	const entry = known.people.get(key);
	const first = entry?.full.split(/\s+/)[0]?.toLowerCase() ?? '';
	return isFemaleSurname(entry?.display ?? key) || FEMALE_GIVEN.has(first);
}

const TITLE_OF =
	/^((?:[A-Z][a-zà-ÿ]+\s){0,3}[A-Z][a-zà-ÿ]+),\s+(?:Prince|Duke|Count|Earl|Baron|Lord|Marquis|Marquess|Viscount|Princess|Duchess|Countess)\s+(?:of\s+|von\s+|de\s+)?([A-Z][a-zà-ÿ]+)/;
const LIFE_SUBJECT =
	/\b([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?:was born|died|married|was buried|was assassinated|was executed|studied|graduated)\b/g;

/** A single capitalised word that takes or leaves a post is a person ("Yoshida became Prime Minister"). */
const OFFICE_SUBJECT =
	/\b([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\s+(?:was\s+(?:elected|appointed|named|crowned|inaugurated|sworn\s+in)|became|succeeded\s+(?:him|her|[A-Z][a-z]+)\s+as|resigned\s+as)\s+(?:(?:the|a)\s+)?(?:first\s+)?(?:Prime\s+Minister|President|Premier|Chancellor|King|Queen|Emperor|Empress|Foreign\s+Minister|Foreign\s+Secretary|Secretary\s+of\s+State|Governor|Pope|Sultan|Grand\s+Vizier|prime\s+minister|president|premier|chancellor|emperor|king|queen|governor|grand\s+vizier)\b/g;

/** Collect the document's people: names with initials, given names, patronymics or titles. */
export function buildPersonIndex(
	doc: Pick<IngestedDocument, 'sentences' | 'sections' | 'attribution'>
): PersonIndex {
	const people = new Map<string, PersonEntry>();
	const add = (name: string): void => {
		const { key } = canonicalPerson(name);
		if (!key || key.length < 2) return;
		const entry = people.get(key);
		const display = surnameOf(name);
		if (entry) {
			entry.count++;
			if (name.length > entry.full.length) entry.full = name;
		} else people.set(key, { key, display, full: name, count: 1 });
	};
	// First pass: unambiguous mentions define who the document's people are.
	for (const s of doc.sentences) {
		for (const m of findPersonNames(s.text)) if (words(m.name).length >= 2 || /\./.test(m.name)) add(m.name);
	}
	// A single capitalised word that is born, dies or marries is a person ("Bismarck was born …").
	for (const s of doc.sentences) {
		LIFE_SUBJECT.lastIndex = 0;
		for (let m = LIFE_SUBJECT.exec(s.text); m; m = LIFE_SUBJECT.exec(s.text)) {
			const w = m[1].toLowerCase();
			if (!NOT_NAME_WORDS.has(w) && !MONTHS.has(w) && !WEEKDAYS.has(w)) add(m[1]);
		}
	}
	for (const s of doc.sentences)
		for (const m of s.text.matchAll(OFFICE_SUBJECT)) {
			const w = m[1].toLowerCase();
			if (!NOT_NAME_WORDS.has(w) && !MONTHS.has(w) && !WEEKDAYS.has(w) && !SENTENCE_WORDS.has(w)) add(m[1]);
		}
	// Titles of nobility name a person by their title: "Otto Eduard Leopold, Prince of Bismarck".
	const aliases = new Map<string, string>();
	for (const s of doc.sentences.slice(0, 30)) {
		const m = TITLE_OF.exec(s.text);
		if (m) {
			const from = canonicalPerson(m[1]).key;
			const to = m[2].toLowerCase();
			if (from !== to) {
				aliases.set(from, to);
				if (!people.has(to))
					people.set(to, { key: to, display: m[2], full: `${m[1]}, ${m[0].split(',')[1].trim()}`, count: 0 });
				people.delete(from);
			}
		}
	}
	const properNouns = new Set<string>();
	for (const s of doc.sentences)
		for (const m of s.text.matchAll(/[a-z,;]\s+([A-Z][a-z]+)\b/g))
			if (!isCommonWord(m[1])) properNouns.add(m[1]);
	const index: PersonIndex = { people, aliases, properNouns };
	// Second pass: count every mention (single surnames included) now that surnames are known.
	for (const entry of people.values()) entry.count = 0;
	const headCounts = new Map<string, number>();
	const mentions: PersonMention[][] = [];
	doc.sentences.forEach((s, i) => {
		const found = findPersonNames(s.text, index);
		mentions.push(found);
		for (const m of found) {
			const { key } = canonicalPerson(m.name);
			const entry = people.get(key);
			if (entry) entry.count++;
			else people.set(key, { key, display: surnameOf(m.name), full: m.name, count: 1 });
			if (i < 8) headCounts.set(key, (headCounts.get(key) ?? 0) + 1);
		}
	});
	for (const sec of doc.sections) {
		if (!sec.title) continue;
		for (const m of findPersonNames(sec.title, index)) {
			const { key } = canonicalPerson(m.name);
			headCounts.set(key, (headCounts.get(key) ?? 0) + 3);
		}
	}
	if (doc.attribution.author) {
		const { key } = canonicalPerson(doc.attribution.author);
		if (people.has(key)) headCounts.set(key, (headCounts.get(key) ?? 0) + 2);
	}
	let best: string | undefined;
	let bestScore = 0;
	for (const [key, head] of headCounts) {
		const score = head * 10 + (people.get(key)?.count ?? 0);
		if (score > bestScore) {
			bestScore = score;
			best = key;
		}
	}
	index.mainSubject = best;
	index.mentions = mentions;
	return index;
}

/**
 * The person a sentence is about: a name or a resolved he/she before its first verb. Leading
 * prepositional phrases ("After the death of Sverdlov, …") are skipped, so Sverdlov is not the subject.
 */
export function sentenceSubject(
	text: string,
	known: PersonIndex,
	antecedent: { he?: string; she?: string },
	/** The sentence's person mentions when already found (saves a second scan). */
	mentions?: PersonMention[]
): string | undefined {
	const all = mentions ?? findPersonNames(text, known);
	// Chronology lines led by a verb ("1842 November 4 Marries Mary Todd") are about the current person.
	const body0 = text.replace(
		/^[\d\s,.–—:-]*(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{0,2}\s*)?/,
		''
	);
	if (
		/^(?:[A-Z][a-z]+(?:s|ed)|Born|Died|Became|Elected|Appointed|Shot|Inaugurated)\s/.test(body0) &&
		!findPersonNames(body0.split(/\s/)[0], known).length &&
		// "Thomas Wolsey, the son of …" is led by a name that happens to end in -s, not by a verb.
		!GIVEN_NAMES.has(body0.split(/\s/)[0].toLowerCase()) &&
		findPersonNames(body0.slice(0, 60), known)[0]?.index !== 0
	)
		return antecedent.he ?? antecedent.she;
	// "After an unhappy start as a lawyer in Bombay he accepted …": an early pronoun with no name before it.
	const early = /^[^,.;:]{0,60}?\b(he|she)\b/i.exec(text);
	if (early && !all.some((m) => m.index < early.index + early[0].length))
		return /^s/i.test(early[1]) ? antecedent.she : antecedent.he;
	let body = text;
	const lead =
		/^(?:In|At|After|Before|During|On|From|Since|When|While|Following|Until|By|With|Under|As|Then)\b(?:(?!\s(?:he|she|they)\s)[^,]){0,120},\s*/.exec(
			body
		);
	if (lead) body = body.slice(lead[0].length);
	const pron = /^(?:[^.]{0,40}?\b)?(He|She|he|she)\b/.exec(body);
	const shift = text.length - body.length;
	const names = all.filter((m) => m.index >= shift).map((m) => ({ ...m, index: m.index - shift }));
	const verb = /\s(?:was|were|is|are|had|has|became|becomes|[a-z]{3,}ed|[a-z]{3,}s)\b/.exec(body);
	const verbAt = verb ? verb.index : body.length;
	const firstName = names.find((n) => n.index < verbAt);
	if (pron && pron.index + pron[0].length - pron[1].length < (firstName ? firstName.index : verbAt)) {
		return /^s/i.test(pron[1]) ? antecedent.she : antecedent.he;
	}
	if (
		firstName &&
		!/\b(?:of|by|with|to|from|against|for|under|after)\s+$/.test(body.slice(0, firstName.index))
	) {
		return canonicalPerson(firstName.name, known).key;
	}
	return undefined;
}

export interface Antecedents {
	he?: string;
	she?: string;
	/** Whom "I" means: the author or speaker of the passage, when the document says. */
	i?: string;
}

/**
 * For each sentence, whom "he"/"his" and "she"/"her" refer to at its start: the last person subject
 * in the paragraph, then the section title's person, then the last in the section, then the document's main
 * subject (the person a biography is about).
 */
export function resolvePronouns(doc: IngestedDocument, known: PersonIndex): Antecedents[] {
	const out: Antecedents[] = [];
	const main = known.mainSubject;
	const mainFemale = main ? isFemale(main, known) : false;
	let section = -1;
	let paragraph = -1;
	let sectionState: Antecedents = {};
	let paragraphState: Antecedents = {};
	// The person a paragraph is about: the subject of its first sentence that has one.
	let paragraphTopic: Antecedents = {};
	let previousTopic: Antecedents = {};
	const mentioned = new Set<string>();
	let titleState: Antecedents = {};
	const setFor = (state: Antecedents, key: string): void => {
		if (isFemale(key, known)) state.she = key;
		else state.he = key;
	};
	doc.sentences.forEach((s: Sentence, i: number) => {
		if (s.sectionIndex !== section) {
			section = s.sectionIndex;
			sectionState = {};
			titleState = {};
			paragraphTopic = {};
			previousTopic = {};
			const title = doc.sections[section]?.title;
			if (title) {
				const m = findPersonNames(title, known)[0];
				if (m) setFor(titleState, canonicalPerson(m.name, known).key);
			}
		}
		if (s.paragraphIndex !== paragraph) {
			// The main subject, named in the paragraph before, stays the topic ("He was elected President …").
			const mainNamed = !!main && mentioned.has(main);
			mentioned.clear();
			paragraph = s.paragraphIndex;
			if (mainNamed) {
				if (mainFemale) paragraphTopic = { she: main };
				else paragraphTopic = { he: main };
			}
			paragraphState = {};
			// A paragraph without a named subject (list items, "he" throughout) keeps the topic before it.
			if (paragraphTopic.he || paragraphTopic.she) previousTopic = paragraphTopic;
			paragraphTopic = {};
		}
		// A new paragraph's "he" continues the previous paragraph's topic, else the section title's person
		// (a biography entry), else the section's last subject, else the document's main subject.
		const ante: Antecedents = {
			he:
				paragraphState.he ??
				previousTopic.he ??
				titleState.he ??
				sectionState.he ??
				(main && !mainFemale ? main : undefined),
			she:
				paragraphState.she ??
				previousTopic.she ??
				titleState.she ??
				sectionState.she ??
				(main && mainFemale ? main : undefined)
		};
		out.push(ante);
		if (main && s.text.includes(known.people.get(main)?.display ?? '\u0000')) mentioned.add(main);
		const subject = sentenceSubject(s.text, known, ante, known.mentions?.[i]);
		if (subject) {
			if (!paragraphTopic.he && !paragraphTopic.she) setFor(paragraphTopic, subject);
			setFor(paragraphState, subject);
			setFor(sectionState, subject);
		}
	});
	return out;
}

/**
 * Antecedents for a clause later in a sentence: a person who is the subject of an earlier clause of the
 * same sentence wins ("In May 1925 Trotsky was given a new post; he was put on …").
 */
export function antecedentsAt(text: string, at: number, known: PersonIndex, ante: Antecedents): Antecedents {
	if (at <= 0) return ante;
	const before = text.slice(0, at);
	let he = ante.he;
	let she = ante.she;
	const names = findPersonNames(before, known);
	// With no antecedent at all, the last person named earlier in the sentence is the best guess.
	const lastNamed = names[names.length - 1];
	if (lastNamed && !he && !she) {
		const key = canonicalPerson(lastNamed.name, known).key;
		if (isFemale(key, known)) she = key;
		else he = key;
	}
	for (const m of names) {
		const after = before.slice(m.index + m.length);
		if (!/^\s+(?:(?:also|then|later|again)\s+)?(?:was|were|had|has|is|became|[a-z]{3,}ed)\b/.test(after))
			continue;
		const key = canonicalPerson(m.name, known).key;
		if (isFemale(key, known)) she = key;
		else he = key;
	}
	return { he, she };
}

/** Everything both extractors need about a document's people, computed once per document. */
export interface PeopleContext {
	index: PersonIndex;
	antecedents: Antecedents[];
}

const contexts = new WeakMap<IngestedDocument, PeopleContext>();
const builtIndexes = new WeakMap<IngestedDocument, PersonIndex>();

/**
 * The document's person index as `buildPersonIndex` makes it, built once per document. Each caller gets
 * its own `people` map: the office extractors add the holders they find to theirs, which must not leak
 * into another extractor's view of the document.
 */
export function freshPersonIndex(doc: IngestedDocument): PersonIndex {
	let built = builtIndexes.get(doc);
	if (!built) {
		built = buildPersonIndex(doc);
		builtIndexes.set(doc, built);
	}
	return { ...built, people: new Map(built.people) };
}

export function peopleContext(doc: IngestedDocument): PeopleContext {
	let ctx = contexts.get(doc);
	if (!ctx) {
		const index = freshPersonIndex(doc);
		ctx = { index, antecedents: resolvePronouns(doc, index) };
		contexts.set(doc, ctx);
	}
	return ctx;
}

/** Display name for a person key. */
export function displayName(key: string, known: PersonIndex): string {
	return known.people.get(key)?.display ?? key.charAt(0).toUpperCase() + key.slice(1);
}
