import type { Provider } from '../../shared/domain/provider';
import { AppErrorException, appError } from '../../shared/errors/app-error';
import { defaultEndpoints, type Endpoint } from './http-request';

const providerDomains = [/(^|\.)aliyuncs\.com$/i, /(^|\.)volcengineapi\.com$/i, /(^|\.)volces\.com$/i];

/** Where a profile's calls go, and whether that is the provider's own host or an override. */
export interface ResolvedEndpoint {
  endpoint: Endpoint;
  override: boolean;
}

// Every call resolves its profile's endpoint; the answer only depends on the override's text.
const resolved = new Map<string, ResolvedEndpoint>();

/**
 * The endpoint for a profile: the provider's host over HTTPS, or the profile's override (the
 * rehearsal cloud, a test server), which is allowed plain HTTP — except that a real provider host
 * is only ever reached over HTTPS, so keys never cross the network in the clear.
 */
export function resolveEndpoint(provider: Provider, override: string | null): ResolvedEndpoint {
  if (!override) return { endpoint: defaultEndpoints[provider], override: false };
  const key = `${provider} ${override}`;
  const known = resolved.get(key);
  if (known) return known;
  const result = resolveOverride(provider, override);
  resolved.set(key, result);
  return result;
}

function resolveOverride(provider: Provider, override: string): ResolvedEndpoint {
  const match = /^(https?:)\/\/([^/]+)\/?$/.exec(override.trim());
  const protocol = match?.[1] as Endpoint['protocol'] | undefined;
  const host = match?.[2];
  if (!protocol || !host) throw new AppErrorException(appError('cloud.endpointRefused', { endpoint: override }, { provider }));
  const hostname = host.replace(/:\d+$/, '');
  if (protocol === 'http:' && providerDomains.some((domain) => domain.test(hostname))) {
    throw new AppErrorException(appError('cloud.endpointRefused', { endpoint: override }, { provider }));
  }
  return { endpoint: { protocol, host }, override: true };
}
