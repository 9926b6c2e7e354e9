import { useId, useState } from 'react';
import type { Drill } from '../../../shared/domain/rehearsal';
import type { Provider } from '../../../shared/domain/provider';
import { ErrorAlert } from '../../components/error-alert';
import { useT } from '../../i18n/use-t';
import { useRehearsalState } from '../../state/stores-context';
import { DrillField, NumberField, drillSummary, useWholeNumber } from './drill-fields';
import './drill-panel.css';

/** Which cloud a network drill targets; `both` leaves the provider out of the drill. */
type Target = Provider | 'both';

/**
 * The drill controls of the rehearsal cloud: cut and restore an encoder, slow, fail, throttle or
 * drop calls, skew the cloud clock, take a cloud off the network and bring it back, clear it all.
 * Each button sends one drill; the line below says what the cloud confirmed, or why it refused.
 */
export function DrillPanel() {
  const t = useT();
  const pending = useRehearsalState((state) => state.pending);
  const applied = useRehearsalState((state) => state.applied);
  const error = useRehearsalState((state) => state.error);
  const drill = useRehearsalState((state) => state.drill);
  const dismissError = useRehearsalState((state) => state.dismissError);
  const [stream, setStream] = useState('');
  const [upstream, setUpstream] = useState('');
  const [target, setTarget] = useState<Target>('both');
  const targetId = useId();
  const [action, setAction] = useState('');
  const ms = useWholeNumber(500, 0, 120_000);
  const [code, setCode] = useState('ServiceUnavailable');
  const percent = useWholeNumber(100, 0, 100);
  const [hang, setHang] = useState(false);
  const [after, setAfter] = useState(false);
  const perSecond = useWholeNumber(1, 0, 10_000);
  const seconds = useWholeNumber(1200, -86_400, 86_400);

  const scope = { ...(target === 'both' ? {} : { provider: target }), ...(action.trim() ? { action: action.trim() } : {}) };
  const provider = target === 'both' ? {} : { provider: target };
  const encoder = { stream: stream.trim(), ...(upstream.trim() ? { upstream: upstream.trim() } : {}) };
  const send = (order: Drill) => void drill(order);
  const busy = pending !== null;
  const rate = percent.value === null ? null : percent.value / 100;

  return (
    <div className="drills" aria-busy={busy}>
      <h2 className="drills__title">{t('rehearsal.drills.title')}</h2>
      <p className="drills__intro">{t('rehearsal.drills.intro')}</p>
      <fieldset className="drills__group" disabled={busy}>
        <legend>{t('rehearsal.drills.encoders')}</legend>
        <DrillField label={t('rehearsal.drills.stream')} value={stream} onChange={setStream} wide />
        <DrillField label={t('rehearsal.drills.upstream')} value={upstream} onChange={setUpstream} />
        <button type="button" className="button" disabled={!encoder.stream} onClick={() => send({ kind: 'cut', ...encoder })}>
          {t('rehearsal.drills.cut')}
        </button>
        <button type="button" className="button" disabled={!encoder.stream} onClick={() => send({ kind: 'restore', ...encoder })}>
          {t('rehearsal.drills.restore')}
        </button>
      </fieldset>
      <fieldset className="drills__group" disabled={busy}>
        <legend>{t('rehearsal.drills.network')}</legend>
        <div className="drills__field">
          <label htmlFor={targetId}>{t('rehearsal.drills.target')}</label>
          <select id={targetId} className="input" value={target} onChange={(event) => setTarget(event.target.value as Target)}>
            <option value="both">{t('rehearsal.drills.targetBoth')}</option>
            <option value="aliyun">{t('provider.aliyun')}</option>
            <option value="volcengine">{t('provider.volcengine')}</option>
          </select>
        </div>
        <DrillField label={t('rehearsal.drills.action')} value={action} onChange={setAction} />
        <NumberField label={t('rehearsal.drills.latencyMs')} field={ms} />
        <button type="button" className="button" disabled={ms.value === null} onClick={() => ms.value !== null && send({ kind: 'latency', ms: ms.value, ...scope })}>
          {t('rehearsal.drills.addLatency')}
        </button>
        <NumberField label={t('rehearsal.drills.rate')} field={percent} />
        <DrillField label={t('rehearsal.drills.code')} value={code} onChange={setCode} />
        <label className="drills__check">
          <input type="checkbox" checked={hang} onChange={(event) => setHang(event.target.checked)} />
          {t('rehearsal.drills.hang')}
        </label>
        <label className="drills__check">
          <input type="checkbox" checked={after} onChange={(event) => setAfter(event.target.checked)} />
          {t('rehearsal.drills.after')}
        </label>
        <button
          type="button"
          className="button"
          disabled={rate === null || (!hang && !code.trim())}
          onClick={() => rate !== null && send({ kind: 'fail', rate, ...(hang ? { hang: true } : { code: code.trim() }), ...(after ? { after: true } : {}), ...scope })}
        >
          {t('rehearsal.drills.fail')}
        </button>
        <button type="button" className="button" disabled={rate === null} onClick={() => rate !== null && send({ kind: 'drop', rate, ...(after ? { after: true } : {}), ...scope })}>
          {t('rehearsal.drills.drop')}
        </button>
        <NumberField label={t('rehearsal.drills.perSecond')} field={perSecond} />
        <button type="button" className="button" disabled={perSecond.value === null} onClick={() => perSecond.value !== null && send({ kind: 'throttle', perSecond: perSecond.value, ...scope })}>
          {t('rehearsal.drills.throttle')}
        </button>
      </fieldset>
      <fieldset className="drills__group" disabled={busy}>
        <legend>{t('rehearsal.drills.clock')}</legend>
        <NumberField label={t('rehearsal.drills.skewSeconds')} field={seconds} />
        <button type="button" className="button" disabled={seconds.value === null} onClick={() => seconds.value !== null && send({ kind: 'skew', seconds: seconds.value })}>
          {t('rehearsal.drills.skew')}
        </button>
      </fieldset>
      <fieldset className="drills__group" disabled={busy}>
        <legend>{t('rehearsal.drills.reach')}</legend>
        <button type="button" className="button" onClick={() => send({ kind: 'offline', ...provider })}>
          {t('rehearsal.drills.offline')}
        </button>
        <button type="button" className="button" onClick={() => send({ kind: 'online', ...provider })}>
          {t('rehearsal.drills.online')}
        </button>
        <button type="button" className="button" onClick={() => send({ kind: 'clear' })}>
          {t('rehearsal.drills.clear')}
        </button>
      </fieldset>
      <p className="drills__outcome" role="status">
        {busy ? t('rehearsal.drills.pending') : applied && !error ? drillSummary(applied, t) : ''}
      </p>
      <ErrorAlert error={error} onDismiss={dismissError} />
    </div>
  );
}
