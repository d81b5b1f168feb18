/** The one place the app reads the clock for a stored time stamp: an ISO 8601 string in UTC. */
export const nowIso = (): string => new Date().toISOString();

/**
 * The time stamps of data after a user's edit: updated now, and started now unless it had already started. Every
 * edit of the assessment (answer, note, profile) stamps through this.
 */
export function stampEdit(data: { startedAt: string | null }): { updatedAt: string; startedAt: string } {
  const now = nowIso();
  return { updatedAt: now, startedAt: data.startedAt ?? now };
}

/**
 * Today's date where the user is, as `yyyy-mm-dd`: what due dates and target dates are compared with (a date, not a
 * moment, so an action due today is not overdue until tomorrow).
 */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
