import { describe, expect, it } from 'vitest';
import { advance, rewind } from './usePlayback.ts';

describe('playback', () => {
  it('moves a window forward by whole days and stops at the last day', () => {
    expect(advance({ mode: 'window', from: '2025-01-01', to: '2025-01-10' }, 3, '2025-02-01')).toEqual({
      mode: 'window', from: '2025-01-04', to: '2025-01-13',
    });
    expect(advance({ mode: 'window', from: '2025-01-20', to: '2025-01-30' }, 7, '2025-02-01')).toEqual({
      mode: 'window', from: '2025-01-22', to: '2025-02-01',
    });
    expect(advance({ mode: 'window', from: '2025-01-20', to: '2025-02-01' }, 1, '2025-02-01')).toBeUndefined();
  });

  it('moves only the end in cumulative mode', () => {
    expect(advance({ mode: 'cumulative', from: '2025-01-01', to: '2025-01-10' }, 2, '2025-02-01')).toMatchObject({ to: '2025-01-12' });
  });

  it('starts again from the beginning when the range already reaches the end', () => {
    expect(rewind({ mode: 'window', from: '2025-01-21', to: '2025-02-01' }, '2025-01-01', '2025-02-01')).toEqual({
      mode: 'window', from: '2025-01-01', to: '2025-01-12',
    });
    const whole = rewind({ mode: 'window', from: '2025-01-01', to: '2025-12-31' }, '2025-01-01', '2025-12-31');
    expect(whole.to! < '2025-12-31').toBe(true);
    expect(rewind({ mode: 'cumulative', to: '2025-02-01' }, '2025-01-01', '2025-02-01').to).toBe('2025-01-01');
    const midway = { mode: 'window' as const, from: '2025-01-05', to: '2025-01-09' };
    expect(rewind(midway, '2025-01-01', '2025-02-01')).toBe(midway);
  });
});
