import { describe, expect, it } from 'vitest';
import { AppError, AppErrorException, appError, toAppError } from '../../../../shared/errors/app-error';

describe('app errors', () => {
  it('builds local errors in the one shape', () => {
    const error = appError('settings.unwritable', {}, { retryable: true });
    expect(AppError.parse(error)).toEqual({
      code: 'settings.unwritable',
      params: {},
      provider: null,
      action: null,
      retryable: true,
    });
  });

  it('recovers the error from an exception, a plain error object, or anything else', () => {
    const error = appError('ipc.unknownChannel', { channel: 'x' });
    expect(toAppError(new AppErrorException(error))).toEqual(error);
    expect(toAppError(structuredClone(error))).toEqual(error);
    expect(toAppError(new TypeError('boom'))).toMatchObject({ code: 'internal', hint: 'boom' });
    expect(toAppError('weird')).toMatchObject({ code: 'internal', hint: 'weird' });
  });
});
