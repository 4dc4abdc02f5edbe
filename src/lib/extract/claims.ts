/**
 * Claims the thesis shapes of `theses.ts` do not see, recognised by how history writing reports a
 * view, never by names:
 *  - reported views in narrative and notes: "Kennan argued that …", "Eamon Duffy, in The Stripping
 *    of the Altars (1992), argued that …", "Later historians, among them Sally Marks, have argued
 *    that …", "Chancellor Wirth told the Reichstag: “…”";
 *  - a view on what caused something, asked the other way round: "Williams argued that the US drive
 *    for an open door was the main cause of the Cold War" → "what was the main cause of the Cold War?";
 *  - quotations under a citation line, as a reader or a chronicle prints them: "Giuseppe Mazzini —
 *    The Duties of Man (London, 1860)" or "V. I. Lenin, “Left-Wing” Communism (1920): “…”";
 *  - the speaker's own stance in a speech or letter whose author is known: "I believe that …",
 *    "I plead for …", "The most important cause of X was, in my opinion, Y".
 * Every claim is the claimant's: cards ask what X argued, never state it as fact.
 */
import type { Attribution, IngestedDocument, Sentence } from '../ingest/types';
import type { Fact, ThesisFact } from './types';
import {
	peopleContext,
	displayName,
	findPersonNames,
	isCommonWord,
	sentenceSubject,
	type PersonIndex
} from './people';
import { attributionFor, isEditorial, plausibleWork } from './theses';

// ---------------------------------------------------------------- names

/** Titles and offices written before a name ("Chancellor Joseph Wirth"): not part of the name. */
const TITLE_WORDS = String.raw`(?:Chancellor|President|Premier|Prime\sMinister|General|Marshal|Admiral|Colonel|Captain|Cardinal|Archbishop|Bishop|Pope|King|Queen|Emperor|Empress|Tsar|Kaiser|Prince|Princess|Duke|Count|Lord|Lady|Sir|Dame|Senator|Governor|Secretary|Minister|Foreign\sMinister|Professor|Dr\.?|Mr\.?|Mrs\.?|Comrade|Chairman|Historian|the\shistorian|the\seconomist|the\sphilosopher)`;
/** A person's name as written: initials, particles and a regnal number allowed ("G. R. Elton", "Paul von Hindenburg", "Victor Emmanuel II"). */
const PERSON = String.raw`(?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{Ll}\u00C0-\u017F'’-]+(?:\s\p{Lu}\.(?:\s?\p{Lu}\.)?(?=\s\p{Lu}\p{Ll}))?(?:\s(?:(?:von|van|de|di|da|del|della|du|le|la|y)\s|d['’])?\p{Lu}[\p{Ll}\u00C0-\u017F'’-]+){0,3}(?:\s(?:Jr\.|Sr\.|[IVX]{1,4}\b))?`;

const LED_VIEW = new RegExp(
	String.raw`^(?:In|At|During|After|Before|Throughout|From)\s[^,]{2,60}?\s(?<!\b(?:the|a|an)\s)(?=(?:(?<!\bthe\s)(?:\p{Lu}\.\s?)+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}\s(?:(?:has|had|later|also|famously)\s)?(?:argued|claimed|contended|maintained|insisted|believed|wrote|declared|stated|concluded|warned|suggested)\sthat\s)`,
	'u'
);

/** Who writes history or comment, in the plural ("historians such as") or before a name ("the historian"). */
const SCHOLAR = String.raw`(?:[Hh]istorian|[Ss]cholar|[Ww]riter|[Ee]conomist|[Ss]ociologist|[Pp]hilosopher|[Bb]iographer|[Cc]ritic|[Cc]ommentator|[Jj]ournalist|[Tt]heorist|[Pp]olitical\sscientist|[Dd]iplomat)`;

/** Words no person is called by, though capitalised: states, bodies, peoples, labels of notes. */
function nonPersonWord(word: string): boolean {
	return (
		isCommonWord(word) ||
		/^(?:historians?|critics?|scholars?|revisionists?|orthodox|marxists?|liberals?|conservatives?|contemporaries|americans?|british|french|germans?|italians?|russians?|soviets?|chinese|japanese|english|europe|america|britain|france|germany|italy|russia|china|japan|spain|austria|prussia|washington|london|paris|moscow|rome|vienna|tokyo|nato|un|usa|us|uk|ussr)$/i.test(
			word
		)
	);
}

/**
 * Is the name a person's? Known to the document's person index, found by the name heuristics, or —
 * since a reporting verb follows — a first name and surname of which no word is a common, place or
 * organisation word ("Eamon Duffy", "Karl Dietrich Bracher").
 */
