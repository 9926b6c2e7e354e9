import { describe, expect, it } from 'vitest';
import { diagnosticsBundle, diagnosticsFileName } from '../../../../electron/diagnostics/diagnostics-bundle';
import { removed, scrubText, scrubValue } from '../../../../electron/diagnostics/scrub';
import { createLogRing } from '../../../../electron/log-ring';
import { journalEntry } from '../../support/journal-entries';

// What a support bundle may never carry: secrets and tokens by field, AccessKey IDs — even masked —
// by field and by shape anywhere in text.
const keyId = 'LTAI5tAbCdEfGh9P6';
const volcKey = 'AKLTYWViMTVmZGYzM2E0NDI5Mzk2MDZjNjFmMjc2MjRjMzg';

describe('the diagnostics scrub', () => {
  it('removes key ids by shape, masked ones too, and credentials in URLs and signed strings', () => {
    expect(scrubText(`calling as ${keyId} and ${volcKey}; shown as LTAI****9P6`)).toBe(`calling as ${removed} and ${removed}; shown as ${removed}`);
    expect(scrubText('GET /?AccessKeyId=abc123&SecurityToken=tok%2Fen&Action=X')).toBe(`GET /?AccessKeyId=${removed}&SecurityToken=${removed}&Action=X`);
    expect(scrubText('Credential=AKTP1234567/20261123/cn-north-1/live/request, Signature=ab12')).toBe(`Credential=${removed}, Signature=${removed}`);
    expect(scrubText('赛事直播 match1 ok')).toBe('赛事直播 match1 ok');
  });

  it('drops secret and key-id fields whatever they hold, at any depth', () => {
    const value = { profile: { name: 'Evening news', accessKeyIdMasked: 'LTAI****9P6', accessKeySecret: 's3cret', nested: [{ SecurityToken: 'tok', note: `key ${keyId}` }] } };
    expect(scrubValue(value)).toEqual({ profile: { name: 'Evening news', accessKeyIdMasked: removed, accessKeySecret: removed, nested: [{ SecurityToken: removed, note: `key ${removed}` }] } });
  });

  it('makes a bundle in which no key id appears, from journal entries and log lines that had them', () => {
    const text = diagnosticsBundle({
      info: { name: 'Live Control Room', version: '0.1.0', host: 'cli', platform: 'linux', versions: { node: 'v20', electron: null, chrome: null }, dataDir: '/tmp/desk', systemLocales: ['en-US'] } as never,
      settings: { language: 'system', takeMode: 'armThenTake' } as never,
      profiles: { profiles: [{ id: 'p1', name: 'Evening news', accessKeyIdMasked: 'LTAI****9P6' }] } as never,
      connections: [],
      journal: [journalEntry({ params: { AccessKeyId: keyId, Domain: 'live.example.com' } })],
      logs: [`2026-11-23T00:00:00Z warn [cloud] SignatureDoesNotMatch for ${keyId}`],
      now: new Date('2026-11-23T12:15:00Z'),
    });
    expect(text).not.toMatch(/LTAI|AKLT|AKTP|\*\*\*\*/);
    expect(JSON.parse(text)).toMatchObject({ kind: 'live-control-room-diagnostics', version: 1, profiles: { profiles: [{ name: 'Evening news' }] }, journal: [{ params: { Domain: 'live.example.com' } }] });
    expect(diagnosticsFileName(new Date(2026, 10, 23, 20, 15))).toBe('lcr-diagnostics-20261123-2015.json');
  });

  it('keeps the newest log lines for the bundle and still passes every line on', () => {
    const passed: string[] = [];
    const ring = createLogRing((line) => passed.push(line), 3);
    for (const n of [1, 2, 3, 4, 5]) ring.sink(`line ${n}`);
    expect(ring.lines()).toEqual(['line 3', 'line 4', 'line 5']);
    expect(passed).toHaveLength(5);
  });
});
