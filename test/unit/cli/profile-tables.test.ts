import { profileView } from '../support/profile-views';
import { describe, expect, it } from 'vitest';
import type { Translate } from '../../../electron/cli/help-text';
import { candidateStatus, importTable, profilesTable } from '../../../electron/cli/profile-tables';
import type { ImportCandidate, ProfilesState, ProfileView } from '../../../shared/domain/profile';
import { translate } from '../../../shared/i18n/translate';

const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh-CN', key, params);
const now = new Date('2026-11-22T20:00:00Z');

const view = (over: Partial<ProfileView>): ProfileView => profileView({ id: 'p-1', name: 'Show A', provider: 'aliyun', ...over });

const state: ProfilesState = {
  profiles: [
    view({ id: 'rehearsal-aliyun', name: 'Rehearsal · Alibaba Cloud', builtIn: true, accessKeyIdMasked: 'LTAI****001' }),
    view({}),
    view({ id: 'p-2', name: '晚间新闻', provider: 'volcengine', region: 'cn-north-1', accessKeyIdMasked: 'AKLT****x01', securityToken: { expiresAt: '2026-11-22T20:10:00.000Z' } }),
  ],
  active: { aliyun: 'p-1', volcengine: 'p-2' },
};

describe('profile tables', () => {
  it('star the active profiles and show masked ids, built-in marks and STS status', () => {
    const lines = profilesTable(state, en, now).split('\n');
    expect(lines[0]).toMatch(/^ {3}NAME +CLOUD +ACCESSKEY ID +REGION +STS TOKEN +ID$/);
    expect(lines[1]).toMatch(/^ {3}Rehearsal · Alibaba Cloud \(built-in\) +Alibaba Cloud +LTAI\*\*\*\*001 +cn-shanghai +- +rehearsal-aliyun$/);
    expect(lines[2]).toMatch(/^\* +Show A +Alibaba Cloud +LTAI\*\*\*\*9P6 /);
    expect(lines[3]).toMatch(/^\* +晚间新闻 +Volcengine +AKLT\*\*\*\*x01 +cn-north-1 +expires soon, at 2026-11-22T20:10:00.000Z +p-2$/);
    expect(lines.at(-2)).toBe('* marks the active profile of each cloud.');
  });

  it('align a Chinese table by display width', () => {
    const lines = profilesTable(state, zh, now).split('\n').slice(0, 4);
    const idColumn = (line: string) => line.lastIndexOf(' ') + 1;
    const widths = lines.map((line) => [...line.slice(0, idColumn(line))].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0));
    expect(new Set(widths).size).toBe(1);
    expect(lines[1]).toContain('Rehearsal · Alibaba Cloud（内置）');
  });

  it('describe import candidates, ready or blocked, with a short id to pick by', () => {
    const ready: ImportCandidate = {
      candidateId: '0123456789abcdef01234567',
      source: 'environment',
      origin: 'VOLCENGINE_ACCESS_KEY',
      provider: 'volcengine',
      accessKeyIdMasked: 'AKLT****001',
      region: 'cn-north-1',
      hasSecurityToken: false,
      securityTokenExpiresAt: null,
      suggestedName: 'Environment (volcengine)',
      blocker: null,
      mode: null,
    };
    const blocked: ImportCandidate = { ...ready, candidateId: 'fedcba9876543210fedcba98', source: 'aliyunCli', origin: 'role', provider: 'aliyun', blocker: 'unsupportedMode', mode: 'RamRoleArn' };
    expect(candidateStatus(ready, en)).toBe('ready as "Environment (volcengine)"');
    expect(candidateStatus(blocked, zh)).toBe('模式 RamRoleArn 无法导入');
    const lines = importTable({ candidates: [ready, blocked], problems: [] }, en).split('\n');
    expect(lines[1]).toMatch(/^0123456789 +environment +VOLCENGINE_ACCESS_KEY +Volcengine +AKLT\*\*\*\*001 +cn-north-1 +ready as/);
    expect(lines[2]).toMatch(/^fedcba9876 +Alibaba CLI +role +Alibaba Cloud .* mode RamRoleArn cannot be imported$/);
  });
});
