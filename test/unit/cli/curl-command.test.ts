import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curlCommand, shellQuote } from '../../../electron/cli/curl-command';

/** What a POSIX shell makes of the words: each printed as is and NUL-terminated. */
function throughShell(words: readonly string[]): string[] {
  const printed = execFileSync('sh', ['-c', `printf '%s\\0' ${words.map(shellQuote).join(' ')}`], { encoding: 'utf8' });
  return printed.split('\0').slice(0, -1);
}

describe('quoting for a POSIX shell', () => {
  it('leaves plain words bare and single-quotes the rest', () => {
    expect(shellQuote('-sS')).toBe('-sS');
    expect(shellQuote('POST')).toBe('POST');
    expect(shellQuote('')).toBe("''");
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote('$HOME')).toBe("'$HOME'");
    expect(shellQuote('赛事')).toBe("'赛事'");
  });

  it('hands the shell back exactly the words given: Chinese, spaces, quotes, $, backticks, line breaks', () => {
    const words = ['导播 "一"', "it's", '$HOME ${PATH}', '`id`', '$(id)', 'a\\b', '!x', 'line\nbreak', '*', '~', '#c', '', ' ', '\t', "''", '-n'];
    expect(throughShell(words)).toEqual(words);
  });

  it('round-trips any text without NUL through the shell', () => {
    const word = fc.string({ unit: 'grapheme', maxLength: 20 }).filter((w) => !w.includes('\0'));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        expect(throughShell(words)).toEqual(words);
      }),
      { numRuns: 60 },
    );
  });
});

describe('a signed request as a curl command', () => {
  it('sends the method, URL, every header and the body exactly, one option per line', () => {
    const body = '{"Title":"导播 \\"一\\" $x `y`"}';
    const command = curlCommand({
      method: 'POST',
      url: 'https://live.volcengineapi.com/?Action=CreatePullToPushGroup&Version=2023-01-01',
      headers: { Host: 'live.volcengineapi.com', 'X-Date': '20261122T200000Z', Authorization: 'HMAC-SHA256 Credential=AKLT/x, SignedHeaders=host, Signature=ab' },
      body,
    });
    expect(command.split(' \\\n  ')).toEqual([
      "curl -sS -X POST 'https://live.volcengineapi.com/?Action=CreatePullToPushGroup&Version=2023-01-01'",
      "-H 'Host: live.volcengineapi.com'",
      "-H 'X-Date: 20261122T200000Z'",
      "-H 'Authorization: HMAC-SHA256 Credential=AKLT/x, SignedHeaders=host, Signature=ab'",
      `--data-binary '${body}'`,
    ]);
    const words = execFileSync('sh', ['-c', `set -- ${command.replaceAll('\\\n', '')}; printf '%s\\0' "$@"`], { encoding: 'utf8' }).split('\0');
    expect(words.at(-2)).toBe(body);
  });

  it('gives a bodiless POST an explicit zero length and a GET nothing', () => {
    const post = curlCommand({ method: 'POST', url: 'https://live.aliyuncs.com/?A=1', headers: {}, body: null });
    expect(post).toBe("curl -sS -X POST 'https://live.aliyuncs.com/?A=1' \\\n  -H 'Content-Length: 0'");
    expect(curlCommand({ method: 'GET', url: 'https://live.aliyuncs.com/', headers: {}, body: null })).toBe('curl -sS -X GET https://live.aliyuncs.com/');
  });
});
