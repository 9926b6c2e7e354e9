import type { AliyunAccountWorld } from '../world/aliyun-world';

/** What an Alibaba action handler is given: the caller's account, its parameters, the cloud's time. */
export interface AliyunActionContext {
  account: AliyunAccountWorld;
  /** Business parameters as flat RPC strings (`Tag.1.Key`); common and signature parameters removed. */
  params: Readonly<Record<string, string>>;
  /** The cloud's clock (epoch ms), skewed when a drill says so. */
  now: number;
  /** A fresh identifier (UUID form) for a new resource. */
  newId(): string;
}

/**
 * One Alibaba action: validates its parameters as the cloud does, changes the account, and returns
 * the answer's fields other than `RequestId` (the gateway adds it). Refusals are thrown as
 * `CloudFault` with the documented status and code.
 */
export type AliyunAction = (context: AliyunActionContext) => Record<string, unknown>;
