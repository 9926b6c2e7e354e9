/**
 * An AccessKey ID as it may be shown: the first four and last three characters (`LTAI****9P6`),
 * enough to tell keys apart at a glance and to match them against the cloud console, never
 * enough to use. Short values show nothing but the mask.
 */
export function maskAccessKeyId(id: string): string {
  const trimmed = id.trim();
  if (trimmed.length < 10) return '****';
  return `${trimmed.slice(0, 4)}****${trimmed.slice(-3)}`;
}
