import { describe, expect, it } from 'vitest';
import {
  isRelayName,
  parseInstant,
  parseRelayDestination,
  validateRelayGroupDraft,
  validateRelayTags,
  validateRelayTaskDraft,
} from '../../../../shared/domain/relay-validation';
import type { RelayTaskDraft } from '../../../../shared/domain/relays';

const task: RelayTaskDraft = {
  start: '2024-06-19T20:00:00+08:00',
  end: '2024-06-19T23:00:00+08:00',
  sourceType: 'live',
  sources: ['rtmp://pull.example.com/live/src'],
  destination: 'rtmp://push.example.com/live/stream-123',
};

describe('relay group names', () => {
  it('accept up to 20 Chinese characters, letters and digits', () => {
    expect(isRelayName('直播转推群组一二三四五六七八九十甲乙丙丁')).toBe(true);
    expect(isRelayName('RelayGroup001')).toBe(true);
    expect(isRelayName('晚间Show2')).toBe(true);
    // Counted in characters, not UTF-16 units: 20 CJK Extension B characters fit.
    expect(isRelayName('𠀀'.repeat(20))).toBe(true);
  });

  it('refuse 21 characters, spaces, emoji and punctuation', () => {
    for (const name of ['a'.repeat(21), '直'.repeat(21), 'Relay 1', ' Relay', 'Relay🎬', 'relay-1', 'relay_1', '直播，转推', 'ｒｅｌａｙ', '']) {
      expect(isRelayName(name)).toBe(false);
    }
  });

  it('are checked per field with the group-name rule, empty as required', () => {
    expect(validateRelayGroupDraft({ name: '直播转推群组一二三四五六七八九十甲乙丙丁', project: 'default' })).toEqual({});
    expect(validateRelayGroupDraft({ name: 'a'.repeat(21), project: 'default' })).toEqual({ name: { code: 'tooLong', params: { max: 20 } } });
    expect(validateRelayGroupDraft({ name: 'Relay 1', project: 'default' })).toEqual({ name: { code: 'relayNameCharacters', params: { chars: '“ ”' } } });
    // Each refused character once, in the order typed, so the operator sees what to remove.
    expect(validateRelayGroupDraft({ name: 'Show-1 - 晚间!', project: 'default' }).name).toEqual({ code: 'relayNameCharacters', params: { chars: '“-” “ ” “!”' } });
    expect(validateRelayGroupDraft({ name: '', project: '' })).toEqual({ name: { code: 'required', params: {} }, project: { code: 'required', params: {} } });
    expect(validateRelayGroupDraft({ name: 'ok', project: 'p'.repeat(65) })).toEqual({ project: { code: 'tooLong', params: { max: 64 } } });
  });
});

describe('relay group tags', () => {
  it('need a key, and keep keys and values within the tag limits', () => {
    expect(validateRelayTags([{ key: 'show', value: '' }])).toEqual({});
    expect(validateRelayTags([{ key: '', value: 'v' }, { key: 'k'.repeat(129), value: 'v'.repeat(257) }])).toEqual({
      'tags.0.key': { code: 'required', params: {} },
      'tags.1.key': { code: 'tooLong', params: { max: 128 } },
      'tags.1.value': { code: 'tooLong', params: { max: 256 } },
    });
  });

  it('leave System tags alone: they are never sent', () => {
    expect(validateRelayTags([{ key: '', value: 'v'.repeat(300), category: 'System' }])).toEqual({});
  });
});

describe('relay task windows', () => {
  it('accept a window of exactly 7 days', () => {
    expect(validateRelayTaskDraft({ ...task, start: '2024-06-19T00:00:00Z', end: '2024-06-26T00:00:00Z' })).toEqual({});
  });

  it('refuse 7 days and a second, and an 8-day window, naming the limit', () => {
    for (const end of ['2024-06-26T00:00:01Z', '2024-06-27T00:00:00Z']) {
      expect(validateRelayTaskDraft({ ...task, start: '2024-06-19T00:00:00Z', end })).toEqual({ end: { code: 'windowTooLong', params: { days: 7 } } });
    }
  });

  it('refuse an end at or before the start, comparing instants across zones', () => {
    expect(validateRelayTaskDraft({ ...task, end: task.start }).end?.code).toBe('endBeforeStart');
    // 20:00 in Beijing is 12:00 UTC: an end at 11:00Z is before it.
    expect(validateRelayTaskDraft({ ...task, end: '2024-06-19T11:00:00Z' }).end?.code).toBe('endBeforeStart');
    expect(validateRelayTaskDraft({ ...task, end: '2024-06-19T13:00:00Z' })).toEqual({});
  });

  it('refuse times that are not RFC 3339 instants, and missing ones', () => {
    expect(validateRelayTaskDraft({ ...task, start: '2024-06-19 20:00', end: '' })).toEqual({
      start: { code: 'invalidDate', params: {} },
      end: { code: 'required', params: {} },
    });
  });
});

