/**
 * One Volcengine account's pull-to-push resources as the rehearsal cloud keeps them
 * (volcengine-live.md §4–§5). Task times are Unix seconds, as CreatePullToPushTask takes them.
 */

/** A resource tag; `System` tags are the cloud's own. */
export interface RelayTag {
  Key: string;
  Value: string;
  Category: 'System' | 'Custom';
}

/** A task group, identified by its name alone (§4). */
export interface RelayGroup {
  name: string;
  projectName: string;
  /** 0 usable, 1 deleted (still listed when asked for). */
  status: 0 | 1;
  tags: RelayTag[];
}

/** A pull-to-push task (§5.1), with the fields the list calls return. */
export interface RelayTask {
  taskId: string;
  groupName: string;
  title: string;
  startTime: number;
  endTime: number;
  type: 0 | 1;
  srcAddr?: string;
  vodSrcAddrs?: { SrcAddr: string; StartOffset?: number; EndOffset?: number }[];
  cycleMode?: number;
  playTimes?: number;
  dstAddr: string;
  /** 1 a domain added in Live, 2 a third-party address. */
  dstAddrType: 1 | 2;
  callbackUrl?: string;
  /** Stopped by StopPullToPushTask (停用) until ContinuePullToPushTask. */
  stopped: boolean;
}

/** Everything one account owns. */
export interface VolcengineAccountWorld {
  accountId: string;
  groups: RelayGroup[];
  tasks: RelayTask[];
  /** Push domains added in Live, so a destination on one is `DstAddrType` 1. */
  pushDomains: string[];
}
