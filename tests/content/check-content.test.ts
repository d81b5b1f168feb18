import { describe, expect, it } from 'vitest';
import { checkContent, formatContentError } from '../../src/engine/check-content';
import { CONDITION, question, questionData, type RawContent, STAGE_IDS, stageData, toSources, validContent } from './fixtures';

/** Breaks a fresh valid content set and returns the check's messages ([] when it passes). */
function messagesAfter(breakIt: (content: RawContent) => void): string[] {
  const content = validContent();
  breakIt(content);
  const result = checkContent(...toSources(content));
  return result.ok ? [] : result.errors.map(formatContentError);
}

describe('checkContent: a valid set', () => {
  it('passes, with the stages in ladder order whatever order the files come in', () => {
    const [model, stages, methodology] = toSources(validContent());
    const result = checkContent(model, [...stages].reverse(), methodology);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.content.stages.map((s) => s.id)).toEqual(STAGE_IDS);
    expect(result.content.stages.reduce((n, s) => n + s.questions.length, 0)).toBe(50);
    expect(result.content.model.languages).toEqual(['es', 'en']);
  });

  it('accepts the edges: 7 questions in a stage, weights 1 and 3, a statement of exactly 200 characters', () => {
    expect(
      messagesAfter((c) => {
        stageData(c, 'community').questions.push(question('community', 6, 'publishing', 3), question('community', 7, 'listening', 1));
        questionData(c, 'observe', 1).statement.en = 'x'.repeat(200);
      }),
    ).toEqual([]);
  });
});

