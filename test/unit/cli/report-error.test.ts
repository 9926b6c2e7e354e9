import { describe, expect, it } from 'vitest';
import { CliError, CommandFailure, usageError } from '../../../electron/cli/exit-codes';
import type { Translate } from '../../../electron/cli/help-text';
import { failureData, failureJson, failureText } from '../../../electron/cli/report-error';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import { translate } from '../../../shared/i18n/translate';

const en: Translate = (key, params) => translate('en', key, params);
const zh: Translate = (key, params) => translate('zh-CN', key, params);
const invalid = new AppErrorException(
  appError('profile.invalid', {}, { fields: { accessKeyId: { code: 'invalidAccessKeyId', params: {} }, notes: { code: 'tooLong', params: { max: 500 } } } }),
);

describe('reporting failures', () => {
  it('gives the sentence and each refused field, labelled with its option', () => {
    expect(failureText(invalid, en, false)).toBe(
      [
        'lcr: Some fields need attention before the profile can be saved.',
        '  AccessKey ID (--access-key-id): Not an AccessKey ID: 8 to 128 letters, digits, dots, dashes or underscores.',
        '  notes (--notes): At most 500 characters.',
        '',
      ].join('\n'),
    );
    expect(failureText(invalid, zh, false)).toContain('\n  访问密钥 ID（--access-key-id）: 不是有效的 AccessKey ID');
  });

  it('shows the untranslated detail only with --verbose', () => {
    const vault = new AppErrorException(appError('vault.noSessionBus', {}, { hint: 'Could not connect: No such file or directory' }));
    expect(failureText(vault, en, false)).not.toContain('Could not connect');
    expect(failureText(vault, en, true)).toContain('Detail: Could not connect: No such file or directory');
  });

  it('words the CLI\'s own failures from their catalogue keys', () => {
    expect(failureText(usageError('cli.usage.unknownOption', { option: '--x' }), zh, false)).toBe('lcr: 未知选项 --x。\n');
    expect(failureText(new Error('boom'), en, false)).toContain('Something unexpected went wrong');
  });

  it('shows a cloud call\'s provider explanation and request id, without --verbose', () => {
    const refused = new AppErrorException(
      appError('studio.invalidId', { providerCode: 'InvalidCasterId.Malformed', action: 'StopCaster', httpStatus: 400 }, { provider: 'aliyun', action: 'StopCaster', requestId: 'REQ-9', hint: 'The CasterId is malformed.' }),
    );
    expect(failureText(refused, en, false)).toBe(
      ['lcr: Alibaba Cloud does not accept this production studio ID. Refresh the studio list and pick the studio again.', '  Detail: The CasterId is malformed.', '  Request ID: REQ-9', ''].join('\n'),
    );
    expect(failureText(refused, zh, false)).toContain('\n  请求 ID：REQ-9\n');
  });

  it('makes an unknown outcome unmistakable: it may have happened, re-read before repeating', () => {
    const unknown = new AppErrorException(appError('cloud.outcomeUnknown', {}, { provider: 'volcengine', action: 'DeletePullToPushGroup', hint: 'UND_ERR_HEADERS_TIMEOUT' }));
    const [first, second] = failureText(unknown, en, false).split('\n');
    expect(first).toContain('not known whether it took effect');
    expect(second).toBe(`lcr: ${en('cli.call.outcomeUnknown')}`);
    expect(second).toContain('OUTCOME UNKNOWN: the change may or may not have been made');
    expect(second).toContain('read the current state');
    expect(failureText(unknown, zh, false)).toContain('结果未知');
  });

  it('says a switch nobody could confirm may have happened, and where to look before switching again', () => {
    const params = { stream: 'live.example/live/main', target: 'main_2', onAir: 'main_1' };
    const unconfirmed = new AppErrorException(appError('stream.switchUnconfirmed', params, { provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster' }));
    const [first, second] = failureText(unconfirmed, en, false).split('\n');
    expect(first).toBe(`lcr: ${translate('en', 'error.stream.switchUnconfirmed', params)}`);
    expect(second).toBe('lcr: OUTCOME UNKNOWN: the switch may or may not have happened, and lcr did not send it again. Look with "lcr upstreams live.example/live/main" before switching once more. The journal records it as "unknown".');
    expect(failureText(unconfirmed, zh, false)).toContain('结果未知：切换可能已生效');
    expect(JSON.parse(failureJson(unconfirmed))).toMatchObject({ error: { code: 'stream.switchUnconfirmed', params, provider: 'aliyun' } });
  });

  it('puts a command\'s own next step beneath the services\' sentence, instead of lcr call\'s', () => {
    const unknown = appError('cloud.outcomeUnknown', {}, { provider: 'aliyun', action: 'StopCaster', requestId: 'REQ-3' });
    const text = failureText(new CommandFailure(unknown, 4, { key: 'cli.studios.stopFirst', params: { id: 's-1' } }), en, false).split('\n');
    expect(text.slice(1, 3)).toEqual(['lcr: Stop it first: lcr studios stop s-1', '  Request ID: REQ-3']);
    expect(failureText(new CommandFailure(unknown, 4), en, false)).toContain(`\nlcr: ${en('cli.call.outcomeUnknown')}\n`);
    expect(JSON.parse(failureJson(new CommandFailure(unknown, 4)))).toMatchObject({ error: { code: 'cloud.outcomeUnknown', action: 'StopCaster', requestId: 'REQ-3' } });
  });

  it('reports a cloud call as JSON with where it failed, its request id, retryability and hint', () => {
    const timeout = new AppErrorException(appError('cloud.outcomeUnknown', {}, { provider: 'aliyun', action: 'Frobnicate', hint: 'UND_ERR_HEADERS_TIMEOUT: Headers Timeout Error' }));
    expect(JSON.parse(failureJson(timeout))).toEqual({
      error: { code: 'cloud.outcomeUnknown', params: {}, provider: 'aliyun', action: 'Frobnicate', requestId: null, retryable: false, hint: 'UND_ERR_HEADERS_TIMEOUT: Headers Timeout Error' },
    });
    const fields = { region: { code: 'regionFixed' as const, params: { region: 'cn-north-1' } } };
    expect(failureData(new CliError('cli.invalidOptions', 'cli.error.callOptionsInvalid', {}, 1, fields))).toEqual({ code: 'cli.invalidOptions', params: {}, fields });
  });

  it('reports as JSON with the stable code, params and fields, and no free text', () => {
    expect(JSON.parse(failureJson(invalid))).toEqual({
      error: {
        code: 'profile.invalid',
        params: {},
        fields: { accessKeyId: { code: 'invalidAccessKeyId', params: {} }, notes: { code: 'tooLong', params: { max: 500 } } },
      },
    });
    expect(failureData(new CliError('profile.notFound', 'cli.error.profileNotFound', { query: 'x' }, 1))).toEqual({ code: 'profile.notFound', params: { query: 'x' } });
    expect(failureJson(new AppErrorException(appError('internal', {}, { hint: 'stack' })))).not.toContain('stack');
  });
});
