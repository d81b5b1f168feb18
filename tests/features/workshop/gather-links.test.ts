import { afterEach, describe, expect, it } from 'vitest';
import { addPastedLinks, importParticipantFiles, settleUpdate } from '../../../src/features/workshop/import-participant-files';
import { useWorkshopStore } from '../../../src/features/workshop/workshop-store';
import { model } from '../../../src/model/structure';
import { buildAssessmentFile, serializeAssessmentFile } from '../../../src/portability/assessment-file';
import { findShareLinks } from '../../../src/portability/find-share-links';
import { buildShareUrl, encodeShareLink, SHARE_LINK_VERSION } from '../../../src/portability/share-link';
import { crc32 } from '../../../src/portability/crc32';
import { toBase64Url } from '../../../src/portability/base64url';
import { EMPTY_PROFILE } from '../../../src/engine/profile';
import type { AnswerValue } from '../../../src/engine/answers';

afterEach(() => useWorkshopStore.getState().reset());

const ids = model.stages.flatMap((s) => s.questions.map((q) => q.id));
const answersOf = (n: number): Record<string, AnswerValue> => Object.fromEntries(ids.map((id, i) => [id, ((i + n) % 5) as AnswerValue]));
const link = async (n: number, name = '', extra = {}) => buildShareUrl(await encodeShareLink(answersOf(n), model, { name, ...extra }), 'https://taller.example/peldano/#/results');

