// A consultant's branding, saved once per laptop: name or firm, contact line, accent colour and logo, and its codec for
// the saved copy (stamped-data.ts: merge across tabs, recovery of damaged data). The file that carries it to another
// laptop is branding-file.ts (with zod, which the pages that only read the branding never load). Pure: no storage,
// no clock, no canvas.
import { checkAccent, isHexColor } from './brand-contrast';
import { LOGO_MAX_DATA_URL_LENGTH } from './brand-logo';
import { createSalvageTally, isRecord, type Sanitized, type Stamped, type StoreCodec } from './stamped-data';

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

export const LOGO_DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;
const isDimension = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 4000;

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
