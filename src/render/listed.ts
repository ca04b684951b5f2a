/** A section whose items may be listed by their labels, or stated by the notice in running text. */
interface ListedSection {
  readonly listed?: boolean;
  readonly description?: object;
}

/**
 * Whether a page lists a section's items by their labels: yes, unless the
 * notice says it does not list them (`listed: false`) and has words of its
 * own to show instead, for the section or for an item. Labels are never
 * dropped when they would be the only words.
 */
export function showsLabels(section: ListedSection, items: readonly { readonly description?: object }[]): boolean {
  if (section.listed !== false) return true;
  return section.description === undefined && items.every((item) => item.description === undefined);
}
