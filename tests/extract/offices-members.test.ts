import { describe, expect, it } from 'vitest';
import { extractOfficeFacts } from '../../src/lib/extract/offices';
import { officeCards } from '../../src/lib/cards/templates';
import { docFromText } from './people-doc-fixture';

const members = (text: string) =>
	extractOfficeFacts(docFromText(text))
		.filter((f) => f.members)
		.map((f) => ({ body: f.organisation, members: f.members, start: f.start?.start.iso }));

describe('bodies named with their members', () => {
	it('reads "X, called the Political Bureau, consisted of A, B … and C", dated by the meeting before', () => {
		const text =
			'I take the minutes of the meeting of the Central Committee on October 10, 1917. The resolution was adopted. At this very same meeting the Central Committee elected a political centre; this centre, called the Political Bureau, consisted of Lenin, Zinoviev, Stalin, Kamenev, Trotsky, Sokolnikov and Bubnov.';
		expect(members(text)).toEqual([
			{
				body: 'Political Bureau',
				members: ['Lenin', 'Zinoviev', 'Stalin', 'Kamenev', 'Trotsky', 'Sokolnikov', 'Bubnov'],
				start: '1917-10-10'
			}
		]);
	});

	it('reads "Elected to the Committee of Public Safety: A, B and C"', () => {
		expect(
			members(
				'On 27 July 1793 the Convention sat. On 27 July 1793 it was elected to the Committee of Public Safety: Robespierre, Saint-Just and Couthon.'
			)
		).toEqual([
			{
				body: 'Committee of Public Safety',
				members: ['Robespierre', 'Saint-Just', 'Couthon'],
				start: '1793-07-27'
			}
		]);
	});

	it('asks who made up a dated body, and nothing for an undated one', () => {
		const dated = docFromText(
			'In March 1849 the Assembly chose a new government; the Executive Committee of the Roman Republic was composed of Mazzini, Armellini and Saffi.'
		);
		const fronts = extractOfficeFacts(dated)
			.flatMap((f) => officeCards(f, { doc: dated }))
			.map((c) => `${c.front} → ${c.back}`);
		expect(fronts).toContain(
			'Who made up the Executive Committee of the Roman Republic elected in March 1849? → Mazzini, Armellini and Saffi'
		);
		const undated = docFromText(
			'The Directory was composed of Barras, Reubell, Carnot, Letourneur and La Révellière.'
		);
		expect(extractOfficeFacts(undated).flatMap((f) => officeCards(f, { doc: undated }))).toEqual([]);
	});
});
