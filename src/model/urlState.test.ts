import { describe, expect, it } from 'vitest';
import { ACTOR_KINDS, EVENT_TYPES } from './types.ts';
import { clampFilter, parseView, serializeView, toggleInList, type ExplorerView } from './urlState.ts';

describe('URL state', () => {
  const view: ExplorerView = {
    filter: { mode: 'cumulative', from: '2025-01-05', to: '2025-02-10', types: ['call'], statuses: ['occurred'], kinds: ['person', 'country'] },
    selection: { kind: 'actor', id: 'nicolás-maduro' },
    eventNodes: true,
    showInactive: true,
  };

  it('round-trips every part of the view', () => {
    expect(parseView(serializeView(view))).toEqual(view);
    const edge: ExplorerView = { filter: { mode: 'window' }, selection: { kind: 'event', id: 'e#1' }, eventNodes: false, showInactive: false };
    expect(parseView(serializeView(edge))).toEqual(edge);
  });

  it('keeps unrelated parameters such as the dataset URL and drops defaults', () => {
    const search = serializeView({ filter: { mode: 'window' }, eventNodes: false, showInactive: false }, '?data=%2Fx.json&from=2020-01-01');
    expect(search).toBe('?data=%2Fx.json');
  });

  it('ignores malformed values and swaps reversed dates', () => {
    const parsed = parseView('?from=2025-02-30&to=yesterday&mode=sideways&types=call,fax&kinds=');
    expect(parsed.filter).toEqual({ mode: 'window', types: ['call'], kinds: [] });
    expect(parseView('?from=2025-03-01&to=2025-01-01').filter).toMatchObject({ from: '2025-01-01', to: '2025-03-01' });
  });

  it('clamps the dates to the dataset span and fills open ends', () => {
    const span = { first: '2025-01-01', last: '2025-12-31' };
    expect(clampFilter({ mode: 'window' }, span)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(clampFilter({ mode: 'window', from: '2024-06-01', to: '2026-01-01' }, span)).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(clampFilter({ mode: 'window', from: '2026-06-01', to: '2026-07-01' }, span)).toMatchObject({ from: '2025-12-31', to: '2025-12-31' });
  });

  it('toggles list filters, storing a full list as no filter', () => {
    expect(toggleInList(undefined, 'call', EVENT_TYPES)).toEqual(['meeting']);
    expect(toggleInList(['meeting'], 'call', EVENT_TYPES)).toBeUndefined();
    expect(toggleInList(['group'], 'person', ACTOR_KINDS)).toEqual(['person', 'group']);
  });
});
