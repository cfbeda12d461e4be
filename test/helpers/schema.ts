/** OpenClaw's JSON Schema as shipped with Claw Control (the pinned release's), compiled once per test file. */
import { loadBundledSchema } from '@node/services/openclaw/schema-source';
import { createSchemaValidator, type SchemaValidator } from '@node/services/openclaw/schema-validator';

let pending: Promise<SchemaValidator> | null = null;
export function bundledValidator(): Promise<SchemaValidator> {
  pending ??= loadBundledSchema().then(({ schema, version }) => createSchemaValidator(schema, version));
  return pending;
}

/** A `schemaValidate` for createConfigStore that checks against the shipped schema. */
export const bundledSchemaValidate = async (config: unknown) => (await bundledValidator()).validate(config);
