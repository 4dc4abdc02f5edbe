import { describe, expect, it } from 'vitest';
import { extractDateFacts } from '../../src/lib/extract/dates';
import { ingestDocument } from '../../src/lib/ingest/index';

const questions = (name: string, text: string) =>
	extractDateFacts(ingestDocument(name, text)).map((f) => `${f.question} → ${f.date.written}`);

describe('dates of the works in a collection', () => {
	it('dates a speech by the dateline under its title and says what kind of work it is', () => {
		const text = [
			'SPEECHES OF ABRAHAM LINCOLN',
			'',
			'THE GETTYSBURG ADDRESS',
			'A Speech Delivered at the Dedication of the Soldiers’ National Cemetery',
			'November 19, 1863',
			'',
			'Four score and seven years ago our fathers brought forth on this continent a new nation, conceived in Liberty, and dedicated to the proposition that all men are created equal.',
			'',
			'Now we are engaged in a great civil war, testing whether that nation, or any nation so conceived and so dedicated, can long endure.',
			''
		].join('\n');
		const got = questions('lincoln-speeches.txt', text);
		expect(got.join('\n')).toMatch(/“The Gettysburg Address”.* → November 19, 1863/);
		expect(got.join('\n')).toMatch(/a speech at the Dedication of the Soldiers’ National Cemetery/);
	});

	it('dates an interview by its dateline (corpus excerpt)', () => {
		const text = [
			'J. V. STALIN WORKS VOLUME 6',
			'',
			'THE DISCUSSION',
			'Interview With a Rosta Correspondent',
			'January 9, 1924',
			'',
			'The discussion which has extensively developed in the R.C.P.(B.) and its press will be conclusively summed up only by the All-Union Party Conference that is to take place in a week’s time.',
			''
		].join('\n');
		const got = questions('stalin-works.txt', text);
		expect(got.join('\n')).toMatch(
			/“The Discussion”, an interview with a Rosta Correspondent → January 9, 1924/
		);
	});

	it('reads archive field lines: the work above a "Delivered:" or "Published:" line was delivered or published then', () => {
		const text = [
			'Otto von Bismarck',
			'',
			'Blood and Iron',
			'',
			'Delivered: 30 September, 1862 First Published: in the Berliner Allgemeine Zeitung, October 1, 1862',
			'Source: Speeches, Volume 2',
			'',
			'Germany does not look to Prussia’s liberalism, but to its power.',
			''
		].join('\n');
		const got = questions('bismarck.txt', text);
		expect(got.join('\n')).toMatch(/“Blood and Iron”.* → 30 September, 1862/);
		// Only the first field's date dates the work; the first publication is another event.
		expect(got.join('\n')).not.toMatch(/“Blood and Iron”.* → October 1, 1862/);
	});

	it('asks a publication in the passive: the author did not publish the paper', () => {
		const text = [
			'Insertions for V. Kalinin’s Article “The Peasant Congress”',
			'',
			'Published: Proletary No. 25, November 16 (3), 1905. Printed from the Proletary text verified with the original.',
			'',
			'No. 25 of Proletary carried the article.',
			''
		].join('\n');
		const got = extractDateFacts(ingestDocument('lenin.txt', text));
		const pub = got.find((f) => /published/.test(f.question));
		expect(pub?.question).toMatch(
			/^was .*“Insertions for V\. Kalinin[’']s Article ‘The Peasant Congress’” published$/
		);
		expect(pub?.date.start.alt).toBeDefined();
	});

	it('takes a letter head "X to Y" as the letter’s writer and addressee', () => {
		const text = [
			'LETTERS',
			'',
			'No. 3',
			'',
			'Thomas Jefferson to the Marquis de Lafayette',
			'',
			'14th February, 1815',
			'',
			'Your letter of August the 14th has been received and read again and again with extraordinary pleasure.',
			''
		].join('\n');
		const got = questions('jefferson-letters.txt', text).join('\n');
		expect(got).toMatch(/did (?:Thomas )?Jefferson write to the Marquis de Lafayette → 14th February, 1815/);
	});

	it('leaves out a congress named as a heading: the prose dates it', () => {
		const text = [
			'THIRTEENTH CONGRESS OF THE PARTY',
			'May 23-31, 1924',
			'',
			'The congress opened with a report of the Central Committee on the work done in the past year.',
			''
		].join('\n');
		expect(questions('congress.txt', text).join('\n')).not.toMatch(/“/);
	});

	it('does not take a chronology heading with a year under it for a dated work', () => {
		const text = [
			'KEY DATES OF THE REVOLUTION',
			'1917',
			'',
			'February 23: Strikes break out in Petrograd.',
			''
		].join('\n');
		expect(questions('chronology.txt', text).join('\n')).not.toMatch(/“/);
		const plain = [
			'LENINGRAD',
			'1942',
			'',
			'The city held out through the winter while the front moved east.',
			''
		].join('\n');
		expect(questions('memoir.txt', plain).join('\n')).not.toMatch(/“/);
	});
});
