import { describe, expect, it } from 'vitest';
import { boardPinsSection, createBoardPins } from '../../../../electron/board/board-pins';
import { createLogger } from '../../../../electron/log';
import { createSettingsFile } from '../../../../electron/settings/settings-file';
import { memoryStore } from '../../support/memory-settings';

const a = { domain: 'live.example.com', app: 'live', stream: 'a' };
const b = { domain: 'live.example.com', app: 'live', stream: 'b' };
const c = { domain: 'sports.example.com', app: 'live', stream: 'c' };

function setup() {
  const store = memoryStore();
  const file = createSettingsFile(store, () => 'aside', createLogger('settings', () => undefined));
  return { pins: createBoardPins(file), file, store };
}

describe('board pins', () => {
  it('keeps each profile\'s pins in board order, once each', () => {
    const { pins } = setup();
    pins.pin('show', a);
    pins.pin('show', b);
    expect(pins.pin('show', a)).toEqual([a, b]);
    pins.pin('rehearsal-aliyun', c);
    expect(pins.list('show')).toEqual([a, b]);
    expect(pins.list('rehearsal-aliyun')).toEqual([c]);
    expect(pins.list('nobody')).toEqual([]);
  });

  it('unpins and reorders, refusing an order that does not name exactly the pinned streams', () => {
    const { pins } = setup();
    [a, b, c].forEach((pin) => pins.pin('show', pin));
    expect(pins.reorder('show', [c, a, b])).toEqual([c, a, b]);
    expect(pins.unpin('show', a)).toEqual([c, b]);
    expect(() => pins.reorder('show', [b])).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'board.pinsChanged' }) }));
    expect(() => pins.reorder('show', [b, b])).toThrow(expect.objectContaining({ error: expect.objectContaining({ code: 'board.pinsChanged' }) }));
    expect(pins.list('show')).toEqual([c, b]);
  });

  it('lives in the settings file, so a restart finds the board as it was', () => {
    const { pins, store } = setup();
    pins.pin('show', b);
    const reopened = createBoardPins(createSettingsFile(store, () => 'aside', createLogger('settings', () => undefined)));
    expect(reopened.list('show')).toEqual([b]);
    expect(store.read()).toMatchObject({ [boardPinsSection.key]: { show: [b] } });
  });
});
