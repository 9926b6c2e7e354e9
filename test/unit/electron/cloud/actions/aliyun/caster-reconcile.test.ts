import { describe, expect, it } from 'vitest';
import { copyCasterOnce, createCasterOnce } from '../../../../../../electron/cloud/actions/aliyun/caster-reconcile';
import { isAmbiguousFailure } from '../../../../../../electron/cloud/ambiguous-failure';
import type { CloudCall, CloudClient } from '../../../../../../electron/cloud/cloud-client';
import { AppErrorException, appError } from '../../../../../../shared/errors/app-error';
import type { ErrorCode } from '../../../../../../shared/errors/error-codes';
import { errorOf, fakeCloudClient } from '../../../../support/fake-cloud-client';
import { castersPage, recordedCopy } from './caster-shapes';

const token = '7d1e4c52-9a0b-4f6e-8c3d-2b5a6f7e8d90';
const source = 'a2b8e671-2fe5-4642-a2ec-bf93880e1234';
const copyRequest = { sourceStudioId: source, name: 'Final copy', regionId: 'cn-shanghai' };

type Answer = { status: number; json: unknown } | ErrorCode;

/**
 * A cloud scripted per action: each call of an action takes the next answer — a recorded body
 * (read by the real Alibaba reader) or a transport failure the real client would raise. A call
 * nobody scripted fails the test.
 */
function scriptedCloud(script: Record<string, Answer[]>): { client: CloudClient; calls: CloudCall[] } {
  const taken: Record<string, number> = {};
  return fakeCloudClient((call) => {
    const index = taken[call.action] ?? 0;
    taken[call.action] = index + 1;
    const answer = script[call.action]?.[index];
    if (answer === undefined) throw new Error(`nothing scripted for ${call.action} #${index + 1}`);
    if (typeof answer !== 'string') return answer;
    throw new AppErrorException(appError(answer, {}, { provider: call.provider, action: call.action, retryable: answer !== 'cloud.outcomeUnknown' }));
  });
}

const ok = (json: unknown) => ({ status: 200, json });
const actions = (calls: CloudCall[]) => calls.map((call) => call.action);

describe('copyCasterOnce', () => {
  it('copies once and says the cloud answered', async () => {
    const { client, calls } = scriptedCloud({ CopyCaster: [ok(recordedCopy)] });
    await expect(copyCasterOnce(client, copyRequest, token)).resolves.toEqual({ studioId: recordedCopy.CasterId, how: 'created' });
    expect(actions(calls)).toEqual(['CopyCaster']);
    expect(calls[0]?.params).toMatchObject({ ClientToken: token, SrcCasterId: source, CasterName: 'Final copy' });
  });

  it('returns the studio an unanswered copy made, found by its token, without copying again', async () => {
    const { client, calls } = scriptedCloud({
      CopyCaster: ['cloud.outcomeUnknown'],
      DescribeCasters: [ok(castersPage(['older', 'the-copy'], 2, { 'the-copy': token }))],
    });
    await expect(copyCasterOnce(client, copyRequest, token)).resolves.toEqual({ studioId: 'the-copy', how: 'found' });
    expect(actions(calls)).toEqual(['CopyCaster', 'DescribeCasters']);
    expect(calls[1]?.params).toMatchObject({ RegionId: 'cn-shanghai', PageNum: 1 });
  });

  it('looks through every page for the token', async () => {
    const first = Array.from({ length: 100 }, (_, i) => `studio-${i}`);
    const { client, calls } = scriptedCloud({
      CopyCaster: ['cloud.timeout'],
      DescribeCasters: [ok(castersPage(first, 101)), ok(castersPage(['the-copy'], 101, { 'the-copy': token }))],
    });
    await expect(copyCasterOnce(client, copyRequest, token)).resolves.toEqual({ studioId: 'the-copy', how: 'found' });
    expect(actions(calls)).toEqual(['CopyCaster', 'DescribeCasters', 'DescribeCasters']);
  });

  it('retries exactly once, with the same token, when no studio carries it', async () => {
    const { client, calls } = scriptedCloud({
      CopyCaster: ['cloud.outcomeUnknown', ok(recordedCopy)],
      DescribeCasters: [ok(castersPage(['older'], 1))],
    });
    await expect(copyCasterOnce(client, copyRequest, token)).resolves.toEqual({ studioId: recordedCopy.CasterId, how: 'retried' });
    expect(actions(calls)).toEqual(['CopyCaster', 'DescribeCasters', 'CopyCaster']);
    expect(calls[2]?.params).toEqual(calls[0]?.params);
    expect(calls[2]?.params.ClientToken).toBe(token);
  });

  it('reconciles after the cloud’s own trouble (a 500 InternalError) as after no answer', async () => {
    const { client, calls } = scriptedCloud({
      CopyCaster: [{ status: 500, json: { RequestId: 'R500', Code: 'InternalError', Message: 'error' } }],
      DescribeCasters: [ok(castersPage(['the-copy'], 1, { 'the-copy': token }))],
    });
    await expect(copyCasterOnce(client, copyRequest, token)).resolves.toEqual({ studioId: 'the-copy', how: 'found' });
    expect(actions(calls)).toEqual(['CopyCaster', 'DescribeCasters']);
  });

  it('does not reconcile a definite refusal, nor input refused before sending', async () => {
    for (const [Code, code] of [['CasterNumberExceed', 'studio.quotaExceeded'], ['InvalidCaster.NotFound', 'studio.notFound'], ['InvalidClientToken.Malformed', 'clientToken.malformed']]) {
      const { client, calls } = scriptedCloud({ CopyCaster: [{ status: 400, json: { RequestId: 'R', Code, Message: '%s' } }] });
      expect(await errorOf(copyCasterOnce(client, copyRequest, token))).toMatchObject({ code });
      expect(actions(calls)).toEqual(['CopyCaster']);
    }
    const { client, calls } = scriptedCloud({});
    expect(await errorOf(copyCasterOnce(client, copyRequest, 'x'.repeat(65)))).toMatchObject({ code: 'cloud.invalidInput', fields: { clientToken: { code: 'invalidClientToken' } } });
    expect(calls).toEqual([]);
  });

  it('does not go on after the operator cancelled', async () => {
    const { client, calls } = scriptedCloud({ CopyCaster: ['cloud.cancelled'] });
    expect(await errorOf(copyCasterOnce(client, copyRequest, token))).toMatchObject({ code: 'cloud.cancelled' });
    expect(actions(calls)).toEqual(['CopyCaster']);
  });

  it('says the outcome is unknown, not retryable, when the lookup fails — and does not copy again', async () => {
    const { client, calls } = scriptedCloud({ CopyCaster: ['cloud.outcomeUnknown'], DescribeCasters: ['cloud.offline'] });
    expect(await errorOf(copyCasterOnce(client, copyRequest, token))).toMatchObject({ code: 'cloud.outcomeUnknown', retryable: false, action: 'CopyCaster' });
    expect(actions(calls)).toEqual(['CopyCaster', 'DescribeCasters']);
  });

  it('says the outcome is unknown when the one retry is ambiguous too, and stops there', async () => {
    const { client, calls } = scriptedCloud({ CopyCaster: ['cloud.timeout', 'cloud.timeout'], DescribeCasters: [ok(castersPage([], 0))] });
    const error = await errorOf(copyCasterOnce(client, copyRequest, token));
    expect(error).toMatchObject({ code: 'cloud.outcomeUnknown', retryable: false });
    expect(error?.hint).toContain('cloud.timeout');
    expect(actions(calls)).toEqual(['CopyCaster', 'DescribeCasters', 'CopyCaster']);
  });

  it('passes a definite refusal of the retry through as it is', async () => {
    const { client } = scriptedCloud({
      CopyCaster: ['cloud.outcomeUnknown', { status: 400, json: { RequestId: 'R', Code: 'IdempotentParameterMismatch', Message: '%s' } }],
      DescribeCasters: [ok(castersPage([], 0))],
    });
    expect(await errorOf(copyCasterOnce(client, copyRequest, token))).toMatchObject({ code: 'clientToken.mismatch' });
  });

  it('calls as the same profile throughout', async () => {
    const { client, calls } = scriptedCloud({ CopyCaster: ['cloud.outcomeUnknown', ok(recordedCopy)], DescribeCasters: [ok(castersPage([], 0))] });
    await copyCasterOnce(client, copyRequest, token, { profileId: 'show-account' });
    expect(calls.map((call) => call.profileId)).toEqual(['show-account', 'show-account', 'show-account']);
  });
});

