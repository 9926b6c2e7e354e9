import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ClientToken,
  CopyStudioRequest,
  CreateStudioRequest,
  Studio,
  StudioConfig,
  StudioFilter,
  StudioId,
  StudioRef,
} from '../../../../shared/domain/studios';
import { studioConfig } from '../../support/studio-fixtures';

/** The rule a value breaks (the issue's message names a FieldIssueCode), or null when it passes. */
function ruleBroken(schema: z.ZodType, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'unnamed');
}

const unsetConfig = studioConfig('a2b8e671-2fe5-4642-a2ec-bf93880e1234', null, null);

describe('ClientToken', () => {
  it('takes up to 64 printable ASCII characters, exactly as given', () => {
    expect(ClientToken.parse('53200b81-b761-4c10-842a-a0726d97abcd')).toBe('53200b81-b761-4c10-842a-a0726d97abcd');
    expect(ruleBroken(ClientToken, 'T'.repeat(64))).toBeNull();
    expect(ruleBroken(ClientToken, 'Case-Sensitive_~!')).toBeNull();
  });

  it('refuses a longer, non-ASCII, spaced or control-character token', () => {
    for (const token of ['T'.repeat(65), 'tökén', '令牌', ' padded', 'line\nbreak']) {
      expect(ruleBroken(ClientToken, token)).toBe('invalidClientToken');
    }
  });
});

describe('StudioId', () => {
  it('takes both documented id forms, trimmed', () => {
    expect(StudioId.parse(' a2b8e671-2fe5-4642-a2ec-bf93880e1234 ')).toBe('a2b8e671-2fe5-4642-a2ec-bf93880e1234');
    expect(ruleBroken(StudioId, 'LIVEPRODUCER_POST-cn-0pp1czt1234')).toBeNull();
  });

  it('refuses ids with spaces, slashes or nothing at all', () => {
    expect(ruleBroken(StudioId, 'two words')).toBe('invalid');
    expect(ruleBroken(StudioId, '../studio')).toBe('invalid');
    expect(StudioId.safeParse('   ').error?.issues[0]?.code).toBe('too_small');
  });
});

describe('requests', () => {
  it('copy needs a source and a name; create takes only the kinds CreateCaster accepts', () => {
    expect(CopyStudioRequest.safeParse({ sourceStudioId: 'src-1', name: 'copy' }).success).toBe(true);
    expect(CopyStudioRequest.safeParse({ sourceStudioId: 'src-1' }).success).toBe(false);
    expect(CreateStudioRequest.safeParse({ type: 'playlist' }).success).toBe(true);
    expect(CreateStudioRequest.safeParse({ type: 'virtual' }).success).toBe(false);
    expect(ruleBroken(StudioRef, { studioId: 'src-1', regionId: 'Shanghai' })).toBe('invalidRegion');
  });

  it('a filter takes zoned instants in order', () => {
    expect(StudioFilter.safeParse({ from: '2026-03-01T00:00:00+08:00', to: '2026-03-01T00:00:00Z' }).success).toBe(true);
    expect(ruleBroken(StudioFilter, { from: '2026-03-01 00:00:00' })).toBe('invalidDate');
    expect(ruleBroken(StudioFilter, { from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' })).toBe('endBeforeStart');
    expect(StudioFilter.safeParse({ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }).error?.issues[0]?.path).toEqual(['to']);
  });
});

describe('StudioConfig', () => {
  it('takes a config with every setting unset', () => {
    expect(StudioConfig.parse(unsetConfig)).toEqual(unsetConfig);
  });

  it('refuses a config that leaves any field out, since SetCasterConfig would clear it', () => {
    for (const field of Object.keys(unsetConfig)) {
      const partial: Record<string, unknown> = { ...unsetConfig };
      delete partial[field];
      const issue = StudioConfig.safeParse(partial).error?.issues[0];
      expect([issue?.path, issue?.code]).toEqual([[field], 'invalid_type']);
    }
  });

  it('keeps the transcode, record and sync-group settings as JSON objects', () => {
    const transcode = { CasterTemplate: 'lp_hd', LiveTemplateIds: { LocationId: ['lld'] } };
    expect(StudioConfig.parse({ ...unsetConfig, transcode }).transcode).toEqual(transcode);
    expect(StudioConfig.safeParse({ ...unsetConfig, transcode: '{"CasterTemplate":"lp_hd"}' }).success).toBe(false);
  });

  it('enforces the documented limits', () => {
    expect(ruleBroken(StudioConfig, { ...unsetConfig, delaySeconds: 300 })).toBeNull();
    expect(ruleBroken(StudioConfig, { ...unsetConfig, delaySeconds: 300.5 })).toBe('outOfRange');
    expect(ruleBroken(StudioConfig, { ...unsetConfig, callbackUrl: 'https://hooks.example.com/studio' })).toBeNull();
    expect(ruleBroken(StudioConfig, { ...unsetConfig, callbackUrl: 'rtmp://hooks.example.com' })).toBe('invalidUrl');
    expect(ruleBroken(StudioConfig, { ...unsetConfig, domainName: 'play.example.com' })).toBeNull();
    expect(ruleBroken(StudioConfig, { ...unsetConfig, domainName: '*.example.com' })).toBe('invalid');
    const list = (n: number) => Array.from({ length: n }, (_, i) => `"rtmp://d/a/s${i}"`).join(',');
    expect(ruleBroken(StudioConfig, { ...unsetConfig, sideOutputUrlList: list(20) })).toBeNull();
    expect(ruleBroken(StudioConfig, { ...unsetConfig, sideOutputUrlList: list(21) })).toBe('outOfRange');
  });
});

describe('Studio', () => {
  it('refuses a status or kind outside its words, so nothing undecoded reaches a screen', () => {
    const studio = {
      id: 's1',
      name: 'Show',
      status: 'running',
      type: 'playlist',
      chargeType: 'postPaid',
      template: null,
      channelsEnabled: null,
      clientToken: null,
      createdAt: '2017-08-30T04:02:57.000Z',
      modifiedAt: null,
      purchasedAt: null,
      expiresAt: null,
      startedAt: null,
      durationSeconds: null,
      resourceGroupId: null,
      tags: [],
    };
    expect(Studio.parse(studio)).toEqual(studio);
    expect(Studio.safeParse({ ...studio, status: 1 }).success).toBe(false);
    expect(Studio.safeParse({ ...studio, type: 6 }).success).toBe(false);
  });
});
