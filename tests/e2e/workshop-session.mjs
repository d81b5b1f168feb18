// A workshop of twelve people for the room-view browser tests and screenshots: built from the real model,
// saved the way the app saves it (the workshop codec's saved shape), and what the engine expects of it.
import { DONT_KNOW } from '../../src/engine/answers.ts';
import { summarizeRoom } from '../../src/engine/summarize-workshop.ts';
import { buildAgenda } from '../../src/engine/workshop-agenda.ts';
import { buildShareUrl, encodeShareLink } from '../../src/portability/share-link.ts';
import { structure } from './expected.mjs';

export const WORKSHOP_KEY = 'peldano.workshop';
const ROLES = ['Marketing', 'Ventas', 'Atención al cliente'];
const NAMES = ['Ana', 'Bruno', 'Carla', 'David', 'Elena', 'Fran', 'Gabi', 'Hugo', 'Inés', 'Jorge', 'Karen', 'Luis'];
const clamp = (n) => Math.max(0, Math.min(4, n));
/** The stage's weightiest question: the one whose lowest answer can pull the stage down. */
const contested = (stage) => [...stage.questions].sort((a, b) => b.weight - a.weight || a.index - b.index)[0];

/**
 * Stage 1 fully in place, stage 2 largely (achieved, just), stage 3 partly (so its questions block rung 3), the rest thin. Stage 2's weightiest
 * question splits the room 4 against 0 (it could drop stage 2); stage 4's second question runs from 0 to 4,
 * Marketing high and Sales low (roles disagree); stage 5's first question: seven "don't know" against five
 * levels (the room doesn't know).
 */
export function sessionParticipants() {
  const [, s2, , s4, s5] = structure.stages;
  return NAMES.map((name, i) => {
    const answers = {};
    for (const stage of structure.stages) {
      const base = stage.order === 1 ? 4 : stage.order === 2 ? 3 : stage.order === 3 ? 2 : 1;
      stage.questions.forEach((q, k) => {
        answers[q.id] = clamp(base - ((i + k) % 6 === 0 ? 1 : 0));
      });
    }
    answers[contested(s2).id] = i < 7 ? 4 : 0;
    answers[s4.questions[1].id] = [4, 0, 2][i % 3] ?? 2;
    answers[s5.questions[0].id] = i < 7 ? DONT_KNOW : 2;
    const notes = i % 4 === 0 ? { [contested(s2).id]: `Nota de ${name}: solo se hace en la sede central.` } : {};
    return {
      id: `p-${String(i + 1).padStart(2, '0')}`,
      name,
      number: i + 1,
      source: 'device',
      fileName: '',
      answers,
      addedAt: `2026-03-14T09:${String(i).padStart(2, '0')}:00.000Z`,
      fingerprint: '',
      role: ROLES[i % 3],
      notes,
      finishedAt: `2026-03-14T09:${String(i + 20).padStart(2, '0')}:00.000Z`,
    };
  });
}

/** The saved workshop, as localStorage holds it. */
export function sessionStorageValue(title = 'Taller de marzo') {
  return JSON.stringify({ state: { title, participants: sessionParticipants(), agreements: {} }, version: 2 });
}

/** What the engine makes of the session: the agenda by impact and the questions of note. */
export function expectedSession() {
  const participants = sessionParticipants().map((p) => ({ id: p.id, name: p.name, answers: p.answers, role: p.role, notes: p.notes }));
  const room = summarizeRoom(structure, participants);
  const agenda = buildAgenda(structure, room, { participants });
  const [, s2, , s4, s5] = structure.stages;
  return { room, agenda, dontKnowId: s5.questions[0].id, couldFallId: contested(s2).id, rolesId: s4.questions[1].id };
}

/** Opens the app with the session saved in this browser. */
export async function seedSession(page, url) {
  await page.goto(`${url}#/`);
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [WORKSHOP_KEY, sessionStorageValue()]);
}

/** A participant's share link, as the share panel makes it (name, role and notes inside). */
export async function sessionLink(participant, origin, answers = participant.answers) {
  return buildShareUrl(await encodeShareLink(answers, structure, { name: participant.name, role: participant.role, notes: participant.notes }), origin);
}
