import { valueIn } from './localized-values.ts';
import type { Address } from './vocabulary.ts';

/**
 * An address on one line in one language, without its country:
 * `Radanvarsi 2, 28100 Pori`, `PL 800, 00531 Helsinki`. `poBox` words the
 * P.O. box in the language (`PL 800`, `P.O. Box 800`); each line given per
 * language is taken in `locale`, else in the first of `fallbacks` that has it.
 */
export function addressLine(address: Address, locale: string, fallbacks: readonly string[], poBox: (box: string) => string): string {
  const line = (value: Address['street']) => (value === undefined ? undefined : valueIn(value, locale, fallbacks)?.value);
  const locality = [address.postalCode, line(address.locality)].filter((part) => part !== undefined).join(' ');
  const first = [line(address.street), address.poBox === undefined ? undefined : poBox(address.poBox)].filter((part) => part !== undefined);
  return [...first, locality].join(', ');
}
