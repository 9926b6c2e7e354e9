import { describe, expect, it } from 'vitest';
import { CliError, CommandFailure, ExitCode, documentedExitCodes, exitCodeFor, usageError } from '../../../electron/cli/exit-codes';
import { AppErrorException, appError } from '../../../shared/errors/app-error';
import { en } from '../../../shared/i18n/en';

describe('exit codes', () => {
  it('are the documented numbers', () => {
    expect(ExitCode).toEqual({ ok: 0, failed: 1, usage: 2, notConfirmed: 3, outcomeUnknown: 4, interrupted: 130 });
    expect([...documentedExitCodes]).toEqual([0, 1, 2, 3, 4, 130]);
    for (const code of documentedExitCodes) expect(en).toHaveProperty(`cli.exit.${code}`);
  });

  it('map usage mistakes to 2 and refused confirmations to 3', () => {
    expect(exitCodeFor(usageError('cli.usage.unknownOption', { option: '--x' }))).toBe(2);
    expect(exitCodeFor(new CliError('cli.confirmationRequired', 'cli.error.confirmationRequired', {}, 3))).toBe(3);
    expect(exitCodeFor(new CliError('cli.interrupted', 'cli.error.interrupted', {}, 130))).toBe(130);
  });

  it('map every failure of the services, and anything unforeseen, to 1', () => {
    expect(exitCodeFor(new AppErrorException(appError('profile.invalid', {}, { fields: { name: { code: 'required', params: {} } } })))).toBe(1);
    expect(exitCodeFor(new AppErrorException(appError('vault.noSessionBus')))).toBe(1);
    expect(exitCodeFor(appError('profile.notFound', { id: 'x' }))).toBe(1);
    expect(exitCodeFor(new Error('boom'))).toBe(1);
    expect(exitCodeFor('a string')).toBe(1);
  });

  it('map a failed cloud call to 1, and one cancelled (only Ctrl-C cancels in lcr) to 130', () => {
    expect(exitCodeFor(new AppErrorException(appError('cloud.outcomeUnknown', {}, { provider: 'aliyun', action: 'StopCaster' })))).toBe(1);
    expect(exitCodeFor(new AppErrorException(appError('cloud.signatureMismatch', {}, { provider: 'volcengine', action: 'X' })))).toBe(1);
    expect(exitCodeFor(new AppErrorException(appError('cloud.cancelled', {}, { provider: 'aliyun', action: 'StopCaster' })))).toBe(130);
  });

  it('map a switch nobody could confirm to 4, and leave an unanswered lcr call at 1 as documented', () => {
    const unconfirmed = appError('stream.switchUnconfirmed', { stream: 'a/b/c', target: '2', onAir: '1' }, { provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster' });
    expect(exitCodeFor(new AppErrorException(unconfirmed))).toBe(ExitCode.outcomeUnknown);
    expect(exitCodeFor(new AppErrorException(appError('board.locked', { stream: 'a/b/c' })))).toBe(1);
    expect(exitCodeFor(new AppErrorException(appError('cloud.outcomeUnknown', {}, { provider: 'aliyun', action: 'SetLiveDomainMultiStreamMaster' })))).toBe(1);
  });

  it('give a service\'s failure the code the command chose for it (lcr studios: an unknown outcome is 4)', () => {
    const unknown = appError('cloud.outcomeUnknown', {}, { provider: 'aliyun', action: 'StopCaster' });
    expect(exitCodeFor(new CommandFailure(unknown, ExitCode.outcomeUnknown))).toBe(4);
    expect(exitCodeFor(new CommandFailure(appError('studio.running'), ExitCode.failed, { key: 'cli.studios.stopFirst', params: { id: 's' } }))).toBe(1);
    expect(new CommandFailure(unknown, 4)).toBeInstanceOf(AppErrorException);
  });
});
