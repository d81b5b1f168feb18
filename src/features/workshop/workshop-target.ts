import { workshopCodec } from '../../engine/saved-workshop';
import { pickData } from '../../engine/stamped-data';
import type { ReplaceTarget } from '../../state/replace-with-undo';
import { useWorkshopStore, type WorkshopData } from './workshop-store';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The workshop, for replace-with-undo ("start a new workshop") and for undoing a removal; its copies have a key of their own. */
export const workshopTarget: ReplaceTarget<WorkshopData> = {
  backupKey: 'peldano.workshop-backups',
  snapshot: () => pickData(workshopCodec, useWorkshopStore.getState()),
  replace: (data) => useWorkshopStore.setState(data),
  isData: (value): value is WorkshopData =>
    isRecord(value) && typeof value.title === 'string' && Array.isArray(value.participants) && value.participants.every(isRecord) && isRecord(value.agreements),
};

export const hasWorkshopData = (data: WorkshopData) => data.title !== '' || data.participants.length > 0 || Object.keys(data.agreements).length > 0;
