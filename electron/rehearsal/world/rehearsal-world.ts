import { aliyunRehearsalAccounts, rehearsalKeys, volcengineRehearsalAccounts, type RehearsalAccount } from '../rehearsal-keys';
import type { AliyunAccountWorld } from './aliyun-world';
import { seedAliyunAccount } from './aliyun-seed';
import { createPrng } from './prng';
import type { VolcengineAccountWorld } from './volcengine-world';
import { seedVolcengineAccount } from './volcengine-seed';

/** Every account of both clouds, by each access key id that signs as it (temporary keys included). */
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
  const aliyun = aliyunRehearsalAccounts.map((account, index) => seedAliyunAccount(account, index, aliyunPrng, now, quota));
  const volcengine = volcengineRehearsalAccounts.map((account, index) => seedVolcengineAccount(account, index, volcenginePrng, now));
  return { aliyun: byKey(rehearsalKeys.aliyun, aliyun), volcengine: byKey(rehearsalKeys.volcengine, volcengine) };
}

/** Each key's account world: a temporary key reaches the same resources as its account's own key. */
function byKey<T extends { accountId: string }>(keys: readonly RehearsalAccount[], worlds: readonly T[]): Map<string, T> {
  return new Map(keys.flatMap((key) => worlds.filter((world) => world.accountId === key.accountId).map((world): [string, T] => [key.accessKeyId, world])));
}
