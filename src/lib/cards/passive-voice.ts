/**
 * Revision notes drop the auxiliary: "Ciano removed from Foreign Ministry", "Mussolini rescued from
 * Gran Sasso by German commandos". Read as active past tense they make "When did Ciano remove from
 * Foreign Ministry?" — a verb that needs an object, followed by none. When the quote shows the name
 * followed by the participle and the same preposition, the question is put back in the passive.
 */
import { findPostTitles } from '../extract/office-titles';
import type { Card } from './types';
import { escapeRegExp } from './text';

/** Verbs that take an object, by base form, with their past participle. */
const TRANSITIVE: Record<string, string> = {
	remove: 'removed',
	rescue: 'rescued',
	arrest: 'arrested',
	dismiss: 'dismissed',
	expel: 'expelled',
	exile: 'exiled',
	depose: 'deposed',
	oust: 'ousted',
	capture: 'captured',
	kill: 'killed',
	execute: 'executed',
	elect: 'elected',
	appoint: 'appointed',
	imprison: 'imprisoned',
	release: 'released',
	free: 'freed',
	deport: 'deported',
	banish: 'banished',
	assassinate: 'assassinated',
	murder: 'murdered',
	replace: 'replaced',
	defeat: 'defeated',
	overthrow: 'overthrown',
	crown: 'crowned',
	proclaim: 'proclaimed',
	exclude: 'excluded',
	recall: 'recalled',
	transfer: 'transferred',
	promote: 'promoted',
	demote: 'demoted',
	sentence: 'sentenced',
	condemn: 'condemned',
	intern: 'interned',
	wound: 'wounded',
	shoot: 'shot',
	hang: 'hanged',
	behead: 'beheaded',
	summon: 'summoned',
	nominate: 'nominated',
	install: 'installed',
	send: 'sent',
	force: 'forced',
	evacuate: 'evacuated',
	bomb: 'bombed',
	sink: 'sunk',
	annex: 'annexed',
	occupy: 'occupied',
	liberate: 'liberated',
	sign: 'signed',
	ratify: 'ratified',
	found: 'founded',
	dissolve: 'dissolved',
	ban: 'banned',
	kidnap: 'kidnapped',
	draft: 'drafted',
	issue: 'issued',
	publish: 'published',
	adopt: 'adopted',
	approve: 'approved',
	promulgate: 'promulgated',
	establish: 'established',
	create: 'created',
	convene: 'convened',
	suppress: 'suppressed',
	abolish: 'abolished',
	repeal: 'repealed',
	enact: 'enacted',
	inaugurate: 'inaugurated'
};

const NO_OBJECT = /^When did (.+?) (\p{Ll}+) ((?:from|by|to|into|as|at|in|on|for|after|under)\b.*)\?$/u;

/** The quote as read: one line, without Markdown emphasis ("**Midhat Pasha** appointed"). */
function plain(quote: string): string {
	return quote.replace(/[*_]+/g, '').replace(/\s+/g, ' ');
}


/** "Midhat Pasha appointed grand vizier 19 Dec 1876": a verb of appointing followed by the post itself. */
const TO_A_POST = /^When did (.+?) (appoint|elect|name|make|proclaim|crown) (.+)\?$/;
const APPOINTED: Record<string, string> = {
	appoint: 'appointed',
	elect: 'elected',
	name: 'named',
	make: 'made',
	proclaim: 'proclaimed',
	crown: 'crowned'
};

function appointedToPost(card: Card): Card | undefined {
	const m = TO_A_POST.exec(card.front);
	if (!m) return undefined;
	const titles = findPostTitles(m[3].replace(/^(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+/i, ''), true);
	if (!titles.length || titles[0].index > 0) return undefined;
	const name = m[1].split(/\s+/).pop() ?? m[1];
	const firstWord = escapeRegExp(m[3].split(/\s+/)[0]);
	const shown = new RegExp(
		`(?<!\\p{L})${escapeRegExp(name)},?\\s+(?:was\\s+)?${APPOINTED[m[2]]}\\s+(?:as\\s+|the\\s+)?${firstWord}`,
		'iu'
	);
	if (!shown.test(plain(card.source.quote))) return undefined;
	return { ...card, front: `When was ${m[1]} ${APPOINTED[m[2]]} ${m[3]}?` };
}

/** Verbs done to a person, never by one without an object: "When did Matteotti kidnap?" is a lost passive. */
const DONE_TO = /^(?:kidnap|assassinate|murder|execute|arrest|kill|wound|exile|depose|imprison|capture|expel|dismiss|behead|hang|deport|banish|overthrow|oust)$/;
const BARE = /^When did (.+?) (\p{Ll}+)\?$/u;

function doneToPerson(card: Card): Card | undefined {
	const m = BARE.exec(card.front);
	if (!m || !DONE_TO.test(m[2])) return undefined;
	const participle = TRANSITIVE[m[2]] ?? `${m[2]}ped`;
	const name = m[1].split(/\s+/).pop() ?? m[1];
	// The quote shows the participle with no object after it ("Matteotti kidnapped & murdered by …").
	const shown = new RegExp(
		`(?<!\\p{L})${escapeRegExp(name)},?\\s+(?:was\\s+|were\\s+)?${participle}\\b(?!\\s+(?:the|a|an|his|her|their|him|them|\\p{Lu}))`,
		'u'
	);
	if (!shown.test(plain(card.source.quote))) return undefined;
	return { ...card, front: `When ${/\band\b/.test(m[1]) ? 'were' : 'was'} ${m[1]} ${participle}?` };
}

export function withPassiveRestored(card: Card): Card {
	if (card.kind !== 'date') return card;
	const appointed = appointedToPost(card) ?? doneToPerson(card);
	if (appointed) return appointed;
	const m = NO_OBJECT.exec(card.front);
	const participle = m && TRANSITIVE[m[2]];
	if (!m || !participle) return card;
	const name = m[1].split(/\s+/).pop() ?? m[1];
	const preposition = m[3].split(/\s+/)[0];
	const quote = plain(card.source.quote);
	const shown = new RegExp(
		`(?<!\\p{L})${escapeRegExp(name)}(?:\\s*\\([^)]*\\))?,?\\s+(?:was\\s+|were\\s+)?${participle}\\s+${preposition}\\b`,
		'u'
	);
	if (!shown.test(quote)) return card;
	const plural = /\band\b/.test(m[1]) ? 'were' : 'was';
	return { ...card, front: `When ${plural} ${m[1]} ${participle} ${m[3]}?` };
}
