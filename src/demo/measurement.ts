import type { buildApp } from '../app.ts';
import { PILLARS, type Question } from '../features/assessments/content.ts';
import { REPORT_PARTS } from '../features/reports/schema.ts';
import type { ManualClock } from '../platform/clock.ts';
import { todayIn } from '../platform/clock.ts';

type Services = Awaited<ReturnType<typeof buildApp>>['services'];
type Actor = { id: string; role: 'user' | 'admin' };
export interface Signatory {
  actor: Actor;
  orgId: string;
  sector: string;
  name: string;
  lang: string;
}

const DAY = 86_400_000;
const at = (day: string) => new Date(`${day}T10:00:00Z`);

/** A plausible answer for an organisation at a level of maturity (0–1), varied from question to question. */
function answer(q: Question, qi: number, j: number, level: number): string {
  if ((qi * 5 + j * 3) % 17 === 0) return 'na';
  const v = Math.min(1, Math.max(0, level + (((qi * 7 + j * 13) % 10) / 10 - 0.45) * 0.6));
  if (q.type === 'choice') return v > 0.66 ? 'yes' : v > 0.33 ? 'partly' : 'no';
  if (q.type === 'scale') return String(Math.round(v * (q.points - 1)));
  return String(Math.round(v * q.target));
}

async function assess(s: Services, who: Signatory, j: number, level: number) {
  const draft = await s.assessments.start(who.actor, who.orgId);
  const qs = s.assessments.current.questions;
  for (const p of PILLARS) {
    const body = Object.fromEntries(
      qs.flatMap((q, qi) => {
        if (q.pillar !== p) return [];
        const a = answer(q, qi, j, level);
        return q.type === 'number' && a === 'na' ? [[`${q.id}_na`, 'yes']] : [[q.id, a]];
      }),
    );
    await s.assessments.saveSection(who.actor, who.orgId, draft.id, p, body);
  }
  await s.assessments.submit(who.actor, who.orgId, draft.id);
}

const STATEMENTS: Record<string, string> = {
  fr: 'Cette année, nous avons formé une partie de notre personnel et gardé un accueil en personne pour chaque service en ligne. (démo)\n\nL’an prochain, nous voulons tester nos formulaires avec des personnes peu à l’aise avec le numérique.',
  nl: 'Dit jaar hebben we een deel van ons personeel opgeleid en voor elke online dienst een loket behouden. (demo)\n\nVolgend jaar testen we onze formulieren met mensen die minder digitaal vaardig zijn.',
  de: 'In diesem Jahr haben wir einen Teil unseres Personals geschult und für jeden Online-Dienst einen Schalter behalten. (Demo)\n\nIm nächsten Jahr testen wir unsere Formulare mit Menschen, die wenig digitale Erfahrung haben.',
  en: 'This year we trained part of our staff and kept a counter for every online service. (demo)\n\nNext year we will test our forms with people who have little digital experience.',
};

/**
 * The Digital Inclusion Index and yearly reports of the active demo signatories, up to today: each one takes
 * the index once to three times, getting better; every report that fell due is sent before its date, except
 * the last one of one signatory, which is late (the reporting job then marks it non-reporting). Only three
 * associations take the index, so that their sector's median stays hidden while the others show.
 */
export async function seedMeasurement(s: Services, clock: ManualClock, signatories: Signatory[]) {
  const today = todayIn(new Date());
  const rules = s.reports.rules;
  let associations = 0;
  const events: { on: string; run: () => Promise<unknown> }[] = [];
  for (const [j, who] of signatories.entries()) {
    const overview = await s.reports.overview(who.actor, who.orgId);
    const first = overview.obligation;
    if (!first) continue;
    const takesIndex = who.sector !== 'associative' || associations++ < 3;
    // The index a month or so after the signature was verified, then again before some reports.
    const verified = first.periodFrom;
    if (takesIndex) {
      const times = 1 + (j % 3);
      for (let k = 0; k < times; k++) {
        const on = todayIn(new Date(at(verified).getTime() + (30 + k * 330 + (j % 7) * 3) * DAY));
        if (on < today) events.push({ on, run: () => assess(s, who, j, 0.25 + (j % 5) * 0.1 + k * 0.15) });
      }
    }
    // Every report due before today, sent ten to twenty days before its date.
    for (let year = first.year; `${year}-${rules.dueDate}` < today; year++) {
      const late = j === 1 && `${year + 1}-${rules.dueDate}` >= today;
      if (late) break;
      const on = todayIn(new Date(at(`${year}-${rules.dueDate}`).getTime() - (10 + (j % 10)) * DAY));
      events.push({
        on,
        run: () =>
          s.reports.submit(who.actor, who.orgId, year, {
            statement: STATEMENTS[who.lang] ?? STATEMENTS.fr,
            publicParts: REPORT_PARTS.filter((p) => p !== 'index' || j % 2 === 0),
            signerName: `Direction (${who.name})`,
            signerTitle: 'Direction générale (démo)',
          }),
      });
    }
  }
  // In date order, as it would have happened.
  events.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const e of events) {
    clock.set(at(e.on));
    await e.run();
  }
  clock.set(new Date());
  await s.reports.runLifecycle();
  return events.length;
}
