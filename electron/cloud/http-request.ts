import type { Provider } from '../../shared/domain/provider';

/**
 * A request ready for the wire: what a signer produces and the transport sends, byte for byte.
 * The body is the exact string that was hashed and signed, or null for none.
 */
export interface HttpRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Record<string, string>;
  body: string | null;
}

/** What signs a request. Exists only in main, only while a call is being signed. */
export interface Credentials {
  accessKeyId: string;
  accessKeySecret: string;
  securityToken?: string;
}

/** Where a provider's API answers: scheme, host and optional port (no path). */
export interface Endpoint {
  protocol: 'https:' | 'http:';
  /** Host with a non-default port when there is one, exactly as sent in the Host header. */
  host: string;
}

/** The providers' real API hosts; anything else is an endpoint override. */
export const defaultEndpoints: Readonly<Record<Provider, Endpoint>> = {
  aliyun: { protocol: 'https:', host: 'live.aliyuncs.com' },
  volcengine: { protocol: 'https:', host: 'live.volcengineapi.com' },
};
