import { describe, expect, it } from 'vitest';
import type { ConnectionState } from '../../../../shared/domain/connection';
import { appError } from '../../../../shared/errors/app-error';
import { activeConnection, skewWarning, summarizeConnection } from '../../../../renderer/shell/connection-summary';

const now = new Date('2026-05-01T12:00:00.000Z');
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();
const offline = appError('cloud.offline', {}, { provider: 'volcengine', action: 'ListRelaySourceV4' });

function connection(changes: Partial<ConnectionState> = {}): ConnectionState {
  return {
    provider: 'volcengine',
    profileId: 'rehearsal-volcengine',
    lastSuccessAt: ago(12),
    lastError: null,
    offline: false,
    busiestAction: null,
    clockOffsetMs: 0,
    updatedAt: ago(12),
    ...changes,
  };
}

describe('the connection state in words', () => {
  it('says the cloud answered, and how many seconds ago, while the answer is recent', () => {
    expect(summarizeConnection(connection(), 'volcengine', now, 'en')).toEqual({ tone: 'ok', words: 'answered 12 s ago', error: null, rate: null, skew: null });
    expect(summarizeConnection(connection({ lastSuccessAt: ago(60) }), 'volcengine', now, 'zh-CN').words).toBe('60 秒前有应答');
  });

  it('says for how many minutes the cloud has not answered once the answer is older than a minute', () => {
    const quiet = connection({ lastSuccessAt: ago(5 * 60 + 30) });
    expect(summarizeConnection(quiet, 'volcengine', now, 'en')).toMatchObject({ tone: 'idle', words: 'no answer for 5 min' });
    expect(summarizeConnection(connection({ lastSuccessAt: ago(61) }), 'volcengine', now, 'zh-CN').words).toBe('已 1 分钟无应答');
  });

  it('says offline, with the last error in words, when main found the cloud unreachable', () => {
    const summary = summarizeConnection(connection({ offline: true, lastError: offline }), 'volcengine', now, 'en');
    expect(summary).toMatchObject({ tone: 'danger', words: 'offline' });
    expect(summary.error).toMatch(/\S/);
    const chinese = summarizeConnection(connection({ offline: true, lastError: offline }), 'volcengine', now, 'zh-CN');
    expect(chinese.words).toBe('离线');
    expect(chinese.error).toMatch(/\p{Script=Han}/u);
  });

  it('says not called yet before the first call, and no answer yet when calls only failed', () => {
    expect(summarizeConnection(null, 'aliyun', now, 'en')).toEqual({ tone: 'idle', words: 'not called yet', error: null, rate: null, skew: null });
    expect(summarizeConnection(null, 'aliyun', now, 'zh-CN').words).toBe('尚未调用');
    const failing = connection({ lastSuccessAt: null, lastError: appError('cloud.timeout', {}) });
    expect(summarizeConnection(failing, 'volcengine', now, 'en')).toMatchObject({ tone: 'danger', words: 'no answer yet' });
    expect(summarizeConnection(failing, 'volcengine', now, 'zh-CN').words).toBe('尚无应答');
  });

  it('marks a recent answer whose latest call failed, and keeps that error', () => {
    const summary = summarizeConnection(connection({ lastError: appError('cloud.timeout', {}) }), 'volcengine', now, 'en');
    expect(summary).toMatchObject({ tone: 'warning', words: 'answered 12 s ago' });
    expect(summary.error).not.toBeNull();
  });
});

describe('the rate budget in use', () => {
  it('names the busiest action apart from its use, in both languages', () => {
    const busy = connection({ busiestAction: { action: 'CopyCaster', used: 3, limit: 10 } });
    const english = summarizeConnection(busy, 'aliyun', now, 'en').rate;
    expect(english && `${english.action} ${english.use}`).toBe('CopyCaster 3/10 per s');
    expect(summarizeConnection(busy, 'aliyun', now, 'zh-CN').rate).toEqual({ action: 'CopyCaster', use: '每秒 3/10' });
  });
});

describe('the clock-skew warning', () => {
  it('stays quiet under a minute either way and warns from a minute on', () => {
    expect(skewWarning(59_999, 'volcengine', 'en')).toBeNull();
    expect(skewWarning(-59_999, 'volcengine', 'en')).toBeNull();
    expect(skewWarning(60_000, 'volcengine', 'en')).toMatch(/^This computer's clock is 1 min behind/);
    expect(skewWarning(-60_000, 'volcengine', 'en')).toMatch(/^This computer's clock is 1 min ahead/);
  });

  it('says this computer is ahead when the cloud is behind, and behind when the cloud is ahead', () => {
    expect(skewWarning(-3 * 60_000, 'volcengine', 'en')).toBe(
      "This computer's clock is 3 min ahead of Volcengine's: signed calls are corrected, but times you type are read by this computer's clock",
    );
    expect(skewWarning(10 * 60_000, 'aliyun', 'en')).toMatch(/^This computer's clock is 10 min behind Alibaba Cloud's/);
    expect(skewWarning(-3 * 60_000, 'volcengine', 'zh-CN')).toMatch(/^本机时钟比火山引擎快 3 分钟/);
    expect(skewWarning(10 * 60_000, 'volcengine', 'zh-CN')).toMatch(/^本机时钟比火山引擎慢 10 分钟/);
  });

  it('is part of the summary of a profile main has called with', () => {
    expect(summarizeConnection(connection({ clockOffsetMs: 600_000 }), 'volcengine', now, 'en').skew).toMatch(/10 min behind/);
  });
});

describe('the active connection', () => {
  it('is the state of the profile the cloud acts with, or none before it was called', () => {
    const states = [connection({ profileId: 'desk-a' }), connection(), connection({ provider: 'aliyun', profileId: 'rehearsal-aliyun' })];
    expect(activeConnection(states, 'volcengine', 'rehearsal-volcengine')).toBe(states[1]);
    expect(activeConnection(states, 'aliyun', 'rehearsal-aliyun')).toBe(states[2]);
    expect(activeConnection(states, 'aliyun', 'desk-a')).toBeNull();
    expect(activeConnection(states, 'volcengine', undefined)).toBeNull();
  });
});
