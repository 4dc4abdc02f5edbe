import { describe, expect, it } from 'vitest';
import {
	articleAsQuoted,
	asFounding,
	asJudgementCloze,
	examWorthiness,
	examWorthyCard,
	withFirst,
	withoutFileNameWork,
	withoutFirstPerson,
	withPlace,
	withTimeForSource,
	withWholeList
} from '../../src/lib/cards/exam-worthiness';
import type { Card } from '../../src/lib/cards/types';

function card(fields: Partial<Card> & Pick<Card, 'kind' | 'front' | 'back'>, quote = 'A passage.'): Card {
	const source = { document: 'chronicle-of-a-reign.txt', quote, start: 0, end: quote.length };
	return {
		id: 'x',
		form: 'basic',
		source,
		sources: [source],
		conflicts: [],
		people: [],
		importance: 0.5,
		factKey: 'k',
		...fields
	};
}

const reasonOf = (c: Card) => examWorthiness(c).reason;

describe('open "What happened on <date>?" questions', () => {
	it('are dropped: many things happen on one day', () => {
		const c = card({ kind: 'date', form: 'reverse', front: 'What happened on 3 May 1791?', back: 'The constitution was adopted' });
		expect(reasonOf(c)).toBe('open-date-question');
	});
	it('keep their basic form "When did …?"', () => {
		const c = card({ kind: 'date', front: 'When was the constitution adopted?', back: '3 May 1791', importance: 0.85 });
		expect(examWorthiness(c).keep).toBe(true);
	});
});

describe('membership of a body of many members', () => {
	it('drops "Who was elected a member of …?": many were', () => {
		const c = card({
			kind: 'office',
			front: 'Who was elected a member of the State Council in 1810?',
			back: 'Speransky',
			office: 'Member of the State Council'
		});
		expect(reasonOf(c)).toBe('many-members');
	});
	it('drops "Which post was X elected to …?" answered by a membership', () => {
		const c = card({
			kind: 'office',
			form: 'reverse',
			front: 'Which post was Speransky elected to in 1810?',
			back: 'Member of the State Council'
		});
		expect(reasonOf(c)).toBe('many-members');
	});
	it('keeps "When did X become a member of …?" and "Who became <single post>?"', () => {
		const when = card({
			kind: 'office',
			front: 'When did Speransky become a member of the State Council?',
			back: '1810',
			office: 'Member of the State Council'
		});
		const who = card({
			kind: 'office',
			front: 'Who became Chancellor of the Empire in 1871?',
			back: 'Bismarck',
			office: 'Chancellor of the Empire'
		});
		expect(examWorthiness(when).keep).toBe(true);
		expect(examWorthiness(who).keep).toBe(true);
	});
});

describe('ceremonial posts of an assembly', () => {
	it('drops the presidium of a congress and ad-hoc commissions', () => {
		const presidium = card({
			kind: 'date',
			front: 'When was Durov elected to the presidium of the Third Congress of Teachers?',
			back: '4 March 1911',
			importance: 0.85
		});
		const commission = card({
			kind: 'date',
			front: 'When was Durov elected to the commission for drafting the appeal?',
			back: '5 March 1911',
			importance: 0.85
		});
		expect(reasonOf(presidium)).toBe('ceremonial-post');
		expect(reasonOf(commission)).toBe('ceremonial-post');
	});
	it('keeps the presidium of a standing state body', () => {
		const c = card({
			kind: 'office',
			front: 'When did Durov become Chairman of the Presidium of the Supreme Council?',
			back: '1920',
			office: 'Chairman of the Presidium of the Supreme Council',
			importance: 0.85
		});
		expect(examWorthiness(c).keep).toBe(true);
	});
});

describe('day-by-day chronicle entries', () => {
	it('drops a letter sent or a sitting chaired on some day', () => {
		const letter = card({ kind: 'date', front: 'When did Durov send a letter to the provincial committee?', back: '2 May 1911', importance: 0.3 });
		const sitting = card({ kind: 'date', front: 'When did Durov chair the sitting of the council?', back: '9 May 1911', importance: 0.3 });
		expect(reasonOf(letter)).toBe('chronicle-trivia');
		expect(reasonOf(sitting)).toBe('chronicle-trivia');
	});
	it('keeps key events, titled works and important entries', () => {
		const arrest = card({ kind: 'date', front: 'When was Durov arrested?', back: '1912', importance: 0.3 });
		const speech = card({ kind: 'date', front: 'When did Durov deliver the speech “On the Schools”?', back: '1911', importance: 0.3 });
		const ultimatum = card({ kind: 'date', front: 'When did the king send the ultimatum that began the war?', back: '1914', importance: 0.3 });
		const ranked = card({ kind: 'date', front: 'When did Durov attend the coronation?', back: '1896', importance: 0.85 });
		const congress = card({ kind: 'date', front: 'When did Durov preside over the Congress of Vienna?', back: '1815', importance: 0.3 });
		for (const c of [arrest, speech, ultimatum, ranked, congress]) expect(examWorthiness(c).keep).toBe(true);
	});
});

