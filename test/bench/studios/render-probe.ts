import type { Page } from '@playwright/test';

// A one-shot timer in the page for "input → the result painted": it starts at the operator's
// event (a click, a key, a picker's change, a field's input or a scroll, seen by a capturing
// listener on the window, stamped with the event's own timeStamp)
// and stops at the first frame painted once the DOM shows the result — `selector` matches — taken
// as the task after the next animation frame (requestAnimationFrame, then a MessageChannel
// message, which runs once that frame has been handed to the compositor); the moment the DOM
// first matched is kept too, to tell rendering from waiting for a frame. The stamps are the
// page's performance clock, so no clock crosses processes. The page side is plain JavaScript
// text: a function handed to page.evaluate would carry the `__name` helper tsx (esbuild's
// keepNames) wraps around named inner functions, which does not exist in the page.

/** What ends a measurement: the trigger to wait for and what the DOM shows when the result is in. */
export interface Probe {
  /** The event that starts the clock; a scroll's is the frame the list moved in. */
  trigger: 'click' | 'keydown' | 'change' | 'input' | 'scroll';
  /** Matches once the result is on screen (the new list, the new order). */
  selector: string;
}

/** The page-side probe, armed with its trigger and selector as JSON. */
const probeSource = (probe: Probe) => `
  window.lcrProbe = new Promise((resolve) => {
    const { trigger, selector } = ${JSON.stringify(probe)};
    let start = null;
    let shown = null;
    const observer = new MutationObserver(() => check());
    function painted() {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ start, shown, painted: performance.now() });
      channel.port2.postMessage(null);
    }
    function check() {
      if (start === null || document.querySelector(selector) === null) return;
      observer.disconnect();
      shown = performance.now();
      requestAnimationFrame(painted);
    }
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-rowcount', 'aria-sort'] });
    addEventListener(trigger, (event) => { start = event.timeStamp; queueMicrotask(check); }, { capture: true, once: true });
  });
  undefined;
`;

/** When the trigger came, when the DOM showed the result and when it was painted, on the page's performance clock. */
export interface Stamps {
  start: number;
  shown: number;
  painted: number;
}

/** Arms a probe, does `act` (which must cause the trigger), and answers both stamps. */
export async function stampIt(page: Page, probe: Probe, act: () => Promise<void>): Promise<Stamps> {
  await page.evaluate(probeSource(probe));
  await act();
  return page.evaluate<Stamps>('window.lcrProbe');
}

/** Arms a probe, does `act` (which must cause the trigger), and answers the milliseconds to the painted result. */
export async function timeIt(page: Page, probe: Probe, act: () => Promise<void>): Promise<number> {
  const { start, painted } = await stampIt(page, probe, act);
  return painted - start;
}
