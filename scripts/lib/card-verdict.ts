/**
 * What the generator's filters make of one templated card, for the tuning tools (explain, diagnose):
 * kept (as repaired), or dropped with the quality problems or the exam-worthiness rule that dropped it.
 */
import { cardProblems } from '../../src/lib/cards/quality';
import { namesSomeoneElse } from '../../src/lib/cards';
import { examWorthyCard, examWorthiness } from '../../src/lib/cards/exam-worthiness';
import type { Card } from '../../src/lib/cards/types';

export type CardVerdict =
	| { kept: true; card: Card }
	| { kept: false; card: Card; filter: 'quality' | 'worthiness'; reasons: string[] };

export function cardVerdict(card: Card, original: string, parties: string[]): CardVerdict {
	const problems: string[] = cardProblems(card, original);
	if (namesSomeoneElse(card)) problems.push('wrong-person');
	if (problems.length) return { kept: false, card, filter: 'quality', reasons: problems };
	const repaired = examWorthyCard(card, { parties });
	if (repaired) return { kept: true, card: repaired };
	return {
		kept: false,
		card,
		filter: 'worthiness',
		reasons: [examWorthiness(card).reason ?? 'after-repair']
	};
}