describe('an assembly named only by its ordinal', () => {
	it('drops "the Fourth Congress" that does not say whose', () => {
		const c = card({ kind: 'date', front: 'When was the Fourth Congress held?', back: '1906', importance: 0.85 });
		expect(reasonOf(c)).toBe('unqualified-assembly');
	});
	it('keeps "the Fourth Congress of the Teachers’ Union" and "the 4th Party Congress"', () => {
		const of = card({ kind: 'date', front: 'When was the Fourth Congress of the Teachers’ Union held?', back: '1906', importance: 0.85 });
		const party = card({ kind: 'date', front: 'When was the 4th Party Congress held?', back: '1906', importance: 0.85 });
		expect(examWorthiness(of).keep).toBe(true);
		expect(examWorthiness(party).keep).toBe(true);
	});
});

describe('a document named only by its kind', () => {
	it('drops "When was the article written?"', () => {
		const c = card({ kind: 'date', front: 'When was the unsigned article written?', back: '1911', importance: 0.5 });
		expect(reasonOf(c)).toBe('unqualified-document');
	});
	it('keeps a letter with its writer and addressee', () => {
		const c = card({ kind: 'date', front: 'When was Durov’s letter to the Tsar written?', back: '1911', importance: 0.5 });
		expect(examWorthiness(c).keep).toBe(true);
	});
});

describe('a person named by a given name only', () => {
	it('drops a card about "Maria" when the quote introduces her as a wife', () => {
		const c = card(
			{ kind: 'date', front: 'When was Maria exiled?', back: '1921', people: ['Maria'] },
			'Maria and her husband Pyotr Durov lived apart; in 1921 she was exiled.'
		);
		expect(reasonOf(c)).toBe('given-name-only');
	});
	it('keeps a one-word surname written surname-first in the quote', () => {
		const c = card(
			{ kind: 'date', front: 'When was Durov exiled?', back: '1921', people: ['Durov'] },
			'Durov Pyotr Ivanovich was exiled in 1921.'
		);
		expect(examWorthiness(c).keep).toBe(true);
	});
});

describe('a re-election asked as a first election', () => {
	// Told as prose: a chronicle's day entry electing him to a body would be dropped as a seat among many.
	const quote = 'In June the plenum elects Durov to the Bureau, and re-elects him Chairman of the Council.';
	const office = (front: string, post: string) => card({ kind: 'office', front, back: 'Durov', office: post }, quote);
	it('is dropped when the question cannot say "re-elected"', () => {
		expect(reasonOf(office('Who became Chairman of the Council in 1913?', 'Chairman of the Council'))).toBe(
			're-election-as-election'
		);
	});
	it('is asked as a re-election when the question says "elected"', () => {
		const c = office('Who was elected Chairman of the Council on 2 June 1913?', 'Chairman of the Council');
		expect(examWorthyCard(c)?.front).toBe('Who was re-elected Chairman of the Council on 2 June 1913?');
	});
	it('leaves alone a first election told in the same passage as another post’s re-election', () => {
		const c = office('When was Durov elected a member of the Bureau?', 'Member of the Bureau');
		expect(examWorthiness(c).keep).toBe(true);
		expect(examWorthyCard(c)).toBe(c);
	});
});

describe('a file name cited as a work', () => {
	const thesis = (front: string, work?: string) =>
		card({ kind: 'thesis', front, back: 'That the empire needed peace', work, author: 'Durov' });
	it('is removed from the question, which keeps its answer', () => {
		const c = thesis('What did Durov tell the assembly about the empire in 1880, according to “Chronicle of a reign”?');
		expect(reasonOf(c)).toBe('file-name-as-work');
		expect(examWorthyCard(c)?.front).toBe('What did Durov tell the assembly about the empire in 1880?');
	});
	it('leaves a short question short but without the file name', () => {
		expect(examWorthyCard(thesis('What did Durov oppose, according to “Chronicle of a”?'))?.front).toBe(
			'What did Durov oppose?'
		);
	});
	it('keeps a real work, even one the file is named after', () => {
		const c = thesis('What did Durov hold, according to “Chronicle of a Reign” (1880)?', 'Chronicle of a Reign');
		expect(withoutFileNameWork(c)).toBe(c);
		expect(examWorthiness(c).keep).toBe(true);
	});
});

describe('answers that do not answer', () => {
	it('drops an answer that restates the question', () => {
		const c = card({
			kind: 'thesis',
			front: 'What did Durov admit about the line taken by the council, according to Pahlen (1890)?',
			back: 'The line taken by the council had been right'
		});
		expect(reasonOf(c)).toBe('answer-restates-question');
	});
	it('drops an answer that promises reasons it does not give', () => {
		const c = card({ kind: 'thesis', front: 'What did Durov propose, according to Pahlen (1890)?', back: 'Reform be delayed for two reasons' });
		expect(reasonOf(c)).toBe('answer-fragment');
	});
	it('drops an answer carrying a file name', () => {
		const c = card({ kind: 'date', front: 'When did Durov die?', back: '1890 (durov-notes.txt)', importance: 0.9 });
		expect(reasonOf(c)).toBe('file-name-in-answer');
	});
	it('keeps a definition that shares its term with the question', () => {
		const c = card({
			kind: 'thesis',
			front: 'According to Pahlen, “On Order” (1890), what is tactical leadership?',
			back: 'A part of strategic leadership, subordinated to its tasks'
		});
		expect(examWorthiness(c).keep).toBe(true);
	});
});

