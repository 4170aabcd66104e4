import assert from 'node:assert/strict';
import { randomInt } from 'node:crypto';
import net from 'node:net';
import { describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { buildApp } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { Agent, startTestApp, type TestApp } from '../helpers/app.ts';

/** Issue 12, item 4: limits counted per language, per IP only, and per instance. */

const attempt = async (app: TestApp['app'], lang: string, ip: string, email = 'target@example.be') => {
  const a = new Agent(app, {}, ip);
  await a.get(`/${lang}/sign-in`);
  return a.post(`/${lang}/sign-in`, { email, password: 'wrong password' });
};

/** A second instance of the app on the same database, as behind a load balancer. */
async function secondInstance(t: TestApp, env: Record<string, string>) {
  const config = loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: t.dataDir, ...env });
  const { app } = await buildApp({ config, database: t.database, clock: t.clock });
  await app.ready();
  return app;
}

const randomIp = () => `127.${randomInt(1, 255)}.${randomInt(1, 255)}.${randomInt(1, 255)}`;

describe('rate limits on sign-in, sign-up and reset', () => {
  test('one counter per IP whatever the language of the page', async () => {
    const t = await startTestApp({ env: { RATE_LIMIT_AUTH_MAX: '3' } });
    try {
      for (const lang of ['fr', 'nl', 'de']) {
        assert.notEqual((await attempt(t.app, lang, '127.0.0.9')).statusCode, 429, lang);
      }
      const fourth = await attempt(t.app, 'en', '127.0.0.9');
      assert.equal(fourth.statusCode, 429);
      assert.match(fourth.body, /Too many attempts/);
      // Another address still gets through, and so does another action from the same one.
      assert.notEqual((await attempt(t.app, 'en', '127.0.0.10')).statusCode, 429);
      const a = new Agent(t.app, {}, '127.0.0.9');
      await a.get('/en/forgot-password');
      assert.notEqual((await a.post('/en/forgot-password', { email: 'x@example.be' })).statusCode, 429);
    } finally {
      await t.close();
    }
  });

  test('a limit per target account slows an attack spread over many addresses', async () => {
    const t = await startTestApp({ env: { RATE_LIMIT_ACCOUNT_MAX: '3' } });
    try {
      for (let i = 1; i <= 3; i++) {
        assert.notEqual((await attempt(t.app, 'fr', `127.0.1.${i}`, 'Victim@Example.be')).statusCode, 429);
      }
      const res = await attempt(t.app, 'nl', '127.0.1.99', 'victim@example.be ');
      assert.equal(res.statusCode, 429);
      assert.ok(res.headers['retry-after']);
      // Another account from the same addresses is not blocked by it.
      assert.notEqual((await attempt(t.app, 'fr', '127.0.1.1', 'other@example.be')).statusCode, 429);
      // After the hour, the account can be tried again.
      t.clock.advance(61 * 60_000);
      assert.notEqual((await attempt(t.app, 'fr', '127.0.1.50', 'victim@example.be')).statusCode, 429);
    } finally {
      await t.close();
    }
  });

  test('two instances on one database share their counters', async () => {
    const env = { RATE_LIMIT_AUTH_MAX: '2' };
    const t = await startTestApp({ env });
    const other = await secondInstance(t, env);
    try {
      assert.notEqual((await attempt(t.app, 'fr', '127.0.2.1')).statusCode, 429);
      assert.notEqual((await attempt(other, 'de', '127.0.2.1')).statusCode, 429);
      assert.equal((await attempt(t.app, 'en', '127.0.2.1')).statusCode, 429);
      assert.equal((await attempt(other, 'nl', '127.0.2.1')).statusCode, 429);
    } finally {
      await other.close();
      await t.close();
    }
  });

  test('with REDIS_URL, two instances share their counters through Redis', async () => {
    const reachable = await new Promise<boolean>((resolve) => {
      const s = net.connect(6379, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    // Every machine of this project runs Redis on loopback (see README, Tests); without it this must fail, not pass.
    assert.ok(reachable, 'Redis must answer on 127.0.0.1:6379 for this test');
    const env = { RATE_LIMIT_AUTH_MAX: '2', REDIS_URL: 'redis://127.0.0.1:6379' };
    const t = await startTestApp({ env });
    const other = await secondInstance(t, env);
    // A fresh address each run: Redis keeps counters between runs for the length of their window.
    const ip = randomIp();
    try {
      assert.notEqual((await attempt(t.app, 'fr', ip)).statusCode, 429);
      assert.notEqual((await attempt(other, 'de', ip)).statusCode, 429);
      assert.equal((await attempt(other, 'en', ip)).statusCode, 429);
      assert.equal((await attempt(t.app, 'nl', ip)).statusCode, 429);
      const redis = new Redis('redis://127.0.0.1:6379');
      assert.equal(await redis.exists(`inclusio:rl:ip:sign-in:${ip}`), 1, 'the counter lives in Redis');
      await redis.quit();
    } finally {
      await other.close();
      await t.close();
    }
  });
});
