/**
 * Long lists a screenful at a time: above VIRTUAL_ABOVE items only the rows near the
 * window's viewport are in the DOM (@tanstack/react-virtual, measuring each row's real
 * height), with spacers holding the rest of the list's height so the page scrolls as if
 * every row were there. Short lists render every row, as before.
 */
import { useLayoutEffect, useState } from 'react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';

/** Lists longer than this are virtualised (50 providers × 200 models must paint within 1 s). */
export const VIRTUAL_ABOVE = 40;

export interface WindowRows {
  /** The list element's ref callback: its distance from the top of the page places the rows. */
  attach: (element: HTMLElement | null) => void;
  /** The indexes to render now, in order. */
  indexes: number[];
  /** Space to keep before the first and after the last rendered row (px; 0 when not virtualised). */
  before: number;
  after: number;
  /** Put on each rendered row's element (with `data-index`) so its real height is measured. */
  measure: (element: Element | null) => void;
  virtual: boolean;
  /** Brings row `index` to the top of the window (rendering it first when the list is virtualised). */
  scrollToIndex(index: number): void;
}

export function useWindowRows(count: number, estimatePx: number, gapPx = 0): WindowRows {
  const [list, attach] = useState<HTMLElement | null>(null);
  const [margin, setMargin] = useState(0);
  const virtual = count > VIRTUAL_ABOVE;
  // Where the list starts on the page; content above it (cards loading) can move it, and
  // that changes the page's height, so the page's size is watched.
  useLayoutEffect(() => {
    if (!list || !virtual) return;
    const place = () => setMargin(Math.round(list.getBoundingClientRect().top + window.scrollY));
    place();
    const observer = new ResizeObserver(place);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [list, virtual]);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimatePx,
    overscan: 6,
    gap: gapPx,
    scrollMargin: margin,
    enabled: virtual,
  });
  if (!virtual) {
    const scrollToIndex = (index: number) =>
      list?.querySelector(`:scope > [data-index="${index}"]`)?.scrollIntoView({ block: 'start' });
    return {
      attach,
      indexes: [...Array(count).keys()],
      before: 0,
      after: 0,
      measure: () => undefined,
      virtual,
      scrollToIndex,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    attach,
    indexes: items.map((item) => item.index),
    before: first ? first.start - margin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - margin) : 0,
    measure: virtualizer.measureElement,
    virtual,
    scrollToIndex: (index) => virtualizer.scrollToIndex(index, { align: 'start' }),
  };
}
