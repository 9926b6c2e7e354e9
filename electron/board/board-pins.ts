import { z } from 'zod';
import { BoardPin, streamKey } from '../../shared/domain/board';
import { AppErrorException, appError } from '../../shared/errors/app-error';
import type { SettingsFile, Section } from '../settings/settings-file';

/** Each profile's pinned streams, in board order (settings file, section `boardPins`). */
export const boardPinsSection: Section<Record<string, BoardPin[]>> = {
  key: 'boardPins',
  schema: z.record(z.string(), z.array(BoardPin)),
  fallback: {},
};

/** The streams a profile's board shows, in the operator's order; keys 1–9 follow this order. */
export interface BoardPins {
  list(profileId: string): BoardPin[];
  /** Pins a stream at the end of the board; pinning one already there changes nothing. */
  pin(profileId: string, pin: BoardPin): BoardPin[];
  unpin(profileId: string, pin: BoardPin): BoardPin[];
  /** Puts the pins in the given order; it must name exactly the pinned streams. */
  reorder(profileId: string, order: readonly BoardPin[]): BoardPin[];
  /** Replaces a profile's pins (an imported desk setup). */
  replace(profileId: string, pins: readonly BoardPin[]): BoardPin[];
}

/**
 * Pins per profile, so switching between a show's account and a rehearsal profile brings each
 * board back as it was; kept in the settings file, so they survive a restart and travel with a
 * settings export.
 */
export function createBoardPins(file: SettingsFile): BoardPins {
  const change = (profileId: string, edit: (pins: BoardPin[]) => BoardPin[]) =>
    file.update(boardPinsSection, (all) => ({ ...all, [profileId]: edit(all[profileId] ?? []) }))[profileId] ?? [];
  return {
    list: (profileId) => file.read(boardPinsSection)[profileId] ?? [],
    pin: (profileId, pin) => change(profileId, (pins) => (pins.some((p) => streamKey(p) === streamKey(pin)) ? pins : [...pins, pin])),
    unpin: (profileId, pin) => change(profileId, (pins) => pins.filter((p) => streamKey(p) !== streamKey(pin))),
    replace: (profileId, pins) => change(profileId, () => [...pins]),
    reorder: (profileId, order) =>
      change(profileId, (pins) => {
        const wanted = order.map(streamKey);
        const same = wanted.length === pins.length && new Set(wanted).size === wanted.length && pins.every((p) => wanted.includes(streamKey(p)));
        if (!same) throw new AppErrorException(appError('board.pinsChanged'));
        return wanted.map((key) => pins.find((p) => streamKey(p) === key) as BoardPin);
      }),
  };
}
