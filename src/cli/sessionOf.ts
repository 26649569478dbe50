/** The CLI's use of the one session (src/app/session.ts): the options read from the arguments put into it. */
import { createSession, type Session } from "../app/session";
import type { CheckOptions } from "../core/rules/rule";
import type { CliArgs } from "./args";

/** The session of a check, consolidate or annotate run, with the options read from the arguments. */
export async function sessionOf(args: CliArgs, options: CheckOptions, localCatalogue?: unknown): Promise<Session> {
  const session = createSession();
  await session.setRegistry(options.registry);
  session.settle({
    period: options.period,
    ratioLimit: options.ratioLimit,
    severities: options.severities,
    campaigns: { ...args.campaigns },
    awardDecisions: { ...options.awardDecisions },
    localCatalogue: localCatalogue as unknown[] | undefined,
  });
  for (const d of options.columnDecisions ?? []) session.decideColumn(d);
  return session;
}

