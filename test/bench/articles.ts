// Synthetic news articles for the benches: paragraphs of template sentences naming actors, places and
// numbers, so the recognizer does the work a real article asks of it. Deterministic for a given seed.

const PEOPLE = ['Ali Nazary', 'Bilal Karimi', 'Olena Kovalenko', 'Mohamed Ibrahim', 'Sara Haddad', 'Petro Bondar'];
const GROUPS = ['the Taliban', 'the National Resistance Front', 'the Rapid Support Forces', 'the Sudanese army', 'Ukrainian forces'];
const OUTLETS = ['Reuters', 'Al Jazeera', 'the BBC', 'the Associated Press', 'Agence France-Presse'];
const PLACES = ['Kabul', 'Panjshir', 'Kharkiv', 'Izium', 'El Fasher', 'Khartoum', 'Darfur', 'Balakliia', 'Bazarak', 'Kupiansk'];
const NUMBERS = ['40', 'nine', 'dozens of', 'at least 120', 'hundreds of', 'more than 2,000', 'about 35', 'two'];
const PEOPLE_WORDS = ['fighters', 'civilians', 'soldiers', 'residents', 'prisoners'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

type Pick = <T>(items: readonly T[]) => T;

const TEMPLATES: Array<(pick: Pick) => string> = [
  (pick) => `${capital(pick(GROUPS))} said ${pick(NUMBERS)} ${pick(PEOPLE_WORDS)} were killed near ${pick(PLACES)} on ${pick(DAYS)}.`,
  (pick) => `"We have taken full control of ${pick(PLACES)}," ${pick(PEOPLE)}, a spokesman for ${pick(GROUPS)}, told ${pick(OUTLETS)}.`,
  (pick) => `According to ${pick(OUTLETS)}, ${pick(NUMBERS)} ${pick(PEOPLE_WORDS)} fled ${pick(PLACES)} after shelling overnight.`,
  (pick) => `${capital(pick(GROUPS))} denied the report and said ${pick([12, 30, 75, 90])} percent of ${pick(PLACES)} remained under its control.`,
  (pick) => `Residents of ${pick(PLACES)} described ${pick(NUMBERS)} air strikes, but ${pick(OUTLETS)} could not verify the account.`,
  (pick) => `${pick(PEOPLE)} wrote on social media that convoys were moving from ${pick(PLACES)} towards ${pick(PLACES)}.`,
  (pick) => `Aid workers in ${pick(PLACES)} said ${pick(NUMBERS)} families had received no food for ${pick(['three', 'ten', '14'])} days.`,
];

/** An article of exactly `length` UTF-16 code units: a title, then paragraphs of 3 to 6 sentences, one per line. */
export function syntheticArticle(length: number, seed = 1): string {
  const pick = seededPicker(seed);
  const parts = [`${pick(PLACES)}: fighting continues as both sides claim gains\n`];
  let size = parts[0].length;
  while (size < length) {
    const sentences = Array.from({ length: pick([3, 4, 5, 6]) }, () => pick(TEMPLATES)(pick));
    const paragraph = `\n${sentences.join(' ')}\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('').slice(0, length);
}

function seededPicker(seed: number): Pick {
  // A linear congruential generator, the same on every machine; its high bits are the random ones.
  let state = seed >>> 0;
  return (items) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return items[(state >>> 16) % items.length];
  };
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
