// Share links that are not what the app makes: each gets the link's own translated message (never "Page not found",
// never a silent omission), and an over-long one is refused for its length alone.
import { deflateRawSync } from 'node:zlib';
import { toBase64Url } from '../../src/portability/base64url.ts';
import { crc32 } from '../../src/portability/crc32.ts';
import { maxLinkPayloadChars } from '../../src/portability/share-link.ts';
import { equal, ok } from './assert.mjs';
import { structure } from './expected.mjs';
import { openPage } from './page-helpers.mjs';

/** A well-formed version-1 payload around any JSON body (what a crafted link would carry). */
function payloadFor(json) {
  const deflated = deflateRawSync(Buffer.from(json));
  const bytes = new Uint8Array(1 + deflated.length + 4);
  bytes[0] = 1;
  bytes.set(deflated, 1);
  new DataView(bytes.buffer).setUint32(bytes.length - 4, crc32(bytes.subarray(0, bytes.length - 4)));
  return toBase64Url(bytes);
}

export const tests = {
  async 'share links: a "/" in the payload or none at all says the link is damaged, not "Page not found" (regression)'({ browser, url }) {
    const { context, page, check } = await openPage(browser, url, 'en');
    const cases = [
      ['#/shared/', 'The link does not contain an assessment.'],
      ['#/shared', 'The link does not contain an assessment.'],
      ['#/shared/AXVWy5Lb/extra', 'damaged or incomplete'],
      ['#/shared/%3C/script%3E', 'damaged or incomplete'],
    ];
    for (const [hash, message] of cases) {
      await page.goto(`${url}${hash}`);
      await page.getByRole('heading', { level: 1, name: 'This link cannot be opened' }).waitFor();
      ok((await page.getByRole('alert').innerText()).includes(message), `${hash}: "${message}"`);
      equal(await page.getByText('Page not found').count(), 0, `${hash}: no "Page not found"`);
    }
    check();
    await context.close();
  },

  async 'share links: __proto__ keys are named as left out, and an over-long link is refused for its length (regression)'({ browser, url }) {
    const { context, page, check } = await openPage(browser, url, 'es');
    const id = structure.stages[0].questions[0].id;
    const body = `{"m":${JSON.stringify(structure.id)},"v":${JSON.stringify(structure.version)},"a":{${JSON.stringify(id)}:3,"__proto__":2}}`;
    await page.goto(`${url}#/shared/${payloadFor(body)}`);
    await page.getByRole('heading', { level: 1, name: 'Resultados compartidos' }).waitFor();
    ok(await page.getByText(/1 pregunta ya no existe.*\(__proto__\)/).isVisible(), 'the __proto__ key is listed as left out');
    equal(await page.evaluate(() => ({}).polluted), undefined, 'Object.prototype untouched');

    const max = maxLinkPayloadChars(structure);
    await page.goto(`${url}#/shared/${'A'.repeat(1_000_000)}`);
    await page.getByRole('heading', { level: 1, name: 'No se puede abrir este enlace' }).waitFor();
    const alert = await page.getByRole('alert').innerText();
    ok(alert.includes('1.000.000 caracteres') && alert.includes(`como mucho ${max.toLocaleString('es')}`), `the length and the limit are given (${alert})`);
    check();
    await context.close();
  },
};
