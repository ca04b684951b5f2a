import type { Address } from './vocabulary.ts';

/** An address on one line, without its country: `Radanvarsi 2, 28100 Pori`. */
export function addressLine(address: Address): string {
  const locality = [address.postalCode, address.locality].filter((part) => part !== undefined).join(' ');
  return [address.street, locality].join(', ');
}