describe('a routine act signed off in a chronicle', () => {
	it('drops signing a circular', () => {
		const c = card({ kind: 'date', front: 'When did Durov sign a circular of the Senate to all governors?', back: '2 May 1881', importance: 0.6 });
		expect(reasonOf(c)).toBe('chronicle-trivia');
	});
	it('keeps signing a treaty', () => {
		const c = card({ kind: 'date', front: 'When did Durov sign the treaty with Persia?', back: '1828', importance: 0.6 });
		expect(examWorthiness(c).keep).toBe(true);
	});
});

describe('a local post named without its place', () => {
	const office = (post: string) =>
		card({ kind: 'office', front: `Who was elected ${post} in 1881?`, back: 'Durov', office: post, importance: 0.85 });
	it('drops "Mayor" alone: mayor of what?', () => {
		expect(reasonOf(office('Mayor'))).toBe('placeless-post');
		expect(reasonOf(office('Alderman'))).toBe('placeless-post');
	});
	it('keeps the post with its town', () => {
		expect(examWorthiness(office('Mayor of Odessa')).keep).toBe(true);
	});
});

describe('a person called by a patronymic alone', () => {
	const date = (front: string) => card({ kind: 'date', front, back: '1881', importance: 0.9 });
	it('drops the familiar form, with or without an initial', () => {
		expect(reasonOf(date('When did Fomich fall ill?'))).toBe('familiar-name');
		expect(reasonOf(date('When did P. Nikitich leave the capital?'))).toBe('familiar-name');
	});
	it('keeps a full name with the patronymic, surnames in -ovich and towns in -ich', () => {
		expect(examWorthiness(date('When did Pyotr Nikitich Durov fall ill?')).keep).toBe(true);
		expect(examWorthiness(date('When did Petrovich become governor?')).keep).toBe(true);
		expect(examWorthiness(date('When was the Zurich agreement signed?')).keep).toBe(true);
		expect(examWorthiness(date('Which treaty was signed in 1881?')).keep).toBe(true);
	});
});

describe('a minor detail the generator ranks lowest', () => {
	const date = (front: string) => card({ kind: 'date', front, back: '3 May 1881', importance: 0.3 });
	it('drops a low-ranked date with no key event, work or assembly', () => {
		expect(reasonOf(date('When did Durov denounce the intrigues of the court party?'))).toBe('minor-detail');
	});
	it('keeps it when it is a key event, a titled work or part of a named congress', () => {
		expect(examWorthiness(date('When was Durov arrested?')).keep).toBe(true);
		expect(examWorthiness(date('When did the council endorse Durov’s appointment?')).keep).toBe(true);
		expect(examWorthiness(date('When did Durov lecture on “The Rights of Towns”?')).keep).toBe(true);
		expect(examWorthiness(date('When did Durov report to the Second Zemstvo Congress?')).keep).toBe(true);
	});
	it('keeps a date the generator ranks higher', () => {
		expect(examWorthiness(card({ kind: 'date', front: 'When did Durov denounce the court party?', back: '1881', importance: 0.5 })).keep).toBe(true);
	});
});

describe('a stance or a state is not a dated event', () => {
	it('drops "When did X support …?" and "… become more evident?"', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When did Kalinin support the Leninist line?', back: '1906' }))).toBe('not-an-event');
		expect(reasonOf(card({ kind: 'date', front: 'When did Gladstone oppose Home Rule?', back: '1886' }))).toBe('not-an-event');
		expect(
			reasonOf(card({ kind: 'date', front: 'When did the split between the Whigs and the Radicals become more evident?', back: '1830' }))
		).toBe('not-an-event');
	});
	it('keeps an event told with a strong verb', () => {
		expect(examWorthiness(card({ kind: 'date', front: 'When did Gladstone introduce the first Home Rule Bill?', back: '1886', importance: 0.8 })).keep).toBe(true);
	});
});

describe('one occurrence of something that happened many times', () => {
	it('drops "again", "once more" and an indefinite object ("lead a strike", "launch a new attack")', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When did Garibaldi escape once more?', back: '1849', importance: 0.8 }))).toBe('one-of-many');
		expect(reasonOf(card({ kind: 'date', front: 'When did Kalinin lead a strike by the workers in the foundry?', back: '1912', importance: 0.8 }))).toBe('one-of-many');
		expect(reasonOf(card({ kind: 'date', front: 'When did Wellington launch a new attack on the French?', back: '1812', importance: 0.8 }))).toBe('one-of-many');
	});
	it('keeps a law, a crisis or a key event whatever the article', () => {
		expect(examWorthiness(card({ kind: 'date', front: 'When did the Diet adopt a constitution?', back: '1889', importance: 0.8 })).keep).toBe(true);
		expect(examWorthiness(card({ kind: 'date', front: 'When did Lincoln issue a proclamation of emancipation, a decree of war?', back: '1863', importance: 0.8 })).keep).toBe(true);
	});
	it('asks for the first one when the quote says it was the first', () => {
		const c = card(
			{ kind: 'date', front: 'When was Kalinin arrested and sent into banishment?', back: '1899' },
			'In 1899 he was first arrested and sent into banishment.'
		);
		expect(withFirst(c).front).toBe('When was Kalinin first arrested and sent into banishment?');
		const napoleon = card({ kind: 'date', front: 'When was Napoleon exiled to Elba?', back: '1814' }, 'In 1814 Napoleon was first exiled to Elba.');
		expect(withFirst(napoleon).front).toBe('When was Napoleon first exiled to Elba?');
	});
});

