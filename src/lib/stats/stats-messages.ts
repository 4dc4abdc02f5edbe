/** Messages between the statistics screen and its worker. */
import type { ExamPlan, WorkloadPoint } from './exam';
import type { StatsSummary } from './types';

export interface StatsRequest {
	type: 'compute';
	now: number;
	rolloverHour: number;
	desiredRetention: number;
	newPerDay: number;
}

export interface DeckExam {
	deckId: string;
	examAt: number;
	plan: ExamPlan;
}

export interface StatsReport {
	summary: StatsSummary;
	exams: DeckExam[];
	/** Workload against desired retention for all cards, next 30 days. */
	workload: WorkloadPoint[];
	/** Whether the scheduler uses the student's fitted parameters. */
	customParameters: boolean;
	elapsedMs: number;
}

export type StatsResponse = { type: 'done'; report: StatsReport } | { type: 'failed'; message: string };
