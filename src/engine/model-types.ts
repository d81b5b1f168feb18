/** The language-free shape of the model: everything the engine scores with. */
export interface QuestionStructure {
  id: string;
  stageId: string;
  capability: string;
  weight: number;
  /** A foundation of its stage: below `scoring.essentialFloor` the stage cannot be achieved. */
  essential: boolean;
  /** Applies only to some companies: "doesn't apply" is a valid answer for it alone. */
  conditional: boolean;
  /** Position in the whole questionnaire, used to break ties in content order. */
  index: number;
}

export interface StageStructure {
  id: string;
  /** 1 to 10: the rung on the ladder. */
  order: number;
  capabilities: string[];
  questions: QuestionStructure[];
}

export interface ScoringRules {
  ratedCoverage: { numerator: number; denominator: number };
  achievedScore: number;
  gapBelow: number;
  /** Essential practices must be answered at this level or higher for their stage to be achieved. */
  essentialFloor: number;
  weight: { min: number; max: number };
}

export interface ModelStructure {
  id: string;
  version: string;
  languages: string[];
  scoring: ScoringRules;
  stages: StageStructure[];
}

/** Every text of the model in one language, keyed by stable ids. */
export interface ContentTexts {
  lang: string;
  modelName: string;
  scale: { levels: string[]; dontKnow: string; notApplicable: string };
  stages: Record<
    string,
    { name: string; summary: string; about: string; changes: string; pitfalls: string[]; capabilities: Record<string, string> }
  >;
  /** `condition`: when the question applies, on conditional questions alone. Level descriptors are apart (LevelDescriptors). */
  questions: Record<string, { statement: string; action: string; outcome: string; kpi: string; condition?: string }>;
  methodology: { title: string; intro: string; sections: { id: string; heading: string; body: string }[] };
  glossary: { id: string; term: string; definition: string }[];
}

/**
 * What each answer level looks like in practice, in one language: `descriptors[questionId][n]` for level n (0-4).
 * Apart from ContentTexts so that only the screens that show them (a stage, a workshop turn, the PDF) load them.
 */
export type LevelDescriptors = Record<string, string[]>;
