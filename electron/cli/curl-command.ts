import type { HttpRequest } from '../cloud/http-request';

// Characters that never need quoting in a POSIX shell word (the set Python's shlex.quote keeps).
const plainWord = /^[A-Za-z0-9_@%+=:,./-]+$/;

/**
 * One word for a POSIX shell (sh, bash, zsh, dash): left bare when only safe characters, else in
 * single quotes, inside which nothing is special — not `$`, backticks, `\`, `!` in scripts, nor
 * line breaks — so a `'` is the only character to handle, written `'\''` (close, escaped quote,
 * reopen). Non-ASCII text such as Chinese is kept as is: the shell passes its bytes through.
 */
export function shellQuote(word: string): string {
  if (plainWord.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * A signed request as a `curl` command that sends it byte for byte: the method, the URL with the
 * signed query, every signed header as built (Host included, the same value curl would send), and
 * the body as the exact string that was hashed, with `--data-binary` so curl neither strips line
 * breaks nor re-encodes it (the signers' bodies start with `{` or a parameter name, never with the
 * `@` that would make curl read a file). A bodiless POST says `Content-Length: 0`, as the client
 * does: curl would send no length at all, which a gateway may refuse. curl's own extra headers
 * (User-Agent, Accept) are not signed, so the gateway ignores them. One option per line, continued
 * with `\`, for reading and pasting.
 */
export function curlCommand(request: HttpRequest): string {
  const body = request.body !== null ? [['--data-binary', request.body]] : request.method === 'POST' ? [['-H', 'Content-Length: 0']] : [];
  const words = [
    ['curl', '-sS', '-X', request.method, request.url],
    ...Object.entries(request.headers).map(([name, value]) => ['-H', `${name}: ${value}`]),
    ...body,
  ];
  return words.map((line) => line.map(shellQuote).join(' ')).join(' \\\n  ');
}
