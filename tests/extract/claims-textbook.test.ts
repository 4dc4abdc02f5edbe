import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/lib/extract/claims';
import { extractTheses } from '../../src/lib/extract/theses';
import { ingestDocument } from '../../src/lib/ingest';
import { thesisCards } from '../../src/lib/cards/templates';
import { cardProblems } from '../../src/lib/cards/quality';
import { examWorthiness } from '../../src/lib/cards/exam-worthiness';
import type { ThesisFact } from '../../src/lib/extract/types';

/** As in the pipeline: the thesis shapes first, then the claims they left. */
function views(text: string, name = 'chapter.txt') {
	const doc = ingestDocument(name, text);
	const theses = extractTheses(doc);
	const found = [...theses, ...extractClaims(doc, theses)];
	const cardsOf = (fact: ThesisFact) =>
		thesisCards(fact, { doc }).filter(
			(c) => cardProblems(c, doc.original).length === 0 && examWorthiness(c).keep
		);
	const by = (author: string) => found.find((f) => f.author === author);
	return { doc, found, cardsOf, by };
}

/** An invented textbook chapter on the origins of the First World War. */
const ORIGINS = `The Origins of the First World War

The question of responsibility for the war has divided historians since 1919.

Historians such as A. J. P. Taylor have argued that the war was imposed on the statesmen by railway timetables. The German historian Fritz Fischer, in Griff nach der Weltmacht (1961), argued that Germany had deliberately sought a war of conquest. According to Fischer, the September Programme of 1914 showed the continuity of German war aims.

Marxist historians see the war as the product of imperialist rivalry between capitalist states. For Lenin, imperialism was the highest stage of capitalism.

In Namier's view, the revolution of 1848 was a revolution of the intellectuals. For Ranke, the task of the historian was to show the past as it actually happened. Hobsbawm called the years from 1789 to 1848 "the age of revolution". Tocqueville believed that the Revolution had continued the centralisation begun by the absolute monarchy.

Niall Ferguson's The Pity of War (1998) contends that Britain's entry into the war was a mistake. Taylor's verdict was that Bismarck had been a master of diplomacy rather than a planner of wars.
`;

describe("a textbook reports historians' views in many shapes, each attributed", () => {
	it('"Historians such as X have argued …" and "The German historian X, in WORK (YEAR), argued …"', () => {
		const { by, cardsOf } = views(ORIGINS);
		expect(by('A. J. P. Taylor')).toMatchObject({ form: 'ascribed', topic: 'the war' });
		const fischer = by('Fritz Fischer');
		expect(fischer).toMatchObject({ topic: 'Germany', verb: 'argue in 1961' });
		expect(cardsOf(fischer!)[0].front).toMatch(/^What did Fritz Fischer argue about Germany in 1961\b/);
	});

	it('a later "According to X" borrows the year of the work the chapter cited for X before', () => {
		const { by } = views(ORIGINS);
		expect(by('Fischer')).toMatchObject({ topic: 'the September Programme of 1914', verb: 'claim in 1961' });
	});

	it('"In X\'s view, A was B" and "For X, A was B" ask what A was, according to X', () => {
		const { by, cardsOf } = views(ORIGINS);
		const namier = by('Namier');
		expect(namier).toMatchObject({ form: 'definition', topic: 'the revolution of 1848' });
		expect(cardsOf(namier!).map((c) => [c.front, c.back])).toContainEqual([
			'According to Namier, what was the revolution of 1848?',
			'A revolution of the intellectuals'
		]);
		expect(cardsOf(by('Lenin')!)[0].back).toBe('The highest stage of capitalism');
		expect(cardsOf(by('Ranke')!)[0]).toMatchObject({
			front: 'According to Ranke, what was the task of the historian?',
			back: 'To show the past as it actually happened'
		});
	});

	it('a school of historians holds a view: "Marxist historians see the war as …"', () => {
		const { by } = views(ORIGINS);
		expect(by('Marxist historians')).toMatchObject({
			form: 'ascribed',
			topic: 'the war',
			verb: 'see',
			predicate: 'as the product of imperialist rivalry between capitalist states'
		});
	});

	it('a name given in quotation marks, a lone surname that believed, a work that contends, a verdict', () => {
		const { by } = views(ORIGINS);
		expect(by('Hobsbawm')).toMatchObject({
			topic: 'the years from 1789 to 1848',
			predicate: 'as "the age of revolution"'
		});
		expect(by('Tocqueville')).toMatchObject({ topic: 'the Revolution', verb: 'believe' });
		expect(by('Niall Ferguson')).toMatchObject({
			form: 'definition',
			topic: "Britain's entry into the war",
			predicate: 'a mistake',
			work: 'The Pity of War',
			year: 1998
		});
		expect(by('Taylor')).toMatchObject({ form: 'definition', topic: 'Bismarck' });
	});

	it('"For X, …" that does not say what a thing is makes no view (X is whom it concerned)', () => {
		const { found } = views('For Napoleon, the retreat from Moscow ended in disaster.\n');
		expect(found.filter((f) => f.author === 'Napoleon')).toEqual([]);
	});
});

