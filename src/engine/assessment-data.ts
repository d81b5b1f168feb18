import type { AnswerValue } from './answers';
import type { Profile } from './profile';

/**
 * One assessment as a person entered it, never derived scores: what the store saves, a file or a link
 * carries, and an import replaces. Its own module so that state and portability share it without
 * importing each other.
 */
export interface PersistedAssessment {
  /** Question id → answer; a missing id is unanswered. */
  answers: Record<string, AnswerValue>;
  /** Question id → note. */
  notes: Record<string, string>;
  profile: Profile;
  /** ISO time of the first answer or profile entry; null for a blank assessment. */
  startedAt: string | null;
  updatedAt: string | null;
}
