/**
 * Where a running rehearsal cloud answers and with which keys: exactly the one line
 * `lcr rehearsal` prints on stdout, which scripts and tests parse.
 */
export interface RehearsalInfo {
  aliyun: { endpoint: string; accessKeyId: string; accessKeySecret: string };
  volcengine: { endpoint: string; accessKeyId: string; secretKey: string; region: string };
  control: string;
}
