import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../../shared/contract/channels';
import { defaultSettings, patchedSettings } from '../../../../shared/domain/settings';
import { AppErrorException, appError } from '../../../../shared/errors/app-error';
import { ErrorCode } from '../../../../shared/errors/error-codes';
import { createDispatch } from '../../../../electron/ipc/dispatch';
import type { Handlers } from '../../../../electron/ipc/handlers';
import { createLogger } from '../../../../electron/log';

const trusted = { url: 'app://renderer/index.html' };
const appInfo = {
  name: 'Live Control Room',
  version: '1.0.0',
  host: 'harness',
  platform: 'linux',
  versions: { node: '20', electron: null, chrome: null },
  dataDir: '/tmp/x',
  systemLocales: ['en-US'],
} as const;

function setup(overrides: Partial<Handlers> = {}) {
  const logs: string[] = [];
  const unused = () => {
    throw new Error('not used by this test');
  };
  const handlers = {
    ...(Object.fromEntries(channelNames.map((channel) => [channel, unused])) as unknown as Handlers),
    'app.info': () => ({ ...appInfo, systemLocales: [...appInfo.systemLocales] }),
    'settings.get': () => defaultSettings,
    'settings.update': (patch) => patchedSettings(defaultSettings, patch),
    ...overrides,
  } satisfies Handlers;

  const dispatch = createDispatch({
    handlers,
    isTrustedSender: (sender) => sender.url === trusted.url,
    log: createLogger('ipc', (line) => logs.push(line)),
  });
  return { dispatch, logs };
}

describe('dispatch', () => {
  it('answers a valid request with the handler\'s value', async () => {
    const { dispatch } = setup();
    await expect(dispatch('settings.update', { language: 'zh-CN' }, trusted)).resolves.toEqual({
      ok: true,
      value: { ...defaultSettings, language: 'zh-CN' },
    });
  });

  it('refuses an untrusted sender before looking at anything else', async () => {
    const { dispatch, logs } = setup();
    const result = await dispatch('settings.update', { language: 'en' }, { url: 'https://evil.example/' });
    expect(result).toEqual({ ok: false, error: appError('ipc.untrustedSender') });
    expect(logs.join('\n')).toContain('untrusted sender');
  });

  it('refuses channels outside the contract, including prototype names', async () => {
    const { dispatch } = setup();
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', '', 'settings']) {
      await expect(dispatch(channel, {}, trusted)).resolves.toMatchObject({ ok: false, error: { code: 'ipc.unknownChannel' } });
    }
  });

  it('refuses malformed requests on every channel with a typed error naming the field', async () => {
    const { dispatch } = setup();
    for (const channel of channelNames) {
      for (const payload of [undefined, null, 0, 'x', [], { extra: true }, { language: 'xx' }]) {
        const result = await dispatch(channel, payload, trusted);
        expect(result, `${channel} ${JSON.stringify(payload)}`).toMatchObject({
          ok: false,
          error: { code: 'ipc.invalidRequest', params: { channel } },
        });
      }
    }
    const result = await dispatch('settings.update', { language: 'xx' }, trusted);
    expect(result.ok === false && result.error.hint).toMatch(/^language: /);
  });

  it('never throws and always answers in the contract\'s envelope, whatever arrives', async () => {
    const { dispatch } = setup();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channelNames, 'x.y'), fc.anything(), async (channel, payload) => {
        const result = await dispatch(channel, payload, trusted);
        if (result.ok) return;
        expect(ErrorCode.options).toContain(result.error.code);
      }),
      { numRuns: 2000 },
    );
  });

  it('survives payloads whose getters throw', async () => {
    const { dispatch } = setup();
    const hostile = Object.defineProperty({}, 'language', {
      enumerable: true,
      get() {
        throw new Error('gotcha');
      },
    });
    await expect(dispatch('settings.update', hostile, trusted)).resolves.toMatchObject({ ok: false });
  });

  it('passes a handler\'s typed error through and hides unexpected ones behind internal', async () => {
    const typed = appError('settings.unwritable', {}, { retryable: true });
    const { dispatch, logs } = setup({
      'settings.update': () => {
        throw new AppErrorException(typed);
      },
      'settings.get': () => {
        throw new Error('disk on fire');
      },
    });
    await expect(dispatch('settings.update', {}, trusted)).resolves.toEqual({ ok: false, error: typed });
    await expect(dispatch('settings.get', {}, trusted)).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', hint: 'disk on fire' },
    });
    expect(logs.join('\n')).toContain('settings.get failed: disk on fire');
  });

  it('refuses a handler answer outside the contract and logs it as a bug', async () => {
    const { dispatch, logs } = setup({ 'settings.get': () => ({ language: 'klingon' }) as never });
    await expect(dispatch('settings.get', {}, trusted)).resolves.toMatchObject({
      ok: false,
      error: { code: 'ipc.invalidResponse' },
    });
    expect(logs.join('\n')).toContain('answered outside the contract');
  });
});
