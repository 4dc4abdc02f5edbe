import { describe, expect, it } from 'vitest';
import { examWorthiness, examWorthyCard, withoutFileNameWork } from '../../src/lib/cards/exam-worthiness';
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
	const quote = 'June 2. The plenum elects Durov to the Bureau, and re-elects him Chairman of the Council.';
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
