/**
 * A shallow clause reader for the date and office extractors: subject, verb group and the rest of a
 * clause, and the verb forms needed to turn "Lenin died" into "did Lenin die". Hand-written: no
 * installed library tags parts of speech, and history prose needs only a few verb shapes.
 */

const IRREGULAR: Array<[string, string, string]> = [
	// base, past, participle
	['be', 'was', 'been'],
	['become', 'became', 'become'],
	['begin', 'began', 'begun'],
	['bear', 'bore', 'born'],
	['break', 'broke', 'broken'],
	['bring', 'brought', 'brought'],
	['build', 'built', 'built'],
	['buy', 'bought', 'bought'],
	['choose', 'chose', 'chosen'],
	['come', 'came', 'come'],
	['do', 'did', 'done'],
	['draw', 'drew', 'drawn'],
	['drive', 'drove', 'driven'],
	['fall', 'fell', 'fallen'],
	['feel', 'felt', 'felt'],
	['fight', 'fought', 'fought'],
	['find', 'found', 'found'],
	['flee', 'fled', 'fled'],
	['fly', 'flew', 'flown'],
	['forget', 'forgot', 'forgotten'],
	['get', 'got', 'got'],
	['give', 'gave', 'given'],
	['go', 'went', 'gone'],
	['grow', 'grew', 'grown'],
	['have', 'had', 'had'],
	['hear', 'heard', 'heard'],
	['hold', 'held', 'held'],
	['keep', 'kept', 'kept'],
	['know', 'knew', 'known'],
	['lay', 'laid', 'laid'],
	['lead', 'led', 'led'],
	['leave', 'left', 'left'],
	['lose', 'lost', 'lost'],
	['make', 'made', 'made'],
	['meet', 'met', 'met'],
	['overthrow', 'overthrew', 'overthrown'],
	['pay', 'paid', 'paid'],
	['put', 'put', 'put'],
	['read', 'read', 'read'],
	['rise', 'rose', 'risen'],
	['run', 'ran', 'run'],
	['say', 'said', 'said'],
	['see', 'saw', 'seen'],
	['sell', 'sold', 'sold'],
	['send', 'sent', 'sent'],
	['set', 'set', 'set'],
	['shoot', 'shot', 'shot'],
	['show', 'showed', 'shown'],
	['sit', 'sat', 'sat'],
	['speak', 'spoke', 'spoken'],
	['spend', 'spent', 'spent'],
	['split', 'split', 'split'],
	['stand', 'stood', 'stood'],
	['strike', 'struck', 'struck'],
	['swear', 'swore', 'sworn'],
	['take', 'took', 'taken'],
	['teach', 'taught', 'taught'],
	['tell', 'told', 'told'],
	['think', 'thought', 'thought'],
	['throw', 'threw', 'thrown'],
	['undertake', 'undertook', 'undertaken'],
	['win', 'won', 'won'],
	['withdraw', 'withdrew', 'withdrawn'],
	['write', 'wrote', 'written'],
	['arise', 'arose', 'arisen'],
	['seek', 'sought', 'sought'],
	['spread', 'spread', 'spread'],
	['sink', 'sank', 'sunk'],
	['forbid', 'forbade', 'forbidden'],
	['hang', 'hung', 'hung'],
	['cut', 'cut', 'cut'],
	['let', 'let', 'let'],
	['shut', 'shut', 'shut']
];
const BASE_OF_PAST = new Map<string, string>();
const BASE_OF_PARTICIPLE = new Map<string, string>();
const PAST_OF_BASE = new Map<string, string>();
for (const [base, past, part] of IRREGULAR) {
	BASE_OF_PAST.set(past, base);
	BASE_OF_PARTICIPLE.set(part, base);
	PAST_OF_BASE.set(base, past);
}
BASE_OF_PAST.set('were', 'be');
const DOUBLE_L_SINGLE =
	/^(?:expel|compel|control|patrol|propel|repel|cancel|travel|label|signal|model|fulfil|annul|enrol|instil|excel|rebel|dispel|impel)$/;
const DOUBLING =
	/^(?:stop|plan|admit|commit|submit|refer|occur|prefer|control|expel|compel|regret|rob|ban|drop|step|ship|permit|omit|transfer|confer|defer|emit|equip|grip|plot|rebel|propel|dispel|repel|patrol|trim|jam|beg|drag|shop|slip|strip|tap|wrap)$/;
const UNITE_LIKE = /^(?:unit|invit|ignit|recit|cit|incit|excit|expedit|reunit)$/;

