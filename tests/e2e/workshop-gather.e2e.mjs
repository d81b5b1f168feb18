// Gathering a workshop's answers without files (issue 14): twelve participants' links pasted at once as a chat
// thread (two damaged, one resubmitted and confirmed), each outcome shown; the join code and participant mode on a
// 375 px phone (answer, get the link, paste it on the facilitator's page); axe and no sideways scroll on the new screens.
import { buildShareUrl, encodeShareLink, SHARE_LINK_VERSION } from '../../src/portability/share-link.ts';
import { crc32 } from '../../src/portability/crc32.ts';
import { toBase64Url } from '../../src/portability/base64url.ts';
import { equal, ok } from './assert.mjs';
import { answersFrom, structure } from './expected.mjs';
import { axeViolations, openPage, visit } from './page-helpers.mjs';

const NAMES = ['Ana García', 'Luis Pérez', 'Marta Ríos', 'Jorge Soto', 'Lucía Méndez', 'Pablo Ruiz', 'Sofía Vidal', 'Diego Castro', 'Elena Navarro', 'Raúl Ibáñez', 'Carmen Díaz', ''];
const TEXT = {
  es: { paste: /^Enlaces/, add: /^Añadir los enlaces/, replace: /^Reemplazar las respuestas de/, people: /^3\. Participantes \((\d+)\)/, joinQr: /^Código QR para unirse/, unnamed: 'Participante' },
  en: { paste: /^Links/, add: /^Add the links/, replace: /^Replace .*'s answers/, people: /^3\. Participants \((\d+)\)/, joinQr: /^QR code to join/, unnamed: 'Participant' },
};

/** A participant's answers: every question, varied by person. */
const answersOf = (n) => answersFrom((stage, i) => (stage * 3 + i + n) % 6);

/** A well-checksummed payload of a newer link version, which this app must call newer rather than damaged. */
function newerPayload() {
  const bytes = new Uint8Array([SHARE_LINK_VERSION + 1, 1, 2, 3, 0, 0, 0, 0]);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
  return toBase64Url(bytes);
}

/** A chat thread as people paste it: timestamps, words around links, one link per message, some broken. */
async function chatThread(origin) {
  const lines = ['[09:58] Facilitador: enviad vuestro enlace al terminar, gracias 🙌'];
  const links = [];
  for (const [n, name] of NAMES.entries()) {
    const payload = await encodeShareLink(answersOf(n), structure, { name, role: n % 2 ? 'Marketing' : 'Ventas', notes: n === 0 ? { [structure.stages[0].questions[0].id]: 'Lo revisamos cada lunes.' } : {} });
    links.push(buildShareUrl(payload, origin));
  }
  // Two damaged: one cut short by the chat app, one with a character changed.
  links[4] = links[4].slice(0, -12);
  const p = links[7].lastIndexOf('/') + 20;
  links[7] = links[7].slice(0, p) + (links[7][p] === 'A' ? 'B' : 'A') + links[7].slice(p + 1);
  links.forEach((link, n) => lines.push(`[10:${String(n).padStart(2, '0')}] ${NAMES[n] || 'Invitado'}: aquí va el mío ${link} (ya está)`));
  // Marta sends again, having changed her mind; Luis's link is pasted twice; one for another model, one newer.
  const changed = { ...answersOf(2), [structure.stages[0].questions[0].id]: 0 };
  lines.push(`[10:30] Marta Ríos: perdón, corrijo: <${buildShareUrl(await encodeShareLink(changed, structure, { name: 'marta rios', role: 'Ventas' }), origin)}>`);
  lines.push(`[10:31] Luis Pérez: por si acaso otra vez ${links[1]}`);
  lines.push(`[10:32] Otro: ${buildShareUrl(await encodeShareLink(answersOf(1), { ...structure, id: 'otro-modelo' }), 'https://otra.example/app/')}`);
  lines.push(`[10:33] Alguien: https://x.example/#/shared/${newerPayload()}`);
  return lines.join('\n');
}

async function noSideScroll(page, what) {
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 740 });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
    ok(scrollWidth <= innerWidth, `${what} at ${width} px: page ${scrollWidth} px wide`);
  }
}

