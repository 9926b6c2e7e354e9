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
  /** Set for temporary (STS) keys: the token every call signed with them must carry. */
  securityToken?: string;
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

/**
 * Temporary (STS) keys of each provider's first account: same account, same resources, but every
 * call must carry the security token (Alibaba `SecurityToken` / `x-acs-security-token`, Volcengine
 * `X-Security-Token`), as with keys issued by STS.
 */
export const rehearsalStsKeys = {
  aliyun: { accountId: aliyunRehearsalAccounts[0].accountId, accessKeyId: 'STS.RehearsalDesk0001', secret: 'RehearsalAliyunStsSecret0001xyz', securityToken: 'CAIS-rehearsal-desk-0001' },
  volcengine: { accountId: volcengineRehearsalAccounts[0].accountId, accessKeyId: 'AKTPRehearsalDesk0001', secret: 'UmVoZWFyc2FsVm9sY1N0c1NlY3JldDAwMDE=', securityToken: 'STS2-rehearsal-desk-0001' },
} as const satisfies Record<'aliyun' | 'volcengine', Required<RehearsalAccount>>;

/** Every key each provider's gateway knows, permanent and temporary. */
export const rehearsalKeys = {
  aliyun: [...aliyunRehearsalAccounts, rehearsalStsKeys.aliyun],
  volcengine: [...volcengineRehearsalAccounts, rehearsalStsKeys.volcengine],
} as const;
