import { findOfficeTitles, titleCase, type OfficeTitle } from './offices';

/**
 * Post titles across countries and eras, as a teacher reads them in any history text: the holder's
 * title as written ("Reich President", "US President", "First Lord of the Admiralty", "grand vizier",
 * "triumvir", "Pres." in revision notes) with the body or state it belongs to when the text names it.
 * It extends the lexicon of offices.ts (which it calls first) with:
 * - a state or nation written before the post ("Reich Chancellor", "US President", "Soviet Premier");
 * - titles of other traditions that lexicon lacks (viziers, sultans, shoguns, doges, triumvirs,
 *   consuls, stadtholders, hetmans, British cabinet offices named "First Lord …" or "Foreign Secretary");
 * - the shortenings revision notes use ("Pres.", "PM", "VP", "Gen. Sec.").
 * A generic lexicon of post words, never a list of any document's holders.
 */

/** Titles offices.ts does not know, lower case; compound ones first so the longest wins. */
const EXTRA_TITLES = [
	// British and Commonwealth cabinet offices.
	'first lord of the admiralty',
	'first lord of the treasury',
	'first sea lord',
	'lord president of the council',
	'lord high admiral',
	'lord mayor',
	'foreign secretary',
	'home secretary',
	'colonial secretary',
	'chief secretary',
	'first minister',
	'chief minister',
	'chief justice',
	'high commissioner',
	'chief of the general staff',
	'chief of staff',
	// Heads of state and government of other traditions.
	'holy roman emperor',
	'reichspräsident',
	'reichskanzler',
	'grand vizier',
	'vizier',
	'wazir',
	// Posts of South Asian and Islamic states, as histories of them write them.
	'nawab',
	'diwan',
	'subahdar',
	'peshwa',
	'maharaja',
	'nizam',
	'emir',
	'hospodar',
	'voivode',
	'satrap',
	'sultan',
	'caliph',
	'shah',
	'khedive',
	'shogun',
	'doge',
	'stadtholder',
	'hetman',
	'ataman',
	'führer',
	'generalissimo',
	'grand duke',
	'grand master',
	'patriarch',
	'cardinal',
	'burgomaster',
	'prefect',
	// Ancient offices.
	'triumvir',
	'proconsul',
	'praetor',
	'tribune',
	'censor',
	'archon',
	// Titles conferred on a leader by an assembly or a town.
	'libertador',
	'liberator',
	'protector'
];

/** Words that, written before a post, name its state: "Reich Chancellor", "US President". */
const STATE_WORD =
	/^(?:Reich|Imperial|Federal|Papal|Soviet|Ottoman|Roman|Byzantine|Mughal|Qing|Ming|Tudor|US|U\.S\.|UK|USSR|FRG|GDR|West German|East German|Iraqi|Israeli|Pakistani|Saudi|Thai|Nepali|Kuwaiti|Omani|Yemeni|Azerbaijani|Bangladeshi|[A-Z][a-z]+(?:ian|ean|an|ese|ish|ch|ic))$/;
/** Posts a state word may qualify. */
const NATIONAL_POST =
	/^(?:President|Vice[- ]President|Chancellor|Vice[- ]Chancellor|Prime Minister|Premier|Foreign Minister|Minister|Ambassador|Envoy|Emperor|King|Queen|Regent|Consul|Governor|Governor-General|Viceroy|Foreign Secretary|Party Leader|Leader)$/i;
/** Capitalised words ending like demonyms that are not: a sentence's first word, a month. */
const NOT_STATE =
	/^(?:Then|When|Than|Ian|Brian|Dan|Stan|Jan|Dean|Sean|Alan|Mean|Began|Ran|Can|Man|Woman|Human|Urban|Republican|American)$/;

/** Revision-note shortenings of posts. */
const ABBREVIATIONS: Array<[RegExp, string]> = [
	[/\bPres\.(?=\s|$)/g, 'President'],
	[/\bVP\b/g, 'Vice President'],
	[/\bPM\b/g, 'Prime Minister'],
	[/\bGen\.\s?Sec\.(?=\s|$)/g, 'General Secretary'],
	[/\b1st Sec\.(?=\s|$)/g, 'First Secretary']
];

export interface PostTitle extends OfficeTitle {
	/** The state written before the post ("Reich", "US"), kept in `office`. */
	state?: string;
}

const EXTRA_RE = new RegExp(
	String.raw`\b(${EXTRA_TITLES.map((t) => t.replace(/ /g, String.raw`\s+`)).join('|')})s?\b`,
	'gi'
);

/** "of the Ottoman Empire", "of Venice": a body after a title of the extra lexicon. */
function bodyAfter(text: string, from: number): { text: string; length: number } | null {
	const m =
		/^\s+(?:of|for)\s+((?:the\s+)?(?:[A-Z][\p{L}’'-]*|[A-Z]{2,})(?:\s+(?:of|the|and|for|[A-Z][\p{L}’'-]*|[A-Z]{2,}))*)/u.exec(
			text.slice(from)
		);
	if (!m) return null;
	// Trailing joiners are not part of the name ("of Venice and").
	const body = m[1].replace(/(?:\s+(?:of|the|and|for))+$/, '');
	return { text: body.replace(/^the\s+/, ''), length: m[0].length - (m[1].length - body.length) };
}

