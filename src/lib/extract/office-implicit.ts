import type { IngestedDocument, Sentence } from '../ingest/types';
import { placeDate, sentenceDates, type FoundDate } from './dates';
import { findPostTitles } from './office-titles';
import {
	NAME,
	TAIL,
	fullWhereNeverAlone,
	personKey,
	plausibleName,
	registered,
	withParticle
} from './office-names';
import { antecedentsAt, canonicalPerson, isCommonWord, peopleContext, type PersonIndex } from './people';
import type { DateValue, Fact, OfficeFact, SuccessionVerb } from './types';

/**
 * Posts a sentence states without writing the post's title, as history texts of every country do:
 * - a throne: "Victoria ascended the throne on 20 June 1837", "Akbar reigned 1556–1605",
 *   "Akbar (r. 1556–1605)", "Charles X abdicated in 1830", "Aurangzeb proclaimed himself emperor";
 * - a charge named by its noun alone: "the premiership passed to Lord Rosebery", "Vargas assumed the
 *   presidency in 1930";
 * - a government formed: "Gladstone formed his first ministry in December 1868" (its head);
 * - a succession without the post: "Jahangir succeeded Akbar in 1605" (the post Akbar held).
 * The title comes from the document: the one the text gives the person ("Queen Victoria", "the Mughal
 * emperor Akbar"), else the one monarch's or head of government's title the document uses. A sentence
 * whose post the document never names yields nothing: a card needs a named post.
 */

/** Titles of rulers, as a document writes them before a name ("Emperor Akbar", "the emperor Akbar"). */
const RULER =
	'king|queen|emperor|empress|tsar|tsarina|czar|tsaritsa|kaiser|sultan|sultana|shah|caliph|khan|shogun|pharaoh|pope|doge|khedive|emir|maharaja|raja';
const RULER_RE = new RegExp(String.raw`^(?:${RULER})$`, 'i');
const MALE_RULER = /\b(?:King|Emperor|Tsar|Czar|Kaiser|Sultan|Shah|Khan|Pharaoh|Maharaja|Raja)$/;
/** Heads of government, as "formed a ministry" implies. */
const HEAD_OF_GOVERNMENT =
	/\b(prime minister|premier|chancellor(?! of the exchequer)|grand vizier|president of the council)\b/gi;

