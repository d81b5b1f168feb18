// Saved data, for any store: read back whatever happened to it, stamped field by field, merged across tabs.
// Pure functions over a small per-store codec: no storage, no clock.

/**
 * When each field last changed, in ms since 1970, keyed by the codec's flat keys. A stamp whose field is
 * absent records a removal, so a field removed in one tab is not brought back by another.
 */
export type Stamps = Record<string, number>;

export type Stamped<T> = T & { stamps: Stamps };

/** Why saved data could not be taken as it was. */
export type ReadNotice = 'corrupt' | 'older' | 'newer' | 'shortened';

/** What a codec makes of anything found in storage. */
export interface Sanitized<T> {
  data: T;
  /** How many values had to be dropped (wrong type, out of range, unknown). */
  dropped: number;
  /** Which kinds of text were longer than this version allows, and were shortened (e.g. `note`, `organization`). */
  shortened: string[];
}

/**
 * What a sanitizer keeps count of as it reads anything: values dropped, and kinds of text shortened. `text` reads a
 * string within `max` characters: anything else is dropped (undefined is simply absent), a longer one is cut.
 */
export function createSalvageTally() {
  const shortened = new Set<string>();
  const tally = {
    dropped: 0,
    text(value: unknown, max: number, kind: string): string {
      if (typeof value !== 'string') {
        if (value !== undefined) tally.dropped++;
        return '';
      }
      if (value.length <= max) return value;
      shortened.add(kind);
      return value.slice(0, max);
    },
    /** The counts in the shape a codec's sanitizer returns. */
    result<T>(data: T): Sanitized<T> {
      return { data, dropped: tally.dropped, shortened: [...shortened] };
    },
  };
  return tally;
}

/**
 * Everything one store needs to be saved with care: its version, how to keep the well-formed part of
 * anything, and how to see it as flat fields (the unit of stamping and merging).
 */
export interface StoreCodec<T> {
  /** The saved shape's version; data saved by a higher one is kept aside untouched. */
  version: number;
  empty: () => T;
  /** Keeps every well-formed field of anything, counting what it dropped and naming what it shortened. Never throws. */
  sanitize: (input: unknown) => Sanitized<T>;
  /** From text that is no longer JSON (a write cut short): whatever can still be read, or null. */
  salvage?: (raw: string) => T | null;
  /**
   * Every field as one flat map of JSON-comparable values (absent fields missing). Each field is flattened on its
   * own: no key depends on another field's value (stampChanges relies on it to look only at fields that changed).
   */
  flatten: (data: T) => Map<string, unknown>;
  unflatten: (flat: Map<string, unknown>) => T;
  /** The stamp of a field saved without one (an older version, damaged data): when the copy was last saved, if known. */
  fallbackStamp?: (data: T) => number;
  /** What the data holds, counted for messages (answers, participants). */
  count: (data: T | null) => number;
  /** The data fields of the store's state, in the order they are saved. */
  fields: readonly (keyof T & string)[];
}

export interface ReadResult<T> {
  /** What could be used; null when nothing was saved or nothing could be recovered. */
  data: Stamped<T> | null;
  notice: ReadNotice | null;
  /** The version the data was written with, when it says. */
  version: number | null;
  /** What was shortened (see Sanitized). */
  shortened: string[];
}

const MAX_KEY_LENGTH = 300;

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// Own, plain keys only: nothing like `__proto__` reaches an object literal.
export const isPlainKey = (key: string, max = 200) => key.length > 0 && key.length <= max && key !== '__proto__';

// Values are compared, and equal stamps settled, by their JSON: every tab picks the same one.
const rank = (value: unknown) => (value === undefined ? '' : JSON.stringify(value));
const same = (a: unknown, b: unknown) => a === b || rank(a) === rank(b);

/** Just the data fields of a store's state (no actions, no stamps). */
export function pickData<T>(codec: StoreCodec<T>, state: T): T {
  const data = {} as T;
  for (const field of codec.fields) data[field] = state[field];
  return data;
}