describe("an essay signed under its title argues in its author's voice", () => {
	it('"by NAME" under the title: the essay\'s definitions are the author\'s (invented: Bismarck)', () => {
		const { found, cardsOf } = views(
			'Bismarck and the Unification of Germany\n\nby Jonathan Steinberg\n\nThe unification of Germany was not the fulfilment of a national dream but the work of Prussian power. The Kulturkampf was a political failure.\n',
			'essay.txt'
		);
		const kulturkampf = found.find((f) => f.topic === 'the Kulturkampf');
		expect(kulturkampf?.author).toBe('Steinberg');
		expect(cardsOf(kulturkampf!)[0]).toMatchObject({
			front: 'According to Steinberg, what was the Kulturkampf?',
			back: 'A political failure'
		});
	});
});

describe('more shapes a textbook or an obituary reports a view in', () => {
	it('"…, arguing that …": the claim of the subject nearest the participle (invented: Lloyd George)', () => {
		const { by, cardsOf } = views(
			'When the Lords threw out the budget in November 1909, Lloyd George toured the country, arguing that the House of Lords had become a partisan chamber of landlords.\n'
		);
		const fact = by('Lloyd George');
		expect(fact).toMatchObject({ topic: 'the House of Lords', verb: 'argue in 1909' });
		expect(cardsOf(fact!)[0].back).toBe('That the House of Lords had become a partisan chamber of landlords');
	});

	it('"X, in WORK (YEAR), doubted it: A, he argued, …" is X\'s view of A (invented: Taylor on Hitler)', () => {
		const { by } = views(
			'A. J. P. Taylor, in The Origins of the Second World War (1961), doubted it: Hitler, he argued, had no blueprint for war and improvised from one crisis to the next.\n'
		);
		expect(by('A. J. P. Taylor')).toMatchObject({ topic: 'Hitler', verb: 'argue in 1961' });
	});

	it('what a historian stressed, and a blame "which he argued …" (invented: Hobsbawm, Gibbon)', () => {
		const { by } = views(
			'Eric Hobsbawm, in The Age of Capital (1975), stressed the triumph of the liberal bourgeoisie. Edward Gibbon, in The Decline and Fall of the Roman Empire (1776), blamed Christianity, which he argued had sapped the civic virtue of the Romans.\n'
		);
		expect(by('Eric Hobsbawm')).toMatchObject({
			predicate: 'the triumph of the liberal bourgeoisie',
			verb: 'stress in 1975'
		});
		expect(by('Edward Gibbon')).toMatchObject({
			topic: 'Christianity',
			predicate: 'that Christianity had sapped the civic virtue of the Romans'
		});
	});

	it('"the only guarantee of …" is asked the other way round; "argued that A, and that B" is two claims', () => {
		const { by, found } = views(
			"Metternich believed that the balance of power was the only guarantee of peace in Europe.\n\nNehru argued that India must stay out of the military blocs, and that India's first task was the conquest of poverty.\n"
		);
		expect(by('Metternich')).toMatchObject({
			form: 'definition',
			topic: 'the only guarantee of peace in Europe',
			predicate: 'the balance of power'
		});
		expect(found.filter((f) => f.author === 'Nehru').map((f) => f.topic)).toEqual([
			'India',
			"India's first task"
		]);
	});

	it('"He argued …" in an obituary is the person its heading names (invented: Attlee)', () => {
		const { by } = views(
			'OBITUARIES\n\nCLEMENT ATTLEE\n1883–1967\n\nAttlee led the Labour Party for twenty years. Attlee was Prime Minister from 1945 to 1951.\n\nHis own account of his government appeared in As It Happened (1954). He argued that the welfare state was the fulfilment of the wartime promise of a fairer Britain. Attlee died in 1967.\n'
		);
		expect(by('Attlee')).toMatchObject({ form: 'ascribed', topic: 'the welfare state' });
	});

	it('"it" after "called this “X”" is that name; "him" is the person the sentence before was about', () => {
		const { by } = views(
			'Soviet policy after 1968 asserted a right to intervene in any socialist state. Western observers called this the "Brezhnev Doctrine"; Matthew Ouimet has argued that it was a defensive response to the Prague Spring.\n\nBismarck was dismissed in March 1890. Lothar Gall presented him as a white revolutionary who used radical means for conservative ends.\n'
		);
		expect(by('Matthew Ouimet')).toMatchObject({ topic: 'the "Brezhnev Doctrine"' });
		expect(by('Lothar Gall')).toMatchObject({ topic: 'Bismarck' });
	});
});

