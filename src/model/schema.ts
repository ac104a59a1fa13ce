import { z } from 'zod';
import { ACTOR_KINDS, DATASET_FORMAT, DATE_PRECISIONS, EVENT_STATUSES, EVENT_TYPES, OFFICES } from './types.ts';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'not a calendar date');

const nonEmpty = z.string().min(1, 'must not be empty');

export const articleSchema = z.object({
  id: nonEmpty,
  file: nonEmpty,
  published: isoDate,
  title: z.string().optional(),
  outlet: z.string().optional(),
  url: z.string().optional(),
});

export const roleSchema = z.object({
  title: nonEmpty,
  office: z.enum(OFFICES).optional(),
  country: z.string().optional(),
  organisation: z.string().optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const actorSchema = z.object({
  id: nonEmpty,
  name: nonEmpty,
  kind: z.enum(ACTOR_KINDS),
  aliases: z.array(z.string()),
  roles: z.array(roleSchema).optional(),
  country: z.string().optional(),
});

const mentionSchema = z.object({
  actor: nonEmpty,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const eventSchema = z.object({
  id: nonEmpty,
  type: z.enum(EVENT_TYPES),
  mode: z.string().optional(),
  date: isoDate,
  datePrecision: z.enum(DATE_PRECISIONS),
  status: z.enum(EVENT_STATUSES),
  participants: z.array(nonEmpty).min(2, 'needs at least two participants'),
  article: nonEmpty,
  evidence: z.string(),
  mentions: z.array(mentionSchema).optional(),
  place: z.string().optional(),
  sourceUrl: z.string().optional(),
  alsoReportedIn: z
    .array(z.object({ article: nonEmpty, evidence: z.string(), mentions: z.array(mentionSchema).optional() }))
    .optional(),
});

export const datasetSchema = z.object({
  format: z.literal(DATASET_FORMAT, { error: `expected "${DATASET_FORMAT}"` }),
  name: z.string().optional(),
  description: z.string().optional(),
  articles: z.array(articleSchema),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
});

export function isRealDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