/**
 * Stamps every field that differs between `before` and `after` with `now` (or just past its previous
 * stamp, should the clock have gone back). Returns `stamps` itself when nothing changed.
 */
export function stampChanges<T>(codec: StoreCodec<T>, before: T, after: T, stamps: Stamps, now: number): Stamps {
  // A field holding the very same value cannot have changed: only the others are flattened and compared, so one
  // agreed answer in a workshop of thirty people does not re-read every participant's answers.
  const changed = codec.fields.filter((field) => before[field] !== after[field]);
  if (!changed.length) return stamps;
  const empty = codec.empty();
  const only = (data: T): T => {
    const part = { ...empty };
    for (const field of changed) part[field] = data[field];
    return part;
  };
  const a = codec.flatten(only(before));
  const b = codec.flatten(only(after));
  let next: Stamps | null = null;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (same(a.get(key), b.get(key))) continue;
    next ??= { ...stamps };
    next[key] = Math.max(now, (stamps[key] ?? 0) + 1);
  }
  return next ?? stamps;
}

/**
 * Merges two saved copies field by field: the later change wins, a removal included. Commutative,
 * associative and idempotent, so tabs that exchange their copies in any order agree.
 */
export function mergeStamped<T>(codec: StoreCodec<T>, x: Stamped<T>, y: Stamped<T>): Stamped<T> {
  const a = codec.flatten(x);
  const b = codec.flatten(y);
  const merged = new Map<string, unknown>();
  const stamps: Stamps = {};
  for (const key of new Set([...a.keys(), ...b.keys(), ...Object.keys(x.stamps), ...Object.keys(y.stamps)])) {
    const sa = x.stamps[key] ?? 0;
    const sb = y.stamps[key] ?? 0;
    const va = a.get(key);
    const vb = b.get(key);
    const value = sa > sb ? va : sb > sa ? vb : rank(va) >= rank(vb) ? va : vb;
    if (value !== undefined) merged.set(key, value);
    if (Math.max(sa, sb) > 0) stamps[key] = Math.max(sa, sb);
  }
  return { ...codec.unflatten(merged), stamps };
}

/**
 * Brings back what a file holds (a download of this store's data) without losing what is here: a field the
 * file has and this copy lacks (removed since, or never here) comes back; a field both have keeps the later
 * change; a removal in the file removes nothing here.
 */
export function mergeRestoring<T>(codec: StoreCodec<T>, current: Stamped<T>, incoming: Stamped<T>): Stamped<T> {
  const here = codec.flatten(current);
  const there = codec.flatten(incoming);
  const stamps: Stamps = { ...incoming.stamps };
  for (const key of there.keys()) {
    if (!here.has(key)) stamps[key] = Math.max(stamps[key] ?? 0, (current.stamps[key] ?? 0) + 1);
  }
  // A removal recorded in the file never removes anything here.
  for (const key of here.keys()) if (!there.has(key)) delete stamps[key];
  return mergeStamped(codec, current, { ...incoming, stamps });
}

/** Keeps well-formed stamps, and dates every field saved without one (counting the stamps dropped). */
function sanitizeStamps<T>(codec: StoreCodec<T>, data: T, input: unknown): { stamps: Stamps; dropped: number } {
  const stamps: Stamps = {};
  let dropped = 0;
  if (input !== undefined) {
    if (!isRecord(input)) dropped++;
    else
      for (const [key, stamp] of Object.entries(input)) {
        if (isPlainKey(key, MAX_KEY_LENGTH) && typeof stamp === 'number' && Number.isFinite(stamp) && stamp > 0) stamps[key] = stamp;
        else dropped++;
      }
  }
  const fallback = codec.fallbackStamp?.(data) ?? 1;
  for (const key of codec.flatten(data).keys()) stamps[key] ??= fallback;
  return { stamps, dropped };
}

