import type { ChannelName, ParsedRequestOf, ResponseOf } from '../../shared/contract/channels';

/** Who sent a request: the URL of the page (Electron frame URL, or the harness page's origin). */
export interface Sender {
  url: string;
}

/** Answers one channel with its validated request. May throw an AppErrorException. */
export type Handler<C extends ChannelName> = (
  request: ParsedRequestOf<C>,
  sender: Sender,
) => ResponseOf<C> | Promise<ResponseOf<C>>;

/** One handler for every channel of the contract: the compiler refuses a missing one. */
export type Handlers = { [C in ChannelName]: Handler<C> };
