import { describe, expect, it } from 'vitest';
import { actionSpec } from '../../../../../electron/cloud/action-catalog';
import { aliyunActions } from '../../../../../electron/rehearsal/aliyun/aliyun-actions';

describe('aliyunActions', () => {
  it('serves the sixteen Live actions the control room calls, by their exact Action names', () => {
    expect(Object.keys(aliyunActions).sort()).toEqual(
      [
        'QueryLiveDomainMultiStreamList',
        'SetLiveDomainMultiStreamMaster',
        'DescribeLiveDomainMultiStreamConfig',
        'SetLiveDomainMultiStreamConfig',
        'SetLiveDomainMultiStreamOptimalMode',
        'DescribeLiveUserDomains',
        'DescribeLiveStreamsOnlineList',
        'DescribeCasters',
        'CreateCaster',
        'CopyCaster',
        'DeleteCaster',
        'StartCaster',
        'StopCaster',
        'RestartCaster',
        'DescribeCasterConfig',
        'SetCasterConfig',
      ].sort(),
    );
  });

  it('serves only actions the product’s catalogue knows, so every name is spelt as the client sends it', () => {
    for (const name of Object.keys(aliyunActions)) expect(actionSpec('aliyun', name).known, name).toBe(true);
  });
});
