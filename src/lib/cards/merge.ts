/**
 * Deduplication and conflicts. Cards are grouped by their normalised question: one question must
 * have one answer. The same answer from several documents becomes one card citing them all; a
 * different answer from another document is kept as a conflict the student sees ("Sources disagree").
 */
import type { Card, CardDate } from './types';
import { normaliseKey } from './text';
import { stableCardId } from './hash';
import { examWorthyCard } from './exam-worthiness';

export function questionKey(card: Pick<Card, 'front'>): string {
	return normaliseKey(card.front);
}

/**
 * Cards that ask the same question: the same normalised front, or for "When did X become <post>?"
 * the same person and post however each document names the post's body.
 */
export function mergeKey(card: Pick<Card, 'front' | 'kind' | 'factKey'>): string {
	if (card.kind === 'office' && card.factKey.endsWith('|when')) return card.factKey;
	return questionKey(card);
}

function dateIsos(date: CardDate): string[] {
	return [date.iso, date.alt?.iso].filter((x): x is string => !!x);
}

function compatibleIso(a: string, b: string): boolean {
	return a === b || a.startsWith(`${b}-`) || b.startsWith(`${a}-`);
}

/** Two answers to one question agree: same words, one a fuller form of the other, or the same date. */
export function answersAgree(a: Card, b: Card): boolean {
	if (a.date && b.date && a.kind !== 'thesis' && b.kind !== 'thesis' && /\d/.test(a.back) && /\d/.test(b.back)) {
		const sameStart = dateIsos(a.date).some((x) => dateIsos(b.date as CardDate).some((y) => compatibleIso(x, y)));
		const ae = a.date.endIso;
		const be = b.date.endIso;
		return sameStart && (!ae || !be || compatibleIso(ae, be));
	}
	const ka = ` ${normaliseKey(a.back)} `;
	const kb = ` ${normaliseKey(b.back)} `;
	return ka === kb || ka.includes(kb) || kb.includes(ka);
}

/**
 * Within one document a question with two different answers is ambiguous ("When did Kalinin speak?").
 * Keep the answer the document gives most often; drop the question when there is no majority.
 */
export function dedupeWithinDocument(cards: Card[]): Card[] {
	return oneWordingPerFact(oneDatePerWork(firstOfRepeatedEvents(dedupeByQuestion(cards))));
}

/** Words that say how a question is asked, not which post or event it is about. */
const WORDING_ONLY = new Set(
	(
		'when who which what was were did do does is are be been the a an of to in on at for from as and by with ' +
		'post office position hold held become became elected appointed made named took take serve served until ' +
		'january february march april may june july august september october november december'
	).split(' ')
);

/** The post or event a card is about: its words, less the person's name, dates and question wording. */
function factWords(card: Card): Set<string> {
	const names = new Set(card.people.flatMap((p) => normaliseKey(p).split(' ')));
	const text = normaliseKey(`${card.front} ${card.back} ${card.office ?? ''}`);
	return new Set(text.split(' ').filter((w) => w && !/\d/.test(w) && !WORDING_ONLY.has(w) && !names.has(w)));
}

/** Two office/date cards state one fact: same person, same date (and end, where both give one), same post. */
function sameFact(a: Card, b: Card, words: Map<Card, Set<string>>): boolean {
	if (!a.date || !b.date || a.date.iso !== b.date.iso) return false;
	if (a.date.endIso && b.date.endIso && a.date.endIso !== b.date.endIso) return false;
	const wa = words.get(a) as Set<string>;
	const wb = words.get(b) as Set<string>;
	const shared = [...wa].filter((w) => wb.has(w)).length;
	return shared > 0 && shared >= 0.8 * Math.min(wa.size, wb.size) && shared >= 0.5 * Math.max(wa.size, wb.size);
}

/**
 * "When was Kalinin Chairman of the Presidium …?" (1938–1946), "Who became Chairman of the Presidium … in
 * 1938?" and "When was Kalinin elected chairman …?": one document telling one appointment in several
 * sentences gives one fact several wordings. The student learns it once: the wording that names the post
 * most fully, in its basic form, stays with its reverse; the other wordings go. Different dates, posts or
 * people are different facts and all stay.
 */
