/** "Now" comes from here only, so that tests can move time (expiries, deadlines, reminders). */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

const brusselsDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
/** The calendar date in Belgium (YYYY-MM-DD): deadlines and periods are days there, whatever the server's zone. */
export const todayIn = (now: Date) => brusselsDate.format(now);

/** A clock that moves only when told, plus `stepMs` at each reading so that events keep their order. */
export class ManualClock implements Clock {
  #t: number;
  constructor(
    start: Date | string = '2026-01-15T09:00:00Z',
    readonly stepMs = 0,
  ) {
    this.#t = new Date(start).getTime();
  }
  now() {
    const d = new Date(this.#t);
    this.#t += this.stepMs;
    return d;
  }
  advance(ms: number) {
    this.#t += ms;
  }
  set(d: Date | string) {
    this.#t = new Date(d).getTime();
  }
}
