/** Shows what an address names on its page (`#/models/<ref>`, `#/providers/<id>`, `#/doctor`): scrolled into view and focused once it is drawn. */
import { useEffect } from 'react';
import type { Page } from '../stores/app-store';
import { useAppStore } from '../stores';

/** The element an address's detail names on its page. */
export function routeTarget(page: Page, detail: string): string {
  if (page === 'models') return `[data-ref="${CSS.escape(detail)}"]`;
  if (page === 'providers') return `[data-testid="provider-${CSS.escape(detail)}"]`;
  return `[data-testid="${CSS.escape(detail)}"]`;
}

/** How long to wait for a page's chunk and data before giving up on the target (frames). */
const MAX_FRAMES = 120;

export function useRouteFocus(): void {
  const page = useAppStore((s) => s.page);
  const detail = useAppStore((s) => s.detail);
  useEffect(() => {
    if (!detail) return;
    const selector = routeTarget(page, detail);
    let frame = 0;
    let handle = 0;
    const look = () => {
      const target = document.querySelector<HTMLElement>(selector);
      if (target) {
        target.scrollIntoView({ block: 'center' });
        if (!target.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(target.tagName))
          target.setAttribute('tabindex', '-1');
        target.focus({ preventScroll: true });
      } else if (++frame < MAX_FRAMES) handle = requestAnimationFrame(look);
    };
    handle = requestAnimationFrame(look);
    return () => cancelAnimationFrame(handle);
  }, [page, detail]);
}
