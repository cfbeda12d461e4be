/** A tool call's arguments are kept to show only in part: a server answering megabytes does not print megabytes. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARGUMENTS_SHOWN_CHARS, toolRoundTrip } from './tool-call';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/server-responses.json');

describe('toolRoundTrip: the arguments shown are truncated', () => {
  const servers: ReturnType<typeof createServer>[] = [];
  afterAll(() => servers.forEach((s) => s.close()));

  it('keeps ARGUMENTS_SHOWN_CHARS of 3 MB of arguments, and still judges the whole call', async () => {
    // vLLM's recorded chat completion (server-responses.json, vllm.v1_chat_completions_ok), with a
    // tool call in OpenAI's documented shape (platform.openai.com/docs/api-reference/chat/object:
    // choices[].message.tool_calls[] = {id, type: "function", function: {name, arguments}}).
    const recorded = JSON.parse(await readFile(FIXTURE, 'utf8')) as {
      vllm: { v1_chat_completions_ok: { body: { choices: { message: Record<string, unknown> }[] } } };
    };
    const body = structuredClone(recorded.vllm.v1_chat_completions_ok.body);
    const args = JSON.stringify({ city: 'Paris', note: 'x'.repeat(3 * 1024 * 1024) });
    body.choices[0]!.message.tool_calls = [
      { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: args } },
    ];
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body)));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const facts = await toolRoundTrip({
      openaiBase: `http://127.0.0.1:${port}/v1`,
      model: 'm',
      route: 'chat-completions',
    });
    expect(facts.called).toBe(true);
    expect(facts.argumentsOk).toBe(true);
    expect(facts.arguments!.length).toBeLessThanOrEqual(ARGUMENTS_SHOWN_CHARS + 1);
    expect(facts.arguments!.startsWith('{"city":"Paris"')).toBe(true);
  });
});