describe('revision notes tabulate views; schools and labelled lines name their holders', () => {
	const NOTES = `# The French Revolution – historiography

| Historian | View |
|---|---|
| **Georges Lefebvre** (1939) | revolution = a **bourgeois revolution**, the rise of a new class |
| **François Furet** (*Penser la Révolution*, 1978) | the Terror = product of revolutionary ideology, not of circumstances |
| **Revisionist** (e.g. Cobban / Doyle) | revolution = a political quarrel w/ social consequences |

- Motto (Robespierre, speech to the Convention, 5 Feb 1794): **"Terror is nothing other than justice, prompt, severe and inflexible"**
`;

	it('a table row "| Historian (Work, year) | X = Y |" asks what X was according to the historian (invented)', () => {
		const { by, cardsOf } = views(NOTES, 'revolution-notes.md');
		expect(cardsOf(by('Georges Lefebvre')!)[0]).toMatchObject({
			front: 'According to Georges Lefebvre (1939), what was revolution?',
			back: 'A bourgeois revolution'
		});
		expect(by('François Furet')).toMatchObject({
			topic: 'the Terror',
			predicate: 'product of revolutionary ideology',
			work: 'Penser la Révolution',
			year: 1978
		});
		expect(by('Cobban and Doyle')).toMatchObject({
			predicate: 'a political quarrel with social consequences'
		});
	});

	it('"Motto (NAME, occasion, date): “…”" is that person\'s line', () => {
		const { by } = views(NOTES, 'revolution-notes.md');
		expect(by('Robespierre')).toMatchObject({
			link: 'said',
			claim: 'Terror is nothing other than justice, prompt, severe and inflexible',
			year: 1794
		});
	});

	it('"A revisionist school, associated with X and Y, has argued that …" names X and Y (invented)', () => {
		const { by } = views(
			'A revisionist school, associated with Alfred Cobban and William Doyle, has argued that the Revolution was a political quarrel among elites.\n'
		);
		expect(by('Alfred Cobban and William Doyle')).toMatchObject({
			form: 'definition',
			topic: 'the Revolution'
		});
	});

	it('"he" after a sentence that names one person only, not the person the document is most about (invented)', () => {
		const { by } = views(
			'Napoleon III ruled France from 1852. Napoleon III was defeated at Sedan in 1870. Napoleon III died in exile in 1873.\n\nOtto von Bismarck was born in 1815.\n\nThe liberal majority in the diet alarmed Bismarck. In a speech of 1862 he argued that the great questions of the day would be decided by iron and blood.\n'
		);
		expect(by('Bismarck')).toMatchObject({ topic: 'the great questions of the day' });
		expect(by('Napoleon III')).toBeUndefined();
	});

	it('a middle initial in a name (invented: Elliott)', () => {
		const { by } = views(
			'John H. Elliott, in Imperial Spain (1963), emphasised the burden of Castile in the wars of the Habsburgs.\n'
		);
		expect(by('John H. Elliott')).toMatchObject({ verb: 'emphasise in 1963', work: 'Imperial Spain' });
	});
});

