import { describe, expect, it } from 'vitest';
import { callParamValue, readCallParams } from '../../../electron/cli/call-params';
import { CliError } from '../../../electron/cli/exit-codes';
import { flattenRpcParams } from '../../../electron/cloud/aliyun/rpc-params';

/** The usage error a command line's parameters were refused with. */
function refusal(pairs: string[], body?: string): { key: string; params: CliError['params']; exit: number } {
  try {
    readCallParams(pairs, body);
  } catch (thrown) {
    if (thrown instanceof CliError) return { key: thrown.key, params: thrown.params, exit: thrown.exit };
    throw thrown;
  }
  throw new Error('expected a refusal');
}

describe('lcr call parameters', () => {
  it('sends what parses as JSON as that JSON value and everything else as text', () => {
    expect(readCallParams(['Count=10', 'Flag=true', 'Off=false', 'Name=10abc', 'Tags=[{"Key":"a"}]', 'Empty='], undefined)).toEqual({
      Count: 10,
      Flag: true,
      Off: false,
      Name: '10abc',
      Tags: [{ Key: 'a' }],
      Empty: '',
    });
    expect(callParamValue('{"Host":"live.example.com","Port":1935}')).toEqual({ Host: 'live.example.com', Port: 1935 });
    expect(callParamValue('-2.5')).toBe(-2.5);
    expect(callParamValue('赛事 直播')).toBe('赛事 直播');
  });

  it('sends a JSON string in double quotes as its text: the way to send digits as text', () => {
    expect(callParamValue('"2024"')).toBe('2024');
    expect(callParamValue('"true"')).toBe('true');
    expect(callParamValue('"')).toBe('"');
  });

  it('keeps as typed whatever JSON would change: null, spaced or re-spelled numbers, huge integers', () => {
    expect(callParamValue('null')).toBe('null');
    for (const text of ['1e3', '1.0', '007', ' 10', '10 ', '-0', '12345678901234567890', '1e999', ' true']) expect(callParamValue(text)).toBe(text);
  });

  it('splits at the first "=", so a value may hold more', () => {
    expect(readCallParams(['Filter=a=b', 'Url=rtmp://x/live?k=v'], undefined)).toEqual({ Filter: 'a=b', Url: 'rtmp://x/live?k=v' });
  });

  it('leaves an empty value for the signers to drop, so Key= sends nothing', () => {
    const params = readCallParams(['RegionId=', 'CasterId=c-1'], undefined);
    expect(flattenRpcParams(params)).toEqual({ CasterId: 'c-1' });
  });

  it('refuses a repeated key and an argument that is not Key=Value (exit 2)', () => {
    expect(refusal(['A=1', 'A=2'])).toEqual({ key: 'cli.usage.repeatedParam', params: { name: 'A' }, exit: 2 });
    expect(refusal(['A=1', 'A=1'])).toMatchObject({ key: 'cli.usage.repeatedParam' });
    expect(refusal(['CasterId'])).toEqual({ key: 'cli.usage.notParam', params: { argument: 'CasterId' }, exit: 2 });
    expect(refusal(['=x'])).toMatchObject({ key: 'cli.usage.notParam', params: { argument: '=x' } });
  });

  it('merges --body with Key=Value, refusing a key given in both', () => {
    expect(readCallParams(['Size=10'], '{"Title":"导播 \\"一\\"","Tags":["a"]}')).toEqual({ Title: '导播 "一"', Tags: ['a'], Size: 10 });
    expect(readCallParams([], '{}')).toEqual({});
    expect(refusal(['Title=x'], '{"Title":"y"}')).toEqual({ key: 'cli.usage.paramInBody', params: { name: 'Title' }, exit: 2 });
  });

  it('takes --body only as one JSON object', () => {
    for (const body of ['', 'not json', '[1,2]', '"text"', '10', 'null']) expect(refusal([], body).key).toBe('cli.usage.bodyNotObject');
  });

  it('keeps a parameter named __proto__ as a parameter', () => {
    const params = readCallParams(['__proto__=x'], undefined);
    expect(Object.keys(params)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(params)).toBe(Object.prototype);
  });
});
