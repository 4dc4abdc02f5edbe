import { describe, expect, it } from 'vitest';
import { extractTheses } from '../../src/lib/extract/theses';
import { thesisCards } from '../../src/lib/cards/templates';
import { fixtureDocument } from '../cards/fixture-document';

const stalin = { author: 'Stalin', work: 'The Foundations of Leninism', year: 1924 };

function theses(text: string, attribution: Parameters<typeof fixtureDocument>[2] = stalin) {
	const doc = fixtureDocument('doc.txt', text, attribution);
	return { doc, theses: extractTheses(doc) };
}

describe('definitions behind a hedge keep the hedge in the question', () => {
	it('"To be more exact, Leninism is …" asks what Leninism is, to be more exact', () => {
		const { doc, theses: found } = theses(
			'To be more exact, Leninism is the theory and tactics of the proletarian revolution in general.'
		);
		const leninism = found.find((t) => t.topic === 'Leninism');
		expect(leninism?.qualifier).toBe('to be more exact');
		const card = thesisCards(leninism!, { doc })[0];
		expect(card.front).toMatch(/what is Leninism, to be more exact\?$/);
		expect(card.back).toBe('The theory and tactics of the proletarian revolution in general');
	});

	it('an adverb after the verb ("is objectively", "is, in essence,") is the hedge, not the answer', () => {
		const { doc, theses: found } = theses(
			'Bonapartism is, in essence, the rule of the army over a divided nation. Jacobinism is objectively the dictatorship of the petty bourgeoisie.',
			{ author: 'Marx', year: 1852 }
		);
		const bonapartism = found.find((t) => t.topic === 'Bonapartism');
		expect(bonapartism).toMatchObject({
			qualifier: 'in essence',
			predicate: 'the rule of the army over a divided nation'
		});
		expect(thesisCards(bonapartism!, { doc })[0].front).toBe(
			'According to Marx (1852), what is Bonapartism in essence?'
		);
		const jacobinism = found.find((t) => t.topic === 'Jacobinism');
		expect(jacobinism?.predicate).toBe('the dictatorship of the petty bourgeoisie');
		expect(thesisCards(jacobinism!, { doc })[0].front).toBe(
			'According to Marx (1852), what is Jacobinism objectively?'
		);
	});
});

describe('contrasts', () => {
	it('"X, its point of departure, is not A, but B" keeps both halves (Stalin)', () => {
		const { theses: found } = theses(
			'The fundamental question of Leninism, its point of departure, is not the peasant question, but the question of the dictatorship of the proletariat, of the conditions under which it can be achieved, of the conditions under which it can be consolidated.'
		);
		expect(found.find((t) => /fundamental question/.test(t.topic))?.predicate).toBe(
			'not the peasant question, but the question of the dictatorship of the proletariat'
		);
	});

	it('works for any contrast a historian draws', () => {
		const { theses: found } = theses(
			'The central issue of Reconstruction, its real battleground, is not the tariff, but the status of the freedmen in the South.',
			{ author: 'Du Bois', year: 1935 }
		);
		expect(found.find((t) => /central issue/.test(t.topic))?.predicate).toBe(
			'not the tariff, but the status of the freedmen in the South'
		);
	});
});

