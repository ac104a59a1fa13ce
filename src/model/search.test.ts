import { describe, expect, it } from 'vitest';
import { searchActors } from './search.ts';
import type { Actor } from './types.ts';

const actor = (id: string, name: string, aliases: string[] = []): Actor => ({ id, name, kind: 'person', aliases });
const actors = [
  actor('maduro', 'Nicolás Maduro', ['Maduro']),
  actor('nicola', 'Nicola Sturgeon'),
  actor('zelensky', 'Volodymyr Zelensky', ['Zelenskyy', 'Zelenskiy']),
  actor('lula', 'Luiz Inácio Lula da Silva', ['Lula']),
];

describe('searchActors', () => {
  it('ignores accents and case', () => {
    expect(searchActors(actors, 'nicolas maduro').map((a) => a.id)).toEqual(['maduro']);
    expect(searchActors(actors, 'INACIO').map((a) => a.id)).toEqual(['lula']);
  });

  it('finds actors by alias', () => {
    expect(searchActors(actors, 'zelenskyy').map((a) => a.id)).toEqual(['zelensky']);
  });

  it('ranks exact and prefix matches before matches inside a name', () => {
    expect(searchActors(actors, 'lula').map((a) => a.id)).toEqual(['lula']);
    expect(searchActors(actors, 'nicola').map((a) => a.id)).toEqual(['nicola', 'maduro']);
  });

  it('returns nothing for a blank query and respects the limit', () => {
    expect(searchActors(actors, '  ')).toEqual([]);
    expect(searchActors(actors, 'a', 2)).toHaveLength(2);
  });
});
