/**
 * Theses: what an author claims. Three shapes are recognised by their syntax, never by corpus names:
 *  - definitions   "Leninism is Marxism of the era of imperialism…" (a short term, a copula, a nominal predicate)
 *  - positions     "the victory of socialism in one country is possible", emphasised or modal claims
 *  - ascribed      "Trotsky advocated permanent revolution", "Bukharin argued that…", "Trotsky's idea of …"
 * Definitions and positions belong to the passage's author (section attribution, else the document's);
 * ascribed ones to the person the sentence names. Ranking favours the work's key terms: words of the
 * section titles and terms the document repeats, plus emphasis ("the essence of", "the main thing").
 */
import type { Attribution, IngestedDocument, Sentence } from '../ingest/types';
import type { ThesisFact, ThesisForm } from './types';
import { letterHeadingAuthor, signatureName, yearIn } from '../ingest/attribution';
import { displayName, findPersonNames, freshPersonIndex, sentenceSubject, type PersonIndex } from './people';
import { inlinePieces, joinLetterSpacing, pieceOf, speechesOf, volumeSpeaker } from './speeches';

const NAME_STOP = new Set(
	`The This That These Those It Its He She They We I You Our Their His Her There Here What When Where Which Who Why How
	Some Others Many Most All Each Every No Not None One Such Both Either Neither Only Thus Hence Therefore So But And Or
	If In On At To For From By With Without As After Before During Since Until Under Over Through Against Between Among
	Party Congress Committee Conference Government Opposition Soviet Soviets State Army Council Commission Bureau
	Communist Communists Bolshevik Bolsheviks Menshevik Mensheviks Revolution Comrade Comrades Central Russian Russia
	People Peasants Workers Lenin's Leninism Marxism Trotskyism Socialism Capitalism Imperialism Politburo Orgburo
	January February March April May June July August September October November December Monday Sunday
	Chapter Part Section Note Notes Source Article Letter Speech Report Interview Preface Introduction Year Years
	Let Take See Note Compare Read Consider Remember Look Imagine Suppose Yes Well Very Nobody Everybody Somebody`
		.split(/\s+/)
		.filter(Boolean)
);

/** A person's name as written: "Trotsky", "M. I. Kalinin", "Kamenev and Zinoviev". */
const NAME = String.raw`(?:(?:[A-Z]\.\s?){1,3}\s?)?[A-Z][a-z\u00C0-\u017F]+(?:-[A-Z][a-z]+)?(?:\s[A-Z][a-z\u00C0-\u017F]+)?`;

const FULL_NAME = new RegExp(`^${NAME}$`, 'u');

const REPORTING_VERBS: Record<string, string> = {
	advocated: 'advocate',
	advocates: 'advocate',
	argued: 'argue',
	argues: 'argue',
	claimed: 'claim',
	claims: 'claim',
	believed: 'believe',
	believes: 'believe',
	maintained: 'maintain',
	maintains: 'maintain',
	insisted: 'insist',
	insists: 'insist',
	warned: 'warn',
	warns: 'warn',
	proposed: 'propose',
	proposes: 'propose',
	demanded: 'demand',
	demands: 'demand',
	declared: 'declare',
	declares: 'declare',
	asserted: 'assert',
	asserts: 'assert',
	supported: 'support',
	supports: 'support',
	rejected: 'reject',
	rejects: 'reject',
	opposed: 'oppose',
	opposes: 'oppose',
	criticised: 'criticise',
	criticized: 'criticize',
	condemned: 'condemn',
	denounced: 'denounce',
	stressed: 'stress',
	emphasised: 'emphasise',
	emphasized: 'emphasize',
	urged: 'urge',
	suggested: 'suggest',
	'called for': 'call for',
	'calls for': 'call for',
	'forwarded the idea of': 'put forward',
	'put forward the idea of': 'put forward',
	'put forward': 'put forward',
	'presented his idea of': 'present',
	'presented his idea': 'present',
	'presented her idea': 'present',
	proclaimed: 'proclaim'
};

/** Verbs that report a claim only with a that-clause ("Stalin wrote that …", not "Stalin wrote a book"). */
const THAT_VERBS: Record<string, string> = {
	wrote: 'write',
	said: 'say',
	stated: 'state',
	noted: 'note',
	'pointed out': 'point out',
	explained: 'explain',
	concluded: 'conclude',
	admitted: 'admit',
	recalled: 'recall',
	thought: 'think',
	considered: 'consider'
};

for (const base of new Set(Object.values(REPORTING_VERBS))) {
	if (base.includes(' ') && base !== 'call for') continue;
	for (const lead of ['continued to', 'began to', 'went on to', 'always used to'])
		REPORTING_VERBS[`${lead} ${base}`] = base;
}

const VERB_ALTERNATION = [...Object.keys(REPORTING_VERBS), ...Object.keys(THAT_VERBS).map((v) => `${v} that`)]
	.sort((a, b) => b.length - a.length)
	.map((v) => v.replace(/ /g, '\\s'))
	.join('|');

const ASCRIBED = new RegExp(
	String.raw`^(?<who>${NAME}(?:(?:,\s|\sand\s)${NAME})*)(?:\s(?:had|has|have|now|also|always|openly|strongly|repeatedly|then|once|even|further|instead|finally|therefore|consistently))*\s(?<verb>${VERB_ALTERNATION})\s(?<what>.+)$`,
	'u'
);
/** "Kalinin, like many other Bolsheviks, advocated …": the aside between a name and its verb. */
const NAME_THEN_ASIDE = new RegExp(String.raw`^(${NAME}),\s[^,]{3,60},\s`, 'u');
const LEAD_PHRASE =
	/^(?:(?:in|at|after|before|during|on|from|since|throughout|following|until|by|later|soon|then|abroad|meanwhile|afterwards|however|nevertheless|instead|domestically|publicly|privately|(?:a|an|one|two|three|some|several)\s\w+\slater)\b[^,]{0,60},\s*)+/i;

/** Reported speech with an addressee or a colon: "he assured the Reichstag: "…"", "he told X that …". */
const SPEECH_VERBS: Record<string, string> = {
	told: 'tell',
	assured: 'assure',
	informed: 'inform',
	reminded: 'remind',
	promised: 'promise',
	warned: 'warn',
	remarked: 'remark',
	held: 'hold',
	wrote: 'write',
	said: 'say',
	declared: 'declare',
	stated: 'state',
	argued: 'argue',
	insisted: 'insist',
	proclaimed: 'proclaim',
	announced: 'announce',
	maintained: 'maintain',
	believed: 'believe'
};
const SPEECH = new RegExp(
	String.raw`^(?:(?:[Ii]n|[Oo]n|[Dd]uring|[Aa]t|[Bb]y)\s[^,:"“]{2,40}?\s)?(?<who>${NAME}|[Hh]e|[Ss]he)\s(?:also\s|then\s|later\s|once\s|famously\s)?(?<verb>${Object.keys(SPEECH_VERBS).join('|')})(?<obj>\s(?:the\s)?\p{Lu}[^:"“”,]{0,70}?)?(?:\s(?:in|during)\s(?:a|an|the|his|her)\s[\p{L}\s]{2,30}?)?(?<sep>\sthat\s|:\s*)(?<what>.+)$`,
	'u'
);

/** "Zinoviev and Kamenev aligned themselves with … and now criticized …": the second verb of the subject. */
const COORDINATED = new RegExp(
	String.raw`^(?<who>${NAME}(?:(?:,\s|\sand\s)${NAME})*)\s(?:now\s|also\s)?[a-z]+ed\s[^.;:]{3,80}?,?\sand\s(?:now\s|also\s|then\s)?(?<verb>${VERB_ALTERNATION})\s(?<what>.+)$`,
	'u'
);
const PRONOUN_ASCRIBED = new RegExp(
	String.raw`^(?<who>He|She)(?:\s(?:had|has|now|also|always|openly|strongly|repeatedly|then|once|even|further|instead|finally))*\s(?<verb>${VERB_ALTERNATION})\s(?<what>.+)$`,
	'u'
);
const REGARD_VERBS: Record<string, string> = {
	regarded: 'regard',
	considered: 'regard',
	saw: 'see',
	described: 'describe',
	viewed: 'see'
};
const REGARDED = new RegExp(
	String.raw`^(?<who>${NAME})\s(?:always\s|also\s|once\s)?(?<verb>regarded|considered|saw|described|viewed)\s(?<whom>him|her|${NAME})\sas\s(?<what>.+)$`,
	'u'
);
/** "We regard religion as an error …", "I consider the treaty as a betrayal …": the speaker's own view. */
const FIRST_PERSON_REGARD =
	/^(?:We|I)\s(?:have\s)?(?:always\s|still\s)?(?<verb>regard|consider|see|view|treat|regarded|considered|saw|viewed|treated)\s(?<whom>(?:the\s|a\s|an\s)?\p{Ll}[\p{L}-]+(?:\s\p{Ll}[\p{L}-]+){0,3}?)\sas\s(?<what>.+)$/u;
/** "Trotsky's idea of a “permanent revolution”" anywhere in a sentence. */
const IDEA_OF = new RegExp(
	String.raw`(?<who>${NAME})['’]s\s(?:idea|theory|concept|slogan|policy|doctrine)\s(?:of\s)?(?:an?\s|the\s)?[“"](?<what>[^”"]{3,80})[”"]`,
	'gu'
);

const LINKS = String.raw`is|are|consists\sin|consists\sprecisely\sin|lies\sin|means|represents|demands|requires|presupposes|was|were|makes?\sup|constitutes?`;
/** A short noun phrase as the subject: "Leninism", "The dictatorship of the proletariat", "The essence of Soviet power". */
const TOPIC = String.raw`(?:[Tt]he\s)?[\p{L}’'-]+(?:\s(?:of|in|for|and|the|a|with|to|[\p{L}’'-]+)){0,9}?`;
const COPULA = new RegExp(String.raw`^(?<topic>${TOPIC})\s(?<link>${LINKS})\s(?<pred>.+)$`, 'u');
const MODAL = new RegExp(String.raw`^(?<topic>${TOPIC})\s(?<link>must|cannot)\s(?<pred>.+)$`, 'u');
/** "The dictatorship of the proletariat is needed so that …": what a thing is for, asked with "why". */
const PURPOSE = new RegExp(
	String.raw`^(?<topic>${TOPIC})\s(?<link>(?:is|are|was|were)\s(?:needed|necessary|required|indispensable))\s(?<pred>(?:so\sthat|in\sorder\sthat|in\sorder\sto)\s.+)$`,
	'u'
);
const MAY_PURPOSE = /\s(?:so\sthat|in\sorder\sthat|in\sorder\sto)\s/u;
const MAY_MODAL = /\s(?:must|cannot)\s/u;
/** "Bourgeois constitutions tacitly proceed from the premise that …": the assumption a thing rests on. */
const PREMISE = new RegExp(
	String.raw`^(?<topic>${TOPIC})\s(?:tacitly\s|implicitly\s|openly\s|always\s)?(?<link>(?:proceeds?|proceeded|starts?|started)\sfrom\sthe\s(?:premise|assumption|principle|idea))\s(?<pred>that\s.+)$`,
	'u'
);

const MAY_PREMISE = /\sfrom\sthe\s(?:premise|assumption|principle|idea)\sthat\s/u;

const APPOSITION_AFTER_NAME = new RegExp(
	String.raw`^((?:Comrade\s)?${NAME}),\s(?:having|being|as)\s[^,]{3,60},\s(?=(?:is|was|has|had|are)\s)`,
	'u'
);
const PERSON_HAS = new RegExp(
	String.raw`^(?<topic>(?:Comrade\s)?${NAME})\s(?<link>has|had)\s(?<pred>.+)$`,
	'u'
);

const TOPIC_BAD_FIRST =
	/^(?:this|that|these|those|it|its|they|he|she|we|i|you|there|here|such|one|some|others|each|every|all|both|what|which|who|why|how|nothing|everything|something|anything|none|much|many|most|no|not|their|his|her|my|your|but|and|or|so|yet|hence|thus|if|when|where|while|as|because|since|for|then|now|today|yesterday|only|even|also|here|such|in|on|at|by|with|without|besides|under|to|from|after|before|during|especially|another|nobody|whether|among|between|within|against|through|via|like|unlike|above|below|again|once|perhaps|indeed|certainly|surely|hardly|particularly|especially|first|second|third|last|next|other|further|more|less|same|yes|well|very|until|unless|although|though|still|more|less|too|quite|rather)$/i;
const TOPIC_BAD_WORD =
	/\b(?:this|that|these|those|it|they|he|she|we|i|you|him|them|us|me|was|were|is|are|be|been|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|not|which|who|whom|whose)\b/i;

/** Predicates that judge rather than claim ("a big subject", "quite wrong") make no thesis. */
const VAGUE_PREDICATE =
	/^(?:(?:a|an|the)\s(?:still|even|much|far)\smore\b|(?:a|an)\smore\b|the\ssame\b|the\ssubject\sof\b|a\s\w+\sone$|not\b|so\b|such\b|also\b|a big|a large|a complex|a difficult|an important|a very|the case|true|false|wrong|right|correct|incorrect|clear|obvious|evident|understandable|natural|self-evident|quite\b|absolutely\b|entirely\b|just\b|only\b|now\b|still\b|here\b|there\b|this\b|that\b|these\b|those\b|it\b|why\b|what\b|how\b|where\b|when\b|in\s(?:this|that|the\s(?:first|second|third))|to\sbe\b|being\b|said\b|called\b|known\b|given\b|done\b|found\b|over\b|at\san\send|beyond\b|one\sof\b|another\b|the\sfollowing|as\sfollows|of\b|by\b)/i;

const POSITION_PREDICATE =
	/^(?:(?:quite|entirely|fully|absolutely|perfectly)\s)?(?:possible|impossible|necessary|inevitable|essential|indispensable|inconceivable|unthinkable|the\s(?:basis|foundation|instrument|weapon|key|guarantee|pre-?condition|source|root)\b)/i;

/** Openers that report someone else's view the author rejects ("Some say that Leninism is…"). */
const OPPONENT_VIEW =
	/\b(?:some|others|they|critics|opponents|people|many|certain\s\w+)\s(?:say|says|said|assert|asserts|claim|claims|allege|alleges|think|thinks|believe|believes|maintain|maintains|argue|argues|affirm|affirms|imagine|imagines|suppose|supposes)\b|\bit\sis\s(?:alleged|said|claimed|asserted|argued)\b|\bso-called\b|\balleged(?:ly)?\b/i;

