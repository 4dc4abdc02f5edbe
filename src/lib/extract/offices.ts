import type { IngestedDocument, Sentence } from '../ingest/types';
import { placeDate, sentenceDates, type FoundDate } from './dates';
import {
	antecedentsAt,
	isCommonWord,
	canonicalPerson,
	displayName,
	findPersonNames,
	peopleContext,
	type Antecedents,
	type PersonIndex
} from './people';
import type { DateValue, OfficeFact, SuccessionVerb } from './types';
import { findPostTitles } from './office-titles';

/**
 * Office-holdings from prose ("In 1919 Kalinin was elected Chairman of …, succeeding Sverdlov") and
 * from lists of posts ("- People's Commissar for Nationalities (1917–23)"). Offices are recognised
 * by a generic lexicon of post words (Secretary, Chairman, Commissar, Member of …), never by a list
 * of this corpus's offices. Hand-written: no installed library extracts relations.
 */

/** Post words. Compound titles first so "General Secretary" wins over "Secretary". */
const HEADS = [
	'director-general',
	'lord chancellor',
	'lord privy seal',
	'lord keeper',
	'lord protector',
	'lord lieutenant',
	'chancellor of the exchequer',
	'secretary-general',
	'attorney general',
	'vice-president',
	'vice president',
	'vice-chairman',
	'vice chairman',
	'deputy chairman',
	'deputy prime minister',
	'commander-in-chief',
	'head of state',
	'head of government',
	'minister president',
	'minister-president',
	'prime minister',
	'secretary',
	'chairman',
	'chairwoman',
	'chair',
	'president',
	'premier',
	'minister',
	'commissar',
	'head',
	'leader',
	'member',
	'candidate member',
	'candidate',
	'editor-in-chief',
	'editor',
	'commander',
	'commandant',
	'mayor',
	'governor',
	'director',
	'officer',
	'supervisor',
	'councillor',
	'chancellor',
	'ambassador',
	'treasurer',
	'speaker',
	'prosecutor',
	'deputy',
	'envoy',
	'emperor',
	'empress',
	'king',
	'queen',
	'tsar',
	'kaiser',
	'pope',
	'viceroy',
	'governor-general',
	'consul-general',
	'consul',
	'dictator',
	'pro-dictator',
	'regent',
	'archbishop',
	'bishop',
	'vicegerent',
	'keeper',
	'master'
];
/** "the twenty-eighth President", "the 16th President": which holder, not which post. */
export const ORDINAL = String.raw`(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twenty|thirty|forty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|fortieth)`;
const MODIFIERS =
	"alternate|general|first|second|deputy|vice|vice-|acting|executive|people['’]s|supreme|political|liaison|personal|joint|information|founding|chief|titular|permanent|full|honorary|organising|organizing|responsible|party|state|foreign|war|defence|defense|high|grand|principal|provisional";
/** Titles distinctive without their body: the organisation goes to its own field. */
const SELF_STANDING =
	/^(?:general secretary|first secretary|prime minister|premier|head of state|head of government|supreme commander(?:-in-chief)?|commander-in-chief|emperor|empress|king|queen|tsar|kaiser|pope|dictator|first consul|lord chancellor|lord privy seal|lord protector|chancellor of the exchequer)$/i;
/** Bodies whose members hold a post ("Member of the Politburo"), unlike party membership. */
const ORGAN =
	/\b(?:bureau|politburo|orgburo|committee|presidium|secretariat|council|commission|board|soviet|cabinet|government|staff|collegium|directorate|duma|executive|house|senate|parliament|legislature|assembly|chamber|reichstag|diet|convention)\b/i;
const ORG_NOUN =
	/^(?:committee|commission|board|bureau|council|presidium|party|soviet|soviets|congress|conference|secretariat|politburo|orgburo|government|union|state|republic|army|front|delegation|organisation|organization|faction|group|circle|society|duma|assembly|cabinet|ministry|commissariat|inspection|inspectorate|trust|department|section|staff|centre|center|services|affairs|nationalities|defence|defense|railways|finance|education|justice|enlightenment|collegium|tribunal|club|newspaper)$/i;

const HEAD_RE = new RegExp(
	String.raw`\b((?:(?:${MODIFIERS})(?:\s+|-(?=[A-Za-z])))*)(${HEADS.map((h) => h.replace(/-/g, '[- ]')).join('|')})\b`,
	'gi'
);

export interface OfficeTitle {
	/** Normalised title case: "Chairman of the All-Russian Central Executive Committee", "General Secretary". */
	office: string;
	organisation?: string;
	index: number;
	length: number;
}

const SMALL = new Set([
	'of',
	'the',
	'and',
	'for',
	'in',
	'on',
	'to',
	'between',
	'a',
	'an',
	'at',
	'by',
	'with'
]);

