// What the facilitators' demo files share: the app and actor types, the dates' helpers and the runner of dated steps.
import type { buildApp } from '../../app.ts';
import type { ManualClock } from '../../platform/clock.ts';
import { todayIn } from '../../platform/clock.ts';

export type Built = Awaited<ReturnType<typeof buildApp>>;
export type Actor = { id: string; role: 'user' | 'admin' };
/** Something that happens at a given time, run with the clock set there. */
export type Timed = { at: Date; run: () => Promise<unknown> };

export const DAY = 86_400_000;
export const IP = '127.0.0.1';

export const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
export const dayAfter = (d: Date, days: number) => todayIn(new Date(d.getTime() + days * DAY));
export const weekday = (day: string) => at(day, 12).getUTCDay();

/** Runs the steps in date order (ties in the order they came), the clock on each one's time. */
export async function runInOrder(clock: ManualClock, steps: Timed[]) {
  steps.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const e of steps) {
    clock.set(e.at);
    await e.run();
  }
}