describe('the source’s praise or abuse in a fact', () => {
	it('drops a date stated with a loaded word', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When did Stalin side with Lenin against the opportunist Mensheviks?', back: '1903', importance: 0.9 }))).toBeDefined();
		expect(reasonOf(card({ kind: 'date', front: 'When did Napoleon win his glorious victory at Austerlitz?', back: '1805', importance: 0.9 }))).toBe('loaded-wording');
	});
	it('leaves attributed theses, quoted words and proper names alone', () => {
		expect(examWorthiness(card({ kind: 'thesis', front: 'According to Burke (1790), what was the revolution?', back: 'A glorious folly' })).keep).toBe(true);
		expect(examWorthiness(card({ kind: 'date', front: 'When did the Great Reform Act pass?', back: '1832', importance: 0.9 })).keep).toBe(true);
	});
});

describe('words pointing back into text the student does not see', () => {
	it('drops "the subsequent congress" and "that summer"', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When was Trotsky expelled at the subsequent congress?', back: '1906' }))).toBe('dangling-reference');
		expect(reasonOf(card({ kind: 'thesis', front: 'What did Danton oppose?', back: 'The purge of the Girondins throughout that summer' }))).toBe('dangling-reference');
	});
});

describe('local posts and posts of no body', () => {
	it('drops district bodies and a council seat or mayoralty without its town', () => {
		expect(reasonOf(card({ kind: 'office', front: 'Who was elected Chairman of the Raion Board of the Lesnovskii Raion?', back: 'Kalinin', office: 'Chairman of the Raion Board of the Lesnovskii Raion' }))).toBe('local-post');
		expect(reasonOf(card({ kind: 'date', front: 'When was Adams elected councillor?', back: '1770' }))).toBe('local-post');
		expect(reasonOf(card({ kind: 'date', front: 'When was Chirac chosen as mayor of the city?', back: '1977' }))).toBe('local-post');
	});
	it('keeps a mayoralty with its city', () => {
		expect(examWorthiness(card({ kind: 'date', front: 'When was Chirac elected mayor of Paris?', back: '1977', importance: 0.8 })).keep).toBe(true);
	});
	it('adds the city the quote gives to a municipal post', () => {
		const c = card(
			{ kind: 'office', front: 'Who became Commissioner of Public Works in 1898?', back: 'Roosevelt', office: 'Commissioner of Public Works' },
			'In 1898 he served as commissioner of public works in New York.'
		);
		expect(withPlace(c)).toBe(c);
		const municipal = card(
			{ kind: 'office', front: 'Who became Commissar of Municipal Services in 1918?', back: 'Kalinin', office: 'Commissar of Municipal Services' },
			'In 1918 he worked as commissar of municipal services in Petrograd.'
		);
		expect(withPlace(municipal).front).toBe('Who became Commissar of Municipal Services in Petrograd in 1918?');
	});
	it('drops a rank with no body and "his position"', () => {
		expect(reasonOf(card({ kind: 'office', front: 'Who became General Secretary in 1922?', back: 'Stalin', office: 'General Secretary' }))).toBe('unqualified-post');
		expect(reasonOf(card({ kind: 'date', front: 'When was Bismarck removed from his position?', back: '1890', importance: 0.9 }))).toBe('unqualified-post');
	});
	it('drops a commission named by its purpose or nation only', () => {
		expect(reasonOf(card({ kind: 'office', front: 'Who became Chairman of the Polish Commission?', back: 'Stalin', office: 'Chairman of the Polish Commission' }))).toBe('ceremonial-post');
		expect(examWorthiness(card({ kind: 'office', front: 'Who became Chairman of the Interstate Commerce Commission?', back: 'Cooley', office: 'Chairman of the Interstate Commerce Commission' })).keep).toBe(false);
		expect(examWorthiness(card({ kind: 'office', front: 'Who became Chairman of the Federal Trade Commission?', back: 'Davies', office: 'Chairman of the Federal Trade Commission' })).keep).toBe(true);
	});
	it('writes a name without the article the quote never gives it', () => {
		const c = card(
			{ kind: 'office', front: 'Who became Head of State of the Soviet Russia?', back: 'Kalinin', office: 'Head of State of the Soviet Russia' },
			'Kalinin replaced him as the titular head of state of Soviet Russia.'
		);
		expect(articleAsQuoted(c).front).toBe('Who became Head of State of Soviet Russia?');
		const kept = card({ kind: 'office', front: 'Who became King of the Netherlands?', back: 'William', office: 'King of the Netherlands' }, 'He became King of the Netherlands.');
		expect(articleAsQuoted(kept)).toBe(kept);
	});
});