async function gatherSession(browser, url, lang) {
  const text = TEXT[lang];
  const { context, page, check } = await openPage(browser, url, lang, { viewport: { width: 1280, height: 720 } });
  await visit(page, url, '/workshop');
  const box = page.getByRole('textbox', { name: text.paste });
  const thread = await chatThread(url);
  await box.fill(thread);
  const started = Date.now();
  await page.getByRole('button', { name: text.add }).click();
  const list = page.locator('.gather-outcomes');
  await list.waitFor();
  const outcomes = await list.locator('[data-outcome]').evaluateAll((items) => items.map((li) => li.getAttribute('data-outcome')));
  const count = (kind) => outcomes.filter((o) => o === kind).length;
  equal(count('added'), 10, `${lang}: ten of the twelve added (${outcomes.join(', ')}), in ${Date.now() - started} ms`);
  equal(count('damaged'), 2, `${lang}: two damaged`);
  equal(count('update'), 1, `${lang}: one resubmission waits for confirmation`);
  equal(count('duplicate'), 1, `${lang}: the link pasted twice is a duplicate`);
  equal(count('other-model'), 1, `${lang}: another model`);
  equal(count('newer-version'), 1, `${lang}: a newer version`);
  ok((await page.getByRole('alert').filter({ hasText: lang === 'es' ? 'no se ha' : 'not added' }).count()) === 1, `${lang}: the problems are announced`);
  ok((await list.innerText()).includes(`${text.unnamed} `), `${lang}: the participant without a name gets "${text.unnamed} N"`);
  equal(await box.inputValue(), thread, `${lang}: the pasted text stays`);
  const heading = await page.getByRole('heading', { name: text.people }).innerText();
  equal(Number(text.people.exec(heading)[1]), 10, `${lang}: ten participants`);

  // Marta's second link replaces her answers only once confirmed.
  await page.getByRole('button', { name: text.replace }).click();
  await list.locator('[data-outcome="updated"]').waitFor();
  ok((await page.getByRole('heading', { name: text.people }).innerText()).includes('(10)'), `${lang}: still ten participants after the update`);

  // The join code is drawn (its encoder loaded on demand).
  const qr = page.getByRole('img', { name: text.joinQr });
  await qr.locator('path').waitFor();
  const violations = await axeViolations(page);
  equal(violations.length, 0, `${lang}: axe on the workshop page with every outcome: ${violations.join(' | ')}`);
  await noSideScroll(page, `${lang}: workshop page with outcomes`);
  check();
  await context.close();
}

