import { describe, expect, it } from 'vitest';
import { importedText, setupPreviewText, type SetupTextStyle } from '../../../electron/cli/setup-text';
import type { DeskSetupPreview } from '../../../shared/domain/desk-setup';
import { acceleratorLabel } from '../../../shared/format/accelerator-label';
import { en, zh } from '../support/cli-grammar';

// `lcr setup import`'s preview as text, in the desk's language: each setting from → to, each board
// with where it goes and what changes on it, and what importing means (or that it changes nothing).

const match = 'live.example.com/live/match1';
const studio = 'live.example.com/live/studio';
const style: SetupTextStyle = { label: (accelerator) => acceleratorLabel(accelerator, false), stamp: (iso) => `<${iso}>` };

const preview: DeskSetupPreview = {
  from: { host: 'desk-1', appVersion: '0.1.0', exportedAt: '2026-11-23T08:00:00.000Z' },
  settings: [
    { field: 'takeMode', from: 'armThenTake', to: 'single' },
    { field: 'notifications.standby', from: 'true', to: 'false' },
  ],
  profiles: [
    { id: 'p-show', name: 'Show desk' },
    { id: 'p-rehearsal', name: 'Rehearsal' },
  ],
  boards: [
    {
      index: 0,
      profileName: 'Evening show',
      attachTo: 'p-show',
      pins: [studio, match],
      added: [studio],
      removed: ['live.example.com/live/old'],
      reordered: true,
      shortcuts: [
        { key: match, from: null, to: 'Control+Alt+1' },
        { key: studio, from: 'Control+Alt+2', to: 'Control+Alt+3' },
        { key: 'live.example.com/live/old', from: 'Control+Alt+9', to: null },
      ],
    },
    { index: 1, profileName: 'Late\u001b[2Jshow', attachTo: null, pins: [match], added: [], removed: [], reordered: false, shortcuts: [] },
    { index: 2, profileName: 'Rehearsal', attachTo: 'p-rehearsal', pins: [], added: [], removed: [], reordered: false, shortcuts: [] },
  ],
};

describe('lcr setup import: the preview as text', () => {
  it('says in English where the file came from, each setting from → to, and each board\'s changes', () => {
    expect(setupPreviewText(en, preview, style)).toBe(
      [
        'Desk setup from desk-1 (version 0.1.0), exported <2026-11-23T08:00:00.000Z>.',
        '',
        'Settings:',
        '  How a switch is made: Arm, then take → Single action',
        '  Notifications · A standby is lost, or comes back: on → off',
        'Boards:',
        '  Board "Evening show" goes to profile "Show desk":',
        `    Pinned after import (2): ${studio}, ${match}`,
        `    New: ${studio}`,
        '    No longer pinned: live.example.com/live/old',
        '    The order changes, and with it the number keys.',
        `    Shortcut Ctrl+Alt+1 for ${match}`,
        `    Shortcut for ${studio}: Ctrl+Alt+2 → Ctrl+Alt+3`,
        '    Shortcut Ctrl+Alt+9 for live.example.com/live/old removed',
        // A name from the file cannot drive the terminal.
        '  Board "Late?[2Jshow" is left out: nothing on this desk changes for it.',
        '  Board "Rehearsal" goes to profile "Rehearsal":',
        '    No streams pinned after import.',
        '    Its pins and shortcuts are already the same here.',
        '',
        'Each board replaces the pins and shortcuts of the profile it goes to; settings are replaced by the file’s.',
        '',
      ].join('\n'),
    );
  });

  it('says the same in Chinese', () => {
    const text = setupPreviewText(zh, preview, style);
    expect(text.split('\n')).toEqual(
      expect.arrayContaining([
        '工作台设置来自 desk-1（版本 0.1.0），导出于 <2026-11-23T08:00:00.000Z>。',
        '设置：',
        '  切换方式：由 先预备再切换 改为 单步切换',
        '面板：',
        '  面板“Evening show”关联到配置“Show desk”：',
        `    导入后固定的流（2）：${studio}, ${match}`,
        '    顺序会改变，数字键也随之改变。',
        `    ${match} 的快捷键 Ctrl+Alt+1`,
        '  面板“Late?[2Jshow”不导入：本工作台不会因它做任何更改。',
        '每个面板会替换所关联配置的固定流和快捷键；设置会被文件中的设置替换。',
      ]),
    );
  });

  it('says when an import changes nothing, and after an import what it did instead of what it would do', () => {
    const nothing: DeskSetupPreview = { ...preview, settings: [], boards: [{ ...preview.boards[1]!, profileName: 'Late show' }] };
    expect(setupPreviewText(en, nothing, style)).toBe(
      [
        'Desk setup from desk-1 (version 0.1.0), exported <2026-11-23T08:00:00.000Z>.',
        '',
        'Settings:',
        '  No setting changes.',
        'Boards:',
        '  Board "Late show" is left out: nothing on this desk changes for it.',
        '',
        'Importing this file changes nothing on this desk.',
        '',
      ].join('\n'),
    );
    expect(setupPreviewText(zh, { ...nothing, boards: [] }, style)).toContain('  文件中没有面板。\n\n导入此文件不会更改本工作台的任何内容。\n');
    const applied = setupPreviewText(en, preview, style, true);
    expect(applied).not.toContain('Each board replaces');
    expect(applied.endsWith('    Its pins and shortcuts are already the same here.\n')).toBe(true);
    expect(importedText(en, preview)).toBe('Imported from desk-1: 2 setting(s) changed, 2 board(s) set up.');
    expect(importedText(zh, preview)).toBe('已从 desk-1 导入：更改了 2 项设置，配置了 2 个面板。');
  });
});