describe('chronicle entries and early biography', () => {
	it('drops a seat on a body told by a day entry, keeps a post of one', () => {
		const seat = card(
			{ kind: 'date', front: 'When was Durov elected to the State Council?', back: '29 January 1913' },
			'January 29 At a sitting of the Congress, Durov is elected to the State Council.'
		);
		expect(reasonOf(seat)).toBe('many-members');
		const post = card(
			{ kind: 'office', front: 'Who was re-elected Chancellor on 2 June 1913?', back: 'Durov', office: 'Chancellor' },
			'June 2 The plenum re-elects Durov Chancellor.'
		);
		expect(examWorthiness(post).reason).not.toBe('many-members');
	});
	it('drops being chosen as a delegate', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When was Jefferson elected a delegate to the Continental Congress?', back: '1775', importance: 0.9 }))).toBe('many-members');
	});
	it('drops schooling and first jobs', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When did Kalinin graduate from the village school?', back: '1889', importance: 0.7 }))).toBe('minor-detail');
		expect(reasonOf(card({ kind: 'date', front: 'When did Franklin begin to work as an apprentice printer?', back: '1718', importance: 0.7 }))).toBe('minor-detail');
		expect(reasonOf(card({ kind: 'date', front: 'When did Kalinin become a lathe operator at the Putilov Works?', back: '1896', importance: 0.9 }))).toBe('minor-detail');
	});
	it('drops the day a text was finished, keeps the day a titled speech was delivered', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When did Stalin finish the preface to his book On the Road to October?', back: '17 December 1924', importance: 0.3 }))).toBe('chronicle-trivia');
		expect(examWorthiness(card({ kind: 'date', front: 'When did Lincoln deliver the speech “A House Divided”?', back: '16 June 1858', importance: 0.3 })).keep).toBe(true);
		expect(reasonOf(card({ kind: 'date', front: 'When did Kalinin work for the "Communist subbotnik" in Kharkov?', back: '1920', importance: 0.45 }))).toBe('chronicle-trivia');
	});
});

describe('praise put as a definition, and the speaker’s "our"', () => {
	it('drops "what is X?" answered by a superlative', () => {
		expect(reasonOf(card({ kind: 'thesis', front: 'According to Stalin (1924), what is the Soviet Union?', back: 'The only country which is building its life on the equality of nations' }))).toBe('rhetorical-definition');
		expect(reasonOf(card({ kind: 'thesis', front: 'According to Goebbels (1934), what is the radio?', back: 'A most valuable means of mass agitation' }))).toBe('rhetorical-definition');
		expect(reasonOf(card({ kind: 'thesis', form: 'reverse', front: 'According to Pitt (1783), what is “the only bulwark of liberty”?', back: 'Parliament' }))).toBe('rhetorical-definition');
	});
	it('keeps a definition', () => {
		expect(examWorthiness(card({ kind: 'thesis', front: 'According to Clausewitz (1832), what is war?', back: 'The continuation of politics by other means' })).keep).toBe(true);
	});
	it('drops "our Party" in a question, and reads "our main task" as "the main task"', () => {
		expect(reasonOf(card({ kind: 'thesis', front: 'According to Stalin (1924), what is the chief defect of our Party?', back: 'The weakness of its work in the countryside' }))).toBe('first-person');
		const aim = card({ kind: 'thesis', front: 'According to Lenin (1919), what is our main task in a country of small peasants?', back: 'To ensure an alliance of the workers and the middle peasants' });
		expect(withoutFirstPerson(aim).front).toBe('According to Lenin (1919), what is the main task in a country of small peasants?');
		expect(examWorthyCard(aim)?.front).toBe('According to Lenin (1919), what is the main task in a country of small peasants?');
		expect(reasonOf(card({ kind: 'thesis', front: 'According to Churchill (1940), what is the second basis of the Republic?', back: 'The union of the peoples of our country' }))).toBe('first-person');
	});
});