describe('createCasterOnce', () => {
  it('finds a studio an unanswered create made, and retries with the same token when there is none', async () => {
    const found = scriptedCloud({ CreateCaster: ['cloud.outcomeUnknown'], DescribeCasters: [ok(castersPage(['made'], 1, { made: token }))] });
    await expect(createCasterOnce(found.client, { type: 'normal', name: 'Show' }, token)).resolves.toEqual({ studioId: 'made', how: 'found' });
    expect(actions(found.calls)).toEqual(['CreateCaster', 'DescribeCasters']);
    expect(found.calls[1]?.params.RegionId).toBeUndefined();

    const retried = scriptedCloud({ CreateCaster: ['cloud.timeout', ok({ RequestId: 'R', CasterId: 'made' })], DescribeCasters: [ok(castersPage([], 0))] });
    await expect(createCasterOnce(retried.client, { type: 'playlist' }, token)).resolves.toEqual({ studioId: 'made', how: 'retried' });
    expect(retried.calls.map((call) => call.params.ClientToken)).toEqual([token, undefined, token]);
  });

  it('does not reconcile a quota refusal', async () => {
    const { client, calls } = scriptedCloud({ CreateCaster: [{ status: 400, json: { RequestId: 'R', Code: 'CasterNumberExceed', Message: '%s' } }] });
    expect(await errorOf(createCasterOnce(client, { type: 'normal' }, token))).toMatchObject({ code: 'studio.quotaExceeded' });
    expect(actions(calls)).toEqual(['CreateCaster']);
  });
});

describe('isAmbiguousFailure', () => {
  it('counts no answer and the cloud’s trouble as ambiguous, refusals and cancellation as definite', () => {
    const ambiguous: ErrorCode[] = ['cloud.outcomeUnknown', 'cloud.timeout', 'cloud.offline', 'cloud.unexpectedResponse', 'cloud.serverError', 'cloud.unavailable', 'cloud.throttled'];
    const definite: ErrorCode[] = ['cloud.invalidInput', 'cloud.cancelled', 'studio.quotaExceeded', 'studio.notFound', 'clientToken.malformed', 'clientToken.mismatch', 'cloud.permissionDenied'];
    expect(ambiguous.filter((code) => !isAmbiguousFailure(appError(code)))).toEqual([]);
    expect(definite.filter((code) => isAmbiguousFailure(appError(code)))).toEqual([]);
  });
});