/** Base form of a regular or irregular past / participle: "died" → "die", "organized" → "organize". */
export function baseOfPast(word: string): string {
	const w = word.toLowerCase();
	const irregular = BASE_OF_PAST.get(w) ?? BASE_OF_PARTICIPLE.get(w);
	if (irregular) return irregular;
	// "retook", "rebuilt", "overthrew" written with a prefix: the irregular verb after it.
	const prefixed = PREFIXED_IRREGULAR.exec(w);
	if (prefixed) return prefixed[1] + (BASE_OF_PAST.get(prefixed[2]) ?? BASE_OF_PARTICIPLE.get(prefixed[2]));
	if (!w.endsWith('ed')) return w;
	if (/^(?:died|lied|tied|vied)$/.test(w)) return w.slice(0, -1);
	if (/[^aeiou]ied$/.test(w)) return w.slice(0, -3) + 'y';
	if (/eed$/.test(w) && w.length <= 5) return w.slice(0, -1); // freed, agreed handled below
	if (/(?:agre|fre|decre|guarante)ed$/.test(w)) return w.slice(0, -1);
	const stem = w.slice(0, -2);
	const dbl = /([b-df-hj-np-tv-z])\1$/.exec(stem);
	if (dbl) {
		if ('lsfz'.includes(dbl[1])) return DOUBLE_L_SINGLE.test(stem.slice(0, -1)) ? stem.slice(0, -1) : stem;
		return stem.slice(0, -1);
	}
	if (/at$/.test(stem) && (!/(?:[eo]at|combat|chat|format)$/.test(stem) || /creat$/.test(stem)))
		return stem + 'e';
	if (/[cvzu]$/.test(stem) && !/(?:buzz)$/.test(stem)) return stem + 'e';
	if (/(?:[aeiou]|[rnlp])s$/.test(stem) && !/(?:[aeiou]{2}s|focus|bias)$/.test(stem)) return stem + 'e';
	if (/[aeu]ng$|[^n]g$/.test(stem) && !/(?:[aeiou]{2}g|ong|ing|bang)$/.test(stem)) return stem + 'e';
	if (/[^aeiou](?:ot|ut)$/.test(stem) && !/shut$/.test(stem)) return stem + 'e';
	if (/[^aeiou][ao]p$/.test(stem) && !/(?:develop|gallop|worship)$/.test(stem)) return stem + 'e';
	if (UNITE_LIKE.test(stem)) return stem + 'e';
	if (/[bdfgkptz]l$/.test(stem) || /[^aeiou][uio]l$/.test(stem)) return stem + 'e';
	if (/[^aeiou][aiou]r$/.test(stem)) return stem + 'e';
	if (/[^aeiou][aou]m$/.test(stem)) return stem + 'e';
	if (/[^aeiou]in$/.test(stem) && !/(?:ain|oin|ein)$/.test(stem) && stem.length > 3) return stem + 'e';
	if (/[^aeiou][aiou]k$/.test(stem)) return stem + 'e';
	if (/[^aeiou][aiu]d$/.test(stem)) return stem + 'e';
	if (/[^aeiou]ib$/.test(stem)) return stem + 'e';
	return stem;
}

/** Base form of a present third-person verb: "speaks" → "speak", "replies" → "reply". */
export function baseOfPresent(word: string): string {
	const w = word.toLowerCase();
	if (w === 'is' || w === 'are') return 'be';
	if (w === 'has') return 'have';
	if (w === 'does') return 'do';
	if (w === 'goes') return 'go';
	if (/^(?:dies|lies|ties)$/.test(w)) return w.slice(0, -1);
	if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
	if (/(?:ss|sh|ch|x|zz)es$/.test(w)) return w.slice(0, -2);
	if (w.endsWith('s')) return w.slice(0, -1);
	return w;
}

/** Simple past of a base verb: "speak" → "spoke", "direct" → "directed". */
export function pastOf(base: string): string {
	const irregular = PAST_OF_BASE.get(base);
	if (irregular) return base === 'be' ? 'was' : irregular;
	const prefix = /^(re|over|under|with|fore)(\w{3,})$/.exec(base);
	if (prefix && PAST_OF_BASE.has(prefix[2]) && prefix[2] !== 'be')
		return prefix[1] + PAST_OF_BASE.get(prefix[2]);
	if (base.endsWith('e')) return base + 'd';
	if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ied';
	if (DOUBLING.test(base)) return base + base.slice(-1) + 'ed';
	return base + 'ed';
}

