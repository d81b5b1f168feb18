import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReport, downloadReport, loadReportStrings, reportLanguages } from '../../src/report/download-report';
import { EMPTY_PROFILE } from '../../src/state/profile';

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
    expect((await loadReportStrings('es')).button.label).toContain('PDF');
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
});
