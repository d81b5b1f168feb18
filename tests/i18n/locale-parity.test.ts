import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Bilingual parity: every UI text exists, non-empty, in every language (Spanish is the source).
const root = join(__dirname, '../../src/i18n/locales');
const languages = readdirSync(root).sort();
const source = 'es';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.assign({}, ...Object.entries(value).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)));
  }
  return { [prefix]: value };
}

const read = (lang: string, file: string) => flatten(JSON.parse(readFileSync(join(root, lang, file), 'utf8')));
const namespaces = (lang: string) => readdirSync(join(root, lang)).filter((f) => f.endsWith('.json')).sort();

describe('UI locales', () => {
  it('has Spanish and English', () => {
    expect(languages).toEqual(expect.arrayContaining(['es', 'en']));
  });

  for (const lang of languages) {
    it(`${lang} has the same namespaces as ${source}`, () => {
      expect(namespaces(lang)).toEqual(namespaces(source));
    });
    for (const file of namespaces(source)) {
      it(`${lang}/${file} has exactly the keys of ${source}/${file}, none empty`, () => {
        const expected = Object.keys(read(source, file)).sort();
        const actual = read(lang, file);
        expect(Object.keys(actual).sort()).toEqual(expected);
        const empty = Object.entries(actual).filter(([, v]) => typeof v !== 'string' || !v.trim());
        expect(empty.map(([k]) => k)).toEqual([]);
      });
      it(`${lang}/${file} keeps the same {{placeholders}} as ${source}`, () => {
        const src = read(source, file);
        const mine = read(lang, file);
        const holes = (text: unknown) => [...String(text).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
        for (const key of Object.keys(src)) expect({ key, holes: holes(mine[key]) }).toEqual({ key, holes: holes(src[key]) });
      });
    }
  }
});
