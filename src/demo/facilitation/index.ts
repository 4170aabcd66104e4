// The facilitators' part of the demo, seeded in order: the people from people.ts, their sessions from sessions.ts.
import type { ManualClock } from '../../platform/clock.ts';
import { findStructures, openNetwork, planHelpers, signEthics } from './people.ts';
import { drawSessions, generator, logSessions } from './sessions.ts';
import { type Actor, type Built, DAY, dayAfter, runInOrder } from './shared.ts';

export { DEMO_COORDINATOR, DEMO_HELPER } from './people.ts';

/** About eighteen months of support sessions, up to yesterday. */
const HISTORY_DAYS = 548;

/**
 * The facilitators' part of the demo (issue 16): a network of five host structures among the demo organisations,
 * its coordinator, thirteen digital helpers who joined through the invitation link, their code of ethics, and
 * some four thousand support sessions over eighteen months, drawn with a seeded generator. A few answers are kept
 * rare on purpose, so that the public figures hide some groups and show the others.
 *
 * The helpers sign the code only in the weeks after `clock` (the end of the Charter's story): ledger entries are
 * appended in date order, and the ledger already holds entries up to then. The clock is set back there at the end.
 */
export async function seedFacilitation(built: Built, clock: ManualClock, admin: Actor, hash: string) {
  const r = generator(16);
  const resume = clock.now();
  const now = new Date();
  const start = new Date(now.getTime() - HISTORY_DAYS * DAY);
  const yesterday = dayAfter(now, -1);

  const structures = await findStructures(built, start);
  const network = await openNetwork(built, clock, admin, hash, start);
  // Everything else in date order, as it happened: structures joining, helpers invited, sessions logged. The
  // sessions are drawn first, helper after helper, as the generator has always drawn them.
  const { helpers, events } = planHelpers(built, clock, admin, hash, network.id, structures, start);
  const sessions = drawSessions(r, helpers, structures, yesterday);
  await runInOrder(clock, events);
  await logSessions(built, clock, r, sessions, now);
  await signEthics(built, clock, helpers, structures, resume, start, yesterday);
  clock.set(resume);
  return { structures: structures.length, helpers: helpers.length, sessions: sessions.length };
}
