/**
 * Whether a server that is up can also answer: a real 1-token chat completion on a model it
 * already has loaded, with its own deadline, remembered for a while — a server whose /health
 * says "ok" while every request gets 500 (llama.cpp#27309: a Metal out-of-memory during load,
 * "model loaded" printed anyway) is down, with the server's own error and the likely cause.
 */
import { msg } from '@shared/i18n/message';
import type { ProbedModel, ServerKind, ServerProblem } from '@shared/servers/probe-result';
import { HttpError, httpRequest } from './http-client';

/** One token on a loaded model is quick; a busy server (every slot generating) may queue it this long. */
export const ANSWER_TIMEOUT_MS = 10_000;
/**
 * A server that answered is asked again after this long: longer than Ollama's default 5-minute
 * keep-alive, so the check alone never keeps a model loaded that would otherwise unload.
 */
export const ANSWER_OK_CACHE_MS = 10 * 60_000;
/** A server that failed, or gave no verdict (deadline, reset), is asked again soon: it may have been restarted. */
export const ANSWER_FAILED_CACHE_MS = 30_000;

/**
 * The kinds whose listing says which model is loaded, so the check loads nothing. LiteLLM is left
 * out (it may route to a paid hosted model), as are generic servers (loaded state unknown).
 */
const CHECKED_KINDS: readonly ServerKind[] = ['llamacpp', 'llama-app', 'vllm', 'lmstudio', 'ollama', 'exo'];

/** The model to ask: the first loaded chat model, on a kind whose loaded state is known. */
export function answerCandidate(kind: ServerKind, models: readonly ProbedModel[]): ProbedModel | null {
  if (!CHECKED_KINDS.includes(kind)) return null;
  return models.find((m) => m.loaded === true && m.type !== 'embedding') ?? null;
}

export interface AnswerTarget {
  /** The server as the user configured it (named in the message). */
  baseUrl: string;
  /** Its OpenAI-compatible base, `…/v1`. */
  openaiBase: string;
  kind: ServerKind;
  model: ProbedModel;
  apiKey?: string;
}

type Verdict = { at: number; problem: ServerProblem | null; known: boolean };
const remembered = new Map<string, Verdict>();

/** Forgets every remembered verdict (tests; a user's "refresh" goes through the normal TTLs). */
export function forgetAnswers(): void {
  remembered.clear();
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The server's own words for the failure: OpenAI-style `error.message`, a plain `error`, else the body. */
function serverError(json: unknown, text: string): string {
  const error = isObj(json) ? json.error : null;
  const said =
    isObj(error) && typeof error.message === 'string' ? error.message : typeof error === 'string' ? error : text;
  const trimmed = said.trim().replace(/\s+/g, ' ');
  return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed || '(empty body)';
}

function notAnswering(target: AnswerTarget, status: number, error: string): ServerProblem {
  const context = target.model.contextLength;
  return {
    code: 'not-answering',
    message: msg('servers.problem.notAnswering', { url: target.baseUrl, model: target.model.id, status, error }),
    advice: context
      ? msg('servers.advice.notAnsweringContext', { tokens: context })
      : msg('servers.advice.notAnswering'),
  };
}

/** What one 1-token completion came to, as OpenClaw would meet it (the drill's "would it answer"). */
export interface AskOutcome {
  outcome: 'answers' | 'error' | 'timeout' | 'unreachable';
  /** The HTTP status, when the server answered at all. */
  status: number | null;
  /** The server's own words for the failure, or what cut the request off. */
  error: string | null;
}

/** The 1-token request itself, with a deadline; every outcome is data (a non-HTTP fault is thrown). */
export async function askOnce(
  target: Pick<AnswerTarget, 'openaiBase' | 'apiKey'> & { model: string },
  timeoutMs: number,
): Promise<AskOutcome> {
  let response;
  try {
    response = await httpRequest(`${target.openaiBase}/chat/completions`, {
      method: 'POST',
      body: {
        model: target.model,
        messages: [{ role: 'user', content: '.' }],
        max_tokens: 1,
        temperature: 0,
        stream: false,
      },
      timeoutMs,
      headers: target.apiKey ? { Authorization: `Bearer ${target.apiKey}` } : {},
    });
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return { outcome: error.failure === 'timeout' ? 'timeout' : 'unreachable', status: null, error: error.message };
  }
  const failed =
    response.status >= 400 || (isObj(response.json) && response.json.error !== undefined && !response.json.choices);
  return failed
    ? { outcome: 'error', status: response.status, error: serverError(response.json, response.text) }
    : { outcome: 'answers', status: response.status, error: null };
}

/**
 * Asks for one token. A 5xx (or an error in a 200 body) is a verdict: not answering. No verdict when
 * the request itself could not finish (deadline, connection reset: a busy or restarting server), the
 * server refused the request shape (4xx: the probe's listing already judged reachability) or has no
 * chat completions at all (501).
 */
async function ask(target: AnswerTarget): Promise<ServerProblem | null | 'unknown'> {
  const said = await askOnce({ ...target, model: target.model.id }, ANSWER_TIMEOUT_MS);
  if (said.outcome === 'timeout' || said.outcome === 'unreachable') return 'unknown';
  if (said.outcome === 'answers' || said.status === null) return null;
  // 501 is a server without chat completions (llama-server started with --embeddings), not a fault.
  if (said.status >= 500 && said.status !== 501) return notAnswering(target, said.status, said.error ?? '');
  if (said.status < 300) return notAnswering(target, said.status, said.error ?? '');
  return null;
}

/** The remembered verdict for this server and model, else a fresh one. */
export async function checkAnswers(target: AnswerTarget, now: () => number = Date.now): Promise<ServerProblem | null> {
  const key = `${target.openaiBase} ${target.model.id} ${target.apiKey ?? ''}`;
  const hit = remembered.get(key);
  if (hit && now() - hit.at < (hit.problem || !hit.known ? ANSWER_FAILED_CACHE_MS : ANSWER_OK_CACHE_MS))
    return hit.problem;
  const asked = await ask(target);
  const problem = asked === 'unknown' ? null : asked;
  remembered.set(key, { at: now(), problem, known: asked !== 'unknown' });
  return problem;
}
