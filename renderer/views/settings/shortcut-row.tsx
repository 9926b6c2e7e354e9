import { useCallback, useState } from 'react';
import type { ShortcutStatus } from '../../../shared/domain/shortcuts';
import { appError, type AppError } from '../../../shared/errors/app-error';
import { ErrorAlert } from '../../components/error-alert';
import { useAcceleratorLabel } from '../../i18n/accelerator-label';
import { useT, type Translate } from '../../i18n/use-t';
import { useShortcutsState } from '../../state/stores-context';
import { useKeyRecorder, type Recorded } from './use-key-recorder';

// Settings › Switching › Global shortcuts: one tile's row of the editor.

/** One row of the shortcut editor: a pinned tile (which can record one) or a binding left without its tile. */
export interface ShortcutRowProps {
  tileKey: string;
  pinned: boolean;
  binding: ShortcutStatus | null;
}

/** Whether a binding works, in the operator's words, naming what it clashes with. */
function stateText(binding: ShortcutStatus, t: Translate): string {
  if (binding.state === 'clash') {
    if (binding.clashWith === 'app') return t('shortcuts.state.clashApp');
    return binding.clashWith === null ? t('shortcuts.state.clash') : t('shortcuts.state.clashTile', { stream: binding.clashWith });
  }
  return t(`shortcuts.state.${binding.state}`);
}

/** A refusal with its accelerator printed as the keyboard says it, like the rest of the row. */
function readable(error: AppError | null, label: (accelerator: string) => string): AppError | null {
  const accelerator = error?.params.accelerator;
  return error && typeof accelerator === 'string' ? { ...error, params: { ...error.params, accelerator: label(accelerator) } } : error;
}

/**
 * A tile's global shortcut: the binding and whether the OS gave it to us, Record (the next key
 * combination becomes the binding; one without Ctrl, Alt or Super is refused here, before anything
 * is sent) and Clear — or Remove, for a binding whose tile is no longer pinned. Main's refusals
 * (a clash, the app's own keys) are shown beneath the row.
 */
export function ShortcutRow({ tileKey, pinned, binding }: ShortcutRowProps) {
  const t = useT();
  const label = useAcceleratorLabel();
  const pending = useShortcutsState((state) => state.pending.includes(tileKey));
  const refusal = useShortcutsState((state) => state.errors[tileKey] ?? null);
  const bind = useShortcutsState((state) => state.bind);
  const unbind = useShortcutsState((state) => state.unbind);
  const dismissError = useShortcutsState((state) => state.dismissError);
  const [problem, setProblem] = useState<AppError | null>(null);
  const onRecorded = useCallback(
    (recorded: Recorded) => {
      if (recorded.kind === 'refused') setProblem(appError(`shortcut.${recorded.problem}`, { accelerator: recorded.accelerator }));
      else void bind(tileKey, recorded.accelerator);
    },
    [bind, tileKey],
  );
  const recorder = useKeyRecorder(onRecorded);
  const error = readable(problem ?? refusal, label);
  const record = () => {
    if (pending) return;
    setProblem(null);
    dismissError(tileKey);
    recorder.start();
  };
  const remove = () => {
    if (pending) return;
    setProblem(null);
    void unbind(tileKey);
  };
  return (
    <>
      <tr className="shortcut-row">
        <th scope="row" className="shortcut-row__key" translate="no">
          {tileKey}
        </th>
        <td aria-live="polite">
          {recorder.recording ? (
            <span className="shortcut-row__prompt">{t('shortcuts.recording')}</span>
          ) : binding ? (
            <kbd className="shortcut-row__keys" translate="no">
              {label(binding.accelerator)}
            </kbd>
          ) : (
            <span className="muted">{t('shortcuts.none')}</span>
          )}
        </td>
        <td className={`shortcut-row__state shortcut-row__state--${binding?.state ?? 'none'}`}>
          {pending ? t('shortcuts.saving') : binding ? stateText(binding, t) : null}
        </td>
        <td>
          <div className="shortcut-row__actions">
            {pinned ? (
              <>
                <button type="button" className="button" aria-label={t('shortcuts.recordLabel', { stream: tileKey })} aria-pressed={recorder.recording} onClick={recorder.recording ? recorder.cancel : record} onBlur={recorder.cancel}>
                  {t('shortcuts.record')}
                </button>
                <button type="button" className="button" aria-label={t('shortcuts.clearLabel', { stream: tileKey })} disabled={binding === null} onClick={remove}>
                  {t('shortcuts.clear')}
                </button>
              </>
            ) : (
              <button type="button" className="button" aria-label={t('shortcuts.removeLabel', { stream: tileKey })} onClick={remove}>
                {t('shortcuts.remove')}
              </button>
            )}
          </div>
        </td>
      </tr>
      {error && (
        <tr className="shortcut-row__error">
          <td colSpan={4}>
            <ErrorAlert
              error={error}
              onDismiss={() => {
                setProblem(null);
                dismissError(tileKey);
              }}
            />
          </td>
        </tr>
      )}
    </>
  );
}
