import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../../../../electron/cloud/action-catalog';
import { runAction } from '../../../../../../electron/cloud/actions/action-definition';
import {
  continueRelayTask,
  createRelayTask,
  deleteRelayTask,
  stopRelayTask,
  updateRelayTask,
} from '../../../../../../electron/cloud/actions/volcengine/relay-tasks';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';
import { volcError, volcOk } from './volcengine-answers';

// 20:00–23:00 Beijing time on 2024-06-19 = 12:00–15:00 UTC.
const liveDraft = {
  group: 'RelayGroup001',
  title: '晚间直播',
  start: '2024-06-19T20:00:00+08:00',
  end: '2024-06-19T23:00:00+08:00',
  sourceType: 'live' as const,
  sources: ['rtmp://pull.example.com/live/src'],
  destination: 'rtmp://push.example.com/live/stream-123?auth_key=abc',
  callbackUrl: 'https://hooks.example.com/relay',
};

const vodDraft = {
  start: '2024-06-19T12:00:00Z',
  end: '2024-06-26T12:00:00Z',
  sourceType: 'vod' as const,
  sources: ['https://vod.example.com/a.mp4', 'https://vod.example.com/b.mp4'],
  destination: 'push.example.com/live/replay',
};

describe('relay task actions — methods', () => {
  it('are all POST actions the catalogue knows (volcengine-live.md §0)', () => {
    for (const definition of [createRelayTask, updateRelayTask, stopRelayTask, continueRelayTask, deleteRelayTask]) {
      expect(actionSpec('volcengine', definition.action)).toMatchObject({ method: 'POST', known: true });
    }
  });
});

describe('CreatePullToPushTask', () => {
  it('sends a live source and a push URL exactly as documented, times as Unix seconds', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushTask', { TaskId: '6430b8e7f4e4c6a2' }, 'R-create'));
    await expect(runAction(client, createRelayTask, liveDraft)).resolves.toEqual({ id: '6430b8e7f4e4c6a2', requestId: 'R-create' });
    expect(JSON.stringify(calls[0]?.params)).toBe(
      '{"GroupName":"RelayGroup001","Title":"晚间直播","StartTime":1718798400,"EndTime":1718809200,"Type":0,' +
        '"SrcAddr":"rtmp://pull.example.com/live/src","DstAddr":"rtmp://push.example.com/live/stream-123?auth_key=abc",' +
        '"CallbackURL":"https://hooks.example.com/relay"}',
    );
  });

  it('names the destination for the journal without its query (push auth keys live there)', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushTask', { TaskId: 'T1' }));
    await runAction(client, createRelayTask, liveDraft);
    expect(calls[0]?.target).toBe('rtmp://push.example.com/live/stream-123');
  });

  it('sends a VOD playlist as SrcAddrS with its loop mode, and domain/app/stream as Domain/App/Stream', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushTask', { TaskId: 'T2' }));
    await runAction(client, createRelayTask, vodDraft);
    await runAction(client, createRelayTask, { ...vodDraft, loops: 3, title: '', group: '', callbackUrl: '' });
    const vodBody = {
      StartTime: 1718798400,
      EndTime: 1719403200,
      Type: 1,
      SrcAddrS: ['https://vod.example.com/a.mp4', 'https://vod.example.com/b.mp4'],
      CycleMode: -1,
      Domain: 'push.example.com',
      App: 'live',
      Stream: 'replay',
    };
    expect(calls.map((call) => call.params)).toStrictEqual([vodBody, { ...vodBody, CycleMode: 3 }]);
  });

  it('sends files with offsets as VodSrcAddrs, each offset with its file, and refuses offsets that do not fit', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushTask', { TaskId: 'T3' }));
    await runAction(client, createRelayTask, { ...vodDraft, offsets: [{ start: 5, end: null }, { start: null, end: 1800 }] });
    expect(calls[0]?.params).toMatchObject({
      VodSrcAddrs: [{ SrcAddr: 'https://vod.example.com/a.mp4', StartOffset: 5 }, { SrcAddr: 'https://vod.example.com/b.mp4', EndOffset: 1800 }],
      CycleMode: -1,
    });
    expect(calls[0]?.params).not.toHaveProperty('SrcAddrS');
    for (const offsets of [[{ start: 5, end: null }], [{ start: -1, end: null }, { start: null, end: null }], [{ start: 60, end: 30 }, { start: null, end: null }]]) {
      expect(await errorOf(runAction(client, createRelayTask, { ...vodDraft, offsets }))).toMatchObject({ fields: { offsets: { code: 'invalid' } } });
    }
    expect(calls).toHaveLength(1);
  });

  it('refuses the window, sources and destination before sending, with the form rules', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('CreatePullToPushTask', { TaskId: 'T3' }));
    const eightDays = { ...vodDraft, end: '2024-06-27T12:00:00Z' };
    expect(await errorOf(runAction(client, createRelayTask, eightDays))).toMatchObject({
      code: 'cloud.invalidInput',
      fields: { end: { code: 'windowTooLong', params: { days: 7 } } },
    });
    expect(
      await errorOf(runAction(client, createRelayTask, { ...liveDraft, end: liveDraft.start, sources: ['ftp://x/y'], destination: 'stream-123' })),
    ).toMatchObject({
      fields: { end: { code: 'endBeforeStart' }, 'sources.0': { code: 'invalidUrl' }, destination: { code: 'invalidUrl' } },
    });
    expect(await errorOf(runAction(client, createRelayTask, { ...liveDraft, title: '晚间 直播', start: '2024-06-19 20:00' }))).toMatchObject({
      fields: { title: { code: 'relayNameCharacters' }, start: { code: 'invalidDate' } },
    });
    expect(await errorOf(runAction(client, createRelayTask, { ...liveDraft, sourceType: 'rtsp' }))).toMatchObject({
      fields: { sourceType: { code: 'invalid' } },
    });
    expect(calls).toEqual([]);
  });

  it('refuses an answer without TaskId, and reads CommonErr on HTTP 200 as a failure', async () => {
    const { client } = fakeCloudClient((_call, index) => (index === 0 ? volcOk('CreatePullToPushTask', {}) : volcError(200, 'CreatePullToPushTask', 'CommonErr')));
    expect(await errorOf(runAction(client, createRelayTask, liveDraft))).toMatchObject({ code: 'cloud.unexpectedResponse' });
    expect(await errorOf(runAction(client, createRelayTask, liveDraft))).toMatchObject({ code: 'cloud.serverError', retryable: true });
  });
});

