import type { ClaimNumber } from '../claims/model';

function range(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `=${min}` : `${min}–${max}`;
  if (min !== undefined) return `≥${min}`;
  return max !== undefined ? `≤${max}` : undefined;
}

/**
 * One figure as one readable phrase: value, then what bounds it, then what it counts and whose.
 * `40 (at least, ≥40) killed · Taliban fighters [Taliban]`; `USD 2.5 money`; `12%`; `hundreds (vague, 200–900) displaced`.
 */
export function describeFigure(number: ClaimNumber): string {
  const { value } = number;
  const amount = `${value.currency ? `${value.currency} ` : ''}${value.vague ? number.text : value.value}${value.percent ? '%' : ''}`;
  const bounds = [value.qualifier, value.vague && !number.text.includes(String(value.value)) ? 'vague' : undefined, range(value.min, value.max)]
    .filter((part) => part !== undefined);
  const whose = number.whose ? ` · ${number.whose.group}${number.whose.side ? ` [${number.whose.side}]` : ''}` : '';
  return `${amount}${bounds.length ? ` (${bounds.join(', ')})` : ''}${number.measure ? ` ${number.measure}` : ''}${whose}`;
}

/** Every figure of a claim in one cell, `; ` between them. */
export function describeFigures(numbers: readonly ClaimNumber[]): string {
  return numbers.map(describeFigure).join('; ');
}
