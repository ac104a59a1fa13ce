/** Text keys for comparing names: case, accents, underscores, punctuation and spacing do not matter. */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

const HONORIFICS = /^(?:(?:sir|dame|mr|mrs|ms|miss|dr|president|prime minister|king|queen|prince|princess|sheikh|sheik|emir|lord|lady)\.?\s+)+/;

export function nameKey(name: string): string {
  return foldAccents(name)
    .toLowerCase()
    .replace(/[_@]/g, ' ')
    .replace(/[’‘`]/g, "'")
    .replace(/[.,]/g, '')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** nameKey without leading honorifics ("Sir Keir" → "keir"), as the scoring rules compare names. */
export function bareNameKey(name: string): string {
  return nameKey(name).replace(HONORIFICS, '');
}

export function slugify(name: string): string {
  return nameKey(name).replace(/'/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