describe('open questions about what someone said or did', () => {
	const thesis = (front: string, back: string, quote = 'A passage.') => card({ kind: 'thesis', front, back }, quote);
	it('drops "What did X say about Y?" and a bare "What did X suggest?" with a long answer', () => {
		expect(reasonOf(thesis('What did Lenin say about the Soviets, according to Stalin?', 'That the Soviets are the organ of the bond'))).toBe('open-question');
		expect(
			reasonOf(thesis('What did Yudin suggest?', 'That there was a veritable trend amongst the scientific workers which marked a throwback'))
		).toBe('open-question');
	});
	it('drops a bare "What did X believe?" with a long answer even when it cites the work', () => {
		expect(
			reasonOf(
				thesis(
					'What did Guizot believe, according to “History of Civilisation in Europe”?',
					'That the middle class, in its long struggle against the nobles and the crown, had made the modern nation'
				)
			)
		).toBe('open-question');
	});
	it('drops a bare "What did X say?"', () => {
		expect(reasonOf(thesis('What did Engels say, according to Stalin?', 'That materialism must change'))).toBe('open-question');
	});
	it('keeps a short answer to "What did X advocate?"', () => {
		expect(examWorthiness(thesis('What did Trotsky advocate?', 'Permanent revolution')).keep).toBe(true);
	});
	it('dates a claim cited to "the source" by the time its sentence opens with, or drops it', () => {
		const quote = 'In April 1917, Kalinin advocated conditional support for the Provisional Government.';
		const c = thesis('What did Kalinin advocate, according to the source?', 'Conditional support for the Provisional Government', quote);
		expect(withTimeForSource(c).front).toBe('What did Kalinin advocate in April 1917?');
		const later = thesis(
			'What did Kalinin oppose, according to the source?',
			'An armed uprising',
			'In April 1917, he spoke. He continued to oppose an armed uprising.'
		);
		expect(withTimeForSource(later).front).toBe('What did Kalinin oppose?');
		const long = thesis(
			'What did Lenin demand, according to the source?',
			'That Stalin withdraw his words to Krupskaya, apologise or face a rupture in their relations'
		);
		expect(examWorthyCard(long)).toBeUndefined();
		const cromwell = thesis('What did Cromwell demand, according to the source?', 'The dissolution of the Rump', 'During 1653 Cromwell demanded the dissolution of the Rump.');
		expect(examWorthyCard(cromwell)?.front).toBe('What did Cromwell demand in 1653?');
	});
	it('asks for the judgement inside a long remark about a person, as a gap', () => {
		const c = thesis(
			'What did Lenin write about Stalin in “Political Testament” (1922)?',
			'Stalin is too rude and this defect, although quite tolerable in our midst, becomes intolerable in a Secretary-General'
		);
		const cloze = asJudgementCloze(c);
		expect(cloze.form).toBe('cloze');
		expect(cloze.back).toBe('too rude');
		expect(cloze.front).toBe(
			'According to Lenin, “Political Testament” (1922), Stalin is ____ and this defect, although quite tolerable in our midst, becomes intolerable in a Secretary-General.'
		);
		const wellington = thesis(
			'What did Wellington write about Napoleon in “Dispatches” (1815)?',
			'Napoleon was worth forty thousand men, but his marshals were not worth one of ours'
		);
		expect(asJudgementCloze(wellington).back).toBe('worth forty thousand men');
	});
	it('does not cut a judgement inside a noun phrase', () => {
		const c = thesis(
			'What did Lenin write about Bukharin in “Political Testament” (1922)?',
			'Bukharin is a most valuable and major theorist of the Party, and his views are scholastic in many respects'
		);
		expect(asJudgementCloze(c)).toBe(c);
	});
	it('drops an author that is no name', () => {
		expect(reasonOf(card({ kind: 'thesis', front: 'What did Key benefits write about Trotsky?', back: 'He was a Menshevik', author: 'Key benefits' }))).toBe('not-a-person');
		expect(examWorthiness(card({ kind: 'thesis', front: 'What did Marx and Engels hold?', back: 'Class struggle', author: 'Marx and Engels' })).keep).toBe(true);
		expect(reasonOf(card({ kind: 'thesis', front: 'What did Moreover Ilyich insist?', back: 'That he wanted to talk', author: 'Moreover Ilyich' }))).toBe('not-a-person');
		expect(examWorthiness(card({ kind: 'thesis', front: 'What did Charles de Gaulle write about France?', back: 'A certain idea', author: 'Charles de Gaulle' })).keep).toBe(true);
	});
	it('keeps a school of historians as the holder of a view', () => {
		const school = card({ kind: 'thesis', front: 'According to Whig historians, what was 1688?', back: 'A glorious revolution', author: 'Whig historians' });
		expect(reasonOf(school)).not.toBe('not-a-person');
	});
	it('drops a question that leans on "such" or an unnamed resolution', () => {
		expect(reasonOf(thesis('According to Stalin (1924), what is ruthless struggle against such elements?', 'A pre-requisite for victory'))).toBe('dangling-reference');
		expect(reasonOf(thesis('According to Pitt (1793), what is the focal point of the resolution?', 'The defence of Holland'))).toBe('dangling-reference');
		expect(examWorthiness(thesis('According to Pitt (1793), what is the aim of the resolution of 1 February?', 'The defence of Holland')).keep).toBe(true);
	});
});

describe('an answer that is one item of a list', () => {
	it('takes in the whole list when it is short', () => {
		const quote =
			'Socialism demands the abolition of the power of money, the power of capital, the abolition of all private ownership of the means of production, the abolition of the commodity economy.';
		const c = card({ kind: 'thesis', front: 'According to Lenin (1905), what does socialism demand?', back: 'The abolition of the power of money' }, quote);
		expect(withWholeList(c).back).toBe(
			'The abolition of the power of money, the power of capital, the abolition of all private ownership of the means of production, the abolition of the commodity economy'
		);
		expect(examWorthyCard(c)?.back).toContain('the abolition of the commodity economy');
	});
	it('drops one item of a long list named by a list verb, keeps a definition’s first clause', () => {
		const quote =
			'The Charter demanded a vote for every man of twenty-one years of age, the secret ballot to protect the elector in the exercise of his vote, the abolition of the property qualification for members of Parliament, the payment of members, equal constituencies and annual Parliaments.';
		const c = card({ kind: 'thesis', front: 'According to Lovett (1838), what did the Charter demand?', back: 'A vote for every man of twenty-one years of age' }, quote);
		expect(reasonOf(c)).toBe('partial-answer');
		const strategy =
			'Strategy is the determination of the direction of the main blow of the proletariat at a given stage of the revolution, the elaboration of a corresponding plan for the disposition of the revolutionary forces, the fight to carry out this plan throughout the given stage of the revolution.';
		const s = card({ kind: 'thesis', front: 'According to Stalin (1924), what is strategy?', back: 'The determination of the direction of the main blow of the proletariat at a given stage of the revolution' }, strategy);
		expect(examWorthiness(s).keep).toBe(true);
	});
});

