/** `describe` for vitest tests that need the real OpenClaw: skipped only on the explicit opt-out (kept apart so Playwright specs can use the helpers without vitest). */
import { describe } from 'vitest';
import { openclawOptedOut } from './openclaw';

export const describeWithOpenClaw: typeof describe.skip = openclawOptedOut ? describe.skip : describe;
