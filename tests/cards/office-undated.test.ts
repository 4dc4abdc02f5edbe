import { describe, expect, it } from 'vitest';
import { officeCards } from '../../src/lib/cards/templates';
import { cardProblems } from '../../src/lib/cards/quality';
import { extractOfficeFacts } from '../../src/lib/extract/offices';
import { docFromText } from '../extract/people-doc-fixture';

/** Cards of every office fact of a text that pass the quality filter: "front → back". */
function cardsOf(text: string): string[] {
	const doc = docFromText(text);
	return extractOfficeFacts(doc)
		.flatMap((fact) => officeCards(fact, { doc }))
		.filter((card) => cardProblems(card, doc.original).length === 0)
		.map((card) => `${card.front} → ${card.back}`);
}

describe('office cards for holdings the text does not date', () => {
	it('asks who was forced out of a post, and who was removed from it', () => {
		expect(cardsOf('They more or less forced Trotsky to step down from his position as Commissar of War.')).toEqual([
			'Who was forced to step down as Commissar of War? → Trotsky'
		]);
		expect(cardsOf('The Directory met. Removed Barras from his position as the President of the Directory')).toContain(
			'Who was removed as President of the Directory? → Barras'
		);
	});

	it('asks from which body one person was removed, never who was (many were)', () => {
		expect(cardsOf('Mikhail Tomsky was dismissed from the Central Council of Trade Unions.')).toEqual([
			'From which body was Tomsky removed? → The Central Council of Trade Unions'
		]);
	});

	it('asks who took a post with few holders, but not an undated presidency', () => {
		expect(
			cardsOf('A special Control Commission was set up. Joseph Stalin became the Supervisor of this Commission.')
		).toEqual(['Who became Supervisor of the Control Commission? → Stalin']);
		expect(cardsOf('Abraham Lincoln was a lawyer. Lincoln became President of the United States.')).toEqual([]);
	});

	it('dates a post by its named period', () => {
		expect(
			cardsOf('Winston Churchill held many posts, which can be listed:\n- Prime Minister of the United Kingdom during the Second World War;')
		).toEqual([
			'Who was Prime Minister of the United Kingdom during the Second World War? → Churchill',
			'Which post did Churchill hold during the Second World War? → Prime Minister of the United Kingdom'
		]);
	});

	it('dates a removal by the end of the holding', () => {
		expect(cardsOf('In 1781 Louis XVI dismissed Jacques Necker as Director-General of Finance.')).toContain(
			'Who was removed as Director-General of Finance in 1781? → Necker'
		);
	});
});