describe('a party named by its kind only, and sittings of a standing body', () => {
	it('drops "the Communist Party" with no country, keeps it with one', () => {
		expect(reasonOf(card({ kind: 'office', front: 'Who became General Secretary of the Communist Party in 1922?', back: 'Stalin', office: 'General Secretary of the Communist Party' }))).toBe('unnamed-party');
		expect(reasonOf(card({ kind: 'date', front: 'When was Brandler expelled from the Communist Party?', back: '1929', importance: 0.9 }))).toBe('unnamed-party');
		expect(examWorthiness(card({ kind: 'date', front: 'When was the Communist Party of Germany founded?', back: '1919', importance: 0.9 })).keep).toBe(true);
		expect(examWorthiness(card({ kind: 'date', front: 'When was the French Communist Party founded?', back: '1920', importance: 0.9 })).keep).toBe(true);
	});
	it('drops "the plenum of the Central Committee" — which one?', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When did the plenum of the Central Committee take place?', back: 'October 1924', importance: 0.9 }))).toBe('one-of-many');
		expect(reasonOf(card({ kind: 'date', front: 'When did the session of the Reichstag open?', back: '1878', importance: 0.9 }))).toBe('one-of-many');
		const named = card({ kind: 'date', front: 'When was the session of the Central Committee that adopted the resolution for armed uprising held?', back: '16 October 1917', importance: 0.9 });
		expect(examWorthiness(named).keep).toBe(true);
		const speech = card({ kind: 'date', front: 'When did Bismarck deliver “Blood and Iron”, a speech at the session of the Budget Committee?', back: '30 September 1862', importance: 0.6 });
		expect(examWorthiness(speech).keep).toBe(true);
	});
	it('drops a dateline cited as a work', () => {
		const c = card({ kind: 'thesis', front: 'How did Kalinin regard religion, according to “Kalinin December 1943”?', back: 'As an error' });
		expect(examWorthyCard(c)?.front).toBe('How did Kalinin regard religion?');
	});
});

describe('lines and groups that lean on the text around them', () => {
	it('drops "Who said: …" when the line points back ("such things", "that period")', () => {
		const said = (line: string) => card({ kind: 'thesis', form: 'reverse', front: `Who said: “${line}”?`, back: 'Stalin' });
		expect(reasonOf(said('Only people who are ignorant of history can say such things'))).toBe('dangling-reference');
		expect(reasonOf(said('During that period the Committee passed only two resolutions'))).toBe('dangling-reference');
		expect(examWorthiness(said('Government of the people, by the people, for the people, shall not perish from the earth')).keep).toBe(true);
	});
	it('asks when a group was founded rather than when it founded "the group"', () => {
		const c = card({ kind: 'date', front: 'When did the United Opposition formally found the group?', back: 'July 1926' });
		expect(asFounding(c).front).toBe('When was the United Opposition formally founded?');
		const league = card({ kind: 'date', front: 'When did the Hanseatic merchants establish their league?', back: '1356' });
		expect(asFounding(league)).toBe(league);
	});
});

describe('office papers and lines that say "our"', () => {
	it('drops the date of a motion or telegram, keeps a speech or a letter with a title', () => {
		const motion = card({ kind: 'date', front: 'When did Lenin dictate “Motion for the Politbureau on Kalinin’s Trip to the Ukraine”?', back: '27 January 1922', importance: 0.6 });
		expect(reasonOf(motion)).toBe('minor-detail');
		const telegram = card({ kind: 'date', front: 'When did Bismarck send “Telegram to the King of Bavaria”?', back: '1870', importance: 0.6 });
		expect(reasonOf(telegram)).toBe('minor-detail');
		const letter = card({ kind: 'date', front: 'When did Lenin dictate “Letter to the Congress”?', back: '24 December 1922', importance: 0.6 });
		expect(examWorthiness(letter).keep).toBe(true);
	});
	it('drops "Who said: “Our Party …”?"', () => {
		const c = card({ kind: 'thesis', form: 'reverse', front: 'Who said: “Our Party and people respect the leaders of the working class”?', back: 'Kim Jong-il' });
		expect(reasonOf(c)).toBe('dangling-reference');
	});
});

describe('second seats and editors’ asides', () => {
	it('drops a deputy’s post, keeps the chairman’s', () => {
		const deputy = card({ kind: 'office', front: 'When did Pomaznev become a deputy Chairman of the State Supply Committee?', back: '1949', office: 'Deputy Chairman of the State Supply Committee' });
		expect(reasonOf(deputy)).toBe('deputy-post');
		const chair = card({ kind: 'office', front: 'When did Colbert become Controller-General of Finances?', back: '1665', office: 'Controller-General of Finances' });
		expect(examWorthiness(chair).keep).toBe(true);
	});
	it('drops a date long after the year of the work it is read in', () => {
		const note = card({ kind: 'date', front: 'When was the First World Congress of Trade Unions held?', back: 'September 1945', date: { iso: '1945-09', precision: 'month', calendar: 'gregorian' }, importance: 0.85 });
		note.source = { ...note.source, year: 1924 };
		expect(reasonOf(note)).toBe('editorial-aside');
		const memory = card({ kind: 'date', front: 'When did Stalin first meet Lenin?', back: 'December 1905', date: { iso: '1905-12', precision: 'month', calendar: 'gregorian' }, importance: 0.85 });
		memory.source = { ...memory.source, year: 1924 };
		expect(examWorthiness(memory).keep).toBe(true);
	});
	it('drops "the Third Congress of the Party" — which party?', () => {
		expect(reasonOf(card({ kind: 'date', front: 'When was the Third Congress of the Party held?', back: '1905', importance: 0.85 }))).toBe('unnamed-party');
	});
});

