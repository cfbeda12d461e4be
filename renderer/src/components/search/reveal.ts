/** Which provider (and model) a search result asked the Providers page to bring into view; the page clears it once shown. */
import { create } from 'zustand';

export interface RevealState {
  target: { provider: string; model?: string } | null;
  reveal(provider: string, model?: string): void;
  done(): void;
}

export const useReveal = create<RevealState>((set) => ({
  target: null,
  reveal: (provider, model) => set({ target: { provider, ...(model ? { model } : {}) } }),
  done: () => set({ target: null }),
}));
