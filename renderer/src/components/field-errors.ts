/**
 * Typed values a field refuses and so has not put in the draft (a URL without its scheme,
 * "ten minutes" for a timeout), by config path: the save bar lists them and keeps Save
 * disabled while any is there, so nothing half-typed is lost or saved around.
 */
import { useEffect } from 'react';
import { create } from 'zustand';
import type { Message } from '@shared/i18n/message';

export interface FieldRefusal {
  /** The field's label, as shown. */
  label: string;
  /** Why it is refused. */
  problem: Message;
}

interface FieldErrorsState {
  refused: Readonly<Record<string, FieldRefusal>>;
  report(path: string, refusal: FieldRefusal | undefined): void;
}

export const useFieldErrors = create<FieldErrorsState>((set) => ({
  refused: {},
  report: (path, refusal) =>
    set((state) => {
      if (!refusal) {
        if (!(path in state.refused)) return state;
        const rest = { ...state.refused };
        delete rest[path];
        return { refused: rest };
      }
      const before = state.refused[path];
      if (
        before &&
        before.label === refusal.label &&
        JSON.stringify(before.problem) === JSON.stringify(refusal.problem)
      )
        return state;
      return { refused: { ...state.refused, [path]: refusal } };
    }),
}));

/** Reports this field's refusal while it lasts (and withdraws it when the field is fixed or unmounted). */
export function useReportRefusal(path: string, refusal: FieldRefusal | undefined): void {
  const report = useFieldErrors((s) => s.report);
  const key = refusal ? JSON.stringify(refusal) : '';
  useEffect(() => {
    report(path, key ? (JSON.parse(key) as FieldRefusal) : undefined);
    return () => report(path, undefined);
  }, [path, key, report]);
}