describe('enumerated features', () => {
	it('"Trotskyism possesses three specific features … Firstly … Secondly … Thirdly" asks for the whole list, not one item by its place', () => {
		const { doc, theses: found } = theses(
			[
				'Trotskyism possesses three specific features which bring it into irreconcilable contradiction with Leninism.',
				'What are these features?',
				'Firstly. Trotskyism is the theory of permanent revolution.',
				'Secondly. Trotskyism is distrust of the Bolshevik Party principle, of the monolithic character of the Party.',
				'Thirdly. Trotskyism is distrust of the leaders of Bolshevism, an attempt to discredit, to defame them.'
			].join(' '),
			{ author: 'Stalin', work: 'Trotskyism or Leninism?', year: 1924 }
		);
		expect(found.some((t) => /\b(?:first|second|third) specific feature\b/.test(t.topic))).toBe(false);
		const list = found.find((t) => t.topic === 'the three specific features of Trotskyism');
		// Each item up to its first elaboration: the card holds the list, not three paragraphs.
		expect(list?.predicate).toBe(
			'the theory of permanent revolution; distrust of the Bolshevik Party principle; distrust of the leaders of Bolshevism'
		);
		const card = thesisCards(list!, { doc })[0];
		expect(card.front).toBe(
			'According to Stalin, “Trotskyism or Leninism?” (1924), what are the three specific features of Trotskyism?'
		);
		// The quote runs from the first item to the last, and is still the document's own text.
		expect(card.source.quote).toMatch(/^Trotskyism is the theory[\s\S]*to defame them\.$/);
		expect(doc.original.slice(card.source.start, card.source.end)).toBe(card.source.quote);
	});

	it('lists the duties any author enumerates ("Mazzini names three duties …")', () => {
		const { theses: found } = theses(
			'Man has three duties. First, man is a servant of humanity. Secondly, man is a citizen of a free nation. Thirdly, man is a member of a family.',
			{ author: 'Mazzini', year: 1860 }
		);
		expect(found.find((t) => t.topic === 'the three duties of Man')?.predicate).toBe(
			'a servant of humanity; a citizen of a free nation; a member of a family'
		);
	});

	it('asks for no list when an announced item is missing, only for the first item', () => {
		const { theses: found } = theses(
			'Absolutism in France had three distinguishing features. First, absolutism is concentration of power in the person of the king. Secondly, absolutism is suppression of the estates and of the parlements.',
			{ author: 'Tocqueville', year: 1856 }
		);
		const topics = found.map((t) => t.topic);
		expect(topics).toContain('the first distinguishing feature of Absolutism in France');
		expect(topics.some((t) => /second|three/.test(t))).toBe(false);
	});

	it('leaves an ordinal alone when no list was announced', () => {
		const { theses: found } = theses('Secondly. Leninism is the theory of the proletarian revolution.');
		expect(found.some((t) => /second/.test(t.topic))).toBe(false);
	});
});

describe('judgements of people', () => {
	it('"not only A; he is also B, but C" keeps the praise and the reservation', () => {
		const { theses: found } = theses(
			'Danton was born in 1759. Danton is not only a most gifted orator of the Convention; he is also rightly considered the idol of the sections, but his integrity can be trusted only with the great reserve, for there is something venal about him.',
			{ author: 'Robespierre', year: 1794 }
		);
		const danton = found.find((t) => t.topic === 'Danton');
		expect(danton?.claim).toBe(
			'Danton is a most gifted orator of the Convention and rightly considered the idol of the sections, but his integrity can be trusted only with the great reserve'
		);
	});

	it('"in my opinion that X was Y" is the author’s judgement of X (Stalin on Lenin)', () => {
		const { theses: found } = theses(
			'This simple and bold letter still further strengthened me in my opinion that Lenin was the mountain eagle of our Party.',
			{ author: 'Stalin', work: 'The Mountain Eagle', year: 1924 }
		);
		expect(found.find((t) => t.topic === 'Lenin')?.claim).toBe('Lenin was the mountain eagle of our Party');
	});

	it('the same holds in a letter about any statesman', () => {
		const { theses: found } = theses(
			'The debate of last week confirmed me in my conviction that General Grant is the ablest commander of the Union.',
			{ author: 'Lincoln', year: 1864 }
		);
		expect(found.find((t) => t.topic === 'General Grant')?.claim).toBe(
			'General Grant is the ablest commander of the Union'
		);
	});

	it('"I am not sure whether he will …" is what the author doubted about that person', () => {
		const { doc, theses: found } = theses(
			'Comrade Stalin, having become Secretary-General, has unlimited authority concentrated in his hands, and I am not sure whether he will always be capable of using that authority with sufficient caution.',
			{ author: 'Lenin', work: 'Political Testament', year: 1922 }
		);
		const doubt = found.find((t) => t.verb === 'doubt');
		expect(doubt).toMatchObject({
			author: 'Lenin',
			topic: 'Stalin',
			predicate: 'whether Stalin will always be capable of using his authority with sufficient caution'
		});
		const card = thesisCards(doubt!, { doc })[0];
		expect(card.front).toMatch(/^What did Lenin doubt about Stalin, according to/);
		expect(card.back).toBe(
			'Whether Stalin will always be capable of using his authority with sufficient caution'
		);
	});

	it('a doubt about a general in a president’s letter', () => {
		const { theses: found } = theses(
			'Sherman was born in 1820. General Sherman commands the finest army on the continent, and I am not sure that he will ever use that army against the enemy.',
			{ author: 'Lincoln', year: 1862 }
		);
		expect(found.find((t) => t.verb === 'doubt')?.predicate).toBe(
			'that Sherman will ever use his army against the enemy'
		);
	});
});