/** Title case for post names; acronyms and bracketed tags keep their spelling. */
export function titleCase(text: string): string {
	return text
		.split(/\s+/)
		.map((w, i) => {
			if (i > 0 && SMALL.has(w.toLowerCase())) return w.toLowerCase();
			if (/[A-Z].*[A-Z]|^\(|\d/.test(w)) return w;
			return w
				.split('-')
				.map((p, k) =>
					k > 0 && SMALL.has(p.toLowerCase())
						? p.toLowerCase()
						: p
							? p.charAt(0).toUpperCase() + p.slice(1)
							: p
				)
				.join('-');
		})
		.join(' ');
}

/** Read the body after "of"/"for": capitalised words, acronyms, "of the", lowercase organ nouns. */
function readOrganisation(
	text: string,
	from: number,
	membership = false
): { text: string; length: number } | null {
	const lead = (
		membership ? /^\s*(?:to|on|onto|from|of|in)\s+/i : /^\s+(?:of|for|between|in charge of|at|to)\s+/i
	).exec(text.slice(from));
	if (!lead) return null;
	let pos = from + lead[0].length;
	// A bracketed tag of one word belongs to the name ("R.C.P. (B.)"); a gloss of two ("(War Cabinet)") does not.
	const TOKEN = /^(?:\s*)([A-Za-z][A-Za-z’'.-]*(?:\([A-Za-z.]+\))?|\([A-Za-z.]{1,12}\)|[A-Z]{2,}|&)/;
	const parts: string[] = [];
	let lastContentEnd = pos;
	let lastContent = 0;
	for (let guard = 0; guard < 20; guard++) {
		const m = TOKEN.exec(text.slice(pos));
		if (!m) break;
		const w = m[1];
		const lower = w
			.toLowerCase()
			.replace(/\.$/, '')
			.replace(/[’']s$/, '');
		const isCap = /^[A-Z(]/.test(w);
		if (/^(?:of|the|and|for|&)$/i.test(w)) {
			if (lower === 'and' && !/^\s*(?:the\s+)?[A-Z]/.test(text.slice(pos + m[0].length))) break;
			parts.push(w);
		} else if (
			isCap ||
			ORG_NOUN.test(lower) ||
			// "the newly founded North German Confederation"
			(/^(?:newly|recently|[a-z]+ed|[a-z]+ing)$/.test(lower) &&
				/^\s*(?:[a-z]+ed\s+)?[A-Z]/.test(text.slice(pos + m[0].length))) ||
			/^(?:party|central|executive|municipal|regional|district|city|local|editorial|political|military|revolutionary|supreme|raion|people)[’']?s?$/i.test(
				lower
			) ||
			/[’']s$/.test(w)
		) {
			if (/^(?:In|On|At|From|Since|Until|After|Before|During|When|Which|Who)$/.test(w) && parts.length > 0)
				break;
			if (
				/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(w)
			)
				break;
			parts.push(w);
			lastContent = parts.length;
			lastContentEnd = pos + m[0].length;
		} else break;
		pos += m[0].length;
	}
	const kept = parts.slice(0, lastContent);
	// A sentence-final full stop is not part of the name ("Committee."), an abbreviation's is ("R.C.P.").
	if (kept.length && /\.$/.test(kept[kept.length - 1]) && !/\..*\.$/.test(kept[kept.length - 1])) {
		kept[kept.length - 1] = kept[kept.length - 1].slice(0, -1);
		lastContentEnd--;
	}
	if (kept.length === 0) return null;
	if (!kept.some((w) => /^[A-Z(]/.test(w) || ORG_NOUN.test(w.toLowerCase().replace(/[’']s$/, ''))))
		return null;
	const body = kept
		.join(' ')
		.replace(/^the\s+/i, '')
		.replace(/^(?:(?:newly|recently)\s+)?[a-z]+(?:ed|ing)\s+/, '');
	return { text: body, length: lastContentEnd - from };
}

/** Post titles in a clean sentence. */
export function findOfficeTitles(
	text: string,
	allowBare = false,
	/** Names a body the text calls "this Commission" (from the sentences before). */
	resolveThis?: (head: string) => string | undefined
): OfficeTitle[] {
	const out: OfficeTitle[] = [];
	HEAD_RE.lastIndex = 0;
	for (let m = HEAD_RE.exec(text); m; m = HEAD_RE.exec(text)) {
		const mods = m[1].trim();
		const head = m[2];
		const headLower = head.toLowerCase().replace(/\s+/g, ' ');
		let index = m.index;
		// "Vice-Minister": a hyphened rank keeps its hyphen.
		let title = `${mods ? mods + (/-$/.test(m[1]) ? '' : ' ') : ''}${head}`;
		// Lower-case "first", "full", "titular" describe the holding, not the post ("the first chairman").
		if (
			mods &&
			/^(?:party|state|war|foreign|full|permanent|first|second|titular|acting|honorary|founding|responsible)(?:\s|$)/.test(
				mods
			)
		) {
			index += m[1].length;
			title = head;
		}
		// A bracketed gloss after the post ("councillor (glasnyi) of …") is skipped to reach the body.
		const gloss = /^\s*\([a-z][^()]{0,30}\)/.exec(text.slice(m.index + m[0].length));
		const orgFrom = m.index + m[0].length + (gloss ? gloss[0].length : 0);
		let org = readOrganisation(text, orgFrom);
		// "Supervisor of this Commission" → the Commission the text named just before.
		const deictic = resolveThis
			? /^\s+of\s+(?:this|that|the same)\s+([A-Z][\w-]+)/.exec(text.slice(orgFrom))
			: null;
		const named = deictic ? resolveThis!(deictic[1]) : undefined;
		if (deictic && named) org = { text: named, length: deictic[0].length };
		// "ambassador to Russia"; other posts are not "to" anything.
		if (
			org &&
			/^\s+to\s/i.test(text.slice(orgFrom)) &&
			!/^(?:ambassador|envoy|consul|delegate|minister)$/.test(headLower)
		)
			org = null;
		if (
			!org &&
			!(allowBare && /^[A-Z]/.test(head) && !/^(?:member|candidate|head|deputy)/.test(headLower)) &&
			BARE_HEADS.test(headLower) &&
			!SELF_STANDING.test(title) &&
			!/^people['’]s commissar$/i.test(title)
		)
			continue;
		if (
			(headLower === 'member' || headLower === 'candidate member' || headLower === 'candidate') &&
			(!org || !ORGAN.test(org.text))
		)
			continue;
		if (headLower === 'head' && !org) continue;
		if (headLower === 'deputy' && !org) continue;
		if (
			headLower === 'candidate' &&
			org &&
			!/^(?:member\s+)?of\b/i.test(text.slice(m.index + m[0].length).trim())
		)
			continue;
		// "candidate of the Politburo" is its candidate member.
		let office = titleCase(title).replace(/^Candidate$/, () =>
			/^\s+of\s/i.test(text.slice(m!.index + m![0].length)) ? 'Candidate Member' : 'Candidate'
		);
		let organisation: string | undefined;
		const length = orgFrom - index + (org ? org.length : 0);
		if (org) {
			const link = /^\s+(of|for|between|in charge of|at|to)\s+/i.exec(text.slice(orgFrom))![1].toLowerCase();
			// "for Nationalities" is a portfolio, not a body.
			if (link !== 'for' && link !== 'to') organisation = titleCase(org.text);
			// "Prime Minister of Japan", "Emperor of the French": a state, not a body, stays in the title.
			const state =
				!ORGAN.test(org.text) && !/\b(?:party|union|league|front|congress|comintern)\b/i.test(org.text);
			if (!SELF_STANDING.test(title) || (state && link === 'of')) {
				const needsThe =
					(link === 'of' || link === 'to') &&
					/^(?:the|this|that)\s/i.test(text.slice(orgFrom).replace(/^\s+(?:of|to)\s+/i, ''));
				office = `${office} ${link}${needsThe ? ' the' : ''} ${titleCase(org.text)}`;
			}
		}
		out.push({ office, organisation, index, length });
		HEAD_RE.lastIndex = index + length;
	}
	return out;
}

/** Posts that mean nothing without their body ("President" of what?). */
const BARE_HEADS =
	/^(?:chairman|chairwoman|chair|president|secretary|member|candidate member|candidate|head|leader|editor|deputy|director|officer|commander|supervisor|treasurer|speaker|councillor|commissar|minister|governor|archbishop|bishop|keeper|master|regent)$/;

const PROPOSAL =
	/\b(?:propos\w*|recommend\w*|nominat\w*|suggest\w*|candidac\w*|should|would|could|might|must|wanted|hoped|planned to|intended|not|never|no longer|refused|failed|declined|want\w*|dismissed as|being)\b/i;

interface Relation {
	how: SuccessionVerb;
	/** "X was succeeded as P by Y": the holder is Y, X the predecessor. */
	passiveSuccession?: boolean;
	/** "Wolsey's successor as Lord Chancellor was Sir Thomas More": the holder follows the post. */
	successorAfter?: boolean;
	personText: string;
	personIndex: number;
	other?: { text: string; role: 'predecessor' | 'successor' };
	/** Pushed out: "forced to step down as …". */
	forced?: boolean;
	/** "Being chairman of the Petrograd Soviet, he …": the holder follows the post. */
	holderAfter?: boolean;
	/** "opened in 1924 with X as its commandant": the post is of the body the sentence is about. */
	ofSubject?: boolean;
}

const ELECT = String.raw`(re-?elected|elected|appointed|made|named|chosen|designated|installed|confirmed|placed|sworn in|consecrated|crowned|proclaimed|inaugurated|enthroned)`;
/** A capitalised name word, accented letters included ("Brüning", "Bolívar"). */
const NAME_WORD = String.raw`[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ÖØ-öø-ÿĀ-ž’'-]+`;
const PERSON_SLOT = String.raw`((?:[A-Z][a-z]?\.\s?){0,3}${NAME_WORD}(?:\s+(?:(?:von|van|de|der|du|da|di|del|la|le)\s+)?${NAME_WORD}){0,3}(?:\s+[IVX]{1,5}\b)?|[Hh]e|[Ss]he|who)`;
/** A kinsman named before a predecessor: "succeeded his father Humayun as emperor". */
const KIN = String.raw`(?:(?:his|her|their)\s+(?:elder\s+|younger\s+|late\s+)?(?:father|mother|brother|half-brother|sister|uncle|aunt|cousin|son|daughter|grandfather|nephew|husband|wife)\s+)?`;
/** What may stand between a person and the verb: "Heinrich Brüning of the Centre Party", "Adenauer (CDU)", ", who …,". */
const PERSON_TAIL = String.raw`(?:\s+\([^()]{1,40}\)|\s+of\s+(?:the\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){0,3}|,[^,;]{1,120},)?`;

/** Map a verb to how the post was taken. */
function howOf(verb: string): SuccessionVerb {
	const v = verb.toLowerCase();
	if (/elect|chos/.test(v)) return 'elected';
	if (/replac/.test(v)) return 'replaced';
	if (/appoint|made|named|designat|install|confirm|placed|put/.test(v)) return 'appointed';
	if (/becam|become|sworn|inaugurat|consecrat|crown|proclaim|enthron|promot/.test(v)) return 'became';
	if (/succeed/.test(v)) return 'succeeded';
	if (/replac/.test(v)) return 'replaced';
	if (/remov|dismiss|oust|expel|relieved|sacked/.test(v)) return 'removed';
	if (/resign/.test(v)) return 'resigned';
	return 'held';
}

const RELATION_PATTERNS: Array<[RegExp, (m: RegExpExecArray) => Relation]> = [
	[
		// "…; being chairman of the Petrograd Soviet, he merely carried out …", "As Chancellor, Bismarck …"
		/(?:^|[;:]\s*)(?:[Bb]eing|[Aa]s)\s+(?:the\s+)?$/,
		(m) => ({ how: 'held', personText: '', personIndex: m.index, holderAfter: true })
	],
	[
		// "forced Trotsky to step down from his position as Commissar of War"
		new RegExp(
			String.raw`\b(?:forced|compelled|made)\s+${PERSON_SLOT}\s+to\s+(?:step\s+down|resign)\s+(?:from\s+)?(?:(?:his|her|the)\s+)?(?:(?:position|post|office)\s+)?(?:as|of)\s+(?:the\s+)?$`
		),
		(m) => ({ how: 'resigned', personText: m[1], personIndex: m.index + m[0].indexOf(m[1]), forced: true })
	],
	[
		// "Wilhelm II dismissed Bismarck as chancellor", "Removed Zinoviev from his position as the President of …"
		new RegExp(
			String.raw`\b(?:[Rr]emoved|[Dd]ismissed|[Oo]usted|[Rr]elieved|[Dd]eposed|[Ss]acked)\s+${PERSON_SLOT.replace('|who', '|him|her')}\s+(?:as|from\s+(?:(?:his|her|their)\s+)?(?:position|post|office|duties)\s+(?:as|of)|from\s+the\s+(?:post|office|position)\s+of|of\s+(?:his|her)\s+(?:post|duties)\s+as)\s+(?:the\s+|a\s+|an\s+)?$`
		),
		(m) => ({ how: 'removed', personText: m[1], personIndex: m.index + m[0].indexOf(m[1]) })
	],
	[
		// "Necker lost his post as Director-General of Finance"
		new RegExp(
			String.raw`${PERSON_SLOT}\s+(?:\w+ly\s+)?lost\s+(?:his|her)\s+(?:post|position|office|seat)\s+(?:as|of|on)\s+(?:the\s+|a\s+|an\s+)?$`
		),
		(m) => ({ how: 'removed', personText: m[1], personIndex: m.index })
	],
	[
		new RegExp(
			String.raw`${PERSON_SLOT}\s+(?:was|were)\s+(?:forced|compelled)\s+to\s+(?:step\s+down|resign)\s+(?:from\s+)?(?:(?:his|her|the)\s+)?(?:(?:position|post|office)\s+)?(?:as|of)\s+(?:the\s+)?$`
		),
		(m) => ({ how: 'resigned', personText: m[1], personIndex: m.index, forced: true })
	],
	[
		// "He was succeeded as chancellor by Leo von Caprivi": the successor follows the post (see below).
		new RegExp(
			String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(?:was|is)\s+(succeeded|replaced)\s+as\s+(?:the\s+)?$`
		),
		(m) => ({ how: howOf(m[2]), personText: m[1], personIndex: m.index, passiveSuccession: true })
	],
	[
		// "Kalinin elected into the Central Committee and became candidate of the Politburo"
		new RegExp(
			String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(?:was\s+)?(?:re-?elected|elected|appointed|named|chosen)\s+[^,;.]{1,80}?\s+and\s+(?:(?:later|then|also|soon)\s+)?(became|was elected|was appointed|was made)\s+(?:the\s+|a\s+|an\s+)?$`
		),
		(m) => ({ how: howOf(m[2]), personText: m[1], personIndex: m.index })
	],
	[
		// Revision notes drop the auxiliary of the passive: "Lincoln inaugurated as 16th President".
		new RegExp(
			String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(inaugurated|sworn in|installed|crowned|enthroned|elected|re-elected|appointed|named)\s+as\s+(?:the\s+|a\s+|an\s+)?(?:first\s+)?$`
		),
		(m) => ({ how: howOf(m[2]), personText: m[1], personIndex: m.index })
	],
	[
		// A body founded or a state proclaimed under its first head: "The Academy was opened in 1811 with
		// Grolman as its commandant", "the Commune was proclaimed, with Delescluze as chairman".
		new RegExp(
			String.raw`\bwith\s+${PERSON_SLOT.replace('|[Hh]e|[Ss]he|who', '')}\s+as\s+(its\s+|their\s+|the\s+)?(?:first\s+)?$`
		),
		(m) => ({
			how: 'held',
			personText: m[1],
			personIndex: m.index + m[0].indexOf(m[1]),
			ofSubject: /^(?:its|their)/.test(m[2] ?? '')
		})
	],
	[
		new RegExp(String.raw`${PERSON_SLOT}[’']s\s+(?:immediate\s+)?successor\s+as\s+(?:the\s+)?$`),
		(m) => ({
			how: 'succeeded',
			personText: m[1],
			personIndex: m.index,
			passiveSuccession: true,
			successorAfter: true
		})
	],
	[
		new RegExp(
			String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(?:was|were|is|had been|has been)\s+(?:\w+ly\s+)?${ELECT}\s+(?:as\s+|to be\s+|to the post of\s+|to the office of\s+)?(?:the\s+|a\s+|an\s+)?(?:first\s+)?$`
		),
		(m) => ({ how: howOf(m[2]), personText: m[1], personIndex: m.index })
	],
	[
		new RegExp(
			String.raw`\b(?:elects|elected|re-?elects|re-?elected|appoints|appointed|makes|made|names|named|chose|chooses|crowned|crowns)\s+${PERSON_SLOT}(?:,[^,;]{1,60},)?(?:\s+(?:as|to be))?\s+(?:the\s+|a\s+|an\s+)?(?:first\s+)?$`
		),
		(m) => ({ how: howOf(m[0]), personText: m[1], personIndex: m.index + m[0].indexOf(m[1]) })
	],
	[
		new RegExp(
			String.raw`\b(?:elects|elected|re-?elects|re-?elected|appoints|appointed|chose|chooses|makes|made|names|named|crowned|crowns)\s+(him|her)(?:\s+(?:as|to be))?\s+(?:the\s+|a\s+|an\s+)?$`
		),
		(m) => ({ how: howOf(m[0]), personText: m[1], personIndex: m.index + m[0].indexOf(m[1]) })
	],
	[
		new RegExp(
			String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(?:(?:\w+ly|then|later|also|subsequently|soon|again|first)\s+)?(became|becomes|succeeded|replaced|served as|acted as|worked as|functioned as|remained|continued as|was|is|were)\s+(?:the\s+|a\s+|an\s+|[A-Z][\w-]*[’']s\s+)?(?:first\s+)?$`
		),
		(m) => ({
			how: /^(?:was|is|were|served as|acted as|worked as|functioned as|remained|continued as)$/.test(m[2])
				? 'held'
				: howOf(m[2]),
			personText: m[1],
			personIndex: m.index
		})
	],
	[
		new RegExp(
			String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(?:\w+ly\s+)?(succeeded|replaced|succeeds|replaces)\s+${KIN}(${PERSON_SLOT.slice(1, -1)}|him|her)(?:,[^,;]{1,60}?,?)?\s+as\s+(?:the\s+|a\s+)?$`
		),
		(m) => ({
			how: howOf(m[2]),
			personText: m[1],
			personIndex: m.index,
			other: { text: m[3], role: 'predecessor' }
		})
	],
	[
		new RegExp(
			String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(?:was|were)\s+(removed|dismissed|ousted|relieved)\s+(?:from\s+(?:the\s+post\s+of|the\s+office\s+of|(?:his|her|their)\s+(?:post|position|office)\s+(?:as|of)|the\s+post\s+as|being)|as|from)\s+(?:the\s+|a\s+|an\s+)?$`
		),
		(m) => ({ how: 'removed', personText: m[1], personIndex: m.index })
	],
	[
		new RegExp(
			String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(resigned|stepped down)\s+(?:as|from(?:\s+the\s+post\s+of)?)\s+(?:the\s+)?$`
		),
		(m) => ({ how: 'resigned', personText: m[1], personIndex: m.index })
	],
	[
		new RegExp(String.raw`${PERSON_SLOT}[’']s\s+(appointment|election|re-?election)\s+as\s+(?:the\s+)?$`),
		(m) => ({ how: /appoint/.test(m[2]) ? 'appointed' : 'elected', personText: m[1], personIndex: m.index })
	]
];

/**
 * A post taken as the second deed of one subject, the clause of the post having no subject of its own:
 * "Lincoln carried the election of 1860 and became President", "On 1 October 1949 Mao proclaimed the
 * republic in the capital, and became Chairman".
 */
const SECOND_DEED = new RegExp(
	String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(?:(?:\w+ly|then|later|also)\s+)?(?!was\b|were\b)[a-z]{3,}ed\b[^,;.:]{1,120}?,?\s+and\s+(?:(?:later|then|also|soon|thereby|so)\s+)?(became|was elected|was appointed|was made|was named)\s+(?:the\s+|a\s+|an\s+)?(?:first\s+)?$`
);
const SUBJECTLESS = /^(?:became|was\s+(?:elected|appointed|made|named))\s/;

/** The body a sentence founds: "The Royal Military Academy was opened in 1811 …". */
const FOUNDED_BODY =
	/^(?:(?:In|On|By)\s[^,]{3,30},?\s+)?[Tt]he\s+((?:[A-Z][\p{L}’'-]+\s+){0,5}[A-Z][\p{L}’'-]+(?:\s+(?:at|of|in|for)\s+(?:the\s+)?[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+){0,2})?)\s+(?:was|were)\s+(?:\w+ly\s+)?(?:founded|opened|established|created|set\s+up|formed|proclaimed|organi[sz]ed)\b/u;

/**
 * The relation between a person and a title that starts at `titleIndex` in the clause `text`: the
 * words between them must be a known holding pattern ("X was elected", "X became", "X served as").
 */
function relationBefore(text: string, titleIndex: number): Relation | null {
	// Words describing the holding, not the post: "sworn in as acting Prime Minister", "the first chairman".
	const before = text
		.slice(0, titleIndex)
		.replace(
			new RegExp(String.raw`\b(?:acting|interim|titular|full|permanent|sole|new|first|${ORDINAL})\s+$`, 'i'),
			''
		);
	for (const [re, make] of RELATION_PATTERNS) {
		const m = re.exec(before);
		if (m) return make(m);
	}
	const second = SECOND_DEED.exec(before);
	if (second) return { how: howOf(second[2]), personText: second[1], personIndex: second.index };
	return null;
}

/** A rank or courtesy title written before a name: "Lord Salisbury", "Sir Robert Peel". */
const RANK =
	/^(?:Prince|Princess|Duke|Duchess|Archduke|Count|Countess|Margrave|Elector|Sir|Lord|Lady|Earl|Marquess|Viscount|Baron)\s+/;

function withoutRank(text: string): string {
	return text.replace(RANK, '');
}

/** One to three capitalised words, none of them a common, organisation or month word: "Bailly". */
function plausibleName(text: string): boolean {
	const ws = text.trim().split(/\s+/);
	return ws.length <= 3 && ws.every((w) => /^[A-Z][a-zà-ÿ’'-]+$/.test(w) && !isCommonWord(w));
}

/** Resolve a person slot (name or pronoun) to a person key; null when it is not a person. */
function personOf(
	textSlot: string,
	known: PersonIndex,
	ante: Antecedents,
	clause: string,
	at: number
): string | null {
	if (/^(?:he|him)$/i.test(textSlot)) {
		if (/^him$/i.test(textSlot)) {
			const earlier = findPersonNames(clause.slice(0, at), known);
			const last = earlier[earlier.length - 1];
			// "Henry appointed him …": the name right before the verb is its subject, never its object.
			const subject = last && /^\s+(?:[a-z]+\s+){1,2}$/.test(clause.slice(last.index + last.length, at));
			if (last && !subject) return canonicalPerson(last.name, known).key;
			if (subject) {
				const key = canonicalPerson(last.name, known).key;
				return ante.he && ante.he !== key ? ante.he : null;
			}
		}
		return ante.he ?? null;
	}
	if (/^(?:she|her)$/i.test(textSlot)) return ante.she ?? null;
	if (textSlot === 'who') {
		const earlier = findPersonNames(clause.slice(0, at), known);
		const last = earlier[earlier.length - 1];
		if (!last) return null;
		// "under Shidehara Kijūrō, who became …": a capitalised name right before "who" that is not the
		// last person found is whom "who" means — someone the index does not know.
		const between = clause.slice(last.index + last.length, at);
		if (/\p{Lu}[\p{L}’'-]+\s*(?:\([^()]*\)\s*)?,\s*$/u.test(between)) return null;
		return canonicalPerson(last.name, known).key;
	}
	const names = findPersonNames(textSlot, known);
	const last = names[names.length - 1];
	// "Prince Maximilian": the rank is not part of the name.
	const bare = withoutRank(textSlot);
	// A name written family name first with a hyphened given name ("Chiang Kai-shek", "Sun Yat-sen",
	// "Kim Il-sung") is known by its first word, never by the given name.
	const eastern = /^([A-Z][a-z]+)\s+[A-Z][a-z]+-[a-z]+$/.exec(
		last && last.name.includes(' ') ? last.name : bare
	);
	if (eastern) {
		const key = eastern[1].toLowerCase();
		if (!known.people.has(key))
			known.people.set(key, { key, display: eastern[1], full: eastern[0], count: 1 });
		return key;
	}
	if (!last) return plausibleName(bare) ? canonicalPerson(bare, known).key : null;
	return canonicalPerson(last.name, known).key;
}

/**
 * With no date of its own, a clause after ";" takes the sentence's date before it: "In May 1925 Trotsky
 * was given a new post; he was put on the Supreme Council …".
 */
function earlierDate(
	placed: Array<FoundDate & { placed: DateValue }>,
	clauseStart: number,
	text: string
): DateValue | undefined {
	const before = placed.filter((d) => d.index < clauseStart && !d.value.end && !d.value.open);
	const last = before[before.length - 1];
	if (!last) return undefined;
	const between = text.slice(last.index + last.length, clauseStart);
	// "the 1912 Party Conference held in Prague, where he was elected …": the clause is about that meeting.
	if (/^[^,;()]{0,80},\s*(?:where|at which|in which|when)\s+$/i.test(between)) return last.placed;
	// Otherwise only across a ";": an aside after a comma may be about another time.
	return text.slice(last.index, clauseStart).includes(';') ? last.placed : undefined;
}

/** Start/end of a holding from the dates in its clause. */
function insideBracket(text: string, index: number): boolean {
	const open = text.lastIndexOf('(', index);
	return (
		open >= 0 && text.lastIndexOf(')', index) < open && text.indexOf(')', index) >= 0 && index - open > 3
	);
}

function datesOf(
	how: SuccessionVerb,
	clause: string,
	dates: Array<FoundDate & { placed: DateValue }>
): { start?: DateValue; end?: DateValue } {
	if (dates.length === 0) return {};
	const out: { start?: DateValue; end?: DateValue } = {};
	for (const d of dates) {
		const before = clause.slice(Math.max(0, d.index - 12), d.index);
		// The date of something else in the clause: "president of X, founded in the fall of 1923".
		const wider = clause.slice(Math.max(0, d.index - 30), d.index);
		if (
			/\b(?!elected|appointed|named|re-elected)[a-z]{3,}ed\s+(?:in|on)\s+(?:the\s+)?(?:\w+\s+of\s+)?$/.test(
				wider
			)
		)
			continue;
		if (d.value.end) {
			// The first date of the clause is the holding's; a later range belongs to a later phrase.
			if (out.start) continue;
			out.start = { ...d.placed, end: undefined };
			// "for seven years between 1946 and 1954": within those years, not all of them.
			if (!/\bbetween\s+$/i.test(clause.slice(Math.max(0, d.index - 10), d.index)))
				out.end = { ...d.placed, start: d.value.end, end: undefined };
			continue;
		}
		if (d.value.open) {
			out.start = d.placed;
			continue;
		}
		if (/\b(?:until|till|to)\s+$/i.test(before)) out.end = out.end ?? d.placed;
		else if (/\b(?:from|since)\s+$/i.test(before)) out.start = out.start ?? d.placed;
		else if (how === 'removed' || how === 'resigned') out.end = out.end ?? d.placed;
		else out.start = out.start ?? d.placed;
	}
	return out;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MEETING_NOUN = String.raw`(?:Congress|Conference|Convention|Assembly|Session|Synod|Plenum|Diet|Council|Election|Elections)`;
/** "the 1912 Party Conference": a year used as the name of a meeting. */
const ATTRIBUTIVE_YEAR = new RegExp(
	String.raw`\bthe\s+((?:1[0-9]|20)\d\d)\s+(?=(?:[A-Z][\w’'-]*\s+){0,4}${MEETING_NOUN}\b)`,
	'g'
);
/** "last October [1952]": an editor's bracketed year after a month. */
const BRACKETED_YEAR = new RegExp(String.raw`\b(${MONTHS})\s+[[(]((?:1[0-9]|20)\d\d)[\])]`, 'g');

/**
 * Meeting dates the general date finder leaves alone because they are not dates of events in
 * themselves: a year naming a meeting, or a month whose year an editor added in brackets. They date
 * the posts that meeting gave.
 */
function meetingYears(text: string, found: FoundDate[]): FoundDate[] {
	const out: FoundDate[] = [];
	const free = (index: number, length: number) =>
		!found.some((d) => d.index < index + length && index < d.index + d.length);
	for (const m of text.matchAll(ATTRIBUTIVE_YEAR)) {
		const index = m.index! + m[0].indexOf(m[1]);
		if (free(index, 4))
			out.push({
				index,
				length: 4,
				value: { start: { iso: m[1], precision: 'year', calendar: 'gregorian' }, written: m[1] }
			});
	}
	for (const m of text.matchAll(BRACKETED_YEAR)) {
		if (!free(m.index!, m[0].length)) continue;
		const month = MONTHS.split('|').indexOf(m[1]) + 1;
		out.push({
			index: m.index!,
			length: m[0].length,
			value: {
				start: {
					iso: `${m[2]}-${String(month).padStart(2, '0')}`,
					precision: 'month',
					calendar: 'gregorian'
				},
				written: m[0]
			}
		});
	}
	return out;
}

/** Organ nouns as a body's name spells them: "Political Bureau", "Committee of Public Safety". */
const ORGAN_CAP = `(?:${ORGAN.source
	.replace(/^\\b\(\?:|\)\\b$/g, '')
	.split('|')
	.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
	.join('|')})`;
const LIST_NAME = String.raw`(?:[A-Z][a-z]?\.\s?){0,3}${NAME_WORD}(?:\s+(?:(?:von|van|de|du|da|di|la|le)\s+)?${NAME_WORD}){0,2}`;
const MEMBER_LIST = String.raw`(${LIST_NAME}(?:,\s*${LIST_NAME}){1,14},?\s+and\s+${LIST_NAME})`;
const CONSISTED = new RegExp(
	String.raw`\b(?:consisted\s+of|was\s+made\s+up\s+of|was\s+composed\s+of|comprised)\s+${MEMBER_LIST}`
);
const ELECTED_LIST = new RegExp(
	String.raw`\b(?:elected|appointed|chosen)\s+(?:to|as)\s+(?:the\s+)?((?:[A-Z][\w’'-]*\s+){0,4}(?:${ORGAN_CAP})(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4})?)\s*:\s*${MEMBER_LIST}`,
	'i'
);

/**
 * A body and its members named together: "the Political Bureau … consisted of Lenin, Zinoviev, … and
 * Bubnov", "Elected to the Committee of Public Safety: Robespierre, Saint-Just and Couthon".
 */
function membersOf(text: string): { name: string; members: string[]; listAt: number } | undefined {
	const split = (list: string) =>
		list
			.split(/,\s*(?:and\s+)?|\s+and\s+/)
			.map((n) => n.trim())
			.filter(Boolean);
	const elected = ELECTED_LIST.exec(text);
	if (elected && /^[A-Z]/.test(elected[1].replace(/^the\s+/i, '')))
		return { name: titleCase(elected[1].trim()), members: split(elected[2]), listAt: elected.index };
	const consisted = CONSISTED.exec(text);
	if (!consisted) return undefined;
	// The body is the last capitalised name of an organ before the verb: "this centre, called the Political Bureau,".
	const before = text.slice(0, consisted.index);
	const bodies = [
		...before.matchAll(
			new RegExp(
				String.raw`\b((?:[A-Z][\w’'-]*\s+){0,4}${ORGAN_CAP}(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s*){1,4})?)`,
				'g'
			)
		)
	].filter(
		(b) =>
			/^[A-Z]/.test(b[1]) &&
			/[A-Z]/.test(b[1].trim().split(/\s+/).pop() ?? '') &&
			before.length - b.index! < 60
	);
	const last = bodies.pop();
	if (!last) return undefined;
	return { name: titleCase(last[1].trim()), members: split(consisted[1]), listAt: consisted.index };
}

const SAME_MEETING =
	/\b(?:at|by|during|to)\s+(?:the\s+(?:very\s+)?same|this(?:\s+very)?(?:\s+same)?|that)\s+(congress|conference|meeting|session|plenum|assembly|sitting|convention|diet|synod|council)\b/i;

/**
 * "At the 12th Party Congress (April 1923) … At the same Congress Stalin was re-elected …": a sentence
 * placed at a meeting named just before takes that meeting's date, and quotes both sentences.
 */
function sameMeetingDate(
	doc: IngestedDocument,
	perSentence: ReturnType<typeof sentenceDates>,
	i: number
): { start: DateValue; passage: { start: number; end: number } } | undefined {
	const here = doc.sentences[i];
	const m = SAME_MEETING.exec(here.text);
	if (!m) return undefined;
	const noun = new RegExp(String.raw`\b${m[1]}\b`, 'i');
	for (let k = i - 1; k >= Math.max(0, i - 7); k--) {
		const prev = doc.sentences[k];
		if (prev.sectionIndex !== here.sectionIndex) return undefined;
		const named = noun.exec(prev.text);
		if (!named) continue;
		// The nearest mention is the meeting meant: undated, the holding stays undated.
		const dates = perSentence[k].found.filter((d) => !d.value.end && !d.value.open);
		if (dates.length === 0) return undefined;
		const nearest = dates.reduce((a, b) =>
			Math.abs(b.index - named.index) < Math.abs(a.index - named.index) ? b : a
		);
		return { start: placeDate(doc, prev, nearest), passage: { start: prev.start, end: here.end } };
	}
	return undefined;
}

/**
 * The named period a post is dated by when the text gives no date: "during the Second World War",
 * "throughout the Civil War" — a name with a capital, not "during the war".
 */
export function periodOf(text: string): string | undefined {
	const m = /\b(?:during|throughout)\s+(the\s+(?:[A-Z][\w’'-]*\s+){0,4}(?:[A-Z][\w’'-]*|[a-z]{4,}))/.exec(
		text
	);
	if (!m || !/\s[A-Z]/.test(m[1])) return undefined;
	return m[1].replace(/\s+(?:and|or|of|in|on|at|for|with|when|which)$/i, '');
}

/**
 * A named event of the sentence that dates a post held in it: "did not play any special role in the
 * October uprising; being chairman of the Petrograd Soviet, he …" → "the October uprising".
 */
function eventOf(text: string): string | undefined {
	const m =
		/\b(?:in|during|throughout)\s+(the\s+(?:[A-Z][\w’'-]*\s+){1,3}(?:uprising|revolution|war|rising|revolt|rebellion|insurrection|crisis|siege|campaign|coup|putsch)s?)\b/i.exec(
			text
		);
	return m && /\s[A-Z]/.test(m[1]) ? m[1] : periodOf(text);
}

const MONARCH = /^(?:the\s+)?(?:first\s+)?(?:king|queen|emperor|empress|tsar|kaiser)\b/i;

const POST_INTRO =
	/\b(?:posts?|appointments?|positions?|offices?|career|chronology|titles?|roles?|functions?)\b/i;

/** Office facts of a document. */
export function extractOfficeFacts(doc: IngestedDocument): OfficeFact[] {
	const { index: known, antecedents } = peopleContext(doc);
	const perSentence = sentenceDates(doc);
	const facts: OfficeFact[] = [];
	const seen = new Set<string>();
	let listOwner: { person: string; section: number; sentence: number } | undefined;

	const add = (s: Sentence, fact: Omit<OfficeFact, 'kind' | 'sentence' | 'importance'>): void => {
		const key = `${fact.person}|${fact.office.toLowerCase()}|${fact.how}|${fact.start?.start.iso ?? ''}`;
		if (seen.has(key)) return;
		seen.add(key);
		facts.push({ kind: 'office', sentence: s, importance: importanceOf(fact), ...fact });
	};

	doc.sentences.forEach((s, i) => {
		const ante = antecedents[i] ?? {};
		const text = s.text;
		const titles = findOfficeTitles(text, false, (head) => {
			// The last capitalised name ending in this head noun in the three sentences before.
			for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
				const m = [
					...doc.sentences[k].text.matchAll(new RegExp(`((?:[A-Z][\\w’'-]+\\s+){1,4})${head}\\b`, 'g'))
				].pop();
				if (m && !/^(?:A|The|This|That)\s+$/.test(m[1]))
					return `${m[1].replace(/^(?:A|An|The)\s+/, '')}${head}`;
			}
			return undefined;
		});
		const { found, inherited: above, lead } = perSentence[i];
		// A chronicle item's own leading date ("June 2: … re-elects him General Secretary") dates all its clauses.
		const inherited = above ?? lead;
		const placed = [...found, ...meetingYears(text, found)]
			.sort((a, b) => a.index - b.index)
			.map((d) => ({ ...d, placed: placeDate(doc, s, d) }));
		/**
		 * When a holding happened: the clause's own dates, else the chronicle line above, else a date earlier
		 * in the sentence that governs the clause, else the date of "the same Congress" named just before.
		 */
		const timing = (
			dated: { start?: DateValue; end?: DateValue },
			clauseStart: number
		): { start?: DateValue; end?: DateValue; passage?: { start: number; end: number } } => {
			if (dated.start || dated.end) return dated;
			if (inherited)
				return {
					start: inherited,
					passage: {
						start: Math.min(inherited.span.start, s.start),
						end: Math.max(inherited.span.end, s.end)
					}
				};
			const earlier = earlierDate(placed, clauseStart, text);
			if (earlier) return { start: earlier };
			return sameMeetingDate(doc, perSentence, i) ?? {};
		};

		// A sentence introducing a list of posts: "His official posts can soon be listed:".
		if (!s.listItem && (POST_INTRO.test(text) || /:\s*$/.test(text))) {
			const names = findPersonNames(text, known);
			let person: string | undefined = names.length ? canonicalPerson(names[0].name, known).key : undefined;
			if (!person && /\b(?:his|he)\b/i.test(text)) person = ante.he;
			if (!person && /\b(?:her|she)\b/i.test(text)) person = ante.she;
			if (person) listOwner = { person, section: s.sectionIndex, sentence: i };
		} else if (!s.listItem && listOwner && i - listOwner.sentence > 3 && titles.length === 0)
			listOwner = undefined;

		// List items: "People's Commissar for Nationalities (1917-23)", "1922 — General Secretary of …".
		// A chronology titled with a person ("Jawaharlal Nehru (1889–1964): Chronology") owns its list of posts.
		const titled = titlePerson(doc, s.sectionIndex, known);
		const owner =
			listOwner && listOwner.section === s.sectionIndex ? listOwner.person : s.listItem ? titled : undefined;
		let listed = false;
		// "1860 November 6 Elected President.": a chronology line led by its date and a verb of taking office.
		const leadDate0 = found[0];
		const chronoTitles = leadDate0 && leadDate0.index <= 2 ? findOfficeTitles(text, true) : [];
		if (!s.listItem && leadDate0 && leadDate0.index <= 2 && chronoTitles.length > 0) {
			const between = text.slice(leadDate0.index + leadDate0.length, chronoTitles[0].index);
			const verb =
				/^[\s–—:-]*(Elected|Re-elected|Appointed|Became|Becomes|Named|Sworn in as|Inaugurated as)\s+(?:as\s+)?(?:the\s+)?(?:\w+\s+)?$/i.exec(
					between
				);
			const who = ante.he ?? ante.she ?? titled;
			if (verb && who) {
				add(s, {
					person: displayName(who, known),
					office: chronoTitles[0].office,
					organisation: chronoTitles[0].organisation,
					how: howOf(verb[1]),
					start: placed[0].placed
				});
				return;
			}
		}
		if (s.listItem || (owner && titles.length > 0 && titles[0].index <= 2)) {
			if (owner) {
				for (const segment of splitListItem(text)) {
					const t = findOfficeTitles(segment.text)[0];
					if (!t) continue;
					const lead = segment.text.slice(0, t.index);
					const leadDate = found.find((d) => d.index >= segment.start && d.index < segment.start + t.index);
					// "2 September 1946 – Vice-President of …", "1936 – elected President of the Congress again".
					const leadVerb =
						/(?:^|[–—:-]\s*)(elected|re-elected|appointed|becomes|became|named|made|sworn in as)\s*(?:as\s+)?(?:the\s+)?$/.exec(
							lead
						);
					const bare = leadVerb ? lead.slice(0, leadVerb.index) : lead;
					const filler = bare
						.replace(leadDate?.value.written ?? '', '')
						.replace(/\b(?:the|first|a|an)\b/gi, '');
					if (bare.trim() && !(leadDate && /^[\s\d–—:.,-]*$/.test(filler))) continue;
					const segDates = placed.filter(
						(d) => d.index >= segment.start && d.index < segment.start + segment.text.length
					);
					const { start, end } = datesOf('held', text, segDates);
					// "… and Supreme Commander-in-chief during the Second World War": the item's period dates each post.
					const during = start || end ? undefined : periodOf(text);
					if (!start && !end && !during) continue;
					// A chronology line dated to one day or month marks taking the post, a span holding it.
					const single = !!leadDate && !leadDate.value.end && !leadDate.value.open;
					const how: SuccessionVerb = leadVerb ? howOf(leadVerb[1]) : single ? 'became' : 'held';
					add(s, {
						person: displayName(owner, known),
						office: t.office,
						organisation: t.organisation,
						how,
						start,
						end,
						...(during ? { during } : {})
					});
					listed = true;
				}
				// An item that is not a post of the owner may still state someone's post in prose.
				if (listed) return;
			}
		}

		let lastRelation: { rel: Relation; clauseStart: number; end: number } | undefined;
		for (const t of titles) {
			let clause = clauseOf(text, t.index);
			let rel = relationBefore(text.slice(clause.start, t.index), t.index - clause.start);
			if (!rel && clause.start > 0 && SUBJECTLESS.test(text.slice(clause.start))) {
				const m = SECOND_DEED.exec(text.slice(0, t.index));
				if (m) {
					rel = { how: howOf(m[2]), personText: m[1], personIndex: m.index };
					clause = { start: 0, end: clause.end };
				}
			}
			// "removed as an editor of Pravda, as a political secretary of …", "a member of … as well as a candidate member of …"
			if (!rel && lastRelation && lastRelation.clauseStart === clause.start) {
				const gap = text.slice(lastRelation.end, t.index);
				if (
					// "… appointed Vice-Minister under Prime Minister Tanaka": a post named after a preposition is someone else's.
					/^\s*,?\s*(?:and\s+|as well as\s+)?(?:as\s+)?(?:the\s+|a\s+|an\s+)?(?:(?!(?:under|with|by|to|from|for|in|at|of|than|beside|alongside)\s)\w+\s+)?$/.test(
						gap
					) &&
					!/[;.]/.test(gap)
				)
					rel = lastRelation.rel;
				// "Bailly becomes mayor of Paris, Lafayette commander of the National Guard": a new holder, same verb.
				const gapped = /^\s*,\s*(?:and\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+$/.exec(gap);
				if (gapped && plausibleName(gapped[1]))
					rel = {
						...lastRelation.rel,
						personText: gapped[1],
						personIndex: lastRelation.end - clause.start + gap.indexOf(gapped[1])
					};
			}
			if (!rel) continue;
			lastRelation = { rel, clauseStart: clause.start, end: t.index + t.length };
			const clauseText = text.slice(clause.start, clause.end);
			if (rel.holderAfter) {
				// The holder is the subject right after the post's phrase: "being chairman of X, he …".
				const subject = new RegExp(
					String.raw`^(?:\s+(?:during|in|throughout)\s+[^,;]{1,60})?\s*,\s*${PERSON_SLOT}\s+(?:\w+ly\s+)?[a-z]+`
				).exec(text.slice(t.index + t.length));
				if (!subject || subject[1] === 'who') continue;
				rel = {
					...rel,
					personText: subject[1],
					personIndex: t.index + t.length - clause.start + subject[0].indexOf(subject[1])
				};
			} else if (PROPOSAL.test(clauseText.slice(0, t.index - clause.start))) continue;
			const local = antecedentsAt(text, clause.start, known, ante);
			// "Prince Maximilian of Baden was appointed …": a name right after "of" is his land, not him.
			if (/\bof\s+$/.test(text.slice(0, clause.start + rel.personIndex))) continue;
			// "elected Holy Roman Emperor", "appointed Hitler Reich Chancellor": a slot running into a longer
			// title is that title's first words, not a person (office-fallback.ts reads the sentence).
			const slotEnd = clause.start + rel.personIndex + rel.personText.length;
			if (
				!rel.holderAfter &&
				findPostTitles(text, true).some(
					(p) => p.index < t.index && p.index + p.length >= t.index + t.length && p.index < slotEnd
				)
			)
				continue;
			let person = personOf(rel.personText, known, local, text, clause.start + rel.personIndex);
			if (!person) continue;
			// A prince is known by his land: "Maximilian of Baden".
			const land = /^\s+of\s+([A-Z][\wÀ-ÿ-]+)\b/.exec(
				text.slice(clause.start + rel.personIndex + rel.personText.length)
			);
			if (
				land &&
				/\b(?:Prince|Princess|Duke|Duchess|Archduke|Count|Countess|Margrave|Elector)\s+(?:[A-Z][\w-]+\s*)?$/.test(
					text.slice(0, clause.start + rel.personIndex) + rel.personText
				)
			) {
				const display = `${displayName(person, known)} of ${land[1]}`;
				person = display.toLowerCase();
				if (!known.people.has(person))
					known.people.set(person, { key: person, display, full: display, count: 1 });
			}
			if (
				!known.people.has(person) &&
				!findPersonNames(rel.personText, known).length &&
				!/^(?:he|she|him|her|who)$/i.test(rel.personText) &&
				!plausibleName(withoutRank(rel.personText))
			)
				continue;
			let passivePredecessor: string | undefined;
			if (rel.passiveSuccession) {
				// "He was succeeded as chancellor by Leo von Caprivi": Caprivi holds the post after him.
				const by = new RegExp(
					String.raw`^\s*,?\s*${rel.successorAfter ? '(?:was|became)\\s+(?:Sir\\s+)?' : 'by\\s+(?:Sir\\s+)?'}((?:[A-Z][a-z]?\.\s?){0,3}${NAME_WORD}(?:\s+(?:(?:von|van|de|der|du|da|di|del|la|le)\s+)?${NAME_WORD}){0,3})`
				).exec(text.slice(t.index + t.length));
				if (!by) continue;
				// "He" is whoever held this post before; prefer the document's earlier holder of it.
				const head = t.office.split(/\s+of\s+/)[0].toLowerCase();
				const earlier = [...facts].reverse().find((f) => f.office.toLowerCase().startsWith(head));
				passivePredecessor = /^(?:he|she|who)$/i.test(rel.personText)
					? (earlier?.person ?? displayName(person, known))
					: displayName(person, known);
				person = canonicalPerson(by[1], known).key;
				if (!known.people.has(person))
					known.people.set(person, {
						key: person,
						display: canonicalPerson(by[1]).display,
						full: by[1],
						count: 1
					});
			}
			// A copular "X was chairman" needs a date to be a holding worth a card.
			// Dates after the post come first; a bracket before it ("Kalinin (…; 3 June 1946) … chairman") is not its date.
			const inClause = placed.filter((d) => d.index >= clause.start && d.index < clause.end);
			// …but not a date inside a later noun phrase ("the Oct. 16, 1917, session").
			const afterTitle = inClause.filter(
				(d) =>
					d.index >= t.index &&
					!/\b(?:the|a|an|[’']s)\s+$/i.test(text.slice(Math.max(0, d.index - 6), d.index)) &&
					// "was consul at Andong and consul-general at Tianjin (1922)": the year of the later post.
					!(rel.how === 'held' && /\band\b/.test(text.slice(t.index + t.length, d.index)))
			);
			const clauseDates = afterTitle.length
				? afterTitle
				: inClause.filter(
						(d) => !insideBracket(text, d.index) && !(rel.how === 'held' && d.index >= t.index + t.length)
					);
			// A body's first head holds the post from the body's founding: "opened in 1811 with X as its commandant".
			const dated =
				rel.ofSubject && clauseDates.length
					? { start: clauseDates[0].placed }
					: datesOf(
							rel.how,
							clauseText,
							clauseDates.map((d) => ({ ...d, index: d.index - clause.start }))
						);
			const { start, end, passage } = timing(dated, clause.start);
			const during =
				start || end
					? undefined
					: (periodOf(text.slice(t.index, clause.end)) ?? (rel.holderAfter ? eventOf(text) : undefined));
			if (rel.how === 'held' && !start && !end && !during) continue;
			let predecessor: string | undefined = passivePredecessor;
			if (rel.other) {
				// "When Sverdlov died, Kalinin replaced him as …": him is the person named before the holder in
				// the sentence, else the previous sentence's subject — never the holder himself.
				const named = findPersonNames(text.slice(0, clause.start + rel.personIndex), known)
					.map((n) => canonicalPerson(n.name, known).key)
					.filter((k) => k !== person);
				// "Witte's resignation accepted. Goremykin succeeds him …": else the last other person named just before.
				const previous = i > 0 ? findPersonNames(doc.sentences[i - 1].text, known) : [];
				const lastBefore = previous
					.map((n) => canonicalPerson(n.name, known).key)
					.filter((k) => k !== person)
					.pop();
				// …and the paragraph's "he" only when the sentence before names him: a stale one is a wrong guess.
				const stale = (/^him$/i.test(rel.other.text) ? ante.he : ante.she) ?? null;
				const recent =
					stale && i > 0 && doc.sentences[i - 1].text.includes(displayName(stale, known)) ? stale : null;
				// "Napoleon abdicated …; Louis XVIII succeeded him": the subject of the sentence's first clause.
				const opening =
					clause.start > 0
						? /^([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)\s+(?:had\s+)?(?:abdicated|resigned|died|fell|was\s+(?:deposed|overthrown|dismissed|killed|assassinated|removed))\b/u.exec(
								text
							)
						: null;
				const subjectBefore =
					opening && plausibleName(opening[1]) ? canonicalPerson(opening[1], known).key : undefined;
				const other = /^(?:him|her)$/i.test(rel.other.text)
					? (named[named.length - 1] ??
						(subjectBefore !== person ? subjectBefore : undefined) ??
						lastBefore ??
						recent)
					: personOf(rel.other.text, known, ante, text, 0);
				if (other) predecessor = displayName(other, known);
			}
			const after = text.slice(t.index + t.length, clause.end + 80);
			const succeeding =
				/^[^.;]{0,40}?,?\s*(?:succeeding|replacing|in place of|in succession to)\s+((?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w’'-]+)/.exec(
					after
				);
			const deathOf =
				/\b(?:after|following|on)\s+the\s+death\s+of\s+((?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w’'-]+)/i.exec(
					text.slice(0, t.index)
				);
			const pred = succeeding?.[1] ?? deathOf?.[1];
			if (!predecessor && pred) {
				const p = findPersonNames(pred, known)[0];
				if (p) predecessor = canonicalPerson(p.name, known).display;
			}
			// "The Academy was opened in 1924 with X as its commandant": the body is the sentence's subject.
			const body = rel.ofSubject && !t.organisation ? FOUNDED_BODY.exec(text)?.[1] : undefined;
			if (rel.ofSubject && !t.organisation && !body) continue;
			add(s, {
				person: displayName(person, known),
				office: body ? `${t.office} of the ${body}` : t.office,
				organisation: body ?? t.organisation,
				// A law or a coronation makes a king; nobody "appoints" one.
				how: rel.how === 'appointed' && MONARCH.test(t.office) ? 'became' : rel.how,
				start,
				end,
				...(predecessor && predecessor !== displayName(person, known) ? { predecessor } : {}),
				...(passage ? { passage } : {}),
				...(rel.forced ? { forced: true } : {}),
				...(during ? { during } : {})
			});
			// "Bismarck resigned as Chancellor in March 1890 and was succeeded by Leo von Caprivi."
			const next = rel.how === 'removed' || rel.how === 'resigned' ? SUCCEEDED_BY.exec(after) : null;
			if (next) {
				const nextKey = personOf(next[1], known, ante, text, 0);
				if (nextKey && nextKey !== person)
					add(s, {
						person: displayName(nextKey, known),
						office: t.office,
						organisation: t.organisation,
						how: 'succeeded',
						start: end ?? start,
						predecessor: displayName(person, known),
						...(passage ? { passage } : {})
					});
			}
		}
		// "Zinoviev was forced to hand over the leadership of the Leningrad Party to Kirov".
		for (const h of handovers(text)) {
			const org = readOrganisation(text, h.orgAt);
			if (!org) continue;
			const fromKey = personOf(h.from, known, ante, text, h.fromAt);
			const toKey = personOf(h.to, known, ante, text, h.toAt);
			if (!fromKey || !toKey || fromKey === toKey) continue;
			const clause = clauseOf(text, h.orgAt);
			const clauseDates = placed.filter((d) => d.index >= clause.start && d.index < clause.end);
			const dated = datesOf(
				'became',
				text.slice(clause.start, clause.end),
				clauseDates.map((d) => ({ ...d, index: d.index - clause.start }))
			);
			const organisation = titleCase(org.text);
			const office = `${h.post} of the ${organisation}`;
			const start = dated.start ?? inherited;
			add(s, {
				person: displayName(toKey, known),
				office,
				organisation,
				how: 'succeeded',
				start,
				predecessor: displayName(fromKey, known)
			});
			// "forced to hand over the leadership": the one who gave it up was pushed out of the post.
			if (h.forced)
				add(s, {
					person: displayName(fromKey, known),
					office,
					organisation,
					how: 'removed',
					end: start,
					forced: true
				});
		}
		// "Garibaldi assumes the dictatorship of Sicily", "X resigned the presidency of Y and was succeeded by Z".
		for (const c of chargesTaken(text)) {
			const org = readOrganisation(text, c.orgAt)!;
			const clause = clauseOf(text, c.orgAt);
			if (PROPOSAL.test(text.slice(clause.start, c.orgAt))) continue;
			const key = personOf(c.person, known, antecedentsAt(text, clause.start, known, ante), text, c.personAt);
			if (!key || (!known.people.has(key) && !plausibleName(c.person) && !/^(?:he|she)$/i.test(c.person)))
				continue;
			const clauseDates = placed.filter((d) => d.index >= clause.start && d.index < clause.end);
			const how: SuccessionVerb = c.leaving
				? /lost/.test(text.slice(c.personAt, c.orgAt))
					? 'removed'
					: 'resigned'
				: 'became';
			const dated = timing(
				datesOf(
					how,
					text.slice(clause.start, clause.end),
					clauseDates.map((d) => ({ ...d, index: d.index - clause.start }))
				),
				clause.start
			);
			const organisation = titleCase(org.text);
			const office = `${c.post} of ${/^[A-Z]/.test(org.text) && !ORG_NOUN.test(org.text.split(/\s+/).pop() ?? '') ? '' : 'the '}${organisation}`;
			const person = displayName(key, known);
			add(s, { person, office, organisation, how, ...dated });
			if (c.successor && c.successorAt !== undefined) {
				const next = personOf(c.successor, known, ante, text, c.successorAt);
				if (next && next !== key)
					add(s, {
						person: displayName(next, known),
						office,
						organisation,
						how: 'succeeded',
						start: dated.end ?? dated.start,
						predecessor: person,
						...(dated.passage ? { passage: dated.passage } : {})
					});
			}
		}
		// "this centre, called the Political Bureau, consisted of Lenin, Zinoviev, … and Bubnov".
		const body = membersOf(text);
		if (body) {
			const clause = clauseOf(text, body.listAt);
			const clauseDates = placed.filter((d) => d.index >= clause.start && d.index < clause.end);
			const dated = timing(
				datesOf(
					'elected',
					text.slice(clause.start, clause.end),
					clauseDates.map((d) => ({ ...d, index: d.index - clause.start }))
				),
				clause.start
			);
			const members = body.members.map((m) => canonicalPerson(m, known).display);
			add(s, {
				person: members[0],
				office: `Member of the ${body.name}`,
				organisation: body.name,
				how: 'elected',
				members,
				...dated
			});
		}
		// A table flattened into a line: "| Necker | Director-General of Finance (dismissed 11 July 1789) | | Bailly | …".
		if ((text.match(/\|/g)?.length ?? 0) >= 4) {
			for (const row of text.split(/\|\s*\|/)) {
				const cells = row
					.split('|')
					.map((c) => c.trim())
					.filter(Boolean);
				if (cells.length < 2 || !plausibleName(cells[0])) continue;
				const rowAt = text.indexOf(row);
				const cellAt = text.indexOf(cells[1], rowAt);
				const post = findOfficeTitles(cells[1], true)[0];
				if (!post || post.index > 2) continue;
				const cellDates = placed.filter((d) => d.index >= cellAt && d.index < cellAt + cells[1].length);
				const removed = /\b(?:dismissed|removed|deposed|ousted|resigned)\b/i.test(cells[1]);
				const dated = datesOf(
					removed ? 'removed' : 'held',
					cells[1],
					cellDates.map((d) => ({ ...d, index: d.index - cellAt }))
				);
				const key = canonicalPerson(cells[0], known).key;
				add(s, {
					person: known.people.get(key)?.display ?? cells[0],
					office: post.office,
					organisation: post.organisation,
					how: removed ? 'removed' : 'held',
					start: dated.start,
					end: dated.end
				});
			}
			return;
		}
		// "27 July 1793 – Robespierre elected to the Committee": a list line without its auxiliary.
		if (s.listItem) {
			const reduced =
				/(?:^|[–—:-]\s+)([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(elected|appointed|co-opted|re-elected)\s+(?=to\s)/.exec(
					text
				);
			const org = reduced ? readOrganisation(text, reduced.index + reduced[0].length, true) : null;
			if (reduced && org && ORGAN.test(org.text) && plausibleName(reduced[1])) {
				const organisation = titleCase(org.text);
				add(s, {
					person: canonicalPerson(reduced[1], known).display,
					office: `Member of the ${organisation}`,
					organisation,
					how: howOf(reduced[2]),
					start: placed[0]?.placed
				});
			}
		}
		// Membership of a body: "Kalinin was elected to the Central Committee", "elects J. V. Stalin to the …".
		MEMBERSHIP.lastIndex = 0;
		for (let m = MEMBERSHIP.exec(text); m; m = MEMBERSHIP.exec(text)) {
			const promoted = /promoted/.test(m[0]);
			// "of"/"in" lead to a body only after "promoted to membership"; "elected in 1919" names none.
			if (!promoted && /^\s*(?:of|in)\s/.test(text.slice(m.index + m[0].length))) continue;
			const org = readOrganisation(text, m.index + m[0].length, true);
			if (!org || !ORGAN.test(org.text)) continue;
			// "removed from the Politburo" ends a membership; "elected from" is not one.
			const fromLead = /^\s*from\s/.test(text.slice(m.index + m[0].length));
			if (fromLead !== (howOf(m[1] ?? m[2]) === 'removed')) continue;
			const clause = clauseOf(text, m.index);
			if (PROPOSAL.test(text.slice(clause.start, m.index + m[0].length))) continue;
			let personKey: string | null = null;
			if (m[3]) personKey = personOf(m[3], known, ante, text, m.index);
			else {
				const subject = /((?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w’'-]+|[Hh]e|[Ss]he)\s+(?:\w+ly\s+)?$/.exec(
					text.slice(clause.start, m.index)
				);
				if (subject)
					personKey = personOf(
						subject[1],
						known,
						antecedentsAt(text, clause.start, known, ante),
						text,
						clause.start
					);
			}
			if (!personKey || !known.people.has(personKey)) continue;
			const clauseDates = placed.filter((d) => d.index >= clause.start && d.index < clause.end);
			const clauseText = text.slice(clause.start, clause.end);
			const how = howOf(m[1] ?? m[2]);
			const dated = datesOf(
				how,
				clauseText,
				clauseDates.map((d) => ({ ...d, index: d.index - clause.start }))
			);
			const { start, end, passage } = timing(dated, clause.start);
			const organisation = titleCase(org.text);
			add(s, {
				person: displayName(personKey, known),
				office: `${/full\s+membership/.test(m[0]) ? 'Full Member' : 'Member'} of the ${organisation}`,
				organisation,
				how,
				start,
				end,
				...(passage ? { passage } : {})
			});
		}
	});
	return qualifyBarePosts(doc, facts);
}

/**
 * "At the same Congress Stalin was re-elected General Secretary": a post named bare where the document
 * names it in full elsewhere ("General Secretary of the Communist Party") is that post — when the
 * document gives it only one full name.
 */
function qualifyBarePosts(doc: IngestedDocument, facts: OfficeFact[]): OfficeFact[] {
	const bare = facts.filter((f) => !f.organisation && !/\s(?:of|for|to)\s/i.test(f.office));
	if (bare.length === 0) return facts;
	const fullNames = new Map<string, Map<string, OfficeTitle>>();
	for (const s of doc.sentences)
		for (const t of findOfficeTitles(s.text)) {
			if (!t.organisation) continue;
			// "General Secretary" + "Communist Party", or "Chairman of the Council" → "chairman".
			const head = (/^(.+?)\s+of\s+/i.exec(t.office)?.[1] ?? t.office).toLowerCase();
			const names = fullNames.get(head) ?? new Map<string, OfficeTitle>();
			names.set(t.organisation.toLowerCase(), t);
			fullNames.set(head, names);
		}
	for (const f of bare) {
		const names = fullNames.get(f.office.toLowerCase());
		if (!names || names.size !== 1) continue;
		const full = [...names.values()][0];
		f.organisation = full.organisation;
		if (/\sof\s/i.test(full.office)) f.office = full.office;
	}
	return facts;
}

/** The post a handed-over charge makes: "the leadership of …" → Leader of …. */
const CHARGE_POST: Record<string, string> = {
	leadership: 'Leader',
	command: 'Commander',
	chairmanship: 'Chairman',
	presidency: 'President',
	editorship: 'Editor',
	direction: 'Director',
	premiership: 'Premier',
	governorship: 'Governor',
	dictatorship: 'Dictator',
	chancellorship: 'Chancellor',
	regency: 'Regent',
	viceroyalty: 'Viceroy',
	secretaryship: 'Secretary'
};
const CHARGE = String.raw`(?:the\s+)?(${Object.keys(CHARGE_POST).join('|')})(?=\s+of\s)`;
const NAME = String.raw`((?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}|[Hh]e|[Ss]he)`;
const HAND_OVER = new RegExp(
	String.raw`${NAME}\s+(?:(?:was|were)\s+(forced|compelled|obliged|made)\s+to\s+(?:hand|pass|give|turn)|(?:handed|passed|gave|turned|hands|passes|gives))\s+over\s+${CHARGE}`,
	'g'
);
const TAKE_OVER = new RegExp(String.raw`${NAME}\s+(?:took|takes|assumed|assumes)\s+over\s+${CHARGE}`, 'g');

const TAKE_CHARGE = new RegExp(
	String.raw`${PERSON_SLOT}${PERSON_TAIL}\s+(?:\w+ly\s+)?(assumed|assumes|took\s+up|takes\s+up|accepted|accepts|resigned|resigns|gave\s+up|gives\s+up|relinquished|relinquishes|laid\s+down|lost|loses)\s+${CHARGE}`,
	'g'
);
const SUCCEEDED_BY = new RegExp(
	String.raw`^[^.;]{0,80}?\b(?:and\s+)?(?:was|is)\s+(?:\w+ly\s+)?(?:succeeded|replaced)\s+by\s+(?:Sir\s+)?((?:[A-Z][a-z]?\.\s?){0,3}${NAME_WORD}(?:\s+(?:(?:von|van|de|der|du|da|di|del|la|le)\s+)?${NAME_WORD}){0,3})`
);

/**
 * A charge named by its noun: "Garibaldi assumes the dictatorship of Sicily", "Bolívar resigned the
 * presidency of Colombia … and was succeeded by Joaquín Mosquera".
 */
function chargesTaken(text: string): Array<{
	post: string;
	orgAt: number;
	person: string;
	personAt: number;
	leaving: boolean;
	successor?: string;
	successorAt?: number;
}> {
	const out: ReturnType<typeof chargesTaken> = [];
	TAKE_CHARGE.lastIndex = 0;
	for (let m = TAKE_CHARGE.exec(text); m; m = TAKE_CHARGE.exec(text)) {
		const orgAt = m.index + m[0].length;
		const org = readOrganisation(text, orgAt);
		if (!org) continue;
		const leaving = /^(?:resign|gave|gives|relinquish|laid|lost|lose)/.test(m[2]);
		const rest = text.slice(orgAt + org.length);
		const next = leaving ? SUCCEEDED_BY.exec(rest) : null;
		out.push({
			post: CHARGE_POST[m[3].toLowerCase()],
			orgAt,
			person: m[1],
			personAt: m.index,
			leaving,
			...(next
				? { successor: next[1], successorAt: orgAt + org.length + next[0].length - next[1].length }
				: {})
		});
	}
	return out;
}

/**
 * A charge handed from one person to another: "X handed over the command of the army to Y",
 * "Y took over the leadership of the party from X". The successor is whoever receives it.
 */
function handovers(text: string): Array<{
	post: string;
	orgAt: number;
	from: string;
	fromAt: number;
	to: string;
	toAt: number;
	forced: boolean;
}> {
	const out: ReturnType<typeof handovers> = [];
	for (const [re, giving] of [
		[HAND_OVER, true],
		[TAKE_OVER, false]
	] as const) {
		re.lastIndex = 0;
		for (let m = re.exec(text); m; m = re.exec(text)) {
			const charge = giving ? m[3] : m[2];
			const orgAt = m.index + m[0].length;
			const org = readOrganisation(text, orgAt);
			if (!org) continue;
			const rest = text.slice(orgAt + org.length);
			const other = new RegExp(String.raw`^,?\s+${giving ? 'to' : 'from'}\s+${NAME}`).exec(rest);
			if (!other) continue;
			const otherAt = orgAt + org.length + other[0].length - other[1].length;
			const side = { text: m[1], at: m.index };
			const [from, to] = giving
				? [side, { text: other[1], at: otherAt }]
				: [{ text: other[1], at: otherAt }, side];
			out.push({
				post: CHARGE_POST[charge.toLowerCase()],
				orgAt,
				from: from.text,
				fromAt: from.at,
				to: to.text,
				toAt: to.at,
				forced: giving && !!m[2]
			});
		}
	}
	return out;
}

const MEMBERSHIP =
	/\b(?:(?:was|were|is|are)\s+(?:\w+ly\s+)?(re-?elected|elected|appointed|placed|put|co-opted|chosen|removed|dismissed|expelled|ousted|promoted\s+to\s+(?:full\s+)?membership(?=\s+(?:of|on|in)\s))|(elects|re-?elects|appoints|elected|appointed)\s+((?:[A-Z][a-z]?\.\s?){0,3}[A-Z][\w’'-]+|him|her))\s+(?=to\s|on\s|onto\s|from\s|of\s|in\s)/g;

/** The person a section's title names, if any ("Jawaharlal Nehru (1889–1964): Chronology"). */
function titlePerson(doc: IngestedDocument, section: number, known: PersonIndex): string | undefined {
	const title = doc.sections[section]?.title;
	if (!title) return undefined;
	const m = findPersonNames(title, known)[0];
	return m ? canonicalPerson(m.name, known).key : undefined;
}

/** Split a list item holding several posts: "Member of … from May 1917, and General Secretary from 1922". */
function splitListItem(text: string): Array<{ text: string; start: number }> {
	const out: Array<{ text: string; start: number }> = [];
	const re =
		/;\s*|,\s+and\s+|\s+and\s+(?=(?:[A-Z][\w’'-]+\s+){0,2}(?:Secretary|Chairman|President|Commissar|Member|Head|Leader|Editor|Commander))/g;
	let from = 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		out.push({ text: text.slice(from, m.index), start: from });
		from = m.index + m[0].length;
	}
	out.push({ text: text.slice(from), start: from });
	return out.map((p) => {
		const lead = p.text.length - p.text.trimStart().length;
		return {
			text: p.text.trim().replace(/^[-–•*]\s*/, ''),
			start: p.start + lead + (/^[-–•*]\s*/.exec(p.text.trim())?.[0].length ?? 0)
		};
	});
}

function clauseOf(text: string, index: number): { start: number; end: number } {
	const BOUNDARY =
		/;|\s[–—]\s|,\s+(?:and|but|where|which|while|whereas|although|though|in whose|whose|in which)\b/g;
	let start = 0;
	let end = text.length;
	for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
		if (m.index + m[0].length <= index) start = m.index + (m[0].startsWith(',') ? 1 : m[0].length);
		else if (m.index >= index) {
			end = m.index;
			break;
		}
	}
	while (/\s/.test(text[start] ?? '')) start++;
	const lead = /^(?:and|but|where|which|while|whereas|although|though)\s+/.exec(text.slice(start));
	if (lead) start += lead[0].length;
	return { start, end };
}

const TOP_OFFICE =
	/\b(?:general secretary|first secretary|chairman|president|premier|prime minister|head of state|people['’]s commissar|commissar|minister|leader|supreme commander|chancellor|emperor|empress|king|queen|tsar|kaiser|pope|ambassador|mayor|dictator)\b/i;

function importanceOf(fact: Omit<OfficeFact, 'kind' | 'sentence' | 'importance'>): number {
	let score = 0.5;
	if (TOP_OFFICE.test(fact.office)) score = 0.8;
	if (/^member\b|^candidate\b/i.test(fact.office))
		score = /politburo|political bureau|central committee/i.test(fact.office) ? 0.7 : 0.4;
	if (
		/commission|presidium of the (?:\w+ )?congress|conference/i.test(fact.office) &&
		/^member/i.test(fact.office)
	)
		score = 0.3;
	if (fact.predecessor) score += 0.05;
	if (fact.start && fact.start.start.precision !== 'decade') score += 0.05;
	return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
}
