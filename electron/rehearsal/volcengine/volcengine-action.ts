import type { VolcengineAccountWorld } from '../world/volcengine-world';

/** What a Volcengine action handler is given. */
export interface VolcengineActionContext {
  account: VolcengineAccountWorld;
  /**
   * The request's parameters: the parsed JSON body for POST actions, the query parameters (minus
   * Action and Version) as strings for GET ones.
   */
  input: Readonly<Record<string, unknown>>;
  /** The cloud's clock (epoch ms), skewed when a drill says so. */
  now: number;
  /** A fresh identifier for a new resource. */
  newId(): string;
}

/**
 * One Volcengine action: validates, changes the account, and returns the envelope's `Result`
 * (undefined for the metadata-only answers). Refusals are thrown as `CloudFault`.
 */
export type VolcengineAction = (context: VolcengineActionContext) => unknown;
