import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../electron/cli/help-text';
import { streamsTable, timeCell, upstreamsTable } from '../../../electron/cli/stream-tables';
import { displayWidth } from '../../../electron/cli/text-table';
import type { DualIngestChange } from '../../../shared/domain/live-streams';
import { translate } from '../../../shared/i18n/translate';
import { dualStream, upstream } from '../support/cli-context';

// How `lcr streams` and `lcr upstreams` print what the cloud listed, in both languages.

const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh-CN', key, params);

const main = dualStream('main', [upstream(1, false), upstream(2, true), upstream(3, false)], { automatic: true });
const studio = dualStream('studio-b', [upstream(1, true), upstream(2, false)]);
const change = (reason: DualIngestChange['reason'], rawReason: string): DualIngestChange => ({ at: '2026-11-22T19:30:00.000Z', reason, rawReason, sequence: 's2', ip: '10.0.0.2' });

describe('lcr streams table', () => {
  it('shows each stream\'s key, the upstream on air, its standbys, the mode and since when it pushes', () => {
    expect(streamsTable([main, studio], en).split('\n')).toEqual([
      'STREAM                      ON AIR         STANDBYS  AUTOMATIC  INGEST SINCE',
      'live.example/live/main      s2 (10.0.0.2)  2         on         2026-11-22T12:00:00Z',
      'live.example/live/studio-b  s1 (10.0.0.1)  1         off        2026-11-22T11:00:00Z',
      '',
    ]);
  });

  it('never guesses the upstream on air: none or two masters read as unknown', () => {
    const none = dualStream('none', [upstream(1, false), upstream(2, false)]);
    const two = dualStream('two', [upstream(1, true), upstream(2, true)]);
    const [, noneRow, twoRow] = streamsTable([none, two], en).split('\n');
    expect(noneRow).toMatch(/^live\.example\/live\/none +unknown +2 +off +-$/);
    expect(twoRow).toMatch(/^live\.example\/live\/two +unknown +0 +off +-$/);
  });

  it('aligns the Chinese headers by display width', () => {
    const [header = '', row = ''] = streamsTable([main], zh).split('\n');
    expect(header.startsWith('流')).toBe(true);
    expect(displayWidth(header.slice(0, header.indexOf('播出中')))).toBe(row.indexOf('s2'));
    expect(row).toContain(' 开 ');
  });
});

describe('lcr upstreams table', () => {
  it('marks the upstream on air among its encoders, then the mode and the last change with its reason', () => {
    const text = upstreamsTable({ ...main, changes: [change('noData', 'master stream no data'), change('manual', 'merge cut manually')] }, en);
    expect(text.split('\n')).toEqual([
      'live.example/live/main',
      '',
      'SEQUENCE  STATUS   ENCODER IP  INGEST SINCE',
      's1        standby  10.0.0.1    2026-11-22T11:00:00Z',
      's2        ON AIR   10.0.0.2    2026-11-22T12:00:00Z',
      's3        standby  10.0.0.3    2026-11-22T13:00:00Z',
      '',
      'Automatic mode: on (the cloud switches to a standby by itself when the upstream on air fails).',
      'Last change: 2026-11-22T19:30:00Z, s2 (10.0.0.2) went on air: master had no data.',
      '',
    ]);
  });

  it('says when nothing is confirmed on air, when no change is on record, and quotes a reason it does not know', () => {
    const none = upstreamsTable(dualStream('main', [upstream(1, false), upstream(2, false)]), en);
    expect(none).toContain('\nThe cloud does not name exactly one upstream on air right now.\nAutomatic mode: off');
    expect(none).toContain('\nLast change: none on record.\n');
    const other = upstreamsTable({ ...studio, changes: [change('other', 'operator\u001b[2Jpanic')] }, zh);
    expect(other).toContain('最近一次切换：2026-11-22T19:30:00Z，s2 (10.0.0.2) 切换为播出：原因：operator?[2Jpanic。');
    expect(other).toContain('播出中');
  });

  it('writes instants in UTC to the second', () => {
    expect(timeCell('2026-11-22T20:00:00.123Z')).toBe('2026-11-22T20:00:00Z');
  });
});
