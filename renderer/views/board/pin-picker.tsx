import { useEffect, useId, useState } from 'react';
import { streamKey } from '../../../shared/domain/board';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useT } from '../../i18n/use-t';
import { useBoardState } from '../../state/stores-context';

/**
 * Pinning streams for the show: pick one of the account's streaming domains, see its streams
 * ingested by two or more encoders right now, and pin the ones this desk will switch.
 */
export function PinPicker({ onClose }: { onClose(): void }) {
  const t = useT();
  const selectId = useId();
  const domains = useBoardState((state) => state.domains);
  const streams = useBoardState((state) => state.streams);
  const tiles = useBoardState((state) => state.board?.tiles);
  const loadDomains = useBoardState((state) => state.loadDomains);
  const loadStreams = useBoardState((state) => state.loadStreams);
  const pin = useBoardState((state) => state.pin);
  const enableDualIngest = useBoardState((state) => state.enableDualIngest);
  const locked = useBoardState((state) => state.board?.locked ?? false);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => void loadDomains(), [loadDomains]);
  const pinned = new Set((tiles ?? []).map((tile) => streamKey(tile.pin)));
  return (
    <section className="picker" aria-label={t('board.addStreams')}>
      <div className="picker__row">
        <label htmlFor={selectId}>{t('board.pickDomain')}</label>
        <select id={selectId} className="input" value={streams?.domain ?? ''} onChange={(event) => event.target.value && void loadStreams(event.target.value)}>
          <option value="">{t('board.pickDomainNone')}</option>
          {(domains ?? []).map((domain) => (
            <option key={domain.name} value={domain.name}>
              {domain.name}
            </option>
          ))}
        </select>
        <button type="button" className="button" onClick={onClose}>
          {t('board.closePicker')}
        </button>
      </div>
      {streams && streams.dualIngest !== null && (
        <p className="picker__setting">
          {streams.dualIngest ? t('board.dualIngest.on') : t('board.dualIngest.off')}
          {!streams.dualIngest && (
            <button type="button" className="button" disabled={locked} onClick={() => setConfirming(true)}>
              {t('board.dualIngest.enable')}
            </button>
          )}
        </p>
      )}
      {confirming && streams && (
        <ConfirmDialog
          title={t('board.dualIngest.confirmTitle', { domain: streams.domain })}
          body={t('board.dualIngest.confirmBody')}
          confirmLabel={t('board.dualIngest.confirm')}
          cancelLabel={t('board.mode.cancel')}
          onConfirm={() => enableDualIngest(streams.domain)}
          onClose={() => setConfirming(false)}
        />
      )}
      {streams && streams.items.length === 0 && <p className="muted">{t('board.noStreams')}</p>}
      {streams && streams.items.length > 0 && (
        <ul className="picker__streams">
          {streams.items.map((stream) => {
            const key = streamKey(stream);
            return (
              <li key={key}>
                <span translate="no">{key}</span>
                <button type="button" className="button" disabled={pinned.has(key)} onClick={() => void pin({ domain: stream.domain, app: stream.app, stream: stream.stream })}>
                  {pinned.has(key) ? t('board.pinned') : t('board.pin')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
