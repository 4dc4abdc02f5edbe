import { describe, expect, it } from 'vitest';
import { acceptedDateKeys, dateKey, gregorianIso, parseTypedDate, yearOf } from '../../src/lib/quiz/dates';
import {
	answerType,
	buildFactIndex,
	dateTrueForFact,
	heldPost,
	samePost,
	type QuizCard
} from '../../src/lib/quiz/facts';
import { optionKey } from '../../src/lib/quiz/distractors';
import { personKey } from '../../src/lib/quiz/names';
import { gradeTyped } from '../../src/lib/quiz/grade';
import { multipleChoice, trueFalse, typedQuestion } from '../../src/lib/quiz/questions';
import { seededRng } from '../../src/lib/quiz/random';
import { foldText } from '../../src/lib/quiz/text';
import type { MultipleChoiceQuestion } from '../../src/lib/quiz/types';
import { fixtureDecks, quizCards, realDecks } from './cards';

/** Reads an option back as a date (ISO at the precision shown), as the student would. */
function optionIso(option: string): string | undefined {
	const reading = parseTypedDate(option.split('–')[0])[0];
	if (!reading) return undefined;
	const parts = [String(reading.year).padStart(4, '0')];
	if (reading.month) parts.push(String(reading.month).padStart(2, '0'));
	if (reading.month && reading.day) parts.push(String(reading.day).padStart(2, '0'));
	return parts.join('-');
}

function checkQuestion(cards: QuizCard[], q: MultipleChoiceQuestion, index = buildFactIndex(cards)) {
	const card = cards.find((c) => c.id === q.cardIds[0])!;
	const type = answerType(card)!;
	const precision = card.date?.precision;
	expect(q.options).toHaveLength(4);
	expect(q.options[q.answerIndex]).toBe(q.correctAnswer);
	const keys = q.options.map((o) =>
		type === 'date' ? `date:${dateKey(optionIso(o)!, precision!)}` : optionKey(type, o)
	);
	expect(new Set(keys).size, `equivalent options in ${JSON.stringify(q.options)}`).toBe(4);
	const distractors = q.options.filter((_, i) => i !== q.answerIndex);
	for (const d of distractors) {
		if (type === 'date') {
			const iso = optionIso(d);
			expect(iso, `${d} is a date`).toBeDefined();
			// Never the answer in either calendar, never true per another source, and from the documents' period.
			expect(acceptedDateKeys(card.date!)).not.toContain(dateKey(iso!, precision!));
			expect(dateTrueForFact(index, card, iso!, precision!)).toBe(false);
			expect(Math.abs(yearOf(iso!) - yearOf(gregorianIso(card.date!)))).toBeLessThanOrEqual(12);
		}
		if (type === 'person') {
			expect([...index.people.keys()]).toContain(personKey(d));
			expect(personKey(d)).not.toBe(personKey(card.back));
			if (card.office) expect(heldPost(index, d, card.office), `${d} also held ${card.office}`).toBe(false);
		}
		if (type === 'office') {
			expect(cards.some((c) => c.office === d)).toBe(true);
			expect(samePost(d, card.back)).toBe(false);
		}
		if (type === 'claim') {
			const source = cards.find((c) => c.kind === 'thesis' && c.back.trim() === d)!;
			expect(source).toBeDefined();
			expect(foldText(d)).not.toBe(foldText(card.back));
			const sameAuthorAndTopic =
				source.author &&
				card.author &&
				personKey(source.author) === personKey(card.author) &&
				source.topic === card.topic;
			expect(sameAuthorAndTopic).toBeFalsy();
		}
	}
}

function allMultipleChoice(cards: QuizCard[], seed: number): MultipleChoiceQuestion[] {
	const index = buildFactIndex(cards);
	const rng = seededRng(seed);
	return cards.map((c) => multipleChoice(index, c, rng)).filter((q): q is MultipleChoiceQuestion => !!q);
}

