import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { ConfigError, loadConfig } from './config.ts';

test('defaults: port 3000, ./data, embedded database, local base URL', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.dataDir, path.resolve('data'));
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.baseUrl, 'http://localhost:3000');
  assert.equal(c.secureCookies, false);
});

test('PORT, DATA_DIR, DATABASE_URL and an https BASE_URL are read', () => {
  const c = loadConfig({
    PORT: '8080',
    DATA_DIR: '/srv/inclusio',
    DATABASE_URL: 'postgres://app@db:5432/inclusio',
    BASE_URL: 'https://inclusio.example/',
  });
  assert.equal(c.port, 8080);
  assert.equal(c.dataDir, '/srv/inclusio');
  assert.equal(c.databaseUrl, 'postgres://app@db:5432/inclusio');
  assert.equal(c.baseUrl, 'https://inclusio.example');
  assert.equal(c.secureCookies, true);
});

test('an empty variable counts as unset', () => {
  assert.equal(loadConfig({ PORT: '', DATABASE_URL: '' }).port, 3000);
});

test('each bad value is refused with the name of its variable', () => {
  for (const [name, value] of [
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x/y'],
    ['SMTP_URL', 'http://mail'],
    ['BASE_URL', 'not a url'],
    ['LOG_LEVEL', 'chatty'],
    ['TRUST_PROXY', 'maybe'],
    ['SESSION_TTL_HOURS', '0'],
    ['MAIL_RETENTION_DAYS', '0'],
    ['MAIL_RETENTION_DAYS', '3651'],
    ['COOKIE_SECRET', 'short'],
  ] as const) {
    assert.throws(
      () => loadConfig({ [name]: value }),
      (e: unknown) => e instanceof ConfigError && e.message.includes(`${name}:`),
      `${name}=${value}`,
    );
  }
});

test('yearly reports: due on 31 March with 12 months of grace by default; both can be set, and a bad day is refused', () => {
  assert.deepEqual(loadConfig({}).reporting, { dueDate: '03-31', graceMonths: 12 });
  assert.deepEqual(loadConfig({ REPORT_DUE_DATE: '06-30', REPORT_GRACE_MONTHS: '6' }).reporting, {
    dueDate: '06-30',
    graceMonths: 6,
  });
  for (const bad of ['02-29', '13-01', '3-31', '06-31'])
    assert.throws(
      () => loadConfig({ REPORT_DUE_DATE: bad }),
      (e: unknown) => e instanceof ConfigError && /REPORT_DUE_DATE/.test(e.message),
    );
  assert.throws(() => loadConfig({ REPORT_GRACE_MONTHS: '-1' }), /REPORT_GRACE_MONTHS/);
});