const SUBJECT = String.raw`(${NAME}|[Hh]e|[Ss]he)${TAIL}\s+(?:(?:\w+ly|then|later|also|finally|eventually|soon|thus)\s+)?`;
/** A subject and an earlier predicate it shares: "Aurangzeb deposed his father in 1658 and proclaimed …". */
const SUBJECT_AND = String.raw`(${NAME}|[Hh]e|[Ss]he)${TAIL}\s+(?:[a-z]+ed\b[^.;:]{0,160}?\s+and\s+)?(?:(?:\w+ly|then|later|also|finally)\s+)?`;
const THRONE = new RegExp(
	String.raw`${SUBJECT_AND}(?:(ascended|came\s+to|acceded\s+to|succeeded\s+to|mounted|inherited|was\s+restored\s+to|was\s+placed\s+on)\s+(?:the\s+)?(?:[A-Z][\p{L}-]+\s+)?throne(?:\s+of\s+((?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2}))?|(was\s+(?:crowned|enthroned))(?!\s+(?:as\s+)?(?:the\s+)?(?:[A-Z]|${RULER})))`,
	'gu'
);
const REIGNED = new RegExp(String.raw`${SUBJECT}(?:reigned|ruled)\s+(?:from\s+)?(?=\d)`, 'g');
const REIGN_BRACKET = new RegExp(
	String.raw`(?:^|[^\p{L}])(${NAME})\s*\(\s*(?:r\.|reigned|ruled|reign)\s*(?=\d)`,
	'gu'
);
const SELF_PROCLAIMED = new RegExp(
	String.raw`${SUBJECT_AND}(proclaimed|declared|crowned|made)\s+(?:himself|herself)\s+(?:the\s+)?(?:first\s+)?`,
	'g'
);
const LEFT_THRONE = new RegExp(
	String.raw`${SUBJECT}(?:(abdicated|renounced\s+the\s+throne)|(?:was|were)\s+(deposed|dethroned))\b`,
	'g'
);
/** The charge nouns the post is read from; "the presidency" alone is of the document's one state. */
const CHARGE_NOUN: Record<string, string> = {
	premiership: 'Prime Minister',
	presidency: 'President',
	chancellorship: 'Chancellor',
	papacy: 'Pope',
	vizierate: 'Grand Vizier',
	'grand vizierate': 'Grand Vizier',
	throne: '',
	crown: ''
};
const CHARGE = `(?:the\\s+)?(${Object.keys(CHARGE_NOUN).join('|')})`;
/** A cheap test before the charge patterns run: the sentence names a charge at all. */
const CHARGE_WORD = new RegExp(String.raw`\b(?:${Object.keys(CHARGE_NOUN).join('|')})\b`, 'i');
const PASSED_TO = new RegExp(
	String.raw`\b${CHARGE}\s+(?:then\s+|finally\s+|now\s+)?(?:passed|fell|went|devolved)\s+to\s+(?:(?:his|her)\s+\w+\s+)?(?:Sir\s+|Lord\s+)?(${NAME})`,
	'gi'
);
const ASSUMED = new RegExp(
	String.raw`${SUBJECT}(assumed|took\s+up|took\s+over|won|gained|resigned|relinquished|gave\s+up|lost)\s+${CHARGE}(?!\s+(?:of|for)\s)`,
	'g'
);
const FORMED = new RegExp(
	String.raw`${SUBJECT}formed\s+(?:(?:his|her|a|the|another)\s+)?(?:(?:first|second|third|fourth|fifth|new|coalition|minority|national|short-lived|last|own)\s+)*(ministry|government|cabinet|administration)\b`,
	'g'
);
const SUCCEEDED_NO_POST = new RegExp(
	String.raw`${SUBJECT}(succeeded|replaced)\s+(?:(?:his|her|their)\s+(?:elder\s+|younger\s+)?(?:father|mother|brother|half-brother|sister|uncle|cousin|grandfather|husband|wife)\s+)?(${NAME})(?!\s+as\b|\s*,\s+as\b|\s+in\s+(?:the\s+)?(?:post|office|command|leadership))`,
	'g'
);

const KIN_WORD = String.raw`(?:eldest\s+|elder\s+|younger\s+|youngest\s+|only\s+|second\s+|third\s+)?(son|daughter|brother|half-brother|nephew|grandson|sister|cousin)`;
const DIED_SUCCEEDED = new RegExp(
	String.raw`(${NAME})${TAIL}\s+(?:died|abdicated|was\s+(?:deposed|killed|assassinated|overthrown|murdered))\b[^.;]{0,100}?\band\s+was\s+succeeded\s+by\s+(?:(?:his|her)\s+${KIN_WORD}\s*,?\s+)?(${NAME})`,
	'g'
);
const KIN_SUCCEEDED_HIM = new RegExp(
	String.raw`(${NAME})['’]s\s+${KIN_WORD}\s+(${NAME})\s+succeeded\s+(?:him|her)\b(?:\s+as\s+(${NAME}))?`,
	'g'
);
const WHO_REIGNED = new RegExp(
	String.raw`(${NAME})\s*(?:\([^()]{1,40}\))?,\s+who\s+(?:had\s+)?(?:reigned|ruled)\s+(?:from\s+)?(?=\d)`,
	'g'
);

/** Proposals and refusals are not holdings. */
const NOT_HELD =
	/\b(?:would|could|might|should|must|refused|declined|hoped|wanted|planned|tried|failed|not|never)\b/i;