describe('views in the first person and positions in notes', () => {
	it('"We regard religion as an error and fight it with education" is how the speaker regards religion', () => {
		const { theses: found } = theses('We regard religion as an error and fight it with education.', {
			author: 'Kalinin',
			year: 1943
		});
		expect(found.find((t) => t.verb === 'regard')).toMatchObject({
			author: 'Kalinin',
			topic: 'religion',
			predicate: 'as an error'
		});
	});

	it('"We regard slavery as a moral evil …" in a speech by anyone', () => {
		const { theses: found } = theses('We regard slavery as a moral, social and political wrong.', {
			author: 'Lincoln',
			year: 1858
		});
		expect(found.find((t) => t.verb === 'regard')?.predicate).toBe('as a moral');
	});

	it('a trailing "throughout that summer" is not part of what was opposed', () => {
		const { theses: found } = theses(
			'Lafayette was born in 1757. Lafayette continued to oppose the abolition of the monarchy throughout that summer.',
			{}
		);
		expect(found.find((t) => t.verb === 'oppose')?.predicate).toBe('the abolition of the monarchy');
		// The birth year is not the time "that summer" points to.
		expect(found.some((t) => /1757/.test(t.verb ?? ''))).toBe(false);
	});
});

describe('purposes and premises', () => {
	it('"X is needed so that with its help …" answers why X is needed (Stalin, quoted after "He continued:")', () => {
		const { doc, theses: found } = theses(
			'The Socialist dictatorship of the proletariat is needed so that with its help the proletariat could expropriate the bourgeoisie, confiscate the land, forests, factories and works, machines, railways, etc. from all the bourgeoisie.',
			{ author: 'Stalin', year: 1907 }
		);
		const purpose = found.find((t) => /dictatorship/.test(t.topic));
		expect(purpose?.predicate).toBe('in order that the proletariat could expropriate the bourgeoisie');
		const cards = thesisCards(purpose!, { doc });
		expect(cards.map((c) => c.front)).toEqual([
			'According to Stalin (1907), why is the Socialist dictatorship of the proletariat needed?'
		]);
		expect(cards[0].back).toBe('In order that the proletariat could expropriate the bourgeoisie');
	});

	it('a purpose in any constitutional debate', () => {
		const { doc, theses: found } = theses(
			'A standing army is necessary in order that the Union may defend its frontiers against foreign powers.',
			{ author: 'Hamilton', year: 1788 }
		);
		const card = thesisCards(
			found.find((t) => /standing army/.test(t.topic))!,
			{ doc }
		)[0];
		expect(card.front).toBe('According to Hamilton (1788), why is a standing army necessary?');
		expect(card.back).toBe('In order that the Union may defend its frontiers against foreign powers');
	});

	it('"proceed from the premise that …" asks for the premise; the first of several that-clauses answers', () => {
		const { doc, theses: found } = theses(
			'Bourgeois constitutions tacitly proceed from the premise that society consists of antagonistic classes; that no matter what party comes into power, the guidance of society must be in the hands of the bourgeoisie.',
			{ author: 'Stalin', year: 1936 }
		);
		const card = thesisCards(
			found.find((t) => /constitutions/.test(t.topic))!,
			{ doc }
		)[0];
		expect(card.front).toBe(
			'According to Stalin (1936), from what premise do bourgeois constitutions proceed?'
		);
		expect(card.back).toBe('The premise that society consists of antagonistic classes');
	});

	it('reads the claim quoted after a colon ("He continued: “The … is needed so that …”")', () => {
		const { theses: found } = theses(
			'Lincoln was born in 1809. He continued: "The Union is needed so that self-government shall not perish from the earth."',
			{}
		);
		expect(found.find((t) => /Union/.test(t.topic))).toMatchObject({
			author: 'Lincoln',
			predicate: 'in order that self-government shall not perish from the earth'
		});
	});
});