function overlaps(a: { index: number; length: number }, b: { index: number; length: number }): boolean {
	return a.index < b.index + b.length && b.index < a.index + a.length;
}

/**
 * Post titles in a clean sentence, with their organisation. `bare` admits a capitalised head without
 * its body ("President", "Chairman"), which a caller resolves from context ("its Chairman").
 */
export function findPostTitles(text: string, bare = true): PostTitle[] {
	// Several readers ask about the same sentence: read it once.
	const key = `${bare ? 1 : 0}${text}`;
	const cached = postTitleCache.get(key);
	if (cached) return cached.slice();
	const found = readPostTitles(text, bare);
	if (postTitleCache.size > 5000) postTitleCache.clear();
	postTitleCache.set(key, found);
	return found.slice();
}

const postTitleCache = new Map<string, PostTitle[]>();

function readPostTitles(text: string, bare: boolean): PostTitle[] {
	// Expand shortenings in place, padded to keep every offset: "Pres." is read as "President".
	let expanded = text;
	const shortened: Array<{ index: number; length: number; title: string }> = [];
	for (const [re, title] of ABBREVIATIONS) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text))
			shortened.push({ index: m.index, length: m[0].length, title });
	}
	for (const s of shortened)
		expanded = expanded.slice(0, s.index) + 'X'.repeat(s.length) + expanded.slice(s.index + s.length);

	const out: PostTitle[] = [];
	for (const t of findOfficeTitles(expanded, bare)) {
		// "Under-Secretary of State for War": the junior rank written before the post is part of it.
		const junior = /\b(Under|Parliamentary Under|Assistant|Permanent Under)[- ]$/.exec(
			expanded.slice(0, t.index)
		);
		if (junior && !/\s/.test(t.office.split(/\s+of\s+/)[0].trim()))
			out.push({
				...t,
				office: `${junior[1]}-${t.office}`,
				index: junior.index,
				length: t.length + t.index - junior.index
			});
		else out.push({ ...t });
	}
	EXTRA_RE.lastIndex = 0;
	for (let m = EXTRA_RE.exec(expanded); m; m = EXTRA_RE.exec(expanded)) {
		const head = m[1].replace(/\s+/g, ' ');
		const body = bodyAfter(expanded, m.index + m[0].length);
		const found: PostTitle = {
			office:
				titleCase(head.toLowerCase()) +
				(body
					? ` of ${/^[A-Z]/.test(body.text) && !/^(?:[A-Z]\w+\s+)*(?:Empire|Republic|Kingdom|Council|Church|Navy|Army|Admiralty|Treasury)$/.test(body.text) ? '' : 'the '}${body.text}`
					: ''),
			organisation: body?.text,
			index: m.index,
			length: m[0].length + (body?.length ?? 0)
		};
		// A compound of the extra lexicon beats a shorter title offices.ts found inside it ("First Lord …").
		for (let k = out.length - 1; k >= 0; k--)
			if (overlaps(out[k], found) && out[k].length <= found.length) out.splice(k, 1);
		if (!out.some((o) => overlaps(o, found))) out.push(found);
	}
	for (const s of shortened) {
		const body = bodyAfter(text, s.index + s.length);
		const found: PostTitle = {
			office: s.title + (body ? ` of ${body.text}` : ''),
			organisation: body?.text,
			index: s.index,
			length: s.length + (body?.length ?? 0)
		};
		if (!out.some((o) => overlaps(o, found))) out.push(found);
	}
	// A state written before a post without a body qualifies it: "Reich President", "US President".
	for (const t of out) {
		if (t.organisation) continue;
		const post = t.office;
		if (!NATIONAL_POST.test(post)) continue;
		const before = /((?:West|East)\s+German|U\.S\.|[A-Z][\p{L}.]*)\s+$/u.exec(text.slice(0, t.index));
		if (!before || !STATE_WORD.test(before[1]) || NOT_STATE.test(before[1])) continue;
		t.state = before[1];
		t.office = `${before[1]} ${post}`;
		t.length += t.index - before.index;
		t.index = before.index;
	}
	return out.sort((a, b) => a.index - b.index);
}

/** Heads that name nothing without a body or state: "President" of what? */
export const NEEDS_BODY =
	/^(?:chairman|chairwoman|chair|president|vice[- ]president|secretary|head|leader|editor|director|commander|minister|governor|treasurer|speaker|premier|prime minister|chancellor|vice[- ]chancellor|first secretary|general secretary|prefect|patriarch|cardinal|sultan|shah|caliph|doge|consul|tribune|censor|regent|king|queen|emperor)$/i;
