/**
 * A provider error the rehearsal cloud answers with: the HTTP status and the `Code` exactly as the
 * reference documents them, and a message in the provider's words. Action handlers throw it; the
 * provider's gateway turns it into that provider's error envelope.
 */
export class CloudFault extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CloudFault';
  }
}
