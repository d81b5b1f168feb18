/** An in-memory Storage, optionally with a quota (in characters) past which writes fail as a full browser storage does. */
export class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  writes = 0;
  constructor(public quota = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    const used = [...this.items].reduce((n, [k, v]) => n + (k === key ? 0 : k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
    this.writes++;
  }
  keys() {
    return [...this.items.keys()];
  }
}

/** A clock that moves 1 ms per reading: deterministic stamps. */
export const counterClock = (start = 1_700_000_000_000) => {
  let t = start;
  return () => t++;
};
