import type { IngestedDocument, Sentence } from '../ingest/types';
import { findDateExpressions } from './date-expressions';
import type { DateFact, DateValue, Fact, ThesisFact } from './types';

/**
 * A volume of one statesman's speeches, addresses and letters ("Selected Speeches of Abraham
 * Lincoln", "CHARLES DE GAULLE / SPEECHES AND MESSAGES"). Each piece has a title and, under it, a
 * dateline that may name the place first ("House of Commons, 4 June 1940", "Kingston, Jamaica,
 * September 6, 1815"). Exams ask when each piece was given and what the speaker claimed in it, so this
 * module dates every piece by its dateline and reads the speaker's own claims from its prose: the
 * contrast ("X is not Y but Z"), the denial ("wars are not won by evacuations"), the duty ("the flame
 * … must not go out"), the cleft ("It is from the head of State … that …"), the aim ("our aim is …"),
 * the only one ("there is only one category …") and the resolve ("we shall never surrender").
 */

const GENRE = String.raw`(?:speeches|addresses|writings|letters|papers|messages|broadcasts|orations|sermons|proclamations|appeals|despatches|dispatches)`;
const PARTICLE = String.raw`(?:de|du|des|da|di|del|van|von|der|le|la|ten|ter)`;
/** A person's name on a title page: capitalised words, with the particles of French, Dutch, German names. */
const NAME = String.raw`((?:\p{Lu}[\p{L}\p{M}'’.-]*[^\S\n]+(?:${PARTICLE}[^\S\n]+)?){0,3}\p{Lu}[\p{L}\p{M}'’-]+)`;
const NOT_NAME =
	/\b(?:the|selected|collected|complete|speeches|letters|writings|papers|volume|edition|press|university|state|war|peace|england|france|america)\b/i;

