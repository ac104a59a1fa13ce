import { describe, expect, it } from 'vitest';
import { formatTable, ms } from './table.ts';

describe('formatTable', () => {
  it('pads every column to its widest cell, text left and numbers right', () => {
    const text = formatTable(['dataset', 'ms'], [['a', '1.25'], ['longer name', '130']]);
    expect(text.split('\n')).toEqual(['dataset        ms', '-----------  ----', 'a            1.25', 'longer name   130']);
  });
});

describe('ms', () => {
  it('keeps two decimals below 10, one below 100, none above', () => {
    expect([ms(1.234), ms(12.34), ms(1234.5)]).toEqual(['1.23', '12.3', '1,235']);
  });
});