/** A capitalised word after a ruler's title: the name the title is given to ("Queen Victoria"). */
const RULER_EITHER_CASE = RULER.split('|')
	.map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
	.join('|');
const TITLED = new RegExp(
	String.raw`(?:\b([A-Z][\p{Ll}]{2,})\s+)?\b(${RULER_EITHER_CASE})s?\b(?:\s+((?:[A-Z][\p{L}-]+\s+){0,3}[A-Z][\p{L}-]+(?:\s+[IVX]{1,5}\b)?))?`,
	'gu'
);

interface RulerTitles {
	/** Title per name the document gives it ("victoria" → "Queen", "akbar" → "Mughal Emperor"). */
	byName: Map<string, Set<string>>;
	/** How often the document uses each ruler's title, of anyone ("the emperor", "Queen Victoria"). */
	uses: Map<string, number>;
	/** Titles written with their state ("the Mughal emperor", "Ottoman sultans"). */
	stated: Set<string>;
}

const rulerTitleCache = new WeakMap<IngestedDocument, RulerTitles>();

/**
 * Rulers' titles as the document uses them. "Shah Jahan" is a name, not the shah Jahan: a title
 * always written before the same name, which never stands alone, is part of that name; so is one
 * written after a name ("Bairam Khan", "Nader Shah").
 */