/** "CHARLES DE GAULLE" → "de Gaulle"; "Simón Bolívar" → "Bolívar": the surname, with its particle. */
export function speakerName(raw: string): string {
	const words = raw.trim().split(/\s+/);
	const last = words.length - 1;
	let first = last;
	while (first > 1 && new RegExp(`^${PARTICLE}$`, 'i').test(words[first - 1])) first--;
	return words
		.slice(first)
		.map((w, i) =>
			i < last - first
				? w.toLowerCase()
				: w === w.toUpperCase()
					? w.toLowerCase().replace(/(^|-)(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
					: w
		)
		.join(' ');
}

/**
 * "A T A T Ü R K" → "ATATÜRK": a letter-spaced run read as a word. (A `\b` would not see the "Ü": in
 * JavaScript it knows only ASCII letters.)
 */
export function joinLetterSpacing(text: string, minLetters = 3): string {
	const run = new RegExp(String.raw`(?<!\p{L})\p{L}(?: \p{L}(?!\p{L})){${minLetters - 1},}`, 'gu');
	return text.replace(run, (letters) => letters.replace(/ /g, ''));
}

/** Who the volume is by, read from its title page ("Speeches of X", "X: Speeches", "X / SPEECHES …"). */
export function volumeSpeaker(doc: IngestedDocument): string | undefined {
	// A letter-spaced title page ("S P E E C H E S") reads as words first.
	const head = joinLetterSpacing(doc.original.slice(0, 800));
	const candidates = [
		new RegExp(`\\b${GENRE}\\b[^\\n]{0,40}?\\b(?:of|by)\\s+${NAME}`, 'iu').exec(head)?.[1],
		// "Churchill's War Speeches", "LINCOLN'S SELECTED ADDRESSES".
		new RegExp(`${NAME}['’]s\\s+(?:\\p{L}+\\s+){0,2}${GENRE}\\b`, 'iu').exec(head)?.[1],
		new RegExp(
			`^[^\\S\\n]*${NAME}[^\\S\\n]*(?::[^\\S\\n]*|\\n(?:[^\\S\\n]*\\n)?[^\\S\\n]*)(?:the\\s+)?(?:(?:selected|collected|complete|major|great|war|famous|principal)\\s+)?${GENRE}\\b`,
			'imu'
		).exec(head)?.[1],
		// "WINSTON S. CHURCHILL / NEVER SURRENDER / Eight Speeches, 1938–1946": the name on the first line,
		// the volume's title under it, and the genre a line or two below.
		new RegExp(`^\\s*${NAME}[^\\S\\n]*\\n(?:[^\\n]{1,60}\\n){0,2}[^\\n]{0,30}\\b${GENRE}\\b`, 'iu').exec(
			head
		)?.[1]
	];
	const name = candidates.find((c) => c && !NOT_NAME.test(c) && c.split(/\s+/).length >= 1);
	return name ? speakerName(name) : undefined;
}

// ---------------------------------------------------------------- datelines

/** "House of Commons, ", "Kingston, Jamaica, ": the place a dateline names before its date. */
const PLACE_LIST = /^(?:[\p{Lu}\p{N}][^,\n]{0,40},\s*){1,4}$/u;

/** A line saying how and where the piece was given, ending "on" before its date. */
const PIECE_LINE =
	/^(?:(?:A|An|The)\s)?(?:Speech|Address|Broadcast|Radio\s+broadcast|Lecture|Letter|Message|Delivered|Given|Spoken|Written|Read|Made)\b[^.!?]{0,120}\s(?:on|of|dated)$/;

export interface Dateline {
	date: DateValue;
	/** Offsets of the whole dateline in the original. */
	start: number;
	end: number;
}

/** A dateline: a full date with a year filling the line, maybe after the place ("Paris, 25 August 1944"). */
export function readDateline(line: string, lineStart: number, original: string): Dateline | undefined {
	const text = line.trimEnd();
	const found = findDateExpressions(text).filter((d) => /\b1[0-9]{3}\b|\b20[0-9]{2}\b/.test(d.value.written));
	if (found.length !== 1) return undefined;
	const d = found[0];
	if (
		d.value.end ||
		d.value.open ||
		d.value.start.precision === 'decade' ||
		d.value.start.precision === 'year'
	)
		return undefined;
	const before = text.slice(0, d.index).trim().replace(/^[[(]/, '');
	const after = text
		.slice(d.index + d.length)
		.trim()
		.replace(/[.\])]+$/, '');
	// "13 May 1940, House of Commons": the place may follow the date.
	if (after && !(after.startsWith(',') && PLACE_LIST.test(`${after.slice(1).trim()}, `))) return undefined;
	// "Delivered in the House of Commons on 13 May 1940", "Broadcast from London on 18 June 1940".
	const told = PIECE_LINE.test(before);
	if (before && !told && !(before.endsWith(',') && PLACE_LIST.test(`${before} `))) return undefined;
	const span = { start: lineStart + d.index, end: lineStart + d.index + d.length };
	const lead = line.length - line.trimStart().length;
	return {
		date: { ...d.value, written: original.slice(span.start, span.end), span },
		start: lineStart + lead,
		end: lineStart + text.length
	};
}

export interface Speech {
	section: number;
	title: string;
	/** Lines between the title and the dateline ("Speech at the Hôtel de Ville"). */
	subtitle: string;
	dateline: Dateline;
	/** Start of the title in the original. */
	start: number;
}

const HEAD_LINES = 6;

/** The pieces of a volume: sections whose head carries a dateline, and the pages that continue them. */
export function speechesOf(doc: IngestedDocument): Map<number, Speech> {
	const speeches = new Map<number, Speech>();
	const titleCount = new Map<string, number>();
	for (const s of doc.sections) {
		const key = s.title?.trim().toLowerCase();
		if (key) titleCount.set(key, (titleCount.get(key) ?? 0) + 1);
	}
	// How often each line stands alone in the page ("SELECTED SPEECHES AND STATEMENTS" atop every other
	// page): the ingester may have made only one of them a section title. Counted once, when first needed.
	let lines: Map<string, number> | undefined;
	const lineCount = () => {
		if (lines) return lines;
		lines = new Map();
		for (const m of doc.original.matchAll(/^[^\S\n]*(\S[^\n]{2,80}?)[^\S\n]*$/gm)) {
			const key = joinLetterSpacing(m[1], 2).replace(/\s+/g, ' ').toLowerCase();
			lines.set(key, (lines.get(key) ?? 0) + 1);
		}
		return lines;
	};
	let previous: Speech | undefined;
	doc.sections.forEach((section, k) => {
		const title = section.title?.trim();
		const lines: Array<{ text: string; start: number }> = [];
		const LINE = /[^\n]+/g;
		LINE.lastIndex = section.start;
		// The head ends with the section: a running header's section must not borrow the next piece's dateline.
		for (
			let m = LINE.exec(doc.original);
			m && m.index < section.end && lines.length < HEAD_LINES;
			m = LINE.exec(doc.original)
		)
			if (m[0].trim()) lines.push({ text: m[0], start: m.index });
		const subtitle: string[] = [];
		let found: Speech | undefined;
		if (title)
			for (const line of lines.slice(1)) {
				const dateline = readDateline(line.text, line.start, doc.original);
				if (dateline) {
					found = { section: k, title, subtitle: subtitle.join(' '), dateline, start: section.start };
					break;
				}
				// The body has begun: a line of prose ends the head.
				if (/[.!?:]$/.test(line.text.trim()) && line.text.trim().split(/\s+/).length > 6) break;
				subtitle.push(line.text.trim());
			}
		if (found) {
			speeches.set(k, found);
			previous = found;
			return;
		}
		// A running header ("SELECTED WRITINGS OF …" on every page) opens a new section in the middle of a
		// piece: the text under it still belongs to the piece before.
		const running =
			!title ||
			(titleCount.get(title.toLowerCase()) ?? 0) >= 2 ||
			(lineCount().get(title.toLowerCase()) ?? 0) >= 2;
		if (running && previous) speeches.set(k, previous);
		else previous = undefined;
	});
	return speeches;
}

const SMALL_WORDS = new Set([
	'a',
	'an',
	'the',
	'and',
	'or',
	'of',
	'at',
	'in',
	'on',
	'to',
	'for',
	'by',
	'with',
	'from'
]);

/** "ADDRESS AT PUEBLO, COLORADO" → "Address at Pueblo, Colorado". */
function titleCase(caps: string): string {
	return caps
		.toLowerCase()
		.split(/(\s+)/)
		.map((w, i) => (i > 0 && SMALL_WORDS.has(w) ? w : w.replace(/\p{L}/u, (c) => c.toUpperCase())))
		.join('');
}

/**
 * Pieces whose heading the ingest did not see as one (a letter-spaced title with a comma, "A D D R E S S
 * A T P U E B L O , C O L O R A D O" over "City Auditorium, Pueblo, 25 September 1919"): found inside
 * the body of a piece as an upper-case line over a dateline. Each continues to the next piece.
 */
const inlineCache = new WeakMap<IngestedDocument, Speech[]>();

export function inlinePieces(
	doc: IngestedDocument,
	speeches: Map<number, Speech> = speechesOf(doc)
): Speech[] {
	const cached = inlineCache.get(doc);
	if (cached) return cached;
	const out: Speech[] = [];
	for (const speech of new Set(speeches.values())) {
		const section = doc.sections[speech.section];
		if (!section) continue;
		const lines: Array<{ text: string; start: number }> = [];
		const LINE = /[^\n]+/g;
		LINE.lastIndex = speech.dateline.end;
		for (let m = LINE.exec(doc.original); m && m.index < section.end; m = LINE.exec(doc.original))
			if (m[0].trim()) lines.push({ text: m[0], start: m.index });
		for (let i = 1; i < lines.length; i++) {
			// An upper-case heading: "A T" is a word of two letters there.
			const head = joinLetterSpacing(lines[i - 1].text, 2)
				.replace(/\s+/g, ' ')
				.trim();
			if (
				!/\p{Lu}{3}/u.test(head) ||
				/\p{Ll}/u.test(head) ||
				head.split(' ').length > 12 ||
				/[.!?]$/.test(head)
			)
				continue;
			const dateline = readDateline(lines[i].text, lines[i].start, doc.original);
			if (!dateline) continue;
			out.push({
				section: speech.section,
				title: titleCase(head.replace(/\s+,/g, ',').replace(/^["“]|["”]$/g, '')),
				subtitle: '',
				dateline,
				start: lines[i - 1].start
			});
		}
	}
	inlineCache.set(doc, out);
	return out;
}

/** The piece a sentence belongs to: the last inline piece of its section that began before it, else the section's. */
export function pieceOf(
	doc: IngestedDocument,
	sentence: Sentence,
	speeches: Map<number, Speech> = speechesOf(doc)
): Speech | undefined {
	let piece = speeches.get(sentence.sectionIndex);
	for (const inline of inlinePieces(doc, speeches))
		if (inline.section === sentence.sectionIndex && inline.dateline.end <= sentence.start) piece = inline;
	return piece;
}

/** What the title or subtitle says was done with the piece. */
function actOf(words: string, spoken: boolean): { verb: string; participle: string } {
	if (/\b(?:press conference|interview)\b/i.test(words)) return { verb: 'give', participle: 'gave' };
	if (/\b(?:broadcast|radio|wireless|B\.?B\.?C\.?)\b/i.test(words))
		return { verb: 'broadcast', participle: 'broadcast' };
	if (/\b(?:speech|address|lecture|oration|sermon|remarks|toast)\b/i.test(words))
		return { verb: 'deliver', participle: 'delivered' };
	if (/\b(?:decree|proclamation|manifesto|appeal|order|declaration|memorial)\b/i.test(words))
		return { verb: 'issue', participle: 'issued' };
	// A piece in a volume of speeches, or dated in a house that debates, was spoken.
	if (
		spoken ||
		/\b(?:House of (?:Commons|Lords|Representatives)|Parliament|Senate|Congress|Assembly|Reichstag|Diet|Duma)\b/.test(
			words
		)
	)
		return { verb: 'deliver', participle: 'delivered' };
	return { verb: 'write', participle: 'wrote' };
}

function speechDate(doc: IngestedDocument, speaker: string, speech: Speech, first: Sentence): DateFact {
	// "THE WAR SPEECHES OF …": the volume says its pieces were spoken unless a title says otherwise.
	const spoken =
		/^\W*(?:[^\n]*\n){0,3}[^\n]*\b(?:speeches|addresses|orations)\b/i.test(doc.original.slice(0, 400)) &&
		!/\b(?:letters|writings|papers)\b/i.test(doc.original.slice(0, 400));
	const act = actOf(
		`${speech.title} ${speech.subtitle} ${doc.original.slice(speech.dateline.start, speech.dateline.end)}`,
		spoken
	);
	const work = `“${speech.title.replace(/["“”]([^"“”]+)["“”]/g, '‘$1’')}”`;
	const sentence: Sentence = {
		text: doc.original.slice(speech.start, speech.dateline.end).replace(/\s+/g, ' ').trim(),
		start: speech.start,
		end: speech.dateline.end,
		cleanStart: first.cleanStart,
		cleanEnd: first.cleanStart,
		sectionIndex: speech.section,
		paragraphIndex: first.paragraphIndex,
		listItem: false
	};
	return {
		kind: 'date',
		sentence,
		importance: 0.65,
		event: `${speaker} ${act.participle} ${work}`,
		question: `did ${speaker} ${act.verb} ${work}`,
		subject: speaker,
		date: speech.dateline.date,
		passage: { start: speech.start, end: speech.dateline.end }
	};
}

// ---------------------------------------------------------------- the speaker's claims

export interface SpeechClaim {
	form: ThesisFact['form'];
	topic: string;
	claim: string;
	predicate?: string;
	link?: string;
	importance: number;
}

const PRONOUN = /^(?:it|this|that|these|those|he|she|they|we|i|you|there|here|which|who|what)$/i;
/** A noun phrase that can open a claim: an article or possessive and words, or a proper name. */
const SUBJECT = String.raw`(?:(?:The|This|Our|Their|His|Her|Its|Every|All|No|A|An)\s[^,;:!?]{2,60}?|\p{Lu}[\p{L}'-]+(?:\s(?:of\s)?\p{Lu}[\p{L}'-]+){0,3}|\p{Lu}\p{Ll}+s)`;
/** Openers a speaker puts before the claim itself. */
const LEAD_IN =
	/^(?:(?:For|But|And|So|Yet|Thus|Then|Now|Therefore|Indeed|Believe me|Whatever happens|Above all|In any case|Today|Let me say (?:it )?(?:plainly|once more)|I (?:declare|say|repeat|tell you|affirm|proclaim|maintain) that|from today)[,:]?\s+)+/i;

function words(text: string): number {
	return text.trim().split(/\s+/).filter(Boolean).length;
}

/** "The flame …" → "the flame …": a subject continues "According to X, …". */
function lowerArticle(text: string): string {
	return /^(?:The|This|Our|Their|His|Her|Its|Every|All|No|A|An)\s/.test(text)
		? text[0].toLowerCase() + text.slice(1)
		: text;
}

/** A gap a student can fill: at most six words; an article in front goes when it would make seven. */
function gapOf(text: string): string | undefined {
	const t = text.replace(/[.!,;:]+$/, '').trim();
	// "an insuperable barrier for us": whose barrier the card no longer says.
	if (!t || words(t) > 7 || PRONOUN.test(t) || /\b(?:us|we|our|me|my)\b/i.test(t)) return undefined;
	if (words(t) <= 6) return t;
	const bare = t.replace(/^(?:a|an|the)\s/i, '');
	return words(bare) <= 6 ? bare : undefined;
}

/**
 * A position whose subject opens the sentence and whose noun phrase is the gap. "Wars are not won …",
 * "Sovereignty belongs …": a common noun opening the sentence continues "According to X, wars …".
 */
function subjectPosition(
	subj: string,
	np: string,
	claim: string,
	importance: number,
	properName: (word: string) => boolean
): SpeechClaim | undefined {
	const gap = gapOf(np);
	if (!gap) return undefined;
	const topic = /^\p{Lu}\p{Ll}+$/u.test(subj) && !properName(subj) ? subj.toLowerCase() : lowerArticle(subj);
	return { form: 'position', topic, claim: topic + claim.slice(subj.length), predicate: gap, importance };
}

/** "(1) America is ungovernable, for us; (2) Those who serve a revolution plough the sea; …": numbered maxims. */
export function numberedMaxims(text: string): string[] {
	const items = text.split(/\s*\(\d{1,2}\)\s+/).slice(1);
	if (items.length < 2) return [];
	return items
		.map((item) =>
			item
				.replace(/\s*(?:\.\s?\.\s?\.|…)\s*$/, '')
				.replace(/[;,.]+\s*$/, '')
				.trim()
		)
		.filter(
			(item) =>
				words(item) >= 4 && words(item) <= 20 && !/\b(?:this|that|these|it)\b|\bthose\b(?!\swho)/i.test(item)
		)
		.map((item) => item[0].toUpperCase() + item.slice(1));
}

/** Adjectives a verdict on a country, a people or an institution ends in ("insular", "ungovernable", "passive"). */
const VERDICT_ADJECTIVE = /^\p{Ll}+(?:al|ic|ive|ous|able|ible|ar|ant|ent|less|ful|ile|ary)$/u;

/**
 * The speaker's claim in one sentence of a piece, if it has one of the shapes a teacher quotes.
 * `properName` says whether a capitalised word is a name (a country, a people), not a sentence opener.
 */
export function speechClaim(
	raw: string,
	properName: (word: string) => boolean = () => false
): SpeechClaim | undefined {
	return claimShape(raw, properName);
}

function claimShape(raw: string, properName: (word: string) => boolean): SpeechClaim | undefined {
	const text = raw
		// "[. . .]": an editor's mark of an omission, not the speaker's words.
		.replace(/\s*\[\s*(?:\.\s?){3}\]\s*/g, ' ')
		// "cov- enants": a line-end hyphen the page left in.
		.replace(/(\p{Ll})- (\p{Ll})/gu, '$1$2')
		.replace(/\s*(?:\.\s?\.\s?\.|…)\s*$/, '')
		// ". . . Today the majority …": an editor's cut before the sentence.
		.replace(/^\s*(?:\.\s?\.\s?\.|…)\s*/, '')
		.replace(/\s+/g, ' ')
		.replace(/^[“"]+|[”"]+$/g, '')
		.trim();
	const core = text.replace(LEAD_IN, '');
	const sentence = core[0].toUpperCase() + core.slice(1);
	// The claim ends where its reason or aside begins: "…must be perpetual, for in …".
	// "This war …" in a speech is the war the speaker is in: "the war" says the same on a card.
	const claim = sentence
		.split(/,\s(?:for|because|since|as)\s|;\s(?!we\s|it\s)/)[0]
		.replace(/[.!]+$/, '')
		.replace(
			/^Th(?:is|ese)\s(?=\p{Ll})(?!(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|may|might|does|do|did|means|shows|makes)\b)/u,
			'The '
		);
	if (words(claim) < 4 || words(claim) > 32) return undefined;

	// "We are not Europeans; we are not Indians; we are but a mixed species …": who the people are.
	const identity =
		/^We are (?:neither|not) [^;:,]+?(?:[;,] (?:we are not|nor) [^;:,]+?)*[;,] (?:but )?we are (?:but |only |rather |simply |merely )?(?<z>[^;:!?]+)$/i.exec(
			sentence.replace(/[.!]+$/, '')
		);
	if (identity?.groups) {
		const gap = gapOf(identity.groups.z);
		if (gap)
			return {
				form: 'position',
				topic: 'who we are',
				claim: sentence.replace(/[.!]+$/, ''),
				predicate: gap,
				importance: 0.7
			};
	}

	// "The State is not an end but a means": what the subject is, set against what it is not.
	const notBut = new RegExp(
		String.raw`^(?<subj>${SUBJECT})\s(?<link>is|are|was|were)\snot\s(?<neg>[^,;:]{2,60}?),?\s(?:but|rather)\s(?<pos>[^;:!?]{2,80})$`,
		'u'
	).exec(claim);
	if (notBut?.groups && !PRONOUN.test(notBut.groups.subj.split(' ')[0])) {
		const { subj, link, neg, pos } = notBut.groups;
		return {
			form: 'definition',
			topic: lowerArticle(subj),
			claim,
			predicate: `not ${neg} but ${pos}`,
			link,
			importance: 0.75
		};
	}

	// "Wars are not won by evacuations": what does not decide a matter.
	const denial = new RegExp(
		String.raw`^(?<subj>${SUBJECT})\s(?:(?:is|are|was|were|will be|can be)\s(?:never|not)|cannot\sbe|can\snever\sbe|will\snever\sbe)\s(?:\p{Ll}+ly\s)?(?<part>\p{Ll}+(?:ed|en)|won|made|built|lost|fought|kept|held|bought|done|saved|settled)\s(?:by|with|through|in)\s(?<by>[^,;:!?]{2,50})$`,
		'u'
	).exec(claim);
	if (denial?.groups) {
		const position = subjectPosition(denial.groups.subj, denial.groups.by, claim, 0.7, properName);
		if (position) return position;
	}

	// "It is from the head of State, placed above the parties, that the executive power must proceed."
	const cleft =
		/^It (?:is|was|will be) (?:only )?(?<prep>from|by|through|in|on|with|upon|for|to) (?<np>(?:the|a|an|our|their|his)\s[^,]{2,60}?|\p{Lu}[^,]{1,50}?)(?:,\s[^,]{3,60},)?\s+that\s(?<rest>.{8,})$/u.exec(
			claim
		);
	if (cleft?.groups) {
		const gap = gapOf(cleft.groups.np);
		// Said plainly, the cleft loses its "It": "the executive power must proceed from the head of State".
		const plain = `${cleft.groups.rest.replace(/[.!]+$/, '')} ${cleft.groups.prep} ${cleft.groups.np}`;
		if (gap && words(plain) <= 32)
			return {
				form: 'position',
				topic: cleft.groups.rest,
				claim: plain[0].toUpperCase() + plain.slice(1),
				predicate: gap,
				importance: 0.7
			};
	}

	// "Our aim is victory", "The first step must be the recognition of …": the speaker's aim or first task.
	const aim =
		/^(?<owner>Our|My|The)\s(?<adj>(?:first|only|real|true|supreme|main|chief|great|sole|one|single|immediate|highest|primary)\s)?(?<noun>aim|aims|policy|goal|object|purpose|task|motto|duty|answer|watchword|step|objective|mission|wish)(?<of>\sof\s(?!(?:this|that|these|those|it|our|my)\b)[\p{L}\s'’-]{2,40}?)?\s(?<link>is|are|was|must be|will be|shall be|remains)\s(?<pred>[^;!?]{2,90})$/iu.exec(
			claim
		);
	if (aim?.groups && !/^(?:this|that|it|these|those)\b/i.test(aim.groups.pred)) {
		// "The first duty of law is …": whose duty the question keeps; "our" aim is the speaker's.
		const topic = `the ${aim.groups.adj ?? ''}${aim.groups.noun}${aim.groups.of ?? ''}`;
		// "victory, victory at all costs": a gap would leave its own answer beside it.
		const gap = /,/.test(aim.groups.pred) ? undefined : gapOf(aim.groups.pred);
		return gap
			? { form: 'position', topic, claim, predicate: gap, importance: 0.75 }
			: {
					form: 'definition',
					topic,
					claim,
					predicate: aim.groups.pred,
					link: aim.groups.link,
					importance: 0.7
				};
	}

	// "Only a peace between equals can last": the one thing that can.
	const onlyOne =
		/^Only\s(?<np>(?:a|an|the)\s[^,;]{2,50}?|\p{Ll}[\p{L}-]+(?:\s\p{Ll}[\p{L}-]+){0,3}?)\s(?<modal>can|could|will|shall|may)\s(?<rest>[^,;]{2,60})$/u.exec(
			claim
		);
	// "Only in this sense will I speak …": a manner, not the one thing that can.
	if (
		onlyOne?.groups &&
		!/^(?:in|on|at|by|with|for|from|to|through|then|thus|so)\b|\b(?:this|that|these|those)\b/.test(
			onlyOne.groups.np
		)
	) {
		const gap = gapOf(onlyOne.groups.np);
		if (gap) return { form: 'position', topic: `only ${gap}`, claim, predicate: gap, importance: 0.7 };
	}

	// "Sovereignty belongs unconditionally to the nation": to whom a thing belongs.
	const belongs = new RegExp(
		String.raw`^(?<subj>${SUBJECT})\s(?:belongs|belonged|must\sbelong|shall\sbelong)\s(?:(?:unconditionally|solely|only|entirely|wholly|exclusively)\s)?to\s(?<np>[^,;:!?]{2,50})$`,
		'u'
	).exec(claim);
	if (belongs?.groups && !PRONOUN.test(belongs.groups.subj.split(' ')[0])) {
		const position = subjectPosition(belongs.groups.subj, belongs.groups.np, claim, 0.7, properName);
		if (position) return position;
	}

	// "Article X is the heart of the whole matter", "Science is the truest guide in life": asked as what
	// fills the role, the name as the answer.
	const role = new RegExp(
		String.raw`^(?<subj>${SUBJECT})\s(?<link>is|was|are|were)\s(?<role>the\s(?:heart|core|essence|key|soul|cornerstone|keystone|foundation|basis|root|source|guarantee|truest|surest|best|only|sole|first|greatest|highest)\s[^,;:!?]{2,60})$`,
		'u'
	).exec(claim);
	if (role?.groups && !PRONOUN.test(role.groups.subj.split(' ')[0]) && words(role.groups.subj) <= 6) {
		const role_ = role.groups.role;
		if (!/\b(?:this|that|these|those|it|its|we|us|our|my|me|I)\b/.test(role_))
			return {
				form: 'definition',
				topic: role_,
				claim,
				predicate: role.groups.subj,
				link: role.groups.link,
				importance: 0.65
			};
	}

	// "The right is more precious than peace": what the speaker ranks above another good.
	const above = new RegExp(
		String.raw`^(?<subj>${SUBJECT})\s(?<link>is|are|was|were)\s(?<cmp>(?:more|less)\s\p{Ll}+\sthan\s[^,;:!?]{2,40}|\p{Ll}+er\sthan\s[^,;:!?]{2,40})$`,
		'u'
	).exec(claim);
	if (above?.groups && !PRONOUN.test(above.groups.subj.split(' ')[0]) && words(above.groups.subj) <= 5)
		return {
			form: 'definition',
			topic: above.groups.cmp,
			claim,
			predicate: above.groups.subj,
			link: above.groups.link,
			importance: 0.65
		};

	// "We have no quarrel with the German people": with whom the speaker's side has none.
	const noQuarrel =
		/^We\s(?:have|had|bear|feel|seek)\sno\s(?<what>quarrel|enmity|hostility|grievance|designs|ambitions|claims?)\s(?:with|against|upon|on|towards)\s(?<np>[^,;:!?]{3,50})$/.exec(
			claim
		);
	if (noQuarrel?.groups) {
		const gap = gapOf(noQuarrel.groups.np);
		if (gap)
			return {
				form: 'position',
				topic: `no ${noQuarrel.groups.what}`,
				claim,
				predicate: gap,
				importance: 0.65
			};
	}

	// "… there is only one category of inhabitants: there are only full Frenchmen …".
	const only = /\bthere (?:is|are|was|were) only (?<np>[^:;,.!?]{3,60})/i.exec(claim);
	if (only?.groups) {
		const gap = gapOf(only.groups.np);
		if (gap)
			return {
				form: 'position',
				topic: gap,
				claim: sentence.replace(/[.!]+$/, ''),
				predicate: gap,
				importance: 0.65
			};
	}

	// "Whatever happens, the flame of French resistance must not and shall not go out."
	const duty = new RegExp(
		String.raw`^(?<subj>(?:The|This|Our|Their|Every|All|No|A|An)\s[^,;:!?]{2,60}?|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}|\p{Lu}\p{Ll}+\s\p{Ll}{3,})\s(?<modal>must|shall|will|should|cannot|can never)(?<neg>\snot|\snever)?(?:\sand\s(?:must|shall|will)(?:\snot|\snever)?)?(?:\s(?:therefore|also|always|first|now|above all))?\s(?<rest>[^;:!?]{3,200})$`,
		'u'
	).exec(claim);
	if (duty?.groups && !PRONOUN.test(duty.groups.subj.split(' ')[0])) {
		const rest = duty.groups.rest.trim();
		// "Genuine peace must be …": an adjective and a common noun read in lower case after "According to X,".
		const said =
			/^\p{Lu}\p{Ll}+\s\p{Ll}{3,}$/u.test(duty.groups.subj) && !properName(duty.groups.subj.split(' ')[0])
				? claim[0].toLowerCase() + claim.slice(1)
				: claim;
		// "must be made safe for democracy": what it must be made safe for.
		const made = /^be\s(?:made|kept|left|rendered)\s\p{Ll}+\s(?:for|from|to)\s(?<np>[^,]{2,50})$/u.exec(rest);
		const madeGap = made?.groups ? gapOf(made.groups.np) : undefined;
		if (madeGap)
			return {
				form: 'position',
				topic: lowerArticle(duty.groups.subj),
				claim: said,
				predicate: madeGap,
				importance: 0.7
			};
		// "must be neutral in fact as well as in name during these days …": the quality, up to the time phrase.
		const quality = /^be\s(?<adj>\p{Ll}{4,})\s(?:in|as|and|towards|to|with|at)\s/u.exec(rest);
		if (
			quality?.groups &&
			!/(?:ed|en|ing)$/.test(quality.groups.adj) &&
			!/^(?:the|a|an|made|kept|one)$/.test(quality.groups.adj)
		) {
			const short = said.replace(/\s(?:during|in|at|for)\s(?:these|this|those|that|the\spresent)\b.*$/, '');
			if (words(short) <= 25 && !/\b(?:this|these|those|it)\b/i.test(short))
				return {
					form: 'position',
					topic: lowerArticle(duty.groups.subj),
					claim: short,
					predicate: quality.groups.adj,
					importance: 0.7
				};
		}
		const be = /^be\s(?<c>[^,]{2,60})$/.exec(rest);
		// "… must be clearly separated and strongly balanced": what it must be; else whose duty it is — a
		// duty, not a forecast ("Success will crown our efforts"), of a thing named in full.
		const owed = /^(?:must|shall|cannot)$/.test(duty.groups.modal) && words(duty.groups.subj) >= 3;
		const gap = be?.groups ? gapOf(be.groups.c) : owed ? gapOf(duty.groups.subj) : undefined;
		if (gap && !/^(?:the|a|an)$/i.test(gap))
			return {
				form: 'position',
				topic: lowerArticle(duty.groups.subj),
				claim: said,
				predicate: gap,
				importance: 0.65
			};
	}

	// "we shall never surrender": the speaker's resolve.
	// "We shall never accept a peace imposed by force": what the speaker's side will never accept.
	const refusal =
		/^We\s(?:shall|will)\snever\s(?<verb>accept|tolerate|recognise|recognize|allow|forget|abandon|submit\sto|yield\sto)\s(?<obj>(?:a|an|the|any)\s[^,;:!?]{3,50})$/u.exec(
			claim
		);
	const refused = refusal?.groups ? gapOf(refusal.groups.obj) : undefined;
	if (refused) return { form: 'position', topic: 'the resolve', claim, predicate: refused, importance: 0.65 };
	const resolve = /\bwe shall (?:never|not) (?<what>[\p{Ll}]+(?:\s[\p{Ll}]+){0,3})$/u.exec(claim);
	if (resolve?.groups && words(resolve.groups.what) <= 4)
		return { form: 'position', topic: 'the resolve', claim, predicate: resolve.groups.what, importance: 0.6 };

	// "England in effect is insular", "The role of the inhabitants … has for centuries been purely passive":
	// the speaker's verdict on a country, a people or an institution.
	const judged = new RegExp(
		String.raw`^(?<subj>(?:The|Our)\s[^,;:!?]{2,70}?|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s(?:in effect\s|indeed\s|in fact\s|still\s)?(?:is|was|are|were|has(?:\sfor\s[^,]{2,30})?\sbeen|have(?:\sfor\s[^,]{2,30})?\sbeen)\s(?<adj>(?:(?:purely|wholly|entirely|utterly|essentially|fundamentally|profoundly|deeply)\s)?\p{Ll}+)(?=$|,)`,
		'u'
	).exec(claim);
	if (judged?.groups) {
		const { subj, adj } = judged.groups;
		// "Freedom is indivisible": an abstract noun alone is the speaker's principle too.
		const abstract =
			/^\p{Lu}\p{Ll}+(?:dom|ty|ism|ness|ion|ice|ce|cy|ry|ace|th|ure)$/u.test(subj) && !properName(subj);
		const named = /^(?:The|Our)\s/.test(subj)
			? words(subj) >= 3
			: abstract || subj.split(' ').every(properName);
		if (named && VERDICT_ADJECTIVE.test(adj.split(' ').pop() ?? '')) {
			const topic = abstract ? subj.toLowerCase() : lowerArticle(subj);
			return {
				form: 'position',
				topic,
				claim: topic + claim.slice(subj.length, judged.index + judged[0].length),
				predicate: adj,
				importance: 0.65
			};
		}
	}

	// "Civility is not a sign of weakness": what the speaker denies a thing is, in a short sentence.
	const notA = new RegExp(
		String.raw`^(?<subj>${SUBJECT}|\p{Lu}\p{Ll}+\s\p{Ll}+)\s(?:is|are|was|were)\snot\s(?<np>(?:a|an)\s[^,;:!?]{2,40})$`,
		'u'
	).exec(claim);
	if (notA?.groups && words(claim) <= 10 && !PRONOUN.test(notA.groups.subj.split(' ')[0])) {
		const position = subjectPosition(notA.groups.subj, notA.groups.np, claim, 0.6, properName);
		if (position) return position;
	}

	// "The torch has been passed to a new generation of Americans": to whom a charge is handed.
	const handed = new RegExp(
		String.raw`^(?<subj>${SUBJECT})\s(?:has|have)\sbeen\s(?:passed|handed|given|entrusted|transferred|left|bequeathed)\sto\s(?<np>[^,;:!?]{3,50})$`,
		'u'
	).exec(claim);
	if (handed?.groups && !PRONOUN.test(handed.groups.subj.split(' ')[0])) {
		const gap = gapOf(handed.groups.np);
		if (gap)
			return {
				form: 'position',
				topic: lowerArticle(handed.groups.subj),
				claim,
				predicate: gap,
				importance: 0.65
			};
	}

	// "If Great Britain entered, the Common Market would finally appear as a colossal Atlantic community …":
	// the speaker's warning of what a step would make of a thing.
	const warning = new RegExp(
		String.raw`^If\s[^,]{3,60},\s(?<subj>(?:the|our|this|a|an)\s[^,;:]{2,50}?|\p{Lu}[\p{L}'-]+(?:\s\p{Lu}[\p{L}'-]+){0,3})\swould\s(?:(?:finally|soon|inevitably|certainly|then|only)\s)?(?:be|become|appear\sas|turn\sinto|fall\sinto|end\sas)\s(?<z>(?:a|an|the)\s[^,;:!?]{3,90})`,
		'u'
	).exec(claim);
	if (warning?.groups) {
		// The thing it would become, without what qualifies it ("under American dependence …").
		// "a nation of slaveholders" is one thing; a longer one loses its qualifier ("under American dependence …").
		const head = warning.groups.z.split(/\s(?:under|with|in|for|without|which|that|and)\s/)[0];
		const gap = gapOf(head) ?? gapOf(head.split(/\sof\s/)[0]);
		if (gap && words(gap) >= 2) {
			const end = warning.index + warning[0].length;
			return {
				form: 'position',
				topic: lowerArticle(warning.groups.subj),
				// "According to X (1963), if Great Britain entered, …": the condition continues the attribution.
				claim: 'i' + claim.slice(1, end),
				predicate: gap,
				importance: 0.65
			};
		}
	}

	// "I have a mandate from the people, and I shall fulfil it.": the speaker's own resolve, a line of his.
	if (
		/^(?:I|We)\s/.test(claim) &&
		// A vow, not an announcement of what the speech will do ("I shall not delve into …").
		/\b(?:I|we)\sshall\s(?:never\s|not\s)?(?:fight|fulfil|fulfill|defend|resist|return|remain|go on|carry on|surrender|yield|withdraw|give up|abdicate|falter|fail|flag|rest|conquer|prevail|win)\b/i.test(
			claim
		) &&
		words(claim) >= 6 &&
		words(claim) <= 25
	)
		return { form: 'position', topic: claim, claim, link: 'said', importance: 0.55 };

	// "Today the majority of Frenchmen recognise that the monarchy has no future": what a people is said to
	// recognise, asked by its last words.
	const recognised = new RegExp(
		String.raw`^(?<subj>(?:The|Our|All|Most|Every)\s[^;:!?]{2,70}?|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s(?:now\s)?(?:recognise|recognize|realise|realize|know|understand|accept|agree)\sthat\s(?<y>[^,;:!?]{2,50}?)\s(?<link>has|have|is|are|was|were|can|will|must)\s(?<z>[^,;:!?]{2,40})$`,
		'u'
	).exec(claim);
	if (recognised?.groups && !PRONOUN.test(recognised.groups.subj.split(' ')[0])) {
		const gap = gapOf(recognised.groups.z);
		if (gap && !/^(?:the|a|an|not|to|be|been)$/i.test(gap))
			return {
				form: 'position',
				topic: lowerArticle(recognised.groups.subj.replace(/,$/, '')),
				claim: lowerArticle(claim),
				predicate: gap,
				importance: 0.65
			};
	}

	// "Our resort to arms in 1848, with the founding of the Legion, was a purely defensive action against
	// the tyranny of Vienna": the speaker's verdict on his side's act, asked by its adjective.
	const act =
		/^(?<subj>Our\s[^;:!?]{8,110}?)\s(?:was|is|has\sbeen)\s(?:a|an)\s(?:(?:purely|wholly|entirely|essentially|simply|merely|legitimate\sand)\s)?(?<adj>\p{Ll}{4,})\s(?<noun>\p{Ll}{3,})\b[^;:!?]{0,80}$/u.exec(
			claim
		);
	if (act?.groups && VERDICT_ADJECTIVE.test(act.groups.adj) && !/\b(?:this|these|those|it)\b/i.test(claim))
		return {
			form: 'position',
			topic: lowerArticle(act.groups.subj.replace(/,$/, '')),
			claim,
			predicate: act.groups.adj,
			importance: 0.65
		};

	// "I did not become Emperor in order to preside over the partition of the Empire": what the speaker
	// says his office is not for, a line of his asked as "Who said …?".
	if (
		/^(?:I|We)\s(?:have|had|did)\snot\s(?:become|come|taken|accepted|entered|sought|assumed)\s[^,;]{3,60}\sin\sorder\sto\s/u.test(
			claim
		) &&
		words(claim) <= 30
	)
		return { form: 'position', topic: claim, claim, link: 'said', importance: 0.65 };

	// "I have cherished the ideal of a free Ireland …", "We felt that without arms there would be no way
	// to …": the speaker's credo or necessity, a line of his asked as "Who said …?".
	if (
		(/^(?:I|We)\s(?:have\s)?(?:(?:always|long|all\smy\slife)\s)?(?:cherished|fought\sfor|upheld|served|dedicated\s(?:myself|ourselves)\sto|devoted\smy\slife\sto)\sthe\s(?:ideal|cause|principle|dream|vision)\sof\s/u.test(
			claim
		) ||
			/^(?:I|We)\s(?:felt|believed|knew|saw)\sthat\swithout\s[^,;]{3,40}\sthere\s(?:would\sbe|was|is|could\sbe)\sno\s/u.test(
				claim
			)) &&
		words(claim) >= 8 &&
		words(claim) <= 30 &&
		!/\b(?:this|these|those|it)\b/i.test(claim)
	)
		return { form: 'position', topic: claim, claim, link: 'said', importance: 0.7 };

	// "This war is a world war.": a short verdict on a definite thing.
	const verdict =
		/^(?<subj>(?:This|The|Our)\s\p{Ll}+(?:\s\p{Ll}+)?)\s(?<link>is|are)\s(?<pred>(?:a|an)\s[^,;:]{2,40})$/u.exec(
			claim
		);
	if (verdict?.groups && words(claim) <= 10) {
		const gap = gapOf(verdict.groups.pred.replace(/^(?:a|an)\s/, ''));
		if (gap && words(gap) >= 2)
			return {
				form: 'position',
				topic: lowerArticle(verdict.groups.subj),
				claim,
				predicate: gap,
				importance: 0.6
			};
	}
	return undefined;
}

/** Inside an editor's bracketed note ("[Editor's note: …]") the speaker does not speak. */
function editorial(doc: IngestedDocument, sentence: Sentence): boolean {
	if (/^\s*\[/.test(sentence.text)) return true;
	const para = doc.original.lastIndexOf('\n\n', sentence.start);
	const before = doc.original.slice(Math.max(0, para), sentence.start);
	return before.lastIndexOf('[') > before.lastIndexOf(']');
}

/**
 * "You ask, what is our aim? I can answer in one word: It is victory.": a speaker's question answered in
 * the next sentence is read as the statement it stands for ("Our aim is victory"), quoted across both.
 */
function answeredQuestion(
	doc: IngestedDocument,
	index: number,
	properName: (word: string) => boolean
): { claim: SpeechClaim; sentence: Sentence } | undefined {
	const question =
		/\bwhat\s(?<link>is|are|was|were)\s(?<np>(?:our|my|the)\s\p{Ll}+(?:\s\p{Ll}+){0,2})\?$/iu.exec(
			doc.sentences[index].text.trim()
		)?.groups;
	const next = doc.sentences[index + 1];
	if (!question || !next || next.sectionIndex !== doc.sentences[index].sectionIndex) return undefined;
	const answer = /^(?:[^:]{0,60}:\s)?It\s(?:is|was)\s(?<ans>[^,;:!?]{2,60})/u.exec(next.text.trim())?.groups
		?.ans;
	if (!answer) return undefined;
	const np = question.np[0].toUpperCase() + question.np.slice(1);
	const claim = claimShape(`${np} ${question.link} ${answer.replace(/[.]+$/, '')}`, properName);
	if (!claim) return undefined;
	const first = doc.sentences[index];
	return {
		claim,
		sentence: {
			...first,
			end: next.end,
			cleanEnd: next.cleanEnd,
			text: doc.clean.slice(first.cleanStart, next.cleanEnd)
		}
	};
}

/** Claims carded from one piece: a speech is not a quiz of its lines. */
const PER_SPEECH = 4;

function speechTheses(
	doc: IngestedDocument,
	speaker: string,
	speeches: Map<number, Speech>,
	found: Fact[]
): ThesisFact[] {
	const taken = new Set(found.filter((f) => f.kind === 'thesis').map((f) => f.sentence.start));
	// A name is capitalised inside a sentence too; a sentence opener ("Success", "Union") is not.
	const inner = new Set<string>();
	for (const s of doc.sentences)
		for (const m of s.text.matchAll(/(?<=\p{Ll}[,;]?\s)(\p{Lu}\p{Ll}+)/gu)) inner.add(m[1]);
	const properName = (word: string) => inner.has(word);
	const perSpeech = new Map<Speech, ThesisFact[]>();
	for (const [index, sentence] of doc.sentences.entries()) {
		const speech = pieceOf(doc, sentence, speeches);
		if (!speech || taken.has(sentence.start) || sentence.start < speech.dateline.end) continue;
		// A running header in the page ("THE JAMAICA LETTER, 1815") is no sentence of the speaker's.
		if (sentence.text === sentence.text.toUpperCase() || editorial(doc, sentence)) continue;
		const maxims = numberedMaxims(sentence.text).slice(0, 2);
		const asked = maxims.length ? undefined : answeredQuestion(doc, index, properName);
		const drafts: SpeechClaim[] = maxims.length
			? // A famous line stands on its own: "Who said …?".
				maxims.map((m) => ({ form: 'position', topic: m, claim: m, link: 'said', importance: 0.7 }))
			: asked
				? [asked.claim]
				: [speechClaim(sentence.text, properName)].filter((d): d is SpeechClaim => !!d);
		const list = perSpeech.get(speech) ?? [];
		for (const draft of drafts)
			list.push({
				kind: 'thesis',
				sentence: asked?.sentence ?? sentence,
				importance: draft.importance,
				author: speaker,
				work: speech.title,
				year: Number(speech.dateline.date.start.iso.slice(0, 4)),
				form: draft.form,
				topic: draft.topic,
				claim: draft.claim,
				...(draft.predicate ? { predicate: draft.predicate } : {}),
				...(draft.link ? { link: draft.link } : {})
			});
		perSpeech.set(speech, list);
	}
	return [...perSpeech.values()].flatMap((list) =>
		list
			.map((f, i) => ({ f, i }))
			.sort((a, b) => b.f.importance - a.f.importance || a.i - b.i)
			.slice(0, PER_SPEECH)
			.map(({ f }) => f)
	);
}

/** Dates and claims of the pieces of a one-speaker volume; nothing for any other document. */
export function extractSpeechFacts(doc: IngestedDocument, found: Fact[] = []): Fact[] {
	const speeches = speechesOf(doc);
	if (!speeches.size) return [];
	const speaker = volumeSpeaker(doc) ?? doc.attribution.author;
	if (!speaker) return [];
	const out: Fact[] = [];
	for (const speech of [...new Set(speeches.values()), ...inlinePieces(doc, speeches)]) {
		// dates.ts may have dated the piece already (a dateline with no place before it).
		const { span } = speech.dateline.date;
		const dated = found.some(
			(f) => f.kind === 'date' && f.date.span.start < span.end && span.start < f.date.span.end
		);
		const first = doc.sentences.find((s) => s.sectionIndex === speech.section && s.end > speech.start);
		if (!dated && first) out.push(speechDate(doc, speaker, speech, first));
	}
	out.push(...speechTheses(doc, speaker, speeches, found));
	return out;
}