export function oneWordingPerFact(cards: Card[]): Card[] {
	// Only cards a teacher keeps may stand for the fact (the worthiness filter runs after this one).
	const candidates = cards.filter(
		// A succession ("Who succeeded Bismarck as …?") asks for the predecessor too: another fact.
		(c) =>
			c.kind !== 'thesis' &&
			c.date &&
			c.people.length > 0 &&
			!c.factKey.includes('|after|') &&
			examWorthyCard(c) !== undefined
	);
	const words = new Map(candidates.map((c) => [c, factWords(c)]));
	const byPerson = new Map<string, Card[]>();
	for (const card of candidates) {
		const key = `${normaliseKey(card.people[0])}|${card.date?.iso}`;
		byPerson.set(key, [...(byPerson.get(key) ?? []), card]);
	}
	const dropped = new Set<Card>();
	for (const group of byPerson.values()) {
		const factKeys = [...new Set(group.map((c) => c.factKey))];
		if (factKeys.length < 2) continue;
		// Facts (cards sharing a factKey) linked by sameFact form one cluster.
		const parent = new Map(factKeys.map((k) => [k, k]));
		const find = (k: string): string => (parent.get(k) === k ? k : find(parent.get(k) as string));
		for (const a of group)
			for (const b of group)
				if (a.factKey < b.factKey && sameFact(a, b, words)) parent.set(find(a.factKey), find(b.factKey));
		const clusters = new Map<string, string[]>();
		for (const k of factKeys) clusters.set(find(k), [...(clusters.get(find(k)) ?? []), k]);
		for (const keys of clusters.values()) {
			if (keys.length < 2) continue;
			const score = (k: string) => {
				const of = group.filter((c) => c.factKey === k);
				return [
					of[0].kind === 'office' ? 1 : 0,
					Math.max(...of.map((c) => (words.get(c) as Set<string>).size)),
					of.some((c) => c.form === 'basic') ? 1 : 0,
					new Set(of.map((c) => c.form)).size,
					of.some((c) => c.date?.endIso) ? 1 : 0,
					Math.max(...of.map((c) => c.importance)),
					-Math.min(...of.map((c) => c.source.start))
				];
			};
			const better = (x: number[], y: number[]) => {
				for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] > y[i];
				return false;
			};
			const best = keys.reduce((x, y) => (better(score(y), score(x)) ? y : x));
			for (const c of group) if (c.factKey !== best && keys.includes(c.factKey)) dropped.add(c);
		}
	}
	return cards.filter((c) => !dropped.has(c));
}

/** What befell a person again and again: arrests, exiles, escapes. */
const REPEATED_EVENT = /\b(arrested|exiled|deported|banished|imprisoned|escaped|jailed)\b/i;

/**
 * "When was Kalinin arrested and confined in the Kresty Prison?" — one of five arrests a biography lists.
 * Three or more of one kind for one person are routine: the first stays (the earliest, or the one the
 * question calls first), the rest are details no exam asks for.
 */
export function firstOfRepeatedEvents(cards: Card[]): Card[] {
	const groups = new Map<string, Card[]>();
	for (const card of cards) {
		const event = card.kind === 'date' && card.date && card.people[0] ? REPEATED_EVENT.exec(card.front) : null;
		if (!event) continue;
		const key = `${normaliseKey(card.people[0])}|${event[1].toLowerCase()}`;
		groups.set(key, [...(groups.get(key) ?? []), card]);
	}
	const drop = new Set<Card>();
	for (const group of groups.values()) {
		if (group.length < 3) continue;
		// One card stays: the one the question calls first, else the earliest. Two cards of the earliest
		// year ("arrested and banished", 1899; "arrested in the case of the League", July 1899) tell one
		// arrest twice.
		const first = group.find((card) => /\bfirst\b/i.test(card.front));
		const year = (card: Card) => card.date?.iso.slice(0, 4) ?? '';
		const earliest = group.reduce((a, b) => (year(a) <= year(b) ? a : b));
		// Of the earliest year's cards, the one with the fullest date: a day or month is the answer to learn.
		const keep =
			first ??
			group
				.filter((card) => year(card) === year(earliest))
				.reduce((a, b) => ((b.date?.iso.length ?? 0) > (a.date?.iso.length ?? 0) ? b : a));
		for (const card of group) if (card !== keep) drop.add(card);
	}
	return cards.filter((card) => !drop.has(card));
}

/**
 * A speech dated twice in one document — by its heading ("When did Stalin deliver “Trotskyism or
 * Leninism?”, a speech at …?") and by a chronicle entry ("When did Stalin deliver a speech on
 * “Trotskyism or Leninism?” at a meeting?") — is one fact: the stronger card stays.
 */
export function oneDatePerWork(cards: Card[]): Card[] {
	const best = new Map<string, Card>();
	const keyOf = (card: Card) => {
		const title = card.kind === 'date' && card.date ? /[“"]([^”"]{3,})[”"]/.exec(card.front)?.[1] : undefined;
		return title && `${normaliseKey(title)}|${card.date?.iso}`;
	};
	for (const card of cards) {
		const key = keyOf(card);
		if (!key) continue;
		const seen = best.get(key);
		if (!seen || card.importance > seen.importance) best.set(key, card);
	}
	return cards.filter((card) => {
		const key = keyOf(card);
		return !key || best.get(key) === card;
	});
}

