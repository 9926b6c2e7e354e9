import { aliyunRehearsalAccounts, volcengineRehearsalAccounts } from '../rehearsal-keys';
import type { AliyunAccountWorld } from './aliyun-world';
import { seedAliyunAccount } from './aliyun-seed';
import { createPrng } from './prng';
import type { VolcengineAccountWorld } from './volcengine-world';
import { seedVolcengineAccount } from './volcengine-seed';

/** Every account of both clouds, by the access key id that signs as it. */
export interface RehearsalWorld {
  aliyun: ReadonlyMap<string, AliyunAccountWorld>;
  volcengine: ReadonlyMap<string, VolcengineAccountWorld>;
}

/** What a world is built from. */
export interface WorldSeed {
  seed: number;
  /** The moment the world starts at (epoch ms): streams began and tasks are scheduled around it. */
  now: number;
  /** Studios allowed per Alibaba account. */
  quota: number;
}

/**
 * Builds both clouds' accounts from one seed. Each provider draws from its own generator, so
 * adding a studio to the Alibaba seed never reshuffles the Volcengine tasks.
 */
export function seedWorld({ seed, now, quota }: WorldSeed): RehearsalWorld {
  const aliyunPrng = createPrng(seed * 2 + 1);
  const volcenginePrng = createPrng(seed * 2 + 2);
  return {
    aliyun: new Map(aliyunRehearsalAccounts.map((account, index) => [account.accessKeyId, seedAliyunAccount(account, index, aliyunPrng, now, quota)])),
    volcengine: new Map(volcengineRehearsalAccounts.map((account, index) => [account.accessKeyId, seedVolcengineAccount(account, index, volcenginePrng, now)])),
  };
}
