import type { IncomingMessage, ServerResponse } from 'node:http';
import { toAppError } from '../../../shared/errors/app-error';
import { readIncoming, headerText } from '../gateway/incoming';
import { Drill } from '../../../shared/domain/rehearsal';

/** What the control endpoint drives. */
export interface ControlTarget {
  drill(drill: Drill): Promise<string>;
  state(): Record<string, unknown>;
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json;charset=utf-8', 'content-length': Buffer.byteLength(text) }).end(text);
}

/**
 * The control endpoint: `POST /drill` with one drill as JSON (answers `{applied}`, a sentence in
 * English like the clouds' own messages, or `{error}`: a typed AppError with an English `message`),
 * `GET /state` for the faults in force. Only requests addressed to the
 * loopback host are served, and a drill must be sent as `application/json` — a web page in a
 * browser on this machine can reach neither without a preflight it never gets.
 */
export function createControlHandler(target: ControlTarget, port: () => number): (req: IncomingMessage, res: ServerResponse) => void {
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const incoming = await readIncoming(req);
    const host = headerText(incoming, 'host');
    if (host !== `127.0.0.1:${port()}` && host !== `localhost:${port()}`) return reply(res, 403, { error: { message: 'the control endpoint answers loopback requests only' } });
    if (incoming.method === 'GET' && incoming.path === '/state') return reply(res, 200, target.state());
    if (incoming.method !== 'POST' || incoming.path !== '/drill') return reply(res, 404, { error: { message: 'POST /drill or GET /state' } });
    if (!(headerText(incoming, 'content-type') ?? '').toLowerCase().startsWith('application/json')) {
      return reply(res, 415, { error: { message: 'send the drill as application/json' } });
    }
    let json: unknown;
    try {
      json = JSON.parse(incoming.body);
    } catch {
      return reply(res, 400, { error: { message: 'the body is not JSON' } });
    }
    const parsed = Drill.safeParse(json);
    if (!parsed.success) {
      return reply(res, 400, { error: { message: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'drill'}: ${issue.message}`).join('; ') } });
    }
    try {
      reply(res, 200, { applied: await target.drill(parsed.data) });
    } catch (thrown) {
      const error = toAppError(thrown);
      reply(res, 400, { error: { ...error, message: error.hint ?? error.code } });
    }
  };
  return (req, res) => {
    handle(req, res).catch((thrown: unknown) => reply(res, 500, { error: { message: thrown instanceof Error ? thrown.message : String(thrown) } }));
  };
}
