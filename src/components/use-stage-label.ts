import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findStageByOrder } from '../model/structure';

/** What the stage labels need of the content texts: the stages' names (full texts and names-only both fit). */
type StageNames = { stages: Record<string, { name: string } | undefined> };

export interface StageLabels {
  /** "Etapa 3 — Name" / "Stage 3 — Name"; empty for an order the model does not have. */
  heading: (order: number) => string;
  /** "Etapa 3" / "Stage 3". */
  short: (order: number) => string;
  /** The stage's name alone (a stage table's row shows "3. Name"). */
  name: (order: number) => string;
}

const NO_NAMES: StageNames = { stages: {} };

/**
 * The one way the screens name a stage, so the wording lives in the common locale and here only. Without texts
 * only `short` is meaningful (the names fall back to the stage ids).
 */
export function useStageLabel(texts: StageNames = NO_NAMES): StageLabels {
  const { t } = useTranslation();
  return useMemo(() => {
    const name = (order: number) => {
      const stage = findStageByOrder(order);
      return stage ? (texts.stages[stage.id]?.name ?? stage.id) : '';
    };
    return {
      name,
      heading: (order) => (findStageByOrder(order) ? t('stageHeading', { n: order, name: name(order) }) : ''),
      short: (order) => t('stageLabel', { n: order }),
    };
  }, [t, texts]);
}
