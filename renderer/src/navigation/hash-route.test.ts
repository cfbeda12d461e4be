/** Page addresses: every page and detail survives a round trip through the hash; unknown addresses open the Overview. */
import { describe, expect, it } from 'vitest';
import { PAGES } from '../stores/app-store';
import { hashOf, routeOf } from './hash-route';

describe('hash routes', () => {
  it.each(PAGES)('#/%s names its page', (page) => {
    expect(routeOf(`#/${page}`)).toEqual({ page, detail: null });
    expect(hashOf({ page, detail: null })).toBe(`#/${page}`);
  });

  it('a model ref keeps its own slash, and odd characters travel escaped', () => {
    const route = { page: 'models' as const, detail: 'lmstudio/qwen3 30b#q4' };
    expect(hashOf(route)).toBe('#/models/lmstudio/qwen3%2030b%23q4');
    expect(routeOf(hashOf(route))).toEqual(route);
  });

  it('#/doctor is the Overview’s check-up; an unknown or broken address opens the Overview', () => {
    expect(routeOf('#/doctor')).toEqual({ page: 'overview', detail: 'doctor' });
    expect(hashOf(routeOf('#/doctor'))).toBe('#/doctor');
    expect(routeOf('')).toEqual({ page: 'overview', detail: null });
    expect(routeOf('#/nowhere')).toEqual({ page: 'overview', detail: null });
    expect(routeOf('#/models/%E0%A4%A')).toEqual({ page: 'models', detail: null });
  });
});
