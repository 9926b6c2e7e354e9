import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../electron/data-dir';

describe('resolveDataDir', () => {
  it('uses LCR_DATA_DIR when set, made absolute', () => {
    expect(resolveDataDir({ env: { LCR_DATA_DIR: '/srv/desk1' }, platform: 'linux', home: '/home/op' })).toBe('/srv/desk1');
    expect(resolveDataDir({ env: { LCR_DATA_DIR: 'rel' }, platform: 'linux', home: '/h' })).toBe(path.resolve('rel'));
  });

  it('ignores an empty LCR_DATA_DIR', () => {
    expect(resolveDataDir({ env: { LCR_DATA_DIR: '  ' }, platform: 'linux', home: '/home/op' })).toBe(
      '/home/op/.config/Live Control Room',
    );
  });

  it('follows XDG on Linux', () => {
    expect(resolveDataDir({ env: { XDG_CONFIG_HOME: '/xdg' }, platform: 'linux', home: '/home/op' })).toBe(
      '/xdg/Live Control Room',
    );
  });

  it('uses Application Support on macOS and APPDATA on Windows, as Electron does', () => {
    expect(resolveDataDir({ env: {}, platform: 'darwin', home: '/Users/op' })).toBe(
      '/Users/op/Library/Application Support/Live Control Room',
    );
    expect(resolveDataDir({ env: { APPDATA: 'C:\\Users\\op\\AppData\\Roaming' }, platform: 'win32', home: 'C:\\Users\\op' })).toBe(
      path.join('C:\\Users\\op\\AppData\\Roaming', 'Live Control Room'),
    );
  });
});