describe("a doctrine stated in a textbook is its author's; an author's verdict on it is not", () => {
	it('"X\'s doctrine of Y was that …", "X\'s Three Principles were …", "X wrote in his diary that …" (invented)', () => {
		const { by, found } = views(
			"The Reformation in Germany\n\nLuther's doctrine of justification was that faith alone saves the sinner. Sun Yat-sen's Three Principles of the People were nationalism, democracy and the people's livelihood. Erasmus wrote in his diary that the quarrel would tear Christendom apart. Calvin's theology was a radical break with Rome.\n"
		);
		expect(by('Luther')).toMatchObject({
			topic: 'the doctrine of justification',
			predicate: 'faith alone saves the sinner'
		});
		expect(by('Sun Yat-sen')).toMatchObject({
			topic: 'the Three Principles of the People',
			predicate: "nationalism, democracy and the people's livelihood"
		});
		expect(by('Erasmus')).toMatchObject({ topic: 'the quarrel', verb: 'write' });
		// "… was a radical break" is the textbook's judgement of Calvin's theology, not Calvin's claim.
		expect(found.filter((f) => f.author === 'Calvin')).toEqual([]);
	});

	it("in an author's own text, \"Trotsky's theory … is a variety of Menshevism\" is not Trotsky's claim", () => {
		const { found } = views(
			"TROTSKYISM OR LENINISM?\n\nby J. V. Stalin\n\nTrotsky's theory of permanent revolution is a variety of Menshevism.\n"
		);
		expect(found.filter((f) => f.author === 'Trotsky')).toEqual([]);
	});
});

describe("a school's members, a leading phrase without a comma, a capitalised clause", () => {
	it('"Revisionists such as X saw …", "In his memoirs X claimed …", "According to X, German …" (invented)', () => {
		const { by } = views(
			'The French Revolution\n\nRevisionists such as Alfred Cobban saw the Revolution as a struggle among elites. In his memoirs Talleyrand claimed that Napoleon had never understood England. According to Mommsen, German liberals were driven by fear of the masses. Post-revisionist historians such as William Doyle argue that the nobility was not a closed caste.\n'
		);
		expect(by('Alfred Cobban')).toMatchObject({
			topic: 'the Revolution',
			predicate: 'as a struggle among elites'
		});
		expect(by('Talleyrand')).toMatchObject({ topic: 'Napoleon' });
		expect(by('Mommsen')).toMatchObject({ topic: 'German liberals' });
		expect(by('William Doyle')).toMatchObject({ topic: 'the nobility', verb: 'argue' });
	});
});

describe('"he" is not the person the document is most about when the sentence before names another', () => {
	it('a name the index does not know still stops "he" from meaning the main person (invented)', () => {
		const { found } = views(
			'John H. Elliott wrote on Spain. John H. Elliott taught at Oxford. John H. Elliott died in 2022.\n\nThe news from Vienna alarmed Metternich. In a letter of 1820 he argued that revolutions were a disease of the body politic.\n'
		);
		expect(found.filter((f) => /Elliott/.test(f.author) && /revolutions/.test(f.claim))).toEqual([]);
	});

	it('a span of years in a revision table is asked as "the years …" (invented)', () => {
		const { by } = views(
			'| Historian | View |\n|---|---|\n| **Alfred Cobban** (1964) | 1789–94 = a revolution of office-holders, not of capitalists |\n',
			'notes.md'
		);
		expect(by('Alfred Cobban')).toMatchObject({ topic: 'the years 1789–94', link: 'were' });
	});
});
