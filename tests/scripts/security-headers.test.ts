import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { apacheHeadersFile, devPolicy, HEADER_CSP, META_CSP, netlifyHeadersFile, securityHeadersPlugin } from '../../scripts/security-headers';

const directives = (policy: string) => Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources.join(' ')]));

/** The page the build makes from index.html, through the plugin's own hook. */
function builtPolicy(): string {
  const build = securityHeadersPlugin().find((p: Plugin) => p.apply === 'build')!;
  const transform = build.transformIndexHtml as unknown as (html: string) => string;
  const html = transform(readFileSync('index.html', 'utf8'));
  const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/g)];
  expect(metas).toHaveLength(1);
  return metas[0]![1]!;
}

describe('security headers for static hosts (regression: the app could be framed by any origin)', () => {
  it('the header files send the page’s own policy plus frame-ancestors none, nosniff and a referrer policy', () => {
    const page = builtPolicy();
    expect(page).toBe(META_CSP);
    expect(directives(page)['frame-ancestors']).toBeUndefined(); // browsers ignore it in a meta tag
    expect(HEADER_CSP).toBe(`${page}; frame-ancestors 'none'`);

    const netlify = netlifyHeadersFile();
    expect(netlify).toMatch(/^\/\*$/m);
    expect(netlify).toContain(`  Content-Security-Policy: ${HEADER_CSP}\n`);
    expect(netlify).toContain('  X-Content-Type-Options: nosniff\n');
    expect(netlify).toMatch(/^ {2}Referrer-Policy: \S+$/m);
    expect(netlify).toContain('  X-Frame-Options: DENY\n');

    const apache = apacheHeadersFile();
    expect(apache).toContain(`Header always set Content-Security-Policy "${HEADER_CSP}"`);
    expect(apache).toContain('Header always set X-Content-Type-Options "nosniff"');
    expect(apache).toMatch(/Header always set Referrer-Policy "\S+"/);
  });

  it('the page’s policy allows nothing but this origin', () => {
    const policy = directives(META_CSP);
    expect(policy['script-src']).toBe("'self'");
    expect(policy['style-src']).toBe("'self'");
    expect(policy['object-src']).toBe("'none'");
    expect(META_CSP).not.toMatch(/unsafe-|https?:|\*/);
  });

  it('the dev server’s policy differs only by a nonce for the tags Vite adds (regression: unstyled npm run dev)', () => {
    const dev = directives(devPolicy('abc123'));
    const page = directives(META_CSP);
    expect(dev['script-src']).toBe("'self' 'nonce-abc123'");
    expect(dev['style-src']).toBe("'self' 'nonce-abc123'");
    expect({ ...dev, 'script-src': page['script-src'], 'style-src': page['style-src'] }).toEqual(page);
  });
});