describe('multiple-choice distractors', () => {
	const cards = quizCards(fixtureDecks());

	it('are four distinct options of the answer type, never equivalent to it, never true elsewhere', () => {
		const questions = [1, 2, 3, 4, 5].flatMap((seed) => allMultipleChoice(cards, seed));
		expect(questions.length).toBeGreaterThan(60);
		const types = new Set(questions.map((q) => q.answerType));
		expect([...types].sort()).toEqual(['claim', 'date', 'office', 'person']);
		const index = buildFactIndex(cards);
		for (const q of questions) checkQuestion(cards, q, index);
	});

	it('never offers a year another document gives for the same fact', () => {
		// The notes say Kalinin joined the Politburo in January 1926; another source says 1925.
		const card = cards.find((c) => c.conflicts.length && c.date)!;
		const index = buildFactIndex(cards);
		for (let seed = 0; seed < 40; seed++) {
			const q = multipleChoice(index, card, seededRng(seed))!;
			expect(q.options.some((o) => o.includes('1925'))).toBe(false);
		}
	});

	it('never offers as wrong a person who also held the post according to another card', () => {
		const index = buildFactIndex(cards);
		const card = cards.find((c) => c.office === 'General Secretary' && c.back === 'Stalin')!;
		const other: QuizCard = {
			...card,
			id: 'other-doc-gensec',
			deckId: 'kalinin-wikipedia',
			front: 'Who became General Secretary after Stalin?',
			back: 'Kirov',
			people: ['Kirov'],
			factKey: 'other-gensec'
		};
		const withOther = [...cards, other];
		const indexWithOther = buildFactIndex(withOther);
		const seen = new Set<string>();
		for (let seed = 0; seed < 60; seed++) {
			for (const o of multipleChoice(index, card, seededRng(seed))!.options) seen.add(o);
		}
		expect(seen.has('Kirov')).toBe(true);
		for (let seed = 0; seed < 60; seed++) {
			expect(multipleChoice(indexWithOther, card, seededRng(seed))!.options).not.toContain('Kirov');
		}
	});

	it('never offers as wrong what another card answers to the same question, and accepts it typed', () => {
		const thesis = cards.find((c) => c.kind === 'thesis' && c.author === 'Stalin' && c.topic === 'Leninism')!;
		const twin: QuizCard = {
			...thesis,
			id: 'same-question-other-answer',
			factKey: 'same-question-other-answer',
			topic: 'something else',
			back: 'the theory and tactics of the proletarian revolution in general'
		};
		const withTwin = [...cards, twin];
		const index = buildFactIndex(withTwin);
		for (let seed = 0; seed < 40; seed++) {
			expect(multipleChoice(index, thesis, seededRng(seed))!.options).not.toContain(twin.back);
			const tf = trueFalse(index, thesis, seededRng(seed))!;
			if (!tf.truth) expect(tf.statement.answer).not.toBe(twin.back);
		}
		const person = cards.find((c) => c.kind === 'office' && c.back === 'Kirov')!;
		const other: QuizCard = {
			...person,
			id: 'other-holder',
			factKey: 'other-holder',
			back: 'Zinoviev',
			people: ['Zinoviev']
		};
		const typed = typedQuestion(buildFactIndex([...cards, other]), person)!;
		expect(gradeTyped(typed, 'Zinovyev').correct).toBe(true);
		expect(gradeTyped(typed, 'Kirov').correct).toBe(true);
		expect(gradeTyped(typed, 'Trotsky').correct).toBe(false);
	});

	it('accepts a typed year that another source gives for the same fact', () => {
		const card = cards.find((c) => c.conflicts.length && c.date)!;
		const typed = typedQuestion(buildFactIndex(cards), card)!;
		expect(gradeTyped(typed, 'January 1926').correct).toBe(true);
		expect(gradeTyped(typed, '1925').correct).toBe(true);
		expect(gradeTyped(typed, 'March 1927').correct).toBe(false);
	});

	it('offers dual-calendar dates once: never the Old Style form of the right day', () => {
		const card = cards.find((c) => c.date?.alt)!;
		const index = buildFactIndex(cards);
		for (let seed = 0; seed < 40; seed++) {
			const q = multipleChoice(index, card, seededRng(seed))!;
			expect(q.options).not.toContain('7 November 1875');
			expect(q.options).toContain('19 November 1875');
		}
	});

	it('are the same for the same seed and differ across seeds', () => {
		const a = allMultipleChoice(cards, 42);
		expect(allMultipleChoice(cards, 42)).toEqual(a);
		expect(allMultipleChoice(cards, 43)).not.toEqual(a);
	});

	const decks = realDecks();
	it.skipIf(!decks.length)('hold on the real decks too', () => {
		const real = quizCards(decks);
		const questions = allMultipleChoice(real, 7);
		expect(questions.length).toBeGreaterThan(0);
		const index = buildFactIndex(real);
		for (const q of questions) checkQuestion(real, q, index);
	});
});
