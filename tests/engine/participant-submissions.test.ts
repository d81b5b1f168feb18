import { describe, expect, it } from 'vitest';
import { matchSubmission, nameKey } from '../../src/engine/participant-submissions';

const ana = { id: 'p1', name: 'Ana García', answers: { a: 1, b: 2 }, fingerprint: 'link:1' };

describe('matching a submission to the workshop', () => {
  it('tells people apart by name regardless of accents, case and spacing', () => {
    expect(nameKey('  Ana   GARCÍA ')).toBe(nameKey('ana garcia'));
    expect(nameKey('Ana García')).not.toBe(nameKey('Ana Garcés'));
  });

  it('the same fingerprint is a duplicate, whatever the name', () => {
    expect(matchSubmission({ name: '', answers: {}, fingerprint: 'link:1' }, [ana])).toEqual({ kind: 'duplicate', participantId: 'p1' });
  });

  it('the same person with the same answers and notes is a duplicate; with changes, an update', () => {
    expect(matchSubmission({ name: 'ana garcia', answers: { b: 2, a: 1 }, fingerprint: 'file:x' }, [ana])).toEqual({ kind: 'duplicate', participantId: 'p1' });
    expect(matchSubmission({ name: 'Ana García', answers: { a: 1, b: 3 }, fingerprint: 'link:2' }, [ana])).toEqual({ kind: 'update', participantId: 'p1' });
    expect(matchSubmission({ name: 'Ana García', answers: { a: 1, b: 2 }, notes: { a: 'nueva' }, fingerprint: 'link:3' }, [ana])).toEqual({ kind: 'update', participantId: 'p1' });
  });

  it('someone else, or anyone without a name, is new', () => {
    expect(matchSubmission({ name: 'Luis', answers: { a: 1, b: 2 }, fingerprint: 'link:4' }, [ana])).toEqual({ kind: 'new' });
    expect(matchSubmission({ name: ' ', answers: { a: 1, b: 2 }, fingerprint: 'link:5' }, [{ ...ana, name: '' }])).toEqual({ kind: 'new' });
  });
});
