/** The languages the app speaks, and the language choice the panel's Settings saves (null: follow the OS). */
import { z } from 'zod';

export const APP_LANGUAGES = ['en', 'zh-CN'] as const;
export type AppLanguage = (typeof APP_LANGUAGES)[number];

export const languageChoiceSchema = z.object({ choice: z.enum(APP_LANGUAGES).nullable() });
export type LanguageChoice = z.infer<typeof languageChoiceSchema>;