function dedupeByQuestion(cards: Card[]): Card[] {
	const groups = groupByQuestion(cards);
	const kept: Card[] = [];
	for (const group of groups.values()) {
		const clusters: Card[][] = [];
		for (const card of group) {
			const cluster = clusters.find((c) => answersAgree(c[0], card));
			if (cluster) cluster.push(card);
			else clusters.push([card]);
		}
		// A definition a teacher would not examine on ("Trotskyism is forcing it upon us") must not take the
		// basic question from one that would: worthy answers first.
		const worthy = (cluster: Card[]) => (cluster.some((c) => examWorthyCard(c) !== undefined) ? 1 : 0);
		clusters.sort(
			(a, b) =>
				(a[0].kind === 'thesis' ? worthy(b) - worthy(a) : b.length - a.length) ||
				maxImportance(b) - maxImportance(a) ||
				a[0].source.start - b[0].source.start
		);
		// A date or office question with two equally supported answers is ambiguous: drop it. Two
		// definitions of one term by one author are both true; the strongest one makes the card.
		if (clusters.length > 1 && clusters[0].length === clusters[1].length && group[0].kind !== 'thesis') continue;
		const best = [...clusters[0]].sort(
			(a, b) => (a.kind === 'thesis' ? worthy([b]) - worthy([a]) : 0) || b.importance - a.importance
		)[0];
		kept.push({ ...best, importance: maxImportance(clusters[0]) });
		// The other definitions of the term are true too ("the Party is the highest form of …"): ask them
		// the other way round, with the term as the gap, so each keeps a question of its own.
		if (group[0].kind === 'thesis')
			for (const cluster of clusters.slice(1)) {
				const other = [...cluster].sort((a, b) => b.importance - a.importance)[0];
				const cloze = termCloze(other) ?? judgementCloze(other);
				if (cloze && !kept.some((k) => questionKey(k) === questionKey(cloze))) kept.push(cloze);
			}
	}
	return kept;
}

/**
 * A second judgement of one person in one work ("What did Lenin write about Stalin …?" asked twice)
 * asks for the judgement itself: "According to Lenin, “Political Testament” (1922), Comrade Stalin has
 * ____." → "unlimited authority concentrated in his hands".
 */
export function judgementCloze(card: Card): Card | undefined {
	const m = /^What did (.+?) write about .+?((?: in “[^”]+”)?(?: \(\d{4}\))?)\?$/.exec(card.front);
	const claim = /^(.+?\s(?:is|are|was|were|has|had))\s(.+)$/.exec(card.back);
	if (!m || !claim || card.form !== 'basic') return undefined;
	const gap = claim[2].replace(/[.;,]+$/, '');
	if (gap.split(/\s+/).length > 6) return undefined;
	const where = m[2].replace(/^ in /, ', ');
	return {
		...card,
		id: stableCardId(card.kind, 'cloze', `${card.factKey}|judgement`),
		form: 'cloze',
		front: `According to ${m[1]}${where}, ${claim[1]} ____.`,
		back: gap,
		factKey: `${card.factKey}|judgement`
	};
}

/**
 * "According to Stalin (1924), what is the Party?" → "The highest form of …" becomes "According to
 * Stalin (1924), ____ is the highest form of …" → "The Party". Only for short, whole definitions.
 */
