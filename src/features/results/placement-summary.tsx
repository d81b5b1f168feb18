import { useTranslation } from 'react-i18next';
import { formatScore } from '../../engine/number-format';
import { LadderFigure } from '../../components/ladder-figure';
import { useStageLabel } from '../../components/use-stage-label';
import type { AssessmentResult } from '../../engine/assess';
import type { ContentTexts } from '../../engine/model-types';
import { model } from '../../model/structure';
import { ProvisionalNotice } from './provisional-notice';

interface Props {
  result: AssessmentResult;
  texts: ContentTexts;
}

/** The placement in words and on the ladder, with the overall index. */
export function PlacementSummary({ result, texts }: Props) {
  const { t, i18n } = useTranslation('results');
  const { t: tc } = useTranslation();
  const stageLabel = useStageLabel(texts);
  const { placement } = result;
  const stageNames = model.stages.map((s) => texts.stages[s.id]?.name ?? s.id);
  const current = placement > 0 ? model.stages[placement - 1] : undefined;
  const next = model.stages[placement];
  const aheadNames = result.aheadOfFoundations.map((id) => stageLabel.heading(model.stages.find((s) => s.id === id)!.order));
  return (
    <section className="placement card" aria-labelledby="placement-title">
      <div className="placement__text">
        <h2 id="placement-title">{t('placementTitle')}</h2>
        <p className="placement__value" data-placement={placement} data-provisional-up-to={result.provisional?.upTo}>
          {current ? stageLabel.heading(placement) : t('placementZero')}
          {result.provisional && (
            <span className="placement__provisional">
              {t('provisionalValue', { name: stageLabel.heading(result.provisional.upTo) })}
            </span>
          )}
        </p>
        <p>
          {current
            ? placement === model.stages.length
              ? t('placementTop')
              : t('placementMeaning', { count: placement })
            : t('placementZeroMeaning')}
        </p>
        {next && (
          <p>
            {t('nextRung', { name: stageLabel.heading(next.order) })}
          </p>
        )}
        {result.provisional && <ProvisionalNotice provisional={result.provisional} texts={texts} />}
        <p className="index">
          <span className="index__label">{t('index')}</span>{' '}
          <span className="index__value">{formatScore(result.overallIndex, i18n.language)}</span>
        </p>
        <p className="hint">{result.overallIndex === null ? t('indexNone') : t('indexHint')}</p>
        {aheadNames.length > 0 && (
          <div className="notice notice--info">
            <h3>{t('aheadTitle')}</h3>
            <p>{t('aheadBody')}</p>
            <ul>
              {aheadNames.map((name) => (
                <li key={name}>{name}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <figure className="placement__ladder">
        <LadderFigure stageNames={stageNames} placement={placement} currentLabel={tc('currentPosition')} compact />
        <figcaption className="visually-hidden">{t('ladderLabel', { n: placement })}</figcaption>
      </figure>
    </section>
  );
}
