import { describe, expect, it } from 'vitest';
import { Drill } from '../../../../shared/domain/rehearsal';

describe('the Drill schema the control endpoint, lcr and the UI share', () => {
  it('takes a failure with either an error code or a hang, never both or neither', () => {
    expect(Drill.safeParse({ kind: 'fail', rate: 1, code: 'InternalError' }).success).toBe(true);
    expect(Drill.safeParse({ kind: 'fail', rate: 0.3, hang: true, hangMs: 200, after: true }).success).toBe(true);
    expect(Drill.safeParse({ kind: 'fail', rate: 1 }).success).toBe(false);
    expect(Drill.safeParse({ kind: 'fail', rate: 1, code: 'InternalError', hang: true }).success).toBe(false);
  });

  it('refuses streams not written domain/app/stream, rates outside 0–1 and unknown fields', () => {
    expect(Drill.safeParse({ kind: 'cut', stream: 'live.rehearsal.example/live/main' }).success).toBe(true);
    expect(Drill.safeParse({ kind: 'cut', stream: 'live.rehearsal.example/main' }).success).toBe(false);
    expect(Drill.safeParse({ kind: 'drop', rate: 1.5 }).success).toBe(false);
    expect(Drill.safeParse({ kind: 'clear', everything: true }).success).toBe(false);
  });
});
