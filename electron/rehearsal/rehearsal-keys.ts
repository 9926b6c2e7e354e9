/**
 * The rehearsal cloud's fixed, published access keys: two accounts per provider, so drills and
 * tests can show that one account never sees another's studios or groups. They open nothing but
 * the local rehearsal cloud, which is why they can be printed, documented and built into the app.
 * The first account of each provider is the one the built-in rehearsal profiles call as.
 */

/** One rehearsal account: its id in the cloud and the key pair that signs as it. */
export interface RehearsalAccount {
  accountId: string;
  accessKeyId: string;
  secret: string;
}

/** Alibaba Cloud accounts (V1 and V3 signatures). */
export const aliyunRehearsalAccounts: readonly [RehearsalAccount, RehearsalAccount] = [
  { accountId: '1900000000000001', accessKeyId: 'LTAIRehearsalDesk0001', secret: 'RehearsalAliyunSecretDesk0001xyz' },
  { accountId: '1900000000000002', accessKeyId: 'LTAIRehearsalDesk0002', secret: 'RehearsalAliyunSecretDesk0002xyz' },
];

/** Volcengine accounts (HMAC-SHA256 V4). The secret is used as issued, never base64-decoded. */
export const volcengineRehearsalAccounts: readonly [RehearsalAccount, RehearsalAccount] = [
  { accountId: '2100000001', accessKeyId: 'AKLTRehearsalDesk0001', secret: 'UmVoZWFyc2FsVm9sY2VuZ2luZURlc2swMDAx' },
  { accountId: '2100000002', accessKeyId: 'AKLTRehearsalDesk0002', secret: 'UmVoZWFyc2FsVm9sY2VuZ2luZURlc2swMDAy' },
];

/** The only region Volcengine Live signs for (volcengine-live.md §0). */
export const rehearsalVolcengineRegion = 'cn-north-1';
