import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW } from '../../src/engine/answers';
import { SECTORS, SIZES } from '../../src/engine/profile';
import {
  mergeSaved,
  readSaved,
  type SavedAssessment,
  sanitizeSaved,
  serializeSaved,
  stampChanges,
} from '../../src/engine/saved-assessment';

const ids = fc.constantFrom('listen-a', 'listen-b', 'plan-c', 'voice-d', 'metrics-e', 'crm-f');
const answer = fc.constantFrom<AnswerValue[]>(0, 1, 2, 3, 4, DONT_KNOW);
const stamp = fc.integer({ min: 1, max: 1_000 });
const iso = fc.integer({ min: 1_600_000_000_000, max: 1_800_000_000_000 }).map((t) => new Date(t).toISOString());

/** A saved copy as a tab could hold it: every present field stamped, some removals stamped too. */
const saved: fc.Arbitrary<SavedAssessment> = fc
  .record({
    answers: fc.dictionary(ids, answer),
    notes: fc.dictionary(ids, fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== '')),
    organization: fc.string({ maxLength: 20 }),
    sector: fc.constantFrom('', ...SECTORS),
    size: fc.constantFrom('', ...SIZES),
    startedAt: fc.option(iso, { nil: null }),
    updatedAt: fc.option(iso, { nil: null }),
    removed: fc.dictionary(ids.map((id) => `answer:${id}`), stamp),
    stampOf: fc.func(stamp),
  })
  .map(({ answers, notes, organization, sector, size, startedAt, updatedAt, removed, stampOf }) => {
    const data: SavedAssessment = {
      answers,
      notes,
      profile: { organization, sector, size, role: '' } as SavedAssessment['profile'],
      startedAt,
      updatedAt,
      stamps: {},
    };
    const keys = [
      ...Object.keys(answers).map((id) => `answer:${id}`),
      ...Object.keys(notes).map((id) => `note:${id}`),
      'profile:organization', 'profile:sector', 'profile:size', 'profile:role', 'startedAt', 'updatedAt',
    ];
    for (const [key, s] of Object.entries(removed)) if (!keys.includes(key)) data.stamps[key] = s;
    for (const key of keys) data.stamps[key] = stampOf(key);
    return data;
  });

describe('merging two tabs’ copies', () => {
  it('is commutative, associative and idempotent, so tabs agree whatever order they sync in', () => {
    fc.assert(
      fc.property(saved, saved, saved, (a, b, c) => {
        expect(mergeSaved(a, b)).toEqual(mergeSaved(b, a));
        expect(mergeSaved(mergeSaved(a, b), c)).toEqual(mergeSaved(a, mergeSaved(b, c)));
        expect(mergeSaved(a, a)).toEqual(a);
      }),
    );
  });

  it('keeps, for every answer, the latest change made in either tab (a removal included)', () => {
    fc.assert(
      fc.property(saved, saved, (a, b) => {
        const merged = mergeSaved(a, b);
        for (const id of new Set([...Object.keys(a.answers), ...Object.keys(b.answers)])) {
          const key = `answer:${id}`;
          const sa = a.stamps[key] ?? 0;
          const sb = b.stamps[key] ?? 0;
          if (sa > sb) expect(merged.answers[id]).toBe(a.answers[id]);
          if (sb > sa) expect(merged.answers[id]).toBe(b.answers[id]);
          expect(merged.stamps[key]).toBe(Math.max(sa, sb));
        }
      }),
    );
  });

  it('stamps exactly the fields that changed, never earlier than their previous stamp', () => {
    fc.assert(
      fc.property(saved, saved, fc.integer({ min: 0, max: 2_000 }), (before, after, now) => {
        const stamps = stampChanges(before, after, before.stamps, now);
        for (const [key, value] of Object.entries(stamps)) {
          if (value !== before.stamps[key]) expect(value).toBeGreaterThan(before.stamps[key] ?? 0);
        }
        // What the later copy says then wins a merge against the earlier one.
        const merged = mergeSaved(before, { ...after, stamps });
        expect(merged.answers).toEqual(after.answers);
        expect(merged.notes).toEqual(after.notes);
        expect(merged.profile).toEqual(after.profile);
      }),
    );
  });
});

describe('reading saved data', () => {
  it('reads back exactly what it saved', () => {
    fc.assert(
      fc.property(saved, (data) => {
        expect(readSaved(serializeSaved(data))).toEqual({ data, notice: null, version: 2 });
      }),
    );
  });

  it('never throws on arbitrary text, and keeps only well-formed answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ state: v, version: 2 }))), (raw) => {
        const { data } = readSaved(raw);
        for (const value of Object.values(data?.answers ?? {})) expect([0, 1, 2, 3, 4, DONT_KNOW]).toContain(value);
      }),
    );
  });

  it('recovers from a write cut short only answers that were really given', () => {
    fc.assert(
      fc.property(saved, fc.nat(), (data, cut) => {
        const raw = serializeSaved(data);
        const { data: recovered, notice } = readSaved(raw.slice(0, cut % raw.length));
        expect(notice).toBe('corrupt');
        for (const [id, value] of Object.entries(recovered?.answers ?? {})) expect(data.answers[id]).toBe(value);
      }),
    );
  });

  it('never sets an object’s prototype from a saved key', () => {
    const { data } = sanitizeSaved(JSON.parse('{"answers":{"__proto__":3,"ok-id":2},"notes":{"__proto__":"x"}}'));
    expect(Object.getPrototypeOf(data.answers)).toBe(Object.prototype);
    expect(data.answers).toEqual({ 'ok-id': 2 });
  });
});
