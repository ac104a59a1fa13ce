import { describe, expect, it } from 'vitest';
import { buildGraph } from '../model/graph.ts';
import { DATASET_FORMAT, type Dataset, type InteractionEvent } from '../model/types.ts';
import { selectSnapshot } from '../model/view.ts';
import { actorsCsvPath, csvField } from './csv.ts';
import { exportFileName } from './file-names.ts';
import { exportView } from './formats.ts';
import { activeSpells } from './gexf.ts';
import { edgeCount, eventPairs } from './snapshot-parts.ts';
import { xmlEscape } from './xml.ts';

function syntheticDataset(events: number): Dataset {
  const actors = Array.from({ length: 20 }, (_, i) => ({ id: `a${i}`, name: `Actor ${i}`, kind: 'person' as const, aliases: [] }));
  const list: InteractionEvent[] = Array.from({ length: events }, (_, i) => ({
    id: `e${i}`, type: i % 3 ? 'meeting' : 'call', status: i % 5 ? 'occurred' : 'planned', datePrecision: 'day',
    date: `2025-0${1 + (i % 9)}-1${i % 10}`, participants: i % 7 ? [`a${i % 20}`, `a${(i + 1) % 20}`] : [`a${i % 20}`, `a${(i + 3) % 20}`, `a${(i + 5) % 20}`],
    article: 'art', evidence: `Evidence ${i}, with "quotes" & <brackets>`,
  }));
  return { format: DATASET_FORMAT, articles: [{ id: 'art', file: 'art.txt', published: '2025-01-01' }], actors, events: list };
}

describe('xmlEscape', () => {
  it('escapes markup, keeps line breaks as references and replaces characters XML forbids', () => {
    expect(xmlEscape(`a<b>&"c"'d'`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;');
    expect(xmlEscape('one\ntwo\tthree')).toBe('one&#10;two&#9;three');
    expect(xmlEscape('bell\u0007 and \uD800 alone')).toBe('bell\uFFFD and \uFFFD alone');
    expect(xmlEscape('Nicolás 😀')).toBe('Nicolás 😀');
  });
});

describe('csvField', () => {
  it('quotes only fields that need it and doubles inner quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(undefined)).toBe('');
    expect(csvField(3)).toBe('3');
  });

  it('puts the actors file beside the interactions file', () => {
    expect(actorsCsvPath('out/view.csv')).toBe('out/view.actors.csv');
    expect(actorsCsvPath('out/view')).toBe('out/view.actors.csv');
  });
});

describe('activeSpells', () => {
  it('merges consecutive days, across month ends, and keeps gaps apart', () => {
    expect(activeSpells(['2025-02-01', '2025-01-31', '2025-02-03', '2025-01-31'])).toEqual([
      { start: '2025-01-31', end: '2025-02-01' },
      { start: '2025-02-03', end: '2025-02-03' },
    ]);
    expect(activeSpells([])).toEqual([]);
  });
});

describe('edges', () => {
  it('are the pairs buildGraph draws, with the same keys, so files match the explorer', () => {
    const snapshot = selectSnapshot(syntheticDataset(50), { mode: 'window' });
    const keys = snapshot.events.flatMap((e) => eventPairs(e).map((p) => p.key));
    const graph = buildGraph(snapshot);
    expect(keys.sort()).toEqual(graph.edges().sort());
    expect(edgeCount(snapshot)).toBe(graph.size);
  });
});

describe('streaming', () => {
  it('produces output in small chunks whose size does not grow with the dataset', () => {
    const dataset = syntheticDataset(3000);
    for (const format of ['gexf', 'graphml', 'csv', 'json'] as const) {
      const { files } = exportView(dataset, { mode: 'window' }, { format });
      let chunks = 0;
      let largest = 0;
      for (const file of files) {
        for (const chunk of file.chunks) {
          chunks++;
          largest = Math.max(largest, chunk.length);
        }
      }
      expect(chunks, format).toBeGreaterThan(3000);
      expect(largest, format).toBeLessThan(2000);
    }
  });
});

describe('exportFileName', () => {
  it('names the dataset and the range in plain characters', () => {
    expect(exportFileName('Crise à Caracas: "calls"', { mode: 'window', from: '2025-01-01', to: '2025-01-31' }, 'gexf')).toBe(
      'crise-a-caracas-calls_2025-01-01_2025-01-31.gexf',
    );
    expect(exportFileName('Σ', { mode: 'cumulative', to: '2025-03-01' }, 'csv')).toBe('graph_until_2025-03-01.csv');
    expect(exportFileName('News', { mode: 'window' }, 'gexf', true)).toBe('news_timeline.gexf');
  });
});