/** The phone: open the join address, answer everything, get the link; returns the link. */
async function participantOnPhone(browser, url, joinUrl, lang, name) {
  const { context, page, check } = await openPage(browser, url, lang, { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
  await page.goto(joinUrl);
  await page.locator('main h1').first().waitFor();
  ok((await page.locator('main h1').innerText()).includes(lang === 'es' ? 'Taller «Taller de marzo»' : 'Workshop “Taller de marzo”'), `${lang}: the workshop's title comes with the code`);
  equal((await axeViolations(page)).join(' | '), '', `${lang}: axe on participant mode's start`);
  await page.getByRole('textbox', { name: lang === 'es' ? /^Nombre/ : /^Name/ }).fill(name);
  await page.getByRole('combobox', { name: lang === 'es' ? /^Rol o área/ : /^Role or department/ }).fill('Comunicación interna');
  await page.getByRole('button', { name: lang === 'es' ? 'Empezar a responder' : 'Start answering' }).click();
  for (let order = 1; order <= structure.stages.length; order++) {
    const sets = page.locator('fieldset').filter({ has: page.getByRole('radio') });
    await sets.first().waitFor();
    const n = await sets.count();
    for (let i = 0; i < n; i++) await sets.nth(i).getByRole('radio').nth((order + i) % 5).check();
    if (order === 1) {
      await page.getByRole('button', { name: lang === 'es' ? 'Añadir una nota' : 'Add a note' }).first().click();
      await page.getByRole('textbox', { name: lang === 'es' ? /^Nota para el taller/ : /^Note for the workshop/ }).first().fill('Solo en campañas grandes.');
      equal((await axeViolations(page)).join(' | '), '', `${lang}: axe on a stage of participant mode`);
      await noSideScroll(page, `${lang}: participant stage`);
      await page.setViewportSize({ width: 375, height: 740 });
    }
    const next = page.getByRole('button', { name: order < structure.stages.length ? (lang === 'es' ? 'Etapa siguiente' : 'Next stage') : lang === 'es' ? 'Terminar y obtener mi enlace' : 'Finish and get my link' });
    await next.click();
  }
  const link = await page.getByRole('textbox', { name: lang === 'es' ? 'Tu enlace' : 'Your link' }).inputValue();
  ok(link.includes('#/shared/'), `${lang}: the participant gets a share link`);
  await page.getByRole('img', { name: lang === 'es' ? 'Código QR de tu enlace' : 'QR code of your link' }).locator('path').waitFor();
  equal((await axeViolations(page)).join(' | '), '', `${lang}: axe on participant mode's link`);
  await noSideScroll(page, `${lang}: participant link`);
  // Kept apart from this browser's own assessment.
  const saved = await page.evaluate(() => ({ own: localStorage.getItem('peldano.assessment'), participation: localStorage.getItem('peldano.participation') }));
  ok(!saved.own || !JSON.parse(saved.own).state?.answers || Object.keys(JSON.parse(saved.own).state.answers).length === 0, `${lang}: the phone's own assessment is untouched`);
  ok(saved.participation?.includes(name), `${lang}: the participation store holds the answers`);
  check();
  await context.close();
  return link;
}

async function joinFlow(browser, url, lang) {
  const text = TEXT[lang];
  const { context, page, check } = await openPage(browser, url, lang, { viewport: { width: 1280, height: 720 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await visit(page, url, '/workshop');
  await page.getByRole('textbox', { name: lang === 'es' ? /^Nombre del taller/ : /^Workshop name/ }).fill('Taller de marzo');
  await page.getByRole('textbox', { name: lang === 'es' ? /^Otro rol/ : /^Another role/ }).fill('Comunicación interna');
  await page.getByRole('button', { name: lang === 'es' ? 'Incluir en la lista' : 'Include in the list' }).click();
  await page.getByRole('img', { name: text.joinQr }).locator('path').waitFor();
  await page.getByRole('button', { name: lang === 'es' ? 'Copiar el enlace para unirse' : 'Copy the join link' }).click();
  const joinUrl = await page.evaluate(() => navigator.clipboard.readText());
  ok(joinUrl.includes('#/join/'), `${lang}: the join link (${joinUrl.slice(0, 80)})`);

  const name = lang === 'es' ? 'Begoña Ortiz' : 'Ben Ortiz';
  const link = await participantOnPhone(browser, url, joinUrl, lang, name);
  await page.getByRole('textbox', { name: text.paste }).fill(`${name}: ${link}`);
  await page.getByRole('button', { name: text.add }).click();
  await page.locator('.gather-outcomes [data-outcome="added"]').waitFor();
  ok((await page.locator('.gather-outcomes').innerText()).includes(name), `${lang}: the phone's link is added under its name`);
  ok((await page.locator('.participant-list').innerText()).includes('Comunicación interna'), `${lang}: with the role chosen from the workshop's list`);
  check();
  await context.close();
}

export const tests = {
  'gather: twelve links pasted as one chat thread, each outcome shown, a resubmission confirmed (es)': ({ browser, url }) => gatherSession(browser, url, 'es'),
  'gather: twelve links pasted as one chat thread, each outcome shown, a resubmission confirmed (en)': ({ browser, url }) => gatherSession(browser, url, 'en'),
  'gather: the join code opens participant mode on a 375 px phone, whose link the facilitator pastes (es)': ({ browser, url }) => joinFlow(browser, url, 'es'),
  'gather: the join code opens participant mode on a 375 px phone, whose link the facilitator pastes (en)': ({ browser, url }) => joinFlow(browser, url, 'en'),
};