/** Keeps every well-formed field of anything, stamps included. Never throws. */
export function sanitizeStamped<T>(codec: StoreCodec<T>, input: unknown): Sanitized<Stamped<T>> {
  const { data, dropped, shortened } = codec.sanitize(input);
  const stamps = sanitizeStamps(codec, data, isRecord(input) ? input.stamps : undefined);
  return { data: { ...data, stamps: stamps.stamps }, dropped: dropped + stamps.dropped, shortened };
}

/** Brings the state saved by any version to this one's shape, keeping what it understands. */
export function migrateStamped<T>(codec: StoreCodec<T>, state: unknown, version: number): Omit<ReadResult<T>, 'version'> & { data: Stamped<T> } {
  const { data, dropped, shortened } = sanitizeStamped(codec, state);
  const notice: ReadNotice | null =
    version > codec.version
      ? 'newer'
      : version < 1 || !Number.isInteger(version) || dropped
        ? 'corrupt'
        : version < codec.version
          ? 'older'
          : shortened.length
            ? 'shortened'
            : null;
  return { data, notice, shortened };
}

/** Whether a parsed value is a store's envelope, `{ state: {...}, version: <number> }`. */
export const isEnvelope = (value: unknown): value is { state: Record<string, unknown>; version: number } =>
  isRecord(value) && isRecord(value.state) && typeof value.version === 'number';

/** Reads an already parsed value the store saved (`{ state, version }`), whatever happened to it. Never throws. */
export function readStoredValue<T>(codec: StoreCodec<T>, parsed: unknown): ReadResult<T> {
  if (!isEnvelope(parsed)) {
    // Not the envelope: keep whatever fields are recognisable, at the top level or inside `state`.
    const inner = isRecord(parsed) && isRecord(parsed.state) ? parsed.state : parsed;
    const { data, shortened } = sanitizeStamped(codec, inner);
    return { data, notice: 'corrupt', version: null, shortened };
  }
  return { ...migrateStamped(codec, parsed.state, parsed.version), version: parsed.version };
}

/** Reads what a store saved (`{ state, version }` as JSON), whatever happened to it. Never throws. */
export function readStored<T>(codec: StoreCodec<T>, raw: string | null): ReadResult<T> {
  if (raw === null) return { data: null, notice: null, version: null, shortened: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    const salvaged = codec.salvage?.(raw) ?? null;
    const data = salvaged ? { ...salvaged, stamps: sanitizeStamps(codec, salvaged, undefined).stamps } : null;
    return { data, notice: 'corrupt', version: null, shortened: [] };
  }
  return readStoredValue(codec, parsed);
}

/** The JSON a store saves. */
export const serializeStored = <T>(codec: StoreCodec<T>, data: Stamped<T>): string =>
  JSON.stringify({ state: { ...pickData(codec, data), stamps: data.stamps }, version: codec.version });

/**
 * The longest readable beginning of JSON text cut short (a write interrupted), closed so it parses: cut
 * after the last complete value, never inside a string or a number. Undefined when nothing can be read.
 */
export function salvageJson(raw: string): unknown {
  const cuts: { end: number; closers: string }[] = [];
  const stack: string[] = [];
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      stack.push(c === '{' ? '}' : ']');
      cuts.push({ end: i + 1, closers: [...stack].reverse().join('') });
    } else if (c === '}' || c === ']') {
      stack.pop();
      cuts.push({ end: i + 1, closers: [...stack].reverse().join('') });
    } else if (c === ',') cuts.push({ end: i, closers: [...stack].reverse().join('') });
    if (cuts.length > 200) cuts.splice(0, 100);
  }
  // The latest cuts first; a few tries are enough (one usually parses), and keep this fast on large text.
  for (const { end, closers } of cuts.reverse().slice(0, 50)) {
    try {
      return JSON.parse(raw.slice(0, end) + closers);
    } catch {
      // A key without its value, for example: try an earlier cut.
    }
  }
  return undefined;
}
