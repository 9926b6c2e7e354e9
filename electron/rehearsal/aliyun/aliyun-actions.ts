import type { AliyunAction } from './aliyun-action';
import { describeCasterConfig, setCasterConfig } from './caster-config-actions';
import { copyCaster, createCaster, deleteCaster, restartCaster, startCaster, stopCaster } from './caster-lifecycle-actions';
import { describeCasters } from './caster-list-action';
import { describeLiveStreamsOnlineList, describeLiveUserDomains } from './discovery-actions';
import {
  describeLiveDomainMultiStreamConfig,
  queryLiveDomainMultiStreamList,
  setLiveDomainMultiStreamConfig,
  setLiveDomainMultiStreamMaster,
  setLiveDomainMultiStreamOptimalMode,
} from './dual-stream-actions';

/**
 * Every Alibaba Live action the rehearsal cloud serves, by its `Action` name: the ones the
 * control room calls (aliyun-live.md §2–§4). The gateway answers any other name as the real one
 * does, `InvalidAction.NotFound`.
 */
export const aliyunActions: Readonly<Record<string, AliyunAction>> = {
  QueryLiveDomainMultiStreamList: queryLiveDomainMultiStreamList,
  SetLiveDomainMultiStreamMaster: setLiveDomainMultiStreamMaster,
  DescribeLiveDomainMultiStreamConfig: describeLiveDomainMultiStreamConfig,
  SetLiveDomainMultiStreamConfig: setLiveDomainMultiStreamConfig,
  SetLiveDomainMultiStreamOptimalMode: setLiveDomainMultiStreamOptimalMode,
  DescribeLiveUserDomains: describeLiveUserDomains,
  DescribeLiveStreamsOnlineList: describeLiveStreamsOnlineList,
  DescribeCasters: describeCasters,
  CreateCaster: createCaster,
  CopyCaster: copyCaster,
  DeleteCaster: deleteCaster,
  StartCaster: startCaster,
  StopCaster: stopCaster,
  RestartCaster: restartCaster,
  DescribeCasterConfig: describeCasterConfig,
  SetCasterConfig: setCasterConfig,
};
