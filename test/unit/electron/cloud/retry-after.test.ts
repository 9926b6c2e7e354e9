import { describe, expect, it } from 'vitest';
import { maxRetryAfterMs, retryAfterMs } from '../../../../electron/cloud/retry-after';

const now = Date.parse('2025-06-01T08:00:00Z');

describe('retryAfterMs', () => {
  it('reads x-acs-retry-after as milliseconds', () => {
    expect(retryAfterMs({ 'x-acs-retry-after': '80' }, now)).toBe(80);
    expect(retryAfterMs({ 'x-acs-retry-after': ' 2000 ' }, now)).toBe(2000);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs({ 'retry-after': '2' }, now)).toBe(2000);
    expect(retryAfterMs({ 'retry-after': 'Sun, 01 Jun 2025 08:00:05 GMT' }, now)).toBe(5000);
  });

  it('measures a date from the answer\'s Date header, not the local clock', () => {
    const headers = { date: 'Sun, 01 Jun 2025 09:00:00 GMT', 'retry-after': 'Sun, 01 Jun 2025 09:00:03 GMT' };
    expect(retryAfterMs(headers, now)).toBe(3000);
  });

  it('prefers x-acs-retry-after, and falls back to Retry-After when it is unreadable', () => {
    expect(retryAfterMs({ 'x-acs-retry-after': '300', 'retry-after': '9' }, now)).toBe(300);
    expect(retryAfterMs({ 'x-acs-retry-after': 'soon', 'retry-after': '9' }, now)).toBe(9000);
  });

  it('gives null for no hint, zero, a past date or garbage', () => {
    expect(retryAfterMs({}, now)).toBeNull();
    expect(retryAfterMs({ 'x-acs-retry-after': '0' }, now)).toBeNull();
    expect(retryAfterMs({ 'retry-after': '-1' }, now)).toBeNull();
    expect(retryAfterMs({ 'retry-after': 'Sun, 01 Jun 2025 07:00:00 GMT' }, now)).toBeNull();
    expect(retryAfterMs({ 'retry-after': 'later' }, now)).toBeNull();
  });

  it('caps a hint at a minute', () => {
    expect(retryAfterMs({ 'retry-after': '3600' }, now)).toBe(maxRetryAfterMs);
  });
});