describe('letters inside a collection speak in their writers’ voices', () => {
	const collection = [
		'Lincoln was born in 1809. Seward was born in 1801. Hay was born in 1838. Chase was born in 1808. Welles was born in 1802.',
		'No. 1',
		'J. Hay to the editor of the Century',
		'Lincoln highly valued Seward, so much so that he kept him in the cabinet through every crisis.',
		'J. Hay.',
		'Letter of Gideon Welles to Charles Sumner',
		'1864',
		'Lincoln deeply distrusted Chase.'
	].join('\n\n');
	// The collection as a whole is credited to someone else: each letter must still speak for its writer.
	const found = extractTheses(fixtureDocument('letters.txt', collection, { author: 'Nicolay' }));

	it('attributes each letter to the writer its heading or signature names, not to the collection', () => {
		expect(found.find((t) => t.topic === "Lincoln's attitude to Seward")).toMatchObject({
			author: 'Hay',
			claim: 'Lincoln highly valued Seward'
		});
		expect(found.find((t) => t.topic === "Lincoln's attitude to Chase")).toMatchObject({
			author: 'Welles',
			year: 1864,
			work: 'Letter of Gideon Welles to Charles Sumner'
		});
	});

	it('reads "X really appreciated Y" in a statement as the writer’s account of X’s attitude (Ulyanova)', () => {
		const statement = [
			'Lenin was born in 1870. Stalin was born in 1878. Ulyanova was born in 1878.',
			'M.I. Ulyanova to the presidium of the joint plenum',
			'26th July, 1926',
			'Vladimir Ilyich really appreciated Stalin.',
			'These relations were most intimate and friendly.',
			'26th July 1926. M. Ulyanova.',
			'Letter of Joseph Stalin to Vladimir Ilyich Lenin',
			'Stalin is a major worker and a good organiser.'
		].join('\n\n');
		const theses = extractTheses(
			fixtureDocument('c.txt', `Vladimir Ilyich Lenin was born in 1870.\n\n${statement}`, {
				author: 'Stalin'
			})
		);
		expect(theses.find((t) => t.topic === "Lenin's attitude to Stalin")).toMatchObject({
			author: 'Ulyanova',
			year: 1926,
			claim: 'Vladimir Ilyich really appreciated Stalin'
		});
	});

	it('gives no judgement to "X was with Y within 5 minutes" (a scene, not a judgement)', () => {
		const theses = extractTheses(
			fixtureDocument(
				'u.txt',
				'Stalin was born in 1878. Stalin was with V. Ilyich within 5 minutes and not more.',
				{ author: 'Ulyanova' }
			)
		);
		expect(theses.some((t) => t.topic === 'Stalin')).toBe(false);
	});
});

