// The consultant's branding, once per laptop: saved like everything else (stamped fields, merged across tabs, damaged
// data kept aside with a warning), and replaced (a reset, a file brought from another laptop) with undo.
import { type BrandingData, brandingCodec, BRANDING_CONTACT_MAX, BRANDING_NAME_MAX, emptyBranding, hasBranding, type SavedBranding } from '../engine/saved-branding';
import { checkAccent, isHexColor } from '../engine/brand-contrast';
import { pickData } from '../engine/stamped-data';
import { createPersistedStore, type PersistedStoreOptions, syncAcrossTabs } from './persisted-store';
import type { ReplaceTarget } from './replace-with-undo';
import { watchStorageStatus } from './watched-statuses';

export const BRANDING_STORAGE_KEY = 'peldano.branding';
export const BRANDING_BACKUPS_KEY = 'peldano.branding.backups';

interface BrandingActions {
  setName: (name: string) => void;
  setContact: (contact: string) => void;
  /** Keeps the colour readable: one under the contrast rule is saved as its darker shade (the screen says so). */
  setAccent: (accent: string) => void;
  setLogo: (logo: BrandingData['logo']) => void;
}

export type BrandingState = SavedBranding & BrandingActions;

export function createBrandingStore(options: PersistedStoreOptions = {}) {
  return createPersistedStore<BrandingData, BrandingState>(
    brandingCodec,
    BRANDING_STORAGE_KEY,
    (set) => ({
      ...emptyBranding(),
      setName: (name) => set({ name: name.slice(0, BRANDING_NAME_MAX) }),
      setContact: (contact) => set({ contact: contact.slice(0, BRANDING_CONTACT_MAX) }),
      setAccent: (accent) => set({ accent: isHexColor(accent) ? checkAccent(accent).color : '' }),
      setLogo: (logo) => set({ logo }),
    }),
    options,
  );
}

export const useBrandingStore = createBrandingStore();
export const brandingStorageStatus = useBrandingStore.status;
watchStorageStatus(brandingStorageStatus);
syncAcrossTabs(useBrandingStore);

/** The branding as it is now (data only). */
export const snapshotBranding = (): BrandingData => pickData(brandingCodec, useBrandingStore.getState());

/** The branding for a report, or undefined when none is set (the report then looks as it always has). */
export function brandingForReport(): BrandingData | undefined {
  const data = snapshotBranding();
  return hasBranding(data) ? data : undefined;
}

const isBrandingData = (value: unknown): value is BrandingData => {
  const { data, dropped } = brandingCodec.sanitize(value);
  return dropped === 0 && JSON.stringify(data) === JSON.stringify(value);
};

/** The branding as something replaced with undo: a reset, or a file from another laptop. */
export function brandingTarget(storage?: () => Pick<Storage, 'getItem' | 'setItem'> | null): ReplaceTarget<BrandingData> {
  return {
    backupKey: BRANDING_BACKUPS_KEY,
    snapshot: snapshotBranding,
    replace: (data) => useBrandingStore.setState({ ...emptyBranding(), ...data }),
    isData: isBrandingData,
    storage,
    // Copies of a logo are large: a few are plenty.
    maxBackups: 3,
  };
}
