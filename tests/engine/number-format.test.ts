import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAnswerMean, formatPercent, formatScore, formatSignedPoints, formatWhole, roundPoints } from '../../src/engine/number-format';
import { loadRealContent } from '../report/report-fixture';

const NBSP = '\u00a0';

describe('one number format for the app and the PDF', () => {
  it('writes percentages as whole numbers: Spanish "57 %" with a no-break space, English "57%"', () => {
    expect(formatPercent(57.1, 'es')).toBe(`57${NBSP}%`);
    expect(formatPercent(57.1, 'en')).toBe('57%');
    expect(formatPercent(39.6, 'es')).toBe(`40${NBSP}%`);
    expect(formatPercent(39.6, 'en')).toBe('40%');
    expect(formatPercent(100, 'es')).toBe(`100${NBSP}%`);
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('writes a missing score as the given placeholder', () => {
    expect(formatScore(null, 'es')).toBe('—');
    expect(formatScore(null, 'en', 'No score')).toBe('No score');
    expect(formatScore(82.1, 'es')).toBe(`82${NBSP}%`);
  });

  it('writes the 0-100 index as a whole number, changes with their sign, and answer means with one decimal', () => {
    expect(formatWhole(57.1, 'es')).toBe('57');
    expect(formatWhole(54.5, 'en')).toBe('55');
    expect(formatSignedPoints(12.4, 'en')).toBe('+12');
    expect(formatSignedPoints(-3.6, 'es')).toBe('-4');
    expect(formatSignedPoints(0.4, 'es')).toBe('0');
    expect(roundPoints(-0.2)).toBe(0);
    expect(Object.is(roundPoints(-0.2), -0)).toBe(false);
    expect(formatAnswerMean(2.25, 'es')).toBe('2,3');
    expect(formatAnswerMean(2.25, 'en')).toBe('2.3');
  });

  // Whole numbers must never show a stage on the wrong side of a threshold ("75 %" while "in progress").
  it('never rounds a reachable score or coverage across the model’s thresholds', () => {
    const { structure } = loadRealContent();
    const { achievedScore, ratedCoverage } = structure.scoring;
    const shownAchieved = formatPercent(achievedScore, 'en');
    const shownRated = formatPercent((100 * ratedCoverage.numerator) / ratedCoverage.denominator, 'en');
    const whole = (text: string) => Number(text.replace('%', ''));
    for (const stage of structure.stages) {
      const total = stage.questions.reduce((sum, q) => sum + q.weight, 0);
      // Any answered weight 1..total is reachable; a score is k quarter-points over 4 × that weight.
      for (let answered = 1; answered <= total; answered++) {
        for (let k = 0; k <= 4 * answered; k++) {
          const score = (100 * k) / (4 * answered);
          const shown = whole(formatPercent(score, 'en'));
          if (score < achievedScore) expect(shown, `stage ${stage.order}: ${score}`).toBeLessThan(whole(shownAchieved));
          else expect(shown).toBeGreaterThanOrEqual(whole(shownAchieved));
          if (score > 0) expect(shown, `stage ${stage.order}: ${score} shown as 0`).toBeGreaterThan(0);
        }
        const coverage = (100 * answered) / total;
        const rated = answered * ratedCoverage.denominator >= total * ratedCoverage.numerator;
        const shown = whole(formatPercent(coverage, 'en'));
        if (rated) expect(shown, `stage ${stage.order}: coverage ${coverage}`).toBeGreaterThanOrEqual(whole(shownRated));
        else expect(shown, `stage ${stage.order}: coverage ${coverage}`).toBeLessThan(whole(shownRated));
      }
    }
  });
});

describe('texts follow the same rule', () => {
  const localeDir = path.resolve('src/i18n/locales');
  const texts = (lang: 'es' | 'en'): string[] => {
    const out: string[] = [];
    const walk = (v: unknown) => (typeof v === 'string' ? out.push(v) : v && typeof v === 'object' ? Object.values(v).forEach(walk) : undefined);
    for (const file of fs.readdirSync(path.join(localeDir, lang))) walk(JSON.parse(fs.readFileSync(path.join(localeDir, lang, file), 'utf8')));
    const content = loadRealContent();
    walk(content.texts[lang]);
    return out;
  };

  it('no text appends its own "%" to a number placeholder: the helper writes the sign', () => {
    for (const lang of ['es', 'en'] as const) expect(texts(lang).filter((t) => /\}\}?\s?%/.test(t))).toEqual([]);
  });

  it('English writes "57%", Spanish "57 %" with a no-break space, in UI strings and content alike', () => {
    expect(texts('en').filter((t) => /\d\s%/.test(t))).toEqual([]);
    expect(texts('es').filter((t) => /\d(%| %)/.test(t))).toEqual([]);
  });
});
