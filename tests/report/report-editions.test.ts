/// <reference types="node" />
// Both editions, with and without branding, in both languages: rendered for real and read back with poppler and qpdf.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW } from '../../src/engine/answers';
import { assess } from '../../src/engine/assess';
import { HORIZONS } from '../../src/engine/build-roadmap';
import type { BrandingData } from '../../src/engine/saved-branding';
import { buildReport, EXECUTIVE_ROADMAP_ACTIONS, trimRoadmap } from '../../src/report/build-report';
import { renderReportPdf } from '../../src/report/render-pdf';
import type { ReportEdition } from '../../src/report/report-model';
import { makeBudgetLogo, pngDataUrl } from '../e2e/logo-fixture.mjs';
import { buildInput, buildProgressInput, buildWorkshopInput, levelAnswers, loadRealContent, REPORT_STRINGS } from './report-fixture';

const hasTools = ['pdftotext', 'pdfinfo', 'qpdf'].every((name) => {
  try {
    execFileSync(name, ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
});
if (!hasTools && process.env.CI) throw new Error('PDF tests need pdftotext, pdfinfo and qpdf');

const content = loadRealContent();
const dir = mkdtempSync(join(tmpdir(), 'peldano-editions-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A 600 × 240 logo of about 200 KB, as the budget asks.
const logoPng = makeBudgetLogo();
export const BRANDING: BrandingData = {
  name: 'Consultora Sur «Ñandú» S.L.',
  contact: 'ana@consultorasur.example · +34 600 000 000',
  accent: '#7a1f5c',
  logo: { dataUrl: pngDataUrl(logoPng), width: 600, height: 240 },
};

async function render(name: string, input: Parameters<typeof buildReport>[0]) {
  const model = buildReport(input);
  const blob = await renderReportPdf(model);
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  return { model, path, bytes: blob.size, pages, text };
}

const every = (value: AnswerValue) => Object.fromEntries(content.structure.stages.flatMap((s) => s.questions.map((q) => [q.id, value])));

describe('the executive roadmap', () => {
  it('keeps the first actions horizon by horizon, Now first, and counts what it left out', () => {
    const { roadmap } = assess(content.structure, every(DONT_KNOW));
    const trimmed = trimRoadmap(roadmap, 5);
    const all = HORIZONS.flatMap((h) => roadmap[h]);
    expect(HORIZONS.flatMap((h) => trimmed.roadmap[h])).toEqual(all.slice(0, 5));
    expect(trimmed).toMatchObject({ shown: Math.min(5, all.length), total: all.length });
  });
});

describe.skipIf(!hasTools)('report editions', () => {
  for (const lang of ['es', 'en'] as const) {
    const strings = REPORT_STRINGS[lang];
    for (const branded of [false, true]) {
      const label = `${lang}, ${branded ? 'branded' : 'plain'}`;
      it(`${label}: Executive has at most 6 pages and Full adds the appendix; both pass qpdf and stay under 500 KB`, { timeout: 60_000 }, async () => {
        const base = { ...buildInput(lang, { content, profile: { sector: 'retail', size: '10-49' } }), ...(branded && { branding: BRANDING }) };
        const executive = await render(`${label}-executive`, { ...base, edition: 'executive' as ReportEdition });
        const full = await render(`${label}-full`, { ...base, edition: 'full' as ReportEdition });
        for (const pdf of [executive, full]) {
          expect(() => execFileSync('qpdf', ['--check', pdf.path], { encoding: 'utf8' })).not.toThrow();
          expect(pdf.bytes).toBeLessThanOrEqual(500 * 1024);
        }
        expect(executive.pages).toBeLessThanOrEqual(6);
        expect(full.pages).toBeGreaterThan(executive.pages);
        // The client on the cover: organisation, sector and size.
        expect(executive.text).toContain(lang === 'es' ? 'Comercio' : 'Retail');
        expect(executive.text).toContain(strings.cover.sector);
        // Executive: summary, ladder and profile, roadmap; no appendix. Full: the appendix, lettered.
        for (const title of [strings.summary.title, strings.profile.title, strings.roadmap.title]) expect(executive.text).toContain(title);
        expect(executive.text).not.toContain(strings.detail.title);
        expect(executive.text).not.toContain(strings.methodology.title);
        const appendixA = strings.appendix.replace('{{letter}}', 'A').replace('{{title}}', strings.detail.title);
        const appendixB = strings.appendix.replace('{{letter}}', 'B').replace('{{title}}', strings.methodology.title);
        expect(full.text).toContain(appendixA);
        expect(full.text).toContain(appendixB);
        if (branded) {
          for (const pdf of [executive, full]) {
            expect(pdf.text).toContain(`${strings.cover.preparedBy} ${BRANDING.name}`);
            // The contact line is in every page's footer.
            expect(pdf.text.split(BRANDING.contact).length - 1).toBe(pdf.pages);
          }
          expect(executive.model.accent).toBe(BRANDING.accent);
        } else {
          expect(executive.text).not.toContain(strings.cover.preparedBy);
          expect(executive.model.accent).toBeUndefined();
        }
      });
    }
  }

  it('Executive stays within 6 pages whatever the answers, a workshop and a progress comparison included', { timeout: 120_000 }, async () => {
    const answerSets: Record<string, Record<string, AnswerValue>> = {
      dontKnow: every(DONT_KNOW),
      zero: every(0),
      top: every(4),
      unanswered: {},
      half: levelAnswers(content.structure, 5, 0),
    };
    for (const [name, answers] of Object.entries(answerSets)) {
      const input = { ...buildInput('es', { content }), answers, result: assess(content.structure, answers), edition: 'executive' as const, branding: BRANDING };
      const pdf = await render(`answers-${name}`, input);
      expect(pdf.pages, name).toBeLessThanOrEqual(6);
    }
    const workshop = buildWorkshopInput('en', { content, people: [every(1), every(3), every(DONT_KNOW)] });
    expect((await render('workshop', { ...workshop, edition: 'executive' })).pages).toBeLessThanOrEqual(6);
    const progress = buildProgressInput('es', { content, earlier: levelAnswers(content.structure, 1, 0), current: buildInput('es', { content }).answers });
    expect((await render('progress', { ...progress, edition: 'executive' })).pages).toBeLessThanOrEqual(6);
  });

  it(`Executive says how many roadmap actions it leaves to the full report (at most ${EXECUTIVE_ROADMAP_ACTIONS} shown)`, { timeout: 60_000 }, async () => {
    const input = { ...buildInput('en', { content }), edition: 'executive' as const };
    const total = HORIZONS.reduce((n, h) => n + input.result.roadmap[h].length, 0);
    const pdf = await render('roadmap-more', input);
    if (total > EXECUTIVE_ROADMAP_ACTIONS) {
      expect(pdf.text).toContain(`The executive report shows ${EXECUTIVE_ROADMAP_ACTIONS} of the roadmap’s ${total} actions`);
    }
  });
});
