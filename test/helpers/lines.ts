/** Line number (1-based) of the first line of `text` containing `needle`, searching from `from`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index === -1) throw new Error(`not found: ${needle}`);
  return text.slice(0, index).split('\n').length;
}
