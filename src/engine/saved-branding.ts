// A consultant's branding, saved once per laptop: name or firm, contact line, accent colour and logo. Its codec for the
// saved copy (stamped-data.ts: merge across tabs, recovery of damaged data) and its file, which carries it to another
// laptop. Pure: no storage, no clock, no canvas.
import { checkAccent, isHexColor } from './brand-contrast';
import { LOGO_MAX_DATA_URL_LENGTH } from './brand-logo';
import { createSalvageTally, isRecord, type Sanitized, type Stamped, type StoreCodec } from './stamped-data';
import { z } from './zod';

export const BRANDING_SAVED_VERSION = 1;
export const BRANDING_FILE_FORMAT = 'peldano-branding';
export const BRANDING_NAME_MAX = 120;
export const BRANDING_CONTACT_MAX = 200;
/** A branding file is a few hundred KB at most (the logo); anything far larger is not one. */
export const BRANDING_FILE_MAX_BYTES = 3 * 1024 * 1024;

/** A logo as stored: a PNG or JPEG data URL, already downscaled, with its size in pixels. */
export interface BrandLogo {
  dataUrl: string;
  width: number;
  height: number;
}

export interface BrandingData {
  /** The consultant's name or firm; empty: no branding on the report. */
  name: string;
  contact: string;
  /** `#rrggbb`, or empty for the report's own colour. */
  accent: string;
  logo: BrandLogo | null;
}

export type SavedBranding = Stamped<BrandingData>;

export const emptyBranding = (): BrandingData => ({ name: '', contact: '', accent: '', logo: null });

/** Whether there is anything to brand a report with. */
export const hasBranding = (data: BrandingData): boolean => Boolean(data.name.trim() || data.contact.trim() || data.accent || data.logo);

const LOGO_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;
const isDimension = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 4000;

export const brandLogoSchema = z.object({
  dataUrl: z.string().max(LOGO_MAX_DATA_URL_LENGTH).regex(LOGO_DATA_URL),
  width: z.number().int().min(1).max(4000),
  height: z.number().int().min(1).max(4000),
});

function readLogo(value: unknown): BrandLogo | null | undefined {
  if (value === null || value === undefined) return null;
  if (!isRecord(value) || typeof value.dataUrl !== 'string' || value.dataUrl.length > LOGO_MAX_DATA_URL_LENGTH || !LOGO_DATA_URL.test(value.dataUrl)) return undefined;
  if (!isDimension(value.width) || !isDimension(value.height)) return undefined;
  return { dataUrl: value.dataUrl, width: value.width, height: value.height };
}

function sanitize(input: unknown): Sanitized<BrandingData> {
  const data = emptyBranding();
  if (!isRecord(input)) return { data, dropped: input === undefined || input === null ? 0 : 1, shortened: [] };
  const tally = createSalvageTally();
  const { text } = tally;
  data.name = text(input.name, BRANDING_NAME_MAX, 'brandName');
  data.contact = text(input.contact, BRANDING_CONTACT_MAX, 'brandContact');
  if (input.accent !== undefined && input.accent !== '') {
    // A colour that fails contrast is kept readable rather than dropped: the darker shade of the same hue.
    if (isHexColor(input.accent)) data.accent = checkAccent(input.accent).color;
    else tally.dropped++;
  }
  const logo = readLogo(input.logo);
  if (logo === undefined) tally.dropped++;
  else data.logo = logo;
  return tally.result(data);
}

const FIELDS = ['name', 'contact', 'accent', 'logo'] as const;

/** One flat field per setting (the logo and its size travel together), empty ones left out. */
function flatten(data: BrandingData): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const field of FIELDS) if (data[field]) flat.set(field, data[field]);
  return flat;
}

function unflatten(flat: Map<string, unknown>): BrandingData {
  return {
    name: (flat.get('name') as string | undefined) ?? '',
    contact: (flat.get('contact') as string | undefined) ?? '',
    accent: (flat.get('accent') as string | undefined) ?? '',
    logo: (flat.get('logo') as BrandLogo | undefined) ?? null,
  };
}

export const brandingCodec: StoreCodec<BrandingData> = {
  version: BRANDING_SAVED_VERSION,
  empty: emptyBranding,
  sanitize,
  flatten,
  unflatten,
  count: (data) => (data ? flatten(data).size : 0),
  fields: FIELDS,
};

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
