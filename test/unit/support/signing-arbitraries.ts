import fc from 'fast-check';

/**
 * Generators for the signing property tests: the inputs real calls carry (Chinese studio names,
 * emoji, URLs with `&=%+/`, JSON blobs, long descriptions) and the ones encoders get wrong
 * (`* ~ + / = & % ! ' ( )`, spaces, control characters, astral-plane characters).
 */

const ALNUM = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'];
const TRICKY = [...` *~+/=&%!'()?#:;,@$[]"<>{}|\\^\`\t\n`];
const NON_ASCII = ['导', '播', '台', '直', '播', 'é', 'ß', 'Ω', 'ж', 'ا', '😀', '🎬', '𠮷', '\u00a0', '\u3000', '\u200b'];

/** Parameter names as real APIs spell them: a letter, letters/digits, optional `.1.Key` parts. */
export const paramName = fc
  .tuple(
    fc.constantFrom(...ALNUM.slice(0, 52)),
    fc.string({ unit: fc.constantFrom(...ALNUM), maxLength: 20 }),
    fc.array(fc.string({ unit: fc.constantFrom(...ALNUM), minLength: 1, maxLength: 6 }), { maxLength: 2 }),
  )
  .map(([first, rest, parts]) => [first + rest, ...parts].join('.'));

const mixedUnit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ALNUM) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.constantFrom(...NON_ASCII) },
);

/** Parameter values, including empty ones (which must never be sent) and a few KB long ones. */
export const paramValue = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: mixedUnit, maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: mixedUnit, minLength: 500, maxLength: 4000 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A set of business parameters, none named like `reserved` (the signer's own parameters). */
export function paramsWithout(reserved: readonly string[]) {
  return fc.dictionary(
    paramName.filter((name) => !reserved.includes(name)),
    paramValue,
    { maxKeys: 12, noNullPrototype: true },
  );
}

export const method = fc.constantFrom('GET' as const, 'POST' as const);

/** Action names: PascalCase ASCII, as both clouds' actions are. */
export const action = fc.stringMatching(/^[A-Z][A-Za-z]{2,40}$/);

export const version = fc.oneof(fc.constantFrom('2016-11-01', '2023-01-01'), fc.stringMatching(/^20\d\d-[01]\d-[0-3]\d$/));

/** Any instant with milliseconds, 2000–2099: the signers must drop the milliseconds. */
export const signingDate = fc.date({
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2099-12-31T23:59:59Z'),
  noInvalidDate: true,
});

const TOKEN_UNIT = fc.constantFrom(...ALNUM, '+', '/', '=', '.', '_', '-');

/** Long-term or STS credentials; STS tokens are long base64-like strings. */
export const credentials = fc.record({
  accessKeyId: fc.string({ unit: fc.constantFrom(...ALNUM, '.'), minLength: 1, maxLength: 30 }),
  accessKeySecret: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 40 }),
  securityToken: fc.option(fc.string({ unit: TOKEN_UNIT, minLength: 1, maxLength: 1200 }), { nil: undefined }),
});

/** Hosts with and without a port, as an endpoint override may have. */
export const endpoint = fc.record({
  protocol: fc.constantFrom('https:' as const, 'http:' as const),
  host: fc.constantFrom('live.aliyuncs.com', 'live.volcengineapi.com', '127.0.0.1:8443', 'localhost:9000'),
});