describe('a bullet list under a reporting line', () => {
	it('"They demanded;" over a list is what the group named in the line before demanded (notes)', () => {
		const text = [
			'In July 1926 the UNITED OPPOSITION formally founded the group. They demanded;',
			'- Greater Party Democracy\n- More Industrial Planning\n- Collectivisation of the Agriculture',
			'The group did not receive very much support.'
		].join('\n\n');
		const doc = fixtureDocument('notes.txt', text.replace(/\n- /g, '\n\n- '));
		const demand = extractTheses(doc).find((t) => t.verb === 'demand in 1926');
		expect(demand).toMatchObject({
			author: 'the United Opposition',
			predicate: 'Greater Party Democracy, More Industrial Planning and Collectivisation of the Agriculture'
		});
		// The quote runs from the line naming the group to the last item, so the card can be checked.
		expect(doc.original.slice(demand!.sentence.start, demand!.sentence.end)).toMatch(
			/^In July 1926 the UNITED OPPOSITION[\s\S]*Collectivisation of the Agriculture$/
		);
		const card = thesisCards(demand!, { doc })[0];
		// Dated, it needs no "according to the source".
		expect(card.front).toBe('What did the United Opposition demand in 1926?');
	});

	it('works for any assembly’s demands', () => {
		const text = [
			'In May 1789 the THIRD ESTATE gathered at Versailles. They demanded:',
			'- Voting by head',
			'- A written constitution'
		].join('\n\n');
		const demand = extractTheses(fixtureDocument('notes.txt', text)).find((t) =>
			/^demand/.test(t.verb ?? '')
		);
		expect(demand).toMatchObject({
			author: 'the Third Estate',
			predicate: 'Voting by head and a written constitution'
		});
	});

	it('"X presented his idea “…”;" takes the first point as what the idea held', () => {
		const text = [
			'Stalin was born in 1878. During the Autumn 1924 Stalin presented his idea “SOCIALISM IN ONE COUNTRY”;',
			'- The new State needs peace and stability so it can construct socialism on its own',
			'- Bukharin now supported Stalin'
		].join('\n\n');
		const idea = extractTheses(fixtureDocument('notes.txt', text)).find(
			(t) => t.topic === 'socialism in one country'
		);
		expect(idea).toMatchObject({
			author: 'Stalin',
			verb: 'argue in 1924',
			predicate: 'The new State needs peace and stability so it can construct socialism on its own'
		});
	});
});

describe('"According to X, …"', () => {
	it('a definition after "According to Bismarck," is Bismarck’s', () => {
		const { theses: found } = theses(
			'Bismarck was born in 1815. According to Bismarck, politics is the art of the possible.',
			{}
		);
		expect(found.find((t) => t.topic === 'politics')).toMatchObject({
			author: 'Bismarck',
			predicate: 'the art of the possible'
		});
	});
	it('in an author’s own text, the named person is quoted by the author (Stalin citing Lenin)', () => {
		const { theses: found } = theses(
			'Lenin was born in 1870. According to Lenin, the dictatorship of the proletariat is the instrument of the proletarian revolution.'
		);
		expect(found.find((t) => /dictatorship/.test(t.topic))).toMatchObject({
			author: 'Lenin',
			quotedBy: 'Stalin'
		});
	});
	it('takes a descriptor before the name ("According to the historian, Thomas Carlyle, …")', () => {
		const { theses: found } = theses(
			'Carlyle was born in 1795. According to the historian, Thomas Carlyle, the Revolution is the great event of modern history.',
			{}
		);
		expect(found.find((t) => /Revolution/.test(t.topic))?.author).toBe('Carlyle');
	});
});

describe('"make up" / "constitute" with a plural subject named in the sentence before', () => {
	it('"I think relations between them make up the greater part of the danger of a split" (Lenin)', () => {
		const { doc, theses: found } = theses(
			'Stalin was born in 1878. Trotsky was born in 1879.\n\nI think that the prime factors in the question of stability are such members of the C.C. as Stalin and Trotsky. I think relations between them make up the greater part of the danger of a split, which could be avoided.',
			{ author: 'Lenin', work: 'Political Testament', year: 1922 }
		);
		const split = found.find((t) => t.topic === 'relations between Stalin and Trotsky');
		expect(split?.predicate).toBe('the greater part of the danger of a split, which could be avoided');
		expect(thesisCards(split!, { doc })[0].front).toBe(
			'According to Lenin, “Political Testament” (1922), what do relations between Stalin and Trotsky make up?'
		);
	});
	it('any rivalry a historian describes', () => {
		const { theses: found } = theses(
			'Pitt was born in 1759. Fox was born in 1749.\n\nThe Commons was dominated by Pitt and Fox. The quarrels between them constitute the main thread of the parliamentary history of the decade.',
			{ author: 'Macaulay', year: 1840 }
		);
		expect(
			found.find(
				(t) =>
					t.topic === 'The quarrels between Pitt and Fox' || t.topic === 'the quarrels between Pitt and Fox'
			)?.predicate
		).toBe('the main thread of the parliamentary history of the decade');
	});
});

