/**
 * "When did Yuan Shikai succeed Sun as Provisional President? → March 1912" states an office-holding
 * too: who took the post, whom they succeeded, when. A date card whose question is such a succession
 * or appointment, naming a post (checked against the lexicon of posts), also gives the office cards a
 * teacher asks — "Who succeeded Sun as Provisional President in March 1912?" and "Which office did
 * Washington take up on 30 April 1789?" — unless an office card of the same document already asks it.
 */
import { findPostTitles } from '../extract/office-titles';
import { formatIso } from './dates';
import { stableCardId } from './hash';
import type { Card } from './types';
import { normaliseKey } from './text';

interface Holding {
	person: string;
	post: string;
	predecessor?: string;
	verb: 'succeeded' | 'replaced' | 'became' | 'was inaugurated as' | 'was elected' | 'was appointed' | 'was named';
}

const NAME = String.raw`(\p{Lu}[\p{L}'’.-]*(?:\s+(?:de|van|von|da|di|bin|ibn|al-)?\s*\p{Lu}[\p{L}'’.-]*){0,3})`;
// A post may be written in lower case ("commander-in-chief of the Continental Army"); the lexicon decides.
const POST = String.raw`((?:the\s+)?(?:first\s+)?\p{L}[\p{L}'’-]*(?:\s+(?:of|the|for|and|in|\p{Lu}[\p{L}'’-]*)){0,8})`;

const PASSIVE: Record<string, string> = { elect: 'elected', appoint: 'appointed', name: 'named' };

const SHAPES: Array<[RegExp, (m: RegExpExecArray) => Holding]> = [
	[new RegExp(String.raw`^When did ${NAME} succeed ${NAME} as ${POST}\?$`, 'u'), (m) => ({ person: m[1], predecessor: m[2], post: m[3], verb: 'succeeded' })],
	[new RegExp(String.raw`^When did ${NAME} replace ${NAME} as ${POST}\?$`, 'u'), (m) => ({ person: m[1], predecessor: m[2], post: m[3], verb: 'replaced' })],
	[new RegExp(String.raw`^When did ${NAME} become ${POST}\?$`, 'u'), (m) => ({ person: m[1], post: m[2], verb: 'became' })],
	[new RegExp(String.raw`^When was ${NAME} (?:inaugurated|sworn in|installed)(?: in \p{Lu}[\p{L}'’-]*)? as ${POST}(?:,? in \p{Lu}[\p{L}'’ -]*)?\?$`, 'u'), (m) => ({ person: m[1], post: m[2], verb: 'was inaugurated as' })],
	[new RegExp(String.raw`^When was ${NAME} (elected|appointed|named) ${POST}\?$`, 'u'), (m) => ({ person: m[1], post: m[3], verb: `was ${m[2]}` as Holding['verb'] })],
	// "When did Congress name George Washington commander-in-chief of the Continental Army?": where the
	// name ends and the post begins is where the lexicon finds a post ("Count Gyula Andrássy | Prime Minister").
	[
		new RegExp(String.raw`^When did (?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3} (elect|appoint|name) (.+)\?$`, 'u'),
		(m) => {
			const split = splitNameAndPost(m[2]);
			return { person: split?.name ?? '', post: split?.post ?? '', verb: `was ${PASSIVE[m[1]]}` as Holding['verb'] };
		}
	]
];

/** "Count Gyula Andrássy Prime Minister of Hungary" → the name, and the post from the first title on. */
function splitNameAndPost(text: string): { name: string; post: string } | undefined {
	const title = findPostTitles(text, true)[0];
	if (!title || title.index === 0) return undefined;
	const name = text.slice(0, title.index).trim();
	if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 5) return undefined;
	return { name: name.replace(/^(?:Count|Countess|Baron|Prince|Duke|Lord|Sir)\s+/, ''), post: text.slice(title.index).trim() };
}

/** The post as a card names it: one of the lexicon's posts, without a leading article or ordinal. */
function knownPost(post: string): string | undefined {
	const bare = post.replace(/^the\s+/i, '').replace(/^(?:first|second|third|\d+(?:st|nd|rd|th))\s+/i, '');
	const titles = findPostTitles(bare, true);
	if (!titles.length || titles[0].index > 0) return undefined;
	return bare;
}

function when(card: Card): string | undefined {
	if (!card.date) return undefined;
	const text = formatIso(card.date.iso, card.date.precision);
	return card.date.precision === 'day' ? `on ${text}` : `in ${text}`;
}

function derived(card: Card, holding: Holding, post: string, at: string): Card[] {
	const base = `office|${normaliseKey(post)}|${normaliseKey(holding.person)}|${card.date?.iso}`;
	const common = { ...card, kind: 'office' as const, form: 'basic' as const, people: [holding.person, ...(holding.predecessor ? [holding.predecessor] : [])] };
	const who =
		holding.predecessor !== undefined
			? `Who ${holding.verb} ${holding.predecessor} as ${post} ${at}?`
			: `Who ${holding.verb === 'became' ? 'became' : holding.verb} ${post} ${at}?`;
	const out: Card[] = [{ ...common, id: stableCardId('office', 'basic', `${base}|from-date`), front: who, back: holding.person, factKey: `${base}|from-date` }];
	if (!holding.predecessor)
		out.push({
			...common,
			id: stableCardId('office', 'reverse', `${base}|from-date`),
			form: 'reverse',
			front: `Which office did ${holding.person} take up ${at}?`,
			back: post,
			factKey: `${base}|from-date`
		});
	return out;
}

/** A person and a date, by surname: "George Washington" and "Washington" are one holder. */
function holdingKey(person: string, iso: string | undefined): string {
	return `${normaliseKey(person).split(' ').pop() ?? ''}|${iso ?? ''}`;
}

export function officeCardsFromDates(cards: Card[]): Card[] {
	const asked = new Set(cards.filter((c) => c.kind === 'office').map((c) => holdingKey(c.people[0] ?? '', c.date?.iso)));
	const extra: Card[] = [];
	for (const card of cards) {
		if (card.kind !== 'date' || card.form !== 'basic' || !card.date || card.date.alt) continue;
		const at = when(card);
		for (const [re, read] of SHAPES) {
			const m = re.exec(card.front);
			if (!m || !at) continue;
			const holding = read(m);
			if (!holding.person) break;
			const post = knownPost(holding.post);
			const key = holdingKey(holding.person, card.date.iso);
			if (!post || asked.has(key)) break;
			asked.add(key);
			extra.push(...derived(card, holding, post, at));
			break;
		}
	}
	return [...cards, ...extra];
}