export function isIrregularPast(word: string): boolean {
	const w = word.toLowerCase();
	if (w === 'were') return false;
	if (BASE_OF_PAST.has(w)) return true;
	const prefixed = PREFIXED_IRREGULAR.exec(w);
	return !!prefixed && BASE_OF_PAST.has(prefixed[2]);
}

/** "retook", "rebuilt", "withdrew" (already listed) — an irregular past behind a prefix. */
const PREFIXED_IRREGULAR =
	/^(re|over|under|fore)((?:took|taken|built|won|wrote|written|made|gave|given|drew|drawn|sold|bought|fought|held|rose|risen|sent|spent|took|began|begun|broke|broken|led|met|stood|found))$/;

/** A past participle (regular -ed, irregular, "born"). */
export function isParticiple(word: string): boolean {
	const w = word.toLowerCase();
	return (
		BASE_OF_PARTICIPLE.has(w) ||
		(/^[a-z-]{2,}ed$/.test(w) && !NOT_VERBS_ED.has(w)) ||
		(PREFIXED_IRREGULAR.test(w) && BASE_OF_PARTICIPLE.has(PREFIXED_IRREGULAR.exec(w)![2]))
	);
}

/** -ed words that are not verbs. */
const NOT_VERBS_ED = new Set([
	'red',
	'bed',
	'hundred',
	'need',
	'seed',
	'speed',
	'creed',
	'deed',
	'feed',
	'greed',
	'shed',
	'breed',
	'weed',
	'steed',
	'wed',
	'sled',
	'fled'
]);
/** -s words that are not present-tense verbs. */
const NOT_VERBS_S = new Set(
	'his its this was is has as us thus various news across always perhaps less unless towards afterwards besides whereas series means yes gas bus plus status congress process progress address access success crisis thesis basis analysis'.split(
		' '
	)
);
const MODALS = new Set([
	'would',
	'could',
	'should',
	'might',
	'must',
	'will',
	'shall',
	'can',
	'may',
	'cannot'
]);
const ADVERBS =
	/^(?:also|then|first|later|once|again|soon|subsequently|thereafter|formally|officially|unanimously|finally|eventually|still|already|even|only|just|never|not|permanently|briefly|twice|duly|actually|immediately|illegally|secretly|temporarily|successfully|\w+ly)$/i;

export interface ClauseReading {
	/** The subject as written. */
	subject: string;
	/** Offset of the subject in the clause. */
	subjectIndex: number;
	voice: 'passive' | 'past' | 'present' | 'copula';
	/** The verb's base form ("die", "elect"). */
	base: string;
	/** The participle as written for passives ("elected", "re-elected", "born"). */
	participle?: string;
	/** True when the auxiliary is plural ("were"). */
	plural: boolean;
	/** Text after the verb group. */
	rest: string;
	/** Offset of the rest in the clause. */
	restIndex: number;
	negated: boolean;
	modal: boolean;
}

const LEADING_PHRASE =
	/^(?:(?:In|At|After|Before|During|On|From|Since|When|While|Following|Until|By|With|Under|As|Then|Thus|Later|However|Also|Subsequently|Meanwhile|Together with|Upon|Having|Despite|Through|Directly|Soon|Although|Though|Because)\b(?:(?!\s(?:he|she|they|we|I)\s)[^,]){0,160},\s*)+/i;
/** "Five days after General Lee surrendered at Appomattox, …" */
const TIME_AFTER =
	/^(?:[A-Za-z]+\s+){1,2}(?:days?|weeks?|months?|years?)\s+(?:after|before|later)\b[^,]{0,120},\s*/i;
/** "while he was again working in a factory in St Petersburg, Kalinin was arrested": a subordinate clause before the main one. */
const SUBORDINATE_LEAD =
	/^(?:while|whilst|when|although|though|because|whereas|as soon as|once)\s[^,]{3,160},\s*(?=[A-Z])/i;
/** "At this very same meeting the Central Committee elected …": a back-reference to a meeting, without a comma. */
const MEETING_LEAD =
	/^(?:At|During|In)\s+(?:this|that|the)\s+(?:very\s+)?(?:same\s+)?(?:meeting|session|sitting|congress|conference|plenum)\s+(?=(?:the\s+)?[A-Z])/;
const LEADING_WORDS = /^(?:(?:and|but|then|later|also|so|thus|subsequently|finally|there|soon)\s+)+/i;

