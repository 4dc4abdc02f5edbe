/**
 * The quality filter: drops what a history teacher would reject. Every rule names its reason so the
 * eval and the tests can show why a card was dropped. Rules look only at the card's faces (and its
 * quote for provenance), never at which document it came from.
 */
import type { Card } from './types';
import { contentWords, normaliseKey, wordCount } from './text';
import { yearShown } from './dates';

export type Problem =
	| 'empty'
	| 'line-break'
	| 'letter-spacing'
	| 'hyphen-break'
	| 'shouting'
	| 'ellipsis'
	| 'stray-stop'
	| 'double-article'
	| 'markdown'
	| 'url'
	| 'unbalanced'
	| 'glued-word'
	| 'control-char'
	| 'dangling-pronoun'
	| 'question-in-answer'
	| 'answer-in-question'
	| 'trivial'
	| 'too-long'
	| 'half-claim'
	| 'gap-size'
	| 'provenance'
	| 'date-not-shown'
	| 'misspelt-name'
	| 'wrong-person'
	| 'citation'
	| 'gloss';

const DEBRIS: [Problem, RegExp][] = [
	['line-break', /[\r\n\u2028\u2029]/],
	// "T h e T h i r t e e n t h", "S T A L I N": four or more single letters in a row.
	['letter-spacing', /(?:^|[^\p{L}])(?:\p{L} ){3,}\p{L}(?![\p{L}])/u],
	// "revolu- tion": a hyphen left at a line end, then a lower-case continuation.
	['hyphen-break', /\p{Ll}- \p{Ll}|\p{L}-$/u],
	// Three or more upper-case words: page headers, watermarks ("FROM MARX TO MAO"), refrains.
	['shouting', /\b\p{Lu}{2,}\b(?:[\s,;:–-]+\b\p{Lu}{2,}\b){2,}/u],
	['ellipsis', /…|\.\.\.|\. \. \./],
	// "…his “Outline of Studies in Leninism.”?": the sentence's stop left inside a title before the "?".
	// "a speech at a the Plenum": two articles in a row, a template's seam.
	['double-article', /\b(?:a|an|the) (?:a|an|the)\b/],
	['stray-stop', /(?<!(?:^|[\s.])\p{L})[.,;:]['"”’]?\?$/u],
	['markdown', /\*|(?<!_)__(?!_)|^#+\s|\[[^\]]*\]\(|`|^\s*[-+>]\s|\|/],
	['url', /https?:|www\.|\b[\w-]+\.(?:com|org|net|ru|html?|php|jpe?g|png|gif|svg)\b/i],
	// "Wesee1920", "Jahre1920": letters glued to a long number.
	['glued-word', /\p{L}{2,}\d{3,}|\d{3,}\p{Ll}{3,}/u],
	// "Maria UlyanovaImage": a caption or the next word glued on; "Mc"/"Mac" names are real.
	['glued-word', /\b(?!Ma?c)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+/u],
	// "(‘Filosofskaya Entsiklopediya’, Volume I, Moscow, 1960, p.177.)": a reference, not an answer.
	['citation', /\([^()]*\b(?:Vol(?:ume)?\.?\s+[IVXL\d]+|pp?\.\s?\d+|ISBN|op\. cit|ibid)\b[^()]*\)/i],
	// Control characters, replacement characters and separator runs like "!(@$".
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	['control-char', /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]|[!@$#%^&(]{3,}/]
];

/** Debris on one face: a fragment of the original's layout or markup that a student should not see. */
export function debrisProblems(text: string): Problem[] {
	const problems: Problem[] = [];
	if (!text.trim()) return ['empty'];
	for (const [problem, pattern] of DEBRIS) if (pattern.test(text)) problems.push(problem);
	if (doubledName(text)) problems.push('gloss');
	if (!balanced(text)) problems.push('unbalanced');
	return problems;
}

/**
 * "Horatio Nelson Horatio Nelson", "the Battle of Marengo Marengo is a battle fought", "a prefect
 * Prefect": an encyclopedia link's gloss spliced after its anchor repeats the anchor.
 */
export function doubledName(text: string): boolean {
	// Cheap first: a doubled name has one word twice within five words ("Horatio Nelson Horatio Nelson").
	const words = text.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	if (!words.some((w, i) => w.length > 2 && words.slice(i + 1, i + 6).includes(w))) return false;
	if (/(?<![\p{L}-])(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){0,3})\s+(?:The\s+)?\1(?![\p{L}-])/u.test(text)) return true;
	for (const m of text.matchAll(/(?<![\p{L}-])(\p{Ll}{4,})\s+(\p{Lu}\p{Ll}{3,})(?![\p{L}-])/gu))
		if (m[1] === m[2].toLowerCase()) return true;
	return false;
}

const GLUED_TAIL = /\b(\p{Lu}\p{Ll}{2,}?)(in|of|the|and|to|on|at|by|for|with|from)\b/gu;

/**
 * "the Provisional Governmentin cooperation": a word with a small word glued on, where the document
 * uses the word itself ("Government") more often than the glued form — the word is debris, not a
 * name like "Stalin" or "Britain".
 */
export function gluedFunctionWord(face: string, original: string): boolean {
	for (const m of face.matchAll(GLUED_TAIL)) {
		const [whole, stem] = m;
		if (stem.length < 4) continue;
		const count = (word: string) => occurrences(original, word);
		if (count(stem) >= 2 && count(stem) > count(whole)) return true;
	}
	return false;
}

// One document is filtered at a time: keep the counts of its words while it is.
let countedText = '';
let counts = new Map<string, number>();
function occurrences(original: string, word: string): number {
	if (original !== countedText) {
		countedText = original;
		counts = new Map();
	}
	let n = counts.get(word);
	if (n === undefined) {
		n = original.match(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))?.length ?? 0;
		counts.set(word, n);
	}
	return n;
}

/** Brackets nest and quotes pair up. */
export function balanced(text: string): boolean {
	const stack: string[] = [];
	const pairs: Record<string, string> = { ')': '(', ']': '[', '}': '{', '”': '“' };
	for (const ch of text) {
		if (ch === '(' || ch === '[' || ch === '{' || ch === '“') stack.push(ch);
		else if (ch in pairs) {
			if (stack.pop() !== pairs[ch]) return false;
		}
	}
	if (stack.length) return false;
	const straight = (text.match(/"/g) ?? []).length;
	return straight % 2 === 0;
}

const PRONOUN_OPENER =
	/^(?:all\sthis|all\sthat|this|that|these|those|it|its|they|them|their|he|him|his|she|her|such|which|who|here|there|hence|thus|therefore|consequently|so|and|but|or|nor|for|also)\b/i;
const CLOZE_PRONOUN = /\b(?:he|him|his|she|her|they|them|it|this|these|those|such)\b/i;
const PERSONAL_PRONOUN = /\b(?:he|him|she|hers|they|them|it|this|these|those)\b/i;
const POSSESSIVE = /\b(?:his|her|its|their)\b/i;

/**
 * "When did he speak?" and "When did Lenin regard him as…" have no antecedent; "When did Lenin have
 * his first stroke?" does: a possessive after a named subject refers to it.
 */
export function danglingInQuestion(stem: string): boolean {
	if (PERSONAL_PRONOUN.test(stem)) return true;
	const possessive = POSSESSIVE.exec(stem);
	if (!possessive) return false;
	const before = stem.slice(0, possessive.index).replace(/^\S+/, '');
	return !/\b\p{Lu}\p{Ll}+/u.test(before);
}

/**
 * A face that opens with a pronoun or connective ("It is…", "This shows…", "But…") leans on the
 * sentence before it, which the student will not see.
 */
export function danglingOpener(text: string): boolean {
	const t = text.replace(/^[\s“"'‘(]+/, '').replace(/^(?:according to [^,]+,\s*)/i, '');
	return PRONOUN_OPENER.test(t);
}

function questionStem(front: string): string {
	return front.replace(/^According to [^,]*?(?:\(\d{4}\))?,\s*/i, '');
}

const MONTH_NAMES =
	/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)/;

/** A chronicle entry ("March 27 — …") in a section dated by its heading ("Biographical chronicle, 1924"). */
function yearFromSection(card: Card): boolean {
	const year = card.date?.iso.slice(0, 4);
	return !!year && String(card.source.year ?? '') === year && MONTH_NAMES.test(card.source.quote);
}

/**
 * "…from Genghis Khan on his mother's. Having?": the question runs over the end of its sentence. A
 * full stop after a lower-case word (not a title such as "Gen." or "Gov.") and before a capitalised one.
 */
const SENTENCE_BREAK =
	/(?<!\b(?:Gen|Col|Capt|Maj|Adm|Gov|Sen|Rep|Rev|Prof|Hon|Sgt|Cmdr|Pres|Messrs|Mrs|Mme|Mlle|Bros|Corp|Dept|Univ|approx|viz|cf|vol|nos?|pp?))(?<=\p{Ll}{2}['’]?s?)\.\s+\p{Lu}\p{Ll}+/u;

const UNNAMED_POST =
	/\b(?:hold|held|leave|left|resign|resigned|take up|took up|assume|assumed|lose|lost|keep|kept) the (?:post|office|position|job|role|seat|title)\b(?! of)/i;

/** "When did When John Foster Dulles come …?": the subordinate clause's "When" taken into the subject. */
const SUBORDINATE_SUBJECT =
	/^When (?:did|was|were|do|does) (?:When|While|After|Before|Although|Though|If|Since|Because|Once|Until|During|Following|Despite|the (?:day|year|month|week|moment|time|night|morning|evening) )\b/;

/** "I am far from denying that …", "It is true that …": what follows is granted, not claimed. */
const CONCESSION =
	/\b(?:far from denying|(?:do|does|did) not deny|not denying|(?:I|we) (?:admit|grant|concede)|it is true|granted|admittedly|of course)(?: that)?\b/i;

/**
 * "I am far from denying that Trotsky played an important role in the Civil War. But …": a card that
 * asks for the conceded point states the opposite of the author's argument.
 */
function conceded(card: Card): boolean {
	const quote = card.source.quote.replace(/\s+/g, ' ');
	const concession = CONCESSION.exec(quote);
	if (!concession) return false;
	const answer = card.back.replace(/^(?:As|That)\s+/i, '').slice(0, 24).toLowerCase();
	const at = quote.toLowerCase().indexOf(answer);
	return at > concession.index && !/[.!?;]/.test(quote.slice(concession.index, at));
}

/** Every problem of a card; an empty list means a teacher would accept it as it stands. */
export function cardProblems(card: Card, original?: string): Problem[] {
	const problems = new Set<Problem>();
	for (const face of [card.front, card.back]) for (const p of debrisProblems(face)) problems.add(p);
	if (original !== undefined && original.slice(card.source.start, card.source.end) !== card.source.quote)
		problems.add('provenance');
	if (original !== undefined && [card.front, card.back].some((face) => gluedFunctionWord(face, original)))
		problems.add('glued-word');
	if (original !== undefined && card.people.some((name) => misspeltName(name, original))) problems.add('misspelt-name');

	// The date on the card must be checkable against the quote: its year is in it, or the quote gives
	// day and month under a section whose stated year (shown with the source) is the card's year.
	if (card.date && !yearShown(card.source.quote, card.date) && !yearFromSection(card)) problems.add('date-not-shown');

	const back = card.back.replace(/^Sources disagree:.*$/s, '').trim() || card.back;
	const stem = questionStem(card.front);

	// Pronouns in the question have no antecedent the student can see ("When did he speak?").
	// "Who said: “They need great upheavals; we need a great Russia”?": the quoted words are the speaker's own.
	const asked = /^Who said\b/.test(card.front) ? stem.replace(/“[^”]*”/g, '“…”') : stem;
	if (card.form !== 'cloze' && danglingInQuestion(asked)) problems.add('dangling-pronoun');
	if (card.form === 'cloze' && (danglingOpener(stem) || CLOZE_PRONOUN.test(stem))) problems.add('dangling-pronoun');
	// "What did Lenin propose? → That power be taken…" is a reported clause, not a dangling "that".
	const reportedClause = /^What did /.test(card.front) && /^That\s/.test(back);
	if (danglingOpener(back) && card.kind === 'thesis' && !reportedClause) problems.add('dangling-pronoun');
	if (/\?\s*$/.test(back)) problems.add('question-in-answer');

	if (givesAwayAnswer(card.front, back)) problems.add('answer-in-question');
	// "Lenin was ____, and Marxism is the basis of his world outlook" → "a Marxist": the rest of the
	// sentence spells the gap out in another form of the same word.
	if (card.form === 'cloze' && sameStemsInFront(card.front, back)) problems.add('answer-in-question');

	if (card.form !== 'cloze' && incompleteQuestion(stem)) problems.add('trivial');
	// "What did Franz Joseph write about Franz Joseph in 1914?": a text in the first person read as about its author.
	const about = /^What did (.+?) (?:write|say|argue|claim) about (.+?)(?: in \d{4})?(?:,|\?)/.exec(card.front);
	if (about && normaliseKey(about[1]) === normaliseKey(about[2])) problems.add('trivial');
	if (card.form !== 'cloze' && (SENTENCE_BREAK.test(stem) || SUBORDINATE_SUBJECT.test(card.front))) problems.add('trivial');
	// "When did Richards hold the post?": which post, the student cannot tell.
	if (UNNAMED_POST.test(stem)) problems.add('dangling-pronoun');
	if (wordCount(stem) < 3 || contentWords(back).length === 0 && !/\d/.test(back)) problems.add('trivial');
	if (normaliseKey(card.front) === normaliseKey(back)) problems.add('trivial');

	// "X is not only a major theorist" without its "but …": half of a two-sided judgement reads as praise.
	if (/\bnot\s+only\b/i.test(back) && !/\bbut\b/i.test(back.slice(back.search(/\bnot\s+only\b/i))))
		problems.add('half-claim');

	if (card.kind === 'thesis' && conceded(card)) problems.add('half-claim');

	const limit = card.kind === 'thesis' ? 30 : card.kind === 'office' ? 14 : 24;
	if (wordCount(back) > limit) problems.add('too-long');
	if (wordCount(card.front) > 60) problems.add('too-long');
	if (card.form === 'cloze') {
		const gap = wordCount(back);
		if (gap < 1 || gap > 6 || !card.front.includes('____')) problems.add('gap-size');
		// "According to Stalin (1924), the is ____.": too little left of the sentence to ask anything.
		if (contentWords(stem.replace('____', ' ')).length < 1 || /\b(?:the|a|an) (?:is|are|was|were)\b/i.test(stem))
			problems.add('trivial');
	}
	return [...problems];
}

/**
 * A question that stops short ("When did Lenin propose?", "…report to the Conference on?") or points
 * at text the student cannot see ("in the following terms").
 */
export function incompleteQuestion(stem: string): boolean {
	const q = stem.replace(/[?.!]+$/, '').trim();
	if (/\b(?:the\sfollowing|as\sfollows|below|above|aforesaid|said\sabove)\b/i.test(q)) return true;
	if (/\s(?:on|in|of|to|for|by|with|at|from|about|as|and|or|the|a|an|called|named|entitled|that|which|who)$/i.test(q)) return true;
	// "When was the District Conference of the held?": the name was cut short by a stray full stop.
	if (/\s(?:of|the|a|an)\s(?:held|\p{Ll}+ed)$/u.test(q)) return true;
	if (/\s(?:during|before|after|since|until|between|against|into|under|over|through|throughout|without|within|like|than|whose)$/i.test(q))
		return true;
	// "When did Trotsky be expelled …?": a passive forced into "did".
	if (/^when\s(?:did|does|do)\s.*?\bbe\s\p{Ll}+/iu.test(q)) return true;
	// A clause cut before its complement: "…as well?", "…in connection?", "…as part?".
	if (/\s(?:as\swell|in\sconnection|as\spart|in\smemory|on\sbehalf|in\shonou?r|in\sreply|in\sanswer|in\saccordance|together)$/i.test(q))
		return true;
	// "When did Stalin's greeting … are published?": a passive clause forced into "did".
	if (/^when\s(?:did|does|do)\b.*\b(?:are|is|was|were|be)\s\p{L}+(?:ed|en)$/iu.test(q)) return true;
	if (notAVerbAfterDid(q)) return true;
	// "When was Lenin criticized Stalin?": an active clause with its object forced into the passive.
	// Verbs that take a title after the passive ("elected President", "proclaimed Emperor") are fine.
	const passiveWithObject =
		/^[Ww]hen\s(?:was|were)\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*\s(\p{Ll}+ed)\s\p{Lu}/u.exec(q);
	if (passiveWithObject && !TITLE_TAKING_PASSIVES.test(passiveWithObject[1])) return true;
	// "When was the Profintern existed?": an intransitive verb forced into the passive.
	if (/^when\s(?:was|were)\s.*\s(?:existed|lived|died|happened|occurred|remained|lasted|continued|ended|began|arrived|stayed)$/i.test(q))
		return true;
	// "When was Kalinin released?" — released from what, sent where?
	if (/^when\s(?:was|were)\s[\p{L}.\s'’-]{2,40}?\s(?:released|freed|set\sfree|transferred|moved|sent|sent\saway|recalled|summoned)$/iu.test(q))
		return true;
	// "…delivers a speech and in the name of the Party takes a vow" cut after "in the name".
	if (/\sand\s(?:in|on|at|of|to|for|by|with|from)\s(?:the\s|a\s|an\s)?\p{Ll}+$/u.test(q)) return true;
	// "When did Kalinin say?" — a reporting verb with nothing reported.
	if (/^when\s(?:did|does|do)\s[\p{L}.\s'’-]{2,40}?\s(?:say|propose|speak|write|declare|add|reply|answer|explain|state|ask|tell|note|remark|continue|emphasise|emphasize|stress|report|point\sout|insist|argue|recall)$/iu.test(q))
		return true;
	return false;
}

/** Passives followed by a title or rank rather than an object: "elected President", "named Chancellor". */
const TITLE_TAKING_PASSIVES =
	/^(?:re-?)?(?:elected|appointed|named|proclaimed|crowned|nominated|designated|declared|installed|confirmed|chosen|styled|titled|created|promoted|ordained|consecrated|inaugurated|sworn|dubbed|called|termed|renamed)$/i;

const NOT_PARTICIPLES = /^(?:need|feed|proceed|succeed|exceed|speed|heed|shed|wed|embed|bleed|breed|bring|sing|ring|spring|swing|sting|wring|fling|cling)$/i;

/**
 * "When did Stalin greeting the Baku workers…?", "When did Stalin speak at a meeting … held?": a
 * chronicle's noun phrase or reduced clause forced into "did": after "did" + the named actor comes
 * a bare verb, and the question does not end on a dangling participle.
 */
export function notAVerbAfterDid(question: string): boolean {
	const m = /^[Ww]hen\s(?:did|does|do)\s(?:\p{Lu}[\p{L}'’.-]*\s)+(\p{Ll}[\p{L}-]*)/u.exec(question);
	if (!m) return false;
	const verb = m[1];
	if (/(?:ing|ed|s)$/.test(verb) && !NOT_PARTICIPLES.test(verb) && !/(?:ss|us)$/.test(verb)) return true;
	// "…direct the proceedings of the plenum and at the sitting spoke": a second verb left in the past.
	if (/\sand\s(?:[^?]*?\s)?(?:spoke|wrote|gave|took|went|came|began|saw|met|sent|told|said|knew|won|fought|brought|thought)$/.test(question))
		return true;
	const words = question.split(/\s+/);
	const last = words[words.length - 1];
	return words.length > 5 && /^(?:held|\p{Ll}{3,}ed)$/u.test(last) && !NOT_PARTICIPLES.test(last);
}

/** Every content word of the answer has a word of the same stem (first five letters) in the front. */
function sameStemsInFront(front: string, back: string): boolean {
	const stems = new Set(contentWords(front).filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
	const answer = contentWords(back);
	return answer.length > 0 && answer.every((w) => w.length >= 5 && stems.has(w.slice(0, 5)));
}

/** The question already contains the answer: every content word (or the year) of the back is in the front. */
export function givesAwayAnswer(front: string, back: string): boolean {
	const answer = contentWords(back);
	const frontKey = ` ${normaliseKey(front)} `;
	if (answer.length === 0) {
		const digits = back.match(/\d{3,4}/g);
		return !!digits && digits.every((d) => frontKey.includes(` ${d} `));
	}
	const inFront = answer.filter((w) => frontKey.includes(` ${w} `));
	return inFront.length === answer.length;
}

export function acceptable(card: Card, original?: string): boolean {
	return cardProblems(card, original).length === 0;
}

/**
 * "When did Kalin execute …?" in a document that says "Kalinin" everywhere else: a name cut short by a
 * typo or a line break. A one-word name the document writes at most a tenth as often as a longer name
 * it begins.
 */
export function misspeltName(name: string, original: string): boolean {
	const word = name.trim();
	if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word)) return false;
	// Every card of a document asks about the same few names: scan the whole text once per name.
	if (original !== misspeltText) {
		misspeltText = original;
		misspeltVerdicts = new Map();
	}
	let verdict = misspeltVerdicts.get(word);
	if (verdict === undefined) {
		const longer = original.match(new RegExp(`(?<![\\p{L}])${word}\\p{Ll}{1,4}(?![\\p{L}])`, 'gu')) ?? [];
		verdict = longer.length >= 3 && occurrences(original, word) * 10 <= longer.length;
		misspeltVerdicts.set(word, verdict);
	}
	return verdict;
}
let misspeltText: string | undefined;
let misspeltVerdicts = new Map<string, boolean>();
