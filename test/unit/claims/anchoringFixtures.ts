import { quoteSelector, type Anchored, type AnchorResult } from '../../../src/core/claims/anchoring';
import { spanOf } from './fixtures';

/** Sample reporting written for these tests. */
export const REPORT = 'Officials in Baghlan said on Sunday that at least 40 Taliban were killed in an ambush near Pul-e Hesar, '
  + 'while the group said only 12 of its fighters died. Residents reported heavy shelling overnight.';

export function anchoredOn(text: string, quote: string, occurrence = 0): Anchored {
  const { start, end } = spanOf(text, quote, occurrence);
  return { anchor: { start, end }, quote: quoteSelector(text, start, end) };
}

export function found(text: string, result: AnchorResult): string | undefined {
  return result.state === 'orphan' ? undefined : text.slice(result.start, result.end);
}