/** Drop leading prepositional phrases and connectives: "At the Congress, Kalinin was…" → "Kalinin was…". */
export function stripLead(clause: string): { text: string; offset: number } {
	let offset = 0;
	let text = clause;
	for (;;) {
		const m =
			LEADING_PHRASE.exec(text) ??
			TIME_AFTER.exec(text) ??
			SUBORDINATE_LEAD.exec(text) ??
			MEETING_LEAD.exec(text) ??
			LEADING_WORDS.exec(text);
		if (!m || m[0].length === 0) break;
		offset += m[0].length;
		text = text.slice(m[0].length);
	}
	return { text, offset };
}

const WORD = /[A-Za-z][A-Za-z’'.-]*|\(|\)|,|;|:|[^\sA-Za-z]+/g;

/**
 * Read a clause: the verb group is the first finite verb after a non-empty subject. `present`
 * allows present-tense verbs (chronicle lines: "J. V. Stalin speaks at …").
 */
export function readClause(clause: string, present = false): ClauseReading | null {
	const lead = stripLead(clause);
	const reading = readFrom(lead, present);
	// "After the Battle of Buxar (1764) the emperor … granted …, Bihar and Orissa": a leading phrase
	// without its comma swallowed the verb; the whole clause is read instead.
	if (!reading && lead.offset > 0) return readFrom({ text: clause, offset: 0 }, present);
	return reading;
}

function readFrom(lead: { text: string; offset: number }, present: boolean): ClauseReading | null {
	const text = lead.text;
	const tokens: Array<{ w: string; i: number }> = [];
	WORD.lastIndex = 0;
	for (let m = WORD.exec(text); m; m = WORD.exec(text)) tokens.push({ w: m[0], i: m.index });
	for (let k = 1; k < tokens.length; k++) {
		const raw = tokens[k].w;
		const w = raw.toLowerCase();
		if (/^[,;:()]$/.test(raw) || /^[A-Z]/.test(raw)) continue;
		const prev = tokens[k - 1].w.toLowerCase();
		if (/^(?:the|a|an|his|her|its|their|our|of|to|so)$/.test(prev) && w !== 'was' && w !== 'were') continue;
		let negated = false;
		let modal = false;
		let j = k;
		const after = (n: number): string => (tokens[n] ? tokens[n].w.toLowerCase() : '');
		const skipAdverbs = (n: number): number => {
			while (tokens[n] && ADVERBS.test(tokens[n].w)) {
				if (/^(?:not|never)$/i.test(tokens[n].w)) negated = true;
				n++;
			}
			return n;
		};
		let voice: ClauseReading['voice'];
		let base: string;
		let participle: string | undefined;
		let plural = false;
		if (MODALS.has(w)) {
			modal = true;
			j = skipAdverbs(k + 1);
			base = after(j);
			voice = 'present';
		} else if (/^(?:was|were|is|are|has|have|had)$/.test(w)) {
			plural = w === 'were' || w === 'are' || w === 'have';
			j = skipAdverbs(k + 1);
			if (after(j) === 'been') j = skipAdverbs(j + 1);
			const next = tokens[j]?.w ?? '';
			if (
				/^(?:was|were|is|are)$/.test(w) ||
				after(k + 1) === 'been' ||
				(w !== 'had' && w !== 'has' && w !== 'have')
			) {
				if (isParticiple(next.replace(/^re-/, ''))) {
					voice = 'passive';
					participle = next;
					base = baseOfPast(next.replace(/^re-/, ''));
				} else {
					voice = 'copula';
					base = 'be';
					j = j - 1;
				}
			} else if (isParticiple(next) || isIrregularPast(next)) {
				// Pluperfect / perfect: "had worked" reads as a past event.
				voice = 'past';
				base = baseOfPast(next);
			} else {
				voice = 'past';
				base = 'have';
				j = k;
			}
		} else if (isIrregularPast(w) || (/^[a-z-]{2,}ed$/.test(w) && !NOT_VERBS_ED.has(w))) {
			voice = 'past';
			base = baseOfPast(w);
		} else if (present && /^[a-z]{2,}s$/.test(w) && !NOT_VERBS_S.has(w) && !/(?:ss|ous|ics|ism)$/.test(w)) {
			voice = 'present';
			base = baseOfPresent(w);
		} else continue;
		const subject = text.slice(0, tokens[k].i).trim().replace(/,$/, '').trim();
		if (!subject) return null;
		const restStart = tokens[j] ? tokens[j].i + tokens[j].w.length : text.length;
		return {
			subject,
			subjectIndex: lead.offset,
			voice,
			base,
			participle,
			plural,
			rest: text.slice(restStart).trim(),
			restIndex: lead.offset + restStart,
			negated,
			modal
		};
	}
	return null;
}

const REST_STOPS =
	/\s*(?:[,;:→]|->|\bw\/|\bc\.\s*\d|\((?![A-Z]{1,3}\.?\)|[A-Z]\.\)|Bolshevik\)|Bolsheviks\))|\s[-–—]\s|\bwhich\b|\bwho\b|\bwhere\b|\bwhen\b|\bwhile\b|\bwhose\b|\bbecause\b|\balthough\b|\bbut\b|\bthat\b|\bafter\b|\bbefore\b|\bsince\b|\bas a result\b|\bto the effect\b|\bin the following\b)/;
