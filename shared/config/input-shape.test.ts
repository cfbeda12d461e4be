import { describe, expect, it } from 'vitest';
import { inputSchema } from './input-shape';

describe('inputSchema: a field with a default in OpenClaw’s schema is optional in the user’s file', () => {
  it('drops required entries whose schema, $ref target or allOf part has a default, and keeps the rest', () => {
    const schema = {
      $defs: { policy: { type: 'string', default: 'pairing' } },
      type: 'object',
      properties: {
        dmPolicy: { type: 'string', default: 'pairing' },
        viaRef: { $ref: '#/$defs/policy' },
        viaAllOf: { allOf: [{ $ref: '#/$defs/policy' }] },
        botToken: { type: 'string' },
        nested: {
          type: 'object',
          properties: { mode: { default: 'socket', type: 'string' } },
          required: ['mode'],
        },
      },
      required: ['dmPolicy', 'viaRef', 'viaAllOf', 'botToken'],
    };
    const { schema: input, optional } = inputSchema(schema);
    expect(input.required).toEqual(['botToken']);
    expect((input.properties as { nested: Record<string, unknown> }).nested.required).toBeUndefined();
    expect(optional).toEqual(['.dmPolicy', '.viaRef', '.viaAllOf', 'properties/nested.mode']);
    expect(schema.required).toHaveLength(4);
  });
});