const EMPHASIS =
	/\b(?:the\s(?:fundamental|main|chief|principal|basic|decisive|most\simportant|central|specific|distinguishing)\s(?:question|thing|task|feature|point|problem|condition|issue|basis)|the\sessence\sof|the\sbasis\sof|the\sfoundation\sof|the\skey\sto|above\sall|first\sand\sforemost|it\sfollows\sthat)\b/i;

const OPENER_TRIM =
	/^(?:(?:(?:we|i)\s(?:know|believe|think|must\ssay|say|maintain|assert|consider|repeat|declare|are\sconvinced|insist)\s(?:also\s|now\s)?that|it\sis\s(?:clear|obvious|evident|certain|beyond\sdoubt|self-evident)\sthat|there\sis\sno\sdoubt\sthat|that\sis\swhy|this\sis\swhy|that\sis\sto\ssay|to\sbe\smore\s(?:exact|precise)|in\sa\sword|in\sfact|in\smy\sopinion|i\sthink|but|and|hence|thus|therefore|consequently|accordingly|further|furthermore|moreover|finally|first(?:ly)?|secondly|thirdly|in\sother\swords|in\sshort|briefly|to\ssum\sup|clearly|evidently|obviously|undoubtedly|of\scourse),?\s)+/i;

/**
 * Hedges that refine a definition rather than weaken it: "To be more exact, Leninism is …", "Social-Democracy
 * is objectively …", "The Party is, above all, …". A second, refined definition of a term is a claim of its
 * own, so the question keeps the hedge ("what is Leninism, to be more exact?").
 */
const HEDGE = String.raw`to\sbe\smore\s(?:exact|precise)|more\s(?:exactly|precisely)|strictly\sspeaking|in\s(?:essence|substance)|essentially|objectively|above\sall|first\sand\sforemost|in\sthe\s(?:last|final)\sanalysis|fundamentally|at\sbottom|basically`;
const HEDGE_LEAD = new RegExp(String.raw`^(?<hedge>${HEDGE}),\s`, 'i');
const HEDGE_AFTER_LINK = new RegExp(
	String.raw`^(?<head>[^,;:]{2,80}?\s(?:is|are|was|were))(?:,\s(?<commaHedge>${HEDGE}),|\s(?<hedge>${HEDGE}),?)\s`,
	'i'
);
/** "The fundamental question of Leninism, its point of departure, is …": an apposition between subject and verb. */
const SUBJECT_APPOSITION =
	/^([^,;:]{3,80}),\s(?:its|his|her|their|the|a|an)\s[^,;:]{2,50},\s(?=(?:is|are|was|were)\s)/;
/** "X is not A, but B": the contrast is the claim; both halves stay in the answer. */
const CONTRAST = /^not\s(?!only\b)[^,;]{3,80}?,?\sbut\s(?:rather\s)?(?:a|an|the|\p{Lu})/iu;

/**
 * "Trotskyism possesses three specific features …", "The causes of the war were the following": a
 * passage that announces an enumeration. Each "Firstly. / Secondly, …" claim after it about the same
 * subject is then one of those features, asked by its ordinal.
 */
const ENUMERATION_NOUNS = String.raw`features|duties|rights|pillars|virtues|goals|objectives|characteristics|traits|peculiarities|principles|conditions|tasks|sources|causes|reasons|stages|aspects|roots|dangers|demands|aims|errors|mistakes|defects|periods|phases|lessons|consequences|results`;
const ANNOUNCED = new RegExp(
	String.raw`^(?:(?<subject>${TOPIC})\s(?:possesses|possess|has|have|displays|shows|bears|had|showed)\s(?:the\sfollowing\s|(?:two|three|four|five|six|seven|several|a\snumber\sof)\s)(?<adj>(?:[\p{Ll}-]+\s)?)(?<noun>${ENUMERATION_NOUNS})\b|(?:the\s)?(?:(?:two|three|four|five|six|seven)\s)?(?<adj2>(?:[\p{Ll}-]+\s)?)(?<noun2>${ENUMERATION_NOUNS})\sof\s(?<subject2>${TOPIC})\s(?:are|were)\s(?:the\sfollowing|(?:two|three|four|five|six|seven|several)(?:\sin\snumber)?)\b|what\s(?:are|were)\sthe\s(?:(?:two|three|four|five|six|seven)\s)?(?<adj3>(?:[\p{Ll}-]+\s)?)(?<noun3>${ENUMERATION_NOUNS})\sof\s(?<subject3>${TOPIC})\?$)`,
	'iu'
);
/** Every shape of ANNOUNCED names one of its nouns: sentences without one skip the costly pattern. */
const MAY_ANNOUNCE = new RegExp(ENUMERATION_NOUNS, 'iu');
const COUNT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
/** "3) The Party as the highest form of class organisation of the proletariat.": a numbered feature heading. */
const FEATURE_ITEM =
	/^(?:(?<n>[1-9])\)\s*)?(?<subject>(?:The\s)?\p{Lu}[\p{L}’'-]*(?:\s[\p{L}’'-]+){0,3}?)\sas\s(?<what>(?:the|a|an)\s[^.;:]+?)\.?$/u;
const ORDINAL_OPENER =
	/^(?:(?<word>first|second|third|fourth|fifth|sixth|seventh)(?:ly)?|in\sthe\s(?<place>first|second|third|fourth|fifth)\splace)\s*(?:[.:,)]\s*|$)/i;

/** "in my opinion that …", "our firm conviction that …", "I am convinced that …" inside a sentence. */
/** "According to Bismarck, …", "According to the Russian writer, Roy Medvedev, …" at a sentence's start. */
const ACCORDING_TO = new RegExp(
	String.raw`^According\sto\s(?:(?:the|a|an)\s[\p{Ll}\s-]{3,40}?,?\s)?(?<who>${NAME})(?:\s\(\d{4}\))?,\s(?<rest>[^“”"]+)$`,
	'u'
);
const OPINION_THAT =
	/\b(?:(?:my|our)\s(?:firm\s|deep\s)?(?:opinion|conviction|belief|view)|(?:I|we)\s(?:am|are)\s(?:firmly\s|deeply\s)?convinced)\sthat\s(?<what>[^;:]+)$/;

interface Candidate {
	sentence: Sentence;
	index: number;
	form: ThesisForm;
	author: string;
	work?: string;
	year?: number;
	topic: string;
	claim: string;
	predicate?: string;
	link?: string;
	verb?: string;
	/** A hedge that refines a definition ("to be more exact", "objectively"): the question keeps it. */
	qualifier?: string;
	/** Who cites the claim ("According to Lenin, …" in Stalin's text). */
	quotedBy?: string;
	emphasis: boolean;
	/** One item of an announced list ("Secondly. Trotskyism is …"): the list and the item's place in it. */
	item?: { list: Enumeration; place: number; subject: string; heading: boolean };
}

/** A list the author announces ("Trotskyism possesses three specific features"). */
interface Enumeration {
	subject: string;
	/** Singular, with its adjective: "specific feature". */
	noun: string;
	/** As written: "specific features". */
	plural: string;
	/** The announced count ("three"), when the author gives one. */
	count?: number;
}

