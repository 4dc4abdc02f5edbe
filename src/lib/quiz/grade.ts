/** Grading: exact for choices and orders, lenient for typed answers (dates, names, posts). */
import { judgeDate } from './dates';
import { officeParts } from './facts';
import { judgeName } from './names';
import { editDistance, meaningfulWords, typoAllowance } from './text';
import type { Grade, Question, Response, TypedQuestion } from './types';

const DATE_NOTES: Record<string, string> = {
	'too-vague': 'more detail was asked',
	unreadable: 'not read as a date'
};

/** Every word of the post's own name, typed with at most small typos: "general secretary" will do. */
function judgeOffice(given: string, office: string): boolean {
	const typed = meaningfulWords(given);
	const wanted = officeParts(office).post;
	if (!typed.length || !wanted.length) return false;
	return wanted.every((w) => typed.some((t) => editDistance(t, w) <= typoAllowance(w.length)));
}

export function gradeTyped(question: TypedQuestion, text: string): Grade {
	const given = text.trim();
	if (!given) return { correct: false, given: '(no answer)' };
	if (question.answerType === 'date' && question.date) {
		const verdict = judgeDate(given, question.date);
		// Another source's date for the same fact is not wrong either.
		const alsoRight =
			verdict !== 'right' && (question.altDates ?? []).some((d) => judgeDate(given, d) === 'right');
		return {
			correct: verdict === 'right' || alsoRight,
			given,
			note: alsoRight ? 'as another source gives it' : DATE_NOTES[verdict]
		};
	}
	const answers = [question.correctAnswer, ...(question.alternatives ?? [])];
	if (question.answerType === 'person') {
		const verdicts = answers.map((a) => judgeName(given, a, question.otherPeople));
		const best =
			verdicts.find((v) => v === 'exact') ??
			verdicts.find((v) => v === 'spelling') ??
			verdicts.find((v) => v === 'typo') ??
			'wrong';
		const note =
			best === 'typo' ? 'accepted with a small typo' : best === 'spelling' ? 'accepted spelling' : undefined;
		return { correct: best !== 'wrong', given, note };
	}
	return { correct: answers.some((a) => judgeOffice(given, a)), given };
}

export function gradeResponse(question: Question, response: Response): Grade {
	if (response.type === 'none') return { correct: false, given: '(no answer)' };
	switch (question.type) {
		case 'multiple-choice': {
			if (response.type !== 'choice') break;
			return {
				correct: response.index === question.answerIndex,
				given: question.options[response.index] ?? '(no answer)'
			};
		}
		case 'typed':
			if (response.type !== 'text') break;
			return gradeTyped(question, response.text);
		case 'true-false':
			if (response.type !== 'bool') break;
			return { correct: response.value === question.truth, given: response.value ? 'True' : 'False' };
		case 'timeline':
		case 'succession': {
			if (response.type !== 'order') break;
			const label = (id: string) => question.items.find((i) => i.id === id)?.label ?? id;
			return {
				correct: response.ids.join('\n') === question.correctOrder.join('\n'),
				given: response.ids.map(label).join(' → ')
			};
		}
		case 'office-matching': {
			if (response.type !== 'matching') break;
			const given = question.offices
				.map((o, i) => `${o}: ${question.persons[response.personByOffice[i] ?? -1] ?? '(none)'}`)
				.join('; ');
			return {
				correct: question.answer.every((person, i) => response.personByOffice[i] === person),
				given
			};
		}
	}
	return { correct: false, given: '(no answer)' };
}
