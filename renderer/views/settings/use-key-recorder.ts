import { useEffect, useState } from 'react';
import { acceleratorFromKey, type RecordedCombination } from './accelerator-from-key';

// The shortcut editor's recorder: catches the next key combination pressed in the window.

/** What a finished recording produced: an accelerator to send, or a combination refused on the spot. */
export type Recorded = Extract<RecordedCombination, { kind: 'accelerator' | 'refused' }>;

/** A shortcut recorder's state and controls. */
export interface KeyRecorder {
  recording: boolean;
  start(): void;
  cancel(): void;
}

/**
 * Records the next key combination pressed anywhere in the window. While recording, every key is
 * caught before the rest of the app sees it (so Ctrl+1 does not open a view, nor a digit switch
 * anything): modifiers alone wait, Escape cancels, Tab moves on (and cancels), and the first
 * other key ends the recording with what it means.
 */
export function useKeyRecorder(onRecorded: (recorded: Recorded) => void): KeyRecorder {
  const [recording, setRecording] = useState(false);
  useEffect(() => {
    if (!recording) return;
    const onKey = (event: KeyboardEvent) => {
      const meaning = acceleratorFromKey(event);
      if (meaning.kind === 'pass') {
        setRecording(false);
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      if (meaning.kind === 'wait') return;
      setRecording(false);
      if (meaning.kind !== 'cancel') onRecorded(meaning);
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [recording, onRecorded]);
  return { recording, start: () => setRecording(true), cancel: () => setRecording(false) };
}
