import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Language } from '../pipeline/types';

const forbiddenSchema = z
  .object({
    /** The rendering that carries another legal effect: a substring (zh) or a pattern (en). */
    text: z.string().min(1),
    reason: z.string().min(1),
    /** A regular expression of the source that makes this rendering right after all ("declar" for 声明). */
    unless: z.string().min(1).optional(),
  })
  .strict();

/**
 * One term of art. `en` are case-insensitive patterns matched at a word start ("indemnif" finds
 * indemnify, indemnification); `zh` are substrings. When the official text has one of its
 * language's forms, the translation must have one of the other language's forms and none of
 * the `forbidden` renderings of its language.
 */
export const termSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** Only when the official text is in this language: 赔偿 → "compensate" is right, "indemnify" → 补偿 is not. */
    from: z.enum(['en', 'zh']).optional(),
    en: z.array(z.string().min(1)).min(1),
    zh: z.array(z.string().min(1)).min(1),
    /** Source words that contain a form but are another term ("终止" inside "不终止" is still 终止). */
    except: z
      .object({ en: z.array(z.string()).optional(), zh: z.array(z.string()).optional() })
      .strict()
      .optional(),
    forbidden: z
      .object({ en: z.array(forbiddenSchema).optional(), zh: z.array(forbiddenSchema).optional() })
      .strict()
      .optional(),
    note: z.string().optional(),
  })
  .strict();

/** A defined term of one agreement's official text and its one rendering in the translation. */
export const definedTermSchema = z
  .object({
    term: z.string().min(1),
    rendering: z.string().min(1),
    /**
     * Check the definition only, not every use: for a term whose plain word is everywhere in the
     * text and means the same ("服务", "阿里云"). Give the reason.
     */
    definitionOnly: z.string().min(1).optional(),
  })
  .strict();

export const termbaseSchema = z
  .object({
    terms: z.array(termSchema),
    defined: z.record(z.string(), z.array(definedTermSchema)),
  })
  .strict();

export type Term = z.infer<typeof termSchema>;
export type DefinedTermEntry = z.infer<typeof definedTermSchema>;
export type Termbase = z.infer<typeof termbaseSchema>;

export const termbaseFile = path.join('content', 'termbase.yaml');

/** Reads and validates a termbase file; throws with the file name and the first problem. */
export function loadTermbase(file = termbaseFile): Termbase {
  const parsed = termbaseSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${file}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}

/** Where a term form occurs in a text: English forms at a word start, case-insensitive. */
export function findForm(text: string, form: string, language: Language): boolean {
  if (language === 'zh') return text.includes(form);
  return new RegExp(`\\b${form}`, 'i').test(text);
}

/** The first of `forms` the text has, after removing the `except` words. */
export function firstForm(
  text: string,
  forms: string[],
  language: Language,
  except: string[] = [],
): string | null {
  let rest = text;
  for (const word of except)
    rest = language === 'zh' ? rest.split(word).join('') : rest.replace(new RegExp(`\\b${word}`, 'gi'), '');
  return forms.find((form) => findForm(rest, form, language)) ?? null;
}
