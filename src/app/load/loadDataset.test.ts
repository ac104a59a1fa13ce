import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DATASET_FORMAT, type Dataset } from '../../model/types.ts';
import { loadDataset, type LoadProgress } from './loadDataset.ts';
import { isGzip, readText } from './readText.ts';

const dataset: Dataset = {
  format: DATASET_FORMAT,
  name: 'Two calls',
  articles: [{ id: 'a', file: 'a.txt', published: '2025-01-31' }],
  actors: ['p', 'q'].map((id) => ({ id, name: id.toUpperCase(), kind: 'person' as const, aliases: [] })),
  events: ['2025-01-01', '2025-01-02'].map((date, i) => ({
    id: `e${i}`, date, participants: ['p', 'q'], type: 'call' as const, status: 'occurred' as const, datePrecision: 'day' as const, article: 'a', evidence: 'P called Q.',
  })),
};
const json = JSON.stringify(dataset);
const file = (bytes: Uint8Array | string, name: string) => ({ file: new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name) });

describe('loadDataset', () => {
  it('loads plain and gzip JSON alike, recognising gzip by its first bytes whatever the name', async () => {
    const gz = gzipSync(json);
    expect(isGzip(gz)).toBe(true);
    expect(isGzip(new TextEncoder().encode(json))).toBe(false);
    expect(await loadDataset(file(json, 'd.json'))).toEqual(dataset);
    expect(await loadDataset(file(gz, 'd.json.gz'))).toEqual(dataset);
    expect(await loadDataset(file(gz, 'renamed.json'))).toEqual(dataset);
  });

  it('recognises gzip even when the source delivers one byte at a time', async () => {
    const gz = gzipSync(json);
    let at = 0;
    const trickle = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at < gz.length) controller.enqueue(gz.subarray(at, ++at));
        else controller.close();
      },
    });
    expect(await readText(trickle, () => undefined)).toBe(json);
  });

  it('reports the bytes read out of the total, then validation', async () => {
    const gz = gzipSync(json);
    const seen: LoadProgress[] = [];
    await loadDataset(file(gz, 'd.json.gz'), (p) => seen.push(p));
    expect(seen.at(-1)).toEqual({ phase: 'validating', loaded: gz.byteLength, total: gz.byteLength });
    const reading = seen.filter((p) => p.phase === 'reading');
    expect(reading.at(-1)).toEqual({ phase: 'reading', loaded: gz.byteLength, total: gz.byteLength });
  });

  it('fails in one line naming the file and the problem', async () => {
    const broken = gzipSync(json).subarray(0, 40);
    await expect(loadDataset(file(broken, 'cut.json.gz'))).rejects.toThrow(/^cut\.json\.gz: is not valid gzip \(.*\)$/);
    await expect(loadDataset(file(gzipSync('{"format": 1'), 'x.json.gz'))).rejects.toThrow(/^x\.json\.gz: /);
    const error = await loadDataset(file('{"format": 1', 'bad.json')).catch((err: Error) => err);
    expect((error as Error).message).toMatch(/^bad\.json: /);
    expect((error as Error).message).not.toContain('\n');
  });
});