describe('a passage cut off from its article by an image caption', () => {
	it('cites the article’s heading, not the caption (“Maria UlyanovaImage”)', () => {
		const text =
			'Lenin was born in 1870. Lenin demanded that Stalin withdraw his words, apologise or face a rupture in their relations.';
		const doc = fixtureDocument('c.txt', text, {}, 'Maria UlyanovaImage');
		// Two sections: the article's heading above, the caption-headed passage below.
		const article = {
			...doc.sections[0],
			title: 'On the Relations between Lenin and Stalin',
			cleanEnd: 0,
			end: 0
		};
		doc.sections.unshift(article);
		for (const s of doc.sentences) s.sectionIndex = 1;
		const demand = extractTheses(doc).find((t) => /^demand/.test(t.verb ?? ''));
		expect(demand?.work).toBe('On the Relations between Lenin and Stalin');
		expect(thesisCards(demand!, { doc })[0].front).toBe(
			'What did Lenin demand of Stalin, according to “On the Relations between Lenin and Stalin”?'
		);
	});
	it('a plain heading keeps its own passage', () => {
		const doc = fixtureDocument(
			'c.txt',
			'Danton was born in 1759. Danton demanded the levy en masse.',
			{},
			'The Convention'
		);
		expect(extractTheses(doc).find((t) => /^demand/.test(t.verb ?? ''))?.work).toBeUndefined();
	});
});

describe('numbered feature headings after "What are the features of …?"', () => {
	it('"What are the specific features of this new party? 1) The Party as …" asks for all of them (Stalin)', () => {
		const { doc, theses: found } = theses(
			'This new party is the party of Leninism. What are the specific features of this new party?\n\n1) The Party as the advanced detachment of the working class. The Party must be, first of all, the advanced detachment.\n\n2) The Party as the highest form of class organisation of the proletariat.'
		);
		const list = found.find((t) => t.topic === 'the two specific features of the Party');
		expect(list?.predicate).toBe(
			'the advanced detachment of the working class; the highest form of class organisation of the proletariat'
		);
		expect(thesisCards(list!, { doc })[0].front).toBe(
			'According to Stalin, “The Foundations of Leninism” (1924), what are the two specific features of the Party?'
		);
		expect(found.some((t) => /(?:first|second) specific feature/.test(t.topic))).toBe(false);
	});
	it('a list with a gap (1, 3) is no card: neither the list nor an item by its place', () => {
		const { theses: found } = theses(
			'What are the main features of the Jacobin club?\n\n1) The club as a school of revolutionary virtue.\n\n3) The club as an instrument of the Committee of Public Safety.',
			{ author: 'Michelet', year: 1847 }
		);
		expect(found.some((t) => /feature/.test(t.topic))).toBe(false);
	});
	it('a numbered "X as Y" line about something else is not a feature of the announced subject', () => {
		const { theses: found } = theses(
			'What are the main features of the Jacobin club?\n\n1) Robespierre as a speaker of the club.',
			{ author: 'Michelet', year: 1847 }
		);
		expect(found.some((t) => /feature/.test(t.topic))).toBe(false);
	});
});

describe('the role someone played, as the author judges it', () => {
	it('"I must say, however, that Trotsky did not play any special role in the October uprising" (Stalin)', () => {
		const { doc, theses: found } = theses(
			'Trotsky was born in 1879. I must say, however, that Trotsky did not play any special role in the October uprising, nor could he do so.',
			{ author: 'Stalin', work: 'Trotskyism or Leninism?', year: 1924 }
		);
		const role = found.find((t) => /role Trotsky played/.test(t.topic));
		expect(role?.predicate).toBe('no special role');
		expect(thesisCards(role!, { doc })[0]).toMatchObject({
			front:
				'According to Stalin, “Trotskyism or Leninism?” (1924), what was the role Trotsky played in the October uprising?',
			back: 'No special role'
		});
	});
	it('"Moltke played a decisive role in the victory at Sedan" in a memoir', () => {
		const { theses: found } = theses(
			'Moltke was born in 1800. We all know that Moltke played a decisive role in the victory at Sedan.',
			{ author: 'Bismarck', year: 1898 }
		);
		expect(found.find((t) => t.topic === 'the role Moltke played in the victory at Sedan')?.predicate).toBe(
			'a decisive role'
		);
	});
	it('a narrative with no author states no judgement', () => {
		const { theses: found } = theses(
			'Moltke was born in 1800. Moltke played a decisive role in the victory at Sedan.',
			{}
		);
		expect(found.some((t) => /role/.test(t.topic))).toBe(false);
	});
});