describe('checkContent: each broken case names file, id and field', () => {
  it('missing translation', () => {
    expect(messagesAfter((c) => delete questionData(c, 'prepare', 3).statement.en)).toEqual([
      "stages/02-prepare.yaml: 'prepare-q3' → statement.en: missing translation",
    ]);
  });

  it('regression: a stage file that fails the schema is not also reported as missing from the ladder', () => {
    // Used to add "model.yaml: 'prepare' → stages: stage listed in the ladder has no file in content/stages/".
    const messages = messagesAfter((c) => delete stageData(c, 'prepare').name.en);
    expect(messages).toEqual(["stages/02-prepare.yaml: 'prepare' → name.en: missing translation"]);
  });

  it('empty text (blank or whitespace only)', () => {
    const messages = messagesAfter((c) => {
      questionData(c, 'prepare', 1).statement.es = '   ';
      questionData(c, 'prepare', 2).kpi.en = '';
    });
    expect(messages).toEqual([
      "stages/02-prepare.yaml: 'prepare-q1' → statement.es: empty text",
      "stages/02-prepare.yaml: 'prepare-q2' → kpi.en: empty text",
    ]);
  });

  it('text that is not text', () => {
    expect(messagesAfter((c) => Object.assign(questionData(c, 'act', 4).outcome, { en: 12 }))).toEqual([
      "stages/05-act.yaml: 'act-q4' → outcome.en: must be text",
    ]);
  });

  it('duplicate question id across stages', () => {
    expect(messagesAfter((c) => (questionData(c, 'socialize', 1).id = 'observe-q1'))).toEqual([
      "stages/03-socialize.yaml: 'observe-q1' → id: duplicate question id (also in stages/01-observe.yaml)",
    ]);
  });

  it('unknown stage id (and the ladder stage it replaced is missing)', () => {
    expect(messagesAfter((c) => (stageData(c, 'voice').id = 'voyce'))).toEqual([
      "stages/04-voice.yaml: 'voyce' → id: unknown stage (not listed in model.yaml 'stages')",
      "model.yaml: 'voice' → stages: stage listed in the ladder has no file in content/stages/",
    ]);
  });

  it('duplicate stage id', () => {
    expect(messagesAfter((c) => (stageData(c, 'voice').id = 'prepare'))).toContain(
      "stages/04-voice.yaml: 'prepare' → id: duplicate stage id (also in stages/02-prepare.yaml)",
    );
  });

  it('a ladder stage without a file', () => {
    expect(messagesAfter((c) => c.stages.pop())).toEqual([
      "model.yaml: 'measure' → stages: stage listed in the ladder has no file in content/stages/",
    ]);
  });

  it('unknown capability', () => {
    expect(messagesAfter((c) => (questionData(c, 'act', 2).capability = 'listenning'))).toEqual([
      "stages/05-act.yaml: 'act-q2' → capability: unknown capability 'listenning' (this stage has: listening, publishing)",
    ]);
  });

  it('weight out of range: 0 and 4', () => {
    const messages = messagesAfter((c) => {
      questionData(c, 'voice', 1).weight = 0;
      questionData(c, 'voice', 2).weight = 4;
    });
    expect(messages).toEqual([
      "stages/04-voice.yaml: 'voice-q1' → weight: weight out of range (1 to 3)",
      "stages/04-voice.yaml: 'voice-q2' → weight: weight out of range (1 to 3)",
    ]);
  });

  it('weight that is not a whole number', () => {
    expect(messagesAfter((c) => (questionData(c, 'voice', 3).weight = 1.5))).toEqual([
      "stages/04-voice.yaml: 'voice-q3' → weight: weight must be a whole number",
    ]);
  });

  it('takes the weight range from model.yaml', () => {
    expect(
      messagesAfter((c) => {
        c.model.scoring.weight = { min: 1, max: 5 };
        questionData(c, 'voice', 1).weight = 4;
      }),
    ).toEqual([]);
  });

  it('fewer than 5 questions in a stage', () => {
    expect(messagesAfter((c) => stageData(c, 'humanize').questions.splice(1, 1))).toEqual([
      "stages/06-humanize.yaml: 'humanize' → questions: has 4 questions; a stage needs 5 to 7",
    ]);
  });

  it('more than 7 questions in a stage', () => {
    const messages = messagesAfter((c) =>
      stageData(c, 'community').questions.push(
        question('community', 6, 'listening', 1),
        question('community', 7, 'publishing', 1),
        question('community', 8, 'publishing', 1),
      ),
    );
    expect(messages).toEqual(["stages/07-community.yaml: 'community' → questions: has 8 questions; a stage needs 5 to 7"]);
  });

  it('a capability with fewer than two questions', () => {
    const messages = messagesAfter((c) => {
      questionData(c, 'adapt', 5).capability = 'listening';
      stageData(c, 'adapt').capabilities.push({ id: 'measuring', name: { es: 'Medición', en: 'Measuring' } });
    });
    expect(messages).toEqual([
      "stages/08-adapt.yaml: 'publishing': capability covered by 1 question(s); it needs at least 2",
      "stages/08-adapt.yaml: 'measuring': capability covered by 0 question(s); it needs at least 2",
    ]);
  });

  it('duplicate capability id', () => {
    expect(
      messagesAfter((c) => stageData(c, 'adapt').capabilities.push({ id: 'listening', name: { es: 'Otra', en: 'Another' } })),
    ).toContain("stages/08-adapt.yaml: 'listening': duplicate capability id");
  });

  it('a statement over 200 characters', () => {
    expect(messagesAfter((c) => (questionData(c, 'processes', 1).statement.en = 'x'.repeat(201)))).toEqual([
      "stages/09-processes.yaml: 'processes-q1' → statement.en: longer than 200 characters",
    ]);
  });

  it('missing methodology and glossary texts', () => {
    const messages = messagesAfter((c) => {
      delete c.methodology.methodology.title.en;
      delete c.methodology.methodology.sections[0]!.body.es;
      delete c.methodology.glossary[1]!.definition.en;
    });
    expect(messages).toEqual([
      'methodology.yaml: methodology.title.en: missing translation',
      "methodology.yaml: 'scale' → body.es: missing translation",
      "methodology.yaml: 'weight' → definition.en: missing translation",
    ]);
  });

  it('a glossary entry without its term at all', () => {
    const messages = messagesAfter((c) => delete (c.methodology.glossary[0] as { term?: unknown }).term);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^methodology\.yaml: 'stage' → term: /);
  });

  it('a placeholder the app does not fill, in a methodology section and in a glossary definition', () => {
    const messages = messagesAfter((c) => {
      c.methodology.methodology.sections[0]!.body.es += ' Umbral: {achievedscore}.';
      c.methodology.glossary[0]!.definition.en += ' At {essentialFloor}, spread {spread}.';
    });
    expect(messages).toEqual([
      expect.stringMatching(/^methodology\.yaml: 'scale' → body\.es: unknown placeholder \{achievedscore\} \(known: \{achievedScore\}, /),
      expect.stringMatching(/^methodology\.yaml: 'stage' → definition\.en: unknown placeholder \{spread\} \(known: /),
    ]);
  });

  it('duplicate methodology ids', () => {
    expect(messagesAfter((c) => (c.methodology.glossary[0]!.id = 'scale'))).toEqual(["methodology.yaml: 'scale' → id: duplicate id"]);
  });

  it('a language added to model.yaml that the texts lack', () => {
    const messages = messagesAfter((c) => c.model.languages.push('fr'));
    expect(messages).toContain('model.yaml: name.fr: missing translation');
    expect(messages).toContain("stages/01-observe.yaml: 'observe-q1' → statement.fr: missing translation");
    expect(messages).toContain("methodology.yaml: 'stage' → term.fr: missing translation");
  });

  it('a model without languages', () => {
    expect(messagesAfter((c) => delete (c.model as { languages?: unknown }).languages)).toEqual([
      'model.yaml: languages: missing list of languages',
    ]);
  });

  it('a ladder without exactly ten stages', () => {
    expect(messagesAfter((c) => c.model.stages.pop())).toContain('model.yaml: stages: the ladder has exactly ten stages');
  });
});

describe('checkContent: level descriptors', () => {
  it('a missing descriptor names the file, the question and the level', () => {
    expect(messagesAfter((c) => delete (questionData(c, 'voice', 2).levels as Record<string, unknown>)['2'])).toEqual([
      "stages/04-voice.yaml: 'voice-q2' → levels.2: missing descriptor for level 2",
    ]);
  });

  it('an empty descriptor, or one missing a language, names the level and the language', () => {
    const messages = messagesAfter((c) => {
      questionData(c, 'act', 1).levels[0].es = '  ';
      delete questionData(c, 'act', 4).levels[4].en;
    });
    expect(messages).toEqual([
      "stages/05-act.yaml: 'act-q1' → levels.0.es: empty text",
      "stages/05-act.yaml: 'act-q4' → levels.4.en: missing translation",
    ]);
  });

  it('a question without any descriptors', () => {
    expect(messagesAfter((c) => delete (questionData(c, 'observe', 5) as { levels?: unknown }).levels)).toEqual([
      "stages/01-observe.yaml: 'observe-q5' → levels: missing level descriptors (levels 0, 1, 2, 3, 4)",
    ]);
  });

  it('a level outside the scale', () => {
    expect(messagesAfter((c) => Object.assign(questionData(c, 'observe', 1).levels, { 5: { es: 'x', en: 'x' } }))).toEqual([
      "stages/01-observe.yaml: 'observe-q1' → levels: unknown level 5 (levels are 0, 1, 2, 3, 4)",
    ]);
  });

  it('regression: the old single help text (or a misspelt field) is not silently ignored', () => {
    expect(
      messagesAfter((c) => Object.assign(questionData(c, 'observe', 1), { help: { es: 'x', en: 'x' }, essental: true })),
    ).toEqual(["stages/01-observe.yaml: 'observe-q1': unknown field 'help', 'essental'"]);
  });
});

describe('checkContent: essential and conditional practices', () => {
  it('accepts up to three essential and two conditional questions in a stage', () => {
    expect(
      messagesAfter((c) => {
        questionData(c, 'voice', 1).essential = true;
        questionData(c, 'voice', 2).essential = true;
        questionData(c, 'voice', 4).conditional = CONDITION;
        questionData(c, 'voice', 5).conditional = CONDITION;
      }),
    ).toEqual([]);
  });

  it('a stage with no essential practice', () => {
    expect(messagesAfter((c) => delete questionData(c, 'community', 3).essential)).toEqual([
      "stages/07-community.yaml: 'community' → questions: has 0 essential practice(s); a stage needs 1 to 3 marked essential: true",
    ]);
  });

  it('more than three essential practices in a stage', () => {
    const messages = messagesAfter((c) => [1, 2, 4].forEach((n) => (questionData(c, 'adapt', n).essential = true)));
    expect(messages).toEqual([
      "stages/08-adapt.yaml: 'adapt' → questions: has 4 essential practice(s) (adapt-q1, adapt-q2, adapt-q3, adapt-q4); a stage needs 1 to 3 marked essential: true",
    ]);
  });

  it('an essential practice that is conditional', () => {
    expect(messagesAfter((c) => (questionData(c, 'processes', 3).conditional = CONDITION))).toEqual([
      "stages/09-processes.yaml: 'processes-q3' → conditional: an essential practice cannot be conditional",
    ]);
  });

  it('more than two conditional questions in a stage', () => {
    const messages = messagesAfter((c) => [1, 2, 4].forEach((n) => (questionData(c, 'measure', n).conditional = CONDITION)));
    expect(messages).toEqual([
      "stages/10-measure.yaml: 'measure' → questions: has 3 conditional questions (measure-q1, measure-q2, measure-q4); at most 2 per stage",
    ]);
  });

  it('a conditional question whose condition is missing or lacks a language', () => {
    const messages = messagesAfter((c) => {
      questionData(c, 'socialize', 1).conditional = {} as typeof CONDITION;
      questionData(c, 'socialize', 2).conditional = { condition: { es: 'Solo si…' } } as unknown as typeof CONDITION;
    });
    expect(messages).toEqual([
      "stages/03-socialize.yaml: 'socialize-q1' → conditional.condition: missing condition",
      "stages/03-socialize.yaml: 'socialize-q2' → conditional.condition.en: missing translation",
    ]);
  });

  it('essential that is not true or false', () => {
    expect(messagesAfter((c) => Object.assign(questionData(c, 'observe', 2), { essential: 'yes' }))).toEqual([
      "stages/01-observe.yaml: 'observe-q2' → essential: must be true or false",
    ]);
  });
});

describe('formatContentError', () => {
  it('writes "file: \'id\' → field: message", leaving out what is absent', () => {
    expect(formatContentError({ file: 'stages/02-x.yaml', id: 'q-id', field: 'statement.en', message: 'missing translation' })).toBe(
      "stages/02-x.yaml: 'q-id' → statement.en: missing translation",
    );
    expect(formatContentError({ file: 'stages/02-x.yaml', id: 'cap', message: 'too few' })).toBe("stages/02-x.yaml: 'cap': too few");
    expect(formatContentError({ file: 'model.yaml', field: 'name.en', message: 'empty text' })).toBe('model.yaml: name.en: empty text');
    expect(formatContentError({ file: 'model.yaml', message: 'not valid YAML' })).toBe('model.yaml: not valid YAML');
  });
});
