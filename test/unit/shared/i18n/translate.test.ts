import { describe, expect, it } from 'vitest';
import { appError } from '../../../../shared/errors/app-error';
import { ErrorCode } from '../../../../shared/errors/error-codes';
import { en } from '../../../../shared/i18n/en';
import { errorMessage, placeholdersOf, translate } from '../../../../shared/i18n/translate';
import { zhCN } from '../../../../shared/i18n/zh-CN';

describe('translate', () => {
  it('fills placeholders from params', () => {
    expect(translate('en', 'error.ipc.unknownChannel', { channel: 'x.y' })).toBe(
      'The request "x.y" is not part of this version of the app.',
    );
    expect(translate('zh-CN', 'error.ipc.unknownChannel', { channel: 'x.y' })).toBe('请求“x.y”不属于当前版本的应用。');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(translate('en', 'error.ipc.unknownChannel')).toContain('{channel}');
  });

  it('has an operator message for every error code in both languages', () => {
    for (const code of ErrorCode.options) {
      for (const locale of ['en', 'zh-CN'] as const) {
        const text = errorMessage(locale, appError(code, { channel: 'c' }));
        expect(text, `${locale} ${code}`).not.toMatch(/^error\./);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it('reads placeholders in order-independent form', () => {
    expect(placeholdersOf('{b} and {a} and {b}')).toEqual(['a', 'b', 'b']);
  });

  it('keeps the same keys in both catalogues', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });
});
