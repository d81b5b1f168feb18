import type { LinkProblem } from './decode-share-link';
import { LINK_NOTE_MAX_LENGTH } from './share-link';

/** The locale key (portability namespace) and values that explain a link problem; the UI translates them. */
export function describeLinkProblem(problem: LinkProblem): { key: string; values: Record<string, string | number> } {
  switch (problem.code) {
    case 'too-long':
      return { key: 'sharedTooLong', values: { length: problem.length, max: problem.max } };
    case 'invalid-field':
      return { key: `linkField.${problem.field}`, values: { max: LINK_NOTE_MAX_LENGTH } };
    case 'newer-version':
      return { key: 'shared.problem.newer-version', values: { version: problem.version } };
    default:
      return { key: `shared.problem.${problem.code}`, values: {} };
  }
}
