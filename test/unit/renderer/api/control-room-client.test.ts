import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../shared/domain/settings';
import { AppErrorException, appError } from '../../../../shared/errors/app-error';
import { createControlRoomClient, unwrap } from '../../../../renderer/api/control-room-client';
import { fakeControlRoom, sampleInfo } from '../fake-control-room';

describe('unwrap', () => {
  it('returns the value of a successful envelope', () => {
    expect(unwrap({ ok: true, value: 42 })).toBe(42);
  });

  it('throws the error of a failed envelope as an AppErrorException', () => {
    const error = appError('settings.unwritable');
    expect(() => unwrap({ ok: false, error })).toThrow(AppErrorException);
    try {
      unwrap({ ok: false, error });
    } catch (thrown) {
      expect((thrown as AppErrorException).error).toEqual(error);
    }
  });
});

describe('createControlRoomClient', () => {
  it('resolves requests to their plain values', async () => {
    const client = createControlRoomClient(fakeControlRoom().api);
    await expect(client.api.app.info()).resolves.toEqual(sampleInfo);
    await expect(client.api.settings.update({ language: 'en' })).resolves.toEqual({ ...defaultSettings, language: 'en' });
  });

  it('rejects with the typed error main answered', async () => {
    const fake = fakeControlRoom();
    fake.answer('settings.update', async () => ({ ok: false, error: appError('settings.unwritable') }));
    const client = createControlRoomClient(fake.api);
    await expect(client.api.settings.update({ language: 'en' })).rejects.toMatchObject({
      error: { code: 'settings.unwritable' },
    });
  });

  it('reports the link as connected after any answer from main, even an error', async () => {
    const fake = fakeControlRoom();
    fake.answer('settings.update', async () => ({ ok: false, error: appError('settings.unwritable') }));
    const client = createControlRoomClient(fake.api);
    const links: string[] = [];
    client.onLink((link) => links.push(link));
    await client.api.app.info();
    await client.api.settings.update({ language: 'en' }).catch(() => undefined);
    expect(links).toEqual(['connected', 'connected']);
  });

  it('reports the link as unreachable when the transport fails, and stops reporting once unsubscribed', async () => {
    const fake = fakeControlRoom();
    const client = createControlRoomClient(fake.api);
    const links: string[] = [];
    const stop = client.onLink((link) => links.push(link));
    fake.disconnect();
    await expect(client.api.settings.get()).rejects.toMatchObject({ error: { code: 'ipc.unreachable' } });
    stop();
    await client.api.settings.get().catch(() => undefined);
    expect(links).toEqual(['unreachable']);
  });

  it('passes event subscriptions through with their unsubscribe', () => {
    const fake = fakeControlRoom();
    const client = createControlRoomClient(fake.api);
    const seen: string[] = [];
    const stop = client.api.settings.onChanged((settings) => seen.push(settings.language));
    fake.emit('settings.changed', { ...defaultSettings, language: 'zh-CN' });
    stop();
    fake.emit('settings.changed', { ...defaultSettings, language: 'en' });
    expect(seen).toEqual(['zh-CN']);
  });

  it('exposes the same domains and functions as the api it wraps, frozen', () => {
    const fake = fakeControlRoom();
    const client = createControlRoomClient(fake.api);
    expect(Object.keys(client.api).sort()).toEqual(Object.keys(fake.api).sort());
    expect(Object.keys(client.api.settings).sort()).toEqual(Object.keys(fake.api.settings).sort());
    expect(Object.isFrozen(client.api)).toBe(true);
  });
});