export function rulerTitles(doc: IngestedDocument): RulerTitles {
	const cached = rulerTitleCache.get(doc);
	if (cached) return cached;
	const out: RulerTitles = { byName: new Map(), uses: new Map(), stated: new Set() };
	const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
	for (const m of doc.clean.matchAll(TITLED)) {
		const head = cap(m[2]).replace(/^Czar$/, 'Tsar');
		// "the Mughal emperor", "the Ottoman sultan"; not "When King …" nor "Victoria Queen".
		const state =
			m[1] && !isCommonWord(m[1]) && /(?:an|ian|ish|ese|ch|al|ic|i)$/.test(m[1]) ? `${m[1]} ` : '';
		// "Bairam Khan", "Sa'dullah Khan": a title written after a name is part of it.
		const titleAt = m.index! + m[0].indexOf(m[2], m[1] ? m[1].length : 0);
		const prior = /(\p{Lu}[\p{L}’'-]*)\s+$/u.exec(doc.clean.slice(Math.max(0, titleAt - 30), titleAt));
		if (/^[A-Z]/.test(m[2]) && prior && !state && !isCommonWord(prior[1])) continue;
		// The name: its first one or two capitalised words, up to a rank ("Shah Jahan, Prince Salim").
		const name = m[3]
			?.split(/\s+/)
			.slice(0, 2)
			.filter(
				(w, k, all) => !all.slice(0, k + 1).some((x) => isCommonWord(x) || /^(?:Prince|Princess)$/.test(x))
			)
			.join(' ');
		const add = (last: string) => {
			const key = last.toLowerCase();
			out.byName.set(key, (out.byName.get(key) ?? new Set()).add(`${state}${head}`));
		};
		const use = () => {
			out.uses.set(head, (out.uses.get(head) ?? 0) + 1);
			if (state) out.stated.add(`${state}${head}`);
		};
		if (!name) use();
		// "the emperor Akbar": a lower-case title is a title whatever follows.
		else if (/^[a-z]/.test(m[2])) {
			add(name.split(/\s+/).pop()!);
			use();
		} else {
			const last = name.split(/\s+/).pop()!;
			// The name alone elsewhere ("Victoria's reign"): the capitalised word before it was a title.
			const alone = new RegExp(String.raw`(?<!\p{Lu}[\p{L}’'-]*\s+)(?<![\p{L}])${last}(?![\p{L}])`, 'u');
			if (alone.test(doc.clean)) {
				add(last);
				use();
			}
		}
	}
	rulerTitleCache.set(doc, out);
	return out;
}

/** The title the document gives this person ("Queen Victoria", "the Mughal emperor Akbar"). */
function titleOfPerson(doc: IngestedDocument, name: string): string | undefined {
	const last = name.trim().split(/\s+/).pop()!.toLowerCase();
	const titles = [...(rulerTitles(doc).byName.get(last) ?? [])];
	if (titles.length === 0) return undefined;
	// "Emperor" and "Mughal Emperor" are one title: the longer form wins; two heads are no answer.
	if (new Set(titles.map((t) => t.split(' ').pop())).size > 1) return undefined;
	return titles.sort((a, b) => b.length - a.length)[0];
}

/**
 * The title of the document's line of rulers: the one it uses, or the one it uses far more than any
 * other ("emperor" throughout a history of the Mughals, beside a "King of the World" gloss).
 */
function documentRulerTitle(doc: IngestedDocument): string | undefined {
	const titles = rulerTitles(doc);
	const ranked = [...titles.uses.entries()].sort((a, b) => b[1] - a[1]);
	if (ranked.length === 0 || (ranked.length > 1 && (ranked[0][1] < 3 || ranked[0][1] < 2 * ranked[1][1])))
		return undefined;
	const head = ranked[0][0];
	// "the Mughal emperor Humayun": the line of rulers is "Mughal Emperor" when the document says so.
	const qualified = new Set(
		[...titles.stated, ...[...titles.byName.values()].flatMap((t) => [...t])].filter(
			(t) => /\s/.test(t) && t.endsWith(head)
		)
	);
	return qualified.size === 1 ? [...qualified][0] : head;
}

/** The head of government's title the document uses most ("Prime Minister"), if any. */
function documentHeadOfGovernment(doc: IngestedDocument): string | undefined {
	const counts = new Map<string, number>();
	for (const m of doc.clean.matchAll(HEAD_OF_GOVERNMENT)) {
		// "Lord Chancellor" is a judge, not a head of government.
		if (/lord\s+$/i.test(doc.clean.slice(Math.max(0, m.index! - 5), m.index!))) continue;
		const t = m[1].toLowerCase();
		counts.set(t, (counts.get(t) ?? 0) + 1);
	}
	const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
	return best ? best[0].replace(/\b\w/g, (c) => c.toUpperCase()).replace(/ Of The /, ' of the ') : undefined;
}

/** The state the document's one "President" belongs to ("President of the United States"). */
function documentPost(doc: IngestedDocument, head: string): string | undefined {
	const full = new Set<string>();
	for (const s of doc.sentences)
		for (const t of findPostTitles(s.text, true))
			if (
				(t.organisation || t.state) &&
				t.office
					.toLowerCase()
					.replace(/^\S+\s+/, (w) => (t.state ? '' : w))
					.startsWith(head.toLowerCase())
			)
				full.add(t.office);
	return full.size === 1 ? [...full][0] : undefined;
}

interface Found {
	personSlot: string;
	personAt: number;
	office: string;
	organisation?: string;
	how: SuccessionVerb;
	/** Where the clause's date is looked for. */
	from: number;
	/** A range is a reign's start and end ("reigned 1556–1605"). */
	range?: boolean;
	/** "who reigned from 1837": a start without an end will do. */
	openRange?: boolean;
	/** The sentence's date is another event's ("Babur died on 26 December 1530 and was succeeded by …"). */
	undated?: boolean;
	predecessor?: string;
}

/** Office facts a sentence implies without naming the post; `found` are the facts read so far. */
export function extractImplicitOffices(doc: IngestedDocument, found: Fact[]): OfficeFact[] {
	const { index: known, antecedents } = peopleContext(doc);
	const perSentence = sentenceDates(doc);
	const offices = found.filter((f): f is OfficeFact => f.kind === 'office');
	const taken = new Map<number, Set<string>>();
	for (const f of offices)
		taken.set(
			f.sentence.start,
			(taken.get(f.sentence.start) ?? new Set()).add(canonicalPerson(f.person, known).key)
		);
	const facts: OfficeFact[] = [];
	let rulerTitle: string | null | undefined;
	let headOfGovernment: string | null | undefined;
	/** The ruler's post the text already gave this person ("Charles X was King of France from 1824"). */
	const heldRuler = (name: string): string | undefined => {
		const key = canonicalPerson(name, known).key;
		return [...offices, ...facts]
			.filter((f) => canonicalPerson(f.person, known).key === key)
			.map((f) => f.office)
			.find((o) =>
				RULER_RE.test(
					o
						.split(/\s+of\s+/)[0]
						.split(' ')
						.pop()!
				)
			);
	};
	const ruler = (name: string, sentenceText: string): string | undefined => {
		const held = heldRuler(name);
		if (held) return held;
		const own = titleOfPerson(doc, name);
		if (own) return own;
		// "Queen Victoria ascended the throne": the title in the name, when the document uses no other.
		const inSlot = new RegExp(String.raw`^(${RULER})\s`, 'i').exec(name);
		const others = [...rulerTitles(doc).uses.keys()];
		if (inSlot && others.every((t) => t.toLowerCase() === inSlot[1].toLowerCase()))
			return inSlot[1].charAt(0).toUpperCase() + inSlot[1].slice(1).toLowerCase();
		// "Queen Victoria ascended …" in this very sentence, or the document's one ruler's title.
		const here = new RegExp(String.raw`\b(${RULER})\s+(?:[A-Z][\p{L}-]+\s+)*$`, 'iu').exec(sentenceText);
		if (here) return here[1].charAt(0).toUpperCase() + here[1].slice(1).toLowerCase();
		if (rulerTitle === undefined) rulerTitle = documentRulerTitle(doc) ?? null;
		return rulerTitle ?? undefined;
	};

	doc.sentences.forEach((s: Sentence, i: number) => {
		const text = s.text;
		const ante = antecedents[i] ?? {};
		const hits: Found[] = [];
		const slotText = (m: RegExpExecArray) => text.slice(0, m.index + m[0].indexOf(m[1]));

		for (const m of /throne|crowned|enthroned/i.test(text) ? text.matchAll(THRONE) : []) {
			const name = m[1];
			const who = nameOf(name, ante, known);
			const title = ruler(who, slotText(m as RegExpExecArray));
			if (!title) continue;
			// A queen does not become "King", nor a consort crowned beside him: the document's title of its
			// rulers is not hers.
			const female =
				/\b(?:she|her|consort)\b/i.test(text) || /^(?:She|Her)\b/.test(doc.sentences[i + 1]?.text ?? '');
			if (!titleOfPerson(doc, who) && !heldRuler(who) && MALE_RULER.test(title) && female) continue;
			const land = m[3]?.replace(/^the\s+/, '');
			const office = land && !/\s/.test(title) ? `${title} of ${land}` : title;
			hits.push({
				personSlot: name,
				personAt: m.index! + m[0].indexOf(name),
				office,
				how: 'became',
				// "defeated Dara at Samugarh on 29 May 1658, …, and was crowned on 31 July 1658": the verb's date.
				from: m.index! + m[0].lastIndexOf(m[2] ?? m[4])
			});
		}
		for (const m of /reign|ruled|\(r\./i.test(text)
			? [...text.matchAll(REIGNED), ...text.matchAll(REIGN_BRACKET)]
			: []) {
			const title = ruler(nameOf(m[1], ante, known), slotText(m as RegExpExecArray));
			if (!title) continue;
			hits.push({
				personSlot: m[1],
				personAt: m.index! + m[0].indexOf(m[1]),
				office: title,
				how: 'held',
				from: m.index! + m[0].length,
				range: true
			});
		}
		for (const m of /himself|herself/.test(text) ? text.matchAll(SELF_PROCLAIMED) : []) {
			const at = m.index! + m[0].length;
			const t = findPostTitles(text.slice(at), true)[0];
			if (
				!t ||
				t.index !== 0 ||
				!RULER_RE.test(
					t.office
						.split(/\s+of\s+/)[0]
						.split(' ')
						.pop()!
				)
			)
				continue;
			hits.push({
				personSlot: m[1],
				personAt: m.index! + m[0].indexOf(m[1]),
				office: t.office,
				organisation: t.organisation,
				how: 'became',
				from: m.index! + m[0].lastIndexOf(m[2])
			});
		}
		for (const m of /abdicat|deposed|dethroned|renounced/.test(text) ? text.matchAll(LEFT_THRONE) : []) {
			const title = ruler(nameOf(m[1], ante, known), slotText(m as RegExpExecArray));
			if (!title) continue;
			hits.push({
				personSlot: m[1],
				personAt: m.index! + m[0].indexOf(m[1]),
				office: title,
				how: m[2] ? 'resigned' : 'removed',
				// "Nicholas II, who reigned from 1894, abdicated in March 1917": the verb's date.
				from: m.index! + m[0].lastIndexOf(m[2] ?? m[3])
			});
		}
		for (const m of CHARGE_WORD.test(text) ? text.matchAll(PASSED_TO) : []) {
			const office = chargePost(m[1], m[2]);
			if (!office) continue;
			hits.push({
				personSlot: m[2],
				personAt: m.index! + m[0].lastIndexOf(m[2]),
				office,
				how: 'became',
				from: m.index!
			});
		}
		for (const m of CHARGE_WORD.test(text) ? text.matchAll(ASSUMED) : []) {
			const office = chargePost(m[3], m[1]);
			if (!office) continue;
			const leaving = /^(?:resigned|relinquished|gave|lost)/.test(m[2]);
			hits.push({
				personSlot: m[1],
				personAt: m.index! + m[0].indexOf(m[1]),
				office,
				how: leaving ? (/^lost/.test(m[2]) ? 'removed' : 'resigned') : 'became',
				from: m.index!
			});
		}
		for (const m of /\bformed\b/.test(text) ? text.matchAll(FORMED) : []) {
			if (headOfGovernment === undefined) headOfGovernment = documentHeadOfGovernment(doc) ?? null;
			if (!headOfGovernment) continue;
			const office = qualifiedPost(headOfGovernment);
			if (!office) continue;
			hits.push({
				personSlot: m[1],
				personAt: m.index! + m[0].indexOf(m[1]),
				office,
				how: 'became',
				from: m.index!
			});
		}
		for (const m of /succeeded|replaced/.test(text) ? text.matchAll(SUCCEEDED_NO_POST) : []) {
			const prevName = m[3];
			const prevKey = personKey(prevName, known, ante, text, m.index! + m[0].lastIndexOf(prevName));
			if (!prevKey) continue;
			const post = lastPostOf(prevKey, i) ?? rulerPost(prevName, m[1]);
			if (!post) continue;
			hits.push({
				personSlot: m[1],
				personAt: m.index! + m[0].indexOf(m[1]),
				office: post.office,
				organisation: post.organisation,
				how: 'succeeded',
				from: m.index! + m[0].length,
				predecessor: canonicalPerson(prevName, known).display
			});
		}

		// "Babur died at Agra in 1530 and was succeeded by his eldest son, Humayun".
		for (const m of /succeeded\s+by/.test(text) ? text.matchAll(DIED_SUCCEEDED) : []) {
			const prevKey = personKey(m[1], known, ante, text, m.index!);
			if (!prevKey) continue;
			const post = lastPostOf(prevKey, i) ?? (m[2] ? rulerOf(m[1]) : undefined);
			if (!post) continue;
			hits.push({
				personSlot: m[3],
				personAt: m.index! + m[0].lastIndexOf(m[3]),
				...post,
				how: 'succeeded',
				from: m.index! + m[0].length,
				undated: true,
				predecessor: canonicalPerson(m[1], known).display
			});
		}
		// "Aurangzeb's son Muazzam succeeded him as Bahadur Shah I": the father's post, under a new name.
		for (const m of /succeeded\s+(?:him|her)\b/.test(text) ? text.matchAll(KIN_SUCCEEDED_HIM) : []) {
			const asName = m[4] && findPostTitles(m[4], true).some((t) => t.index === 0);
			if (asName) continue;
			const prevKey = personKey(m[1], known, ante, text, m.index!);
			if (!prevKey) continue;
			const post = lastPostOf(prevKey, i) ?? rulerOf(m[1]);
			if (!post) continue;
			hits.push({
				personSlot: m[3],
				personAt: m.index! + m[0].indexOf(m[3], m[1].length),
				...post,
				how: 'succeeded',
				from: m.index! + m[0].length,
				undated: true,
				predecessor: canonicalPerson(m[1], known).display
			});
		}
		// "The last emperor, Bahadur Shah II (Zafar), who reigned from 1837, …".
		for (const m of /\bwho\s+(?:had\s+)?(?:reigned|ruled)/.test(text) ? text.matchAll(WHO_REIGNED) : []) {
			const title = ruler(nameOf(m[1], ante, known), slotText(m as RegExpExecArray));
			if (!title) continue;
			hits.push({
				personSlot: m[1],
				personAt: m.index! + m[0].indexOf(m[1]),
				office: title,
				how: 'held',
				from: m.index! + m[0].length,
				range: true,
				openRange: /from\s*$/.test(m[0])
			});
		}

		for (const h of hits) {
			const clause = clauseAround(text, h.from);
			if (NOT_HELD.test(text.slice(clause.start, h.from + 1))) continue;
			const local = antecedentsAt(text, clause.start, known, ante);
			const key = personKey(h.personSlot, known, local, text, h.personAt);
			if (!key) continue;
			// A holding another reader took from this sentence is not read twice.
			if (taken.get(s.start)?.has(key)) continue;
			if (!/^(?:he|she)$/i.test(h.personSlot) && !plausibleName(h.personSlot) && !known.people.has(key))
				continue;
			const dates = perSentence[i].found.filter((d) => d.index >= clause.start && d.index < clause.end);
			const d = pickDate(dates, h.from);
			const value = d ? placeDate(doc, s, d) : (perSentence[i].inherited ?? perSentence[i].lead);
			if (h.range && !value?.end && !(h.openRange && value)) continue;
			if (h.undated) {
				if (!h.predecessor) continue;
				facts.push({
					kind: 'office',
					sentence: s,
					importance: 0.75,
					person: withParticle(doc, registered(key, h.personSlot, known)),
					office: h.office,
					...(h.organisation ? { organisation: h.organisation } : {}),
					how: 'succeeded',
					predecessor: h.predecessor
				});
				continue;
			}
			let start: DateValue | undefined = value?.end ? { ...value, end: undefined } : value;
			let end: DateValue | undefined = value?.end
				? { ...value, start: value.end, end: undefined }
				: undefined;
			if ((h.how === 'removed' || h.how === 'resigned') && start && !end) [start, end] = [undefined, start];
			if (!start && !end && !h.predecessor) continue;
			// "Queen Victoria" became Queen: the title is the post, not part of her name ("Shah Jahan" is).
			const head = h.office
				.split(/\s+of\s+/)[0]
				.split(' ')
				.pop()!;
			// A prince crowned is known by his name: "Prince Salim ascended the throne" → Salim.
			const written = h.personSlot.replace(
				new RegExp(String.raw`^(?:Sir|Lord|Prince|Princess|Crown\s+Prince|${head})\s+(?=\S)`, 'i'),
				''
			);
			const person = withParticle(doc, fullWhereNeverAlone(doc, registered(key, written, known), written));
			if (h.predecessor && h.predecessor === person) continue;
			facts.push({
				kind: 'office',
				sentence: s,
				importance: 0.75,
				person,
				office: h.office,
				...(h.organisation ? { organisation: h.organisation } : {}),
				how: h.how,
				...(start ? { start } : {}),
				...(end ? { end } : {}),
				...(h.predecessor ? { predecessor: h.predecessor } : {})
			});
		}
	});
	return facts;

	/** A ruler's post for a person the text gives none: the title the document gives him or its rulers. */
	function rulerOf(name: string): { office: string } | undefined {
		const title = titleOfPerson(doc, name) ?? documentRulerTitle(doc);
		return title && !new RegExp(String.raw`\b(?:${RULER})\b`, 'i').test(name) ? { office: title } : undefined;
	}

	/** "the premiership" → "Prime Minister"; "the throne" → the person's ruler title. */
	function chargePost(noun: string, name: string): string | undefined {
		const n = noun.toLowerCase().replace(/\s+/g, ' ');
		const head = CHARGE_NOUN[n];
		if (head === '') return titleOfPerson(doc, name) ?? documentRulerTitle(doc);
		if (head === 'Prime Minister' && !/prime minister/i.test(doc.clean) && /\bpremier\b/i.test(doc.clean))
			return 'Premier';
		return qualifiedPost(head);
	}

	/** "President" alone names nothing: the document's one "President of …", else no post. */
	function qualifiedPost(head: string): string | undefined {
		if (/^(?:Prime Minister|Premier|Pope|Grand Vizier|President of the Council)$/.test(head)) return head;
		return documentPost(doc, head);
	}

	/** The post the predecessor held by the text's own facts: the nearest one before, else after. */
	function lastPostOf(key: string, at: number): { office: string; organisation?: string } | undefined {
		const theirs = [...offices, ...facts].filter(
			(f) =>
				canonicalPerson(f.person, known).key === key &&
				f.how !== 'removed' &&
				f.how !== 'resigned' &&
				!/^(?:member|candidate|full member|alternate member)\b/i.test(f.office)
		);
		const before = theirs.filter((f) => doc.sentences.indexOf(f.sentence) < at).pop();
		const post = before ?? theirs[0];
		// Several different posts after it: which one passed on is not clear.
		if (!before && new Set(theirs.map((f) => f.office)).size > 1) return undefined;
		return post ? { office: post.office, organisation: post.organisation } : undefined;
	}

	/** A succession between two rulers the document titles the same: "Emperor Jahangir succeeded Emperor Akbar". */
	function rulerPost(prev: string, next: string): { office: string; organisation?: string } | undefined {
		const a = titleOfPerson(doc, prev);
		const b = /^(?:he|she)$/i.test(next) ? a : titleOfPerson(doc, next);
		return a && a === b ? { office: a } : undefined;
	}
}

/** The name a subject slot stands for: itself, or the person "he"/"she" points to. */
function nameOf(slot: string, ante: { he?: string; she?: string }, known: PersonIndex): string {
	if (/^he$/i.test(slot)) return ante.he ? (known.people.get(ante.he)?.display ?? ante.he) : slot;
	if (/^she$/i.test(slot)) return ante.she ? (known.people.get(ante.she)?.display ?? ante.she) : slot;
	return slot;
}

/** The clause around a position: split at ";" and " – ". */
function clauseAround(text: string, index: number): { start: number; end: number } {
	let start = 0;
	let end = text.length;
	for (const m of text.matchAll(/;|\s[–—]\s|,\s+(?:and|but|while|whereas)\s/g)) {
		if (m.index! + m[0].length <= index) start = m.index! + m[0].length;
		else if (m.index! >= index) {
			end = m.index!;
			break;
		}
	}
	return { start, end };
}

/** The clause's first date after the verb, else its first date. */
function pickDate(dates: FoundDate[], from: number): FoundDate | undefined {
	return dates.find((d) => d.index >= from) ?? dates[0];
}
