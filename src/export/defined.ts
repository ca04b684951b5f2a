/** The object without its undefined properties, so records hold no `undefined` and no empty keys. */
export function withDefined<T extends object>(value: T): { [Key in keyof T]: Exclude<T[Key], undefined> } {
  const result: Record<string, unknown> = {};
  for (const key in value) if (value[key] !== undefined) result[key] = value[key];
  return result as { [Key in keyof T]: Exclude<T[Key], undefined> };
}
