import { STAGE_LEGEND_ORDER } from '../charts/stage-chart-geometry';
import type { Answers } from '../engine/answers';
import type { AssessmentResult } from '../engine/assess';
import { HORIZONS, horizonStages, type RoadmapItem } from '../engine/build-roadmap';
import { fillRulePlaceholders } from '../engine/fill-rule-placeholders';
import { numberQuestions } from '../engine/question-numbers';
import type { ContentTexts, ModelStructure } from '../engine/model-types';
import type { StageResult } from '../engine/score-stage';
import type { Profile } from '../engine/profile';
import { buildProgressSection, type ProgressReportInput } from './build-progress-section';
import { buildWorkshopSection, type WorkshopReportInput } from './build-workshop-section';
import { createReportFormat } from './report-format';
import { buildFileName } from '../browser/file-name';
import type { ReportBlock, ReportCell, ReportModel, ReportSection, ReportStrings, StageChartFigure } from './report-model';
import { cleanUserLine, cleanUserText, interpolate, plural } from './report-text';

export interface BuildReportInput {
  result: AssessmentResult;
  structure: ModelStructure;
  /** Content texts in the report's language. */
  texts: ContentTexts;
  /** The report.json of the report's language. */
  strings: ReportStrings;
  /** Sector and size names in the report's language (the profile form's own, from profile.json). */
  profileNames: ProfileNames;
  profile: Profile;
  answers: Answers;
  /** Per question: the respondent's note, or in a workshop the reason recorded for the agreed answer. */
  notes: Readonly<Record<string, string | undefined>>;
  generatedAt: Date;
  lang: string;
  /** Makes it a workshop's report: `answers` and `result` are then the group's agreed ones. */
  workshop?: WorkshopReportInput;
  /** Adds "Progress since <date>": what changed since an earlier assessment. */
  progress?: ProgressReportInput;
}

export interface ProfileNames {
  sectors: Readonly<Record<string, string>>;
  sizes: Readonly<Record<string, string>>;
}

