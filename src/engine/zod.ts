import { z } from 'zod';

// The Content-Security-Policy forbids eval: zod must not even probe for it (a CSP violation report).
z.config({ jitless: true });

/** zod, configured once for the app; import it from here, never from 'zod' directly. */
export { z };
