import { describe, expect, it } from 'vitest';
import { CliError, usageError } from '../../../electron/cli/exit-codes';
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