/** Decides everything the PDF report says, in the report's language. Pure: no jsPDF, no i18next. */
export function buildReport(input: BuildReportInput): ReportModel {
  const { result, structure, texts, strings: s, profileNames, profile, answers, notes, generatedAt, lang, workshop, progress } = input;
  const format = createReportFormat(texts, s, lang);
  const { number, percent, stageName, stageLabel, statusName, answerText, statement } = format;
  const scoreText = (stage: StageResult) => format.scoreText(stage.score);
  const date = format.longDate(generatedAt);
  // A workshop's report is named after the workshop, never after this browser's organisation or role.
  const name = workshop ? cleanUserLine(workshop.title) : cleanUserLine(profile.organization);
  const role = workshop ? '' : cleanUserLine(profile.role);
  // Sector and size describe this browser's organisation, so a workshop's cover leaves them out too; empty ones are omitted.
  const sector = workshop || !profile.sector ? '' : (profileNames.sectors[profile.sector] ?? '');
  const size = workshop || !profile.size ? '' : interpolate(s.cover.sizeValue, { size: profileNames.sizes[profile.size] ?? profile.size });
  const reportTitle = workshop ? s.workshop.reportTitle : s.reportTitle;
  const total = structure.stages.length;
  const { placement } = result;
  const { gapBelow } = structure.scoring;

  const stagesInOrder = [...result.stages].sort((a, b) => a.order - b.order);
  const stageById = new Map(stagesInOrder.map((stage) => [stage.stageId, stage]));
  const stageAt = (order: number) => stagesInOrder.find((stage) => stage.order === order);

  const currentStage = stageAt(placement);
  const nextStage = stageAt(placement + 1);
  const ladder = {
    placement,
    rungLabels: stagesInOrder.map(stageLabel),
    currentLabel: placement > 0 ? s.profile.currentRung : '',
  };

  // --- Executive summary
  const rated = stagesInOrder.filter((stage) => stage.status !== 'not-rated' && stage.score !== null);
  const strongest = [...rated].sort((a, b) => b.score! - a.score! || a.order - b.order).slice(0, 3);
  const weakest = [...rated]
    .filter((stage) => !strongest.includes(stage))
    .sort((a, b) => a.score! - b.score! || a.order - b.order)
    .slice(0, 3);
  const stageScoreLine = (stage: StageResult) =>
    interpolate(s.summary.stageScore, { order: stage.order, stage: stageName(stage.stageId), score: scoreText(stage) });
  const notRated = stagesInOrder.filter((stage) => stage.status === 'not-rated');

  const summaryBlocks: ReportBlock[] = [
    {
      kind: 'highlights',
      items: [
        {
          label: s.summary.placementLabel,
          value: interpolate(s.summary.placementValue, { placement, total }),
          caption: currentStage ? stageName(currentStage.stageId) : s.cover.noRung,
        },
        {
          label: s.summary.indexLabel,
          value: result.overallIndex === null ? s.summary.indexNone : interpolate(s.summary.indexValue, { value: number(result.overallIndex) }),
          caption: rated.length ? plural(s.summary, 'indexCaption', rated.length, lang) : s.summary.indexCaptionNone,
        },
        {
          label: s.summary.dontKnowLabel,
          value: interpolate(s.summary.dontKnowValue, { count: result.dontKnowCount, total: result.questionCount }),
          caption: plural(s.summary, 'dontKnowCaption', result.unansweredCount, lang),
        },
      ],
    },
    { kind: 'heading', text: s.summary.placementHeading },
  ];
  if (currentStage) {
    const stage = stageName(currentStage.stageId);
    const sentence = placement === total ? s.summary.placementTopSentence : s.summary.placementSentence;
    summaryBlocks.push(
      { kind: 'paragraph', text: interpolate(sentence, { placement, total, stage }) },
      { kind: 'paragraph', text: interpolate(s.summary.meaningLead, { text: texts.stages[currentStage.stageId]?.changes ?? '' }) },
    );
  } else if (nextStage) {
    summaryBlocks.push(
      { kind: 'paragraph', text: interpolate(s.summary.placementZeroSentence, { stage: stageName(nextStage.stageId) }) },
      { kind: 'paragraph', text: interpolate(s.summary.meaningZeroLead, { text: texts.stages[nextStage.stageId]?.summary ?? '' }) },
    );
  }
  if (rated.length) {
    summaryBlocks.push({
      kind: 'columns',
      columns: [
        { heading: s.summary.strongestHeading, items: strongest.map(stageScoreLine) },
        { heading: s.summary.weakestHeading, items: weakest.length ? weakest.map(stageScoreLine) : [s.summary.noWeakerStages] },
      ],
    });
  } else {
    summaryBlocks.push({ kind: 'paragraph', text: s.summary.noRatedStages });
  }
  if (notRated.length) {
    summaryBlocks.push({
      kind: 'paragraph',
      role: 'meta',
      text: interpolate(s.summary.notRated, { stages: notRated.map(stageLabel).join('; ') }),
    });
  }
  if (nextStage) {
    const values = { next: nextStage.order, stage: stageName(nextStage.stageId), gapBelow };
    summaryBlocks.push({ kind: 'heading', text: interpolate(s.summary.nextRungHeading, values) });
    if (result.blockingItems.length) {
      summaryBlocks.push(
        { kind: 'paragraph', text: interpolate(s.summary.nextRungIntro, values) },
        {
          kind: 'bullets',
          items: result.blockingItems.map((item) =>
            interpolate(s.summary.blockingItem, { statement: statement(item.questionId), answer: answerText(item.answer) }),
          ),
        },
      );
    } else {
      summaryBlocks.push({ kind: 'paragraph', text: interpolate(s.summary.nextRungNoItems, values) });
    }
  } else {
    summaryBlocks.push({ kind: 'heading', text: s.summary.topRungHeading }, { kind: 'paragraph', text: s.summary.topRung });
  }
  summaryBlocks.push({ kind: 'heading', text: s.summary.aheadHeading });
  const ahead = result.aheadOfFoundations.map((id) => stageById.get(id)).filter((stage) => stage !== undefined);
  if (ahead.length) {
    summaryBlocks.push({ kind: 'paragraph', text: s.summary.aheadIntro }, { kind: 'bullets', items: ahead.map(stageScoreLine) });
  } else {
    summaryBlocks.push({ kind: 'paragraph', text: s.summary.aheadNone });
  }
  const unansweredSentence = plural(s.summary, 'unansweredSentence', result.unansweredCount, lang);
  summaryBlocks.push(
    { kind: 'heading', text: s.summary.dontKnowHeading },
    {
      kind: 'paragraph',
      text: [plural(s.summary, 'dontKnowSentence', result.dontKnowCount, lang, { total: result.questionCount }), unansweredSentence]
        .filter(Boolean)
        .join(' '),
    },
  );

  // --- Ladder and profile
  const chart: StageChartFigure = {
    achievedScore: structure.scoring.achievedScore,
    thresholdLabel: interpolate(s.profile.threshold, { value: percent(structure.scoring.achievedScore) }),
    tickLabels: [0, 25, 50, 75, 100].map((value) => percent(value)),
    rows: stagesInOrder.map((stage) => ({
      order: stage.order,
      score: stage.score,
      status: stage.status,
      label: stageLabel(stage),
      valueText: interpolate(s.profile.chartValue, {
        score: stage.score === null ? s.profile.noScore : percent(stage.score),
        status: statusName(stage.status),
      }),
    })),
    legend: STAGE_LEGEND_ORDER.map((status) => ({ status, label: statusName(status) })),
  };
  const profileBlocks: ReportBlock[] = [
    { kind: 'heading', text: s.profile.ladderHeading },
    { kind: 'paragraph', role: 'meta', text: s.profile.ladderCaption },
    { kind: 'ladder', figure: ladder },
    { kind: 'heading', text: s.profile.chartHeading },
    { kind: 'paragraph', role: 'meta', text: interpolate(s.profile.chartCaption, { threshold: percent(structure.scoring.achievedScore) }) },
    { kind: 'stage-chart', figure: chart },
  ];

  // --- Roadmap
  const columns = s.roadmap.columns;
  const roadmapBlocks: ReportBlock[] = [{ kind: 'paragraph', text: s.roadmap.intro }];
  let actionNumber = 0;
  for (const horizon of HORIZONS) {
    const items: RoadmapItem[] = result.roadmap[horizon];
    // The stage the horizon describes is its last: P+1, P+2 or P+3, P for foundations, the last looked into for find-out.
    const { from, to: order } = horizonStages(horizon, placement, total);
    const applies = from <= order;
    roadmapBlocks.push({ kind: 'heading', text: `${s.roadmap.horizon[horizon]} · ${plural(s.roadmap, 'itemCount', items.length, lang)}` });
    const horizonStage = stageAt(order);
    const intro = !applies
      ? horizon === 'strengthen'
        ? ''
        : interpolate(s.roadmap.horizonNoStage, { total })
      : interpolate(horizon === 'strengthen' && placement === 1 ? s.roadmap.horizonIntro.strengthenOne : s.roadmap.horizonIntro[horizon], {
          order,
          stage: horizonStage ? stageName(horizonStage.stageId) : '',
          gapBelow,
          placement,
          last: order,
        });
    if (intro) roadmapBlocks.push({ kind: 'paragraph', role: 'meta', text: intro });
    if (!items.length) {
      roadmapBlocks.push({ kind: 'paragraph', text: s.roadmap.horizonEmpty });
      continue;
    }
    roadmapBlocks.push({
      kind: 'table',
      writable: true,
      columns: [
        { header: columns.number, width: 5, align: 'right' },
        { header: columns.action, width: 33 },
        { header: columns.outcome, width: 27 },
        { header: columns.kpi, width: 21 },
        { header: columns.owner, width: 13 },
        { header: columns.date, width: 10 },
      ],
      rows: items.map((item): ReportCell[] => {
        const question = texts.questions[item.questionId];
        actionNumber++;
        return [
          [{ text: String(actionNumber) }],
          [
            { text: question?.action ?? item.questionId },
            { text: interpolate(s.roadmap.stageRef, { order: item.stageOrder, stage: stageName(item.stageId) }), role: 'meta' },
            { text: interpolate(s.roadmap.answerRef, { answer: answerText(item.answer) }), role: 'meta' },
          ],
          [{ text: question?.outcome ?? '' }],
          [{ text: question?.kpi ?? '' }],
          [],
          [],
        ];
      }),
    });
  }

  // --- Stage detail
  const detailBlocks: ReportBlock[] = [{ kind: 'paragraph', text: workshop ? s.workshop.detailIntro : s.detail.intro }];
  const noteTemplate = workshop ? s.workshop.reasonNote : s.detail.note;
  // Numbered "stage.question" here, and the progress section refers to the same numbers.
  const questionNumbers = numberQuestions(structure);
  for (const stageStructure of [...structure.stages].sort((a, b) => a.order - b.order)) {
    const stage = stageById.get(stageStructure.id);
    if (!stage) continue;
    const stageTexts = texts.stages[stage.stageId];
    detailBlocks.push(
      { kind: 'heading', text: interpolate(s.detail.stageHeading, { order: stage.order, stage: stageName(stage.stageId) }) },
      {
        kind: 'paragraph',
        role: 'meta',
        text: interpolate(s.detail.stageFacts, {
          score: scoreText(stage),
          status: statusName(stage.status),
          coverage: percent(stage.coverage * 100),
          answered: stage.answeredCount,
          count: stage.questionCount,
        }),
      },
      {
        kind: 'table',
        columns: [
          { header: s.detail.columns.number, width: 6, align: 'right' },
          { header: s.detail.columns.question, width: 70 },
          { header: workshop ? s.workshop.answerColumn : s.detail.columns.answer, width: 24 },
        ],
        rows: stageStructure.questions.map((question): ReportCell[] => {
          const note = cleanUserText(notes[question.id]);
          const questionCell: ReportCell = [
            { text: statement(question.id) },
            {
              text: interpolate(s.detail.questionMeta, { capability: stageTexts?.capabilities[question.capability] ?? question.capability, weight: question.weight }),
              role: 'meta',
            },
          ];
          if (note) questionCell.push({ text: interpolate(noteTemplate, { note }), role: 'note' });
          return [[{ text: questionNumbers.get(question.id) ?? '' }], questionCell, [{ text: answerText(answers[question.id]), role: 'strong' }]];
        }),
      },
    );
  }

  // --- Methodology
  const r = s.methodology.rules;
  const { ratedCoverage, achievedScore, weight } = structure.scoring;
  const fill = (text: string) => fillRulePlaceholders(text, structure.scoring, lang);
  const methodologyBlocks: ReportBlock[] = [
    { kind: 'paragraph', text: s.methodology.intro },
    { kind: 'heading', text: s.methodology.rulesHeading },
    {
      kind: 'facts',
      items: [
        { label: r.model, value: texts.modelName },
        { label: r.version, value: `${result.modelVersion} (${result.modelId})` },
        { label: r.ratedCoverage, value: percent((100 * ratedCoverage.numerator) / ratedCoverage.denominator) },
        { label: r.achievedScore, value: percent(achievedScore) },
        { label: r.gapBelow, value: String(gapBelow) },
        { label: r.weights, value: interpolate(r.weightRange, { min: weight.min, max: weight.max }) },
      ],
    },
    { kind: 'heading', text: s.methodology.scaleHeading },
    {
      kind: 'bullets',
      items: [
        ...texts.scale.levels.map((label, value) => interpolate(s.methodology.scaleLevel, { value, label })),
        interpolate(s.methodology.scaleDontKnow, { label: texts.scale.dontKnow }),
      ],
    },
    { kind: 'heading', text: s.methodology.checkHeading },
    { kind: 'paragraph', role: 'meta', text: s.methodology.checkIntro },
    {
      kind: 'table',
      columns: [
        { header: s.methodology.checkColumns.stage, width: 40 },
        { header: s.methodology.checkColumns.weight, width: 17, align: 'right' },
        { header: s.methodology.checkColumns.coverage, width: 14, align: 'right' },
        { header: s.methodology.checkColumns.score, width: 14, align: 'right' },
        { header: s.methodology.checkColumns.status, width: 15 },
      ],
      rows: stagesInOrder.map((stage) => [
        [{ text: stageLabel(stage) }],
        [{ text: interpolate(s.methodology.weightFraction, { answered: stage.answeredWeight, total: stage.totalWeight }) }],
        [{ text: percent(stage.coverage * 100) }],
        [{ text: scoreText(stage) }],
        [{ text: statusName(stage.status) }],
      ]),
    },
    {
      kind: 'paragraph',
      text:
        placement === 0
          ? s.methodology.placementCheckZero
          : placement === 1 && total > 1
            ? s.methodology.placementCheckOne
            : interpolate(placement === total ? s.methodology.placementCheckTop : s.methodology.placementCheck, { placement, next: placement + 1 }),
    },
    {
      kind: 'paragraph',
      text:
        result.overallIndex === null ? s.methodology.indexCheckNone : interpolate(s.methodology.indexCheck, { value: number(result.overallIndex) }),
    },
    { kind: 'heading', text: texts.methodology.title },
    ...paragraphs(fill(texts.methodology.intro)),
  ];
  for (const section of texts.methodology.sections) {
    methodologyBlocks.push({ kind: 'heading', text: section.heading }, ...paragraphs(fill(section.body)));
  }

  const sections: ReportSection[] = [
    { id: 'summary', title: s.summary.title, blocks: summaryBlocks },
    ...(workshop ? [buildWorkshopSection(workshop, s, format)] : []),
    ...(progress
      ? [buildProgressSection(progress, s, format, { stageCount: total, questionCount: result.questionCount, questionNumbers })]
      : []),
    { id: 'profile', title: s.profile.title, blocks: profileBlocks },
    { id: 'roadmap', title: s.roadmap.title, blocks: roadmapBlocks },
    { id: 'detail', title: s.detail.title, blocks: detailBlocks },
    { id: 'methodology', title: s.methodology.title, blocks: methodologyBlocks },
  ];

  return {
    lang,
    fileName: buildFileName(workshop ? s.workshop.fileNamePrefix : s.fileNamePrefix, name, generatedAt, 'pdf'),
    generatedAt,
    metadata: {
      title: name ? `${reportTitle}: ${name}` : reportTitle,
      subject: workshop ? s.workshop.subject : s.meta.subject,
      author: (!workshop && name) || s.meta.creator,
      keywords: s.meta.keywords,
      creator: s.meta.creator,
    },
    footer: { title: name || reportTitle, date },
    pageLabelTemplate: s.footer.page,
    cover: {
      brand: s.meta.creator,
      eyebrow: workshop ? s.workshop.eyebrow : s.cover.eyebrow,
      title: name || reportTitle,
      subtitle: name ? reportTitle : '',
      facts: [
        { label: s.cover.date, value: date },
        ...(sector ? [{ label: s.cover.sector, value: sector }] : []),
        ...(size ? [{ label: s.cover.size, value: size }] : []),
        ...(role ? [{ label: s.cover.role, value: role }] : []),
        ...(workshop ? [{ label: s.workshop.participantsFact, value: plural(s.workshop, 'participantsValue', workshop.participantCount, lang) }] : []),
        { label: s.cover.model, value: interpolate(s.cover.modelVersion, { name: texts.modelName, version: result.modelVersion }) },
      ],
      placementLabel: s.cover.placement,
      placementValue: interpolate(s.cover.rung, { placement, total }),
      placementStage: currentStage ? stageName(currentStage.stageId) : s.cover.noRung,
      ladder,
    },
    sections,
  };
}

/** Splits a content text on blank lines into paragraphs. */
function paragraphs(text: string): ReportBlock[] {
  return text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ kind: 'paragraph', text: part }));
}
