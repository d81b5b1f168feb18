import { useTranslation } from 'react-i18next';
import type { ActionKind } from '../engine/action-plan';
import type { ContentTexts } from '../engine/model-types';

/** What a plan action is called: the roadmap's action, or for a "don't know" answer, finding out about its practice. */
export function usePlanActionTitle(texts: ContentTexts): (questionId: string, kind: ActionKind) => string {
  const { t } = useTranslation('plan');
  return (questionId, kind) => {
    const question = texts.questions[questionId];
    if (!question) return questionId;
    return kind === 'find-out' ? t('findOutAction', { statement: question.statement }) : question.action;
  };
}
