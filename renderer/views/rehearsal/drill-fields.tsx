import { useState } from 'react';
import type { Drill } from '../../../shared/domain/rehearsal';
import type { Translate } from '../../i18n/use-t';

/** A labelled text input of the drill panel. */
export function DrillField({ label, value, onChange, wide }: { label: string; value: string; onChange(value: string): void; wide?: boolean }) {
  return (
    <label className={`drills__field${wide ? ' drills__field--wide' : ''}`}>
      <span>{label}</span>
      <input className="input" value={value} spellCheck={false} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** A whole number typed by the operator: the text as typed, and its value when it is within range. */
export interface WholeNumber {
  text: string;
  setText(text: string): void;
  /** Null while the text is not a whole number between the bounds. */
  value: number | null;
  min: number;
  max: number;
}

/** Keeps a number field's text and whether it is usable, so a drill is never sent with a value the operator did not see. */
export function useWholeNumber(initial: number, min: number, max: number): WholeNumber {
  const [text, setText] = useState(String(initial));
  const parsed = text.trim() === '' ? Number.NaN : Number(text);
  const value = Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : null;
  return { text, setText, value, min, max };
}

/** A labelled whole-number input, marked invalid while out of range. */
export function NumberField({ label, field }: { label: string; field: WholeNumber }) {
  return (
    <label className="drills__field">
      <span>{label}</span>
      <input
        className="input"
        type="number"
        inputMode="numeric"
        step={1}
        min={field.min}
        max={field.max}
        value={field.text}
        aria-invalid={field.value === null ? true : undefined}
        onChange={(event) => field.setText(event.target.value)}
      />
    </label>
  );
}

/** What a confirmed drill did, in the operator's language (the cloud's own account is English). */
export function drillSummary(drill: Drill, t: Translate): string {
  if (drill.kind === 'cut' || drill.kind === 'restore') return t(`rehearsal.applied.${drill.kind}`, { stream: drill.stream });
  if (drill.kind === 'clear') return t('rehearsal.applied.clear');
  if (drill.kind === 'skew') return t('rehearsal.applied.skew', { seconds: drill.seconds });
  const cloud = drill.provider ? t(`provider.${drill.provider}`) : t('rehearsal.drills.targetBoth');
  if (drill.kind === 'offline' || drill.kind === 'online') return t(`rehearsal.applied.${drill.kind}`, { target: cloud });
  const target = drill.action ? t('rehearsal.scope', { target: cloud, action: drill.action }) : cloud;
  const rate = 'rate' in drill ? Math.round(drill.rate * 100) : 0;
  switch (drill.kind) {
    case 'latency':
      return t('rehearsal.applied.latency', { ms: drill.ms, target });
    case 'fail':
      return drill.hang ? t('rehearsal.applied.hang', { rate, target }) : t('rehearsal.applied.fail', { rate, code: drill.code ?? '', target });
    case 'throttle':
      return t('rehearsal.applied.throttle', { perSecond: drill.perSecond, target });
    case 'drop':
      return t('rehearsal.applied.drop', { rate, target });
  }
}
