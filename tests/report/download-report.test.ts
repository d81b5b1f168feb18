/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { model } from '../../src/model/structure';
import { createReport, downloadReport, loadReportStrings, reportLanguages } from '../../src/report/download-report';
import { EMPTY_PROFILE } from '../../src/engine/profile';

const options = {
  answers: {},
  notes: {},
  profile: { ...EMPTY_PROFILE, organization: '«Ñandú & Cía.»' },
  generatedAt: new Date(2025, 10, 22),
};

afterEach(() => vi.restoreAllMocks());

describe('downloadReport', () => {
  it('offers a report in every language with report strings', async () => {
    expect(reportLanguages).toEqual(['en', 'es']);
    expect((await loadReportStrings('es')).reportTitle).not.toBe('');
    await expect(loadReportStrings('xx')).rejects.toThrow(/xx/);
  });

  it('builds the PDF from the bundled model in the language asked for', async () => {
    const { blob, fileName } = await createReport({ ...options, lang: 'en' });
    expect(fileName).toBe('peldano-report-nandu-cia-2025-11-22.pdf');
    expect(blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer()).slice(0, 5))).toBe('%PDF-');
  }, 20_000);

  it('saves the file through an object URL and an <a download> link, and returns its name', async () => {
    const createObjectURL = vi.fn(() => 'blob:peldano-report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    let clicked: { href: string; download: string } | undefined;
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked = { href: this.href, download: this.download };
    });
    const fileName = await downloadReport({ ...options, lang: 'es' });
    expect(fileName).toBe('peldano-informe-nandu-cia-2025-11-22.pdf');
    expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
    expect(clicked).toEqual({ href: 'blob:peldano-report', download: fileName });
    expect(document.querySelector('a[download]')).toBeNull();
  }, 20_000);

  it('names a workshop’s report after the workshop', async () => {
    const participants = ['Ana', 'Luis'].map((name, i) => ({ id: String(i), name, answers: {} }));
    const { fileName } = await createReport({ lang: 'es', generatedAt: options.generatedAt, workshop: { title: 'Taller «Norte»', participants, agreements: {} } });
    expect(fileName).toBe('peldano-taller-norte-2025-11-22.pdf');
    const untitled = await createReport({ lang: 'en', generatedAt: options.generatedAt, workshop: { title: '', participants, agreements: {} } });
    expect(untitled.fileName).toBe('peldano-workshop-2025-11-22.pdf');
  }, 20_000);
});

describe.skipIf(!hasPdftotext())('createReport, read back', () => {
  const dir = mkdtempSync(join(tmpdir(), 'peldano-download-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const textOf = async (blob: Blob) => {
    const path = join(dir, 'report.pdf');
    writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  };
  const everything = (value: 0 | 4) => Object.fromEntries(model.stages.flatMap((s) => s.questions.map((q) => [q.id, value] as const)));

  it('adds the progress since an earlier assessment, compared with the answers reported', async () => {
    const { blob } = await createReport({
      ...options,
      lang: 'es',
      answers: everything(4),
      earlier: { answers: everything(0), date: '2024-05-20T10:00:00.000Z', fileName: 'marzo-2024.json' },
    });
    const text = await textOf(blob);
    expect(text).toContain('Progreso desde el 20 de mayo de 2024');
    expect(text).toContain('La posición ha subido 10 peldaños.');
    expect(text).toContain('«marzo-2024.json»');
  }, 20_000);

  it('reports a workshop from its agreed answers, with how many took part and never their names', async () => {
    const participants = [
      { id: 'a', name: 'Ana Secreta', answers: everything(4) },
      { id: 'b', name: 'Luis Oculto', answers: everything(0) },
    ];
    const { blob } = await createReport({ lang: 'en', generatedAt: options.generatedAt, workshop: { title: 'Spring workshop', participants, agreements: {} } });
    const text = await textOf(blob);
    expect(text).toContain('Spring workshop');
    expect(text).toContain('2 people took part.');
    expect(text).toContain(`Points of disagreement (${model.stages.flatMap((s) => s.questions).length})`);
    // Between 0 and 4 the median rounds down to 2 on every question.
    expect(text).toContain('median of the room');
    expect(text).not.toMatch(/Ana Secreta|Luis Oculto|Secreta|Oculto/);
  }, 20_000);
});

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ENOENT';
  }
}