it('"They demanded:" after a body named by one plural word ("the Chartists")', () => {
	const text = [
		'In 1838 the Chartists drew up the People’s Charter. They demanded:',
		'- Universal male suffrage',
		'- The secret ballot'
	].join('\n\n');
	const demand = extractTheses(fixtureDocument('notes.txt', text)).find((t) => /^demand/.test(t.verb ?? ''));
	expect(demand).toMatchObject({
		author: 'the Chartists',
		predicate: 'Universal male suffrage and the secret ballot'
	});
});

describe('"no way of X other than Y" names the only way', () => {
	it('"We must say that we see no way of introducing socialist farming other than through …" (Lenin)', () => {
		const { doc, theses: found } = theses(
			'We must say that we see no way of introducing socialist farming other than through a series of comradely agreements with the middle peasants, to whom we must turn more and more often.',
			{ author: 'Lenin', year: 1919 }
		);
		const only = found.find((t) => t.topic === 'the only way of introducing socialist farming');
		expect(only?.predicate).toBe('through a series of comradely agreements with the middle peasants');
		expect(thesisCards(only!, { doc })[0].front).toBe(
			'According to Lenin (1919), what is the only way of introducing socialist farming?'
		);
	});
	it('"There is no way to save the Union other than …" in any speech', () => {
		const { theses: found } = theses(
			'There is no way to save the Union other than the gradual abolition of slavery in the border states.',
			{ author: 'Lincoln', year: 1862 }
		);
		expect(found.find((t) => t.topic === 'the only way to save the Union')?.predicate).toBe(
			'the gradual abolition of slavery in the border states'
		);
	});
});

describe('an author’s verdict on an idea', () => {
	it('"Absolutely untenable scientifically, the idea that the Jews form a separate nation is reactionary politically" (Lenin)', () => {
		const { doc, theses: found } = theses(
			'Absolutely untenable scientifically, the idea that the Jews form a separate nation is reactionary politically.',
			{ author: 'Lenin', work: 'The Position of the Bund in the Party', year: 1903 }
		);
		const verdict = found.find((t) => t.verb === 'judge');
		expect(verdict).toMatchObject({
			topic: 'the idea that the Jews form a separate nation',
			predicate: 'as absolutely untenable scientifically and reactionary politically'
		});
		expect(thesisCards(verdict!, { doc })[0].front).toBe(
			'How did Lenin judge the idea that the Jews form a separate nation, according to “The Position of the Bund in the Party”?'
		);
	});
	it('a historian’s verdict on a doctrine', () => {
		const { theses: found } = theses(
			'The theory of the divine right of kings was utterly untenable historically.',
			{
				author: 'Macaulay',
				year: 1848
			}
		);
		expect(found.find((t) => t.verb === 'judge')?.predicate).toBe('as utterly untenable historically');
	});
	it('no verdict without an author to hold it', () => {
		const { theses: found } = theses('The idea that the earth is flat is false.', {});
		expect(found.some((t) => t.verb === 'judge')).toBe(false);
	});
});

it('"X demanded that Y …" asks what X demanded of Y', () => {
	const { doc, theses: found } = theses(
		'Lenin was born in 1870. Stalin was born in 1878. Lenin demanded that Stalin withdraw his words, apologise or face a rupture in their relations.',
		{}
	);
	const demand = found.find((t) => /^demand/.test(t.verb ?? ''));
	expect(demand?.verb).toBe('demand of Stalin');
	expect(thesisCards(demand!, { doc })[0].front).toMatch(/^What did Lenin demand of Stalin, according to/);
	const { theses: other } = theses(
		'Bismarck was born in 1815. Bismarck demanded that Austria withdraw from the German Confederation.',
		{}
	);
	// A state is no person: the question keeps its plain form.
	expect(other.find((t) => /^demand/.test(t.verb ?? ''))?.verb).toBe('demand');
});

