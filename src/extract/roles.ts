import type { Office, Role } from '../model/types.ts';
import { type ActorRef, type ArticleContext, homeCountry, refFromEntry } from './context.ts';
import { roleHeldOn } from './gazetteer.ts';
import type { Holder } from './name-index.ts';
import type { TitleSpec } from './lexicon.ts';

/** Where an office belongs: a country (ISO code) or an international organisation (actor id). */
export interface RoleScope {
  country?: string;
  organisation?: string;
}

function leaderOffice(ctx: ArticleContext, country: string): Office {
  return ctx.gazetteer.countryByCode.get(country)?.leader ?? 'head-of-state';
}

/** The roles held on the article's date. */
export function rolesHeld<R extends Pick<Role, 'from' | 'to'>>(ctx: ArticleContext, roles: readonly R[] | undefined): R[] {
  return (roles ?? []).filter((r) => roleHeldOn(r, ctx.published));
}

/** Offices a person holds on the article's date. */
export function officesOf(ctx: ArticleContext, ref: ActorRef): { office: Office; country?: string; organisation?: string }[] {
  return rolesHeld(ctx, ref.entry?.roles).map((r) => ({
    office: r.office,
    ...(r.country ? { country: r.country } : {}),
    ...(r.organisation ? { organisation: r.organisation } : {}),
  }));
}

/** The person the article named last who holds the title on its date: "the Chairperson" after "Chairperson Moussa Faki". */
export function recentTitleHolder(ctx: ArticleContext, spec: TitleSpec): ActorRef | undefined {
  return [...ctx.recentPeople].reverse().map((id) => ctx.actors.get(id)!).find((ref) => holdsTitle(ctx, ref, spec));
}

function leads(ctx: ArticleContext, ref: ActorRef, country: string): boolean {
  return officesOf(ctx, ref).some((r) => r.country === country && (r.office === 'head-of-state' || r.office === 'head-of-government'));
}

/** Whether the person holds, on the article's date, a role that the title names: "President" for a president. */
export function holdsTitle(ctx: ArticleContext, ref: ActorRef, spec: TitleSpec): boolean {
  const titled = leadingTitle(spec);
  return rolesHeld(ctx, ref.roles).some((role) => titled.test(role.title));
}

/**
 * A role title that begins with the spec's words (or a title they stand for): "the Iranian president"
 * is the one titled President, and "Senior Adviser to the President" is no president.
 */
function leadingTitle(spec: TitleSpec): RegExp {
  const titles = [spec.words, ...(spec.sameAs ?? []).map((t) => t.split(' '))].map((words) => words.join('[ -]'));
  return new RegExp(`^(?:(?:acting|interim|caretaker|transitional|first|executive|federal) )*(?:${titles.join('|')})\\b`, 'i');
}

/**
 * Resolves "the Prime Minister", "the Ukrainian leader", "the US secretary of state" to the person
 * holding that office on the article's date. Without a scope it prefers people the article has
 * already named, then the article's home country; it gives up rather than guess between several.
 */
