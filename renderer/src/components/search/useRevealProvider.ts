/** On the Providers page: scrolls a search result's provider card into view (rendering it if the list is virtualised) and moves focus to it. */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useReveal } from './reveal';

/** Tries for this many frames while a virtualised list renders and measures the card. */
const FRAMES = 30;

export function useRevealProvider(ids: readonly string[], scrollToIndex: (index: number) => void): void {
  const target = useReveal((s) => s.target);
  // The page's latest list and scroller (both new each render), read by the frames below.
  const latest = useRef({ ids, scrollToIndex });
  useLayoutEffect(() => {
    latest.current = { ids, scrollToIndex };
  });
  useEffect(() => {
    if (!target) return;
    const index = latest.current.ids.indexOf(target.provider);
    if (index < 0) return void useReveal.getState().done();
    let frame = 0;
    let handle = 0;
    const step = () => {
      latest.current.scrollToIndex(index);
      const card = document.querySelector<HTMLElement>(`[data-testid="provider-${CSS.escape(target.provider)}"]`);
      if (card && Math.abs(card.getBoundingClientRect().top) < window.innerHeight / 2) {
        if (!card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
        card.focus({ preventScroll: true });
        useReveal.getState().done();
        return;
      }
      if (++frame < FRAMES) handle = requestAnimationFrame(step);
      else useReveal.getState().done();
    };
    handle = requestAnimationFrame(step);
    return () => cancelAnimationFrame(handle);
  }, [target]);
}
