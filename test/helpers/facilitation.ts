import { randomUUID } from 'node:crypto';
import type { SessionInput } from '../../src/features/facilitation/log.ts';
import type { TestApp } from './app.ts';
import { IP, type Person, tokenMailed } from './services.ts';

/** A manager of the structure invites `who` as a digital helper; `who` accepts with the mailed link. */
export async function addHelper(t: TestApp, manager: Person, orgId: string, who: Person) {
  const s = t.services.facilitation.structures;
  await s.invite(manager, orgId, who.email, 'fr', IP);
  const token = await tokenMailed(t, who.email, /\/facilitation\/invitations\/([\w-]+)/);
  await s.acceptInvitation(who, token, who.email, IP);
}

/** One person helped with their eID, today by the test clock, at the structure. */
export const sessionInput = (
  organisationId: string,
  day: string,
  over: Partial<SessionInput> = {},
): SessionInput => ({
  clientKey: randomUUID(),
  organisationId,
  kind: 'individual',
  happenedOn: day,
  durationMin: 30,
  place: 'structure',
  themes: ['eid'],
  equipment: 'person_phone',
  autonomy: 'done_together',
  referral: 'none',
  ageBand: '65_74',
  situation: 'retired',
  visit: 'first',
  ...over,
});