const TRAILING_STOPS =
	/(?:^|\s+)(?:the|a|an|of|in|on|at|to|and|or|for|with|by|from|as|his|her|its|their|into|was|were|also|shortly|soon|later|again|afterwards|so|that|which|who|against|during|between)$/i;

const NAME_LIST_TAIL =
	/^,\s*(?:[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?\s*,\s*)*[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?,?\s+and\s+/;

/** Trim the rest of a clause to a question-sized predicate: up to the first break, at most `max` words. */
export function trimRest(rest: string, max = 14, active = false): string {
	const first = REST_STOPS.exec(rest);
	let stopAt = first ? first.index : -1;
	// "reinstated Kamenev, Zinoviev and about 3000 other former Oppositionists": a list of names is one object.
	if (first && /^\s*,/.test(first[0]) && /\b[A-Z][\w’'-]+$/.test(rest.slice(0, first.index))) {
		const list = NAME_LIST_TAIL.exec(rest.slice(first.index));
		if (list) {
			const from = first.index + list[0].length;
			const next = REST_STOPS.exec(rest.slice(from));
			stopAt = next ? from + next.index : -1;
		}
	}
	let out = stopAt >= 0 ? rest.slice(0, stopAt) : rest;
	// A second verb phrase starts a new event: "retired and died …", "worked … and was elected …".
	const second = (
		active
			? /(?:^|\s+)and\s+(?:[a-z]+ly\s+)?(?:was|were|had|is|[a-z]{2,}ed)\b/
			: /(?:^|\s+)and\s+(?:[a-z]+ly\s+)?(?:(?:was|were|had|is|died|fled|resigned|retired|returned|escaped|emigrated|remained|stayed|continued|lasted)\b|[a-z]{2,}ed\s+(?:a|an|the|one|two|his|her|their)\b)/
	).exec(out);
	if (second) out = out.slice(0, second.index);
	// "lost the throne … and spent fifteen years in exile": an irregular past starts a second event too.
	const irregular = /\s+and\s+([a-z]+)\b/g;
	for (let m = irregular.exec(out); m; m = irregular.exec(out))
		if (isIrregularPast(m[1]) && !/^(?:read|set|put|cut|let|split|spread|shut|hit|cast)$/.test(m[1])) {
			out = out.slice(0, m.index);
			break;
		}
	const words = out.split(/\s+/).filter(Boolean);
	if (words.length > max) {
		// Cut mid-phrase: back off to before the last preposition among the final words ("… in Moscow as part").
		const kept = words.slice(0, max);
		for (let k = kept.length - 1; k >= Math.max(1, kept.length - 3); k--) {
			if (/^(?:as|in|on|at|of|to|for|with|by|from|into|among|between|under)$/i.test(kept[k])) {
				kept.length = k;
				break;
			}
		}
		out = kept.join(' ');
		// "… in Moscow as part" cut before "of the Russian delegation": the half phrase goes too.
		if (/^of\b/i.test(words[kept.length] ?? ''))
			out = out.replace(/\s+(?:as|in|on|at|to|for|with|by|from)\s+\S+$/i, '');
	}
	out = out.replace(/\s+and\s+[a-z]+ed$/, '');
	// Unbalanced quotes or brackets make debris on a card.
	if ((out.match(/["“”]/g)?.length ?? 0) % 2 === 1) out = out.replace(/\s*["“”][^"“”]*$/, '');
	if ((out.match(/\(/g)?.length ?? 0) !== (out.match(/\)/g)?.length ?? 0))
		out = out.replace(/\s*\([^)]*$/, '');
	out = out.replace(/[.!?;,:\s]+$/, '');
	for (let prev = ''; prev !== out;) {
		prev = out;
		out = out.replace(TRAILING_STOPS, '').replace(/[.!?;,:\s]+$/, '');
	}
	return out.trim();
}
