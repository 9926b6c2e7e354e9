import { describe, expect, it } from 'vitest';
import { createBoardReports } from '../../../../electron/board/board-reports';
import type { SwitchOutcome } from '../../../../electron/board/switch-desk';
import type { ProfileRecord } from '../../../../electron/credentials/profile-record';
import type { JournalEntry } from '../../../../shared/domain/journal';
import type { DeskNotice } from '../../../../shared/domain/desk-notice';
import { NoticeKind, type Locale } from '../../../../shared/domain/settings';
import { appError } from '../../../../shared/errors/app-error';
import { createLogger } from '../../../../electron/log';

const key = 'live.example.com/live/match1';
const profile: ProfileRecord = {
  id: 'show',
  name: 'Evening show',
  provider: 'aliyun',
  accessKeyId: 'LTAI5tExampleKeyId9P6',
  region: 'cn-shanghai',
  signatureVersion: 'v1',
  endpoint: null,
  notes: '',
  hasSecurityToken: false,
  securityTokenExpiresAt: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

function setup(locale: Locale = 'en', failing: { journal?: boolean; notifier?: boolean } = {}, off: readonly NoticeKind[] = []) {
  const entries: JournalEntry[] = [];
  const notices: DeskNotice[] = [];
  const logs: string[] = [];
  const reports = createBoardReports({
    journal: {
      append: async (entry) => {
        if (failing.journal) throw new Error('disk full');
        entries.push(entry);
      },
    },
    identity: { origin: 'app', user: 'producer', host: 'desk-1' },
    notifier: {
      notify: (notice) => {
        if (failing.notifier) throw new Error('no notification daemon');
        notices.push(notice);
      },
    },
    profile: (id) => (id === profile.id ? profile : null),
    locale: () => locale,
    shows: (kind) => !off.includes(kind),
    mac: false,
    log: createLogger('board', (line) => logs.push(line)),
    now: () => new Date('2026-11-22T20:00:00.000Z'),
  });
  return { reports, entries, notices, logs };
}

const confirmed: SwitchOutcome = { key, confirmed: null, from: 'a', to: 'b', via: 'key', outcome: 'ok', error: null, latencyMs: 640 };

describe('the board\'s reports: a journal entry and a notification for every switch and every change seen', () => {
  it('journals a confirmed switch with who, what, how and how long, the key id masked, and notifies it', async () => {
    const { reports, entries, notices } = setup();
    reports.switched('show', confirmed);
    await reports.settled();
    expect(entries).toEqual([
      {
        v: 1,
        kind: 'switch',
        id: expect.any(String),
        time: '2026-11-22T20:00:00.000Z',
        user: 'producer',
        host: 'desk-1',
        origin: 'app',
        profileId: 'show',
        profileName: 'Evening show',
        provider: 'aliyun',
        accessKeyIdMasked: 'LTAI****9P6',
        target: key,
        from: 'a',
        to: 'b',
        via: 'key',
        outcome: 'ok',
        errorCode: null,
        requestId: null,
        latencyMs: 640,
      },
    ]);
    expect(notices).toEqual([{ id: expect.any(String), at: '2026-11-22T20:00:00.000Z', tone: 'info', title: `Switched ${key}`, body: 'b is on air (was a); the cloud confirmed it.' }]);
  });

  it('says a refused switch in the provider\'s reason and an unconfirmed one as not confirmed, both as alerts', async () => {
    const { reports, entries, notices } = setup();
    const refused = appError('stream.noDualIngest', { stream: key }, { provider: 'aliyun', requestId: 'REQ-1' });
    reports.switched('show', { ...confirmed, outcome: 'failed', error: refused });
    reports.switched('show', { ...confirmed, via: 'shortcut', outcome: 'unknown', error: appError('stream.switchUnconfirmed', { stream: key, target: 'b', onAir: 'a' }) });
    await reports.settled();
    expect(entries).toMatchObject([
      { outcome: 'failed', errorCode: 'stream.noDualIngest', requestId: 'REQ-1' },
      { outcome: 'unknown', errorCode: 'stream.switchUnconfirmed', via: 'shortcut' },
    ]);
    expect(notices.map((notice) => [notice.tone, notice.title])).toEqual([
      ['alert', `Switch of ${key} failed`],
      ['alert', `Switch of ${key} not confirmed`],
    ]);
  });

  it('reports what the board saw but did not do, skipping this desk\'s own confirmed switches', async () => {
    const { reports, entries, notices } = setup('zh-CN');
    reports.observed('show', [
      { kind: 'masterChanged', key, from: 'a', to: 'b', reason: 'noData', rawReason: 'master stream no data', byThisDesk: false },
      { kind: 'masterChanged', key, from: 'b', to: 'a', reason: 'manual', rawReason: 'manual', byThisDesk: true },
      { kind: 'standbyLost', key },
    ]);
    await reports.settled();
    expect(entries).toMatchObject([
      { kind: 'observed', target: key, change: { kind: 'masterChanged', to: 'b', reason: 'noData' } },
      { kind: 'observed', target: key, change: { kind: 'standbyLost' } },
    ]);
    expect(notices.map((notice) => [notice.tone, notice.title, notice.body])).toEqual([
      ['warning', `${key}：b 正在播出`, '原因：主流无数据，来自其他位置。'],
      ['alert', `${key} 没有备流了`, '只有一路编码器在推流：备流恢复之前无法切换。'],
    ]);
  });

  it('still notifies when the profile is gone, and a failing journal or notifier is logged, never thrown', async () => {
    const gone = setup();
    gone.reports.switched('deleted', confirmed);
    await gone.reports.settled();
    expect(gone.entries).toEqual([]);
    expect(gone.notices).toHaveLength(1);

    const broken = setup('en', { journal: true, notifier: true });
    expect(() => broken.reports.switched('show', confirmed)).not.toThrow();
    await broken.reports.settled();
    expect(broken.logs.join('\n')).toMatch(/not shown: Error: no notification daemon[\s\S]*not written: Error: disk full/);
  });

  it('tells the operator when a shortcut could not act or the OS will not give it', () => {
    const { reports, notices } = setup();
    reports.shortcutRefused('Control+Alt+1', key, appError('board.locked', { stream: key }));
    reports.shortcutUnavailable('Control+Alt+9', key);
    expect(notices.map((notice) => [notice.tone, notice.title])).toEqual([
      ['alert', `Shortcut Ctrl+Alt+1 did not switch ${key}`],
      ['alert', 'Shortcut Ctrl+Alt+9 does not work'],
    ]);
    expect(notices[0]?.body).toContain('locked');
  });

  it('journals everything but shows only the kinds of notification left on; a failed switch and a refused shortcut always show', async () => {
    const { reports, entries, notices } = setup('en', {}, NoticeKind.options);
    reports.switched('show', confirmed);
    reports.switched('show', { ...confirmed, outcome: 'failed', error: appError('stream.noDualIngest') });
    reports.observed('show', [
      { kind: 'masterChanged', key, from: 'a', to: 'b', reason: 'noData', rawReason: 'master stream no data', byThisDesk: false },
      { kind: 'offAir', key },
      { kind: 'standbyBack', key },
    ]);
    reports.shortcutRefused('Control+Alt+1', key, appError('board.locked', { stream: key }));
    await reports.settled();
    expect(entries.map((entry) => entry.kind)).toEqual(['switch', 'switch', 'observed', 'observed', 'observed']);
    expect(notices.map((notice) => notice.title)).toEqual([`Switch of ${key} failed`, `Shortcut Ctrl+Alt+1 did not switch ${key}`]);

    const some = setup('en', {}, ['standby']);
    some.reports.observed('show', [{ kind: 'offAir', key }, { kind: 'standbyLost', key }]);
    expect(some.notices.map((notice) => notice.tone)).toEqual(['alert']);
  });
});
