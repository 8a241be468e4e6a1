import { describe, expect, it } from 'vitest';
import en from '../locales/en.json';
import zh from '../locales/zh.json';

function keys(object: object, prefix = ''): string[] {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('interface strings', () => {
  it('every key exists in both languages', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('no string is empty, and each language uses the same interpolations', () => {
    const lookup = (o: object, key: string) =>
      key.split('.').reduce<unknown>((v, p) => (v as Record<string, unknown>)[p], o) as string;
    const flat = (o: object) => Object.fromEntries(keys(o).map((k) => [k, lookup(o, k)]));
    const e = flat(en);
    const z = flat(zh);
    for (const key of Object.keys(e)) {
      expect(e[key].trim(), key).not.toBe('');
      expect(z[key].trim(), key).not.toBe('');
      const vars = (s: string) => (s.match(/{{\w+}}/g) ?? []).sort();
      expect(vars(z[key]), key).toEqual(vars(e[key]));
    }
  });
});
