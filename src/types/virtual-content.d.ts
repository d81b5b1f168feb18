declare module 'virtual:peldano/structure' {
  const structure: import('../engine/model-types').ModelStructure;
  export default structure;
}
declare module 'virtual:peldano/texts' {
  export const contentLanguages: string[];
  export const textLoaders: Record<string, () => Promise<{ default: import('../engine/model-types').ContentTexts }>>;
  export const nameLoaders: Record<string, () => Promise<{ default: import('../model/content-texts').ContentNames }>>;
}
declare module 'virtual:peldano/levels' {
  /** `levelLoaders[lang][stageId]()`: that stage's level descriptors in that language, a chunk of their own. */
  export const levelLoaders: Record<string, Record<string, () => Promise<{ default: import('../engine/model-types').LevelDescriptors }>>>;
}
