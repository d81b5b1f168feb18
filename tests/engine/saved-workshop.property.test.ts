import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswerValue, DONT_KNOW } from '../../src/engine/answers';
import { type SavedWorkshop, type WorkshopData, workshopCodec } from '../../src/engine/saved-workshop';
import { mergeRestoring, mergeStamped, readStored, serializeStored, stampChanges } from '../../src/engine/stamped-data';

const merge = (a: SavedWorkshop, b: SavedWorkshop) => mergeStamped(workshopCodec, a, b);
const pids = fc.constantFrom('p-a', 'p-b', 'p-c', 'p-d');
const qids = fc.constantFrom('q-one', 'q-two', 'q-three', 'q-four');
const answer = fc.constantFrom<AnswerValue[]>(0, 1, 2, 3, 4, DONT_KNOW);
const stamp = fc.integer({ min: 1, max: 1_000 });

const participant = fc.record({
  id: pids,
  name: fc.constantFrom('', 'Ana', 'Ben', 'Carla'),
  number: fc.integer({ min: 1, max: 6 }),
  source: fc.constantFrom('file' as const, 'device' as const, 'browser' as const),
  fileName: fc.constantFrom('', 'ana.json'),
  answers: fc.dictionary(qids, answer),
  addedAt: fc.constantFrom('', '2026-11-30T10:00:00.000Z', '2026-11-30T11:00:00.000Z'),
  fingerprint: fc.constantFrom('', 'x:1'),
});

/** A saved workshop as a tab could hold it: every present field stamped, some removals stamped too. */
const workshop: fc.Arbitrary<SavedWorkshop> = fc
  .record({
    title: fc.constantFrom('', 'Taller', 'Workshop'),
    participants: fc.uniqueArray(participant, { selector: (p) => p.id, maxLength: 4 }),
    agreements: fc.dictionary(qids, fc.record({ answer: fc.option(answer, { nil: undefined }), reason: fc.constantFrom('', 'Agreed', 'Because') })),
    removed: fc.dictionary(fc.constantFrom('title', 'p:p-a:number', 'p:p-b:name', 'p:p-c:answer:q-one', 'agreement:q-two:reason'), stamp),
    stampOf: fc.func(stamp),
  })
  .map(({ title, participants, agreements, removed, stampOf }) => {
    const raw: WorkshopData = { title, participants, agreements: {} };
    for (const [id, a] of Object.entries(agreements)) {
      const entry: WorkshopData['agreements'][string] = {};
      if (a.answer !== undefined) entry.answer = a.answer;
      if (a.reason) entry.reason = a.reason;
      if (entry.answer !== undefined || entry.reason) raw.agreements[id] = entry;
    }
    // Canonical, as every tab holds it after a read or a merge.
    const flat = workshopCodec.flatten(raw);
    const data: SavedWorkshop = { ...workshopCodec.unflatten(flat), stamps: {} };
    for (const [key, s] of Object.entries(removed)) if (!flat.has(key)) data.stamps[key] = s;
    for (const key of flat.keys()) data.stamps[key] = stampOf(key);
    return data;
  });

describe('merging two tabs’ copies of a workshop', () => {
  it('is commutative, associative and idempotent, so tabs agree whatever order they sync in', () => {
    fc.assert(
      fc.property(workshop, workshop, workshop, (a, b, c) => {
        expect(merge(a, b)).toEqual(merge(b, a));
        expect(merge(merge(a, b), c)).toEqual(merge(a, merge(b, c)));
        expect(merge(a, a)).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps, for every participant’s answer, the latest change made in either tab', () => {
    fc.assert(
      fc.property(workshop, workshop, (a, b) => {
        const merged = merge(a, b);
        const answerOf = (w: SavedWorkshop, pid: string, qid: string) => w.participants.find((p) => p.id === pid)?.answers[qid];
        for (const w of [a, b]) {
          for (const p of w.participants) {
            for (const qid of Object.keys(p.answers)) {
              const key = `p:${p.id}:answer:${qid}`;
              const other = w === a ? b : a;
              if ((w.stamps[key] ?? 0) > (other.stamps[key] ?? 0)) expect(answerOf(merged, p.id, qid)).toBe(p.answers[qid]);
            }
          }
        }
      }),
    );
  });

  it('lets the later copy win for every field that changed', () => {
    fc.assert(
      fc.property(workshop, workshop, fc.integer({ min: 0, max: 2_000 }), (before, after, now) => {
        const stamps = stampChanges(workshopCodec, before, after, before.stamps, now);
        const merged = merge(before, { ...after, stamps });
        expect(merged.title).toEqual(after.title);
        expect(merged.participants).toEqual(after.participants);
        expect(merged.agreements).toEqual(after.agreements);
      }),
    );
  });

  it('brings back from a file everything this copy lacks, and loses nothing this copy has', () => {
    fc.assert(
      fc.property(workshop, workshop, (here, file) => {
        const restored = mergeRestoring(workshopCodec, here, file);
        const flat = workshopCodec.flatten(restored);
        for (const key of workshopCodec.flatten(file).keys()) expect(flat.has(key)).toBe(true);
        for (const key of workshopCodec.flatten(here).keys()) expect(flat.has(key)).toBe(true);
      }),
    );
  });
});

describe('reading a saved workshop', () => {
  it('reads back exactly what it saved', () => {
    fc.assert(
      fc.property(workshop, (data) => {
        expect(readStored(workshopCodec, serializeStored(workshopCodec, data))).toEqual({ data, notice: null, version: 2, shortened: [] });
      }),
    );
  });

  it('never throws on arbitrary text, and keeps only well-formed answers', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.jsonValue().map((v) => JSON.stringify({ state: v, version: 2 }))), (raw) => {
        const { data } = readStored(workshopCodec, raw);
        for (const p of data?.participants ?? []) for (const value of Object.values(p.answers)) expect([0, 1, 2, 3, 4, DONT_KNOW]).toContain(value);
      }),
    );
  });

  it('recovers from a write cut short only answers that were really given', () => {
    fc.assert(
      fc.property(workshop, fc.nat(), (data, cut) => {
        const raw = serializeStored(workshopCodec, data);
        const { data: recovered, notice } = readStored(workshopCodec, raw.slice(0, cut % raw.length));
        expect(notice).toBe('corrupt');
        for (const p of recovered?.participants ?? []) {
          const original = data.participants.find((o) => o.id === p.id);
          for (const [qid, value] of Object.entries(p.answers)) expect(original?.answers[qid]).toBe(value);
        }
      }),
    );
  });
});