export function resolveRole(
  ctx: ArticleContext,
  spec: TitleSpec,
  scope: RoleScope,
  possessor?: ActorRef,
  /** People it cannot be: the other parties of the interaction. */
  excluded: ReadonlySet<string> = new Set(),
): ActorRef | undefined {
  let office: Office | undefined;
  if (spec.office === 'recent') return recentOfCountry(ctx, spec, scope.country, excluded);
  if (spec.office === 'principal') return principal(ctx, spec, excluded);
  if (spec.office === 'counterpart') {
    const own = possessor ? officesOf(ctx, possessor)[0] : undefined;
    office = own?.office;
    if (!office || !scope.country) return undefined;
    if (office === 'head-of-state' || office === 'head-of-government') office = leaderOffice(ctx, scope.country);
  } else if (spec.office === 'leader') {
    if (!scope.country) return undefined;
    // "Mishustin's visit … the Russian leader said": the head of state or government of that country named last.
    const named = [...ctx.recentPeople].reverse().map((id) => ctx.actors.get(id)!).find((ref) => !excluded.has(ref.id) && leads(ctx, ref, scope.country!));
    if (named) return named;
    office = leaderOffice(ctx, scope.country);
  } else {
    office = spec.office;
  }
  if (scope.organisation && office === 'head-of-state') office = 'head-of-organisation';
  const key = `${spec.words.join(' ')}|${office}|${scope.country ?? ''}|${scope.organisation ?? ''}`;
  let holders = ctx.roleHolders.get(key);
  if (!holders) ctx.roleHolders.set(key, (holders = officeHolders(ctx, spec, office, scope)));
  const candidates = excluded.size ? holders.filter((h) => !excluded.has(h.entry.id)) : holders;
  if (candidates.length === 0) return undefined;
  const mentioned = [...ctx.recentPeople].reverse().map((id) => candidates.find((h) => h.entry.id === id)).find(Boolean);
  if (mentioned) return refFromEntry(ctx, mentioned.entry);
  if (!scope.country && !scope.organisation) {
    // "The Secretary-General spoke with…" in a readout that names no one: the UN's, as everywhere.
    const un = spec.office === 'head-of-organisation' && spec.words.join(' ') === 'secretary general' ? candidates.filter((h) => h.role.organisation === 'united-nations') : [];
    if (un.length === 1) return refFromEntry(ctx, un[0]!.entry);
    const home = homeCountry(ctx);
    const local = candidates.filter((h) => h.role.country === home);
    return local.length === 1 ? refFromEntry(ctx, local[0]!.entry) : undefined;
  }
  const distinct = [...new Set(candidates.map((h) => h.entry))];
  if (distinct.length === 1) return refFromEntry(ctx, distinct[0]!);
  // Overlapping tenures in the data: the most recent appointment is the likelier holder.
  const latest = candidates.reduce((a, b) => ((b.role.from ?? '') > (a.role.from ?? '') ? b : a));
  return refFromEntry(ctx, latest.entry);
}

/**
 * "The Russian minister": the person of that country the article named last whose office on the
 * article's date fits the title (the minister, not the president named after him), else the last
 * one whose office the data does not know.
 */
function recentOfCountry(ctx: ArticleContext, spec: TitleSpec, country: string | undefined, excluded: ReadonlySet<string>): ActorRef | undefined {
  if (!country) return undefined;
  const recent = [...ctx.recentPeople].reverse().map((id) => ctx.actors.get(id)!).filter((ref) => ref.country === country && !excluded.has(ref.id));
  return recent.find((ref) => rolesHeld(ctx, ref.roles).some((role) => fitsTitle(spec, role))) ?? recent.find((ref) => rolesHeld(ctx, ref.roles).length === 0);
}

/** Whether a role fits a 'recent' or 'principal' title: by its office when the data knows it, else by its title. */
function fitsTitle(spec: TitleSpec, role: Role): boolean {
  return role.office ? (spec.recentOffices ?? []).includes(role.office) : (spec.titlePattern?.test(role.title) ?? true);
}

/** "The Secretary" of a State Department readout: of the people titled so whose office fits, the one the article names most. */
function principal(ctx: ArticleContext, spec: TitleSpec, excluded: ReadonlySet<string>): ActorRef | undefined {
  const fitting = [...ctx.recentPeople]
    .map((id) => ctx.actors.get(id)!)
    .filter((ref) => !excluded.has(ref.id) && rolesHeld(ctx, ref.roles).some((role) => fitsTitle(spec, role) && (spec.titlePattern?.test(role.title) ?? true)));
  return fitting.reduce<ActorRef | undefined>((best, ref) => (!best || ref.mentions >= best.mentions ? ref : best), undefined);
}

/** Who held the office on the article's date; the same for every mention of the title in one article. */
function officeHolders(ctx: ArticleContext, spec: TitleSpec, office: Office, scope: RoleScope): Holder[] {
  const pattern = spec.office === 'counterpart' || spec.office === 'leader' ? undefined : spec.titlePattern;
  const scoped = scope.country ?? scope.organisation;
  const candidates = scoped ? (ctx.index.holdersByScope.get(scoped) ?? []) : ctx.index.holders;
  const inScope = candidates.filter(
    ({ role }) =>
      roleHeldOn(role, ctx.published) &&
      (scope.country ? role.country === scope.country : true) &&
      (scope.organisation ? role.organisation === scope.organisation : true),
  );
  // "the Iranian president" is the one titled President, whatever office the data files it under.
  // The title must lead the role's name: "Senior Adviser to the President" is no president.
  const titleWords = leadingTitle(spec);
  const titled = spec.office === 'leader' || spec.office === 'counterpart' ? [] : inScope.filter((h) => titleWords.test(h.role.title));
  return titled.length > 0 ? titled : inScope.filter(({ role }) => (pattern ? pattern.test(role.title) : role.office === office));
}
