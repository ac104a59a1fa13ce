import { z } from 'zod';

const goldSchema = z.object({
  format: z.literal('interaction-gold/1'),
  articles: z.array(z.object({ file: z.string(), published: z.string() })),
  actors: z.array(z.object({ key: z.string(), name: z.string(), kind: z.string(), aliases: z.array(z.string()) })),
  events: z.array(
    z.object({
      article: z.string(),
      type: z.enum(['call', 'meeting']),
      status: z.enum(['occurred', 'planned']),
      dates: z.array(z.string()),
      participants: z.array(z.string()),
      optionalParticipants: z.array(z.string()).optional(),
      optional: z.boolean().optional(),
      evidence: z.string().optional(),
    }),
  ),
});

/** A hand annotation in the interaction-gold/1 format (see the corpus README). */
export type Gold = z.infer<typeof goldSchema>;

export function parseGold(text: string, source: string): Gold {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not valid JSON (${(err as Error).message})`);
  }
  const parsed = goldSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${source}: ${issue.path.join('.')}: ${issue.message}`);
  }
  return parsed.data;
}
