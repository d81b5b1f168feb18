/// <reference types="node" />
// Regression: an orphan heading at a page foot in the English PDF ("The Human Media loop behind the stages" alone at
// the bottom of a page, its text on the next). Every heading must share its page with the first lines of what follows.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/report/build-report';
import { renderReportPdf } from '../../src/report/render-pdf';
import type { ReportBlock, ReportModel } from '../../src/report/report-model';
import { buildInput, loadRealContent } from './report-fixture';

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
})();
if (!hasPdftotext && process.env.CI) throw new Error('PDF tests need pdftotext: apt-get install -y poppler-utils');

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

describe.skipIf(!hasPdftotext)('headings in the PDF stay with their first lines', () => {
  const content = loadRealContent();
  const dir = mkdtempSync(join(tmpdir(), 'peldano-keep-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let count = 0;

  /** The text of each page, in drawing order (the footer comes last). */
  async function pagesOf(model: ReportModel): Promise<string[]> {
    const path = join(dir, `${count++}.pdf`);
    writeFileSync(path, Buffer.from(await (await renderReportPdf(model)).arrayBuffer()));
    const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
    return raw.split('\f').map(normalize);
  }

  const HEADING = 'Orphan check heading';
  const FOLLOW_START = 'Firstwordsofwhatfollows';
  const follows: Record<string, ReportBlock> = {
    'a long paragraph': { kind: 'paragraph', text: `${FOLLOW_START} ${'the text under the heading goes on and on; '.repeat(14)}` },
    'a short paragraph': { kind: 'paragraph', text: `${FOLLOW_START} two lines of text ${'under the heading '.repeat(6)}` },
    'a list': { kind: 'bullets', items: [`${FOLLOW_START} ${'a bullet that wraps over a few lines '.repeat(12)}`, 'second'] },
    'facts': { kind: 'facts', items: [{ label: FOLLOW_START, value: 'value' }, { label: 'Other', value: 'value' }] },
  };

  it.each(Object.keys(follows))('keeps a heading with %s wherever the page breaks', { timeout: 60_000 }, async (name) => {
    const base = buildReport(buildInput('en', { content }));
    // Pushes the heading down the page a line at a time, across the page foot.
    for (let fillers = 26; fillers <= 40; fillers++) {
      const blocks: ReportBlock[] = [
        ...Array.from({ length: fillers }, (_, i): ReportBlock => ({ kind: 'paragraph', text: `Filler line ${i + 1}.` })),
        { kind: 'heading', text: HEADING },
        follows[name]!,
      ];
      const pages = await pagesOf({ ...base, sections: [{ id: 'summary', title: 'Section', blocks }] });
      const page = pages.find((text) => text.includes(HEADING))!;
      expect(page, `${fillers} fillers`).toContain(FOLLOW_START);
    }
  });

  it('ends no page of the real English and Spanish reports with a heading', { timeout: 60_000 }, async () => {
    for (const lang of ['en', 'es'] as const) {
      const model = buildReport(buildInput(lang, { content }));
      const headings = model.sections.flatMap((section) => section.blocks.flatMap((block) => (block.kind === 'heading' ? [normalize(block.text)] : [])));
      const pages = await pagesOf(model);
      pages.forEach((text, i) => {
        const footerAt = text.lastIndexOf(`${model.footer.title} · `);
        const body = footerAt >= 0 ? text.slice(0, footerAt).trim() : text;
        for (const heading of headings) expect(body.endsWith(heading), `${lang} page ${i + 1} ends with “${heading}”`).toBe(false);
      });
    }
  });
});
