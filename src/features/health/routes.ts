import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../platform/deps.ts';

const READY_TIMEOUT_MS = 2000;

/** Probes for load balancers and orchestrators: liveness (the process answers) and readiness (the database does). */
export function healthRoutes(app: FastifyInstance, deps: Deps) {
  const probe = { config: { skipSession: true } };
  app.get('/healthz', probe, async () => ({ status: 'ok' }));
  app.get('/readyz', probe, async (_req, reply) => {
    try {
      await Promise.race([
        deps.database.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS).unref()),
      ]);
      return { status: 'ok', database: deps.database.engine };
    } catch {
      return reply.status(503).send({ status: 'unavailable', database: deps.database.engine });
    }
  });
}
