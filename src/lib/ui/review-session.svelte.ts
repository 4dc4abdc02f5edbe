/**
 * One study session on the review screen: which card is shown, which side, the counts left and what
 * each button would do. Every answer is written (one transaction) before the next card is shown, and
 * the next card is read back from the store, so a reload resumes exactly where the student was.
 */
import type { AnnalsDb } from '../db/schema';
import type { CardRow, Rating } from '../db/rows';
import { getStudySettings } from '../db/settings-repo';
import { getFsrsWeights } from '../db/stats-repo';
import {
	lastReview,
	recordReview,
	setSuspended,
	buryCard,
	restoreCardFlags,
	undoLastReview,
	getCard,
	unburyExpired
} from '../db/review-repo';
import {
	limitsReached,
	nextCard,
	nextDueAt,
	studyCounts,
	type StudyCounts,
	type StudyScope
} from '../db/queue-repo';
import { previewIntervals, type IntervalPreview } from '../srs/scheduler';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '../srs/settings';
import { requestPersistentStorageOnce } from '../pwa/storage';

export type ReviewPhase = 'loading' | 'question' | 'answer' | 'done' | 'failed';

export class ReviewSession {
	phase = $state<ReviewPhase>('loading');
	card = $state<CardRow | null>(null);
	counts = $state<StudyCounts>({ newCards: 0, learning: 0, reviews: 0 });
	intervals = $state<IntervalPreview[]>([]);
	canUndo = $state(false);
	nextDue = $state<number | null>(null);
	waiting = $state({ newCardsWaiting: false, reviewsWaiting: false });
	/** A failed save or load, in words for the student; what was stored is unchanged. */
	error = $state<string | null>(null);
	/** Short confirmation of the last action, for the live region ("Undone", "Suspended"). */
	notice = $state('');
	answered = $state(0);

	#settings: StudySettings = DEFAULT_STUDY_SETTINGS;
	/** Fitted FSRS parameters the student accepted, or undefined for the defaults. */
	#weights: number[] | undefined;
	#shownAt = 0;
	/**
	 * The card as it was before the last Suspend or Bury, so Undo can take that back too (as in Anki);
	 * cleared by the next answer, after which Undo takes back answers again.
	 */
	#beforeSetAside: { card: CardRow; action: 'suspend' | 'bury' } | null = null;
	#queue: Promise<void> = Promise.resolve();
	readonly #db: AnnalsDb;
	readonly #scope: StudyScope;
	readonly #clock: () => number;

	constructor(db: AnnalsDb, scope: StudyScope, clock: () => number = Date.now) {
		this.#db = db;
		this.#scope = scope;
		this.#clock = clock;
	}

	async start(): Promise<void> {
		await this.#guard(async () => {
			this.#settings = await getStudySettings(this.#db);
			this.#weights = await getFsrsWeights(this.#db);
			await unburyExpired(this.#db, this.#clock());
			await this.#showNext();
		}, 'Could not open your cards');
	}

	showAnswer(): void {
		if (this.phase !== 'question' || !this.card) return;
		this.intervals = previewIntervals(this.card.memory, this.#clock(), {
			desiredRetention: this.#settings.desiredRetention,
			weights: this.#weights
		});
		this.phase = 'answer';
	}

	async answer(rating: Rating): Promise<void> {
		if (this.phase !== 'answer') return;
		await this.#guard(async () => {
			const card = this.card;
			if (this.phase !== 'answer' || !card) return;
			const now = this.#clock();
			await recordReview(this.#db, {
				cardId: card.id,
				rating,
				now,
				durationMs: now - this.#shownAt,
				scheduler: { desiredRetention: this.#settings.desiredRetention, weights: this.#weights }
			});
			this.answered++;
			this.#beforeSetAside = null;
			this.notice = '';
			void requestPersistentStorageOnce();
			await this.#showNext();
		}, 'Could not save your answer; the card is unchanged');
	}

	async undo(): Promise<void> {
		await this.#guard(async () => {
			const setAside = this.#beforeSetAside;
			if (setAside) {
				this.#beforeSetAside = null;
				const card = await restoreCardFlags(this.#db, setAside.card.id, setAside.card, this.#clock());
				this.notice = setAside.action === 'suspend' ? 'Suspend undone' : 'Bury undone';
				if (card.queue >= 0) await this.#show(card);
				else await this.#showNext();
				return;
			}
			const undone = await undoLastReview(this.#db, this.#clock());
			if (!undone) return;
			this.answered = Math.max(0, this.answered - 1);
			const card = await getCard(this.#db, undone.cardId);
			this.notice = 'Last answer undone';
			if (card && card.queue >= 0) await this.#show(card);
			else await this.#showNext();
		}, 'Could not undo');
	}

	async suspend(): Promise<void> {
		await this.#guard(async () => {
			const card = this.card;
			if (!card) return;
			await setSuspended(this.#db, card.id, true, this.#clock());
			this.#beforeSetAside = { card, action: 'suspend' };
			this.notice = 'Card suspended: it will not come up until you unsuspend it in Browse';
			await this.#showNext();
		}, 'Could not suspend the card');
	}

	async bury(): Promise<void> {
		await this.#guard(async () => {
			const card = this.card;
			if (!card) return;
			await buryCard(this.#db, card.id, this.#clock());
			this.#beforeSetAside = { card, action: 'bury' };
			this.notice = 'Card buried until tomorrow';
			await this.#showNext();
		}, 'Could not bury the card');
	}

	/**
	 * Runs actions one after another, in the order the student gave them (an Undo pressed while an answer
	 * is still being saved waits for it), and turns failures into words. Each action re-checks its
	 * preconditions when its turn comes, so a held-down key cannot answer the same card twice.
	 */
	#guard(action: () => Promise<void>, failure: string): Promise<void> {
		const run = async () => {
			this.error = null;
			try {
				await action();
			} catch (error) {
				const detail = error instanceof Error ? error.message : String(error);
				this.error = `${failure}. (${detail})`;
				if (this.phase === 'loading') this.phase = 'failed';
			}
		};
		this.#queue = this.#queue.then(run);
		return this.#queue;
	}

	async #show(card: CardRow): Promise<void> {
		this.card = card;
		this.intervals = [];
		this.phase = 'question';
		this.#shownAt = this.#clock();
		await this.#refreshCounts();
	}

	async #showNext(): Promise<void> {
		const now = this.#clock();
		const next = await nextCard(this.#db, this.#scope, now, this.#settings);
		if (next) {
			await this.#show(next.card);
			return;
		}
		this.card = null;
		this.intervals = [];
		this.nextDue = await nextDueAt(this.#db, this.#scope, now);
		this.waiting = await limitsReached(this.#db, this.#scope, now, this.#settings);
		await this.#refreshCounts();
		this.phase = 'done';
	}

	async #refreshCounts(): Promise<void> {
		this.counts = await studyCounts(this.#db, this.#scope, this.#clock(), this.#settings);
		this.canUndo = this.#beforeSetAside !== null || (await lastReview(this.#db)) !== undefined;
	}
}