export function termCloze(card: Card): Card | undefined {
	const m = /^(According to [^?]*?), what (is|are|was|were) (.+)\?$/.exec(card.front);
	if (!m || card.form !== 'basic') return undefined;
	const [, attribution, link, term] = m;
	const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
	if (words(term) > 6 || words(card.back) > 25 || /[“”"]/.test(term)) return undefined;
	// The answer was capitalised to stand alone; inside the sentence a common first word is lower case
	// again ("____ is not a change of government"), a name keeps its capital.
	const rest = /^(?:A|An|The|Not|No|Only|One|Neither|Both|Either|Nothing|Something|This|That|In|On|Of|For|To|By|With)\s/.test(card.back)
		? card.back[0].toLowerCase() + card.back.slice(1)
		: card.back;
	return {
		...card,
		id: stableCardId(card.kind, 'cloze', `${card.factKey}|term`),
		form: 'cloze',
		front: `${attribution}, ____ ${link} ${rest.replace(/[.;,]+$/, '')}.`,
		back: term[0].toUpperCase() + term.slice(1),
		factKey: `${card.factKey}|term`
	};
}

/**
 * Groups cards asking one question: the same front, or the same merge key (see `mergeKey`). A card
 * joins the group of whichever of its two keys was seen first, so no front ends up in two groups.
 */
function groupByQuestion(cards: Card[]): Map<string, Card[]> {
	const groups = new Map<string, Card[]>();
	const alias = new Map<string, string>();
	for (const card of cards) {
		const keys = [mergeKey(card), questionKey(card)];
		const known = keys.map((k) => alias.get(k)).find((k) => k !== undefined);
		const key = known ?? keys[0];
		for (const k of keys) if (!alias.has(k)) alias.set(k, key);
		const group = groups.get(key);
		if (group) group.push(card);
		else groups.set(key, [card]);
	}
	return groups;
}

function maxImportance(cards: Card[]): number {
	return Math.max(...cards.map((c) => c.importance));
}

/**
 * Two documents disagree about one event when their years are close (1925 vs 1926). Years far apart
 * ("became General Secretary" in 1922 and a re-election in 1924) are different events, not a dispute;
 * the first document's answer stands alone.
 */
export function plausibleDisagreement(a: Card, b: Card): boolean {
	// "Which post did Stalin hold from 1917?": a person holds several posts at once; both answers are true.
	if (a.kind === 'office' && a.form === 'reverse') return false;
	// Only a date answer can be "close"; other answers (who, which post) disagree outright.
	if (!a.date || !b.date || !/\d{4}/.test(a.back)) return true;
	const year = (d: CardDate) => Number(d.iso.slice(0, 4));
	return Math.abs(year(a.date) - year(b.date)) <= 1;
}

/**
 * The back a student sees when documents disagree: the primary answer, then the other answers. File
 * names are no answer; the card's sources and conflicts say which document gives which.
 */
export function backWithConflicts(card: Card, primaryBack: string): string {
	if (!card.conflicts.length) return primaryBack;
	const others = [...new Set(card.conflicts.map((c) => c.back))];
	const gives = others.length === 1 ? 'another source gives' : 'other sources give';
	return `${primaryBack}. Sources disagree: ${gives} ${others.join('; ')}.`;
}

const PRECISION_RANK = { decade: 0, year: 1, month: 2, day: 3 } as const;

/** Same date question, same date, but `a` gives it to a finer precision (and no range `b` lacks). */
function morePreciseDate(a: Card, b: Card): boolean {
	if (a.kind !== 'date' || b.kind !== 'date' || !a.date || !b.date) return false;
	if (!!a.date.endIso !== !!b.date.endIso) return false;
	return PRECISION_RANK[a.date.precision] > PRECISION_RANK[b.date.precision];
}

/**
 * Merge the cards of several documents, in document order. Each merged card keeps the id, deck and
 * wording of its first source, so adding a document never renames or moves a card.
 */
export function mergeAcrossDocuments(perDocument: Card[][]): Card[] {
	const byQuestion = new Map<string, { card: Card; back: string }>();
	const alias = new Map<string, string>();
	const order: string[] = [];
	for (const cards of perDocument) {
		for (const card of cards) {
			const keys = [mergeKey(card), questionKey(card)];
			const key = keys.map((k) => alias.get(k)).find((k) => k !== undefined) ?? keys[0];
			for (const k of keys) if (!alias.has(k)) alias.set(k, key);
			const seen = byQuestion.get(key);
			if (!seen) {
				byQuestion.set(key, { card: { ...card, sources: [...card.sources], conflicts: [...card.conflicts] }, back: card.back });
				order.push(key);
				continue;
			}
			const target = seen.card;
			const cited = (doc: string) =>
				target.sources.some((s) => s.document === doc) || target.conflicts.some((c) => c.source.document === doc);
			if (cited(card.source.document)) continue;
			if (answersAgree(target, card)) {
				target.sources.push(card.source);
				// "21 January 1924" from one document beside "1924" from another: the fuller date is the one to learn.
				if (morePreciseDate(card, target)) {
					target.date = card.date;
					seen.back = card.back;
				}
			} else if (plausibleDisagreement(target, card)) target.conflicts.push({ back: card.back, source: card.source });
			else continue;
			target.importance = Math.max(target.importance, card.importance);
		}
	}
	const ids = new Set<string>();
	const merged: Card[] = [];
	for (const key of order) {
		const { card, back } = byQuestion.get(key) as { card: Card; back: string };
		card.back = backWithConflicts(card, back);
		// Two different questions whose facts normalise alike would share an id; the question disambiguates.
		if (ids.has(card.id)) card.id = stableCardId(card.kind, card.form, `${card.factKey}|${key}`);
		ids.add(card.id);
		merged.push(card);
	}
	return merged;
}
