const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

/** Whether a Finnish business ID (Y-tunnus) `1234567-8` has the check digit its digits call for. */
export function businessIdValid(id: string): boolean {
  const match = /^(\d{7})-(\d)$/u.exec(id.trim());
  if (match === null) return false;
  const digits = [...(match[1] ?? '')].map(Number);
  const remainder = digits.reduce((sum, digit, index) => sum + digit * (WEIGHTS[index] ?? 0), 0) % 11;
  if (remainder === 1) return false;
  return (remainder === 0 ? 0 : 11 - remainder) === Number(match[2]);
}