describe('finding links in pasted text', () => {
  it('finds every #/shared/ link of any origin or sub-path in a chat thread, in order, without the punctuation around it', () => {
    const text = [
      '[10:01] Ana: aquí está (https://a.example/peldano/#/shared/AAAA).',
      'Luis: <http://localhost:5173/#/shared/BBB_-9> y otro https://b.example/x/y/index.html#/shared/CCCC',
      'Marta: https://c.example/%23/shared/DDDD',
      'nada que ver: #/sharedX https://d.example/#/results AbCdEfGhIjKlMnOpQrStUvWxYz0123456789',
    ].join('\n');
    expect(findShareLinks(text)).toEqual([
      { payload: 'AAAA', text: 'https://a.example/peldano/#/shared/AAAA' },
      { payload: 'BBB_-9', text: 'http://localhost:5173/#/shared/BBB_-9' },
      { payload: 'CCCC', text: 'https://b.example/x/y/index.html#/shared/CCCC' },
      { payload: 'DDDD', text: 'https://c.example/%23/shared/DDDD' },
    ]);
  });

  it('finds nothing in garbage, and stays fast on a megabyte without spaces', () => {
    expect(findShareLinks('hola, ¿qué tal? 🙂 \u0000\uffff')).toEqual([]);
    const started = performance.now();
    expect(findShareLinks(`${'x'.repeat(1_000_000)}#/shared/AAAA`)).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('adding pasted links to the workshop', () => {
  it('reports each link: added, duplicate, damaged, another model, newer version; names come from the links', async () => {
    const ana = await link(1, 'Ana García', { role: 'Marketing', notes: { [ids[0]!]: 'Cada lunes' } });
    const cut = (await link(2, 'Luis')).slice(0, -8);
    const other = buildShareUrl(await encodeShareLink(answersOf(3), { ...model, id: 'otro-modelo' }), 'https://x.example/');
    const newer = new Uint8Array([SHARE_LINK_VERSION + 1, 9, 9, 0, 0, 0, 0]);
    new DataView(newer.buffer).setUint32(3, crc32(newer.subarray(0, 3)));
    const text = `Ana: ${ana}\nLuis: ${cut}\n${other}\nhttps://y.example/#/shared/${toBase64Url(newer)}\nAna otra vez: ${ana}\n${await link(4)}`;
    const outcomes = await addPastedLinks(text);
    expect(outcomes?.map((o) => (o.kind === 'link-problem' ? o.problem.code : o.kind))).toEqual(['added', 'damaged', 'other-model', 'newer-version', 'duplicate', 'added']);
    const { participants } = useWorkshopStore.getState();
    expect(participants.map((p) => [p.name, p.source, p.role, p.notes])).toEqual([
      ['Ana García', 'link', 'Marketing', { [ids[0]!]: 'Cada lunes' }],
      ['', 'link', undefined, undefined],
    ]);
    expect(participants[1]!.number).toBe(2);
  });

  it('says when the text has no link at all', async () => {
    expect(await addPastedLinks('solo texto, sin enlaces')).toBeNull();
    expect(useWorkshopStore.getState().participants).toEqual([]);
  });

  it('holds a resubmission under the same name until the facilitator confirms, then replaces the answers', async () => {
    await addPastedLinks(await link(1, 'Ana García'));
    const [again] = (await addPastedLinks(await link(2, '  ana  garcia ', { role: 'Ventas' }))) ?? [];
    expect(again).toMatchObject({ kind: 'update', name: 'ana garcia' });
    const before = useWorkshopStore.getState().participants[0]!;
    expect(before.answers).toEqual(answersOf(1));
    expect(settleUpdate(again!, true)).toMatchObject({ kind: 'updated' });
    const after = useWorkshopStore.getState().participants;
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ id: before.id, name: 'Ana García', answers: answersOf(2), role: 'Ventas' });
    // Keeping the earlier answers changes nothing.
    const [third] = (await addPastedLinks(await link(3, 'Ana García'))) ?? [];
    expect(settleUpdate(third!, false)).toMatchObject({ kind: 'kept' });
    expect(useWorkshopStore.getState().participants[0]!.answers).toEqual(answersOf(2));
  });

  // Regression: someone who sent twice in one paste was matched to a placeholder id, and confirming replaced nothing.
  it('replaces the answers of someone who sent twice in the same paste, once confirmed', async () => {
    const outcomes = (await addPastedLinks(`${await link(1, 'Carla')}\nperdón, este: ${await link(2, 'Carla')}`)) ?? [];
    expect(outcomes.map((o) => o.kind)).toEqual(['added', 'update']);
    expect(settleUpdate(outcomes[1]!, true)).toMatchObject({ kind: 'updated' });
    const [carla, ...others] = useWorkshopStore.getState().participants;
    expect(others).toHaveLength(0);
    expect(carla!.answers).toEqual(answersOf(2));
  });

  it('takes 200 links at once, each with its own outcome', async () => {
    const links = await Promise.all(Array.from({ length: 200 }, (_, n) => link(n, `Persona ${n}`)));
    const outcomes = await addPastedLinks(links.join(' … '));
    expect(outcomes).toHaveLength(200);
    expect(outcomes!.every((o) => o.kind === 'added')).toBe(true);
    expect(useWorkshopStore.getState().participants).toHaveLength(200);
  });

  it('names a participant from their file, and takes the role and notes it carries', async () => {
    const file = buildAssessmentFile(
      { answers: answersOf(1), notes: { [ids[1]!]: 'Solo en campañas' }, profile: { ...EMPTY_PROFILE, role: 'Dirección' }, startedAt: null, updatedAt: null },
      { model, language: 'es', exportedAt: new Date(Date.UTC(2025, 2, 1)), participantName: 'Rocío Vega' },
    );
    const blob = new File([serializeAssessmentFile(file)], 'peldano-evaluacion-rocio-vega-2025-03-01.json');
    const [outcome] = await importParticipantFiles([blob]);
    expect(outcome).toMatchObject({ kind: 'added', name: 'Rocío Vega' });
    expect(useWorkshopStore.getState().participants[0]).toMatchObject({ name: 'Rocío Vega', role: 'Dirección', notes: { [ids[1]!]: 'Solo en campañas' }, source: 'file' });
    expect((await importParticipantFiles([blob]))[0]).toMatchObject({ kind: 'duplicate' });
  });
});
