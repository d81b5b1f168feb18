// Minimal assertions for browser tests: a failure names what was expected and what was found.
export function equal(actual, expected, what) {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}
export function ok(value, what) {
  if (!value) throw new Error(`${what}: expected to hold`);
}
