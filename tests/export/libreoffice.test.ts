/// <reference types="node" />
// The XLSX opens in LibreOffice: converted headless to CSV (one file per sheet) and its cells checked.
// LibreOffice is installed by .ci/setup; on a machine without it this test is skipped, except on CI where it must run.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assess } from '../../src/engine/assess';
import { formatWhole } from '../../src/engine/number-format';
import { createSpreadsheet } from '../../src/export/create-spreadsheet';
import { spreadsheetLabels } from '../../src/export/spreadsheet-labels';
import { createReportTranslator } from '../../src/i18n/report-translator';
import { buildCompleteAnswers, loadRealContent, REPORT_STRINGS } from '../report/report-fixture';

function hasSoffice(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}
const available = hasSoffice();
if (!available && process.env.CI) throw new Error('LibreOffice (soffice) is missing: .ci/setup installs libreoffice-calc-nogui');

/** A minimal CSV reader for LibreOffice's output (quoted fields, doubled quotes, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

const dir = mkdtempSync(join(tmpdir(), 'peldano-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!available)('the XLSX in LibreOffice (headless conversion)', () => {
  it('opens, and every sheet converts with the cells the app wrote', { timeout: 120_000 }, async () => {
    const content = loadRealContent();
    const { answers, notes } = buildCompleteAnswers(content.structure);
    const { blob } = await createSpreadsheet({
      format: 'xlsx', lang: 'es', structure: content.structure, texts: content.texts.es, strings: REPORT_STRINGS.es,
      answers, notes, organization: 'Ñandú', generatedAt: new Date(2026, 0, 15),
    });
    writeFileSync(join(dir, 'export.xlsx'), Buffer.from(await blob.arrayBuffer()));
    // Filter options: comma, double quote, UTF-8, from row 1, ..., -1 = every sheet to its own file (LibreOffice 7.2+).
    execFileSync(
      'soffice',
      ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, join(dir, 'export.xlsx')],
      { stdio: 'pipe', timeout: 110_000 },
    );
    const labels = spreadsheetLabels(createReportTranslator('es', REPORT_STRINGS.es));
    const sheet = (name: string) => parseCsv(readFileSync(join(dir, readdirSync(dir).find((f) => f === `export-${name}.csv`)!), 'utf8'));
    const texts = content.texts.es;
    const result = assess(content.structure, answers);

    const answerRows = sheet(labels.sheets.answers);
    const first = content.structure.stages[0]!.questions[0]!;
    expect(answerRows[0]).toEqual(Object.values(labels.answers));
    expect(answerRows[1]![2]).toBe(texts.questions[first.id]!.statement);
    expect(answerRows[1]![5]).toBe(notes[first.id]);

    const stageRows = sheet(labels.sheets.stages);
    for (const stage of result.stages) {
      const row = stageRows.find((r) => r[0]!.startsWith(`${stage.order}. `))!;
      // LibreOffice writes the stored fraction as a percentage; the whole number matches the app's.
      if (stage.score !== null) expect(formatWhole(Number.parseFloat(row[1]!), 'en')).toBe(formatWhole(stage.score, 'en'));
      expect(row[2]).toBe(labels.status[stage.status]);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith('.csv'))).toHaveLength(4);
  });
});
