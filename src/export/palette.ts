import type { ActorKind, EventType } from '../model/types.ts';

/**
 * Colours for drawings. No palette module existed in src/model or src/app when the exports were
 * written, so this one is the reference; the explorer can import it so that screen and file agree.
 */
export const KIND_COLORS: Readonly<Record<ActorKind, string>> = {
  person: '#4c78a8',
  institution: '#f58518',
  country: '#54a24b',
  group: '#b279a2',
};

export const TYPE_COLORS: Readonly<Record<EventType, string>> = {
  call: '#e45756',
  meeting: '#72716f',
};

/** Dash pattern for planned interactions; occurred ones are solid. */
export const PLANNED_DASH = '6 4';
