// lang.js on a deep link: which of the build's files it asks for, and how (src/first-screen-table.ts, src/first-screen-files.ts).
import { describe, expect, it } from 'vitest';
import { preloadFiles } from '../src/first-screen-files';
import { filesForRoute, routeExpression, type ScreenFiles } from '../src/first-screen-table';
import { SCREENS } from '../src/app/screens';

const table: ScreenFiles[] = [
  { route: routeExpression('/stage/:order'), files: ['assets/stage-page-1.js', 'assets/screens-1.css'], texts: { es: ['assets/es-1.js'], en: ['assets/en-1.js'] } },
  { route: routeExpression('/workshop'), files: ['assets/workshop-page-1.js'], texts: { es: [], en: [] } },
  { route: routeExpression('/workshop/room'), files: ['assets/facilitator-page-1.js'], texts: { es: [], en: [] } },
  { route: routeExpression('/shared/*'), files: ['assets/shared-results-page-1.js'], texts: { es: ['assets/es-1.js'], en: ['assets/en-1.js'] } },
];

describe('the first screen’s files', () => {
  it('turns every route of the screen table into an expression that matches it as the router does', () => {
    expect(routeExpression('/stage/:order')).toBe('^/stage/[^/]+/?$');
    for (const [pattern, path] of [
      ['/stage/:order', '/stage/3'],
      ['/workshop/answer/:participantId', '/workshop/answer/p-1'],
      ['/shared/*', '/shared/AbC_-9'],
      ['/results', '/results/'],
    ] as const)
      expect(new RegExp(routeExpression(pattern), 'i').test(path), `${pattern} ↔ ${path}`).toBe(true);
    expect(new RegExp(routeExpression('/stage/:order')).test('/stage/3/extra')).toBe(false);
    // Every route of the real table has an expression that matches an address of its own.
    for (const screen of SCREENS.filter((s) => s.path !== '*' && s.path !== '/')) {
      const example = screen.path.replace(/:\w+/g, 'x').replace('*', 'abc');
      expect(new RegExp(routeExpression(screen.path), 'i').test(example), screen.path).toBe(true);
    }
  });

  it('picks the screen’s code, styles and texts in the visitor’s language, and nothing for an unknown address', () => {
    expect(filesForRoute(table, '/stage/2', 'en')).toEqual(['assets/stage-page-1.js', 'assets/screens-1.css', 'assets/en-1.js']);
    expect(filesForRoute(table, '/workshop/room', 'es')).toEqual(['assets/facilitator-page-1.js']);
    expect(filesForRoute(table, '/shared/xyz', 'es')).toEqual(['assets/shared-results-page-1.js', 'assets/es-1.js']);
    expect(filesForRoute(table, '/nowhere', 'es')).toEqual([]);
    expect(filesForRoute(table, '/stage/2', 'fr')).toEqual(['assets/stage-page-1.js', 'assets/screens-1.css']);
  });

  it('asks for scripts as module preloads and styles as style preloads, at the page’s own address', () => {
    preloadFiles(['assets/a.js', 'assets/b.css']);
    const links = [...document.head.querySelectorAll('link')].slice(-2);
    expect(links.map((l) => [l.rel, l.getAttribute('as'), l.href])).toEqual([
      ['modulepreload', null, new URL('assets/a.js', document.baseURI).href],
      ['preload', 'style', new URL('assets/b.css', document.baseURI).href],
    ]);
  });
});
