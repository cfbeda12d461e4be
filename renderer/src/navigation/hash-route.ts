/**
 * The panel's page addresses: `#/providers`, `#/providers/<id>`, `#/models/<ref>`, `#/doctor`,
 * `#/repair`… read from and written to the address's hash, so a reload stays on its page and
 * the browser's back and forward move between pages (the desktop app's file:// page the same).
 */
import { PAGES, type Page } from '../stores/app-store';

export interface Route {
  page: Page;
  /** What on the page the address names (a provider id, a model ref, `doctor`), or null. */
  detail: string | null;
}

/** Addresses that name a place on another page: `#/doctor` is the Overview's check-up card. */
const ALIASES: Readonly<Record<string, Route>> = { doctor: { page: 'overview', detail: 'doctor' } };

export const DEFAULT_ROUTE: Route = { page: 'overview', detail: null };

const decode = (part: string): string | null => {
  try {
    return decodeURIComponent(part);
  } catch {
    return null; // A malformed %-escape names nothing.
  }
};

/** The route an address's hash names; anything it does not know opens the Overview. */
export function routeOf(hash: string): Route {
  const path = hash.replace(/^#\/?/, '');
  if (!path) return DEFAULT_ROUTE;
  const slash = path.indexOf('/');
  const head = decode(slash < 0 ? path : path.slice(0, slash)) ?? '';
  const rest = slash < 0 ? '' : path.slice(slash + 1);
  const alias = ALIASES[head];
  if (alias) return alias;
  if (!(PAGES as readonly string[]).includes(head)) return DEFAULT_ROUTE;
  // A model ref has its own slash (provider/model): everything after the page is the detail.
  return { page: head as Page, detail: rest ? decode(rest) : null };
}

/** The hash of a route (`#/models/lmstudio/qwen3`): each segment of the detail escaped, its slashes kept. */
export function hashOf(route: Route): string {
  if (route.page === 'overview' && route.detail === 'doctor') return '#/doctor';
  const detail = route.detail ? `/${route.detail.split('/').map(encodeURIComponent).join('/')}` : '';
  return `#/${route.page}${detail}`;
}

export const sameRoute = (a: Route, b: Route): boolean => a.page === b.page && a.detail === b.detail;
