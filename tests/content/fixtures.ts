// Uses Node APIs (fs, child_process, os): say so here rather than rely on the tsconfig's type list.
/// <reference types="node" />
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { ContentSource } from '../../src/engine/check-content';
import type { MethodologyFile, ModelFile, QuestionEntry, StageFile } from '../../src/engine/content-schema';

/** Raw content as it comes out of the YAML files: plain objects a test can break. */
export interface RawContent {
  model: ModelFile;
  /** In ladder order; `file` is the path below content/. */
  stages: { file: string; data: StageFile }[];
  methodology: MethodologyFile;
}

export const STAGE_IDS = ['observe', 'prepare', 'socialize', 'voice', 'act', 'humanize', 'community', 'adapt', 'processes', 'measure'];

const text = (s: string) => ({ es: `${s} (es)`, en: `${s} (en)` });

/** What each level 0-4 of practice `n` looks like. */
export function levels(n: number): QuestionEntry['levels'] {
  const at = (level: number) => text(`Practice ${n} at level ${level}`);
  return { 0: at(0), 1: at(1), 2: at(2), 3: at(3), 4: at(4) };
}

/** A question; `essential` marks it as one of its stage's foundations. */
export function question(stageId: string, n: number, capability: string, weight: number, essential = false): QuestionEntry {
  const id = `${stageId}-q${n}`;
  return {
    id,
    capability,
    weight,
    ...(essential ? { essential: true } : {}),
    statement: text(`We do practice ${n} of ${stageId}`),
    levels: levels(n),
    action: text(`Start practice ${n}`),
    outcome: text(`Outcome of practice ${n}`),
    kpi: text(`Indicator ${n}`),
  };
}

/**
 * A minimal valid content set: ten stages `stages/NN-<id>.yaml`, each with capabilities
 * `listening` (q1, q2, q3) and `publishing` (q4, q5), weights 1, 2, 3, 1, 2; q3 is essential, none is conditional.
 */
export function validContent(): RawContent {
  return {
    model: {
      id: 'test-model',
      version: '1.0.0',
      languages: ['es', 'en'],
      name: text('Test model'),
      stages: [...STAGE_IDS],
      scale: {
        levels: [0, 1, 2, 3, 4].map((value) => ({ value, label: text(`Level ${value}`) })),
        dontKnow: { label: text("Don't know") },
        notApplicable: { label: text("Doesn't apply") },
      },
      scoring: {
        ratedCoverage: { numerator: 2, denominator: 3 },
        achievedScore: 75,
        gapBelow: 3,
        essentialFloor: 2,
        weight: { min: 1, max: 3 },
      },
    },
    stages: STAGE_IDS.map((id, i) => ({
      file: `stages/${String(i + 1).padStart(2, '0')}-${id}.yaml`,
      data: {
        id,
        name: text(`Stage ${id}`),
        summary: text(`Summary of ${id}`),
        about: text(`About ${id}`),
        changes: text(`What changes with ${id}`),
        pitfalls: [text(`A pitfall of ${id}`)],
        capabilities: [
          { id: 'listening', name: text('Listening') },
          { id: 'publishing', name: text('Publishing') },
        ],
        questions: [
          question(id, 1, 'listening', 1),
          question(id, 2, 'listening', 2),
          question(id, 3, 'listening', 3, true),
          question(id, 4, 'publishing', 1),
          question(id, 5, 'publishing', 2),
        ],
      },
    })),
    methodology: {
      methodology: {
        title: text('How it works'),
        intro: text('Introduction'),
        sections: [
          { id: 'scale', heading: text('The scale'), body: text('Levels 0 to 4') },
          { id: 'coverage', heading: text('Coverage'), body: text('Rated from {ratedCoverage}') },
        ],
      },
      glossary: [
        { id: 'stage', term: text('Stage'), definition: text('A rung of the ladder') },
        { id: 'weight', term: text('Weight'), definition: text('How much a practice matters') },
      ],
    },
  };
}

/** The data of the stage file `NN-<stageId>.yaml`, to break it in place. */
export function stageData(content: RawContent, stageId: string): StageFile {
  const found = content.stages.find((s) => s.file.endsWith(`-${stageId}.yaml`));
  if (!found) throw new Error(`no stage ${stageId} in the fixture`);
  return found.data;
}

/** The sources checkContent takes, named as they are below content/. */
export function toSources(content: RawContent): [ContentSource, ContentSource[], ContentSource] {
  return [
    { file: 'model.yaml', data: content.model },
    content.stages.map((s) => ({ file: s.file, data: s.data })),
    { file: 'methodology.yaml', data: content.methodology },
  ];
}

/** Writes the content as YAML files into a fresh folder under the OS temp dir; returns its path. */
export function writeContentDir(content: RawContent): string {
  const root = mkdtempSync(join(tmpdir(), 'peldano-content-'));
  mkdirSync(join(root, 'stages'));
  writeFileSync(join(root, 'model.yaml'), stringify(content.model));
  for (const stage of content.stages) writeFileSync(join(root, stage.file), stringify(stage.data));
  writeFileSync(join(root, 'methodology.yaml'), stringify(content.methodology));
  return root;
}

/** A condition in both languages, for a conditional question. */
export const CONDITION = { condition: text('Only if the company sells through a sales team') };

/** Question `<stageId>-q<n>` of the fixture, to break it in place. */
export function questionData(content: RawContent, stageId: string, n: number): QuestionEntry {
  const found = stageData(content, stageId).questions.find((q) => q.id === `${stageId}-q${n}`);
  if (!found) throw new Error(`no question ${stageId}-q${n} in the fixture`);
  return found;
}
