import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { startTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { AppError } from '../../platform/http/errors.ts';
import { createAdminService } from './service.ts';

// The service checks authorization itself, whoever calls it (a route, the CLI, a job).
let t: TestApp;
before(async () => {
  t = await startTestApp();
});
after(() => t.close());

const refusedWith = (code: string) => (e: unknown) => e instanceof AppError && e.code === code;

test('anonymous callers are asked to sign in; ordinary users are refused', async () => {
  const svc = createAdminService(t.deps);
  const id = '00000000-0000-4000-8000-000000000001';
  for (const call of [
    (a: Parameters<typeof svc.listUsers>[0]) => svc.listUsers(a, { page: 1 }),
    (a: Parameters<typeof svc.listUsers>[0]) => svc.listAudit(a, { page: 1 }),
    (a: Parameters<typeof svc.listUsers>[0]) => svc.setRole(a, id, 'admin', '127.0.0.1'),
    (a: Parameters<typeof svc.listUsers>[0]) => svc.getUser(a, id),
    (a: Parameters<typeof svc.listUsers>[0]) => svc.setActive(a, id, false, '127.0.0.1'),
  ]) {
    await assert.rejects(call(null), refusedWith('auth.required'));
    await assert.rejects(call({ id, role: 'user' }), refusedWith('forbidden'));
  }
});

test('an admin gets a page of users with the total', async () => {
  const svc = createAdminService(t.deps);
  const r = await svc.listUsers({ id: '00000000-0000-4000-8000-000000000001', role: 'admin' }, { page: 1 });
  assert.deepEqual(r, { rows: [], total: 0 });
});
