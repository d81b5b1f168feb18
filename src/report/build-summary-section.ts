import type { StageResult } from '../engine/score-stage';
import type { ReportBasis } from './report-basis';
import type { ReportBlock, ReportSection } from './report-model';

/** "Executive summary": placement, index and "don't know" figures, strongest and weakest stages, what blocks the next rung. */
export function buildSummarySection(basis: ReportBasis): ReportSection {
  const { t, f, result, texts, total, stageAt, stageById } = basis;
  const { placement } = result;
  const { gapBelow } = basis.structure.scoring;
  const currentStage = stageAt(placement);
  const nextStage = stageAt(placement + 1);
  const rated = basis.stages.filter((stage) => stage.status !== 'not-rated' && stage.score !== null);
  const strongest = [...rated].sort((a, b) => b.score! - a.score! || a.order - b.order).slice(0, 3);
  const weakest = [...rated]
    .filter((stage) => !strongest.includes(stage))
    .sort((a, b) => a.score! - b.score! || a.order - b.order)
    .slice(0, 3);
  const stageScoreLine = (stage: StageResult) =>
    t('summary.stageScore', { order: stage.order, stage: f.stageName(stage.stageId), score: f.scoreText(stage.score) });
  const notRated = basis.stages.filter((stage) => stage.status === 'not-rated');

  const blocks: ReportBlock[] = [
    {
      kind: 'highlights',
      items: [
        {
          label: t('summary.placementLabel'),
          value: t('summary.placementValue', { placement, total }),
          caption: currentStage ? f.stageName(currentStage.stageId) : t('cover.noRung'),
        },
        {
          label: t('summary.indexLabel'),
          value: result.overallIndex === null ? t('summary.indexNone') : t('summary.indexValue', { value: f.number(result.overallIndex) }),
          caption: t('summary.indexCaption', { count: rated.length }),
        },
        {
          label: t('summary.dontKnowLabel'),
          value: t('summary.dontKnowValue', { count: result.dontKnowCount, total: result.questionCount }),
          caption: t('summary.dontKnowCaption', { count: result.unansweredCount }),
        },
      ],
    },
    { kind: 'heading', text: t('summary.placementHeading') },
  ];
  if (currentStage) {
    const stage = f.stageName(currentStage.stageId);
    blocks.push(
      { kind: 'paragraph', text: t(placement === total ? 'summary.placementTopSentence' : 'summary.placementSentence', { placement, total, stage }) },
      { kind: 'paragraph', text: t('summary.meaningLead', { text: texts.stages[currentStage.stageId]?.changes ?? '' }) },
    );
  } else if (nextStage) {
    blocks.push(
      { kind: 'paragraph', text: t('summary.placementZeroSentence', { stage: f.stageName(nextStage.stageId) }) },
      { kind: 'paragraph', text: t('summary.meaningZeroLead', { text: texts.stages[nextStage.stageId]?.summary ?? '' }) },
    );
  }
  if (result.provisional) {
    const { upTo, settle, dontKnow } = result.provisional;
    const upToStage = stageAt(upTo);
    blocks.push({
      kind: 'paragraph',
      role: 'strong',
      text: t('summary.provisionalSentence', { placement, upTo, stage: upToStage ? f.stageName(upToStage.stageId) : '', total }),
    });
    // Counts, not a list: the next rung's own "don't know" answers are named just below, and Find out lists the rest.
    blocks.push({
      kind: 'paragraph',
      text: t('summary.provisionalSettle', {
        count: settle.length,
        dontKnow: t('summary.provisionalDontKnowCount', { count: dontKnow.length }),
        unanswered: t('summary.provisionalUnansweredCount', { count: settle.length - dontKnow.length }),
        from: placement + 1,
        to: upTo,
      }),
    });
  }
  if (rated.length) {
    blocks.push({
      kind: 'columns',
      columns: [
        { heading: t('summary.strongestHeading'), items: strongest.map(stageScoreLine) },
        { heading: t('summary.weakestHeading'), items: weakest.length ? weakest.map(stageScoreLine) : [t('summary.noWeakerStages')] },
      ],
    });
  } else {
    blocks.push({ kind: 'paragraph', text: t('summary.noRatedStages') });
  }
  if (notRated.length) {
    blocks.push({ kind: 'paragraph', role: 'meta', text: t('summary.notRated', { stages: notRated.map(f.stageLabel).join('; ') }) });
  }
  if (nextStage) {
    const values = { next: nextStage.order, stage: f.stageName(nextStage.stageId), gapBelow };
    blocks.push({ kind: 'heading', text: t('summary.nextRungHeading', values) });
    const { essentialFloor } = basis.structure.scoring;
    const belowFloor = nextStage.essentialsBelowFloor;
    if (belowFloor.length) {
      blocks.push({ kind: 'paragraph', text: t('summary.essentialsBelowFloor', { ...values, count: belowFloor.length, level: essentialFloor }) });
    }
    if (result.blockingItems.length) {
      blocks.push(
        { kind: 'paragraph', text: t('summary.nextRungIntro', values) },
        {
          kind: 'bullets',
          items: result.blockingItems.map((item) =>
            t(item.essential ? 'summary.blockingEssentialItem' : 'summary.blockingItem', {
              statement: f.statement(item.questionId),
              answer: f.answerText(item.answer),
            }),
          ),
        },
      );
    } else if (!result.blockingUnknowns.length) {
      blocks.push({ kind: 'paragraph', text: t('summary.nextRungNoItems', values) });
    }
    if (result.blockingUnknowns.length) {
      blocks.push(
        { kind: 'paragraph', text: t('summary.nextRungUnknowns', { ...values, count: result.blockingUnknowns.length }) },
        { kind: 'bullets', items: result.blockingUnknowns.map((item) => t('summary.provisionalDontKnowItem', { statement: f.statement(item.questionId) })) },
      );
    }
  } else {
    blocks.push({ kind: 'heading', text: t('summary.topRungHeading') }, { kind: 'paragraph', text: t('summary.topRung') });
  }
  blocks.push({ kind: 'heading', text: t('summary.aheadHeading') });
  const ahead = result.aheadOfFoundations.map((id) => stageById.get(id)).filter((stage) => stage !== undefined);
  if (ahead.length) {
    blocks.push({ kind: 'paragraph', text: t('summary.aheadIntro') }, { kind: 'bullets', items: ahead.map(stageScoreLine) });
  } else {
    blocks.push({ kind: 'paragraph', text: t('summary.aheadNone') });
  }
  // Two sentences with a count each (i18next picks one plural per sentence), joined by a template; a language may
  // leave the second empty.
  const dontKnow = t('summary.dontKnowSentence', { count: result.dontKnowCount, total: result.questionCount });
  const unanswered = t('summary.unansweredSentence', { count: result.unansweredCount });
  blocks.push(
    { kind: 'heading', text: t('summary.dontKnowHeading') },
    { kind: 'paragraph', text: t('summary.dontKnowParagraph', { dontKnow, unanswered }).trim() },
  );
  return { id: 'summary', title: t('summary.title'), blocks };
}
