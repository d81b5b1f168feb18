import { MAX_LEVEL } from '../engine/answers';
import { fillRulePlaceholders } from '../engine/fill-rule-placeholders';
import { type ReportBasis, splitParagraphs } from './report-basis';
import type { ReportBlock, ReportSection } from './report-model';

/**
 * "Methodology": the thresholds, the scale and each stage's figures, so anyone can check the result by hand;
 * then the method in full (content/methodology.yaml, its sources included) and the glossary.
 */
export function buildMethodologySection(basis: ReportBasis): ReportSection {
  const { t, f, result, texts, structure, total, lang } = basis;
  const { placement } = result;
  const { ratedCoverage, achievedScore, gapBelow, essentialFloor, weight } = structure.scoring;
  const fill = (text: string) => fillRulePlaceholders(text, structure.scoring, lang);
  const placementCheck =
    placement > 0 && placement === total
      ? t('methodology.placementCheckTop', { placement })
      : t('methodology.placementCheck', { count: placement, placement, next: placement + 1 });
  const blocks: ReportBlock[] = [
    { kind: 'paragraph', text: t('methodology.intro') },
    { kind: 'heading', text: t('methodology.rulesHeading') },
    {
      kind: 'facts',
      items: [
        { label: t('methodology.rules.model'), value: texts.modelName },
        { label: t('methodology.rules.version'), value: t('methodology.rules.versionValue', { version: result.modelVersion, id: result.modelId }) },
        { label: t('methodology.rules.ratedCoverage'), value: f.percent((100 * ratedCoverage.numerator) / ratedCoverage.denominator) },
        { label: t('methodology.rules.achievedScore'), value: f.percent(achievedScore) },
        { label: t('methodology.rules.gapBelow'), value: String(gapBelow) },
        { label: t('methodology.rules.essentialFloor'), value: String(essentialFloor) },
        { label: t('methodology.rules.weights'), value: t('methodology.rules.weightRange', { min: weight.min, max: weight.max }) },
      ],
    },
    { kind: 'heading', text: t('methodology.scaleHeading') },
    {
      kind: 'bullets',
      items: [
        ...texts.scale.levels.map((label, value) => t('methodology.scaleLevel', { value, label })),
        t('methodology.scaleDontKnow', { label: texts.scale.dontKnow }),
        t('methodology.scaleNotApplicable', { label: texts.scale.notApplicable }),
      ],
    },
    { kind: 'heading', text: t('methodology.checkHeading') },
    { kind: 'paragraph', role: 'meta', text: t('methodology.checkIntro', { top: MAX_LEVEL }) },
    {
      kind: 'table',
      columns: [
        { header: t('methodology.checkColumns.stage'), width: 40 },
        { header: t('methodology.checkColumns.weight'), width: 17, align: 'right' },
        { header: t('methodology.checkColumns.coverage'), width: 14, align: 'right' },
        { header: t('methodology.checkColumns.score'), width: 14, align: 'right' },
        { header: t('methodology.checkColumns.status'), width: 15 },
      ],
      rows: basis.stages.map((stage) => [
        [{ text: f.stageLabel(stage) }],
        [{ text: t('methodology.weightFraction', { answered: stage.answeredWeight, total: stage.totalWeight }) }],
        [{ text: f.percent(stage.coverage * 100) }],
        [{ text: f.scoreText(stage.score) }],
        [{ text: f.statusName(stage.status) }],
      ]),
    },
    { kind: 'paragraph', text: placementCheck },
    {
      kind: 'paragraph',
      text: result.overallIndex === null ? t('methodology.indexCheckNone') : t('methodology.indexCheck', { value: f.number(result.overallIndex) }),
    },
    { kind: 'heading', text: texts.methodology.title },
    ...splitParagraphs(fill(texts.methodology.intro)),
  ];
  for (const section of texts.methodology.sections) {
    blocks.push({ kind: 'heading', text: section.heading }, ...splitParagraphs(fill(section.body)));
  }
  // Alphabetical in the report's language, as on the model page.
  const collator = new Intl.Collator(lang);
  const glossary = [...texts.glossary].sort((a, b) => collator.compare(a.term, b.term));
  blocks.push(
    { kind: 'heading', text: t('methodology.glossaryHeading') },
    {
      kind: 'table',
      columns: [
        { header: t('methodology.glossaryColumns.term'), width: 28 },
        { header: t('methodology.glossaryColumns.definition'), width: 72 },
      ],
      rows: glossary.map((entry) => [[{ text: entry.term, role: 'strong' }], [{ text: fill(entry.definition) }]]),
    },
  );
  return { id: 'methodology', title: t('methodology.title'), blocks };
}
