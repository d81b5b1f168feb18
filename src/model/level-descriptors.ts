import { useEffect, useState } from 'react';
import { levelLoaders } from 'virtual:peldano/levels';
import type { LevelDescriptors } from '../engine/model-types';

// What each answer level looks like, per language and stage: small chunks that only the screens showing them fetch
// (a stage, a workshop turn, the room view, the PDF), never the first page.
const pending = new Map<string, Promise<LevelDescriptors>>();
const loaded = new Map<string, LevelDescriptors>();

function loadStage(lang: string, stageId: string): Promise<LevelDescriptors> {
  const key = `${lang}/${stageId}`;
  let promise = pending.get(key);
  if (!promise) {
    const loader = levelLoaders[lang]?.[stageId];
    if (!loader) return Promise.reject(new Error(`No level descriptors for stage '${stageId}' in language '${lang}'`));
    promise = loader().then((m) => {
      loaded.set(key, m.default);
      return m.default;
    });
    // A failed fetch (offline before the chunk was cached) is forgotten, so a later call retries.
    promise.catch(() => pending.delete(key));
    pending.set(key, promise);
  }
  return promise;
}

/**
 * Loads (once) the level descriptors in one language: `descriptors[questionId][n]` says what level n looks like.
 * With a stage id, that stage's questions only (one small chunk); without, every stage's (for the PDF).
 */
export async function loadLevelDescriptors(lang: string, stageId?: string): Promise<LevelDescriptors> {
  if (stageId !== undefined) return loadStage(lang, stageId);
  const stageIds = Object.keys(levelLoaders[lang] ?? {});
  if (!stageIds.length) throw new Error(`No level descriptors in language '${lang}'`);
  return Object.assign({}, ...(await Promise.all(stageIds.map((id) => loadStage(lang, id))))) as LevelDescriptors;
}

/** The descriptors already here (none fetched): what a screen can show at once. */
export function loadedLevelDescriptors(lang: string, stageId: string): LevelDescriptors | undefined {
  return loaded.get(`${lang}/${stageId}`);
}

/**
 * A stage's level descriptors in `lang`, or undefined while their chunk loads: the screen renders at once and the
 * descriptors (closed by default, so nothing shifts) arrive a moment later. A failed fetch leaves them out; the
 * next stage or language asks again.
 */
export function useLevelDescriptors(lang: string, stageId: string | undefined): LevelDescriptors | undefined {
  const [, setArrived] = useState(0);
  const here = stageId === undefined ? undefined : loadedLevelDescriptors(lang, stageId);
  useEffect(() => {
    if (here || stageId === undefined) return undefined;
    let live = true;
    loadStage(lang, stageId).then(
      () => live && setArrived((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [lang, stageId, here]);
  return here;
}
