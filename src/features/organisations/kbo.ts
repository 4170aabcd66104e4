/**
 * The Belgian enterprise number (BCE/KBO): 10 digits, the first 0 or 1, the last two a mod-97 check of the
 * first eight. Accepts "0403.199.702", "BE 0403 199 702" and the old 9-digit "403199702".
 */
export type KboResult =
  | { ok: true; value: string }
  | { ok: false; code: 'kbo.format' | 'kbo.first_digit' | 'kbo.checksum' };

export function parseKbo(input: string): KboResult {
  const compact = input
    .trim()
    .replace(/^BE\s*/i, '')
    .replace(/[\s.\-/]/g, '');
  if (!/^\d{9,10}$/.test(compact)) return { ok: false, code: 'kbo.format' };
  const digits = compact.length === 9 ? `0${compact}` : compact;
  if (digits[0] !== '0' && digits[0] !== '1') return { ok: false, code: 'kbo.first_digit' };
  const check = 97 - (Number(digits.slice(0, 8)) % 97);
  if (check !== Number(digits.slice(8))) return { ok: false, code: 'kbo.checksum' };
  return { ok: true, value: digits };
}

/** 0403199702 → 0403.199.702, as the Crossroads Bank for Enterprises writes it. */
export const formatKbo = (kbo: string) => `${kbo.slice(0, 4)}.${kbo.slice(4, 7)}.${kbo.slice(7)}`;
