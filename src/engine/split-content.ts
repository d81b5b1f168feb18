import { type Content, LEVEL_VALUES } from './content-schema.ts';
import type { ContentTexts, LevelDescriptors, ModelStructure } from './model-types.ts';

/** Extracts the language-free structure the engine scores with. */
export function extractStructure(content: Content): ModelStructure {
  let index = 0;
  return {
    id: content.model.id,
    version: content.model.version,
    languages: content.model.languages,
    scoring: content.model.scoring,
    stages: content.stages.map((stage, i) => ({
      id: stage.id,
      order: i + 1,
      capabilities: stage.capabilities.map((c) => c.id),
      questions: stage.questions.map((q) => ({
        id: q.id,
        stageId: stage.id,
        capability: q.capability,
        weight: q.weight,
        essential: q.essential === true,
        conditional: q.conditional !== undefined,
        index: index++,
      })),
    })),
  };
}

/** Extracts every text in one language but the level descriptors, so a page loads only the language it shows. */
export function extractTexts(content: Content, lang: string): ContentTexts {
  const t = (text: Record<string, string>): string => text[lang] ?? '';
  const { model, methodology } = content;
  return {
    lang,
    modelName: t(model.name),
    scale: { levels: model.scale.levels.map((l) => t(l.label)), dontKnow: t(model.scale.dontKnow.label), notApplicable: t(model.scale.notApplicable.label) },
    stages: Object.fromEntries(
      content.stages.map((s) => [
        s.id,
        {
          name: t(s.name),
          summary: t(s.summary),
          about: t(s.about),
          changes: t(s.changes),
          pitfalls: s.pitfalls.map(t),
          capabilities: Object.fromEntries(s.capabilities.map((c) => [c.id, t(c.name)])),
        },
      ]),
    ),
    questions: Object.fromEntries(
      content.stages.flatMap((s) =>
        s.questions.map((q) => [
          q.id,
          {
            statement: t(q.statement),
            action: t(q.action),
            outcome: t(q.outcome),
            kpi: t(q.kpi),
            ...(q.conditional ? { condition: t(q.conditional.condition) } : {}),
          },
        ]),
      ),
    ),
    methodology: {
      title: t(methodology.methodology.title),
      intro: t(methodology.methodology.intro),
      sections: methodology.methodology.sections.map((s) => ({ id: s.id, heading: t(s.heading), body: t(s.body) })),
    },
    glossary: methodology.glossary.map((g) => ({ id: g.id, term: t(g.term), definition: t(g.definition) })),
  };
}

/** Extracts the level descriptors (levels 0-4) of one stage's questions, or of every stage's, in one language. */
export function extractLevelDescriptors(content: Content, lang: string, stageId?: string): LevelDescriptors {
  const stages = stageId === undefined ? content.stages : content.stages.filter((s) => s.id === stageId);
  return Object.fromEntries(stages.flatMap((s) => s.questions.map((q) => [q.id, LEVEL_VALUES.map((level) => q.levels[level][lang] ?? '')])));
}
