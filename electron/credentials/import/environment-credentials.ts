import type { FoundCredential } from './found-credential';

type Env = Readonly<Record<string, string | undefined>>;

function fromPair(
  env: Env,
  provider: FoundCredential['provider'],
  [idVar, secretVar, tokenVar]: readonly [string, string, string | null],
): FoundCredential | null {
  const accessKeyId = env[idVar]?.trim();
  if (!accessKeyId) return null;
  const accessKeySecret = env[secretVar]?.trim() ?? '';
  const token = tokenVar ? env[tokenVar]?.trim() : undefined;
  return {
    source: 'environment',
    origin: idVar,
    provider,
    accessKeyId,
    accessKeySecret,
    securityToken: token || null,
    securityTokenExpiresAt: null,
    region: provider === 'aliyun' ? env.ALIBABA_CLOUD_REGION_ID?.trim() || null : null,
    blocker: accessKeySecret ? null : 'missingSecret',
    mode: null,
  };
}

/**
 * Credentials in the environment, under the names the providers' SDKs and CLIs read:
 * `ALIBABA_CLOUD_ACCESS_KEY_ID`/`_SECRET`/`ALIBABA_CLOUD_SECURITY_TOKEN`, `VOLCENGINE_ACCESS_KEY`/
 * `VOLCENGINE_SECRET_KEY`/`VOLCENGINE_SESSION_TOKEN`, and the Volcengine SDK's `VOLC_ACCESSKEY`/
 * `VOLC_SECRETKEY` (offered separately only when it holds a different key).
 */
export function environmentCredentials(env: Env): FoundCredential[] {
  const found = [
    fromPair(env, 'aliyun', ['ALIBABA_CLOUD_ACCESS_KEY_ID', 'ALIBABA_CLOUD_ACCESS_KEY_SECRET', 'ALIBABA_CLOUD_SECURITY_TOKEN']),
    fromPair(env, 'volcengine', ['VOLCENGINE_ACCESS_KEY', 'VOLCENGINE_SECRET_KEY', 'VOLCENGINE_SESSION_TOKEN']),
    fromPair(env, 'volcengine', ['VOLC_ACCESSKEY', 'VOLC_SECRETKEY', null]),
  ].filter((credential): credential is FoundCredential => credential !== null);
  return found.filter(
    (credential, index) => found.findIndex((other) => other.provider === credential.provider && other.accessKeyId === credential.accessKeyId) === index,
  );
}
