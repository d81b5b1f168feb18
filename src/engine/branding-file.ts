// The branding file, which carries a consultant's branding to another laptop: written, and read strictly (a file of
// anything else is refused with a reason). Apart from saved-branding.ts so that zod loads only where files are read.
import { checkAccent } from './brand-contrast';
import { LOGO_MAX_DATA_URL_LENGTH } from './brand-logo';
import { BRANDING_CONTACT_MAX, BRANDING_FILE_FORMAT, BRANDING_FILE_MAX_BYTES, BRANDING_NAME_MAX, BRANDING_SAVED_VERSION, type BrandingData, LOGO_DATA_URL } from './saved-branding';
import { isRecord } from './stamped-data';
import { z } from './zod';

export const brandLogoSchema = z.object({
  dataUrl: z.string().max(LOGO_MAX_DATA_URL_LENGTH).regex(LOGO_DATA_URL),
  width: z.number().int().min(1).max(4000),
  height: z.number().int().min(1).max(4000),
});

/** The branding file: strict, so a file from anything else (an assessment, a workshop) is refused with a reason. */
export const brandingFileSchema = z
  .object({
    format: z.literal(BRANDING_FILE_FORMAT),
    version: z.number().int().min(1),
    exportedAt: z.string().max(40).optional(),
    branding: z
      .object({
        name: z.string().max(BRANDING_NAME_MAX),
        contact: z.string().max(BRANDING_CONTACT_MAX),
        accent: z.union([z.literal(''), z.string().regex(/^#[0-9a-fA-F]{6}$/)]),
        logo: brandLogoSchema.nullable(),
      })
      .strict(),
  })
  .strict();
export type BrandingFile = z.infer<typeof brandingFileSchema>;

export type BrandingFileProblem = 'too-large' | 'not-json' | 'not-branding' | 'newer' | 'invalid';

/** The branding as a file to carry to another laptop. */
export function writeBrandingFile(data: BrandingData, now = new Date()): string {
  const file: BrandingFile = { format: BRANDING_FILE_FORMAT, version: BRANDING_SAVED_VERSION, exportedAt: now.toISOString(), branding: { ...data } };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * Reads a branding file's text: the branding, or why it is refused (not JSON; another kind of file; a newer version;
 * fields that are not valid, named). A colour under the contrast rule is not a reason to refuse: it is darkened.
 */
export function readBrandingFile(text: string, size = text.length): { ok: true; branding: BrandingData; accentAdjusted: boolean } | { ok: false; problem: BrandingFileProblem; fields?: string[] } {
  if (size > BRANDING_FILE_MAX_BYTES) return { ok: false, problem: 'too-large' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'not-json' };
  }
  if (!isRecord(parsed) || parsed.format !== BRANDING_FILE_FORMAT) return { ok: false, problem: 'not-branding' };
  if (typeof parsed.version === 'number' && parsed.version > BRANDING_SAVED_VERSION) return { ok: false, problem: 'newer' };
  const result = brandingFileSchema.safeParse(parsed);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((issue) => issue.path.filter((p) => p !== 'branding').join('.') || 'file'))];
    return { ok: false, problem: 'invalid', fields };
  }
  const { branding } = result.data;
  const accent = branding.accent ? checkAccent(branding.accent) : null;
  return {
    ok: true,
    branding: { ...branding, accent: accent ? accent.color : '', logo: branding.logo },
    accentAdjusted: Boolean(accent?.adjusted),
  };
}
