import { describe, expect, it } from 'vitest';
import { MERGE_MODE_NOTE } from './model-row-operations';
import { applyOperations } from './operations';

const lmstudio = { baseUrl: 'http://127.0.0.1:1234/v1', apiKey: 'lmstudio', api: 'openai-responses', models: [] };

describe('keepMergeMode (sent with every added provider)', () => {
  it('writes models.mode "merge" before the providers of a config that has none, with the guidance\'s reason', () => {
    const { config, notes } = applyOperations({}, [
      { op: 'keepMergeMode' },
      { op: 'addProvider', id: 'lmstudio', provider: lmstudio },
    ]);
    expect(config).toEqual({ models: { mode: 'merge', providers: { lmstudio } } });
    expect(Object.keys(config.models as object)).toEqual(['mode', 'providers']);
    expect(notes).toEqual([MERGE_MODE_NOTE]);
  });

  it('leaves a mode the user chose alone, "replace" included, and says nothing', () => {
    const { config, notes } = applyOperations({ models: { mode: 'replace' } }, [{ op: 'keepMergeMode' }]);
    expect(config).toEqual({ models: { mode: 'replace' } });
    expect(notes).toEqual([]);
  });
});
