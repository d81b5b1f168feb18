/** The optional organisation profile. Plain data: the form's zod schema lives with the form. */
export const SECTORS = [
  'retail', 'hospitality', 'professional-services', 'technology', 'manufacturing', 'health',
  'education', 'public-sector', 'non-profit', 'media', 'finance', 'other',
] as const;
export const SIZES = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;

export const PROFILE_TEXT_MAX = 120;

export interface Profile {
  organization: string;
  sector: (typeof SECTORS)[number] | '';
  size: (typeof SIZES)[number] | '';
  role: string;
}

export const EMPTY_PROFILE: Profile = { organization: '', sector: '', size: '', role: '' };
