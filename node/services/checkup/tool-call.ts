/**
 * One real tool-call round trip against a model server: a tiny `get_weather(city)` function
 * whose `city` carries the two JSON-Schema constructs OpenClaw's own tools carry and
 * llama.cpp's GBNF compiler rejects — an unanchored `pattern` (openclaw/openclaw#106779:
 * "JSON schema conversion failed: Pattern must start with '^' and end with '$'") and a
 * `maxLength` of 65536 (the `cron` tool's trigger.script bound; PR #108671: "failed to
 * parse grammar … number of repetitions exceeds sane defaults"). When the server refuses
 * it, the same call without them tells whether `compat.toolSchemaProfile: "llamacpp"` helps.
 */
import type { HttpAnswer, ToolFacts } from '@shared/checkup/facts';
import { stepDeadlines } from '@shared/checkup/step-deadlines';
import { httpRequest, type HttpResponse } from '../servers/http-client';

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How much of a tool call's arguments the check-up keeps to show: a server can answer megabytes. */
export const ARGUMENTS_SHOWN_CHARS = 200;

/** The arguments as shown: the first ARGUMENTS_SHOWN_CHARS characters, then an ellipsis. */
export function shownArguments(args: string | null): string | null {
  if (args === null || args.length <= ARGUMENTS_SHOWN_CHARS) return args;
  return `${args.slice(0, ARGUMENTS_SHOWN_CHARS)}…`;
}
const PROMPT = 'What is the weather in Paris? Call the get_weather tool with the city.';

export function weatherSchema(cleaned: boolean): Json {
  const city: Json = { type: 'string', description: 'The city name, e.g. Paris' };
  if (!cleaned) Object.assign(city, { pattern: '[A-Za-z ]+', maxLength: 65536 });
  return { type: 'object', properties: { city }, required: ['city'] };
}

const DESCRIPTION = 'Get the current weather for a city';

/** Servers' grammar/schema compiler failures (llama.cpp and servers built on it). */
const SCHEMA_REJECTION = /grammar|json schema conversion|parser generation|pattern must|unsupported.*schema/i;

export function answerOf(response: HttpResponse): HttpAnswer {
  const body = response.text.length > 600 ? `${response.text.slice(0, 600)}…` : response.text;
  return { status: response.status, body };
}

function chatBody(model: string, cleaned: boolean): Json {
  return {
    model,
    messages: [{ role: 'user', content: PROMPT }],
    tools: [
      {
        type: 'function',
        function: { name: 'get_weather', description: DESCRIPTION, parameters: weatherSchema(cleaned) },
      },
    ],
    tool_choice: 'auto',
    max_tokens: 512,
    temperature: 0,
    stream: false,
  };
}

function responsesBody(model: string, cleaned: boolean): Json {
  return {
    model,
    input: PROMPT,
    tools: [{ type: 'function', name: 'get_weather', description: DESCRIPTION, parameters: weatherSchema(cleaned) }],
    tool_choice: 'auto',
    max_output_tokens: 512,
    stream: false,
  };
}

/** The first tool call's arguments text, or null when the model called no tool. */
function argumentsOf(route: ToolFacts['route'], json: unknown): string | null {
  if (!isObj(json)) return null;
  if (route === 'responses') {
    const output = Array.isArray(json.output) ? json.output.filter(isObj) : [];
    const call = output.find((item) => item.type === 'function_call');
    return call ? (typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? '')) : null;
  }
  const choices = Array.isArray(json.choices) ? json.choices.filter(isObj) : [];
  const message = isObj(choices[0]?.message) ? choices[0].message : null;
  const calls = Array.isArray(message?.tool_calls) ? message.tool_calls.filter(isObj) : [];
  const fn = calls[0] && isObj(calls[0].function) ? calls[0].function : null;
  if (!fn) return null;
  return typeof fn.arguments === 'string' ? fn.arguments : JSON.stringify(fn.arguments ?? '');
}

function hasCity(args: string | null): boolean {
  if (!args) return false;
  try {
    const parsed = JSON.parse(args) as unknown;
    return isObj(parsed) && typeof parsed.city === 'string' && parsed.city.trim() !== '';
  } catch {
    return false;
  }
}

export interface ToolCallTarget {
  openaiBase: string;
  model: string;
  apiKey?: string;
  route: ToolFacts['route'];
  /** Send the schema as OpenClaw would after its llama.cpp cleaner (compat.toolSchemaProfile "llamacpp" or a built-in provider that applies it). */
  cleanSchema?: boolean;
  /** The round trip's deadline (shared/checkup/step-deadlines.ts requestMs, its default when absent). */
  timeoutMs?: number;
}

async function post(target: ToolCallTarget, route: ToolFacts['route'], cleaned: boolean): Promise<HttpResponse> {
  const path = route === 'responses' ? '/responses' : '/chat/completions';
  return httpRequest(`${target.openaiBase}${path}`, {
    method: 'POST',
    body: route === 'responses' ? responsesBody(target.model, cleaned) : chatBody(target.model, cleaned),
    headers: target.apiKey ? { Authorization: `Bearer ${target.apiKey}` } : {},
    timeoutMs: target.timeoutMs ?? stepDeadlines({}).requestMs,
  });
}

const isRejection = (r: HttpResponse) => r.status >= 400 && SCHEMA_REJECTION.test(r.text);
/** LM Studio answers 200 with {"error": "..."} for what it cannot do. */
const errorBody = (r: HttpResponse) => isObj(r.json) && r.json.error !== undefined && r.json.error !== null;

export async function toolRoundTrip(target: ToolCallTarget): Promise<ToolFacts> {
  const facts: ToolFacts = {
    route: target.route,
    answer: null,
    error: null,
    schemaRejected: false,
    cleanedSchemaWorks: null,
    called: false,
    arguments: null,
    argumentsOk: false,
    chatCompletionsWorks: null,
  };
  let response: HttpResponse;
  try {
    response = await post(target, target.route, target.cleanSchema ?? false);
  } catch (error) {
    return { ...facts, error: (error as Error).message };
  }
  facts.answer = answerOf(response);
  if (isRejection(response)) {
    facts.schemaRejected = true;
    try {
      const retry = await post(target, target.route, true);
      facts.cleanedSchemaWorks = retry.status < 400 && !errorBody(retry);
    } catch {
      facts.cleanedSchemaWorks = false;
    }
    return facts;
  }
  if (response.status >= 400) return facts;
  if (errorBody(response)) return { ...facts, error: `HTTP ${response.status} ${facts.answer.body}` };
  const args = argumentsOf(target.route, response.json);
  facts.called = args !== null;
  facts.arguments = shownArguments(args);
  facts.argumentsOk = hasCity(args);
  if (facts.called && !facts.argumentsOk && target.route === 'responses') {
    try {
      const viaChat = await post(target, 'chat-completions', target.cleanSchema ?? false);
      facts.chatCompletionsWorks = viaChat.status < 400 && hasCity(argumentsOf('chat-completions', viaChat.json));
    } catch {
      facts.chatCompletionsWorks = false;
    }
  }
  return facts;
}