describe('UpdatePullToPushTask', () => {
  it('sends TaskId and the whole task body', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('UpdatePullToPushTask', undefined, 'R-upd'));
    await expect(runAction(client, updateRelayTask, { id: 'T1', ...vodDraft })).resolves.toEqual({ requestId: 'R-upd' });
    expect(JSON.stringify(calls[0]?.params)).toBe(
      '{"TaskId":"T1","StartTime":1718798400,"EndTime":1719403200,"Type":1,' +
        '"SrcAddrS":["https://vod.example.com/a.mp4","https://vod.example.com/b.mp4"],"CycleMode":-1,' +
        '"Domain":"push.example.com","App":"live","Stream":"replay"}',
    );
    expect(calls[0]?.target).toBe('T1');
  });

  it('reads ResourceNotFound as relay.notFound, and refuses a missing id', async () => {
    const { client, calls } = fakeCloudClient(() => volcError(404, 'UpdatePullToPushTask', 'ResourceNotFound'));
    expect(await errorOf(runAction(client, updateRelayTask, { id: 'gone', ...vodDraft }))).toMatchObject({ code: 'relay.notFound' });
    expect(await errorOf(runAction(client, updateRelayTask, vodDraft))).toMatchObject({ fields: { id: { code: 'required' } } });
    expect(calls).toHaveLength(1);
  });
});

describe('Stop / Continue / DeletePullToPushTask', () => {
  const definitions = [stopRelayTask, continueRelayTask, deleteRelayTask];

  it('send {TaskId, GroupName?} and read the metadata-only answer', async () => {
    for (const definition of definitions) {
      const { client, calls } = fakeCloudClient(() => volcOk(definition.action, undefined, `R-${definition.action}`));
      await expect(runAction(client, definition, { id: 'T1' })).resolves.toEqual({ requestId: `R-${definition.action}` });
      await runAction(client, definition, { id: 'T1', group: 'RelayGroup001' });
      expect(calls.map((call) => [call.action, call.params, call.target])).toStrictEqual([
        [definition.action, { TaskId: 'T1' }, 'T1'],
        [definition.action, { TaskId: 'T1', GroupName: 'RelayGroup001' }, 'T1'],
      ]);
    }
  });

  it('read ResourceNotFound as relay.notFound, and FlowLimitExceeded (also 429) as throttling', async () => {
    for (const definition of definitions) {
      const { client } = fakeCloudClient((_call, index) =>
        index === 0 ? volcError(404, definition.action, 'ResourceNotFound') : volcError(429, definition.action, 'FlowLimitExceeded'),
      );
      expect(await errorOf(runAction(client, definition, { id: 'T1' }))).toMatchObject({ code: 'relay.notFound', action: definition.action });
      expect(await errorOf(runAction(client, definition, { id: 'T1' }))).toMatchObject({ code: 'cloud.throttled', retryable: true });
    }
  });

  it('refuse an empty id or an unknown field before sending', async () => {
    const { client, calls } = fakeCloudClient(() => volcOk('StopPullToPushTask'));
    expect(await errorOf(runAction(client, stopRelayTask, { id: '' }))).toMatchObject({ fields: { id: { code: 'required' } } });
    expect(await errorOf(runAction(client, stopRelayTask, { id: 'T1', TaskId: 'T1' }))).toMatchObject({ code: 'cloud.invalidInput' });
    expect(calls).toEqual([]);
  });
});
