import { STAGE_LEGEND_ORDER } from '../charts/stage-chart-geometry';
import { type ReportBasis, stageAxisLabels } from './report-basis';
import type { LadderFigure, ReportSection, StageChartFigure } from './report-model';

/** The ladder with the current rung marked: drawn on the cover and in "The ladder and the profile". */
export function buildLadderFigure({ t, f, result, stages }: ReportBasis): LadderFigure {
  return {
    placement: result.placement,
    rungLabels: stages.map(f.stageLabel),
    currentLabel: result.placement > 0 ? t('profile.currentRung') : '',
  };
}

function buildStageChart({ t, f, structure, stages }: ReportBasis): StageChartFigure {
  return {
    ...stageAxisLabels({ t, f, structure }),
    rows: stages.map((stage) => ({
      order: stage.order,
      score: stage.score,
      status: stage.status,
      label: f.stageLabel(stage),
      valueText: t('profile.chartValue', {
        score: stage.score === null ? t('profile.noScore') : f.percent(stage.score),
        status: f.statusName(stage.status),
      }),
    })),
    legend: STAGE_LEGEND_ORDER.map((status) => ({ status, label: f.statusName(status) })),
  };
}

/** "The ladder and the profile": the ladder, then each stage's score against the threshold. */
export function buildProfileSection(basis: ReportBasis, ladder: LadderFigure): ReportSection {
  const { t, f, structure } = basis;
  return {
    id: 'profile',
    title: t('profile.title'),
    blocks: [
      { kind: 'heading', text: t('profile.ladderHeading') },
      { kind: 'paragraph', role: 'meta', text: t('profile.ladderCaption') },
      { kind: 'ladder', figure: ladder },
      { kind: 'heading', text: t('profile.chartHeading') },
      { kind: 'paragraph', role: 'meta', text: t('profile.chartCaption', { threshold: f.percent(structure.scoring.achievedScore) }) },
      { kind: 'stage-chart', figure: buildStageChart(basis) },
    ],
  };
}
