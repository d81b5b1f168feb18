import { PROFILE_TEXT_MAX } from '../engine/limits';
import { type Profile, SECTORS, SIZES } from '../engine/profile';
import { z } from '../engine/zod';

/** What the profile form accepts; every field may stay empty. Error messages are i18n keys. */
export const profileSchema = z.object({
  organization: z.string().trim().max(PROFILE_TEXT_MAX, { error: 'tooLong' }),
  sector: z.union([z.enum(SECTORS), z.literal('')]),
  size: z.union([z.enum(SIZES), z.literal('')]),
  role: z.string().trim().max(PROFILE_TEXT_MAX, { error: 'tooLong' }),
}) satisfies z.ZodType<Profile>;
