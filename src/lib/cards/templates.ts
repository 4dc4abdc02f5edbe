/**
 * Card templates: turn one extracted fact into the few cards a teacher would ask about it. Each
 * template states its question so that the answer is not in it, and keeps the fact's sentence as the
 * quote. Forms other than `basic` are added only where they test something the basic card does not.
 */
import type { IngestedDocument, Sentence } from '../ingest/types';
import type { DateFact, DateValue, Fact, OfficeFact, ThesisFact } from '../extract/types';
import type { Card, CardDate, CardForm, CardKind, CardSource } from './types';
import { cardDate, formatDateValue, formatIso, yearShown } from './dates';
import { stableCardId } from './hash';
import { debrisProblems } from './quality';
import { asSentence, capitalise, isStopword, normaliseKey, tidyAnswer, wordCount, escapeRegExp } from './text';

export interface TemplateContext {
	doc: Pick<IngestedDocument, 'document' | 'original' | 'sections' | 'attribution'> &
		Partial<Pick<IngestedDocument, 'sentences'>>;
}

export function sourceOf(ctx: TemplateContext, sentence: Sentence, span?: { start: number; end: number }): CardSource {
	const { doc } = ctx;
	const start = span?.start ?? sentence.start;
	const end = span?.end ?? sentence.end;
	const section = doc.sections[sentence.sectionIndex];
	const attribution = { ...doc.attribution, ...stripUndefined(section?.attribution ?? {}) };
	const source: CardSource = {
		document: doc.document,
		quote: doc.original.slice(start, end),
		start,
		end
	};
	if (attribution.author) source.author = attribution.author;
	if (attribution.work) source.work = attribution.work;
	if (attribution.year) source.year = attribution.year;
	return source;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

interface Draft {
	kind: CardKind;
	form: CardForm;
	front: string;
	back: string;
	factKey: string;
	extra?: Partial<Card>;
}

/** How long a quote may grow to reach the line that introduces a list. */
const LIST_REACH = 900;

/**
 * The quote must show what the card states. Start from the fact's sentence (or passage), take in the
 * date expression when it stands outside it, and reach back up to two sentences for a person the
 * sentence only calls "he" — so the student can check the card against the quote alone.
 */
export function evidenceSpan(fact: Fact, ctx: TemplateContext, people: string[]): { start: number; end: number } {
	let start = fact.sentence.start;
	let end = fact.sentence.end;
	if (fact.kind !== 'thesis' && fact.passage) {
		start = Math.min(start, fact.passage.start);
		end = Math.max(end, fact.passage.end);
	}
	const date = fact.kind === 'date' ? fact.date : fact.kind === 'office' ? fact.start : undefined;
	if (date && date.span.end > date.span.start && date.span.start >= start - 2000 && date.span.end <= end + 2000) {
		start = Math.min(start, date.span.start);
		end = Math.max(end, date.span.end);
	}
	const sentences = ctx.doc.sentences;
	if (sentences) {
		const shows = (name: string) => {
			const surname = name.trim().split(/\s+/).pop() ?? name;
			// Letter-spaced headers ("J . V. S t a l i n") still name the person.
			return ctx.doc.original.slice(start, end).replace(/\s+/g, '').includes(surname);
		};
		const missing = people.filter((p) => p && !shows(p));
		if (missing.length) {
			let i = sentences.findIndex((s) => s.start === fact.sentence.start);
			for (let steps = 0; i > 0 && steps < 2 && missing.some((p) => !shows(p)); steps++) {
				const previous = sentences[--i];
				if (previous.sectionIndex !== fact.sentence.sectionIndex) break;
				const widened = Math.min(start, previous.start);
				const surnames = missing.map((p) => p.trim().split(/\s+/).pop() ?? p);
				if (!surnames.some((n) => ctx.doc.original.slice(widened, end).replace(/\s+/g, '').includes(n))) continue;
				start = widened;
			}
			// An item of a list ("- People's Commissar for Nationalities (1917-23);") belongs to the line
			// that introduces the list ("Key posts taken by Stalin during Lenin's time:"): quote from there.
			if (fact.sentence.listItem && missing.some((p) => !shows(p))) {
				let j = sentences.findIndex((s) => s.start === fact.sentence.start);
				let prose = 0;
				while (j > 0 && prose < 2) {
					const previous = sentences[--j];
					if (previous.sectionIndex !== fact.sentence.sectionIndex || end - previous.start > LIST_REACH) break;
					if (!previous.listItem) prose++;
					const surnames = missing.map((p) => p.trim().split(/\s+/).pop() ?? p);
					if (surnames.every((n) => ctx.doc.original.slice(previous.start, end).replace(/\s+/g, '').includes(n))) {
						start = Math.min(start, previous.start);
						break;
					}
				}
			}
		}
	}
	return { start, end };
}

/** How far back a quote may reach for the line that gives a chronicle entry its year. */
const YEAR_REACH = 600;

/**
 * A chronicle entry ("On November 23, the C.P.C. adopted…") takes its year from a line above it; the
 * quote must show that line, or the student cannot check the card. Reach back, within the section, to
 * the nearest sentence that names the year; if none is close enough the quote stays as it is and the
 * quality filter drops the card.
 */
export function showYear(
	span: { start: number; end: number },
	date: Pick<CardDate, 'iso' | 'alt'>,
	sectionIndex: number,
	ctx: TemplateContext,
	paragraphIndex = -1
): { start: number; end: number } {
	const { original, sentences } = ctx.doc;
	if (yearShown(original.slice(span.start, span.end), date) || !sentences) return span;
	for (let i = sentences.length - 1; i >= 0; i--) {
		const s = sentences[i];
		if (s.start >= span.start) continue;
		if (s.sectionIndex !== sectionIndex || span.start - s.start > YEAR_REACH) break;
		// Across paragraphs only a line the year heads ("1920", "In 1920 …") dates the entries below
		// it; a year late in another statement ("…finished the preface in December 1924") is its own.
		// Within the entry's own paragraph any mention of the year dates it.
		const text = original.slice(s.start, s.end);
		const head = s.paragraphIndex === paragraphIndex ? text : text.split(/\s+/).slice(0, 3).join(' ');
		if (yearShown(head, date)) return { start: s.start, end: span.end };
	}
	return span;
}

function build(fact: Fact, ctx: TemplateContext, draft: Draft): Card {
	// A chronicle's date line and its event line sit in different sentences: quote the passage with both.
	// A stated thesis belongs to the document's author, who is not named in the sentence; only an
	// ascribed one must show its person.
	// A judgement of a person must show whom it judges.
	const people = draft.extra?.people ?? [];
	const mustShow =
		fact.kind !== 'thesis' || fact.form === 'ascribed' ? people : fact.link === 'about' ? [fact.topic] : [];
	const span = evidenceSpan(fact, ctx, mustShow);
	const date = draft.extra?.date;
	const source = sourceOf(ctx, fact.sentence, date ? showYear(span, date, fact.sentence.sectionIndex, ctx, fact.sentence.paragraphIndex) : span);
	return {
		id: stableCardId(draft.kind, draft.form, draft.factKey),
		kind: draft.kind,
		form: draft.form,
		front: expandAbbreviation(mendCasing(mendCompounds(tidyFace(draft.front), ctx), ctx), ctx),
		back: mendCasing(mendCompounds(tidyFace(draft.back), ctx), ctx),
		source,
		sources: [source],
		conflicts: [],
		people: [],
		importance: Math.round(fact.importance * 1000) / 1000,
		factKey: draft.factKey,
		...draft.extra
	};
}

/** Abbreviations every student reads: not spelt out. */
const KNOWN_ABBREVIATIONS = new Set(['U.S.S.R.', 'U.S.A.', 'U.S.', 'U.K.', 'U.N.', 'A.D.', 'B.C.', 'a.m.', 'p.m.']);
const expansionsOf = new WeakMap<object, Map<string, string | undefined>>();

/**
 * "When did the C.P.C. adopt a decree on concessions?" — C.P.C. could be the Communist Party of China.
 * When the document names exactly one body whose capitalised words have these initials ("Council of
 * People's Commissars"), the question spells it out once: "the Council of People's Commissars (C.P.C.)".
 */
export function expandAbbreviation(face: string, ctx: TemplateContext): string {
	// Titles are quoted as written, and "R.C.P. (B.)" goes on past the letters: both are left alone.
	const m = /(?<![\p{L}.])((?:\p{Lu}\.){2,4})(?![\p{L}(]|\s*\()/u.exec(face.replace(/“[^”]*”|"[^"]*"/g, (q) => '_'.repeat(q.length)));
	if (!m || KNOWN_ABBREVIATIONS.has(m[1])) return face;
	const abbreviation = m[1];
	let cache = expansionsOf.get(ctx.doc);
	if (!cache) expansionsOf.set(ctx.doc, (cache = new Map()));
	if (!cache.has(abbreviation)) {
		const letters = abbreviation.replace(/\./g, '').split('');
		const word = (l: string) => `${l}[\\p{Ll}’'-]+`;
		const joiner = `(?:\\s+(?:of|the|and|for|on|in))*\\s+`;
		const pattern = new RegExp(`(?<![\\p{L}])${letters.map(word).join(joiner)}(?![\\p{L}])`, 'gu');
		const found = new Set([...ctx.doc.original.matchAll(pattern)].map((x) => x[0].replace(/\s+/g, ' ')));
		cache.set(abbreviation, found.size === 1 ? [...found][0] : undefined);
	}
	const expansion = cache.get(abbreviation);
	if (!expansion || face.includes(expansion)) return face;
	return face.slice(0, m.index) + `${expansion} (${abbreviation})` + face.slice(m.index + abbreviation.length);
}

const properWordsOf = new WeakMap<object, Set<string>>();

/**
 * "what is russian revolutionary sweep?": a word lower-cased because it opened the quote's sentence,
 * which the document writes with a capital inside sentences ("… of the Russian workers") and never
 * without one. The face takes the document's capital.
 */
export function mendCasing(face: string, ctx: TemplateContext): string {
	let proper = properWordsOf.get(ctx.doc);
	if (!proper) {
		const inside = new Map<string, number>();
		const lower = new Set<string>();
		for (const m of ctx.doc.original.matchAll(/(\p{Ll}[,;]?\s+)?(\p{L}[\p{Ll}’'-]{3,})/gu)) {
			const word = m[2];
			if (/^\p{Ll}/u.test(word)) lower.add(word);
			else if (m[1]) inside.set(word, (inside.get(word) ?? 0) + 1);
		}
		proper = new Set([...inside].filter(([w, n]) => n >= 2 && !lower.has(w.toLowerCase())).map(([w]) => w.toLowerCase()));
		properWordsOf.set(ctx.doc, proper);
	}
	if (!proper.size) return face;
	return face.replace(/(?<![\p{L}’'-])\p{Ll}[\p{Ll}’'-]{3,}/gu, (word) => (proper.has(word) ? word[0].toUpperCase() + word.slice(1) : word));
}

const compoundsOf = new WeakMap<object, Map<string, string>>();

/**
 * "bourgeoisdemocratic" where the document otherwise writes "bourgeois-democratic": a compound that
 * lost its hyphen at a line end (in the source or in its conversion). The face takes the document's
 * usual spelling; the quote keeps the original's.
 */
export function mendCompounds(face: string, ctx: TemplateContext): string {
	let compounds = compoundsOf.get(ctx.doc);
	if (!compounds) {
		// One pass over the words: hyphenated compounds and plain words, with their counts.
		const counts = new Map<string, number>();
		for (const m of ctx.doc.original.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
		compounds = new Map();
		for (const [word, n] of counts) {
			if (!/^\p{Ll}{3,}-\p{Ll}{3,}$/u.test(word)) continue;
			const joined = word.replace('-', '');
			const plain = counts.get(joined) ?? 0;
			if (plain > 0 && n > plain) compounds.set(joined, word);
		}
		compoundsOf.set(ctx.doc, compounds);
	}
	if (!compounds.size) return face;
	return face.replace(/\p{Ll}{6,}/gu, (word) => compounds.get(word) ?? word);
}

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]+`;
const GLOSS_AFTER_LINK = new RegExp(
	String.raw`(?<![\p{L}-])(${NAME_WORD}(?:\s(?:de\s|von\s|van\s)?${NAME_WORD}){0,3})\s+(?:The\s+)?(\1)(?![\p{L}-])[^?]*(\??)$`,
	'u'
);

/**
 * Faces read as prose: one line, and runs of shouted words from notes and headings ("the UNITED
 * OPPOSITION", "a serious RURAL CRISIS") in normal case. Single upper-case words may be acronyms.
 */
export function tidyFace(text: string): string {
	return text
		.replace(/\s+/g, ' ')
		.trim()
		// "…his “Outline of Studies in Leninism.”?": the sentence's stop inside a title before the "?".
		.replace(/(?<!(?:^|[\s.])\p{L})[.,;:](['"”’]?)\?$/u, '$1?')
		// "Until when did Peel's first ministry last only?": the source's "only" reads as broken English.
		.replace(/^(Until when did .+?) only\?$/, '$1?')
		// An encyclopedia link's gloss spliced after it repeats the link ("the Battle of Waterloo Waterloo is
		// a municipality in Belgium?"): the face ends at the link.
		.replace(GLOSS_AFTER_LINK, (_m, link: string, _again: string, end: string) => `${link}${end}`)
		// Notes' shorthand for "which was": "… surrender at Saratoga = turning point?" asks the first part.
		.replace(/\s+=\s+[^?]*\?$/, '?')
		// "“Statement on receiving the Nobel Peace Prize (extract)”": the editor's note is no part of the title.
		.replace(/\s*\((?:extracts?|excerpts?|abridged|extrait)\)/gi, '')
		.replace(/\b\p{Lu}{2,}(?:[\s-]+\p{Lu}{2,}\b)+/gu, (run, at: number, all: string) => {
			// "VE III", "US UN": initials and regnal numbers, not shouting.
			if (run.split(/[\s-]+/).every((w) => w.length <= 3 || /^[IVXL]+$/.test(w))) return run;
			const lower = run.toLowerCase();
			if (/[“"‘]$/.test(all.slice(0, at))) return lower[0].toUpperCase() + lower.slice(1);
			const properName = /\bthe\s$/i.test(all.slice(Math.max(0, at - 4), at));
			return properName ? lower.replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase()) : at === 0 ? lower[0].toUpperCase() + lower.slice(1) : lower;
		});
}

/** "in 1922", "in April 1922", "on 3 April 1922" — the date as it reads inside a question. */
export function dateInQuestion(value: DateValue): string {
	const text = formatIso(value.start.iso, value.start.precision);
	if (value.start.precision === 'day') return `on ${text}`;
	return `in ${text}`;
}

// ---------------------------------------------------------------- dates

/**
 * Events worth asking about from the date alone ("What happened on 21 January 1924?"): births and
 * deaths, elections and appointments to high office, congresses, revolutions, wars and treaties,
 * foundings and proclamations. A speech or a letter on a given day is trivia in reverse.
 */
const LANDMARK =
	/\b(?:born|birth|died|dies|die|death|assassinat\w*|(?:was|were)\sexecuted|execution|killed|elected|election|appointed|congress|revolution|uprising|insurrection|coup|treaty|armistice|peace|war|invad\w*|invasion|abdicat\w*|found(?:ed|ing)|established|proclaim\w*|proclamation|constitution|dissolv\w*|overthrow\w*|seiz\w*|captur\w*|surrender\w*|arrested|exiled|resign\w*|removed|dismissed|expelled)\b/i;

export function landmarkEvent(event: string): boolean {
	// Electing a delegate to a conference is routine, whatever the verb.
	return LANDMARK.test(event) && !/\bdelegates?\b/i.test(event);
}

export function dateCards(fact: DateFact, ctx: TemplateContext): Card[] {
	const stem = fact.question.replace(/\?+$/, '').trim();
	if (!stem) return [];
	const front = /^(when|until when|in what year|in which year)\b/i.test(stem) ? `${capitalise(stem)}?` : `When ${stem}?`;
	const back = formatDateValue(fact.date);
	const factKey = `date|${normaliseKey(stem.replace(/^when\s+/i, ''))}`;
	const people = fact.subject ? [fact.subject] : [];
	const extra: Partial<Card> = { date: cardDate(fact.date), people };
	const cards = [build(fact, ctx, { kind: 'date', form: 'basic', front, back, factKey, extra })];
	// The reverse ("What happened on 21 January 1924?") only teaches for exact days of key events.
	if (fact.date.start.precision === 'day' && !fact.date.end && fact.event && fact.importance >= 0.6 && landmarkEvent(fact.event)) {
		cards.push(
			build(fact, ctx, {
				kind: 'date',
				form: 'reverse',
				front: `What happened ${dateInQuestion(fact.date)}?`,
				back: capitalise(tidyAnswer(fact.event)),
				factKey,
				extra
			})
		);
	}
	return cards;
}

// ---------------------------------------------------------------- offices

/** "General Secretary" + "Central Committee" → "General Secretary of the Central Committee". */
export function officeTitle(fact: Pick<OfficeFact, 'office' | 'organisation'>): string {
	const office = fact.office.trim();
	const org = fact.organisation?.trim();
	if (!org || normaliseKey(office).includes(normaliseKey(org))) return office;
	const theOrg = /^(the|a|an)\s/i.test(org) ? org : `the ${org}`;
	return `${office} of ${theOrg}`;
}

/**
 * The post without the qualifiers documents vary on: "Full Member of the Politburo of the Party's
 * Central Committee" and "Member of the Politburo of the CPSU" are both "member of politburo".
 */
export function corePost(office: string): string {
	const key = normaliseKey(office).replace(/\bfull\b/g, '').replace(/\s+/g, ' ').trim();
	return key.split(' of ').slice(0, 2).join(' of ');
}

const WHO_BECAME: Record<OfficeFact['how'], string> = {
	elected: 'was elected',
	appointed: 'was appointed',
	became: 'became',
	succeeded: 'became',
	replaced: 'became',
	held: 'became',
	removed: 'was removed as',
	resigned: 'resigned as'
};

const ROLE_WORDS =
	/^(?:member|members|candidate|chairman|chair|secretary|head|president|deputy|vice|commissar|editor|delegate|director|leader|representative|of|the|a|an|and|for|on|in|to|commission|committee|executive|bureau|council|party|conference|congress|presidium|board|government|state|soviet|organisation|organization|group|department|office|post)$/i;

/**
 * A post a student can name: "General Secretary of the Communist Party", "Member of the Politburo" —
 * not "President" or "Member of the Commission", which could be anything.
 */
export function specificOffice(title: string): boolean {
	// Posts made of role words that still name one office everyone knows.
	if (/^(?:Secretary of State|Head of State|Head of Government|State Secretary)\b/.test(title.trim())) return true;
	return title.split(/[\s,]+/).some((w) => w && !ROLE_WORDS.test(w.replace(/['’]s$/, '')));
}

/**
 * A seat on the presidium or a commission of a congress, conference or session lasts for its sittings:
 * an honour of the day, not a post one "held from" a date.
 */
export function temporaryHonour(title: string): boolean {
	return /\b(?:presidium|commission|bureau|secretariat|delegate|delegation)\b.*\b(?:congress|conference|session|meeting|plenum|sitting)\b/i.test(title) ||
		/^(?:a\s)?delegate\b/i.test(title);
}

export function officeCards(fact: OfficeFact, ctx: TemplateContext): Card[] {
	const person = fact.person.trim();
	const title = officeTitle(fact);
	if (!person || !title || !specificOffice(title)) return [];
	if (fact.members && fact.members.length > 1) return membersCards(fact, ctx);
	// Inside a question a membership reads as prose ("elected a member of the Politburo"); titles of
	// single posts keep their capitals ("became General Secretary").
	const lower = title.replace(
		/^(Member|Candidate Member|Candidate|Alternate Member|Full Member|Delegate|Councillor|Deputy)\b/,
		(m) => `${/^A/.test(m) ? 'an' : 'a'} ${m.toLowerCase()}`
	);
	const cards: Card[] = [];
	const extra: Partial<Card> = { people: [person], office: title };
	const base = `office|${normaliseKey(title)}`;
	const leaving = fact.how === 'removed' || fact.how === 'resigned';
	// A removal or resignation is dated by the end of the holding.
	const dated = leaving ? (fact.end ?? fact.start) : fact.start;
	if (dated) {
		const when = dateInQuestion(dated);
		const dateExtra = { ...extra, date: cardDate(dated) };
		cards.push(
			build(fact, ctx, {
				kind: 'office',
				form: 'basic',
				front: `Who ${fact.forced ? FORCED_OUT : WHO_BECAME[fact.how]} ${lower} ${when}?`,
				back: person,
				factKey: `${base}|${leaving ? 'left' : 'took'}|${dated.start.iso}`,
				extra: dateExtra
			})
		);
		// An election or appointment says what happened that day, not how long the post was held (a
		// re-election, or a seat on a congress's presidium for its few days); say only what the text says.
		const chosen = fact.how === 'elected' || fact.how === 'appointed';
		const since = dated.start.precision === 'day' ? `from ${formatIso(dated.start.iso, 'day')}` : `from ${formatIso(dated.start.iso, dated.start.precision)}`;
		if (chosen || leaving || !temporaryHonour(title)) cards.push(
			build(fact, ctx, {
				kind: 'office',
				form: 'reverse',
				front: leaving
					? fact.how === 'resigned' && !fact.forced
						? `Which post did ${person} resign ${when}?`
						: `Which post was ${person} ${fact.forced ? 'forced out of' : 'removed from'} ${when}?`
					: chosen
						? `Which post was ${person} ${fact.how} to ${when}?`
						: `Which post did ${person} hold ${since}?`,
				back: capitalise(title),
				factKey: `${base}|${normaliseKey(person)}|${leaving ? 'left' : 'took'}|${dated.start.iso}`,
				extra: dateExtra
			})
		);
		if (!leaving && fact.start) {
			// "When did Stalin become General Secretary?" is where documents disagree about years.
			cards.push(
				build(fact, ctx, {
					kind: 'office',
					form: 'basic',
					front:
						fact.how === 'elected'
							? `When was ${person} elected ${lower}?`
							: `When did ${person} become ${lower}?`,
					back: formatDateValue({ ...fact.start, end: undefined, open: false }),
					// Keyed on the post alone ("member of the Politburo"), not on how each document names
					// its body, so documents that disagree about the year meet on one card.
					factKey: `office|${corePost(fact.office)}|${normaliseKey(person)}|when`,
					extra: dateExtra
				})
			);
			if (fact.end) {
				const held = { ...fact.start, end: fact.end.start, open: false };
				cards.push(
					build(fact, ctx, {
						kind: 'office',
						form: 'basic',
						front: `When was ${person} ${lower}?`,
						back: formatDateValue(held),
						factKey: `${base}|${normaliseKey(person)}|tenure`,
						extra: { ...extra, date: cardDate(held) }
					})
				);
			}
		}
	}
	if (!dated) cards.push(...undatedOfficeCards(fact, ctx, { person, title, lower, extra, base }));
	if (fact.predecessor && normaliseKey(fact.predecessor) !== normaliseKey(person)) {
		cards.push(
			build(fact, ctx, {
				kind: 'office',
				form: 'basic',
				// "Who succeeded Wellington as Prime Minister?" has two answers (Grey in 1830, Peel in 1834):
				// the date of the taking over, when the source gives it, makes it one.
				front: `Who succeeded ${fact.predecessor.trim()} as ${lower}${fact.start ? ` ${dateInQuestion(fact.start)}` : ''}?`,
				back: person,
				factKey: `${base}|after|${normaliseKey(fact.predecessor)}`,
				extra: {
					...extra,
					people: [person, fact.predecessor.trim()],
					...(fact.start ? { date: cardDate(fact.start) } : {})
				}
			})
		);
	}
	if (fact.successor && normaliseKey(fact.successor) !== normaliseKey(person)) {
		cards.push(
			build(fact, ctx, {
				kind: 'office',
				form: 'basic',
				front: `Who succeeded ${person} as ${lower}?`,
				back: fact.successor.trim(),
				factKey: `${base}|after|${normaliseKey(person)}`,
				extra: { ...extra, people: [person, fact.successor.trim()] }
			})
		);
	}
	return cards;
}

/**
 * A body elected as a whole: "Who made up the Political Bureau elected in October 1917?" → all its
 * members. Only with a date or period: the make-up of a standing body changes.
 */
function membersCards(fact: OfficeFact, ctx: TemplateContext): Card[] {
	const members = fact.members ?? [];
	const body = (fact.organisation ?? fact.office.replace(/^Member of (?:the )?/i, '')).trim();
	const when = fact.start ? dateInQuestion(fact.start) : fact.during ? `during ${fact.during.trim()}` : '';
	if (!when || !body) return [];
	const theBody = /^the\s/i.test(body) ? body : `the ${body}`;
	const list = `${members.slice(0, -1).join(', ')} and ${members[members.length - 1]}`;
	return [
		build(fact, ctx, {
			kind: 'office',
			form: 'basic',
			front: `Who made up ${theBody}${fact.how === 'elected' ? ' elected' : ''} ${when}?`,
			back: list,
			factKey: `office|members|${normaliseKey(body)}|${fact.start?.start.iso ?? normaliseKey(when)}`,
			extra: { people: [...members], office: theBody, ...(fact.start ? { date: cardDate(fact.start) } : {}) }
		})
	];
}

const FORCED_OUT = 'was forced to step down as';

/**
 * Posts held by a long line of people: "Who became President?" or "… Chairman of the Council of
 * Ministers?" needs a date to have one answer; a rare charge ("Supervisor of the Control Commission")
 * does not.
 */
const LINE_OF_HOLDERS =
	/\b(?:president|prime minister|premier|chancellor|king|queen|emperor|empress|tsar|kaiser|pope|general secretary|first secretary|head of state|head of government|dictator|mayor|chairman|minister|commissar|governor|leader|head|secretary|commander|archbishop|bishop)\b/i;

/**
 * A holding the text does not date: asked by the event it is dated by ("during the Second World War"),
 * or — for a removal, a forced resignation or a post with few holders — as what happened to whom.
 */
function undatedOfficeCards(
	fact: OfficeFact,
	ctx: TemplateContext,
	f: { person: string; title: string; lower: string; extra: Partial<Card>; base: string }
): Card[] {
	const { person, title, lower, extra, base } = f;
	const draft = (form: CardForm, front: string, back: string, key: string) =>
		build(fact, ctx, { kind: 'office', form, front, back, factKey: `${base}|${key}`, extra });
	if (fact.during) {
		const during = fact.during.trim();
		return [
			draft('basic', `Who was ${lower} during ${during}?`, person, `during|${normaliseKey(during)}`),
			draft(
				'reverse',
				`Which post did ${person} hold during ${during}?`,
				capitalise(title),
				`${normaliseKey(person)}|during|${normaliseKey(during)}`
			)
		];
	}
	const membership = /^(?:a|an) (?:member|candidate|alternate|full)/.test(lower) && !!fact.organisation;
	// "the first President of Bolivia" has one holder for ever: no date needed.
	if (fact.first && !membership && fact.how !== 'removed' && fact.how !== 'resigned')
		return [draft('basic', `Who was the first ${lower}?`, person, 'first')];
	if (fact.how === 'removed' || fact.how === 'resigned') {
		const verb = fact.forced ? FORCED_OUT : WHO_BECAME[fact.how];
		if (!membership) return [draft('basic', `Who ${verb} ${lower}?`, person, 'left')];
		// "Who was removed from the Politburo?" has many answers; which body one person lost has one.
		const body = fact.organisation!.replace(/^(?!the\s)/i, 'the ');
		return [
			draft(
				'reverse',
				`From which body ${fact.how === 'resigned' ? 'did' : 'was'} ${person} ${fact.how === 'resigned' ? 'resign' : 'removed'}?`,
				capitalise(body),
				`${normaliseKey(person)}|left`
			)
		];
	}
	// With a predecessor, "Who succeeded X as …?" already says when; without one a long line of holders needs a date.
	if (membership || LINE_OF_HOLDERS.test(title) || fact.how === 'held' || fact.predecessor) return [];
	return [draft('basic', `Who ${WHO_BECAME[fact.how]} ${lower}?`, person, 'took')];
}

// ---------------------------------------------------------------- theses

function workLabel(work: string): string {
	return `“${work.replace(/[“”"]/g, '').trim()}”`;
}

/** "According to Stalin, “The Foundations of Leninism” (1924)" or "According to Stalin (1924)". */
export function attributionPhrase(
	fact: Pick<ThesisFact, 'author' | 'work' | 'year' | 'quotedBy'>,
	withWork: boolean
): string {
	const year = fact.year ? ` (${fact.year})` : '';
	// Words one author quotes from another: "According to Lenin, as quoted by Stalin in “…” (1924)".
	if (fact.quotedBy) {
		const where = withWork && fact.work ? ` in ${workLabel(fact.work)}` : '';
		return `According to ${fact.author}, as quoted by ${fact.quotedBy}${where}${year}`;
	}
	if (withWork && fact.work) return `According to ${fact.author}, ${workLabel(fact.work)}${year}`;
	return `According to ${fact.author}${year}`;
}

/** Lower-case the first word of a clause that continues "According to X, …", unless it is a name. */
export function continueClause(text: string): string {
	const first = text.split(/\s/)[0] ?? '';
	if (/^(The|A|An|In|On|At|Only|Without|Every|Each|All|No|Our|We|To|For|Under|With)$/.test(first))
		return text[0].toLowerCase() + text.slice(1);
	return text;
}

/**
 * ", according to …" for a reported position; left out when it would cite only "the source" and the
 * question is dated instead ("What did Kalinin oppose throughout the summer of 1917?").
 */
function citedSource(fact: ThesisFact, ctx: TemplateContext): string {
	const source = reportingSource(fact, ctx);
	return /^the (?:source|notes|text|document)$/.test(source) && /\b\d{4}\b/.test(fact.verb ?? '')
		? ''
		: `, according to ${source}`;
}

function reportingSource(fact: ThesisFact, ctx: TemplateContext): string {
	const reporter = sourceOf(ctx, fact.sentence).author;
	const last = (name: string) => name.trim().split(/\s+/).pop();
	if (reporter && last(reporter) !== last(fact.author))
		return attributionPhrase({ author: reporter, work: fact.work, year: fact.year }, true).replace(/^According to /, '');
	if (fact.work) return workLabel(fact.work);
	// "According to the source" names nothing a student can look up: name the document by its heading.
	// A file name is no title ("Kalinin wikipedia"): without a heading the card says "the source".
	const heading = documentTitle(ctx, fact.sentence.sectionIndex);
	const notes = /notes?\b/i.test(ctx.doc.document);
	if (!heading) return notes ? 'the notes' : 'the source';
	return notes ? `the notes ${workLabel(heading)}` : workLabel(heading);
}

/**
 * The document's own heading when it opens with one; in a collection (whose sections are works of
 * their own authors) the heading of the passage's section; else undefined.
 */
export function documentTitle(ctx: TemplateContext, sectionIndex = 0): string | undefined {
	const { sections } = ctx.doc;
	const first = sections[0];
	const collection = sections.some((s) => s.attribution.author || s.attribution.work);
	const heading = collection ? sections[sectionIndex]?.title : first?.start < 200 ? first.title : null;
	// A heading with debris ("Maria UlyanovaImage") would put it on the card: cite no heading then.
	// "Chapter 7" or "Part II" numbers a heading; it names nothing a student could look up.
	const numbered = /^(?:chapter|part|section|book|volume|vol\.|lecture|unit|lesson)\s+(?:\d+|[ivxlc]+)\.?$/i;
	// "Reign 18 May 1804 – 6 April 1814; 20 March 1815 – …": an encyclopedia box's field, not a title.
	const boxField = /;|^(?:reign|born|died|preceded by|succeeded by|predecessor|successor|spouse|issue|house|father|mother)\b/i;
	if (heading && !/^(?:preface|introduction|contents)$/i.test(heading) && !numbered.test(heading.trim()) &&
		!boxField.test(heading.trim()) && debrisProblems(heading).length === 0)
		return heading.replace(/[.…]+$/, '');
	return undefined;
}


/** Verbs of taking a position, with their past tense: the ones a reversed question can be asked with. */
const POSITION_VERBS: Record<string, string> = {
	advocate: 'advocated',
	support: 'supported',
	oppose: 'opposed',
	propose: 'proposed',
	favour: 'favoured',
	favor: 'favored',
	champion: 'championed',
	criticize: 'criticized',
	criticise: 'criticised',
	reject: 'rejected',
	denounce: 'denounced',
	condemn: 'condemned',
	defend: 'defended',
	endorse: 'endorsed',
	promote: 'promoted',
	resist: 'resisted',
	'call for': 'called for',
	'press for': 'pressed for',
	'push for': 'pushed for',
	'argue for': 'argued for',
	'put forward': 'put forward'
};

/** Verbs that put an idea forward: their clause can be asked for as "the idea “…”". */
const IDEA_VERBS = new Set(['put forward', 'proposed', 'advocated']);

const SHARED_POSITION =
	/\b(?:like|as did|along with|together with|with|among) (?:many|most|some|several|other|others|the other|his|her|their)\b|\band others\b/i;

/**
 * "What did Trotsky advocate?" has as many answers as Trotsky had positions; "Who advocated permanent
 * revolution?" has one. A short named position (a noun phrase of at most six words, not a clause) is
 * asked the other way round: "advocated permanent revolution in 1924". Undefined when the position is
 * a clause or a long phrase, or the verb is not one of taking a position.
 */
function positionAsked(fact: ThesisFact, object: string, about: string): string | undefined {
	if (about || !fact.verb) return undefined;
	const time = / in \d{4}$/.exec(fact.verb)?.[0] ?? '';
	const past = POSITION_VERBS[fact.verb.slice(0, fact.verb.length - time.length)];
	if (!past || /^that\b/i.test(object)) return undefined;
	if (wordCount(object) > 6 && !(IDEA_VERBS.has(past) && wordCount(object) <= 10)) return undefined;
	// "Kalinin, like many other Bolsheviks, advocated …": the position was not his alone.
	if (SHARED_POSITION.test(fact.sentence.text)) return undefined;
	// A clause ("Stalin is a new Genghis Khan") states a claim, not a position one can be asked for by
	// name — unless it was put forward as an idea: "Who put forward the idea “Stalin is a new Genghis Khan”?".
	if (/\b(?:is|are|was|were|has|have|had|will|would|should|must|can|could)\b/i.test(object))
		return IDEA_VERBS.has(past) && wordCount(object) <= 10
			? `${past} the idea “${object.replace(/[“”]/g, '"').replace(/"/g, "'")}”${time}`
			: undefined;
	// "The Corn Laws" → "the Corn Laws"; a name keeps its capital ("Lenin's Iskra").
	const first = object.split(/\s/)[0] ?? '';
	const asked = isStopword(first) ? first.toLowerCase() + object.slice(first.length) : object;
	return `${past} ${asked}${time}`;
}

export function thesisCards(fact: ThesisFact, ctx: TemplateContext): Card[] {
	const cards: Card[] = [];
	const topic = fact.topic.trim();
	const extra: Partial<Card> = {
		people: [fact.author],
		author: fact.author,
		topic,
		...(fact.work ? { work: fact.work } : {})
	};
	const claimKey = normaliseKey(fact.claim);
	const base = `thesis|${normaliseKey(fact.author)}|${normaliseKey(topic)}`;

	if (fact.form === 'ascribed' && fact.verb && /^as\s/.test(fact.predicate ?? '')) {
		// "Lenin regarded him as “the wonderful Georgian”" → "How did Lenin regard Stalin, according to …?"
		cards.push(
			build(fact, ctx, {
				kind: 'thesis',
				form: 'basic',
				front: `How did ${fact.author} ${fact.verb} ${topic}, according to ${reportingSource(fact, ctx)}?`,
				back: capitalise(tidyAnswer(fact.predicate ?? '')),
				factKey: `${base}|${fact.verb}|${normaliseKey(fact.predicate ?? '')}`,
				extra: { ...extra, people: [fact.author, topic] }
			})
		);
		return cards;
	}
	if (fact.form === 'ascribed' && fact.verb) {
		const reported = tidyAnswer(fact.predicate ?? topic);
		// "Lenin proposed that power be taken before October 25": the answer keeps its "that", or the
		// subjunctive reads as broken English ("Power be taken…").
		const escaped = escapeRegExp(reported.slice(0, 24));
		const object = new RegExp(`\\bthat\\s+${escaped}`, 'i').test(fact.claim.replace(/\s+/g, ' '))
			? `that ${continueClause(reported)}`
			: reported;
		const about = normaliseKey(topic) !== normaliseKey(reported) ? ` about ${continueClause(topic)}` : '';
		// "How do matters stand with regard to Trotsky's theory of “permanent revolution”?" states no
		// position of Trotsky's, only whose theory it is: ask that (one right answer), not "What did
		// Trotsky advocate?" (as many answers as he had positions).
		if (!about && /\?[”"’]?\s*$/.test(fact.sentence.text)) {
			const noun = /\b(theory|idea|doctrine|slogan|policy|plan|programme|program|principle)\s+of\b/i.exec(fact.claim)?.[1];
			if (!noun) return cards;
			const source = sourceOf(ctx, fact.sentence);
			const according = attributionPhrase(
				{ author: source.author ?? reportingSource(fact, ctx), work: fact.work ?? source.work, year: fact.year ?? source.year },
				true
			);
			cards.push(
				build(fact, ctx, {
					kind: 'thesis',
					form: 'reverse',
					front: `${according}, whose ${noun.toLowerCase()} was “${reported.replace(/[“”]/g, '"').replace(/"/g, "'")}”?`,
					back: fact.author,
					factKey: `${base}|${fact.verb}|${normaliseKey(object)}`,
					extra
				})
			);
			return cards;
		}
		const asked = positionAsked(fact, object, about);
		if (asked) {
			cards.push(
				build(fact, ctx, {
					kind: 'thesis',
					form: 'reverse',
					front: `Who ${asked}${citedSource(fact, ctx)}?`,
					back: fact.author,
					factKey: `${base}|${fact.verb}|${normaliseKey(object)}`,
					extra
				})
			);
			return cards;
		}
		cards.push(
			build(fact, ctx, {
				kind: 'thesis',
				form: 'basic',
				// "tell the Reichstag in 1876" + "about the Balkans" → "tell the Reichstag about the Balkans in 1876".
				front: `What did ${fact.author} ${fact.verb.replace(/ in \d{4}$/, '')}${about}${/ in \d{4}$/.exec(fact.verb)?.[0] ?? ''}${citedSource(fact, ctx)}?`,
				back: capitalise(object),
				factKey: `${base}|${fact.verb}|${normaliseKey(object)}`,
				extra
			})
		);
		return cards;
	}

	if (fact.link === 'said') {
		// A famous line: who said it (and when).
		const when = fact.year ? ` in ${fact.year}` : '';
		cards.push(
			build(fact, ctx, {
				kind: 'thesis',
				form: 'reverse',
				front: `Who said${when}: “${tidyAnswer(fact.claim).replace(/[“”]/g, '"').replace(/"/g, "'")}”?`,
				back: fact.author,
				factKey: `${base}|said|${claimKey}`,
				extra
			})
		);
		return cards;
	}
	if (fact.link === 'about') {
		// A judgement of a person ("Stalin is too rude…"): ask what the author said about them.
		// "He was very good in concealing" carded as a judgement of Ilyich: the quote must name him.
		const where = fact.work ? ` in ${workLabel(fact.work)}` : '';
		const year = fact.year ? ` (${fact.year})` : '';
		cards.push(
			build(fact, ctx, {
				kind: 'thesis',
				form: 'basic',
				front: `What did ${fact.author} write about ${topic}${where}${year}?`,
				back: capitalise(tidyAnswer(fact.claim)),
				factKey: `${base}|about|${claimKey}`,
				extra: { ...extra, people: [fact.author, topic] }
			})
		);
		const surnameOf = topic.split(/\s+/).pop() ?? topic;
		return cards.filter((c) => c.source.quote.replace(/\s+/g, '').includes(surnameOf));
	}
	const predicate = fact.predicate ? tidyAnswer(fact.predicate) : undefined;
	const link = fact.link ?? 'is';
	if (predicate && fact.form === 'definition') {
		const question = askWhat(topic, link, fact.qualifier);
		cards.push(
			build(fact, ctx, {
				kind: 'thesis',
				form: 'basic',
				front: `${attributionPhrase(fact, true)}, ${question}`,
				back: capitalise(predicate),
				factKey: `${base}|definition|${claimKey}`,
				extra
			})
		);
	}
	// Reverse: from the definition to the term, for the central definitions of a work only.
	if (predicate && fact.form === 'definition' && fact.importance >= 0.7 && wordCount(topic) <= 4 && wordCount(predicate) <= 20 && !/^(?:to|so that|that|in order)\s/i.test(predicate)) {
		const copula = /^(are|were)$/.test(link) ? 'are' : 'is';
		cards.push(
			build(fact, ctx, {
				kind: 'thesis',
				form: 'reverse',
				front: `${attributionPhrase(fact, false)}, what ${copula} “${predicate.replace(/[“”]/g, '"').replace(/"/g, "'")}”?`,
				back: capitalise(topic),
				factKey: `${base}|definition|${claimKey}`,
				extra
			})
		);
	}
	// Cloze: the key term of the work inside the claim, or a short predicate.
	const gap = chooseGap(fact, predicate);
	if (gap && wordCount(fact.claim) <= 32) {
		// The topic keeps the casing the document gives it inside a sentence ("theory", not "Theory").
		const raw = tidyAnswer(fact.claim);
		const claim = raw.toLowerCase().startsWith(topic.toLowerCase()) ? topic + raw.slice(topic.length) : raw;
		const at = claim.toLowerCase().lastIndexOf(gap.toLowerCase());
		if (at >= 0) {
			const clozed = `${claim.slice(0, at)}____${claim.slice(at + gap.length)}`;
			cards.push(
				build(fact, ctx, {
					kind: 'thesis',
					form: 'cloze',
					front: `${attributionPhrase(fact, false)}, ${asSentence(continueClause(clozed))}`,
					back: claim.slice(at, at + gap.length),
					factKey: `${base}|cloze|${claimKey}`,
					extra
				})
			);
		}
	} else if (
		predicate &&
		fact.form === 'position' &&
		wordCount(predicate) <= 30 &&
		/^(?:a|an|the)\s|^\p{Lu}/u.test(predicate)
	) {
		const question = askWhat(topic, link, fact.qualifier);
		cards.push(
			build(fact, ctx, {
				kind: 'thesis',
				form: 'basic',
				front: `${attributionPhrase(fact, true)}, ${question}`,
				back: capitalise(predicate),
				factKey: `${base}|position|${claimKey}`,
				extra
			})
		);
	}
	return cards;
}

function chooseGap(fact: ThesisFact, predicate: string | undefined): string | undefined {
	if (fact.form === 'definition') return undefined;
	if (predicate && wordCount(predicate) <= 6) return predicate;
	const key = fact.keyPhrase?.trim();
	if (key && wordCount(key) <= 6 && normaliseKey(key) !== normaliseKey(fact.topic)) {
		const claim = fact.claim.toLowerCase();
		const first = claim.indexOf(key.toLowerCase());
		// The gap must be unambiguous (the term occurs once) and a whole phrase: not "capitalist" cut
		// from "capitalist country", nor "country" after "our".
		if (first < 0 || claim.indexOf(key.toLowerCase(), first + 1) >= 0) return undefined;
		const before = claim.slice(0, first).trim().split(/\s+/).pop() ?? '';
		const after = claim.slice(first + key.length).match(/^\s+([\p{L}’'-]+)/u)?.[1] ?? '';
		const openers = /^(?:|the|a|an|of|to|for|and|or|by|with|without|in|on|from|into|between|against|is|are|was|were|as|that|than|all)$/i;
		const closers = /^(?:|of|and|or|to|in|on|by|is|are|was|were|which|that|who|as|than|from|for|with|against|can|must|will|cannot|has|have|had)$/i;
		if (openers.test(before.replace(/[,;:]$/, '')) && (closers.test(after) || /^[,.;:]/.test(claim.slice(first + key.length))))
			return key;
	}
	return undefined;
}

export function cardsFromFact(fact: Fact, ctx: TemplateContext): Card[] {
	switch (fact.kind) {
		case 'date':
			return dateCards(fact, ctx);
		case 'office':
			return officeCards(fact, ctx);
		case 'thesis':
			return thesisCards(fact, ctx);
	}
}

/** "what is Leninism?" for a copula, "what does Leninism mean?" for another linking verb. */
function askWhat(topic: string, link: string, qualifier?: string): string {
	// "is needed so that …" → "why is X needed?"; "proceed from the premise that …" → "from what premise …?"
	const purpose = /^(is|are|was|were) (needed|necessary|required|indispensable)$/.exec(link);
	if (purpose) return `why ${purpose[1]} ${continueClause(topic)} ${purpose[2]}?`;
	const premise = /^(proceed|start)(s|ed)? from the (\w+)$/.exec(link);
	if (premise) {
		const does = premise[2] === 'ed' ? 'did' : premise[2] === 's' ? 'does' : 'do';
		return `from what ${premise[3]} ${does} ${continueClause(topic)} ${premise[1]}?`;
	}
	// "what is Leninism, to be more exact?": a refined definition keeps the author's hedge.
	if (qualifier && /^(is|are|was|were)$/.test(link))
		return `what ${link} ${continueClause(topic)}${/\s.*\s/.test(qualifier) ? ',' : ''} ${qualifier}?`;
	return /^(is|are|was|were)$/.test(link)
		? `what ${link} ${continueClause(topic)}?`
		: `what ${/^\S+s\b/.test(link) ? 'does' : 'do'} ${continueClause(topic)} ${link.replace(/s\b/, '')}?`;
}