it('"throughout that summer" after "In April 1917, …" dates the question with the summer of 1917', () => {
	const { doc, theses: found } = theses(
		'Lafayette was born in 1757. In April 1792, Lafayette commanded the Army of the Centre. He continued to oppose the abolition of the monarchy throughout that summer.',
		{}
	);
	const opposed = found.find((t) => /^oppose/.test(t.verb ?? ''));
	expect(opposed).toMatchObject({
		verb: 'oppose throughout the summer of 1792',
		predicate: 'the abolition of the monarchy'
	});
	expect(thesisCards(opposed!, { doc })[0].front).toBe(
		'What did Lafayette oppose throughout the summer of 1792?'
	);
});

describe('several predicates of one topic in one passage', () => {
	it('gathers them into one answer ("Bismarck saw in Russia both a danger and a partner")', () => {
		const { doc, theses: found } = theses(
			'Russia was a danger on the eastern frontier of the Reich. Russia was a partner against revolution in Poland.',
			{ author: 'Bismarck', work: 'Thoughts and Memories', year: 1898 }
		);
		const russia = found.filter((t) => t.topic === 'Russia' && t.form === 'definition');
		// One card: "what was Russia?" with either predicate alone would mark the other wrong.
		expect(russia).toHaveLength(1);
		expect(russia[0].predicate).toBe(
			'a danger on the eastern frontier of the Reich; a partner against revolution in Poland'
		);
		const card = thesisCards(russia[0], { doc })[0];
		expect(card.back).toBe(
			'A danger on the eastern frontier of the Reich; a partner against revolution in Poland'
		);
		expect(doc.original.slice(card.source.start, card.source.end)).toBe(card.source.quote);
		expect(card.source.quote).toMatch(/^Russia was a danger[\s\S]*in Poland\.$/);
	});
	it('gives no card when a predicate is too long to gather (Stalin on tsarism)', () => {
		const { theses: found } = theses(
			'Tsarism was the concentration of the worst features of imperialism. Tsarism was a most faithful ally of Western imperialism in the partition of Turkey and Persia and of the Chinese provinces of the north.'
		);
		expect(found.some((t) => t.topic === 'Tsarism' && /^(?:is|was)$/.test(t.link ?? ''))).toBe(false);
	});
	it('leaves definitions of one topic in distant passages apart', () => {
		const filler = ' The war went on through the winter and the spring.'.repeat(40);
		const { theses: found } = theses(
			`Russia was a danger on the eastern frontier of the Reich.${filler} Russia was a partner against revolution in Poland.`,
			{ author: 'Bismarck', year: 1898 }
		);
		expect(found.filter((t) => t.topic === 'Russia').map((t) => t.predicate)).toEqual(
			expect.arrayContaining([
				'a danger on the eastern frontier of the Reich',
				'a partner against revolution in Poland'
			])
		);
	});
});

describe('short re-namings after a long definition stay in the answer', () => {
	it('"X is the instrument of …, its organ, its most important mainstay, brought into being …" (Stalin)', () => {
		const { theses: found } = theses(
			'The dictatorship of the proletariat is the instrument of the proletarian revolution, its organ, its most important mainstay, brought into being for the purpose of, firstly, crushing the resistance of the overthrown exploiters and consolidating the achievements of the proletarian revolution.'
		);
		expect(found.find((t) => t.topic === 'the dictatorship of the proletariat')?.predicate).toBe(
			'the instrument of the proletarian revolution, its organ, its most important mainstay'
		);
	});
	it('works for any institution a historian names several ways (the Zollverein)', () => {
		const { theses: found } = theses(
			'The Zollverein was the foundation of German unity, its school, its first parliament, created by Prussia in order to bind the smaller states to Berlin through their trade, their tariffs and their railways.',
			{ author: 'Treitschke', work: 'German History', year: 1879 }
		);
		expect(found.find((t) => t.topic === 'the Zollverein')?.predicate).toBe(
			'the foundation of German unity, its school, its first parliament'
		);
	});
});
