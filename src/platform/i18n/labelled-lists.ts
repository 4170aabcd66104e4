import fs from 'node:fs';
import { z } from 'zod';
import { LOCALES, type Locale } from './index.ts';

/**
 * Closed lists kept as content rather than code (a support session's themes, a help point's services, …): a
 * JSON file with a version and named lists of codes, each with a label in every language. Codes are stored and
 * exported, so once used they stay; a label may change.
 */
export interface Labelled {
  code: string;
  label: Record<Locale, string>;
}

export interface ListRules {
  /** The word for one item in start-up errors: « the service code « x » is used twice ». */
  noun: string;
  /** A catch-all code that must be there, and last. */
  last?: string;
}

const label = z.string().trim().min(1, 'a label is empty');
const item = z.strictObject({
  code: z.string().regex(/^[a-z_]+$/, 'a code is lowercase letters and « _ » only'),
  ...(Object.fromEntries(LOCALES.map((l) => [l, label])) as Record<Locale, typeof label>),
});

/**
 * Reads and checks such a file. A language left out, a code used twice or the catch-all not last is an error at
 * start-up, naming the file and the item, rather than a form with a blank choice.
 */
export function readLabelledLists<K extends string>(
  file: string,
  lists: Record<K, ListRules>,
): { version: number } & Record<K, Labelled[]> {
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: ${(e as Error).message}`);
  }
  const shape = z.strictObject({
    version: z.number().int().positive(),
    ...(Object.fromEntries(Object.keys(lists).map((k) => [k, z.array(item).min(1)])) as Record<
      K,
      z.ZodArray<typeof item>
    >),
  });
  const parsed = shape.safeParse(json);
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  const data = parsed.data as { version: number } & Record<K, z.infer<typeof item>[]>;
  const out = { version: data.version } as { version: number } & Record<K, Labelled[]>;
  for (const [key, rules] of Object.entries(lists) as [K, ListRules][]) {
    const seen = new Set<string>();
    for (const t of data[key]) {
      if (seen.has(t.code)) throw new Error(`${file}: the ${rules.noun} code « ${t.code} » is used twice`);
      seen.add(t.code);
    }
    if (rules.last && data[key].at(-1)?.code !== rules.last)
      throw new Error(`${file}: the ${rules.noun} « ${rules.last} » must be there, and last`);
    (out as Record<K, Labelled[]>)[key] = data[key].map((t) => ({
      code: t.code,
      label: Object.fromEntries(LOCALES.map((l) => [l, t[l]])) as Record<Locale, string>,
    }));
  }
  return out;
}

/** An item's label in one language. A code the file no longer has shows as itself rather than failing a page. */
export function labelOf(list: readonly Labelled[], code: string, locale: Locale): string {
  return list.find((t) => t.code === code)?.label[locale] ?? code;
}