export function personName(name: string, people: PersonIndex): boolean {
	// "Charles I", "Victor Emmanuel II": a ruler's name and number.
	const regnal = /^(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\s[IVX]{1,4}$/u.exec(name)?.[1];
	if (regnal) return regnal.split(' ').every((w) => !nonPersonWord(w));
	const words = name.replace(/\s(?:Jr\.|Sr\.)$/, '').split(/\s+/);
	const last = words[words.length - 1].replace(/['’]s?$/, '');
	if (nonPersonWord(last)) return false;
	if (people.people.has(last.toLowerCase()) || (people.aliases?.has(last.toLowerCase()) ?? false))
		return true;
	if (findPersonNames(name, people).some((m) => m.index === 0)) return true;
	const named = words
		.filter((w) => !/^(?:\p{Lu}\.)+$/u.test(w) && !/^(?:von|van|de|di|da|del|della|du|le|la|y)$/.test(w))
		.map((w) => w.replace(/^d['’]/, ''));
	return (
		(named.length >= 2 || named.length < words.length) &&
		named.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !nonPersonWord(w.replace(/['’]s?$/, '')))
	);
}

/**
 * A lone capitalised word before "argued"/"claimed" is a surname ("Eisenhower argued …") unless the
 * document uses it as a place ("in Prussia", "to Moscow") or it is an acronym or a common word.
 */
function loneSurname(word: string, clean: string): boolean {
	if (!/^\p{Lu}\p{Ll}{2,}$/u.test(word) || nonPersonWord(word)) return false;
	// One scan of the document per word: a long works volume asks about the same names many times.
	let known = placeTests.get(clean);
	if (!known) placeTests.set(clean, (known = new Map()));
	let place = known.get(word);
	if (place === undefined) {
		place = new RegExp(
			String.raw`\b(?:in|at|(?<![Aa]ccording\s)to|from|into|across|near)\s(?:the\s)?${word}\b`
		).test(clean);
		known.set(word, place);
	}
	return !place;
}
const placeTests = new Map<string, Map<string, boolean>>();

const STRONG_VIEW = new Set(['argue', 'claim', 'contend', 'assert', 'maintain', 'insist']);

// ---------------------------------------------------------------- reported views

/** Reporting verbs that take a clause, with their base form; `that` marks those that need "that". */
const VIEW_VERBS: Record<string, { base: string; that: boolean }> = {
	argued: { base: 'argue', that: false },
	argues: { base: 'argue', that: false },
	// "Historians such as Gaddis argue that …": the plural subject's verb.
	argue: { base: 'argue', that: true },
	maintain: { base: 'maintain', that: true },
	believe: { base: 'believe', that: true },
	contend: { base: 'contend', that: true },
	claimed: { base: 'claim', that: false },
	claims: { base: 'claim', that: false },
	contended: { base: 'contend', that: false },
	maintained: { base: 'maintain', that: true },
	insisted: { base: 'insist', that: true },
	asserted: { base: 'assert', that: false },
	believed: { base: 'believe', that: true },
	concluded: { base: 'conclude', that: true },
	suggested: { base: 'suggest', that: true },
	warned: { base: 'warn', that: true },
	protested: { base: 'protest', that: true },
	declared: { base: 'declare', that: true },
	stated: { base: 'state', that: true },
	wrote: { base: 'write', that: true },
	said: { base: 'say', that: true },
	held: { base: 'hold', that: true },
	thought: { base: 'think', that: true },
	predicted: { base: 'predict', that: true },
	denied: { base: 'deny', that: true }
};
const VIEW_VERB = Object.keys(VIEW_VERBS).join('|');

/** "Name (aside) [has] argued [in Work (1919)] [(aside)] that …". */
const REPORTED = new RegExp(
	String.raw`^(?:${TITLE_WORDS}\s)?(?<who>${PERSON})(?<aside>\s*\([^()]{2,90}\)|,\s(?!and\b|but\b|have\b|has\b|had\b)[^,;]{3,90}?,)?,?\s(?:(?:has|have|had)\s)?(?:(?:since|also|later|famously|once|first|then|even|repeatedly|always|often|rightly|plausibly)\s)*(?<verb>${VIEW_VERB})(?:\s(?:instead|however|too|persuasively|forcefully|convincingly|influentially))?(?<where>\s(?:in|at)\s(?!the\s(?:same|next|following|first)\b)[^,;:"“]{3,90}?\(\d{4}\)|\s(?:in|to)\s(?:his|her|their|a|an)\s(?:[\p{Ll}-]+\s){0,2}(?:diary|journal|memoirs?|letter|notebook|speech|address|report|pamphlet|book|essay|article|sermon|will|testament)(?=,?\sthat\s)|\sin\s(?:the\s)?\p{Lu}[^,;:"“()]{2,50}?(?=\sthat\s))?(?<aside2>\s*\([^()]{2,60}\))?,?\s(?<that>that\s)?(?<what>.+)$`,
	'u'
);
/** "Detlev Peukert described the Weimar years as a “crisis of classical modernity”". */
const DESCRIBED = new RegExp(
	String.raw`^(?:${TITLE_WORDS}\s)?(?<who>${PERSON})(?<aside>\s*\([^()]{2,90}\)|,\s[^,;]{3,90}?,)?\s(?:(?:has|have|had)\s)?(?:also\s|famously\s|later\s)?(?<verb>described|characterised|characterized|portrayed|dismissed|hailed|denounced|condemned|branded|saw|sees|viewed|views|regarded|regards|interpreted|interprets|depicted|depicts|presented|presents)\s(?<whom>(?!him\b|her\b|it\b|them\b|this\b|these\b|those\b)[^,;:"“]{2,60}?)\sas\s(?<what>.+)$`,
	'u'
);
const DESCRIBE_BASE: Record<string, string> = {
	described: 'describe',
	characterised: 'characterise',
	characterized: 'characterize',
	portrayed: 'portray',
	dismissed: 'dismiss',
	hailed: 'hail',
	denounced: 'denounce',
	condemned: 'condemn',
	branded: 'brand',
	saw: 'see',
	sees: 'see',
	viewed: 'see',
	views: 'see',
	regarded: 'regard',
	regards: 'regard',
	interpreted: 'interpret',
	interprets: 'interpret',
	depicted: 'depict',
	depicts: 'depict',
	presented: 'present',
	presents: 'present'
};
/** "Kennan's “X” article (Foreign Affairs, July 1947): US policy must be “…”" — a note's label and its claim. */
const WORK_LABEL = new RegExp(
	String.raw`^(?<who>${PERSON})['’]s\s(?<work>[^:]{0,60}?\b(?:article|speech|letter|telegram|memorandum|memo|report|book|address|testament|pamphlet|manifesto|proclamation|essay|lecture|diary|memoirs?|theses|thesis)\b[^:]{0,60}?):\s(?<what>.+)$`,
	'u'
);

/** "According to the historian Orlando Figes, the peasants were …": a view in the textbook's own sentence. */
const ACCORDING_TO = new RegExp(
	String.raw`^According\sto\s(?:the\s(?:\p{Ll}+\s){0,3}(?:historian|writer|economist|journalist|scholar|biographer|philosopher|diplomat|general|ambassador)s?,?\s)?(?<who>${PERSON})(?<aside>\s*\([^()]{2,60}\))?,\s(?<what>[^;]+)$`,
	'u'
);

/**
 * A view in the textbook's own sentence, named by its holder: "In Namier's view, …", "In the opinion
 * of Tocqueville, …", "For Ranke, …" (a "for X" only when it says what a thing is).
 */
const IN_VIEW = new RegExp(
	String.raw`^(?:In\s(?<who1>${PERSON})['’]s?\s(?:own\s)?(?:view|opinion|interpretation|analysis|account|judgement|judgment|estimation|reading|words|eyes|assessment)|In\sthe\s(?:view|opinion|eyes|words|judgement|judgment)\sof\s(?:the\s(?:\p{Ll}+\s){0,2}${SCHOLAR}\s)?(?<who2>${PERSON})|For\s(?<who3>${PERSON}))(?<aside>\s*\([^()]{2,60}\))?,\s(?<what>[^;]+)$`,
	'u'
);
/** "Taylor's verdict was that …", "Fischer's central thesis is that …": the holder's view, named as a noun. */
const THEIR_VIEW = new RegExp(
	String.raw`^(?<who>${PERSON})['’]s?\s(?:(?:main|central|famous|controversial|own|final|basic|chief|overall|considered|influential)\s)?(?:view|verdict|thesis|argument|conclusion|contention|claim|belief|interpretation|judgement|judgment|explanation|teaching|doctrine|idea|message|answer|reply|position)\s(?:was|is|has\sbeen|remains|remained)\sthat\s(?<what>.+)$`,
	'u'
);
/**
 * "Sun Yat-sen's Three Principles of the People were nationalism, democracy and …", "Luther's doctrine of
 * justification was that …": a person's doctrine, named and stated, is that person's claim.
 */
const DOCTRINE = new RegExp(
	String.raw`^(?<who>${PERSON})['’]s\s(?<what>(?:[\p{L}-]+\s){0,4}?(?:[Dd]octrine|[Pp]rinciples?|[Tt]heory|[Tt]heses|[Pp]rogramme|[Pp]rogram|[Ii]dea|[Tt]eaching|[Pp]hilosophy|[Cc]oncept|[Ss]logan|[Mm]otto|[Cc]reed|[Pp]lan|[Aa]ims?)(?:\sof\s[^,;]{2,40}?)?)\s(?<link>was|were|is|are)\s(?<pred>[^;:]{3,140})$`,
	'u'
);
/** "Niall Ferguson's The Pity of War (1998) contends that …": the work stands for its author. */
const WORK_ARGUES = new RegExp(
	String.raw`^(?<who>${PERSON})['’]s?\s(?<work>["“][^"”]{2,80}["”]|\p{Lu}[^,;:()]{1,80}?)\s*(?:\((?<year>1[0-9]{3}|20[0-9]{2})\)\s)?(?:also\s)?(?<verb>argues|argued|contends|contended|claims|claimed|maintains|maintained|suggests|suggested|shows|showed|demonstrates|demonstrated|insists|insisted)\sthat\s(?<what>.+)$`,
	'u'
);
const WORK_VERB_BASE: Record<string, string> = {
	shows: 'argue',
	showed: 'argue',
	demonstrates: 'argue',
	demonstrated: 'argue',
	suggests: 'suggest',
	suggested: 'suggest',
	argues: 'argue',
	argued: 'argue',
	contends: 'contend',
	contended: 'contend',
	claims: 'claim',
	claimed: 'claim',
	maintains: 'maintain',
	maintained: 'maintain',
	insists: 'insist',
	insisted: 'insist'
};
/** A school of historians holds a view as one: "Marxist historians see the revolution as …". */
const SCHOOL = String.raw`(?:Marxist|Marxian|Whig|Soviet|Annales|Leninist|Rankean|Borussian|Prussian|Liberal|Nationalist|Marxist-Leninist|[Rr]evisionist|[Pp]ost-revisionist|[Oo]rthodox|[Ll]iberal|[Cc]onservative|[Nn]ationalist|[Ff]eminist|[Ii]ntentionalist|[Ff]unctionalist|[Ss]tructuralist|[Tt]raditionalist)\s(?:historians|scholars|writers|historiography)`;
const SCHOOL_VIEW = new RegExp(
	String.raw`^(?:(?:Many|Most|Some|The)\s)?(?<who>${SCHOOL})\s(?:(?:have|had|has)\s)?(?:(?:long|generally|traditionally|usually|always|typically|tended\sto)\s)?(?:(?<see>see|saw|sees|regard(?:ed|s)?|view(?:ed|s)?|interpret(?:ed|s)?|treat(?:ed|s)?|present(?:ed|s)?|describe[ds]?|depict(?:ed|s)?)\s(?<whom>(?!him\b|her\b|it\b|them\b|this\b|these\b|those\b)[^,;:"“]{2,60}?)\sas\s(?<as>.+)|(?<verb>argue[ds]?|claim(?:ed|s)?|maintain(?:ed|s)?|contend(?:ed|s)?|stress(?:ed|es)?|emphasi[sz]e[ds]?|believe[ds]?|insist(?:ed|s)?)\sthat\s(?<what>.+))$`,
	'u'
);
/** "A revisionist school, associated with Muzaffar Alam and C. A. Bayly, has argued that …": the school's named members. */
const SCHOOL_OF = new RegExp(
	String.raw`^(?:A|An|The)\s(?:[\p{L}-]+\s){0,2}(?:school|group\sof\s(?:historians|scholars)|generation\sof\s(?:historians|scholars))(?:\sof\s[^,]{2,40})?,\s(?:associated\swith|led\sby|including|notably|above\sall)\s(?<who>${PERSON}(?:,\s${PERSON})*(?:\sand\s${PERSON})?),\s(?:(?:has|have|had)\s)?(?<verb>argued|claimed|maintained|contended|insisted|suggested|stressed)\sthat\s(?<what>.+)$`,
	'u'
);

/** "Hobsbawm called the years from 1789 to 1848 “the age of revolution”": a name given in quotation marks. */
const CALLED = new RegExp(
	String.raw`^(?:${TITLE_WORDS}\s)?(?<who>${PERSON})(?<aside>\s*\([^()]{2,90}\)|,\s[^,;]{3,90}?,)?\s(?:(?:has|have|had)\s)?(?:also\s|famously\s|later\s|memorably\s)?(?:called|termed|dubbed|labell?ed)\s(?<whom>(?!him\b|her\b|it\b|them\b|this\b|these\b|those\b)[^,;:"“]{2,60}?)\s(?<what>["“][^"”]{3,80}["”])`,
	'u'
);

/** "Disraeli, he argued, had no coherent programme …": a view with its reporting verb set inside. */
const INSET_VIEW =
	/^(?<subj>(?:(?:the|a|an)\s)?[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,6}?),\s(?:he|she|they)\s(?<verb>argued|claimed|maintained|insisted|believed|thought|wrote|suggested|contended|concluded),\s(?<what>\p{Ll}.+)$/u;
const INSET_BASE: Record<string, string> = {
	argued: 'argue',
	claimed: 'claim',
	maintained: 'maintain',
	insisted: 'insist',
	believed: 'believe',
	thought: 'think',
	wrote: 'write',
	suggested: 'suggest',
	contended: 'contend',
	concluded: 'conclude'
};
/** "…, claiming that …": a claim made while doing something else, by the sentence's subject. */
const PARTICIPLE_VIEW =
	/^(?<head>.{8,200}?),\s(?<verb>claiming|arguing|insisting|warning|declaring|maintaining|asserting|contending)\sthat\s(?<what>.+)$/u;
const PARTICIPLE_BASE: Record<string, string> = {
	claiming: 'claim',
	arguing: 'argue',
	insisting: 'insist',
	warning: 'warn',
	declaring: 'declare',
	maintaining: 'maintain',
	asserting: 'assert',
	contending: 'contend'
};
/** "X stressed/emphasised NP": what a historian put weight on, the object a noun phrase. */
const STRESSED = new RegExp(
	String.raw`^(?:${TITLE_WORDS}\s)?(?<who>${PERSON})(?<aside>,\s[^,;]{3,90}?,|\s*\([^()]{2,90}\))?\s(?:(?:has|have|had)\s)?(?:(?:also|rightly|particularly|instead)\s)?(?<verb>stressed|emphasised|emphasized|highlighted|underlined|underscored|blamed)\s(?!that\b)(?<what>.{3,300})$`,
	'u'
);
const STRESSED_BASE: Record<string, string> = {
	stressed: 'stress',
	emphasised: 'emphasise',
	emphasized: 'emphasize',
	highlighted: 'highlight',
	underlined: 'underline',
	underscored: 'underline',
	blamed: 'blame'
};

/** "the revolution of 1848 was a revolution of the intellectuals": what a view says a thing is. */
const VIEW_COPULA =
	/^(?<topic>(?:the|a|an)\s[^,;:"“”]{2,60}?|\p{Lu}[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,6}?|\p{Ll}[\p{L}-]+(?:\s\p{Ll}[\p{L}-]+)?)\s(?<link>is|was|are|were|had\sbeen|has\sbeen)\s(?:(?<qualifier>essentially|above\sall|primarily|fundamentally|in\sessence|at\sbottom|basically),?\s)?(?<pred>(?:(?:a|an|the)\s|nothing\s(?:but|more\sthan|other\sthan)\s|to\s\p{Ll})[^;:]{3,120})$/u;

/** "Japan's first task was economic reconstruction": an aim or a task is named by a bare noun phrase too. */
const AIM_COPULA =
	/^(?<topic>(?:(?:the|a|an)\s|\p{Lu}[\p{L}'’-]+['’]s\s)(?:[\p{L}-]+\s){0,3}?(?:task|aim|goal|priority|duty|object|objective|purpose|mission)s?(?:\s(?:of|for)\s[^,;:]{2,40}?)?)\s(?<link>is|was|are|were)\s(?<qualifier>)?(?<pred>\p{Ll}[^;:]{3,100})$/u;

/** The topic, link and predicate of a view that says what a thing is, when the predicate stands alone. */
function copulaView(
	clause: string
): { topic: string; link: string; predicate: string; qualifier?: string } | undefined {
	const m = (VIEW_COPULA.exec(clause.replace(/[.!]+$/, '')) ?? AIM_COPULA.exec(clause.replace(/[.!]+$/, '')))
		?.groups;
	if (!m) return undefined;
	if (
		/^(?:it|this|that|these|those|they|he|she|there|we|i|you|no|none|such|each|every|all|some|many|most|one|what|which|here)\b/i.test(
			m.topic
		)
	)
		return undefined;
	const predicate = m.pred.trim();
	// "the task of the historian was to show …": an infinitive says what an aim or a task is, nothing else.
	if (
		/^to\s/.test(predicate) &&
		!/\b(?:task|aim|duty|purpose|goal|function|role|object|objective|mission|job|business)s?\b/i.test(m.topic)
	)
		return undefined;
	if (predicate.split(/\s+/).length > 16 || !quotesBalanced(predicate)) return undefined;
	// "to show the past as it actually happened": an "it" the predicate itself names is no back-reference.
	if (
		/\b(?:this|these|those|he|him|his|she|her|it|its|they|them|their|we|our|us)\b/i.test(
			predicate.replace(/\bas\sit\b/g, '')
		)
	)
		return undefined;
	const link = m.link === 'had been' ? 'was' : m.link === 'has been' ? 'is' : m.link;
	return { topic: m.topic, link, predicate, ...(m.qualifier ? { qualifier: m.qualifier } : {}) };
}

/** Works and years the document gives a holder once ("Fischer, in Griff nach der Weltmacht (1961), …"), for their later views. */
const citedWorks = new WeakMap<IngestedDocument, Map<string, { work?: string; year?: number }>>();

function rememberWork(doc: IngestedDocument, who: string, cited: { work?: string; year?: number }): void {
	if (!cited.year) return;
	let known = citedWorks.get(doc);
	if (!known) citedWorks.set(doc, (known = new Map()));
	const key = lastWord(who).toLowerCase();
	const before = known.get(key);
	// Two works by one holder: a later view could be from either; cite neither.
	if (before && before.year !== cited.year) known.set(key, {});
	else if (!before) known.set(key, cited);
}

function recalledWork(doc: IngestedDocument, who: string): { work?: string; year?: number } {
	return citedWorks.get(doc)?.get(lastWord(who).toLowerCase()) ?? noteReference(doc, who);
}

/**
 * "⁶ Chalmers Johnson, Peasant Nationalism and Communist Power (1962).": a chapter's footnote or
 * bibliography line gives the work and year of a scholar whose view the prose reports. Only a full name
 * is looked up (a lone surname could be anyone's), and only a line that is nothing but the reference.
 */
function noteReference(doc: IngestedDocument, who: string): { work?: string; year?: number } {
	if (who.trim().split(/\s+/).length < 2) return {};
	const name = who
		.trim()
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/\s+/g, '\\s+');
	const line = new RegExp(
		String.raw`^[ \t]*(?:[\d\u00B9\u00B2\u00B3\u2070-\u2079]+\.?[ \t]*)?${name},[ \t]+(?<work>\p{Lu}[^()\n]{2,100}?)[ \t]*\((?:[^()\n]*?\b)?(?<year>1[5-9][0-9]{2}|20[0-9]{2})\)\.?[ \t]*$`,
		'mu'
	).exec(doc.original)?.groups;
	return line ? { work: line.work.trim(), year: Number(line.year) } : {};
}

/**
 * "timely reform was the only way to preserve the constitution": a claim that names the one thing that
 * fills a role, asked the other way round ("what was the only way to preserve the constitution?").
 */
const UNIQUE_ROLE =
	/^(?<x>(?:(?:the|a|an)\s)?[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,7}?)\s(?<link>is|was|are|were)\s(?<y>the\s(?:only|sole|best|surest|greatest|main|chief|principal|real|true|decisive|most\simportant|single\smost\simportant|first)\s(?:way|means|method|path|road|remedy|guarantee|safeguard|defence|defense|protection|hope|alternative|answer|solution|cure|task|duty|aim|object|condition|source|foundation|basis)\s(?:to|of|for|against|from|in)\s[^,;:]{3,80})$/u;

function uniqueRole(
	clause: string
): { topic: string; link: string; predicate: string; qualifier?: string } | undefined {
	const m = UNIQUE_ROLE.exec(clause.replace(/[.!]+$/, '').split(/[:;]\s/)[0])?.groups;
	if (!m) return undefined;
	if (/^(?:it|this|that|these|those|they|he|she|there|we|i|you|what|which|such)\b/i.test(m.x))
		return undefined;
	return { topic: m.y, link: m.link, predicate: m.x };
}

/** "But the Bulgarian atrocities of 1876 drew Gladstone back. … he attacked …": the one person named before. */
function onlyPersonIn(previous: string | undefined, people: PersonIndex): string | undefined {
	if (!previous) return undefined;
	const names = [...new Set(findPersonNames(previous, people).map((m) => m.name))];
	return names.length === 1 && personName(names[0], people) ? names[0] : undefined;
}

/**
 * "He argued …" where the sentence before names nobody: in an obituary or a biography, the person the
 * document is about.
 */
function mainSubjectFor(
	doc: IngestedDocument,
	previous: string | undefined,
	people: PersonIndex
): string | undefined {
	// "His own view … was set out in his memoirs, Kaisō Jūnen (1957). He argued …": still the same person.
	if (previous && !/^(?:He|She|His|Her)\b/.test(previous) && findPersonNames(previous, people).length)
		return undefined;
	const main = people.mainSubject ? displayName(people.mainSubject, people) : headlinedPerson(doc);
	// "The news from Vienna alarmed Bismarck. … he argued": a name the index does not know is still someone else.
	if (
		main &&
		previous &&
		!/^(?:He|She|His|Her)\b/.test(previous) &&
		/(?<=[\p{Ll},;]\s)\p{Lu}\p{Ll}{2,}/u.test(previous) &&
		!previous.includes(main)
	)
		return undefined;
	return main;
}

/**
 * "YOSHIDA SHIGERU / 1878–1967" over an obituary: the name its heading gives and its text repeats most.
 * Kept per person index, computed once per document.
 */
const headlined = new WeakMap<IngestedDocument, string | null>();

function headlinedPerson(doc: IngestedDocument): string | undefined {
	const known = headlined.get(doc);
	if (known !== undefined) return known ?? undefined;
	let best: string | null = null;
	{
		const head = doc.original.slice(0, 600).toLowerCase();
		let bestCount = 3;
		const counts = new Map<string, number>();
		for (const m of doc.clean.matchAll(/\b\p{Lu}\p{Ll}{2,}\b/gu))
			counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
		for (const [word, count] of counts)
			if (
				count > bestCount &&
				new RegExp(`\\b${word.toLowerCase()}\\b`, 'u').test(head) &&
				!nonPersonWord(word) &&
				loneSurname(word, doc.clean)
			)
				[best, bestCount] = [word, count];
	}
	headlined.set(doc, best);
	return best ?? undefined;
}

/** A view draft: what the view says a thing is when it says so, else what the holder argued about its subject. */
function draftOfView(
	who: string,
	sentence: Sentence,
	clause: string,
	cited: { work?: string; year?: number },
	verb: string,
	options: { definitionOnly?: boolean; ownWork?: boolean } = {}
): ClaimDraft | undefined {
	const def = uniqueRole(clause) ?? copulaView(clause);
	if (def)
		return {
			author: who,
			sentence,
			importance: 0.65,
			fact: {
				form: 'definition',
				topic: def.topic,
				claim: clause.replace(/[.!]+$/, ''),
				predicate: def.predicate,
				link: def.link,
				...(def.qualifier ? { qualifier: def.qualifier } : {}),
				...(cited.work ? { work: cited.work } : {}),
				...(cited.year ? { year: cited.year } : {})
			}
		};
	if (options.definitionOnly) return undefined;
	const subject = clauseSubject(clause);
	return {
		author: who,
		sentence,
		importance: 0.6,
		fact: {
			form: 'ascribed',
			topic: subject && subject.split(/\s+/).length <= 8 ? subject : `that ${clause}`,
			claim: `${who} ${verb === 'argue' ? 'argued' : `${verb}ed`.replace(/eed$/, 'ed')} that ${clause}`,
			predicate: `that ${clause}`,
			verb: `${verb}${cited.year ? ` in ${cited.year}` : ''}`,
			// A document with an author of its own cites that author's work; else the holder's is cited.
			...(options.ownWork && cited.work ? { work: cited.work } : {})
		}
	};
}

/**
 * Words each view pattern needs: a sentence without them skips the pattern's costly name matching (the
 * patterns run at every place a view may begin in a sentence).
 */
const NEEDS: Record<string, RegExp> = {
	INSET_VIEW:
		/,\s(?:he|she|they)\s(?:argued|claimed|maintained|insisted|believed|thought|wrote|suggested|contended|concluded),/,
	PARTICIPLE_VIEW:
		/,\s(?:claiming|arguing|insisting|warning|declaring|maintaining|asserting|contending)\sthat\s/,
	STRESSED: /\b(?:stressed|emphasi[sz]ed|highlighted|underlined|underscored|blamed)\s/,
	IN_VIEW: /^(?:In|For)\s/,
	DOCTRINE:
		/['’]s\s.*\b(?:[Dd]octrine|[Pp]rinciples?|[Tt]heory|[Tt]heses|[Pp]rogramm?e?|[Ii]dea|[Tt]eaching|[Pp]hilosophy|[Cc]oncept|[Ss]logan|[Mm]otto|[Cc]reed|[Pp]lan|[Aa]ims?)\b/,
	THEIR_VIEW: /['’]s?\s.*\sthat\s/,
	WORK_ARGUES:
		/\s(?:argues|argued|contends|contended|claims|claimed|maintains|maintained|suggests|suggested|shows|showed|demonstrates|demonstrated|insists|insisted)\sthat\s/,
	SCHOOL_OF: /\b(?:school|group\sof|generation\sof)\b/,
	SCHOOL_VIEW: /\b(?:historians|scholars|writers|historiography)\b/,
	CALLED: /\b(?:called|termed|dubbed|labell?ed)\s/
};

/** Views a textbook reports in shapes other than "X argued that …" (see the patterns above). */
function textbookView(
	doc: IngestedDocument,
	sentence: Sentence,
	rest: string,
	people: PersonIndex,
	context: { lead: string; previous?: string; claimant?: string } = { lead: '' }
): ClaimDraft | undefined {
	const known = (who: string) => personName(who, people) || loneSurname(who, doc.clean);
	const ownWork = !attributionFor(doc, sentence).author;
	const viewDraft = (...args: Parameters<typeof draftOfView>) =>
		draftOfView(args[0], args[1], args[2], args[3], args[4], { ...args[5], ownWork });
	// "Robert Blake, in his biography Disraeli (1966), doubted it: Disraeli, he argued, had no …": the
	// view after the colon is the one the sentence's subject held.
	const inset = NEEDS.INSET_VIEW.test(rest) ? INSET_VIEW.exec(rest)?.groups : undefined;
	if (inset && context.lead) {
		const holder = new RegExp(
			String.raw`^(?:${TITLE_WORDS}\s)?(?<who>${PERSON})(?<aside>,\s[^,;]{3,90}?,|\s*\([^()]{2,90}\))?`,
			'u'
		).exec(context.lead)?.groups;
		const clause = claimClause(`${inset.subj} ${inset.what}`);
		if (holder && known(holder.who) && clause && FINITE.test(clause) && !leansOnContext(clause, holder.who)) {
			const stated = workAndYear(holder.aside);
			if (stated.year) rememberWork(doc, holder.who, stated);
			return viewDraft(
				holder.who,
				sentence,
				clause,
				stated.year ? stated : recalledWork(doc, holder.who),
				INSET_BASE[inset.verb] ?? 'argue'
			);
		}
	}
	// "…, claiming that the Conservative government had squandered …": the claim of the sentence's subject.
	const participle = NEEDS.PARTICIPLE_VIEW.test(rest) ? PARTICIPLE_VIEW.exec(rest)?.groups : undefined;
	if (participle) {
		// "When Dulles came to Tokyo …, Yoshida resisted, arguing that …": the subject nearest the participle.
		const named = new RegExp(
			String.raw`(?:^|,\s)(?:${TITLE_WORDS}\s)?(?<who>${PERSON})\s\p{Ll}[^,]*$`,
			'u'
		).exec(participle.head)?.groups?.who;
		const who =
			named && known(named)
				? named
				: /\b(?:he|she)\s\p{Ll}+/u.test(participle.head)
					? context.claimant
					: undefined;
		const clause = claimClause(participle.what);
		if (who && clause && FINITE.test(clause) && !leansOnContext(clause, who)) {
			const year = yearOf(participle.head) ?? recalledWork(doc, who).year;
			return viewDraft(who, sentence, clause, { year }, PARTICIPLE_BASE[participle.verb] ?? 'argue');
		}
	}
	// "Satish Chandra stressed a “jagirdari crisis”", "John F. Richards, in The Mughal Empire (1993),
	// emphasised the failure of the Deccan wars": what a historian put weight on.
	const stressed = NEEDS.STRESSED.test(rest) ? STRESSED.exec(rest)?.groups : undefined;
	if (stressed && known(stressed.who)) {
		const stated = workAndYear(stressed.aside);
		if (stated.year) rememberWork(doc, stressed.who, stated);
		const cited = stated.year ? stated : recalledWork(doc, stressed.who);
		// "blamed Aurangzeb's religious bigotry, which he argued had alienated …": the argument is the claim.
		const argued =
			/^(?<np>[^,;:]{3,80}),\s(?:which|who)\s(?:he|she|they)\s(?:argued|believed|claimed|maintained|thought)\s(?<vp>.+)$/.exec(
				stressed.what
			)?.groups;
		if (argued) {
			const clause = claimClause(`${argued.np} ${argued.vp}`);
			if (clause && !leansOnContext(clause, stressed.who))
				return viewDraft(stressed.who, sentence, clause, cited, 'argue');
		}
		const np = stressed.what
			.split(/,\s(?:which|who|whereas|while|but|and\s(?:he|she|they))\b|[;:]\s|\s[–—]\s/)[0]
			.replace(/[.!]+$/, '')
			.trim();
		const npWords = np.split(/\s+/).length;
		if (
			stressed.verb !== 'blamed' &&
			npWords >= 2 &&
			npWords <= 16 &&
			quotesBalanced(np) &&
			!leansOnContext(np, stressed.who)
		)
			return {
				author: stressed.who,
				sentence,
				importance: 0.55,
				fact: {
					form: 'ascribed',
					topic: np,
					claim: `${stressed.who} ${stressed.verb} ${np}`,
					predicate: np,
					verb: `${STRESSED_BASE[stressed.verb] ?? 'stress'}${cited.year ? ` in ${cited.year}` : ''}`,
					...(cited.work ? { work: cited.work } : {})
				}
			};
	}
	const inView = NEEDS.IN_VIEW.test(rest) ? IN_VIEW.exec(rest)?.groups : undefined;
	if (inView) {
		const who = inView.who1 ?? inView.who2 ?? inView.who3;
		const clause = claimClause(inView.what.replace(/^["“]|["”]$/g, ''));
		if (
			who &&
			known(who) &&
			clause &&
			/^\p{Ll}/u.test(clause) &&
			FINITE.test(clause) &&
			!leansOnContext(clause, who)
		) {
			const stated = workAndYear(inView.aside);
			return viewDraft(who, sentence, clause, stated.year ? stated : recalledWork(doc, who), 'argue', {
				definitionOnly: !!inView.who3
			});
		}
	}
	const doctrine = NEEDS.DOCTRINE.test(rest) ? DOCTRINE.exec(rest)?.groups : undefined;
	// Only in a document without an author of its own: in an author's text, "Trotsky's theory … is a variety
	// of Menshevism" is the author's verdict on it. A theory or doctrine is stated by a that-clause ("… was
	// that faith alone saves"); "… was a radical break" judges it. Principles, aims and slogans are listed.
	const content =
		doctrine &&
		/\b(?:principles?|theses|programme|program|aims?|slogan|motto|creed|plan)\b/i.test(doctrine.what);
	if (
		doctrine &&
		ownWork &&
		known(doctrine.who) &&
		(content
			? !/^(?:\p{Ll}+(?:ed|ly|ing)|not|also|never|still)\b/u.test(doctrine.pred)
			: /^that\s/.test(doctrine.pred))
	) {
		const pred = doctrine.pred
			.replace(/[.!]+$/, '')
			.split(/,\s(?:which|who|but)\b/)[0]
			.trim();
		const topic = `the ${doctrine.what.replace(/^(?:the|a|an)\s/i, '')}`;
		if (pred.split(/\s+/).length <= 20 && quotesBalanced(pred) && !leansOnContext(pred, doctrine.who))
			return {
				author: doctrine.who,
				sentence,
				importance: 0.65,
				fact: {
					form: 'definition',
					topic,
					claim: `${topic} ${doctrine.link} ${pred}`,
					predicate: pred.replace(/^that\s/, ''),
					link: doctrine.link,
					...recalledWork(doc, doctrine.who)
				}
			};
	}
	const theirs = NEEDS.THEIR_VIEW.test(rest) ? THEIR_VIEW.exec(rest)?.groups : undefined;
	if (theirs && known(theirs.who)) {
		const clause = claimClause(theirs.what);
		if (clause && FINITE.test(clause) && !leansOnContext(clause, theirs.who))
			return viewDraft(theirs.who, sentence, clause, recalledWork(doc, theirs.who), 'argue');
	}
	const book = NEEDS.WORK_ARGUES.test(rest) ? WORK_ARGUES.exec(rest)?.groups : undefined;
	if (book && known(book.who) && plausibleWork(book.work.replace(/["“”]/g, ''))) {
		const clause = claimClause(book.what);
		if (clause && FINITE.test(clause) && !leansOnContext(clause, book.who)) {
			const cited = {
				work: book.work.replace(/["“”]/g, '').trim(),
				year: book.year ? Number(book.year) : undefined
			};
			rememberWork(doc, book.who, cited);
			const draft = viewDraft(book.who, sentence, clause, cited, WORK_VERB_BASE[book.verb] ?? 'argue');
			return draft;
		}
	}
	const members = NEEDS.SCHOOL_OF.test(rest) ? SCHOOL_OF.exec(rest)?.groups : undefined;
	if (members && members.who.split(/,\s|\sand\s/).every((name) => known(name))) {
		const clause = claimClause(members.what);
		if (clause && FINITE.test(clause) && !leansOnContext(clause, members.who))
			return viewDraft(members.who, sentence, clause, {}, INSET_BASE[members.verb] ?? 'argue');
	}
	const school = NEEDS.SCHOOL_VIEW.test(rest) ? SCHOOL_VIEW.exec(rest)?.groups : undefined;
	if (school) {
		const who = school.who.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
		if (school.as) {
			const as = claimClause(school.as, 1);
			const whom = school.whom.trim();
			if (as && as.split(/\s+/).length <= 15 && !leansOnContext(`${whom} ${as}`, who))
				return {
					author: who,
					sentence,
					importance: 0.6,
					fact: {
						form: 'ascribed',
						topic: whom,
						claim: `${who} ${school.see} ${whom} as ${as}`,
						predicate: `as ${as}`,
						verb: /^(?:see|saw|sees|view)/.test(school.see)
							? 'see'
							: school.see.replace(/(?:ed|s|d)$/, '').replace(/describe?$/, 'describe')
					}
				};
		} else if (school.what) {
			const clause = claimClause(school.what);
			if (clause && FINITE.test(clause) && !leansOnContext(clause, who))
				return viewDraft(who, sentence, clause, {}, 'argue');
		}
	}
	const called = NEEDS.CALLED.test(rest) ? CALLED.exec(rest)?.groups : undefined;
	if (called && known(called.who)) {
		const whom = called.whom.trim();
		const what = called.what.trim();
		if (!leansOnContext(whom, called.who) && !/^(?:the\s)?(?:him|her|it|them)$/i.test(whom)) {
			const stated = workAndYear(called.aside);
			const year = stated.year ?? recalledWork(doc, called.who).year;
			return {
				author: called.who,
				sentence,
				importance: 0.6,
				fact: {
					form: 'ascribed',
					topic: whom,
					claim: `${called.who} called ${whom} ${what}`,
					predicate: `as ${what}`,
					verb: `describe${year ? ` in ${year}` : ''}`
				}
			};
		}
	}
	return undefined;
}

/** "Chancellor Joseph Wirth told the Reichstag the next day: “The enemy stands on the right!”". */
const TOLD = new RegExp(
	String.raw`^(?:${TITLE_WORDS}\s)?(?<who>${PERSON})\s(?<verb>told|assured|warned|reminded|informed)\s(?<whom>(?:the\s)?\p{Lu}[\p{L}'’-]*(?:\s(?:of\s)?\p{Lu}[\p{L}'’-]*){0,3})(?:\s(?:the\s(?:next|following|same)\s(?:day|morning|evening|week)|on\s[^:"“]{3,30}|in\s\d{4}))?:\s*[“"](?<what>[^“”"]{4,200})[”"]\.?$`,
	'u'
);

/** A clause, not a noun phrase: it has a finite verb ("the reparations were payable"). */
const FINITE =
	/\b(?:was|were|is|are|had|has|have|would|could|should|must|might|will|can|cannot|did|does|do|lay|lies|caused|led|meant|became|made|saw|sees|took|takes|gave|gives|brought|brings|began|fell|rose|grew|won|lost|kept|left|felt|found|held|knew|sought|stood|went|came|spread|bore|drove|fought|built|paid|sent|spent|struck|taught|understood|chose|shared|shows|means|needs|remains|depends|rests|lies|grows|makes|comes|goes|wins|becomes|leads|follows|springs|exists|stands|belongs|lives|dies|seeks|serves|creates|produces|requires|demands|destroys|flows)\b|\b\p{Ll}{2,}ed\b/u;

/** Where a reported view may begin inside a sentence: its start, after a label or an arrow, after a lead phrase. */
function viewStarts(text: string): { at: number; lead: string; who?: string }[] {
	const out: { at: number; lead: string; who?: string }[] = [{ at: 0, lead: '' }];
	for (const m of text.matchAll(
		/(?::|→|=>|;|\s[-–—])\s+|,\s+(?:among\s(?:them|others)|including|notably|such\sas)\s+|,\s+/g
	)) {
		const at = (m.index ?? 0) + m[0].length;
		out.push({ at, lead: text.slice(0, m.index) });
	}
	// "Historians such as A. J. P. Taylor have argued …", "The German historian Fritz Fischer argued …":
	// the named person after a description of who they are.
	for (const m of text.matchAll(DESCRIBED_PERSON)) {
		const at = (m.index ?? 0) + m[0].length;
		out.push({ at, lead: text.slice(0, m.index) });
	}
	// "In his memoirs Khrushchev claimed that …": a leading phrase without its comma.
	const led = LED_VIEW.exec(text);
	if (led) out.push({ at: led[0].length, lead: led[0] });
	return out;
}

const DESCRIBED_PERSON = new RegExp(
	String.raw`\b(?:(?:${SCHOLAR}s|[Rr]evisionists|[Mm]arxists|[Ll]iberals|[Cc]onservatives|[Nn]ationalists|[Cc]ritics|[Cc]ontemporaries|[Ii]ntentionalists|[Ff]unctionalists)\s(?:such\sas|like|including|notably)|[Tt]he\s(?:[\p{L}-]+\s){0,3}?${SCHOLAR})\s(?=(?:\p{Lu}\.\s?)*\p{Lu}\p{Ll})`,
	'gu'
);

/** Cut a reported clause to the claim itself: arrows, dashes, brackets and trailing asides go. */
const ASIDE_BEFORE_VERB =
	/,\s(?:(?:frequently|often|once|now|then|being|having|in|at|on|with|whatever|however|like|unlike|as|despite|though|although|for\sall)\s)[^,;:"“”]{2,100},\s(?=(?:was|were|is|are|had|has|have|would|could|should|must|might|will|can|did|\p{Ll}+ed)\b)/u;

export function claimClause(what: string, minWords = 4): string | undefined {
	let c = what
		.replace(/\s*(?:→|=>|\s=\s|\s[–—]\s|\s-\s|\[\d+\]|\(\s*=|\(see\b).*$/u, '')
		.replace(/,\s(?:quoting|citing|arguing|adding|according\sto|as\s(?:he|she|they)\s)\b.*$/i, '')
		// "…, a reading that the documents below make plausible": the author's comment on the view, not the view.
		.replace(
			/,\s(?:a|an)\s(?:\p{Ll}+\s)?(?:reading|view|verdict|interpretation|conclusion|judge?ment|thesis|argument|claim|point)\s(?:that|which)\s.*$/u,
			''
		)
		.replace(/[.;:!]+$/, '')
		.trim();
	// "a British subject, in whatever land he might be, should feel …", "the jagirdars, frequently
	// transferred …, exploited …": an aside between a subject and its verb is not the claim.
	c = c.replace(ASIDE_BEFORE_VERB, ' ');
	// "…forbade one; he conceded only …": what follows the semicolon is the narrator's, not the claim.
	c = c.replace(/;\s(?:he|she|they|it|this|but)\b.*$/i, '');
	// An over-long clause keeps its head: cut at a relative clause or a second that-clause.
	if (c.length > 170 || c.split(/\s+/).length > 28) {
		const cuts = [
			...c.matchAll(/,\s(?:which|who|whereas|while|so\sthat|and\sthat|but\sthat)\b|[;:]\s|\sand\sthat\s/g)
		]
			.map((m) => m.index ?? 0)
			.filter((at) => at >= 40 && at <= 170 && c.slice(0, at).split(/\s+/).length <= 28);
		if (!cuts.length) return undefined;
		c = c.slice(0, cuts[cuts.length - 1]).trim();
	}
	if (c.split(/\s+/).length < minWords) return undefined;
	return quotesBalanced(c) ? c : undefined;
}

function quotesBalanced(text: string): boolean {
	const straight = (text.match(/"/g) ?? []).length;
	const opens = (text.match(/“/g) ?? []).length;
	const closes = (text.match(/”/g) ?? []).length;
	return straight % 2 === 0 && opens === closes && (text.match(/[()]/g) ?? []).length % 2 === 0;
}

/**
 * A clause that leans on text the card does not show: it opens with a pronoun ("it would back down"),
 * points back ("this policy"), or names a person by pronoun before naming anyone else.
 */
function leansOnContext(clause: string, claimant: string): boolean {
	if (
		/^(?:he|she|it|they|this|these|those|such|there\b(?!\sw(?:as|ere)\s(?:no|not|only)\b))\b/i.test(clause)
	) {
		// "it must be the policy of the United States to …": an "it" that anticipates its infinitive.
		if (
			!/^it\s(?:is|was|must\sbe|would\sbe|had\sbeen)\s(?:the\s|a\s|an\s)?[\p{L}\s]{0,40}?\s(?:to|that)\s/iu.test(
				clause
			) &&
			// "it was the Japanese invasion which gave …": a cleft puts its focus before "which"/"who".
			!/^it\s(?:is|was)\s(?!a\s|an\s)[\p{L}\s-]{3,40}?\s(?:which|who)\s\p{Ll}{3,}\s/iu.test(clause)
		)
			return true;
	}
	if (/\b(?:this|these|those)\b/i.test(clause)) return true;
	// "his", "him": the claimant's own, unless another person is named before it.
	const pronoun = /\b(?:he|him|his|she|her)\b/i.exec(clause);
	if (pronoun) {
		const others = findPersonNames(clause.slice(0, pronoun.index)).filter(
			(m) => !m.name.includes(lastWord(claimant))
		);
		if (others.length) return true;
	}
	return false;
}

function lastWord(name: string): string {
	return name.trim().split(/\s+/).pop() ?? name;
}

const YEAR = /\b(1[0-9]{3}|20[0-9]{2})\b/;

/** "in The Economic Consequences of the Peace (1919)", ", in English Reformations (1993),", "(The Tragedy …, 1959)". */
function workAndYear(...parts: (string | undefined)[]): { work?: string; year?: number } {
	for (const raw of parts) {
		if (!raw) continue;
		const part = raw
			.replace(/^[\s,(]+|[\s,)]+$/g, '')
			.replace(/^(?:[Ii]n|[Aa]t)\s/, '')
			// "in his biography Disraeli (1966)": the work is the title, not the kind of book it is.
			.replace(
				/^(?:his|her|their)\s(?:(?:biography|book|study|history|life|account|survey|memoirs?|classic|essay|article)\s(?=\p{Lu}))?/u,
				''
			);
		const year = YEAR.exec(part)?.[1];
		const title =
			/^(?<work>\p{Lu}[^()]{2,80}?|["“][^"”]{2,80}["”][^(),]{0,40}?)\s*(?:\(|,\s)(?:[^()]*\b)?(?:1[0-9]{3}|20[0-9]{2})\)?$/u.exec(
				part
			)?.groups?.work;
		// "press conf., April 1954", "Sept 1947, founding of Cominform": a date and an occasion, no title.
		const work =
			title &&
			!/\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/.test(
				title
			)
				? title.trim()
				: undefined;
		if (year) return { work, year: Number(year) };
	}
	return {};
}

/** "the US drive for X was the main cause of the Cold War" → asked as "what was the main cause of the Cold War?". */
const CAUSE_PREDICATE =
	/^(?<subject>.{6,140}?)\s(?<link>was|were|is|are)\s(?<topic>(?:the|a)\s(?:main|chief|principal|real|primary|underlying|fundamental|decisive|basic|root|key|single\smost\simportant|most\simportant|greatest|true)\s(?:cause|causes|reason|reasons|origin|origins|source|factor|explanation)\sof\s[^,;]{3,80})$/i;

/** The subject of a clause when it is a short noun phrase: what a reported view is about. */
/** "the empire collapsed because …": a subject with an article, then a verb in the past. */
const PAST_SUBJECT =
	/^(?<subject>(?:the|a|an)\s[\p{L}'’-]+(?:\s(?!(?:was|were|is|are|had|has|have|been|be|would|could|should|must|will|can|did|does)\b)[\p{L}'’-]+){0,4}?)\s(?!(?:was|were|is|are|had|has)\b)(?:\p{Ll}{3,}ed|survived|collapsed|fell|rose|grew|won|lost|broke|went|came|took|gave|kept)\s(?!by\b)/u;

function clauseSubject(clause: string): string | undefined {
	const m =
		/^(?<subject>(?:(?:the|a|an)\s)?[\p{L}'’"“”-]+(?:\s(?!was\b|were\b|is\b|are\b|had\b|has\b|would\b|could\b|must\b|should\b|will\b|can\b|cannot\b)[\p{L}\p{N}'’"“”-]+){0,7}?)\s(?:was|were|is|are|had|has|would|could|must|should|will|can|cannot|might|may|did|made|caused|led|showed|brought|lay|lies|meant|marked|became|remained|provoked|reflected|represented|determined|depended|rested|began|ended|sought|wanted|intended|planned|needed|played|failed|continued|destroyed|created|produced|shaped|owed|saw|took|gave|began|fell|rose|grew|won|lost|kept|left|found|held|spread|showed)\s/iu.exec(
			clause
		)?.groups?.subject ?? PAST_SUBJECT.exec(clause)?.groups?.subject;
	if (
		!m ||
		/^(?:it|this|that|they|he|she|there|we|i|you|when|if|although|because|while|all|no|none|some|many|most|each|every|both|one)$/i.test(
			m.split(' ')[0]
		)
	)
		return undefined;
	// "a nation which had lost …": the subject runs on into its relative clause.
	if (/\s(?:which|who|that|whom|whose)\b|\s(?:and|or|but)$/i.test(m)) return undefined;
	return quotesBalanced(m) ? m : undefined;
}

interface ClaimDraft {
	author: string;
	sentence: Sentence;
	fact: Omit<ThesisFact, 'kind' | 'sentence' | 'author' | 'importance'>;
	importance: number;
}

/**
 * "On the scaffold, … he said that …": the occasion of a remark, so "What did More say on the
 * scaffold?" asks for one remark, not for anything More ever said. Only for saying verbs.
 */
function occasion(lead: string, base: string): string {
	if (!/^(?:say|write|declare|state)$/.test(base)) return '';
	const m =
		/^(?:On|At|In|During|Before)\s(?:the|his|her|their|a|an)\s[\p{L}\s'’-]{3,40}?(?=,|\s(?:he|she)\b|$)/u.exec(
			lead.trim()
		);
	return m && !YEAR.test(m[0]) ? ` ${m[0][0].toLowerCase()}${m[0].slice(1)}` : '';
}

/** "It was G. R. Elton who made …": the person a cleft sentence puts first. */
const CLEFT = new RegExp(String.raw`^It\swas\s(?<who>${PERSON})\swho\b`, 'u');

/** The person "he" or "she" means at the start of a sentence: the one the sentence before is about. */
function previousClaimant(
	previous: string | undefined,
	people: PersonIndex,
	clean?: string
): string | undefined {
	if (!previous) return undefined;
	const cleft = CLEFT.exec(previous)?.groups?.who;
	if (cleft) return cleft;
	const key = sentenceSubject(previous, people, {});
	if (key) return displayName(key, people);
	// "Charles I was tried …": a name the person index does not know, as the sentence's subject.
	const named = new RegExp(
		String.raw`^(?:${TITLE_WORDS}\s)?(?<who>${PERSON})\s(?:was|were|had|is|\p{Ll}{2,}ed)\b`,
		'u'
	).exec(previous)?.groups?.who;
	return named && (personName(named, people) || (!!clean && loneSurname(named, clean))) ? named : undefined;
}

/** A wiki export's hover gloss glued after a name: "John Maynard Keynes John Maynard Keynes, 1st Baron …. argued". */
const GLOSS = /\b((?:\p{Lu}[\p{L}'’-]+\s){0,3}\p{Lu}[\p{L}'’-]+)\s\1\b[^]*?\.{3,4}\s/gu;

const PRONOUN_CLAIMANT = new RegExp(
	String.raw`\b(?:[Hh]e|[Ss]he)\s(?=(?:has\s|had\s|also\s)?(?:${VIEW_VERB})\b)`,
	'g'
);
/** Sentences worth the full patterns: a reporting verb, "according to", or a colon before a quotation. */
const MAY_REPORT = new RegExp(
	String.raw`\b(?:${VIEW_VERB}|told|assured|reminded|informed|described|characteri[sz]ed|portrayed|dismissed|hailed|denounced|condemned|branded|According\sto|see|saw|sees|view|viewed|views|regard|regarded|regards|interpret|interpreted|interprets|depicted|depicts|presented|presents|called|termed|dubbed|labell?ed|contends|argues|shows|showed|demonstrates|[Dd]octrine|[Pp]rinciples?|[Tt]heory|[Tt]eaching|[Pp]hilosophy|demonstrated|insists|stressed|emphasi[sz]ed|highlighted|underlined|underscored|blamed|claiming|arguing|insisting|warning|declaring|maintaining|asserting|contending)\b|['’]s\s[^:]{0,120}:\s|^In\s(?:\p{Lu}[\p{L}.\s-]{1,40}['’]s?\s|the\s(?:view|opinion|eyes|words|judge?ment)\sof\s)|^For\s\p{Lu}|['’]s?\s(?:(?:\p{Ll}+\s)?(?:view|verdict|thesis|argument|conclusion|contention|claim|belief|interpretation|judge?ment))\s`,
	'u'
);

function reportedViews(
	doc: IngestedDocument,
	sentence: Sentence,
	people: PersonIndex,
	previous?: string
): ClaimDraft[] {
	const text = sentence.text
		.replace(/\s+/g, ' ')
		.replace(/^[\s\-–—•*>]+/, '')
		.replace(GLOSS, '$1 ')
		// "The his- torian Tom Lodge argued …": a line-end hyphen the page left in the middle of a word.
		.replace(/\b(\p{Ll}{2,})- (\p{Ll}{2,})\b/gu, (whole, a: string, b: string) =>
			/^(?:and|or|to|nor|but)$/.test(b) ? whole : a + b
		)
		.trim();
	if (!MAY_REPORT.test(text)) return [];
	const starts = viewStarts(text);
	// "In The Tudor Revolution in Government (1953) he argued that …": the claimant is the person of the
	// sentence before, and the lead phrase names the work.
	const claimant = /\b(?:[Hh]e|[Ss]he)\s/.test(text)
		? (previousClaimant(previous, people, doc.clean) ??
			onlyPersonIn(previous, people) ??
			mainSubjectFor(doc, previous, people))
		: undefined;
	for (const p of text.matchAll(PRONOUN_CLAIMANT)) {
		// "It was G. R. Elton who … . In … he argued": a sentence the splitter left joined to this one.
		const joined = /^(.*[.!?])\s+(?=\p{Lu})/u.exec(text.slice(0, p.index))?.[1];
		const who = joined ? previousClaimant(joined, people) : claimant;
		if (who && (personName(who, people) || loneSurname(who, doc.clean)))
			starts.push({ at: p.index ?? 0, lead: text.slice(joined ? joined.length : 0, p.index), who });
	}
	for (const { at, lead, who } of starts) {
		const rest = who ? `${who} ${text.slice(at).replace(/^\S+\s/, '')}` : text.slice(at);
		const told = TOLD.exec(rest)?.groups;
		if (told && personName(told.who, people)) {
			const what = told.what.trim().replace(/[.]$/, '');
			if (leansOnContext(what, told.who)) continue;
			const year = YEAR.exec(text)?.[1];
			return [
				{
					author: told.who,
					sentence,
					importance: 0.55,
					fact: {
						form: 'ascribed',
						topic: what,
						claim: `${told.who} ${told.verb} ${told.whom}: "${what}"`,
						predicate: what,
						verb: `${baseOfTold(told.verb)} ${told.whom}${year ? ` in ${year}` : ''}`
					}
				}
			];
		}
		// "Norman Gash presented him as a practical administrator": "him" is the person the sentence before
		// was about.
		const whomBefore =
			/^(?:\S+\s){1,4}?(?:presented|described|portrayed|saw|regarded|depicted|characteri[sz]ed|viewed)\s(him|her)\sas\s/.exec(
				rest
			);
		const referent = whomBefore ? previousClaimant(previous, people, doc.clean) : undefined;
		const described = DESCRIBED.exec(
			whomBefore && referent && !rest.startsWith(referent)
				? rest.replace(/\s(?:him|her)\sas\s/, ` ${referent} as `)
				: rest
		)?.groups;
		if (described && personName(described.who, people)) {
			const as = claimClause(`${described.what}`.replace(/,\s(?:arguing|claiming|adding)\b.*$/, ''), 1);
			const whom = described.whom.trim();
			if (as && as.split(/\s+/).length <= 15 && !leansOnContext(`${whom} ${as}`, described.who)) {
				const { year } = workAndYear(described.aside);
				return [
					{
						author: described.who,
						sentence,
						importance: 0.6,
						fact: {
							form: 'ascribed',
							topic: whom,
							claim: `${described.who} ${described.verb} ${whom} as ${as}`,
							predicate: `as ${as}`,
							verb: `${DESCRIBE_BASE[described.verb]}${year ? ` in ${year}` : ''}`
						}
					}
				];
			}
		}
		const label = WORK_LABEL.exec(rest)?.groups;
		if (label && (personName(label.who, people) || loneSurname(label.who, doc.clean))) {
			// '…, declared: "Citizens, the Revolution is …"': the quotation marks and the address go.
			const clause = claimClause(
				(/^["“]/.test(label.what) ? label.what.replace(/^["“]|["”]\.?$/g, '') : label.what).replace(
					/^(?:Citizens|Soldiers|Friends|Comrades|Gentlemen|Countrymen|Fellow[-\s]citizens|Men\sof\s\p{Lu}\p{L}+)[,!]\s/u,
					''
				)
			);
			const subject = clause && clauseSubject(clause);
			if (clause && subject && FINITE.test(clause) && !leansOnContext(clause, label.who)) {
				const year = yearOf(label.work);
				// "Bonaparte's proclamation …, 15 December 1799, declared: …": a proclamation declares.
				const declared = /\bdeclared$/.test(label.work.trim());
				return [
					{
						author: label.who,
						sentence,
						importance: 0.6,
						fact: {
							form: 'ascribed',
							topic: subject,
							claim: `${label.who} ${declared ? 'declared' : 'argued'} that ${clause}`,
							predicate: `that ${clause}`,
							verb: `${declared ? 'declare' : 'argue'}${year ? ` in ${year}` : ''}`
						}
					}
				];
			}
		}
		const according = ACCORDING_TO.exec(rest)?.groups;
		if (according && (personName(according.who, people) || loneSurname(according.who, doc.clean))) {
			const clause = claimClause(according.what.replace(/^["“]|["”]$/g, ''));
			const subject = clause && clauseSubject(clause);
			// "According to Leffler, American policy makers were …": a capital that opens a subject, not a title.
			if (
				clause &&
				(/^\p{Ll}/u.test(clause) || !!subject) &&
				FINITE.test(clause) &&
				!leansOnContext(clause, according.who)
			) {
				const year = workAndYear(according.aside).year ?? recalledWork(doc, according.who).year;
				return [
					{
						author: according.who,
						sentence,
						importance: 0.55,
						fact: {
							form: 'ascribed',
							topic: subject && subject.split(/\s+/).length <= 8 ? subject : `that ${clause}`,
							claim: `According to ${according.who}, ${clause}`,
							predicate: `that ${clause}`,
							verb: `claim${year ? ` in ${year}` : ''}`
						}
					}
				];
			}
		}
		const view = textbookView(doc, sentence, rest, people, { lead, previous, claimant });
		if (view) return [view];
		const m = REPORTED.exec(rest)?.groups;
		if (!m) continue;
		const verb = VIEW_VERBS[m.verb];
		if (!verb || (verb.that && !m.that)) continue;
		// "Tocqueville believed that …": a lone surname before a verb and its that-clause is a person's view.
		if (
			!personName(m.who, people) &&
			!((STRONG_VIEW.has(verb.base) || !!m.that) && loneSurname(m.who, doc.clean))
		)
			continue;
		// "argued that A, and that B": two claims, each asked on its own.
		// "wrote that A, and predicted that B": the second verb's clause is another act, not this claim.
		const [firstClaim, secondClaim] = m.what
			.replace(/,?\s(?:and|but)\s(?:also\s)?\p{Ll}{3,}ed\sthat\s.*$/u, '')
			.split(/(?:,\s|\s)(?:and|but)\s(?:also\s)?that\s/);
		// "he said that he died “the King's good servant …”": the claimant speaks of himself.
		// "argued that Ottomanism had failed and that …": a first claim too short to stand alone keeps the second.
		const joinedClaims =
			secondClaim && !claimClause(firstClaim.replace(/^that\s/, ''))
				? `${firstClaim} and that ${secondClaim}`
				: undefined;
		let clause = claimClause(
			(joinedClaims ?? firstClaim)
				.replace(/^that\s/, '')
				.replace(/^(?:he|she)\s(?=\p{Ll})/u, `${/\s[IVX]{1,4}$/.test(m.who) ? m.who : lastWord(m.who)} `)
		);
		if (!clause || !FINITE.test(clause) || /\?$/.test(clause)) continue;
		// "X argued the case", "X claimed the throne": without "that", the object must be a clause.
		if (!m.that && !clauseSubject(clause)) continue;
		// "… have called this the “Yoshida Doctrine”; Kenneth Pyle has argued that it was …": "it" is the
		// name just given.
		const named =
			/\b(?:called|named|termed|dubbed|known\sas)\s(?:this|it)\s(?<name>(?:the\s)?["“][^"”]{3,40}["”])[^.;]*$/.exec(
				lead
			)?.groups?.name;
		if (named && /^it\s/.test(clause)) clause = `${named} ${clause.slice(3)}`;
		if (leansOnContext(clause, m.who)) continue;
		// "Yusuf Akçura, Three Kinds of Policy (1904): Akçura argued …": a note's label names the holder's work.
		const noteLabel = new RegExp(String.raw`^(?<name>${PERSON}),\s(?<cited>\p{Lu}.{2,120})$`, 'u').exec(
			lead.trim().replace(/[:;,]$/, '')
		)?.groups;
		const labelled = noteLabel && lastWord(noteLabel.name) === lastWord(m.who) ? noteLabel.cited : undefined;
		// "In his lectures On Protracted War (May 1938) Mao argued …": the lead phrase names the work.
		const ownWork = /^In\s(?:his|her|their)\s/.test(lead.trim()) ? lead : undefined;
		const dated = workAndYear(m.where, m.aside, m.aside2, who ? lead : (labelled ?? ownWork));
		// "Madison argued in Federalist No. 10 that …": a title named without its year is still the work.
		const titled = /^\sin\s(?<work>(?:the\s)?\p{Lu}[^,;:"“()]{2,50})$/u.exec(m.where ?? '')?.groups?.work;
		const given = dated.work || !titled ? dated : { ...dated, work: titled };
		rememberWork(doc, m.who, given);
		// A sentence dated by its own lead phrase is not from the work the holder was cited for before.
		const stated = given.year || given.work ? given : YEAR.test(lead) ? {} : recalledWork(doc, m.who);
		const { work } = stated;
		// "More was … executed on 6 July 1535. On the scaffold … he said …": the year of the sentence that
		// named the claimant dates the remark.
		// "At an emergency meeting of the party in August 1927 Mao had argued …": the time phrase that
		// opens the sentence dates the claim.
		const leadYear =
			/^(?:In|At|On|During|By|Before|After)\s[^.;:!?]*?\b(1[0-9]{3}|20[0-9]{2})\b[^.;:!?\d]*$/.exec(
				lead.trim()
			)?.[1];
		const year =
			stated.year ??
			(leadYear && !stated.work ? Number(leadYear) : undefined) ??
			(who && !stated.work ? yearOf([...(previous ?? '').matchAll(/\b1[0-9]{3}\b/g)][0]?.[0]) : undefined);
		const second = secondClaim && !joinedClaims ? claimClause(secondClaim) : undefined;
		const extra =
			// "… and that only nationalism could bind them": a second claim whose "them" is in the first.
			second &&
			FINITE.test(second) &&
			!leansOnContext(second, m.who) &&
			!/\b(?:they|them|their)\b/i.test(second)
				? [
						draftOfView(m.who, sentence, second, { work, year }, verb.base, {
							ownWork: !attributionFor(doc, sentence).author
						})
					].filter((d): d is ClaimDraft => !!d && d.fact.topic !== `that ${second}`)
				: [];
		const cause = CAUSE_PREDICATE.exec(clause)?.groups;
		if (cause && !leansOnContext(cause.subject, m.who)) {
			return [
				{
					author: m.who,
					sentence,
					importance: 0.7,
					fact: {
						form: 'definition',
						topic: cause.topic,
						claim: clause,
						predicate: cause.subject,
						link: cause.link,
						...(work ? { work } : {}),
						...(year ? { year } : {})
					}
				},
				...extra
			];
		}
		const role = uniqueRole(clause);
		if (role && !leansOnContext(role.predicate, m.who))
			return [
				{
					author: m.who,
					sentence,
					importance: 0.65,
					fact: {
						form: 'definition',
						topic: role.topic,
						claim: clause,
						predicate: role.predicate,
						link: role.link,
						...(work ? { work } : {}),
						...(year ? { year } : {})
					}
				},
				...extra
			];
		// "it must be the policy of the United States to …": the dummy "it" stands for what follows "be".
		const subject =
			clauseSubject(clause) ??
			/^["“]?it\s(?:is|was|must\sbe|would\sbe|should\sbe)\s(?<np>(?:the|a|an)\s[^"“”]{3,60}?)\s(?:to|that)\s/i.exec(
				clause
			)?.groups?.np;
		return [
			{
				author: m.who,
				sentence,
				importance: 0.6,
				fact: {
					form: 'ascribed',
					// The template asks "what did X argue about <topic>?" when the topic is not the whole answer.
					topic: subject && subject.split(/\s+/).length <= 8 ? subject : `that ${clause}`,
					claim: `${m.who} ${m.verb} that ${clause}`,
					predicate: `that ${clause}`,
					verb: `${verb.base}${occasion(lead, verb.base)}${year ? ` in ${year}` : ''}`,
					// The card cites the holder's own work when the document has no author of its own to cite.
					...(work && !attributionFor(doc, sentence).author ? { work } : {})
				}
			},
			...extra
		];
	}
	return [];
}

function baseOfTold(verb: string): string {
	return (
		{ told: 'tell', assured: 'assure', warned: 'warn', reminded: 'remind', informed: 'inform' }[verb] ?? verb
	);
}

// ---------------------------------------------------------------- quotations under a citation

interface Citation {
	who: string;
	work?: string;
	year?: number;
	quotedBy?: string;
}

interface Block {
	text: string;
	start: number;
	end: number;
}

/** Paragraphs of the original: runs of non-blank lines, with their offsets. */
function blocks(original: string): Block[] {
	const out: Block[] = [];
	const re = /(?:[^\n]*\S[^\n]*(?:\n|$))+/g;
	for (const m of original.matchAll(re)) {
		const start = m.index ?? 0;
		out.push({ text: m[0].replace(/\s+/g, ' ').trim(), start, end: start + m[0].length });
	}
	return out;
}

/** A reader's item head: "No. 11 Giuseppe Mazzini — The Duties of Man (London, 1860), ch. V". */
const ITEM_HEAD = new RegExp(
	String.raw`^(?:No\.?\s*\d+\s+|\d+\.\s+)?(?<who>${PERSON})(?:,\s[^—–:]{2,60}?)?\s[—–-]\s(?<work>[^()]{2,120}?)\s*\((?<paren>[^()]*?\b(?:1[0-9]{3}|20[0-9]{2}|\d{1,4}\s?(?:BC|BCE|AD|CE))\b[^()]*)\)(?<tail>.{0,160})$`,
	'u'
);
/** "Winston Churchill, speech to the House of Commons (4 June 1940)" on a line of its own above a quotation. */
const COMMA_HEAD = new RegExp(
	String.raw`^(?<who>${PERSON}),\s(?<work>[^()]{2,100}?)\s*\((?<paren>[^()]*?\b(?:1[0-9]{3}|20[0-9]{2})\b[^()]*)\)\.?$`,
	'u'
);
/** "— Nelson Mandela, statement from the dock (1964)" under a quotation: its signature. */
const SIGNED_UNDER = new RegExp(
	String.raw`^[—–-]{1,2}\s*(?<who>${PERSON})(?:,\s(?<work>[^()]{2,100}?))?\s*(?:\((?<paren>[^()]*?\b(?:1[0-9]{3}|20[0-9]{2})\b[^()]*)\))?\.?$`,
	'u'
);
/** "Giuseppe Garibaldi at Calatafimi (15 May 1860), as reported by Giuseppe Cesare Abba, Noterelle … (1880)". */
const REPORTED_HEAD = new RegExp(
	String.raw`^(?:No\.?\s*\d+\s+)?(?<who>${PERSON})\s(?:at|in|on|to)\s[^()]{2,60}?\((?<paren>[^()]*?\b(?:1[0-9]{3}|20[0-9]{2})\b[^()]*)\),\sas\s(?:reported|recorded|given|remembered|told)\sby\s(?<by>${PERSON})(?<tail>.{0,160})$`,
	'u'
);
/**
 * A citation and its quotation in one paragraph: "V. I. Lenin, “Left-Wing” Communism (1920): “…”",
 * "Nicholas II to his mother, October 19: “…”", "May 10 (23) — Stolypin in the Duma, on …: “…”".
 */
const INLINE_CITATION = new RegExp(
	String.raw`^(?:[^—–:"“]{2,40}\s[—–]\s)?(?<who>${PERSON})(?<how>(?:,\s|\s(?:to|in|at|before|on)\s)[^:]{2,140}?)?:\s*(?=[“"])`,
	'u'
);
/** "- Slogan (Mussolini, La Scala speech, Milan, 28 Oct 1925): **"Everything within the State …"**": a labelled line. */
const LABELLED_CITATION = new RegExp(
	String.raw`^[-*•]?\s*(?:\*\*)?(?:Slogan|Motto|Quote|Quotation|Watchword|Famous\s(?:line|words)|Words|Maxim)(?:\*\*)?\s\((?<who>${PERSON}),\s(?<how>[^()]{2,100})\):\s*(?:\*\*|\*|_)?(?=[“"])`,
	'u'
);
/** "In an interview … (1909) he said: “…”" under a register entry headed "STOLYPIN, Pyotr Arkadyevich". */
const PRONOUN_CITATION = /\b(?:he|she)\s(?:said|wrote|declared|told\s[^:"“]{2,60}):\s*(?=[“"])/u;
const REGISTER_HEAD = /^(\p{Lu}{3,}(?:-\p{Lu}+)?),\s\p{Lu}\p{Ll}+/u;

/** "V. I. Lenin" → "Lenin"; "Giuseppe Mazzini" and "Nicholas II" stay as written. */
function speakerName(name: string): string {
	return name
		.replace(/^(?:\p{Lu}\.\s?)+/u, '')
		.replace(/\s(?:the|his|her)\s.*$/, '')
		.trim();
}

/** ", as given by G. M. Trevelyan, …": whose report of the words the reader prints. */
const AS_GIVEN_BY = new RegExp(String.raw`\bas\s(?:given|reported|recorded|told)\sby\s(${PERSON})`, 'u');

function speakerOrUndefined(name: string | undefined): string | undefined {
	return name ? speakerName(name) : undefined;
}

function yearOf(text: string | undefined): number | undefined {
	const y = text && YEAR.exec(text)?.[1];
	return y ? Number(y) : undefined;
}

/** An editor's note or a page's furniture, not the quoted author's words. */
const APPARATUS = /^(?:\[(?:Ed|Editor|Note)[^\]]*\]|Tags:|Source:|Share\b|Note:|Notes?\b)/i;

/** Spans of quotations in a block of the original: “…” or "…", closed within the block. */
function quotationSpans(original: string, block: Block, from: number): { start: number; end: number }[] {
	const out: { start: number; end: number }[] = [];
	const text = original.slice(from, block.end);
	for (const m of text.matchAll(/[“"]([^“”"]{8,1200})[”"]/g))
		out.push({ start: from + (m.index ?? 0), end: from + (m.index ?? 0) + m[0].length });
	return out;
}

/** Words of a famous line worth asking "Who said …?" about: whole, short, not a greeting or a fragment. */
function quotable(text: string): string | undefined {
	const line = text
		.replace(/^[\s“”"]+|[\s“”"]+$/g, '')
		.replace(/\s+/g, ' ')
		.replace(/[.;,:]+$/, '')
		.trim();
	const words = line.split(' ').length;
	if (words < 5 || words > 28) return undefined;
	if (/[“”"]|\.\.\.|…|\?$|\s\/\s/.test(line)) return undefined;
	// "Soldiers, I am going out from Rome", "O my brothers, …": an address, not a claim.
	if (
		/^(?:O\s|Oh\s|Sire\b|Gentlemen\b|Soldiers\b|Citizens\b|Comrades\b|Friends\b|Ladies\b|My\s(?:dear|lords?|friends))/i.test(
			line
		)
	)
		return undefined;
	if (/\b(?:he|him|his|she|her|it|them|this|these|those)\b/i.test(line)) return undefined;
	// "They need great upheavals; we need a great Russia": a pronoun answered inside the line is no back-reference.
	const opensOnPronoun = /^(?:we|they|you)\b/i.test(line) && memorable(line) >= 2;
	if (
		!opensOnPronoun &&
		/^(?:and|but|or|so|then|this|that|these|those|it|he|she|they|his|her|its|their|such|which|who)\b/i.test(
			line
		)
	)
		return undefined;
	if (!/^\p{Lu}/u.test(line)) return undefined;
	return line;
}

/** How memorable a line is: a contrast, a "must", a verdict on a whole people or cause. */
function memorable(line: string): number {
	let score = 0;
	if (/\bnot\b[^;]{0,60}\bbut\b|\bneither\b|\bor\s(?:we\s)?die\b|;\s(?:we|you|they)\b/i.test(line))
		score += 2;
	if (/\b(?:must|never|always|only|all|no)\b/i.test(line)) score += 1;
	if (/^(?:I|We|You|Our|My)\b/.test(line)) score += 1;
	const words = line.split(' ').length;
	if (words >= 6 && words <= 20) score += 1;
	return score;
}

/** Index of the first sentence (sorted by offset) that ends after `at`. */
function firstEndingAfter(sentences: Sentence[], at: number): number {
	let lo = 0;
	let hi = sentences.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (sentences[mid].end <= at) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Quotations a document attributes by a citation line; `said` facts for the most quotable of their lines. */
function citedQuotations(doc: IngestedDocument, people: PersonIndex): ThesisFact[] {
	const out: ThesisFact[] = [];
	const all = blocks(doc.original);
	let citation: Citation | undefined;
	let register: string | undefined;
	// Per quotation: "And, earlier in the same book: “…”" is a second passage with lines of its own.
	const perQuotation = new Map<number, ThesisFact[]>();
	const add = (c: Citation, span: { start: number; end: number }) => {
		const list = perQuotation.get(span.start) ?? [];
		perQuotation.set(span.start, list);
		for (let i = firstEndingAfter(doc.sentences, span.start); i < doc.sentences.length; i++) {
			const sentence = doc.sentences[i];
			if (sentence.start >= span.end) break;
			if (sentence.end <= span.start) continue;
			// The part of the sentence inside the quotation, split where the source cut it ("…").
			const inside = doc.original
				.slice(Math.max(sentence.start, span.start), Math.min(sentence.end, span.end))
				.split(/\s*(?:\.\s?\.\s?\.|…)\s*/);
			// "Young Italy is Republican and Unitarian: Republican, because …": a head clause before a colon or a
			// semicolon is a claim of its own when the whole is too long to quote.
			const heads = inside.flatMap((part) =>
				part.split(/\s+/).length > 28 ? [part, part.split(/[:;]\s/)[0]] : [part]
			);
			for (const part of heads) {
				const line = quotable(part);
				if (!line) continue;
				list.push({
					kind: 'thesis',
					sentence,
					importance: 0.5 + 0.05 * memorable(line),
					author: c.who,
					...(c.quotedBy ? { quotedBy: c.quotedBy } : {}),
					...(c.work ? { work: c.work } : {}),
					...(c.year ? { year: c.year } : {}),
					form: 'position',
					topic: c.who,
					claim: line,
					predicate: line,
					link: 'said'
				});
			}
		}
	};
	const consumed = new Set<number>();
	for (const [index, block] of all.entries()) {
		if (consumed.has(index)) continue;
		const text = block.text;
		const next = all[index + 1];
		// A quotation signed on the line under it belongs to the signer, whatever item it stands in.
		const ownLines = doc.original.slice(block.start, block.end).trim().split('\n');
		const lastLine = ownLines.length > 1 ? ownLines[ownLines.length - 1].trim() : undefined;
		const signature = /^[“"]/.test(text)
			? ((lastLine && SIGNED_UNDER.exec(lastLine)?.groups) ?? (next && SIGNED_UNDER.exec(next.text)?.groups))
			: undefined;
		if (signature && (personName(signature.who, people) || loneSurname(signature.who, doc.clean))) {
			const signed: Citation = {
				who: speakerName(signature.who),
				work: signature.work?.trim(),
				year: yearOf(signature.paren)
			};
			for (const span of quotationSpans(doc.original, block, block.start)) add(signed, span);
			continue;
		}
		const commaHead =
			next && /^[“"]/.test(next.text) && text.split(' ').length <= 25
				? COMMA_HEAD.exec(text)?.groups
				: undefined;
		if (commaHead && next && personName(commaHead.who, people)) {
			// The head names the quotation under it, and only that one.
			const headed: Citation = {
				who: speakerName(commaHead.who),
				work: commaHead.work.trim(),
				year: yearOf(commaHead.paren)
			};
			for (const span of quotationSpans(doc.original, next, next.start)) add(headed, span);
			consumed.add(index + 1);
			continue;
		}
		const registerHead = REGISTER_HEAD.exec(text);
		if (registerHead) register = registerHead[1][0] + registerHead[1].slice(1).toLowerCase();
		if (APPARATUS.test(text)) continue;
		const head = ITEM_HEAD.exec(text)?.groups ?? REPORTED_HEAD.exec(text)?.groups;
		if (head && (personName(head.who, people) || loneSurname(head.who, doc.clean))) {
			citation = {
				who: speakerName(head.who),
				work: head.work && !/\bby\b/.test(head.work) ? head.work.trim() : undefined,
				year: yearOf(head.paren),
				quotedBy: speakerOrUndefined(head.by ?? AS_GIVEN_BY.exec(head.tail ?? '')?.[1])
			};
			// The head may run on into its first quotation (no blank line between them).
			const open = /[“"]/.exec(doc.original.slice(block.start, block.end));
			if (open)
				for (const span of quotationSpans(doc.original, block, block.start + open.index)) add(citation, span);
			continue;
		}
		// A new item without a person ("No. 12 Proclamation of …", "No. 16 Obituary notices") ends the last.
		if (/^(?:No\.?\s*\d+\b|\d+\.\s+\p{Lu})/u.test(text) || /^[-=_]{6,}/.test(text)) citation = undefined;
		const labelled = LABELLED_CITATION.exec(text)?.groups;
		if (labelled && (personName(labelled.who, people) || loneSurname(labelled.who, doc.clean))) {
			const colon = doc.original.slice(block.start, block.end).search(/:\s*(?:\*\*|\*|_)?[“"]/);
			const c: Citation = {
				who: speakerName(labelled.who),
				year: yearOf(labelled.how),
				work: /\b(?:speech|address|letter|article)\b/i.test(labelled.how)
					? labelled.how.split(/,\s/)[0].trim()
					: undefined
			};
			if (colon >= 0)
				for (const span of quotationSpans(doc.original, block, block.start + colon)) add(c, span);
			continue;
		}
		const inline = INLINE_CITATION.exec(text)?.groups;
		if (inline && personName(inline.who, people)) {
			const colon = doc.original.slice(block.start, block.end).search(/:\s*[“"]/);
			const c: Citation = {
				who: speakerName(inline.who),
				year: yearOf(inline.how),
				work: inline.how?.startsWith(', ') ? workAndYear(inline.how.slice(2)).work : undefined
			};
			if (colon >= 0)
				for (const span of quotationSpans(doc.original, block, block.start + colon)) add(c, span);
			continue;
		}
		const pronoun = PRONOUN_CITATION.exec(text);
		if (pronoun && register) {
			const own = doc.original.slice(block.start, block.end);
			const colon = own.search(/\b(?:he|she)\s(?:said|wrote|declared|told\s[^:"“]{2,60}):\s*[“"]/);
			// The year of the occasion is on the line that introduces the words, not the entry's birth date.
			const line = own.slice(own.lastIndexOf('\n', colon) + 1, colon);
			const c: Citation = { who: register, year: yearOf([...line.matchAll(/\d{4}/g)].pop()?.[0]) };
			if (colon >= 0)
				for (const span of quotationSpans(doc.original, block, block.start + colon)) add(c, span);
			continue;
		}
		if (!citation) continue;
		// Under an item head: a quoted paragraph, or a quotation after a colon ("is said to have answered: “…”").
		const quoted = /^[“"]/.test(text);
		const colon = doc.original.slice(block.start, block.end).search(/:\s*[“"]/);
		if (quoted) for (const span of quotationSpans(doc.original, block, block.start)) add(citation, span);
		else if (colon >= 0)
			for (const span of quotationSpans(doc.original, block, block.start + colon)) add(citation, span);
	}
	// The most memorable lines of each quotation, two at most, so a speech does not become a quiz of its lines.
	for (const list of perQuotation.values())
		out.push(...list.sort((a, b) => b.importance - a.importance).slice(0, 2));
	return out;
}

// ---------------------------------------------------------------- the speaker's own stance

/**
 * Who speaks in a passage: its section's or document's author, or the author of a volume; a section
 * of a volume is one of the author's works ("The Jamaica Letter"), dated by the dateline under its title.
 */
function voiceOf(doc: IngestedDocument, sentence: Sentence): Attribution | undefined {
	if (isEditorial(doc, sentence)) return undefined;
	const voice = attributionFor(doc, sentence);
	if (!voice.author) return undefined;
	const section = doc.sections[sentence.sectionIndex];
	const title = section?.title?.trim();
	if (
		!voice.work &&
		title &&
		plausibleWork(title) &&
		!/\b(?:works|writings|speeches|letters)\s+of\b/i.test(title)
	)
		voice.work = title;
	if (!voice.year && section) {
		const head = doc.clean.slice(section.cleanStart, Math.min(section.cleanEnd, section.cleanStart + 300));
		const dateline =
			/\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},?\s(1[0-9]{3}|20[0-9]{2})\b/.exec(
				head
			);
		if (dateline) voice.year = Number(dateline[1]);
	}
	return voice;
}

/** "The most important cause of the fall of Venezuela was, in my opinion, the federal form …". */
const CAUSE_FIRST =
	/^(?<topic>(?:The|Our)\s(?:(?:most\simportant|main|chief|principal|first|real|true|greatest|fundamental|decisive|deepest)\s)(?:cause|reason|source|origin)s?\sof\s[^,;]{3,80}?)\s(?<link>was|is|were|are)\s(?<pred>.+)$/;
/** "I plead for the confirmation of the absolute freedom of the slaves": what the speaker asks for. */
const PLEA =
	/\bI\s(?:humbly\s|earnestly\s|therefore\s)?(?<verb>plead|beg|implore|ask|call)\s(?<prep>for)\s(?<what>(?:the|a|an)\s[^,;:.!?]{6,120})/;
/** "I am proposing, as it were, that the nations should adopt …": what the speaker proposes. */
const PROPOSAL =
	/^I\s(?:am\sproposing|propose|would\spropose|suggest|urge|ask)(?:,\s[^,]{2,30},)?\sthat\s(?<what>.+)$/;
/** "I believe that ideas spring from deeds": the speaker's conviction. */
const CONVICTION = /^I\s(?:firmly\s|still\s)?(?<verb>believe|hold|am\sconvinced)\sthat\s(?<what>.+)$/;

function ownStances(doc: IngestedDocument, sentence: Sentence): ThesisFact[] {
	const voice = voiceOf(doc, sentence);
	if (!voice?.author) return [];
	const text = sentence.text
		.replace(/\s+/g, ' ')
		.replace(/^[\s“”"]+/, '')
		.replace(/,\s(?:in\smy\sopinion|I\sthink|I\sbelieve|to\sbe\ssure|of\scourse),(?=\s)/g, '')
		.trim();
	const base = {
		kind: 'thesis' as const,
		sentence,
		author: voice.author,
		...(voice.work ? { work: voice.work } : {}),
		...(voice.year ? { year: voice.year } : {})
	};
	const cause = CAUSE_FIRST.exec(text)?.groups;
	if (cause) {
		const pred = cause.pred
			.split(/\s*(?:\.\s?\.\s?\.|…|;|,\sbecause\b|,\sfor\b)\s*/)[0]
			.replace(/[.!]+$/, '')
			.trim();
		if (
			pred.split(/\s+/).length >= 2 &&
			pred.split(/\s+/).length <= 20 &&
			!/\b(?:this|these|those|he|she|they)\b/i.test(pred)
		)
			return [
				{
					...base,
					importance: 0.7,
					form: 'definition',
					topic: cause.topic[0].toLowerCase() + cause.topic.slice(1),
					claim: `${cause.topic} ${cause.link} ${pred}`,
					predicate: pred,
					link: cause.link
				}
			];
	}
	const plea = PLEA.exec(text)?.groups;
	if (plea) {
		const what = plea.what.trim();
		if (!/\b(?:this|these|those|it|him|her|them)\b/i.test(what))
			return [
				{
					...base,
					importance: 0.65,
					form: 'ascribed',
					topic: what,
					claim: `${voice.author} asked for ${what}`,
					predicate: what,
					verb: `${plea.verb} ${plea.prep}${voice.year ? ` in ${voice.year}` : ''}`
				}
			];
	}
	const proposal = PROPOSAL.exec(text)?.groups;
	if (proposal) {
		const clause = claimClause(proposal.what.replace(/:\s.*$/, ''));
		const subject = clause && clauseSubject(clause);
		if (
			clause &&
			subject &&
			!/\b(?:we|us|our|I|me|my)\b/i.test(clause) &&
			!leansOnContext(clause, voice.author)
		)
			return [
				{
					...base,
					importance: 0.6,
					form: 'ascribed',
					topic: subject,
					claim: `${voice.author} proposed that ${clause}`,
					predicate: `that ${clause}`,
					verb: `propose${voice.year ? ` in ${voice.year}` : ''}`
				}
			];
	}
	const conviction = CONVICTION.exec(text)?.groups;
	if (conviction) {
		const clause = claimClause(conviction.what);
		// "I believe that with some effort the amount can be raised …": a passing remark on the matter in hand,
		// or the speaker's "we", is no conviction a card can hold.
		const incidental =
			!clause ||
			/\b(?:we|us|our|I|me|my)\b/i.test(clause) ||
			/^(?:with|by|in|at|on|for|if|when|after|before)\b/i.test(clause) ||
			/^the\s(?:amount|number|sum|figure|question|matter|thing|situation|case|position|time|result)\b/i.test(
				clause
			);
		if (clause && !incidental && FINITE.test(clause) && !leansOnContext(clause, voice.author)) {
			// "I believe that co-existence is the only alternative to destruction": what the belief says a
			// thing is, asked as such; else what the speaker believed about its subject.
			const def = uniqueRole(clause) ?? copulaView(clause);
			if (def)
				return [
					{
						...base,
						importance: 0.65,
						form: 'definition',
						topic: def.topic,
						claim: clause,
						predicate: def.predicate,
						link: def.link
					}
				];
			const subject = clauseSubject(clause);
			return [
				{
					...base,
					importance: 0.6,
					form: 'ascribed',
					topic: subject && subject.split(/\s+/).length <= 8 ? subject : `that ${clause}`,
					claim: `${voice.author} believed that ${clause}`,
					predicate: `that ${clause}`,
					verb: `believe${voice.year ? ` in ${voice.year}` : ''}`
				}
			];
		}
	}
	return [];
}

// ---------------------------------------------------------------- a table of views

/** "| **Benedetto Croce** (1944) | fascism = a "parenthesis" in Italian history, … |": a revision table row. */
const TABLE_ROW = /^[^\S\n]*\|(?<who>[^|\n]{3,80})\|(?<view>[^|\n]{6,400})\|[^\S\n]*$/gmu;

/**
 * Revision notes tabulate historians and their views, one row each, the view written "X = Y": asked as
 * what X was according to the historian of the row, dated by the year the row gives.
 */
function tableViews(doc: IngestedDocument, people: PersonIndex): ThesisFact[] {
	const out: ThesisFact[] = [];
	for (const row of doc.original.matchAll(TABLE_ROW)) {
		const plain = (text: string) =>
			text
				.replace(/[*_`]+/g, '')
				.replace(/\s+/g, ' ')
				.trim();
		const cell = plain(row.groups?.who ?? '');
		const view = plain(row.groups?.view ?? '');
		const head = new RegExp(String.raw`^(?<who>${PERSON})(?:\s*\((?<paren>[^()]{2,80})\))?$`, 'u').exec(
			cell
		)?.groups;
		if (!head) continue;
		let who = head.who;
		if (!personName(who, people)) {
			// "Marxist (e.g. Gramsci / Togliatti)": the school's named members hold the view.
			const named = /^(?:e\.g\.|eg|i\.e\.|esp\.|notably|such as)\s(?<names>.+)$/i.exec(head.paren ?? '')
				?.groups?.names;
			const names = named?.split(/\s*(?:\/|,|&|\band\b)\s*/).filter(Boolean) ?? [];
			if (!names.length || !names.every((n) => personName(n, people) || loneSurname(n, doc.clean))) continue;
			who = names.join(' and ');
		}
		const m =
			/^(?<topic>\p{L}[\p{L}\s'’-]{1,40}?|(?:1[0-9]{3}|20[0-9]{2})[–-]\d{2,4})\s=\s(?<pred>.+)$/u.exec(
				view
			)?.groups;
		if (!m) continue;
		// "1929–36 = years of consensus": a span of years is asked as "the years 1929–36".
		if (/^\d/.test(m.topic)) m.topic = `the years ${m.topic}`;
		const predicate = m.pred
			.split(/,\s|;\s|\s[–—-]\s|:\s|\s→\s/)[0]
			.replace(/\s&\s/g, ' and ')
			.replace(/\bw\/\s?/g, 'with ')
			.replace(/\bvs?\.?(?=\s)/g, 'against')
			.replace(/[.;,]+$/, '')
			.trim();
		if (predicate.split(/\s+/).length > 12 || !quotesBalanced(predicate) || !/\p{L}{3}/u.test(predicate))
			continue;
		const cited = head.paren && !/^(?:e\.g\.|eg|i\.e\.)/i.test(head.paren) ? workAndYear(head.paren) : {};
		const start = (row.index ?? 0) + row[0].indexOf('|');
		const end = (row.index ?? 0) + row[0].trimEnd().length;
		const host =
			doc.sentences.find((x) => x.start <= start && x.end > start) ??
			doc.sentences.find((x) => x.start >= start);
		if (!host) continue;
		const sentence: Sentence = { ...host, start, end, text: doc.original.slice(start, end) };
		out.push({
			kind: 'thesis',
			sentence,
			importance: 0.6,
			author: who,
			form: 'definition',
			topic: m.topic.trim(),
			claim: `${m.topic.trim()} ${/^the years\b/.test(m.topic) ? 'were' : 'was'} ${predicate}`,
			predicate,
			link: /^the years\b/.test(m.topic) ? 'were' : 'was',
			...(cited.work && cited.work !== who ? { work: cited.work } : {}),
			...(cited.year ? { year: cited.year } : {})
		});
	}
	return out;
}

// ---------------------------------------------------------------- wiring

/**
 * Claims of one document, minus those the thesis shapes already found in the same sentence for the
 * same author (`found`: the facts of the extractors that ran before).
 */
export function extractClaims(doc: IngestedDocument, found: Fact[] = []): ThesisFact[] {
	// The index the date and office extractors built for this document (built once, shared).
	const people = peopleContext(doc).index;
	const taken = new Set(
		found
			.filter((f): f is ThesisFact => f.kind === 'thesis')
			.map((f) => `${f.sentence.start}|${lastWord(f.author).toLowerCase()}`)
	);
	const out: ThesisFact[] = [];
	const seen = new Set<string>();
	for (const [index, sentence] of doc.sentences.entries()) {
		if (sentence.text.split(/\s+/).length < 5) continue;
		const before = doc.sentences[index - 1];
		const previous = before?.paragraphIndex === sentence.paragraphIndex ? before.text : undefined;
		for (const draft of reportedViews(doc, sentence, people, previous)) {
			const key = `${sentence.start}|${lastWord(draft.author).toLowerCase()}`;
			// One sentence may hold two claims of one holder ("argued that A, and that B").
			if (taken.has(key) || seen.has(`${key}|${draft.fact.claim}`)) continue;
			seen.add(key);
			seen.add(`${key}|${draft.fact.claim}`);
			out.push({
				kind: 'thesis',
				sentence,
				author: draft.author,
				importance: draft.importance,
				...draft.fact
			});
		}
	}
	for (const sentence of doc.sentences) {
		if (sentence.listItem) continue;
		for (const fact of ownStances(doc, sentence)) {
			const key = `${sentence.start}|${lastWord(fact.author).toLowerCase()}`;
			if (taken.has(key) || seen.has(key)) continue;
			seen.add(key);
			out.push(fact);
		}
	}
	for (const fact of [...citedQuotations(doc, people), ...tableViews(doc, people)]) {
		const key = `${fact.sentence.start}|${lastWord(fact.author).toLowerCase()}`;
		if (taken.has(key) || seen.has(`${key}|${fact.claim}`)) continue;
		seen.add(`${key}|${fact.claim}`);
		out.push(fact);
	}
	return expandAbbreviations(doc, out);
}

/**
 * Revision notes define their shorthand once ("Abbrevs: CW = Cold War, SU = Soviet Union"); a card
 * asks in full words ("what was the main cause of the Cold War?"). The quote keeps the notes' own text.
 */
function expandAbbreviations(doc: IngestedDocument, facts: ThesisFact[]): ThesisFact[] {
	const line = /^\W*(?:Abbrevs?|Abbreviations|Key)\s*[:.]\s*(.+)$/im.exec(doc.original.slice(0, 5000))?.[1];
	if (!line) return facts;
	const full = new Map<string, string>();
	for (const pair of line.split(/,\s*/)) {
		const m = /^(?<short>[A-Z][A-Z/]{1,12})\s*=\s*(?<long>\p{Lu}[\p{L}\s-]{3,40})$/u.exec(
			pair.trim()
		)?.groups;
		if (!m) continue;
		for (const short of m.short.split('/')) if (/^[A-Z]{2,6}$/.test(short)) full.set(short, m.long.trim());
	}
	if (!full.size) return facts;
	const expand = (text: string | undefined) => text?.replace(/\b[A-Z]{2,6}\b/g, (w) => full.get(w) ?? w);
	return facts.map((f) => ({
		...f,
		topic: expand(f.topic) ?? f.topic,
		claim: expand(f.claim) ?? f.claim,
		...(f.predicate ? { predicate: expand(f.predicate) } : {})
	}));
}
