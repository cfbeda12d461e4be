import { describe, expect, it } from 'vitest';
import { calls, events } from './contract';
import { CALL_NAMES, EVENT_NAMES, callChannel, isCallName, isEventName } from './names';

describe('API contract', () => {
  it('declares exactly the call names the preload exposes', () => {
    expect(Object.keys(calls).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('declares exactly the event names the preload forwards', () => {
    expect(Object.keys(events).sort()).toEqual([...EVENT_NAMES].sort());
  });

  it('gives every call its own IPC channel', () => {
    const channels = CALL_NAMES.map(callChannel);
    expect(new Set(channels).size).toBe(CALL_NAMES.length);
  });

  it('recognises only declared names', () => {
    expect(isCallName('getConfigSummary')).toBe(true);
    expect(isCallName('constructor')).toBe(false);
    expect(isCallName('__proto__')).toBe(false);
    expect(isCallName(42)).toBe(false);
    expect(isEventName('configChanged')).toBe(true);
    expect(isEventName('toString')).toBe(false);
  });
});
