/** The optional organisation profile's values. Plain data: the form's schema is state/profile-schema.ts, text limits are in limits.ts. */
export const SECTORS = [
  'retail', 'hospitality', 'professional-services', 'technology', 'manufacturing', 'health',
  'education', 'public-sector', 'non-profit', 'media', 'finance', 'other',
] as const;
export const SIZES = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;

export interface Profile {
  organization: string;
  sector: (typeof SECTORS)[number] | '';
  size: (typeof SIZES)[number] | '';
  role: string;
}

export const EMPTY_PROFILE: Profile = { organization: '', sector: '', size: '', role: '' };
