/** A view's fit verdicts from the one fits store: what it asks for (a row with its draft context), and the answers when they come. */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { rowContext } from '@shared/fit/config-fit';
import { requestKey, requestOfKey, type FitRequest } from '@shared/fit/model-facts';
import { useFits } from '@renderer/stores';
import type { FitAnswer } from '@renderer/stores/fits';
import type { Failure } from '@renderer/stores/failure';

/** What to ask of a configured row: its ref, the context the draft budgets, and a GGUF file the user pointed it at. */
export function useFitRequest(providerId: string, row: Record<string, unknown>): FitRequest {
  return requestOfRow(
    providerId,
    row,
    useFits((s) => s.gguf),
  );
}

/** The same, given the GGUF files the user pointed models at (for a list of rows). */
export function requestOfRow(
  providerId: string,
  row: Record<string, unknown>,
  ggufFiles: Readonly<Record<string, string>>,
): FitRequest {
  const model = `${providerId}/${String(row.id)}`;
  const gguf = ggufFiles[model];
  const context = rowContext(row);
  return { model, ...(context !== undefined ? { context } : {}), ...(gguf !== undefined ? { gguf } : {}) };
}

export interface FitShown {
  request: FitRequest;
  answer: FitAnswer | undefined;
  error: Failure | undefined;
}

/** The answers to these asks (undefined while being sized); asks again when an answer has aged. */
export function useFitAnswers(requests: readonly FitRequest[]): FitShown[] {
  const keys = requests.map(requestKey);
  const joined = JSON.stringify(keys);
  const answers = useFits(useShallow((s) => keys.map((key) => s.answers[key]?.answer)));
  const errors = useFits(useShallow((s) => keys.map((key) => s.errors[key])));
  const generation = useFits((s) => s.generation);
  useEffect(() => {
    const asked = (JSON.parse(joined) as string[]).map(requestOfKey);
    if (asked.length > 0) useFits.getState().request(asked);
  }, [joined, generation]);
  return requests.map((request, i) => ({ request, answer: answers[i], error: errors[i] }));
}
