// What the results page compares with (an earlier file or a milestone), kept until the user closes it: its codec
// for persisted-store.ts. Pure functions: no storage, no clock.
import { type AnswerValue, isAnswerValue } from './answers';
import type { ActionPlan } from './action-plan';
import { isQuestionId } from './id-patterns';
import { sanitizePlan } from './saved-plan';
import { isRecord, type Sanitized, type StoreCodec } from './stamped-data';

export const COMPARISON_SAVED_VERSION = 1;

/** An earlier assessment to compare with: a copy of what is compared, so it stays whatever happens to its source. */
export interface EarlierAssessmentRecord {
  source: 'file' | 'milestone';
  /** The file's name, or the milestone's label. */
  name: string;
  /** The milestone's id; empty for a file. */
  milestoneId: string;
  /** When it was last changed (a file) or saved (a milestone), ISO. */
  date: string;
  answers: Record<string, AnswerValue>;
  /** Its plan, when it had one (a milestone, a version 3 file). */
  plan: ActionPlan | null;
  /** Question ids of the file the current model does not have. */
  dropped: string[];
  /** The model version the file was answered against; empty for a milestone. */
  modelVersion: string;
}

export interface ComparisonData {
  earlier: EarlierAssessmentRecord | null;
}

const MAX_TEXT = 300;
const short = (value: unknown): string => (typeof value === 'string' ? value.slice(0, MAX_TEXT) : '');

function sanitize(input: unknown): Sanitized<ComparisonData> {
  const none = { data: { earlier: null }, dropped: 0, shortened: [] };
  if (!isRecord(input) || input.earlier === undefined || input.earlier === null) return none;
  const raw = input.earlier;
  if (!isRecord(raw) || (raw.source !== 'file' && raw.source !== 'milestone') || typeof raw.date !== 'string' || Number.isNaN(Date.parse(raw.date))) {
    return { ...none, dropped: 1 };
  }
  let dropped = 0;
  const answers: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(isRecord(raw.answers) ? raw.answers : {})) {
    if (isQuestionId(id) && isAnswerValue(value)) answers[id] = value;
    else dropped++;
  }
  const plan = raw.plan === null || raw.plan === undefined ? null : sanitizePlan(raw.plan);
  return {
    data: {
      earlier: {
        source: raw.source,
        name: short(raw.name),
        milestoneId: short(raw.milestoneId),
        date: raw.date,
        answers,
        plan: plan?.data ?? null,
        dropped: Array.isArray(raw.dropped) ? raw.dropped.filter((id): id is string => typeof id === 'string').map(short).slice(0, 500) : [],
        modelVersion: short(raw.modelVersion),
      },
    },
    dropped: dropped + (plan?.dropped ?? 0),
    shortened: [],
  };
}

export const comparisonCodec: StoreCodec<ComparisonData> = {
  version: COMPARISON_SAVED_VERSION,
  empty: () => ({ earlier: null }),
  sanitize,
  // One field: what is compared is chosen whole, and closing it is a stamped removal.
  flatten: (data) => new Map(data.earlier ? [['earlier', data.earlier]] : []),
  unflatten: (flat) => ({ earlier: (flat.get('earlier') as EarlierAssessmentRecord | undefined) ?? null }),
  fallbackStamp: () => 1,
  count: (data) => (data?.earlier ? 1 : 0),
  fields: ['earlier'],
};