function tokens(text: string): string[] {
	return text
		.toLowerCase()
		.replace(/[’']/g, "'")
		.split(/[^\p{L}'-]+/u)
		.filter(Boolean);
}

const STOP = new Set(
	`cannot must can could would should shall will may might take taken make made give given get got go went come came see seen know known put set keep kept carry carried bring brought become became ever never always already rather often much many well our your its their these those every another such whose
	a an the of in on at to for from by with and or but as is are was were be been being that this these those it its his her their he she they we our us i you which who whom what when where how not no than then so such into upon about over under also has have had do does did will would shall should can could may might must there here all any each its only very more most other same own one two first second itself themselves whole part way ways fact case question questions matter thing things time times comrade comrades said say says let us now thus hence therefore however yet even still just`.split(
		/\s+/
	)
);

/** Terms (1–4 words, content words at both ends) the document repeats, boosted when in a title. */
export function keyTerms(doc: Pick<IngestedDocument, 'sentences' | 'sections'>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const s of doc.sentences) {
		const words = tokens(s.text);
		for (let i = 0; i < words.length; i++) {
			if (STOP.has(words[i]) || words[i].length < 3) continue;
			let term = '';
			for (let n = 0; n < 4 && i + n < words.length; n++) {
				term = n === 0 ? words[i] : `${term} ${words[i + n]}`;
				const last = words[i + n];
				if (STOP.has(last) || last.length < 3) continue;
				counts.set(term, (counts.get(term) ?? 0) + 1);
			}
		}
	}
	const titleWords = new Set<string>();
	for (const section of doc.sections) {
		if (!section.title) continue;
		for (const w of tokens(section.title)) if (!STOP.has(w) && w.length > 2) titleWords.add(w);
	}
	const scores = new Map<string, number>();
	for (const [term, count] of counts) {
		const n = term.split(' ').length;
		if (count < (n === 1 ? 4 : 3)) continue;
		const inTitle = term.split(' ').some((w) => titleWords.has(w));
		scores.set(term, Math.log2(count) * (1 + 0.5 * (n - 1)) * (inTitle ? 1.6 : 1));
	}
	return scores;
}

/** Editorial apparatus: its claims are the editors' glosses, not the author's theses. */
const EDITORIAL =
	/^(?:notes?|explanatory notes|editor'?s? notes?|preface|foreword|introduction|appendix|appendices|index|contents|biographical chronicle|chronicle|chronology|glossary|bibliography|references|footnotes?)$/i;

export function isEditorial(doc: IngestedDocument, sentence: Sentence): boolean {
	const section = doc.sections[sentence.sectionIndex];
	return [section?.title, section?.attribution.work].some((t) => !!t && EDITORIAL.test(t.trim()));
}

/** Authors the ingest could not see, inferred per section (see `inferSectionVoices`). */
const inferredVoices = new WeakMap<IngestedDocument, Attribution[]>();

/** Letters and statements inside a section, each in its writer's voice (see `letterVoices`). */
const letterVoiceOf = new WeakMap<IngestedDocument, Map<Sentence, Attribution>>();

/**
 * A collection may hold several letters or statements under one heading: "M.I. Ulyanova to the presidium
 * of …" … "26th July 1926. M. Ulyanova.", then "Letter of Joseph Stalin to Vladimir Ilyich Lenin" …
 * "I. Stalin.". A heading naming its writer opens a letter; a signature closes one and signs the
 * paragraphs since the last heading or signature. Each letter's sentences are its writer's words.
 */
function letterVoices(doc: IngestedDocument): Map<Sentence, Attribution> {
	const voices = new Map<Sentence, Attribution>();
	const paragraphs: Sentence[][] = [];
	for (const sentence of doc.sentences) {
		const last = paragraphs[paragraphs.length - 1];
		if (last && last[0].paragraphIndex === sentence.paragraphIndex) last.push(sentence);
		else paragraphs.push([sentence]);
	}
	let current: Attribution | undefined;
	let since: Sentence[] = [];
	let section = -1;
	paragraphs.forEach((paragraph, p) => {
		if (paragraph[0].sectionIndex !== section) {
			section = paragraph[0].sectionIndex;
			current = undefined;
			since = [];
		}
		const text = doc.clean.slice(paragraph[0].cleanStart, paragraph[paragraph.length - 1].cleanEnd);
		const short = wordCount(text) <= 16;
		const heading = short ? letterHeadingAuthor(text) : undefined;
		if (heading) {
			// "26th July, 1926" under the heading dates the letter.
			const next = paragraphs[p + 1];
			const dateline = next && doc.clean.slice(next[0].cleanStart, next[next.length - 1].cleanEnd);
			const year = dateline && wordCount(dateline) <= 5 ? yearIn(dateline) : undefined;
			const titled =
				/^(?:\p{L}+\s){0,2}(?:letter|telegram|statement|declaration|message|memorandum|reply|speech|appeal|address)\b/iu.test(
					text
				);
			current = { author: heading, year, work: titled && plausibleWork(text) ? text : undefined };
			since = [];
			return;
		}
		const signed = short ? signatureName(text) : undefined;
		if (signed) {
			for (const s of since)
				if (!voices.has(s) || voices.get(s)?.author === signed.author)
					voices.set(s, {
						...voices.get(s),
						author: signed.author,
						year: voices.get(s)?.year ?? signed.year
					});
			current = undefined;
			since = [];
			return;
		}
		for (const s of paragraph) {
			since.push(s);
			if (current) voices.set(s, current);
		}
	});
	return voices;
}

export function attributionFor(doc: IngestedDocument, sentence: Sentence): Attribution {
	const section = doc.sections[sentence.sectionIndex];
	const letter = letterVoiceOf.get(doc)?.get(sentence);
	if (letter?.author && (letter.author !== section?.attribution.author || letter.work)) return { ...letter };
	// The rest depends on the section only, yet is asked for several times per sentence: once per section.
	const voices = inferredVoices.get(doc);
	let memo = sectionAttributions.get(doc);
	if (!memo || memo.voices !== voices) {
		memo = { voices, bySection: new Map() };
		sectionAttributions.set(doc, memo);
	}
	let known = memo.bySection.get(sentence.sectionIndex);
	if (!known) {
		const inferred = voices?.[sentence.sectionIndex] ?? {};
		// "The Foundations of Leninism 15 Dedicated to…": a page number glued a running header onto the title.
		const work = (section?.attribution.work ?? inferred.work ?? doc.attribution.work)?.replace(
			/\s\d{1,4}\s\p{Lu}.*$/u,
			''
		);
		known = {
			author: section?.attribution.author ?? inferred.author ?? doc.attribution.author,
			work: work && plausibleWork(work) ? work.trim() : undefined,
			year: section?.attribution.year ?? inferred.year ?? doc.attribution.year
		};
		memo.bySection.set(sentence.sectionIndex, known);
	}
	return { ...known };
}

/** Each section's attribution, valid for the inferred voices it was computed with. */
const sectionAttributions = new WeakMap<
	IngestedDocument,
	{ voices: Attribution[] | undefined; bySection: Map<number, Attribution> }
>();

const SIGNATURE = new RegExp(
	String.raw`^(?<who>${NAME}),\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+(?<y1>\d{4})|[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?<y2>\d{4}))\.?$`,
	'u'
);
const BYLINE_TITLE = new RegExp(
	String.raw`^(?<who>${NAME}),?\s+(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<year>1[5-9]\d\d|20\d\d)$`,
	'u'
);
const WORK_NOUN =
	/\b(?:testament|letters?|speech(?:es)?|address(?:es)?|memoirs?|diary|diaries|manifesto|theses|report|declaration|programme|program|appeal|will|notes|essay|pamphlet|article|reply|telegram|memorandum|message|proclamation|decree|sermon|lecture|writings|works|papers|testimony|confession|creed|platform|doctrine|plan)\b/i;
const POSSESSIVE_TITLE = new RegExp(
	String.raw`^(?<who>${NAME})['’]s\s+(?<work>[^()]{3,80}?)(?:\s*\((?<year>\d{4})\))?$`,
	'u'
);

/**
 * A section the ingest left without an author may still say who wrote it: a title like "Lenin's
 * Political Testament (1922)", or a letter signed "Lenin, 24 December 1922".
 */
function inferSectionVoices(doc: IngestedDocument, people: PersonIndex): Attribution[] {
	const voices: Attribution[] = doc.sections.map(() => ({}));
	// "Selected Speeches of Abraham Lincoln": a volume of one person's words, outside its editorial parts.
	const volume =
		/\b(?:speeches|works|writings|letters|papers|addresses|sermons|essays)\s+of\s+((?:\p{L}+\.?[^\S\n]+){0,3}\p{L}{3,})/iu.exec(
			// The title page may be letter-spaced and dropped from the clean text: read the original's head.
			joinLetterSpacing(doc.original.slice(0, 400))
		)?.[1];
	if (volume && !doc.attribution.author) {
		const author = volume
			.split(/\s+/)
			.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase())
			.pop();
		doc.sections.forEach((section, i) => {
			if (!section.attribution.author && !EDITORIAL.test(section.title?.trim() ?? '') && i > 0)
				voices[i] = { author };
		});
	}
	// "WOODROW WILSON / SELECTED ADDRESSES": each dated piece of a one-speaker volume is the speaker's,
	// named by its title and dated by its dateline; the editor's introduction and notes are not.
	const speaker = doc.attribution.author ? undefined : volumeSpeaker(doc);
	if (speaker)
		for (const [i, speech] of speechesOf(doc)) {
			if (doc.sections[i]?.attribution.author) continue;
			// '"peace Without Victory"': a quoted title the heading reader left in lower case.
			const title = speech.title
				.replace(/^["“]|["”]$/g, '')
				.trim()
				.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
			voices[i] = {
				author: speaker,
				...(plausibleWork(title) ? { work: title } : {}),
				year: Number(speech.dateline.date.start.iso.slice(0, 4))
			};
		}
	// "Bismarck and the Unification of Germany / by Jonathan Steinberg": an essay signed under its title is
	// its author's argument throughout.
	const byline =
		/^\s*by\s+((?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{Ll}'’-]+(?:\s(?:(?:\p{Lu}\.\s?)+|\p{Lu}[\p{Ll}'’-]+)){0,3})\s*$/imu.exec(
			doc.original.slice(0, 300)
		)?.[1];
	if (byline && !volume && !doc.attribution.author && doc.sections.every((s) => !s.attribution.author)) {
		const author = byline.trim().split(/\s+/).pop();
		doc.sections.forEach((section, i) => {
			if (!EDITORIAL.test(section.title?.trim() ?? '')) voices[i] = { author };
		});
	}
	doc.sections.forEach((section, i) => {
		if (section.attribution.author) return;
		const title = section.title?.trim() ?? '';
		// "Kalinin December 1943", "Lenin, 1919": a heading that is a name and a date is a byline: the
		// section is that person's words.
		const byline = BYLINE_TITLE.exec(title);
		// The name pattern may swallow the month ("Kalinin December"): the month belongs to the date.
		const who = byline?.groups?.who.replace(
			/\s(?:January|February|March|April|May|June|July|August|September|October|November|December)$/,
			''
		);
		if (byline?.groups && who && isName(who, people)) {
			// The heading's date may be a photograph's, not the words': keep only the speaker.
			voices[i] = { author: who };
			return;
		}
		const m = POSSESSIVE_TITLE.exec(title);
		// "Lenin's Political Testament (1922)" is Lenin's text; "Cromwell's decade", "Peel's ministry" are
		// headings about a person, in the chapter author's words.
		if (m?.groups && isName(m.groups.who, people) && (m.groups.year || WORK_NOUN.test(m.groups.work))) {
			voices[i] = {
				author: m.groups.who,
				work: m.groups.work.trim(),
				year: m.groups.year ? Number(m.groups.year) : undefined
			};
		}
	});
	// "M. K. GANDHI (1909)" under a quotation: the year the words were written or spoken.
	doc.sections.forEach((section, i) => {
		if (section.attribution.year) return;
		const dated = /^(?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{L}-]+\s*\((\d{4})\)\.?$/mu.exec(
			doc.clean.slice(section.cleanStart, section.cleanEnd)
		);
		if (dated) voices[i].year ??= Number(dated[1]);
	});
	for (const sentence of doc.sentences) {
		const voice = voices[sentence.sectionIndex];
		if (!voice || voice.author || doc.sections[sentence.sectionIndex]?.attribution.author) continue;
		const m = SIGNATURE.exec(sentence.text.trim());
		if (m?.groups && isName(m.groups.who, people)) {
			voice.author = m.groups.who;
			voice.year ??= Number(m.groups.y1 ?? m.groups.y2);
		}
	}
	return voices;
}

/**
 * A work title as a card can name it: not an archive's metadata line ("Translated: …", "Written: …"),
 * not a sentence that happened to stand alone ("That is what Trotsky says…"), not a whole paragraph.
 */
export function plausibleWork(work: string): boolean {
	const w = work.trim();
	if (!w || w.split(/\s+/).length > 14) return false;
	// "Translated: Yuri Sdobnikov", "Written: Written on …": a label and a colon is metadata.
	if (/^[\p{L}]+(?:\s[\p{L}]+)?:\s/u.test(w)) return false;
	if (/[.;,]$/.test(w)) return false;
	// A sub-heading ("Conclusions", "Introduction") names a part, not the work.
	if (
		/^(?:conclusions?|introduction|summary|results?|notes?|preface|foreword|appendix|contents|part\s\w+|chapter\s\w+|section\s\w+|[IVX]+)$/i.test(
			w
		)
	)
		return false;
	// "Of The All-Russia Central Executive Committee": the second line of a title, not a title.
	if (/^(?:of|and|for|to|in|on|with|by|from|at|or)\s/i.test(w)) return false;
	if (/["”]$/.test(w) && !/[?!]["”]$/.test(w)) return false;
	if (/\b(?:says|said|that is|this is|we|I|you|our)\b/.test(w)) return false;
	// "Maria UlyanovaImage": an image caption glued to a name.
	if (/\p{Ll}\p{Lu}/u.test(w.replace(/\bMc|\bMac/g, ''))) return false;
	return /^\p{Lu}|^["“]/u.test(w);
}

/**
 * "Maria UlyanovaImage": an image caption glued to a name was read as a heading and cut an article in
 * two. The passage under it still belongs to the article above, whose heading is the source to cite.
 */
function headingBrokenByCaption(doc: IngestedDocument, sentence: Sentence): string | undefined {
	const title = doc.sections[sentence.sectionIndex]?.title?.trim();
	if (!title || !/\p{Ll}(?:Image|Photo|Picture|Figure|Fig)\b|\.(?:jpe?g|png|gif)$/u.test(title))
		return undefined;
	const above = doc.sections[sentence.sectionIndex - 1];
	const heading = above?.title?.trim();
	// "On the Relations between Lenin and Stalin" is a title even though it opens with "On".
	const titled = heading && (plausibleWork(heading) || plausibleWork(heading.replace(/^On\s(?:the\s)?/, '')));
	return above && !above.attribution.author && titled ? heading : undefined;
}

/** "Stalin" from "J. V. Stalin"; names are matched by surname when deciding who a pronoun means. */
function surname(name: string): string {
	return name.trim().split(/\s+/).pop() ?? name;
}

function wordCount(text: string): number {
	return text.split(/\s+/).filter(Boolean).length;
}

function cleanClaim(text: string): string {
	return (
		text
			// "[. . .]": an editor's mark of an omission, not the author's words.
			.replace(/\s*\[\s*(?:\.\s?){3}\]\s*/g, ' ')
			.replace(/^[\s\-–—•*>→]+/, '')
			.replace(/\s+/g, ' ')
			.replace(OPENER_TRIM, '')
			// "They are, in my opinion, the most outstanding…": the hedge is the author's, not the claim's.
			.replace(/,\s(?:in\smy\sopinion|I\sthink|I\sbelieve|to\sbe\ssure|of\scourse|it\sseems),(?=\s)/g, '')
			.trim()
	);
}

function cutObject(what: string): string {
	// The object of "advocated …" ends at the first clause boundary.
	const cut = what.split(
		/\s*(?:[,;:(]|\s[–—-]\s|\swhich\s|\swho\s|\sbecause\s|\sbut\s|\swhile\s|\swhereas\s)/
	)[0];
	// "…an armed uprising … throughout that summer": a time phrase pointing back to an earlier sentence is
	// not part of what was opposed, and would leave the card leaning on text the student does not see.
	return cut
		.replace(/[.!]+$/, '')
		.replace(
			/\s(?:throughout|during|in|at|by|until|since|for)\s(?:that|this|those|these|the\ssame)\s(?:summer|winter|spring|autumn|year|years|month|months|time|period|day|days|week|weeks|moment|season)$/i,
			''
		)
		.trim();
}

function titleCaseShout(text: string): string {
	// "SOCIALISM IN ONE COUNTRY" → "Socialism in one country": the notes shout key terms.
	if (/\p{Ll}/u.test(text) || !/\p{Lu}{2,}/u.test(text)) return text;
	const lower = text.toLowerCase();
	return lower[0].toUpperCase() + lower.slice(1);
}

/** Opening and closing quotes pair up, single quotes included (apostrophes inside words do not count). */
function quotesPaired(text: string): boolean {
	const opens = (text.match(/(?:^|[\s(])['‘“"]/g) ?? []).length;
	const closes = (text.match(/['’”"](?=$|[\s),.;:!?])/g) ?? []).length;
	return opens === closes;
}

/** Strip quotes that wrap the whole phrase, not quotes around a part of it. */
function wrappedUnquote(text: string): string {
	const m = /^[“"‘]([^“”"‘’]*)[”"’]$/.exec(text.trim());
	return m ? m[1].trim() : text.trim();
}

/**
 * Names the document gives a life to ("Bismarck was born…", "Bismarck married…"): persons even when
 * the name-shape heuristics do not know them. Kept per person index, built once per document.
 */
const biographical = new WeakMap<PersonIndex, Map<string, number>>();

function recordBiographicalNames(doc: IngestedDocument, people: PersonIndex): void {
	const names = new Map<string, number>();
	const life =
		/\b([A-Z][a-z\u00C0-\u017F]{2,})\s(?:was\sborn|died|married|studied|resigned|retired|was\selected|was\sappointed|was\sdismissed|was\sexiled)\b/g;
	for (const m of doc.clean.matchAll(life)) if (!NAME_STOP.has(m[1])) names.set(m[1], 0);
	// "Sieyès' pamphlet", "Robespierre, speech on …", "Lincoln's letter": people write and speak.
	const author =
		/\b(\p{Lu}[\p{Ll}\u00C0-\u017F]{2,})(?:['’]s?|,)\s(?:pamphlet|book|speech|letter|testament|article|essay|address|memoirs?|diary|treatise|manifesto|declaration|wife|widow|son|daughter|father|mother|brother|sister|death|funeral|birth)\b/gu;
	for (const m of doc.clean.matchAll(author)) if (!NAME_STOP.has(m[1])) names.set(m[1], 0);
	for (const name of names.keys()) names.set(name, doc.clean.split(name).length - 1);
	biographical.set(people, names);
}

/** The person a biography is about: the people index's main subject, else its most-named life. */
function mainPerson(people: PersonIndex): string | undefined {
	if (people.mainSubject) return displayName(people.mainSubject, people);
	let best: string | undefined;
	let bestCount = 1;
	for (const [name, count] of biographical.get(people) ?? [])
		if (count > bestCount) [best, bestCount] = [name, count];
	return best;
}

/** Every name in "Kamenev and Zinoviev" is a person's (not "Moscow", not "The Party"). */
function isName(candidate: string, people: PersonIndex): boolean {
	const parts = candidate
		.split(/,\s|\sand\s/)
		.map((p) => p.trim())
		.filter(Boolean);
	return (
		parts.length > 0 &&
		parts.every((p) => {
			const last = p.split(/\s+/).pop() ?? p;
			if (NAME_STOP.has(last)) return false;
			return (
				people.people.has(last.toLowerCase()) ||
				biographical.get(people)?.has(last) === true ||
				findPersonNames(p, people).some((m) => m.index === 0)
			);
		})
	);
}

/**
 * "On 30 September 1862 he told the Budget Committee: "…"", "he remarked in a conversation that
 * politics is "the art of the possible"", "Bismarck held that Germany was a satiated power".
 */
function reportedSpeech(
	core: string,
	text: string,
	lastSubject: string | undefined,
	people: PersonIndex,
	/** The sentence before names someone else (a name the index may not know): "he" is not the main person. */
	otherNamedBefore = false
): Pick<Candidate, 'author' | 'topic' | 'claim' | 'predicate' | 'verb'> | undefined {
	const m = SPEECH.exec(core);
	if (!m?.groups) return undefined;
	const { verb, sep } = m.groups;
	let who = m.groups.who;
	if (/^(?:he|she)$/i.test(who)) {
		const resolved = lastSubject ?? (otherNamedBefore ? undefined : mainPerson(people));
		if (!resolved) return undefined;
		who = resolved;
	} else if (!isName(who, people)) return undefined;
	const obj = m.groups.obj?.trim();
	// Without an addressee or a that-clause, "said: …" has nothing to ask about but the quote itself.
	const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(text.slice(0, text.length - m.groups.what.length))?.[1];
	const what = m.groups.what.replace(/[.!]+["”]?$/, '').trim();
	let predicate: string;
	let topic: string | undefined;
	if (/:/.test(sep)) {
		const quote = /^["“]([^"“”]{3,200})["”]?$/.exec(what)?.[1];
		if (!quote || !obj) return undefined;
		predicate = quote.replace(/[.!]+$/, '').trim();
	} else {
		predicate = what;
		topic =
			/^(?<subject>(?:(?:the|a|an)\s)?[\p{L}'’-]+(?:\s(?:of|the|a|[\p{L}'’-]+)){0,6}?)\s(?:is|was|were|are|had|has|would|could|must|should|will|can|cannot|needed|needs)\s/iu.exec(
				predicate
			)?.groups?.subject;
		if (topic && /^(?:it|this|that|they|he|she|there|we|i|you)$/i.test(topic)) topic = undefined;
		if (!topic && !obj) return undefined;
	}
	if (!quotesPaired(predicate) || LEANING_PRONOUN.test(predicate)) return undefined;
	const base = SPEECH_VERBS[verb];
	const verbPhrase = `${base}${obj ? ` ${obj}` : ''}${year ? ` in ${year}` : ''}`;
	return {
		author: who,
		topic: topic ?? predicate,
		claim: `${who} ${verb}${obj ? ` ${obj}` : ''} ${sep.trim() === ':' ? ': ' : 'that '}${what}`,
		predicate,
		verb: verbPhrase
	};
}

/**
 * "He continued to oppose an armed uprising … throughout that summer" after "In April 1917, Kalinin …":
 * "that summer" is the summer of the year the paragraph last named. The question says so ("What did
 * Kalinin oppose throughout the summer of 1917?"), since the answer drops the phrase.
 */
function withAnaphoricTime(verb: string, what: string, doc: IngestedDocument, index: number): string {
	const m =
		/\s(?<prep>throughout|during|in|by|until|since)\s(?:that|the\ssame)\s(?<unit>summer|winter|spring|autumn|year)[.!]?$/i.exec(
			what
		)?.groups;
	if (!m || /\d{4}/.test(verb)) return verb;
	// Only the sentence just before, when it opens by setting the time ("In April 1917, …"): a year named
	// anywhere else in the paragraph (a birth, a founding) is not the time "that summer" points to.
	const sentence = doc.sentences[index];
	const before = doc.sentences[index - 1];
	const year =
		before && before.paragraphIndex === sentence.paragraphIndex
			? /^(?:In|During|By|From|Throughout|Early\sin|Late\sin)\s[^,.]{0,30}?\b(1[5-9]\d\d|20\d\d)\b/.exec(
					before.text.trim()
				)?.[1]
			: undefined;
	if (!year) return verb;
	const unit = m.unit.toLowerCase();
	return unit === 'year' ? `${verb} in ${year}` : `${verb} ${m.prep.toLowerCase()} the ${unit} of ${year}`;
}

/**
 * "Lenin demanded that Stalin withdraw his words …": a demand made of someone names them in the
 * question ("What did Lenin demand of Stalin?"), which then has one answer.
 */
function demandedOf(verb: string, predicate: string, people: PersonIndex): string | undefined {
	if (!/^(?:demand|ask|expect|require)$/.test(verb)) return undefined;
	const subject = new RegExp(String.raw`^(?<who>${NAME})\s\p{Ll}`, 'u').exec(predicate)?.groups?.who;
	return subject && isName(subject, people) ? `${verb} of ${subject}` : undefined;
}

function ascribedCandidates(
	doc: IngestedDocument,
	sentence: Sentence,
	index: number,
	text: string,
	lastSubject: string | undefined,
	people: PersonIndex
): Candidate[] {
	const out: Candidate[] = [];
	const attribution = attributionFor(doc, sentence);
	const push = (who: string, verbPhrase: string, what: string) => {
		let phrase = verbPhrase.replace(/\s+/g, ' ');
		if (phrase.endsWith(' that')) {
			phrase = phrase.slice(0, -5);
			what = `that ${what}`;
		}
		const verb = REPORTING_VERBS[phrase] ?? THAT_VERBS[phrase];
		if (!verb) return;
		let predicate: string;
		let topic: string | undefined;
		if (/^that[\s:]/i.test(what)) {
			predicate = what.replace(/^that[\s:]+/i, '').replace(/[.!]+$/, '');
			// "…argued that the category of ‘capital’ was applicable…": the clause's subject is what it is about.
			topic =
				/^(?<subject>(?:the|a|an)\s[^,;:]{3,60}?)\s(?:is|was|were|are|had|has|would|could|must|should|will|can|cannot)\s/i.exec(
					predicate
				)?.groups?.subject;
		} else if (/^[“"‘]/.test(what)) {
			predicate = /^[“"‘]([^”"’]{3,120})[”"’]/.exec(what)?.[1] ?? cutObject(what);
		} else {
			predicate = cutObject(what);
			// "opposed the view that the Machine Tractor Stations, …": a that-clause cut short is no answer.
			if (predicate !== what.replace(/[.!]+$/, '').trim() && /\bthat\b/i.test(predicate)) return;
		}
		predicate = titleCaseShout(
			wrappedUnquote(predicate.replace(/^(?:the\sidea\sof|the\sidea|his\sidea|her\sidea)\s/i, ''))
		);
		if (!predicate || /\?$/.test(predicate)) return;
		// "Of the exploited masses", "All this is needed…", a quotation cut in half: no claim a card can hold.
		if (/^(?:of|in|on|for|to|by|with|at|from|as|than)\b/i.test(predicate)) return;
		if (LEANING_PRONOUN.test(predicate)) return;
		if (!quotesPaired(predicate)) return;
		if (THAT_VERBS[phrase] && !topic) return;
		out.push({
			sentence,
			index,
			form: 'ascribed',
			author: who,
			work: attribution.author
				? surname(attribution.author) !== surname(who)
					? attribution.work
					: undefined
				: headingBrokenByCaption(doc, sentence),
			year: attribution.author && surname(attribution.author) !== surname(who) ? attribution.year : undefined,
			topic: topic ?? predicate,
			claim: `${who} ${verbPhrase} ${what.replace(/[.!]+$/, '')}`.replace(/\sthat that\s/, ' that '),
			predicate,
			verb: withAnaphoricTime(demandedOf(verb, predicate, people) ?? verb, what, doc, index),
			emphasis: false
		});
	};
	// "In April 1917, Kalinin, like many other Bolsheviks, advocated …": drop the lead phrase and the aside.
	const core = text.replace(LEAD_PHRASE, '').replace(NAME_THEN_ASIDE, '$1 ');
	// "The news from Vienna alarmed Bismarck. In 1862 he argued …": the one person the sentence before
	// names, before the person the whole document is about.
	const before = doc.sentences[index - 1];
	const named =
		before && before.paragraphIndex === sentence.paragraphIndex
			? [...new Set(findPersonNames(before.text, people).map((m) => surname(m.name)))]
			: [];
	const main = mainPerson(people);
	const otherNamed =
		!!before &&
		before.paragraphIndex === sentence.paragraphIndex &&
		!/^(?:He|She|His|Her)\b/.test(before.text) &&
		/(?<=[\p{Ll},;]\s)\p{Lu}\p{Ll}{2,}/u.test(before.text) &&
		!(main && before.text.includes(main));
	const speech = reportedSpeech(
		core,
		text,
		lastSubject ?? (named.length === 1 ? named[0] : undefined),
		people,
		otherNamed
	);
	if (speech) {
		out.push({ sentence, index, form: 'ascribed', emphasis: false, ...speech });
		return out;
	}
	// "Lenin regarded him as “the wonderful Georgian”": how one person saw another.
	const r = REGARDED.exec(core);
	if (r?.groups && isName(r.groups.who, people)) {
		const pronoun = /^(?:him|her)$/i.test(r.groups.whom);
		const whom = pronoun ? lastSubject : r.groups.whom;
		const as = wrappedUnquote(cutObject(r.groups.what));
		if (
			whom &&
			(pronoun || isName(whom, people)) &&
			surname(whom) !== surname(r.groups.who) &&
			as &&
			wordCount(as) <= 12 &&
			quotesPaired(as) &&
			!LEANING_PRONOUN.test(as)
		)
			out.push({
				sentence,
				index,
				form: 'ascribed',
				author: r.groups.who,
				// Another author's text reporting the view: its work and year date the report.
				...(attribution.author && surname(attribution.author) !== surname(r.groups.who)
					? { work: attribution.work, year: attribution.year }
					: {}),
				topic: whom,
				claim: `${r.groups.who} ${r.groups.verb} ${whom} as ${as}`,
				predicate: `as ${as}`,
				verb: REGARD_VERBS[r.groups.verb],
				emphasis: false
			});
	}
	// "We regard religion as an error and fight it with education": the author's (or their side's) view.
	const own = FIRST_PERSON_REGARD.exec(core)?.groups;
	if (
		own &&
		attribution.author &&
		!isEditorial(doc, sentence) &&
		!TOPIC_BAD_FIRST.test(own.whom.split(' ')[0])
	) {
		let as = wrappedUnquote(cutObject(own.what));
		const leaning = LEANING_PRONOUN.exec(as);
		if (leaning)
			as = as
				.slice(0, leaning.index)
				.replace(/\s(?:and|or|but)\s[\p{L}\s]*$/u, '')
				.trim();
		if (as && wordCount(as) <= 12 && quotesPaired(as) && !LEANING_PRONOUN.test(as))
			out.push({
				sentence,
				index,
				form: 'ascribed',
				author: attribution.author,
				work: attribution.work,
				year: attribution.year,
				topic: own.whom,
				claim: `${attribution.author} ${own.verb} ${own.whom} as ${as}`,
				predicate: `as ${as}`,
				verb: 'regard',
				emphasis: false
			});
	}
	const m = ASCRIBED.exec(core) ?? COORDINATED.exec(core);
	if (m?.groups && isName(m.groups.who, people)) push(m.groups.who, m.groups.verb, m.groups.what);
	else {
		const p = PRONOUN_ASCRIBED.exec(core);
		if (p?.groups && lastSubject) push(lastSubject, p.groups.verb, p.groups.what);
	}
	for (const idea of text.matchAll(IDEA_OF)) {
		const g = idea.groups as { who: string; what: string };
		if (!isName(g.who, people)) continue;
		const predicate = titleCaseShout(g.what.trim());
		if (predicate.split(/\s+/).length < 2) continue;
		out.push({
			sentence,
			index,
			form: 'ascribed',
			author: g.who,
			topic: predicate,
			claim: idea[0],
			predicate,
			verb: 'advocate',
			emphasis: false
		});
	}
	return out;
}

/**
 * "They demanded;" / "Stalin presented his idea “SOCIALISM IN ONE COUNTRY”;" over a bullet list: the
 * list is what was demanded, or what the idea held.
 */
const LIST_INTRO =
	/^(?<who>.+?)\s(?:then\s|also\s|now\s|openly\s)?(?<verb>demanded|proposed|called\sfor|advocated|wanted|stood\sfor|argued|insisted\son|put\sforward|presented\s(?:his|her|their)\s(?:idea|theory|policy|programme|program)(?:\sof)?)\s*(?:[“"](?<idea>[^”"]{3,60})[”"])?\s*[:;]$/u;
const LIST_LEAD = /^(?:In|During|By|After|Before|On|From|Since|At|Throughout)\s[^,]{0,40}?\b\d{4},?\s/;
/** "the UNITED OPPOSITION formally founded the group": a body named as a sentence's subject. */
const GROUP_SUBJECT =
	/(?:^|\d{4},?\s|,\s)the\s(?<name>\p{Lu}{3,}(?:\s\p{Lu}{3,}){0,3}|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){1,3}|\p{Lu}\p{Ll}+s)\s(?:\p{Ll}+\s)?\p{Ll}+/u;

function listIntroCandidate(
	doc: IngestedDocument,
	index: number,
	people: PersonIndex,
	lastSubject: string | undefined
): Candidate | undefined {
	const intro = doc.sentences[index];
	const m = LIST_INTRO.exec(intro.text.trim().replace(LIST_LEAD, ''))?.groups;
	if (!m) return undefined;
	const items: Sentence[] = [];
	for (let i = index + 1; i < doc.sentences.length && items.length < 6; i++) {
		const item = doc.sentences[i];
		if (!item.listItem || item.sectionIndex !== intro.sectionIndex || wordCount(item.text) > 30) break;
		items.push(item);
	}
	if (!items.length) return undefined;
	let start = intro;
	let who: string | undefined;
	if (/^they$/i.test(m.who)) {
		// "In July 1926 the UNITED OPPOSITION formally founded the group. They demanded;"
		const previous = doc.sentences[index - 1];
		const group =
			previous?.sectionIndex === intro.sectionIndex
				? GROUP_SUBJECT.exec(previous.text)?.groups?.name
				: undefined;
		if (!group) return undefined;
		who = `the ${group
			.split(' ')
			.map((w) => w[0] + w.slice(1).toLowerCase())
			.join(' ')}`;
		start = previous;
	} else if (/^(?:he|she)$/i.test(m.who)) who = lastSubject;
	else if (isName(m.who, people)) who = m.who;
	if (!who) return undefined;
	const shouted = m.idea ? titleCaseShout(m.idea.trim()) : undefined;
	// "SOCIALISM IN ONE COUNTRY" is a term, not a name: "about socialism in one country".
	const idea = shouted && shouted !== m.idea?.trim() ? shouted[0].toLowerCase() + shouted.slice(1) : shouted;
	const texts = items.map((item, i) =>
		item.text
			.trim()
			.replace(/^[-*•–]\s*/, '')
			.replace(/[.;,]+$/, '')
			// "…, and a written constitution": an article inside the joined list is lower-case.
			.replace(/^(A|An|The)\s/, (article) => (i > 0 ? article.toLowerCase() : article))
	);
	let predicate: string;
	if (/^presented/.test(m.verb)) {
		// An idea's first point is its content; later bullets drift to other people ("Bukharin now supported …").
		if (!idea || /^(?:he|she|it|they|this|these|those)\b/i.test(texts[0])) return undefined;
		predicate = texts[0];
	} else {
		if (texts.some((t) => wordCount(t) > 6)) return undefined;
		predicate =
			texts.length > 1 ? `${texts.slice(0, -1).join(', ')} and ${texts[texts.length - 1]}` : texts[0];
	}
	if (wordCount(predicate) > 30) return undefined;
	const end = /^presented/.test(m.verb) ? items[0] : items[items.length - 1];
	// The quote runs from the line that names who (or introduces the list) to the last item used.
	const passage: Sentence = {
		...intro,
		start: start.start,
		cleanStart: start.cleanStart,
		end: end.end,
		cleanEnd: end.cleanEnd,
		text: `${intro.text} ${texts.join('; ')}`
	};
	const base = /^presented/.test(m.verb) ? 'argue' : (REPORTING_VERBS[m.verb.replace(/\s+/g, ' ')] ?? m.verb);
	// "During the Autumn 1924 Stalin presented …", "In July 1926 the UNITED OPPOSITION … They demanded;"
	const year = /\b(1[5-9]\d\d|20\d\d)\b/.exec(LIST_LEAD.exec(start.text.trim())?.[0] ?? '')?.[1];
	const verb = year ? `${base} in ${year}` : base;
	return {
		sentence: passage,
		index,
		form: 'ascribed',
		author: who,
		topic: idea ?? predicate,
		claim: `${who} ${m.verb} ${predicate}`,
		predicate,
		verb,
		emphasis: false
	};
}

/** "Vladimir Ilyich really appreciated Stalin", "Bismarck deeply distrusted the Crown Prince". */
const ATTITUDE = new RegExp(
	String.raw`^(?<who>(?:\p{Lu}[\p{Ll}]{0,5}\.\s?){0,3}\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}[\p{Ll}'’-]+){0,2})\s(?<how>(?:(?:really|highly|greatly|deeply|always|genuinely|sincerely|very\smuch|never|thoroughly)\s)*)(?<verb>valued|appreciated|respected|trusted|admired|esteemed|distrusted|mistrusted|disliked|despised|hated|feared|loved|detested)\s(?<whom>(?:\p{Lu}\.\s?){0,3}\p{Lu}[\p{Ll}'’-]+)(?<rest>[\s,.;].*)?$`,
	'u'
);

/** "Ilyich" → "Lenin" when the document writes "Ilyich Lenin": a patronymic names the person it precedes. */
function personBehind(name: string, doc: IngestedDocument, people: PersonIndex): string {
	const last = surname(name);
	if (!/(?:ich|ovna|evna|ichna)$/.test(last)) return last;
	const full = new RegExp(`\\b${last}\\s(\\p{Lu}\\p{Ll}+)\\b`, 'u').exec(doc.clean)?.[1];
	return full && people.people.has(full.toLowerCase()) ? full : last;
}

/**
 * A writer's account of how one person regarded another ("Vladimir Ilyich really appreciated Stalin"
 * in Ulyanova's statement): the writer's claim about that attitude, asked as what they wrote about it.
 */
function attitudeCandidate(
	doc: IngestedDocument,
	sentence: Sentence,
	index: number,
	text: string,
	people: PersonIndex
): Candidate | undefined {
	const m = ATTITUDE.exec(text)?.groups;
	if (!m) return undefined;
	const attribution = attributionFor(doc, sentence);
	if (!attribution.author || isEditorial(doc, sentence)) return undefined;
	const holder = findPersonNames(m.who, people).find((p) => p.index + p.length >= m.who.length - 1);
	if (!holder || !isName(m.whom, people)) return undefined;
	const who = personBehind(holder.name, doc, people);
	const whom = surname(m.whom);
	const author = attribution.author;
	if (surname(who) === surname(author) || whom === surname(author) || surname(who) === whom) return undefined;
	const claim = `${m.who} ${m.how}${m.verb} ${m.whom}`;
	return {
		sentence,
		index,
		form: 'position',
		author,
		work: attribution.work,
		year: attribution.year,
		topic: `${who}'s attitude to ${whom}`,
		claim,
		predicate: claim,
		link: 'about',
		emphasis: false
	};
}

function featureCandidate(
	doc: IngestedDocument,
	sentence: Sentence,
	index: number,
	enumeration: Enumeration
): Candidate | undefined {
	const m = FEATURE_ITEM.exec(sentence.text.trim())?.groups;
	// The number may have been cut from the text as a list marker: read it from the original.
	const n =
		m?.n ?? /([1-9])\)\s*$/.exec(doc.original.slice(Math.max(0, sentence.start - 8), sentence.start))?.[1];
	if (!m || !n || wordCount(sentence.text) > 20) return undefined;
	// "this new party" announced, "The Party as …" listed: the same head noun.
	const head = (t: string) => tokens(t).pop();
	if (head(m.subject) !== head(enumeration.subject)) return undefined;
	const attribution = attributionFor(doc, sentence);
	if (!attribution.author || isEditorial(doc, sentence)) return undefined;
	const subject = /^(?:this|that|these|those)\b/i.test(enumeration.subject) ? m.subject : enumeration.subject;
	return {
		sentence,
		index,
		form: 'definition',
		author: attribution.author,
		work: attribution.work,
		year: attribution.year,
		topic: `the ${ORDINAL_WORDS[Number(n) - 1]} ${enumeration.noun} of ${subject.replace(/^The\s/, 'the ')}`,
		claim: sentence.text
			.trim()
			.replace(/^[1-9]\)\s*/, '')
			.replace(/\.$/, ''),
		predicate: m.what,
		link: 'is',
		emphasis: true,
		item: { list: enumeration, place: Number(n), subject: subject.replace(/^The\s/, 'the '), heading: true }
	};
}

/** How many words a list item may keep on a card that asks for the whole list. */
const ITEM_WORDS = 12;
/** How far apart (in characters of the original) the first and last items of a carded list may lie. */
const LIST_SPAN = 6000;

/** "distrust of the leaders of Bolshevism, an attempt to discredit them" → "distrust of the leaders of Bolshevism". */
function shortItem(predicate: string): string {
	return predicate
		.split(/,\s(?!but\b|\p{Lu})|;\s|\s[—–-]\s|:\s/u)[0]
		.trim()
		.replace(/[.;,:]+$/, '');
}

/**
 * "Firstly. Trotskyism is …", "Secondly. …", "Thirdly. …": the items of a list the author announced.
 * A card asking for one item by its place ("what is the second feature?") tests rote order, not the
 * thesis. When every item is short and the list is complete, one card asks for the whole list ("what are
 * the three specific features of Trotskyism?") and quotes from the first item to the last; otherwise only
 * the first item, a claim of its own, may stay.
 */
function listsOfItems(doc: IngestedDocument, candidates: Candidate[]): void {
	const lists = new Map<Enumeration, Candidate[]>();
	for (const c of candidates) if (c.item) lists.set(c.item.list, [...(lists.get(c.item.list) ?? []), c]);
	for (const [list, members] of lists) {
		const byPlace = new Map<number, Candidate>();
		for (const m of members) if (m.item && !byPlace.has(m.item.place)) byPlace.set(m.item.place, m);
		const places = [...byPlace.keys()].sort((a, b) => a - b);
		const items = places.map((place) => byPlace.get(place) as Candidate);
		const count = list.count ?? places.length;
		const complete = places.length >= 2 && places.length === count && places.every((p, i) => p === i + 1);
		const short = items.map((c) => shortItem(c.predicate ?? ''));
		const first = items[0];
		const last = items[items.length - 1];
		const fits =
			complete &&
			short.every((t) => wordCount(t) >= 1 && wordCount(t) <= ITEM_WORDS) &&
			last.sentence.end - first.sentence.start <= LIST_SPAN &&
			items.every(
				(c) => c.author === first.author && c.sentence.sectionIndex === first.sentence.sectionIndex
			);
		for (const m of members) candidates.splice(candidates.indexOf(m), 1);
		if (fits) {
			const sentence = spanningSentence(doc, first.sentence, last.sentence);
			const predicate = short.join('; ');
			candidates.push({
				...first,
				sentence,
				topic: `the ${COUNT_WORDS[count]} ${list.plural} of ${first.item?.subject ?? list.subject}`,
				claim: predicate,
				predicate,
				link: 'are',
				qualifier: undefined,
				emphasis: true,
				item: undefined
			});
		} else if (first.item?.place === 1 && !first.item.heading) candidates.push(first);
	}
}

/** How far apart (characters of the original) two definitions of one topic still belong to one passage. */
const PASSAGE_GAP = 1500;
/** At most this many predicates gathered into one answer. */
const GATHERED = 4;

/**
 * "Tsarism was the concentration of the worst features of imperialism … Tsarism was a most faithful ally
 * of Western imperialism": one passage calling the same thing by several predicates. "What was tsarism?"
 * has each of them as a right answer, so a card giving one is marked wrong for another. The predicates are
 * gathered into one answer, quoted from the first to the last, when each is short; otherwise the passage
 * gives no definition card.
 */
function gatherDefinitions(doc: IngestedDocument, candidates: Candidate[]): void {
	const copula = (c: Candidate) =>
		(c.form === 'definition' || c.form === 'position') &&
		/^(?:is|are|was|were)$/.test(c.link ?? '') &&
		!!c.predicate;
	const groups = new Map<string, Candidate[]>();
	for (const c of candidates) {
		// "To be more exact, Leninism is …": a refined definition has a question of its own.
		if (!copula(c) || c.qualifier) continue;
		const key = [
			c.author,
			c.quotedBy ?? '',
			c.sentence.sectionIndex,
			tokens(c.topic)
				.filter((w) => w !== 'the')
				.join(' ')
		].join('|');
		groups.set(key, [...(groups.get(key) ?? []), c]);
	}
	for (const group of groups.values()) {
		group.sort((a, b) => a.sentence.start - b.sentence.start);
		const passages: Candidate[][] = [];
		for (const c of group) {
			const last = passages[passages.length - 1];
			if (last && c.sentence.start - last[last.length - 1].sentence.end <= PASSAGE_GAP) last.push(c);
			else passages.push([c]);
		}
		for (const passage of passages) {
			const short = [...new Set(passage.map((c) => shortItem(c.predicate ?? '')))];
			if (short.length < 2) continue;
			for (const c of passage) candidates.splice(candidates.indexOf(c), 1);
			if (short.length > GATHERED || short.some((t) => wordCount(t) > ITEM_WORDS)) continue;
			const first = passage[0];
			const last = passage.reduce((a, b) => (b.sentence.end > a.sentence.end ? b : a));
			const sentence = spanningSentence(doc, first.sentence, last.sentence);
			const predicate = short.join('; ');
			candidates.push({
				...first,
				sentence,
				form: 'definition',
				claim: predicate,
				predicate,
				qualifier: undefined,
				emphasis: passage.some((c) => c.emphasis)
			});
		}
	}
}

const VERDICTS = String.raw`reactionary|progressive|false|untenable|wrong|mistaken|erroneous|harmful|dangerous|utopian|absurd|groundless|unscientific|pernicious|correct|sound|justified|unjustified`;
const RESPECTS = String.raw`scientifically|theoretically|politically|historically|morally|economically|practically|logically`;
/** "Absolutely untenable scientifically, the idea that the Jews form a separate nation is reactionary politically." */
const IDEA_JUDGED = new RegExp(
	String.raw`^(?:(?<fronted>(?:(?:absolutely|utterly|wholly|entirely|quite)\s)?(?:${VERDICTS})\s(?:${RESPECTS})),\s)?(?<idea>the\s(?:idea|theory|notion|view|doctrine|belief|claim|assertion|conception|slogan)\s(?:that|of)\s[^,;“”"]{3,80}?)\s(?:is|was)\s(?<verdict>(?:(?:absolutely|utterly|wholly|entirely|definitely|essentially|thoroughly|quite)\s)?(?:${VERDICTS})(?:\s(?:and|but)\s(?:(?:absolutely|utterly|essentially|definitely)\s)?(?:${VERDICTS}))?(?:\s(?:${RESPECTS}))?)[.!]?$`,
	'iu'
);

/**
 * An author's verdict on an idea ("the idea that the Jews form a separate nation is reactionary
 * politically"): asked as how the author judged that idea, the verdict as written.
 */
function ideaVerdictCandidate(
	doc: IngestedDocument,
	sentence: Sentence,
	index: number,
	text: string
): Candidate | undefined {
	const m = IDEA_JUDGED.exec(text.replace(/[“”"]/g, ''))?.groups;
	if (!m) return undefined;
	const attribution = attributionFor(doc, sentence);
	if (!attribution.author || isEditorial(doc, sentence)) return undefined;
	const verdict = m.fronted ? `${m.fronted.toLowerCase()} and ${m.verdict}` : m.verdict;
	const idea = m.idea.trim();
	return {
		sentence,
		index,
		form: 'ascribed',
		author: attribution.author,
		work: attribution.work,
		year: attribution.year,
		topic: idea,
		claim: `${attribution.author} judged ${idea} as ${verdict}`,
		predicate: `as ${verdict}`,
		verb: 'judge',
		emphasis: true
	};
}

/** "We see no way of introducing socialist farming other than through a series of comradely agreements …". */
const NO_WAY =
	/^(?:(?:we|I)\s(?:can\s)?(?:see|know|have)\sno\s(?:other\s)?(?:way|means|method)|there\sis\sno\s(?:other\s)?(?:way|means|method))\s(?:of|to)\s(?<x>[^,;]{3,80}?)\s(?:other\sthan|except|but)\s(?<y>[^,;]{3,120})/i;

/**
 * "We see no way of introducing socialist farming other than through comradely agreements with the
 * middle peasants": the author names the only way; asked as "what is the only way of introducing …?".
 */
function onlyWayCandidate(
	doc: IngestedDocument,
	sentence: Sentence,
	index: number,
	text: string
): Candidate | undefined {
	const m = NO_WAY.exec(text)?.groups;
	if (!m) return undefined;
	const attribution = attributionFor(doc, sentence);
	if (!attribution.author || isEditorial(doc, sentence)) return undefined;
	const x = m.x.trim();
	const y = m.y.trim().replace(/[.!]+$/, '');
	if (/\b(?:this|that|these|those|it|them|they|he|she|him|her)\b/i.test(`${x} ${y}`)) return undefined;
	const gerund = /^(?:\p{Ll}+ing)\b/u.test(x);
	return {
		sentence,
		index,
		form: 'definition',
		author: attribution.author,
		work: attribution.work,
		year: attribution.year,
		topic: `the only way ${gerund ? 'of' : 'to'} ${x}`,
		claim: `the only way ${gerund ? 'of' : 'to'} ${x} is ${y}`,
		predicate: y,
		link: 'is',
		emphasis: true
	};
}

/** "Trotsky did not play any special role in the October uprising", "Trotsky played an important role in …". */
const ROLE = new RegExp(
	String.raw`^(?:.{0,60}?\bthat\s)?(?<who>${NAME})\s(?:(?<neg>did\snot\splay\s(?:any|a)|never\splayed\s(?:any|a))|played\s(?<art>a|an|the|no))\s(?<kind>(?:[\p{Ll}-]+\s){0,2})(?:role|part)\sin\s(?<what>[^,;.]+)`,
	'u'
);

/**
 * An author's judgement of the part someone played ("I must say, however, that Trotsky did not play any
 * special role in the October uprising"): asked as the role, with the author's words as the answer.
 */
function roleCandidate(
	doc: IngestedDocument,
	sentence: Sentence,
	index: number,
	text: string,
	people: PersonIndex
): Candidate | undefined {
	const m = ROLE.exec(text)?.groups;
	if (!m || !isName(m.who, people)) return undefined;
	const attribution = attributionFor(doc, sentence);
	if (!attribution.author || isEditorial(doc, sentence) || surname(attribution.author) === surname(m.who))
		return undefined;
	const what = m.what.trim();
	if (wordCount(what) > 8 || /\b(?:this|that|these|those|it|them)\b/i.test(what)) return undefined;
	const kind = m.kind.trim();
	const role = m.neg ? `no ${kind ? `${kind} ` : ''}role` : `${m.art} ${kind ? `${kind} ` : ''}role`;
	return {
		sentence,
		index,
		form: 'definition',
		author: attribution.author,
		work: attribution.work,
		year: attribution.year,
		topic: `the role ${m.who} played in ${what}`,
		claim: `${m.who} ${m.neg ? 'did not play any' : `played ${m.art}`} ${kind ? `${kind} ` : ''}role in ${what}`,
		predicate: role,
		link: 'was',
		emphasis: false
	};
}

/** "…, and I am not sure whether he will always be capable of using that authority with sufficient caution." */
const DOUBT =
	/^(?<pre>.*?)(?:,?\s(?:and|but)\s|^)(?:I|we)\s(?:am|are|was|were)\snot\s(?:at\sall\s|quite\s)?(?:sure|certain|convinced)\s(?<conj>whether|that|if)\s(?<what>[^;:]+?)[.!]?$/;

/**
 * The author's doubt about a person is a judgement a student is examined on ("Lenin was not sure whether
 * Stalin would use his authority with caution"): asked as what the author doubted about that person.
 */
function doubtCandidate(
	doc: IngestedDocument,
	sentence: Sentence,
	index: number,
	text: string,
	people: PersonIndex,
	lastSubject: string | undefined
): Candidate | undefined {
	const m = DOUBT.exec(text)?.groups;
	if (!m) return undefined;
	const attribution = attributionFor(doc, sentence);
	if (!attribution.author || isEditorial(doc, sentence)) return undefined;
	const subject = /^(?<who>he|she|\p{Lu}[\p{L}-]+)\s(?<rest>.+)$/u.exec(m.what)?.groups;
	if (!subject) return undefined;
	let who: string | undefined;
	if (/^(?:he|she)$/.test(subject.who)) {
		const named = findPersonNames(m.pre, people)[0]?.name;
		who = named ? surname(named.replace(/^Comrade\s/, '')) : lastSubject;
	} else if (isName(subject.who, people)) who = subject.who;
	if (!who || surname(who) === surname(attribution.author)) return undefined;
	// "…has unlimited authority …, and I am not sure whether he will … use that authority": the
	// demonstrative points back into the same sentence; the person's own authority is meant.
	const possessive = subject.who === 'she' ? 'her' : 'his';
	const rest = subject.rest.replace(/\bthat\s(\p{Ll}+)\b/gu, (phrase, noun: string) =>
		new RegExp(`\\b${noun}\\b`).test(m.pre) && /^(?:he|she)$/.test(subject.who)
			? `${possessive} ${noun}`
			: phrase
	);
	const what = `${who} ${rest}`;
	if (LEANING_PRONOUN.test(what) || wordCount(what) > 25) return undefined;
	const conj = m.conj === 'if' ? 'whether' : m.conj;
	return {
		sentence,
		index,
		form: 'ascribed',
		author: attribution.author,
		work: attribution.work,
		year: attribution.year,
		topic: who,
		claim: `${attribution.author} was not sure ${conj} ${what}`,
		predicate: `${conj} ${what}`,
		verb: 'doubt',
		emphasis: false
	};
}

/**
 * The answer to "why is X needed?" or "from what premise does X proceed?", whole on its own: "In order
 * that the proletariat could expropriate …" (not "So that with its help …"), "The premise that society …".
 */
function reasonAnswer(pred: string, link: string): string {
	const premise = /\bfrom\sthe\s(\p{L}+)$/u.exec(link);
	if (premise) return `the ${premise[1]} ${pred}`;
	return pred
		.replace(/^so\sthat\s(?:with|by)\s(?:its|their)\s(?:help|aid|means),?\s/i, 'so that ')
		.replace(/^so\sthat\b/i, 'in order that');
}

function copulaCandidate(
	doc: IngestedDocument,
	sentence: Sentence,
	index: number,
	text: string,
	terms: Map<string, number>,
	people: PersonIndex,
	voice?: Attribution,
	lastSubject?: string,
	options: { enumerated?: boolean } = {}
): Candidate | undefined {
	const attribution = voice?.author
		? { author: voice.author, year: voice.year }
		: attributionFor(doc, sentence);
	if (!attribution.author || isEditorial(doc, sentence)) return undefined;
	if (/[“"]/.test(text.slice(0, 2)) || /\?$/.test(text)) return undefined;
	if (OPPONENT_VIEW.test(text)) return undefined;
	let claim = cleanClaim(text).replace(/[.!]+$/, '');
	let qualifier: string | undefined;
	// "To be more exact, Leninism is …": the opener trim took the hedge away; read it off the sentence.
	const lead = HEDGE_LEAD.exec(claim) ?? HEDGE_LEAD.exec(sentence.text.replace(/^[\s“”"]+/, ''));
	if (lead?.groups) {
		const rest = cleanClaim(lead.input.slice(lead[0].length));
		if (lead.input === claim) claim = claim.slice(lead[0].length);
		if (rest.slice(0, 24) === claim.slice(0, 24)) qualifier = lead.groups.hedge.toLowerCase();
	}
	// "Leninism is, to be more exact, …", "Social-Democracy is objectively …": the hedge sits after the verb.
	const inner = HEDGE_AFTER_LINK.exec(claim);
	const asWritten = claim;
	if (inner?.groups && !qualifier) {
		qualifier = (inner.groups.hedge ?? inner.groups.commaHedge).toLowerCase();
		claim = `${inner.groups.head} ${claim.slice(inner[0].length)}`;
	}
	claim = claim.replace(SUBJECT_APPOSITION, '$1 ');
	// "…such members of the C.C. as Stalin and Trotsky. I think relations between them make up …": "them"
	// in the subject is the pair the sentence before named.
	if (/^[^,;:]{0,40}\b(?:them|they)\b/.test(claim) && !/^they\b/i.test(claim)) {
		const before = doc.sentences[index - 1];
		const pair =
			before?.paragraphIndex === sentence.paragraphIndex || before?.sectionIndex === sentence.sectionIndex
				? [...before.text.matchAll(new RegExp(String.raw`(${NAME})\sand\s(${NAME})`, 'gu'))].pop()
				: undefined;
		if (pair && isName(pair[1], people) && isName(pair[2], people))
			claim = claim.replace(/\b(?:them|they)\b/, `${surname(pair[1])} and ${surname(pair[2])}`);
	}
	// "He is personally perhaps the most capable man…" right after "Comrade Trotsky …": name him.
	const pronoun = /^(?:He|She)\s(?=is\s|was\s)/.exec(claim);
	if (pronoun && lastSubject && surname(lastSubject) !== surname(attribution.author ?? ''))
		claim = `${lastSubject} ${claim.slice(pronoun[0].length)}`;
	// "Comrade Stalin, having become Secretary-General, has …": the apposition is not the claim.
	claim = claim.replace(APPOSITION_AFTER_NAME, '$1 ');
	const emphasis = EMPHASIS.test(claim);
	// A judgement of a person may say what they have or have done ("Stalin has unlimited authority
	// concentrated in his hands"), not only what they are.
	const possession = PERSON_HAS.exec(claim);
	// A cheap test for the words each pattern needs saves running its backtracking topic on every claim.
	const reason =
		(MAY_PURPOSE.test(claim) ? PURPOSE.exec(claim) : null) ??
		(MAY_PREMISE.test(claim) ? PREMISE.exec(claim) : null);
	const m =
		reason ??
		COPULA.exec(claim) ??
		(MAY_MODAL.test(claim) ? MODAL.exec(claim) : null) ??
		(possession?.groups && isName(possession.groups.topic.replace(/^Comrade\s/, ''), people)
			? possession
			: null);
	if (!m?.groups) return undefined;
	const { topic, link } = m.groups;
	// A quotation the source shortened ("…community of culture… Only…"): keep the part before the cut.
	// "…is a great step towards socialism, but it is still…": the second clause leans on the first.
	let pred = m.groups.pred
		.split(/\s*(?:…|\.\.\.)\s*|;\s+|,\s(?:but|and|yet)\s(?:it|this|they|he|she|its|their|his|her|I|we)\b/)[0]
		.trim();
	// "…means that A, that B, that C": the first that-clause is the meaning.
	if (/^that\s/i.test(pred)) pred = pred.split(/,\s(?=that\s)/)[0];
	// "…in the short period of the flow or ebb of the movement, of the rise or decline of the
	// revolution": a restatement in parallel ("of …, of …") adds words, not meaning.
	if (wordCount(pred) > 20) {
		const parallel = [...pred.matchAll(/,\s(?=(?:of|in|for|on|with|by)\s(?:the|a|an)\s)/g)]
			.map((c) => c.index ?? 0)
			.find((at) => wordCount(pred.slice(0, at)) >= 8);
		if (parallel !== undefined) pred = pred.slice(0, parallel);
	}
	// "…so that the proletariat could expropriate the bourgeoisie, confiscate the land, forests, …": the
	// first of a purpose's listed aims answers why.
	if (reason && wordCount(pred) > 14) {
		const comma = [...pred.matchAll(/,\s/g)]
			.map((c) => c.index ?? 0)
			.find((at) => wordCount(pred.slice(0, at)) >= 6);
		if (comma !== undefined) pred = pred.slice(0, comma);
	}
	// "Strategy is the determination of …, the elaboration of …, the fight for …": a long definition
	// piles up appositions; its first one is the definition a student learns.
	if (wordCount(pred) > 25) {
		// Cut only where an apposition or a participle clause starts, never inside a list
		// ("community of language, territory, economic life and …").
		const commas = [
			...pred.matchAll(/,\s(?=(?:the|a|an|its|his|her|their|which|who|not|but|\p{L}+ing)\s)/gu)
		].map((c) => c.index ?? 0);
		const cut = commas.find((at) => wordCount(pred.slice(0, at)) >= 4);
		if (cut === undefined) return undefined;
		// "…is the instrument of the proletarian revolution, its organ, its most important mainstay, brought
		// into being …": short re-namings ("its organ") are the same definition said again; cut after them,
		// or the answer is one of several names the sentence gives.
		const renamed =
			/^(?:,\s(?:its|his|her|their)\s(?:[\p{L}’'-]+\s?){1,4}(?=,|$))+/u.exec(pred.slice(cut))?.[0] ?? '';
		pred = pred.slice(0, cut + renamed.length).trim();
	}
	// The claim a cloze shows is the part kept, not the clauses cut away.
	if (pred !== m.groups.pred.trim()) claim = `${topic} ${link} ${pred}`;
	const first = topic.split(/\s/)[0];
	if (TOPIC_BAD_FIRST.test(first) || TOPIC_BAD_WORD.test(topic)) return undefined;
	// "Noteworthy is the increase of…": an inverted sentence has an adjective where the topic should be.
	if (/^\p{L}+(?:worthy|able|ible|ful|ous|ive|ic)$/iu.test(topic)) return undefined;
	if (topic.split(/\s/).length > 10 || /[,;:()"“”'‘]/.test(topic) || /["“”‘]$|'$/.test(pred))
		return undefined;
	if (
		/^(?:[A-Z][a-z]+)$/.test(topic) &&
		NAME_STOP.has(topic) === false &&
		/^[A-Z]/.test(topic) &&
		topic.length < 3
	)
		return undefined;
	const modal = /^(?:must|cannot)$/.test(link);
	if (modal) {
		// A modal claim is a thesis only about one of the work's own terms, or when it is emphasised.
		if (!emphasis && !tokens(topic).some((w) => (terms.get(w) ?? 0) >= 6)) return undefined;
		return {
			sentence,
			index,
			form: 'position',
			author: attribution.author,
			work: attribution.work,
			year: attribution.year,
			topic,
			claim,
			link,
			emphasis
		};
	}
	// "Stalin is too rude…" in Lenin's letter: the author's judgement of a person, asked as such.
	const judged = topic.replace(/^Comrade\s/, '');
	// A long judgement keeps its first clause ("Bukharin is not only a most valuable … theorist …").
	// "Bukharin is not only a most valuable … theorist …; he is also …, but his theoretical views …": a
	// two-sided judgement keeps its praise and its reservation, even when the middle must go.
	const twoSided =
		/^not\sonly\s(?<a>[^;,]+?)[;,]\s(?:he|she|it|they)\s(?:is|are|was|were)\salso\s(?<b>[^,;]+?),\sbut\s(?<c>[^;(]+?)(?:,\s(?:for|because|since|as)\s.*|\s\(.*)?[.!]?$/i.exec(
			m.groups.pred.trim()
		)?.groups;
	const bothHalves = twoSided
		? [
				`${topic} ${link} ${twoSided.a} and ${twoSided.b}, but ${twoSided.c}`,
				`${topic} ${link} ${twoSided.a}, but ${twoSided.c}`
			].find((j) => wordCount(j) <= 30)
		: undefined;
	const judgement =
		bothHalves ?? (qualifier ? asWritten : wordCount(claim) <= 30 ? claim : `${topic} ${link} ${pred}`);
	if (
		FULL_NAME.test(judged) &&
		// "…the very antithesis of such leaders": the comparison lives in the sentence before.
		!/\b(?:such|former|latter|above)\b/i.test(pred) &&
		// A judgement, not a narrated event ("Trotsky is summoned from the Southern Front").
		// After "has", a participle is an event ("has returned"), an "un-…ed" adjective is not ("unlimited").
		!/^(?:not\s)?(?:(?!un)\p{L}+ed|\p{L}+en|\p{L}+ing|approaching|going|coming|born)\b/u.test(pred) &&
		(!/^ha[sd]$/.test(link) || !/^(?:been|become|returned|gone|come|left)\b/.test(pred)) &&
		// "Stalin was with V. Ilyich within 5 minutes": where someone was is a narrated scene, not a judgement.
		!/^(?:with|in|at|on|from|to|into|under|within|by|among|near|inside|outside|back|there|here)\b/.test(
			pred
		) &&
		!/\b(?:that|whether|because|if)\b/i.test(pred) &&
		isName(judged, people) &&
		surname(judged) !== surname(attribution.author) &&
		wordCount(judgement) <= 30
	) {
		return {
			sentence,
			index,
			form: 'position',
			author: attribution.author,
			work: attribution.work,
			year: attribution.year,
			topic: judged,
			claim: judgement,
			predicate: judgement,
			link: 'about',
			emphasis: false
		};
	}
	// "Co-existence is the only alternative to destruction": a superlative names the one thing that fills a
	// role; asked the other way round ("what is the only alternative to destruction?") it has one answer.
	if (
		/^(?:is|are|was|were)$/.test(link) &&
		/^the\s(?:only|sole|surest|truest|best|greatest)\s(?:and\s\p{Ll}+\s)?[\p{L}\s'’-]{3,60}$/u.test(pred) &&
		wordCount(topic) <= 5 &&
		!/\b(?:this|these|those|he|him|his|she|her|they|them|it|its|we|our|us|which|who|that)\b/i.test(pred)
	)
		return {
			sentence,
			index,
			form: 'definition',
			author: attribution.author,
			work: attribution.work,
			year: attribution.year,
			topic: pred,
			claim,
			predicate: topic,
			link,
			emphasis: false
		};
	const meaning = /^(?:means|signifies|implies)$/.test(link) && /^that\s/i.test(pred);
	const contrast = CONTRAST.test(pred);
	// A purpose ("so that …") or a premise ("that …") is a clause, not a noun phrase: it is the answer as it stands.
	const clause = meaning || contrast || !!reason;
	if (!clause && VAGUE_PREDICATE.test(pred)) return undefined;
	// "…distrust of the leaders of Bolshevism, an attempt to discredit, to defame them": an apposition that
	// leans on a pronoun restates; the definition before it stands alone.
	const leaning = /\b(?:this|these|those|he|him|his|she|her|they|them|it)\b/i.exec(pred);
	if (leaning) {
		const cut = [...pred.slice(0, leaning.index).matchAll(/,\s(?=(?:a|an|the)\s)/g)]
			.map((c) => c.index ?? 0)
			.filter((at) => wordCount(pred.slice(0, at)) >= 4)
			.pop();
		if (cut !== undefined) {
			pred = pred.slice(0, cut);
			claim = `${topic} ${link} ${pred}`;
		}
	}
	// A predicate leaning on earlier text ("an indication of this") or quoting others is no thesis.
	if (/\b(?:this|these|those|he|him|his|she|her|they|them|it)\b/i.test(pred)) return undefined;
	if ((pred.match(/[“"]/g) ?? []).length >= 3) return undefined;
	if (genericTopic(topic)) return undefined;
	// "Four forms of violence were possible": a count of options announces a list, it claims nothing.
	const position =
		POSITION_PREDICATE.test(pred) &&
		!(/^(?:two|three|four|five|six|seven|several|many|\d+)\s/i.test(topic) && /^possible\b/i.test(pred));
	// "Our main task … is to ensure an indestructible alliance…": an aim stated as an infinitive.
	const aim =
		/\b(?:task|tasks|aim|goal|purpose|duty|object|objective|mission|job)\b/i.test(topic) &&
		/^to\s\p{Ll}/u.test(pred);
	if (aim) {
		if (/\b(?:this|these|those|he|him|his|she|her|they|them|it)\b/i.test(pred)) return undefined;
		return {
			sentence,
			index,
			form: 'definition',
			author: attribution.author,
			work: attribution.work,
			year: attribution.year,
			topic,
			claim,
			predicate: pred,
			link,
			qualifier,
			emphasis: true
		};
	}
	// "Terror is nothing other than justice…": a definition by identity.
	const nominal =
		/^(?:a|an|the)\s/i.test(pred) ||
		/^\p{Lu}/u.test(pred) ||
		/^nothing\s(?:other\s|else\s)?(?:than|but)\s/i.test(pred) ||
		// "The right of self-determination means that only the nation itself…": what a term means.
		clause ||
		// "Secondly. Trotskyism is distrust of the Bolshevik Party principle": a listed feature is a bare noun.
		(options.enumerated === true &&
			/^\p{Ll}[\p{L}-]+\s(?:of|in|for|towards|to|with|on|against)\s/u.test(pred));
	if (!position && !nominal) return undefined;
	// A definition defines a term, not a person or an event: the topic is short and not a lone name.
	const isLoneName = FULL_NAME.test(topic) && isName(topic, people);
	if (isLoneName) return undefined;
	const form: ThesisForm = !position && topic.split(/\s/).length <= 6 ? 'definition' : 'position';
	return {
		sentence,
		index,
		form,
		author: attribution.author,
		work: attribution.work,
		year: attribution.year,
		topic,
		claim,
		predicate: reason ? reasonAnswer(pred, link) : pred.replace(/^that\s+/i, ''),
		link,
		qualifier,
		emphasis
	};
}

const GENERIC_NOUNS = new Set(
	`thing things point points question questions aspect aspects matter matters fact facts case cases result results task tasks following situation picture difference reason reasons trouble error errors mistake mistakes defect feature features contradiction step development developments one ones way ways side sides part parts thesis theses conclusion conclusions item items answer example examples first second third fourth fifth last latter former rest other others whole reply object`.split(
		/\s+/
	)
);
const ORDINAL = /\b(?:first|second|third|fourth|fifth|sixth|last|latter|former|next|following)\b/i;

/** "the important thing", "the first contradiction": a topic with no content of its own needs its context. */
function genericTopic(topic: string): boolean {
	const words = tokens(topic).filter(
		(w) =>
			!STOP.has(w) &&
			!/^(?:important|main|chief|principal|basic|fundamental|new|old|great|whole|present|real|true|general|specific|immediate|urgent|next|current|first|primary|major|minor|special|particular)$/.test(
				w
			)
	);
	if (words.length === 0) return true;
	if (ORDINAL.test(topic) && !/\sof\s/.test(topic) && !/['’]s\s/.test(topic)) return true;
	return words.every((w) => GENERIC_NOUNS.has(w)) && !/\sof\s/.test(topic);
}

/** "Theory" at a sentence start is "theory" inside a question, unless the document always capitalises it. */
function naturalCase(topic: string, clean: string): string {
	const first = topic.split(/\s/)[0];
	if (!/^\p{Lu}\p{Ll}+$/u.test(first)) return topic;
	const lower = first.toLowerCase();
	// "Passive resistance": a sentence-initial capital before lower-case words is not a name.
	const rest = topic.slice(first.length).trim();
	const sentenceCase = rest.length > 0 && !/\p{Lu}/u.test(rest);
	if (lower === 'the' || lower === 'a' || lower === 'an' || sentenceCase || clean.includes(` ${lower} `))
		return lower + topic.slice(first.length);
	return topic;
}

/**
 * The gap of a cloze: one of the concepts the work itself defines ("Leninism", "the dictatorship of
 * the proletariat", "Trotskyism") appearing in the claim — a cloze then tests the work's vocabulary,
 * not a random noun phrase ("world market").
 */
function bestKeyPhrase(
	claim: string,
	topic: string,
	terms: Map<string, number>,
	defined: Set<string>
): string | undefined {
	const words = tokens(claim);
	const topicKey = tokens(topic).join(' ');
	let best: string | undefined;
	let bestScore = 0;
	for (let i = 0; i < words.length; i++) {
		let term = '';
		for (let n = 0; n < 4 && i + n < words.length; n++) {
			term = n === 0 ? words[i] : `${term} ${words[i + n]}`;
			const score = terms.get(term) ?? (defined.has(term) ? 1 : 0);
			if (!defined.has(term)) continue;
			if (!score || score <= bestScore || topicKey.includes(term) || term.includes(topicKey)) continue;
			// A lone word makes a good gap only when it is a term of art ("Leninism", "proletariat").
			if (n === 0 && !/(?:ism|ist|ists|ariat|ation|acy|ship|ocracy|archy)$/.test(term)) continue;
			best = term;
			bestScore = score;
		}
	}
	if (!best) return undefined;
	// Recover the original casing from the claim.
	const at = claim.toLowerCase().replace(/[’]/g, "'").indexOf(best);
	return at >= 0 ? claim.slice(at, at + best.length) : undefined;
}

// ---------------------------------------------------------------- quoted words

const SAYING = String.raw`(?:says|said|writes|wrote|declares|declared|points\sout|pointed\sout|puts\sit|put\sit|states|stated|observes|observed|remarks|remarked|insists|insisted|emphasises|emphasised|emphasizes|emphasized|stresses|stressed|teaches|taught|tells\sus|told\sus)`;
const quotedName = (group: string) => String.raw`(?:Comrade\s)?(?<${group}>${NAME}(?:\sand\s${NAME})?)`;
/** "Lenin said: “", "as Lenin put it, “", "In the words of Lenin, “", "according to Lenin, “". */
const INTRODUCED_BY = new RegExp(
	String.raw`(?:${quotedName('name')}\s(?:\w+\s){0,2}?${SAYING}|(?:[Aa]ccording\sto|[Ii]n\sthe\swords\sof)\s${quotedName('other')})[^.!?“”"]{0,60}[:,]?\s*$`,
	'u'
);
/** “…,” says Lenin, “…” — the speaker named where the quotation is interrupted. */
const INTERRUPTED_BY = new RegExp(
	String.raw`^\s*,?\s*(?:${SAYING}\s${quotedName('name')}|${quotedName('other')}\s${SAYING})\s*[,:]?\s*[“"]`,
	'u'
);
/** “…,” said Lenin. — the speaker named right after the quotation. */
const SAID_AFTER = new RegExp(
	String.raw`^\s*,?\s*(?:${SAYING}\s${quotedName('name')}|${quotedName('other')}\s${SAYING})\s*[.;]`,
	'u'
);
/** “…” (Lenin.) — the speaker named in brackets after the quotation. */
const SIGNED_BY = new RegExp(String.raw`^\s*[.,]?\s*\(\s*(?:see\s)?${quotedName('name')}[.,)]`, 'u');
const CITATION_WORDS = /^(?:Vol|Vols|Ibid|Idem|Works|Op|Cf|See|Page|Pp)$/;
/** “…” (see Vol. XXV, p. 190) — a citation of another text without the speaker's name. */
const CITATION_AFTER =
	/^\s*[.,]?\s*\((?:see\s|cf\.\s)?(?:Vol\.|vol\.|Works|Collected|Selected|p\.|pp\.|[IVXL]+,|\d)/;

/**
 * Whose words a sentence is when it sits inside a quotation the passage's author cites: the named
 * speaker; null when the words are quoted but the speaker cannot be told; undefined when the sentence
 * is the author's own. Only a quotation that holds whole sentences counts, so a phrase in quotes
 * ("the so-called “permanent revolution”") leaves the sentence with its author.
 */
function quotedSpeaker(doc: IngestedDocument, index: number, people: PersonIndex): string | null | undefined {
	const sentence = doc.sentences[index];
	let first = index;
	while (first > 0 && doc.sentences[first - 1].paragraphIndex === sentence.paragraphIndex) first--;
	let last = index;
	while (
		last + 1 < doc.sentences.length &&
		doc.sentences[last + 1].paragraphIndex === sentence.paragraphIndex
	)
		last++;
	const text = doc.clean;
	const paraStart = doc.sentences[first].cleanStart;
	const paraEnd = doc.sentences[last].cleanEnd;
	// The paragraph's quotations as [open, close] spans; a straight quote opens or closes by turns.
	const spans: [number, number][] = [];
	let openAt = -1;
	for (let i = paraStart; i < paraEnd; i++) {
		const ch = text[i];
		if (openAt < 0 && (ch === '“' || ch === '"')) openAt = i;
		else if (openAt >= 0 && (ch === '”' || ch === '"')) {
			spans.push([openAt, i]);
			openAt = -1;
		}
	}
	if (openAt >= 0) spans.push([openAt, paraEnd]);
	let k = spans.findIndex(([o, c]) => o <= sentence.cleanStart && c > sentence.cleanStart);
	if (k < 0) return undefined;
	// “…,” says Lenin, “…”: one quotation interrupted by its speaker's name.
	const gap = (a: number) => text.slice(spans[a][1] + 1, spans[a + 1]?.[0] ?? spans[a][1] + 1);
	const interruption = (g: string) => /^\s*,?\s*[^“”".!?]{0,60}$/.test(g) && g.trim() !== '';
	let chainStart = k;
	while (chainStart > 0 && interruption(gap(chainStart - 1))) chainStart--;
	while (k + 1 < spans.length && spans[k][1] < sentence.cleanEnd - 2 && interruption(gap(k))) k++;
	const chainEnd = k;
	// The quotation must run to the end of the sentence: a quote closed mid-sentence is a phrase.
	const close = spans[chainEnd][1];
	if (
		close < sentence.cleanEnd - 2 &&
		!/^[\s.,;!?]*(?:\(.*)?$/.test(text.slice(close + 1, sentence.cleanEnd))
	)
		return undefined;
	const speakerOf = (m: RegExpExecArray | null): string | undefined => {
		// "As Lenin put it": the regex's name may take in the capitalised word that opens the sentence.
		const name = (m?.groups?.name ?? m?.groups?.other)?.replace(
			/^(\p{Lu}\p{Ll}+)\s(?=\p{Lu})/u,
			(w, word: string) => (NAME_STOP.has(word) ? '' : w)
		);
		// The saying verb vouches for the name; only words that are never a person's are refused.
		const surnamePart = name ? surname(name) : '';
		return name &&
			(isName(name, people) || (!NAME_STOP.has(surnamePart) && !CITATION_WORDS.test(surnamePart)))
			? name
			: undefined;
	};
	// The introducer before the quotation, in this sentence or the one before ("He wrote:" at a paragraph end).
	const open = spans[chainStart][0];
	const before = text.slice(Math.max(0, open - 200), open);
	const introduced = speakerOf(INTRODUCED_BY.exec(before));
	if (introduced) return introduced;
	for (let a = chainStart; a < chainEnd; a++) {
		const named = speakerOf(INTERRUPTED_BY.exec(`${gap(a)}"`));
		if (named) return named;
	}
	const after = text.slice(close + 1, close + 120);
	if (CITATION_AFTER.test(after)) return null;
	const signed = speakerOf(SIGNED_BY.exec(after)) ?? speakerOf(SAID_AFTER.exec(after));
	if (signed) return signed;
	// Quoted words after a colon, or under a citation, are someone else's, though the passage does not say whose.
	return /:\s*$/.test(before) ? null : undefined;
}

export function extractTheses(doc: IngestedDocument): ThesisFact[] {
	const terms = keyTerms(doc);
	const people = freshPersonIndex(doc);
	recordBiographicalNames(doc, people);
	const titleWords = new Set<string>();
	for (const section of doc.sections)
		for (const w of tokens(section.title ?? '')) if (!STOP.has(w)) titleWords.add(w);
	for (const w of tokens(doc.attribution.work ?? '')) if (!STOP.has(w)) titleWords.add(w);

	inferredVoices.set(doc, inferSectionVoices(doc, people));
	const letters = letterVoices(doc);
	// A piece of a speaker's volume whose heading sits inside the page before it: its own title and year.
	const speaker = doc.attribution.author ? undefined : volumeSpeaker(doc);
	const inline = speaker ? inlinePieces(doc) : [];
	if (speaker && inline.length)
		for (const sentence of doc.sentences) {
			const piece = pieceOf(doc, sentence);
			if (piece && inline.includes(piece))
				letters.set(sentence, {
					author: speaker,
					work: piece.title,
					year: Number(piece.dateline.date.start.iso.slice(0, 4))
				});
		}
	letterVoiceOf.set(doc, letters);
	const candidates: Candidate[] = [];
	let lastSubject: string | undefined;
	// A paragraph that opens with a quotation speaks in the voice of whoever introduced it ("he wrote:").
	let introducer: Attribution | undefined;
	let voice: Attribution | undefined;
	let quotedParagraph = false;
	let quotesInSection = 0;
	let quoteSection = -1;
	let lastParagraph = -1;
	let sectionSentence = 0;
	let lastSection = -1;
	let enumeration: Enumeration | undefined;
	let pendingOrdinal: string | undefined;
	const positionInSection: number[] = [];
	doc.sentences.forEach((sentence, index) => {
		if (sentence.sectionIndex !== lastSection) {
			lastSection = sentence.sectionIndex;
			sectionSentence = 0;
			lastSubject = undefined;
			introducer = undefined;
			voice = undefined;
			enumeration = undefined;
			pendingOrdinal = undefined;
		}
		const newParagraph = sentence.paragraphIndex !== lastParagraph;
		if (newParagraph) {
			const quoted = /^\s*[“”"]/.test(sentence.text);
			voice = quoted ? introducer : undefined;
			// A collection's section that opens with a quotation under its author's name ("Nehru on the
			// Death of Gandhi": “…”) quotes that author.
			const sectionAuthor = doc.sections[sentence.sectionIndex]?.attribution.author;
			if (quoted && !voice && sectionSentence === 0 && sectionAuthor)
				voice = { author: sectionAuthor, year: attributionFor(doc, sentence).year };
			quotedParagraph = quoted && !!voice;
			quotesInSection = sentence.sectionIndex === quoteSection ? quotesInSection : 0;
			quoteSection = sentence.sectionIndex;
		}
		positionInSection[index] = sectionSentence++;
		if (sentence.paragraphIndex !== lastParagraph && !sentence.listItem) lastSubject = undefined;
		lastParagraph = sentence.paragraphIndex;
		const text = cleanClaim(sentence.text);
		const words = text.split(/\s+/).length;
		// "Firstly." on a line of its own numbers the claim that follows it.
		const opener = ORDINAL_OPENER.exec(sentence.text.trim());
		const ordinal = pendingOrdinal ?? (opener?.groups?.word ?? opener?.groups?.place)?.toLowerCase();
		pendingOrdinal =
			opener && opener[0].trim().length >= sentence.text.trim().length - 1 ? ordinal : undefined;
		if (/[:;]\s*$/.test(sentence.text)) {
			const listed = listIntroCandidate(doc, index, people, lastSubject);
			if (listed) candidates.push(listed);
		}
		if (words < 3) return;
		const announced = MAY_ANNOUNCE.test(text) ? ANNOUNCED.exec(text)?.groups : undefined;
		if (announced) {
			const noun = announced.noun ?? announced.noun2 ?? announced.noun3;
			const adj = (announced.adj ?? announced.adj2 ?? announced.adj3 ?? '').toLowerCase();
			const count = /\b(two|three|four|five|six|seven)\b/i.exec(text)?.[1]?.toLowerCase();
			enumeration = {
				subject: announced.subject ?? announced.subject2 ?? announced.subject3,
				noun: `${adj}${noun.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '')}`,
				plural: `${adj}${noun.toLowerCase()}`,
				count: count ? COUNT_WORDS.indexOf(count) : undefined
			};
		}
		// "What are the specific features of this new party? 1) The Party as the advanced detachment …":
		// each numbered heading names one feature.
		const feature = enumeration ? featureCandidate(doc, sentence, index, enumeration) : undefined;
		if (feature) candidates.push(feature);
		if (words > 70) {
			// A long sentence may still end in a claim after its colon (see below).
			const tail = /:\s+[“"]?\s*(?=\p{Lu})(.+)$/u.exec(text)?.[1];
			if (tail && wordCount(tail) >= 4 && wordCount(tail) <= 70) {
				const t = copulaCandidate(doc, sentence, index, tail, terms, people, voice, lastSubject);
				if (t) candidates.push(t);
			}
			// "Bourgeois constitutions proceed from the premise that …; that …; that …": its first clause
			// holds the claim.
			const head = text.replace(/^[“”"]\s*/, '').split(/;\s/)[0];
			if (!tail && wordCount(head) >= 4 && wordCount(head) <= 70) {
				const t = copulaCandidate(doc, sentence, index, head, terms, people, voice, lastSubject);
				if (t) candidates.push(t);
			}
			return;
		}
		candidates.push(...ascribedCandidates(doc, sentence, index, text, lastSubject, people));
		const subjectKey = sentenceSubject(text, people, { he: lastSubject, she: lastSubject });
		if (subjectKey) lastSubject = displayName(subjectKey, people);
		const inlineQuote = /:\s*>?\s*[“”"]/.test(sentence.text);
		if (!voice && (/:\s*$/.test(sentence.text) || inlineQuote)) {
			// "he wrote:" after a paragraph break: in a biography "he" is the person the document is about.
			const main = /\b(?:he|she)\b/i.test(sentence.text) ? mainPerson(people) : undefined;
			const opener = /^\p{Lu}[\p{Ll}\u00C0-\u017F]+/u.exec(sentence.text)?.[0];
			const named = opener && biographical.get(people)?.has(opener) ? opener : undefined;
			const speaker = subjectKey ? displayName(subjectKey, people) : (named ?? main ?? introducer?.author);
			const year = /\b(1[6-9]\d\d|20\d\d)\b/.exec(sentence.text)?.[1];
			if (speaker) introducer = { author: speaker, year: year ? Number(year) : undefined };
			// The quotation began inside this sentence: the rest of the paragraph is the speaker's.
			if (speaker && inlineQuote) voice = introducer;
		}
		// List items are fragments unless they read as a full sentence ("a) The theory of … is ….").
		const prose = !sentence.listItem || (/[.!]["”]?$/.test(sentence.text.trim()) && words >= 6);
		if (prose && words >= 4 && words <= 90) {
			const enumerated = !!(ordinal && enumeration);
			const c = copulaCandidate(
				doc,
				sentence,
				index,
				text.replace(/^[“”"]\s*/, '').replace(/\s*[“”"]$/, ''),
				terms,
				people,
				voice,
				lastSubject,
				{ enumerated }
			);
			// "Absolutism is …" after "Absolutism in France had three features": the list's subject, named shorter.
			const sameSubject = (topic: string, subject: string) =>
				` ${tokens(subject).join(' ')} `.startsWith(` ${tokens(topic).join(' ')} `);
			if (c && ordinal && enumeration && sameSubject(c.topic, enumeration.subject)) {
				// "Secondly. Trotskyism is distrust of …" after "Trotskyism possesses three specific features":
				// "what is the second specific feature of Trotskyism?"
				c.topic = `the ${ordinal} ${enumeration.noun} of ${enumeration.subject}`;
				c.form = 'definition';
				c.emphasis = true;
				c.qualifier = undefined;
				c.item = {
					list: enumeration,
					place: ORDINAL_WORDS.indexOf(ordinal) + 1,
					subject: enumeration.subject,
					heading: false
				};
			}
			if (c) candidates.push(c);
			const doubt = doubtCandidate(doc, sentence, index, text, people, lastSubject);
			if (doubt) candidates.push(doubt);
			const attitude = attitudeCandidate(doc, sentence, index, text, people);
			if (attitude) candidates.push(attitude);
			const role = roleCandidate(doc, sentence, index, text, people);
			if (role) candidates.push(role);
			const only = onlyWayCandidate(doc, sentence, index, text);
			if (only) candidates.push(only);
			const verdict = ideaVerdictCandidate(doc, sentence, index, text);
			if (verdict) candidates.push(verdict);
			// "…strengthened me in my opinion that Lenin was the mountain eagle of our Party": the author's
			// own judgement, stated as the content of their opinion or conviction.
			const held = OPINION_THAT.exec(text)?.groups?.what;
			if (!c && held && wordCount(held) >= 4) {
				const t = copulaCandidate(doc, sentence, index, held, terms, people, voice, lastSubject);
				if (t) candidates.push(t);
			}
			// "According to Bismarck, politics is the art of the possible": the claim is the named person's,
			// cited by the passage's author when there is one.
			const cited = ACCORDING_TO.exec(text)?.groups;
			if (!c && cited && isName(cited.who, people) && wordCount(cited.rest) >= 4) {
				const who = surname(cited.who);
				const author = attributionFor(doc, sentence).author;
				const t = copulaCandidate(
					doc,
					sentence,
					index,
					cited.rest,
					terms,
					people,
					{ author: who },
					lastSubject
				);
				if (t) {
					if (author && surname(author) !== who) t.quotedBy = author;
					candidates.push(t);
				}
			}
			// "…the following must be borne in mind about them: Bukharin is not only a most valuable …":
			// the claim follows the colon.
			const tail = /:\s+[“"]?\s*(?=\p{Lu})(.+)$/u.exec(text)?.[1];
			if (!c && tail && wordCount(tail) >= 4) {
				const t = copulaCandidate(doc, sentence, index, tail, terms, people, voice, lastSubject);
				if (t) candidates.push(t);
			}
			// "The national question is purely a peasant question...the best way to eliminate nationality
			// is a massive factory…": a quotation the source shortened joins two claims at the ellipsis.
			if (!c)
				for (const part of text.split(/\s*(?:\.\.\.|…)\s*/).slice(1)) {
					if (wordCount(part) < 4) continue;
					const t = copulaCandidate(doc, sentence, index, part, terms, people, voice, lastSubject);
					if (t) candidates.push(t);
				}
		}
		// "Who said: “The light has gone out of our lives…”?" — a short, whole quoted sentence whose
		// speaker is known; two per section at most, so a speech does not become a quiz of its lines.
		const said = text
			.replace(/^[“”"]\s*/, '')
			.replace(/\s*[“”"]$/, '')
			.replace(/[.!]+$/, '');
		if (
			quotedParagraph &&
			voice?.author &&
			quotesInSection < 2 &&
			wordCount(said) >= 6 &&
			wordCount(said) <= 25 &&
			!/[“”"?]/.test(said) &&
			!/^['‘’]|['‘’]$/.test(said) &&
			!/^(?:this|that|these|those|it|they|he|she|but|and|so|then|here|there|such)\b/i.test(said)
		) {
			quotesInSection++;
			candidates.push({
				sentence,
				index,
				form: 'position',
				author: voice.author,
				year: voice.year,
				topic: voice.author,
				claim: said,
				predicate: said,
				link: 'said',
				emphasis: false
			});
		}
	});

	listsOfItems(doc, candidates);
	gatherDefinitions(doc, candidates);

	const defined = new Set(
		candidates
			.filter((c) => c.form === 'definition')
			.map((c) =>
				tokens(c.topic)
					.filter((w, i) => i > 0 || !/^(?:the|a|an|our)$/.test(w))
					.join(' ')
			)
			.filter(Boolean)
	);
	// How often each topic is the subject of a claim: a work's central terms are defined and restated.
	const topicCounts = new Map<string, number>();
	for (const c of candidates) {
		const key = tokens(c.topic).join(' ');
		topicCounts.set(key, (topicCounts.get(key) ?? 0) + 1);
	}

	const facts: ThesisFact[] = [];
	const seen = new Set<string>();
	for (const own of candidates) {
		let c: Candidate & { quotedBy?: string } = own;
		// Words the author quotes from someone else are that person's, cited by the author; words whose
		// speaker the passage does not name are nobody's a card could cite.
		const quoting = attributionFor(doc, own.sentence);
		if (own.form !== 'ascribed' && quoting.author && surname(own.author) === surname(quoting.author)) {
			const speaker = quotedSpeaker(doc, own.index, people);
			if (speaker === null) continue;
			if (speaker && surname(speaker) !== surname(own.author))
				c = { ...own, author: speaker, quotedBy: own.author, work: quoting.work, year: quoting.year };
		}
		const key = `${c.author}|${c.claim.toLowerCase()}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const topicWords = tokens(c.topic).filter((w) => !STOP.has(w));
		const topicKey = tokens(c.topic).join(' ');
		const inTitle = topicWords.some((w) => titleWords.has(w));
		const termScore = Math.max(0, ...topicWords.map((w) => terms.get(w) ?? 0), terms.get(topicKey) ?? 0);
		const words = c.claim.split(/\s+/).length;
		let importance =
			(c.form === 'definition' ? 0.45 : c.form === 'ascribed' ? 0.5 : 0.3) +
			(inTitle ? 0.2 : 0) +
			Math.min(0.15, termScore / 60) +
			(c.emphasis ? 0.15 : 0) +
			((topicCounts.get(topicKey) ?? 0) > 1 ? 0.05 : 0) +
			(positionInSection[c.index] < 4 ? 0.05 : 0) +
			// A gathered answer ("A; B; C") is as short as its longest item.
			(c.predicate && c.predicate.split(/;\s/).every((p) => p.split(/\s+/).length <= 15) ? 0.05 : 0) -
			(words > 35 ? 0.1 : 0) -
			// What a person has ("… has unlimited authority") ranks below what they are ("… is too rude").
			(c.link === 'about' && PERSON_HAS.test(c.claim) && !COPULA.test(c.claim) ? 0.1 : 0);
		importance = Math.max(0, Math.min(1, importance));
		const fact: ThesisFact = {
			kind: 'thesis',
			sentence: c.sentence,
			importance,
			author: c.author,
			form: c.form,
			topic: c.form === 'ascribed' ? c.topic : naturalCase(c.topic, doc.clean),
			claim: c.claim
		};
		if (c.work) fact.work = c.work;
		if (c.quotedBy) fact.quotedBy = c.quotedBy;
		if (c.year) fact.year = c.year;
		if (c.predicate) fact.predicate = c.predicate;
		if (c.link) fact.link = c.link;
		if (c.verb) fact.verb = c.verb;
		if (c.qualifier) fact.qualifier = c.qualifier;
		const keyPhrase = c.form === 'ascribed' ? undefined : bestKeyPhrase(c.claim, c.topic, terms, defined);
		if (keyPhrase) fact.keyPhrase = keyPhrase;
		facts.push(fact);
	}
	return facts.sort((a, b) => b.importance - a.importance || a.sentence.start - b.sentence.start);
}

/** One sentence spanning a run of sentences, for a claim gathered from several (a list, several predicates). */
function spanningSentence(doc: IngestedDocument, first: Sentence, last: Sentence): Sentence {
	return {
		...first,
		end: last.end,
		cleanEnd: last.cleanEnd,
		text: doc.clean.slice(first.cleanStart, last.cleanEnd)
	};
}

/** A pronoun that leans on the sentence before: a claim holding one is not self-contained. */
const LEANING_PRONOUN = /\b(?:he|she|it|they|him|them|this|these|those)\b/i;