describe('a word before a post taken for its holder', () => {
	it('drops "Prussian" as the envoy in "appointed Prussian envoy to the Federal Diet"', () => {
		const c = card(
			{ kind: 'office', front: 'Who was appointed Envoy to the Federal Diet in 1851?', back: 'Prussian', office: 'Envoy to the Federal Diet', people: ['Prussian'] },
			'In 1851 Bismarck was appointed Prussian envoy to the Federal Diet in Frankfurt.'
		);
		expect(reasonOf(c)).toBe('not-a-person');
		const real = card(
			{ kind: 'office', front: 'Who was appointed Envoy to the Federal Diet in 1851?', back: 'Bismarck', office: 'Envoy to the Federal Diet', people: ['Bismarck'] },
			'In 1851 Bismarck was appointed Prussian envoy to the Federal Diet in Frankfurt.'
		);
		expect(examWorthiness(real).keep).toBe(true);
		const cavour = card(
			{ kind: 'office', front: 'Who was appointed Prime Minister in 1852?', back: 'Cavour', office: 'Prime Minister of Piedmont', people: ['Cavour'] },
			'In 1852 Victor Emmanuel II appointed Cavour prime minister of Piedmont.'
		);
		expect(reasonOf(cavour)).not.toBe('not-a-person');
	});
});

describe('events told with a small verb or an article', () => {
	it('keeps "When was the Treaty of Kanagawa signed?" and "propose an invasion"', () => {
		const treaty = card({ kind: 'date', front: 'When was the Treaty of Kanagawa signed?', back: '31 March 1854', importance: 0.3 });
		expect(examWorthiness(treaty).keep).toBe(true);
		const saigo = card({ kind: 'date', front: 'When did Saigo Takamori propose an invasion of Korea?', back: '1873', importance: 0.6 });
		expect(examWorthiness(saigo).keep).toBe(true);
	});
	it('keeps what an author wrote about an idea, drops a long remark about a person', () => {
		const idea = card({
			kind: 'thesis',
			front: 'What did Fukuzawa Yukichi write about the spirit of independence?',
			back: 'That the spirit of independence is the foundation of a nation and of its people',
			topic: 'the spirit of independence',
			people: ['Fukuzawa Yukichi']
		});
		expect(examWorthiness(idea).keep).toBe(true);
		const person = card({
			kind: 'thesis',
			front: 'What did Lenin write about Trotsky in “Political Testament” (1922)?',
			back: 'Trotsky is personally perhaps the most capable man in the present C.C. of the Party',
			topic: 'Trotsky',
			people: ['Lenin', 'Trotsky']
		});
		expect(reasonOf(person)).toBe('open-question');
	});
});

describe('a long remark about a person turned on a superlative', () => {
	it('asks for the superlative as the gap', () => {
		const c = card({
			kind: 'thesis',
			front: 'What did Lenin write about Trotsky in “Political Testament” (1922)?',
			back: 'Trotsky is personally perhaps the most capable man in the present C.C.'
		});
		const cloze = asJudgementCloze(c);
		expect(cloze.back).toBe('the most capable man');
		expect(cloze.front).toBe('According to Lenin, “Political Testament” (1922), Trotsky is personally perhaps ____ in the present C.C.');
	});
});

describe('a short remark about a person', () => {
	it('is asked as the gap in its sentence', () => {
		const c = card({ kind: 'thesis', front: 'What did Stalin write about Lenin in “The Mountain Eagle” (1924)?', back: 'Lenin was the mountain eagle of our Party' });
		const cloze = asJudgementCloze(c);
		expect(cloze.front).toBe('According to Stalin, “The Mountain Eagle” (1924), Lenin was ____.');
		expect(cloze.back).toBe('the mountain eagle of our Party');
		const long = card({ kind: 'thesis', front: 'What did Ulyanova write about Stalin?', back: 'Stalin is a major worker and a good organiser' });
		expect(asJudgementCloze(long)).toBe(long);
	});
});

describe('opinions and the speaker in a gap', () => {
	it('drops "What did X believe in 1924?" with a long answer', () => {
		const c = card({
			kind: 'thesis',
			front: 'What did Metternich believe in 1830, according to “Memoirs”?',
			back: 'That the revolution in France, which the liberals so often make into an idol, was unleashing the forces of disorder in Europe'
		});
		expect(reasonOf(c)).toBe('open-question');
	});
	it('drops a gap answered "… for us"', () => {
		const c = card({ kind: 'thesis', form: 'cloze', front: 'According to Stalin (1924), difficulty must not be ____.', back: 'an insuperable barrier for us' });
		expect(reasonOf(c)).toBe('first-person');
	});
});

describe('an illness that ends a career', () => {
	it('is no one-of-many event', () => {
		const stroke = card({ kind: 'date', front: 'When did Wilson suffer a severe stroke?', back: 'October 1919' });
		expect(reasonOf(stroke)).not.toBe('one-of-many');
	});
});

describe('a holder who is no person', () => {
	it('is a regnal number cut from its name, or a party', () => {
		expect(reasonOf(card({ kind: 'office', front: 'Who became Sultan on 31 August 1876?', back: 'II', people: ['II'] }))).toBe('not-a-person');
		expect(reasonOf(card({ kind: 'office', front: 'When was Conservative elected a member of Parliament for Oldham?', back: '1900', people: ['Conservative'] }))).toBe('not-a-person');
		expect(reasonOf(card({ kind: 'office', front: 'Who became Sultan in 1876?', back: 'Abdülhamid II', people: ['Abdülhamid II'] }))).not.toBe('not-a-person');
	});
});
