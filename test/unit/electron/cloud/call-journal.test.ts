import { describe, expect, it } from 'vitest';
import { journalParams } from '../../../../electron/cloud/call-journal';

describe('journalParams', () => {
  it('drops secret-bearing fields and masks key ids', () => {
    expect(journalParams({ AccessKeySecret: 's', SecurityToken: 't', Signature: 'x', AccessKeyId: 'LTAI5tTestKey0001X9P6', CasterName: '赛事' })).toEqual({
      AccessKeyId: 'LTAI****9P6',
      CasterName: '赛事',
    });
  });

  it('keeps stream URLs without their query, where push and pull auth keys live, at any depth', () => {
    expect(
      journalParams({
        DstAddr: 'rtmp://push.example.com/live/match1?auth_key=1700000000-0-0-abcdef0123456789',
        SrcAddrS: ['https://vod.example.com/a.mp4?sign=secret', 'rtmp://pull.example.com/live/s'],
        Nested: { CallbackURL: 'https://hooks.example.com/relay?token=abc#frag' },
        ClientToken: '53200b81-b761-4c10-842a-a0726d97abcd',
      }),
    ).toEqual({
      DstAddr: 'rtmp://push.example.com/live/match1?…',
      SrcAddrS: ['https://vod.example.com/a.mp4?…', 'rtmp://pull.example.com/live/s'],
      Nested: { CallbackURL: 'https://hooks.example.com/relay?…' },
      ClientToken: '53200b81-b761-4c10-842a-a0726d97abcd',
    });
  });
});
