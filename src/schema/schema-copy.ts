/**
 * A copy of a JSON Schema for a generator: each keyword at every level is
 * kept or dropped as `keep` says, and each copied subschema may be reshaped.
 * The names under `properties` and `$defs` are names, never taken for
 * keywords: a property called `title` stays.
 */
export function copySchema(
  schema: unknown,
  keep: (keyword: string, value: unknown) => boolean,
  reshape: (subschema: Record<string, unknown>) => Record<string, unknown> = (subschema) => subschema,
): unknown {
  const copy = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(copy);
    if (node === null || typeof node !== 'object') return node;
    const kept = Object.entries(node).flatMap(([keyword, value]): [string, unknown][] => {
      if (keyword === 'properties' || keyword === '$defs')
        return [[keyword, Object.fromEntries(Object.entries(value as object).map(([name, child]) => [name, copy(child)]))]];
      return keep(keyword, value) ? [[keyword, copy(value)]] : [];
    });
    return reshape(Object.fromEntries(kept));
  };
  return copy(schema);
}