describe('relay task sources', () => {
  it('take one live pull URL, or 1 to 30 VOD files', () => {
    expect(validateRelayTaskDraft({ ...task, sources: ['rtmp://a.example.com/live/1', 'rtmp://b.example.com/live/2'] }).sources).toEqual({
      code: 'outOfRange',
      params: { min: 1, max: 1 },
    });
    const files = Array.from({ length: 30 }, (_, i) => `https://vod.example.com/${i}.mp4`);
    expect(validateRelayTaskDraft({ ...task, sourceType: 'vod', sources: files })).toEqual({});
    expect(validateRelayTaskDraft({ ...task, sourceType: 'vod', sources: [...files, 'https://vod.example.com/x.mp4'] }).sources).toEqual({
      code: 'outOfRange',
      params: { min: 1, max: 30 },
    });
    expect(validateRelayTaskDraft({ ...task, sources: [] }).sources?.code).toBe('required');
  });

  it('must be rtmp(s) or http(s) URLs with a host, within 1000 characters', () => {
    for (const url of ['rtmp://pull.example.com/live/src', 'rtmps://10.0.0.8:1935/live/src', 'http://pull.example.com/live/src.flv?token=1', 'https://[::1]:8443/a.m3u8']) {
      expect(validateRelayTaskDraft({ ...task, sources: [url] })).toEqual({});
    }
    for (const url of ['ftp://host/a', 'rtmp://', 'rtmp://user:pass@host/live/a', 'pull.example.com/live/src', 'rtmp://host/live/a b']) {
      expect(validateRelayTaskDraft({ ...task, sources: [url] })).toEqual({ 'sources.0': { code: 'invalidUrl', params: {} } });
    }
    expect(validateRelayTaskDraft({ ...task, sources: [`https://h.example.com/${'a'.repeat(1000)}`] })['sources.0']).toEqual({
      code: 'tooLong',
      params: { max: 1000 },
    });
    expect(validateRelayTaskDraft({ ...task, sources: [''] })['sources.0']?.code).toBe('required');
  });

  it('loop a VOD playlist until the end or a whole number of times', () => {
    const vod = { ...task, sourceType: 'vod' as const, sources: ['https://vod.example.com/a.mp4'] };
    expect(validateRelayTaskDraft({ ...vod, loops: 'untilEnd' })).toEqual({});
    expect(validateRelayTaskDraft({ ...vod, loops: 3 })).toEqual({});
    expect(validateRelayTaskDraft({ ...vod, loops: 0 }).loops?.code).toBe('invalid');
    expect(validateRelayTaskDraft({ ...vod, loops: 1.5 }).loops?.code).toBe('invalid');
  });
});

describe('relay task destination and callback', () => {
  it('read a push URL or domain/app/stream', () => {
    expect(parseRelayDestination('rtmp://push.example.com/live/stream-123')).toEqual({ url: 'rtmp://push.example.com/live/stream-123' });
    expect(parseRelayDestination('push.example.com/live/stream-123')).toEqual({ domain: 'push.example.com', app: 'live', stream: 'stream-123' });
    for (const text of ['stream-123', 'live/stream-123', 'push.example.com/live', 'push.example.com/live/a/b', 'localhost/live/a', 'push.example.com/live/a b']) {
      expect(parseRelayDestination(text)).toBeNull();
    }
  });

  it('refuse a missing or unreadable destination', () => {
    expect(validateRelayTaskDraft({ ...task, destination: '' }).destination?.code).toBe('required');
    expect(validateRelayTaskDraft({ ...task, destination: 'live/stream' }).destination?.code).toBe('invalidUrl');
    expect(validateRelayTaskDraft({ ...task, destination: 'push.example.com/live/s' })).toEqual({});
  });

  it('take an http(s) callback of at most 512 characters, or none', () => {
    expect(validateRelayTaskDraft({ ...task, callbackUrl: 'https://hooks.example.com/relay' })).toEqual({});
    expect(validateRelayTaskDraft({ ...task, callbackUrl: '' })).toEqual({});
    expect(validateRelayTaskDraft({ ...task, callbackUrl: 'rtmp://hooks.example.com/x' }).callbackUrl?.code).toBe('invalidUrl');
    expect(validateRelayTaskDraft({ ...task, callbackUrl: `https://h.example.com/${'a'.repeat(500)}` }).callbackUrl).toEqual({
      code: 'tooLong',
      params: { max: 512 },
    });
  });

  it('title a task like a group: 20 Chinese characters, letters or digits', () => {
    expect(validateRelayTaskDraft({ ...task, title: '晚间直播转推' })).toEqual({});
    expect(validateRelayTaskDraft({ ...task, title: '晚间 直播' }).title?.code).toBe('relayNameCharacters');
    expect(validateRelayTaskDraft({ ...task, title: 't'.repeat(21) }).title?.code).toBe('tooLong');
  });
});

describe('parseInstant', () => {
  it('reads RFC 3339 with Z or an offset', () => {
    expect(parseInstant('2024-06-19T12:00:00Z')).toBe(Date.UTC(2024, 5, 19, 12));
    expect(parseInstant('2024-06-19T20:00:00+08:00')).toBe(Date.UTC(2024, 5, 19, 12));
    expect(parseInstant('2024-06-19t07:30:00.250-04:30')).toBe(Date.UTC(2024, 5, 19, 12, 0, 0, 250));
  });

  it('refuses zoneless times and impossible dates rather than guessing', () => {
    for (const text of ['2024-06-19T12:00:00', '2024-06-19', '2024-02-30T00:00:00Z', '2024-06-19T24:00:00Z', '2024-06-19T12:60:00Z', '2024-06-19T12:00:00+24:00', 'now']) {
      expect(parseInstant(text)).toBeNull();
    }
    expect(parseInstant('2024-02-29T00:00:00Z')).toBe(Date.UTC(2024, 1, 29));
  });
});
