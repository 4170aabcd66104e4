import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { parse as parseDisposition } from 'content-disposition';
import { parse } from 'csv-parse/sync';
import { count, eq } from 'drizzle-orm';
import { readCatalogue } from '../../src/features/obstacles/content.ts';
import { organisations } from '../../src/features/organisations/schema.ts';
import { practiceAdoptions, practiceAttachments, practices } from '../../src/features/practices/schema.ts';
import { translator } from '../../src/platform/i18n/index.ts';
import {
  Agent,
  actorOf,
  onPage,
  signedInAdmin,
  signedInUser,
  startTestApp,
  type TestApp,
} from '../helpers/app.ts';
import { approve, createOrganisation, signCharter } from '../helpers/org.ts';

let t: TestApp;
let admin: Agent;
let rep: Agent;
let orgId: string;
let stranger: Agent;
let obstacleIds: Record<string, string>;
/** A member of another active signatory, and of one whose signature the secretariat has not checked yet. */
let other: Agent;
let otherId: string;
let pendingRep: Agent;
let pendingId: string;

before(async () => {
  t = await startTestApp();
  admin = await signedInAdmin(t, 'practice-admin@example.be');
  rep = await signedInUser(t, { email: 'practice-rep@example.be' });
  orgId = await createOrganisation(rep, 2400, {
    legalName: 'Bibliothèque Ouverte',
    sector: 'associative',
    postcode: '4000',
    commune: 'Liège',
  });
  await signCharter(rep, orgId);
  await approve(admin, t, orgId);
  stranger = await signedInUser(t, { email: 'practice-stranger@example.be' });
  const api = (await t.app.inject('/api/v1/obstacles')).json() as {
    obstacles: { id: string; slug: string }[];
  };
  obstacleIds = Object.fromEntries(api.obstacles.map((o) => [o.slug, o.id]));
  other = await signedInUser(t, { email: 'practice-other@example.be' });
  otherId = await createOrganisation(other, 2401, {
    legalName: 'Maison des Aînés',
    postcode: '2000',
    commune: 'Antwerpen',
  });
  await signCharter(other, otherId);
  await approve(admin, t, otherId);
  pendingRep = await signedInUser(t, { email: 'practice-pending@example.be' });
  pendingId = await createOrganisation(pendingRep, 2402, { legalName: 'Pas Encore Vérifiée' });
  await signCharter(pendingRep, pendingId);
});
after(() => t.close());

async function submit(agent: Agent, form: Record<string, string | string[]>, org = orgId) {
  await agent.get(`/fr/organisations/${org}/practices/new`);
  return agent.post(`/fr/organisations/${org}/practices/new`, { commitments: 'C1', ...form });
}
const idOf = (location: unknown) => /practices\/([0-9a-f-]{36})$/.exec(String(location))?.[1] ?? '';

async function publish(id: string) {
  await admin.get(`/fr/practices/${id}`);
  const res = await admin.post(`/fr/admin/practices/${id}/publish`, {});
  assert.equal(res.statusCode, 303);
}

describe('the good-practice library', () => {
  test('submitted, returned with a comment, edited, published; the body is Markdown without raw HTML', async () => {
    const res = await submit(rep, {
      title: 'Des ateliers pour apprendre à repérer les arnaques',
      summary: 'Chaque mercredi, des bénévoles aident les seniors à reconnaître les faux messages.',
      body: '## Comment faire\n\n- réserver une salle\n- inviter les **seniors**\n\n<script>alert(1)</script>\n\n[piège](javascript:alert(1))',
      lang: 'fr',
      commitments: ['C1', 'C8'],
      obstacles: [obstacleIds['fraud-phishing'] ?? '', obstacleIds['digital-skills'] ?? ''],
      targetGroups: ['seniors'],
      results: '120 personnes formées en un an',
      links: 'https://example.be/ateliers',
    });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const id = idOf(res.headers.location);

    // Not public until the secretariat publishes it.
    assert.equal((await t.app.inject(`/fr/practices/${id}`)).statusCode, 404);
    assert.equal((await stranger.get(`/fr/practices/${id}`)).statusCode, 403);
    assert.doesNotMatch((await t.app.inject('/fr/practices')).body, /repérer les arnaques/);
    assert.match((await admin.get('/fr/admin/practices')).body, /repérer les arnaques/);

    await admin.get(`/fr/practices/${id}`);
    const empty = await admin.post(`/fr/admin/practices/${id}/return`, { comment: '' });
    assert.equal(empty.statusCode, 422);
    const back = await admin.post(`/fr/admin/practices/${id}/return`, { comment: 'Ajoutez un contact.' });
    assert.equal(back.statusCode, 303);
    const seen = await rep.get(`/fr/practices/${id}`);
    assert.match(seen.body, /Ajoutez un contact\./);
    assert.equal((await admin.post(`/fr/admin/practices/${id}/publish`, {})).statusCode, 409, 'not waiting');

    await rep.get(`/fr/practices/${id}/edit`);
    const form = await rep.get(`/fr/practices/${id}/edit`);
    assert.match(form.body, /value="C8" checked/);
    // The organisation already says its sector and region: the form does not ask them again.
    assert.doesNotMatch(form.body, /name="sector"|name="region"/);
    const fr = translator('fr');
    assert.ok(
      form.body.includes(
        fr('practice.from_organisation', { sector: fr('sector.associative'), region: fr('region.wallonia') }),
      ),
    );
    const edited = await rep.post(`/fr/practices/${id}/edit`, {
      title: 'Des ateliers pour apprendre à repérer les arnaques',
      summary: 'Chaque mercredi, des bénévoles aident les seniors à reconnaître les faux messages.',
      body: '## Comment faire\n\n- réserver une salle\n- inviter les **seniors**\n\n<script>alert(1)</script>\n\n[piège](javascript:alert(1))',
      lang: 'fr',
      commitments: ['C1', 'C8'],
      obstacles: obstacleIds['fraud-phishing'] ?? '',
      targetGroups: ['seniors'],
      // Sent anyway, as an old form would: the organisation's own sector and region win.
      sector: 'public',
      region: 'brussels',
      contact: 'ateliers@example.be',
    });
    assert.equal(edited.statusCode, 303);
    await publish(id);

    const page = await t.app.inject(`/fr/practices/${id}`);
    assert.equal(page.statusCode, 200);
    assert.match(
      page.body,
      /<h2>Comment faire<\/h2>/,
      'the body’s first heading comes right under the page’s h1',
    );
    assert.match(page.body, /<strong>seniors<\/strong>/);
    assert.doesNotMatch(page.body, /<script>alert/);
    assert.match(page.body, /&lt;script&gt;/);
    assert.doesNotMatch(page.body, /href="javascript:/);
    assert.match(page.body, /ateliers@example\.be/);
    const phishing = readCatalogue().find((o) => o.slug === 'fraud-phishing');
    assert.ok(phishing?.name.fr);
    assert.ok(page.body.includes(phishing.name.fr), 'the practice names its obstacle in French');
    // The obstacle's page lists the practices that address it.
    const obstacle = await t.app.inject('/nl/obstacles/fraud-phishing');
    assert.match(obstacle.body, onPage('nl')('obstacle.practices', { n: 1 }));
    assert.match(obstacle.body, /lang="fr">Des ateliers pour apprendre à repérer les arnaques/);
    assert.match(
      (await t.app.inject('/nl/obstacles/cost')).body,
      onPage('nl')('obstacle.practices', { n: 0 }),
    );
  });

  test('search is in the practice’s own language, accent-insensitive and ranked; filters narrow it', async () => {
    const nl = idOf(
      (
        await submit(
          other,
          {
            title: 'Digitale hulp in de bibliotheek',
            summary: 'Vrijwilligers helpen bezoekers met hun computers en formulieren.',
            body: 'Elke week helpen vrijwilligers met computers.',
            lang: 'nl',
            targetGroups: ['job_seekers'],
          },
          otherId,
        )
      ).headers.location,
    );
    const en = idOf(
      (
        await submit(rep, {
          title: 'Lending laptops',
          summary: 'We lend refurbished computers to families.',
          body: 'Families borrow a computer for three months.',
          lang: 'en',
          targetGroups: ['low_income'],
          obstacles: obstacleIds['no-device'] ?? '',
        })
      ).headers.location,
    );
    await publish(nl);
    await publish(en);
    const titles = async (query: string) =>
      (
        (await t.app.inject(`/api/v1/practices?${query}`)).json() as { practices: { title: string }[] }
      ).practices.map((p) => p.title);
    // French stemming and no accents needed: "arnaque" finds "arnaques", "reperer" finds "repérer".
    assert.deepEqual(await titles('q=arnaque'), ['Des ateliers pour apprendre à repérer les arnaques']);
    assert.deepEqual(await titles('q=reperer'), ['Des ateliers pour apprendre à repérer les arnaques']);
    // Dutch stemming: "vrijwilliger" finds "vrijwilligers"; English: "computer" finds "computers".
    assert.deepEqual(await titles('q=vrijwilliger'), ['Digitale hulp in de bibliotheek']);
    assert.deepEqual((await titles('q=computer')).sort(), [
      'Digitale hulp in de bibliotheek',
      'Lending laptops',
    ]);
    // Ranked: a word in the title counts more than in the body.
    assert.deepEqual(await titles('q=laptops'), ['Lending laptops']);
    assert.deepEqual(await titles('q=computer&lang=en'), ['Lending laptops']);
    assert.deepEqual(await titles('target=job_seekers'), ['Digitale hulp in de bibliotheek']);
    assert.deepEqual(await titles(`obstacle=${obstacleIds['no-device']}`), ['Lending laptops']);
    assert.deepEqual(await titles('commitment=C8'), ['Des ateliers pour apprendre à repérer les arnaques']);
    assert.deepEqual(await titles('region=flanders'), ['Digitale hulp in de bibliotheek']);
    assert.equal((await titles('sector=public')).length, 0);
    // Sector and region are each organisation's: a private one in Flanders, an association in Wallonia.
    assert.deepEqual(await titles('sector=private'), ['Digitale hulp in de bibliotheek']);
    assert.deepEqual((await titles('sector=associative&region=wallonia')).sort(), [
      'Des ateliers pour apprendre à repérer les arnaques',
      'Lending laptops',
    ]);
    const html = await t.app.inject('/de/practices?q=computer&lang=nl');
    assert.match(html.body, /Digitale hulp in de bibliotheek/);
    assert.match(html.body, /lang="nl"/);
    for (const bad of ['commitment=C10', 'lang=xx', 'obstacle=nope', 'target=cats', 'page=-1']) {
      assert.equal((await t.app.inject(`/api/v1/practices?${bad}`)).statusCode, 400, bad);
      assert.equal((await t.app.inject(`/fr/practices?${bad}`)).statusCode, 400, bad);
    }
  });

  test('bad input: each field gets its message and nothing is written; others cannot write here', async () => {
    const n = async () => (await t.deps.db.select({ n: count() }).from(practices))[0]?.n;
    const before = await n();
    const bad = await submit(rep, {
      title: '',
      summary: '',
      body: '',
      lang: 'xx',
      commitments: [],
      links: 'pas un lien',
      obstacles: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(bad.statusCode, 422);
    for (const f of ['title', 'summary', 'body', 'lang', 'commitments', 'links']) {
      assert.match(bad.body, new RegExp(`href="#f-${f}"`), f);
    }
    const unknownObstacle = await submit(rep, {
      title: 'x',
      summary: 'y',
      body: 'z',
      lang: 'fr',
      obstacles: '00000000-0000-4000-8000-000000000000',
    });
    assert.equal(unknownObstacle.statusCode, 422);
    assert.equal(await n(), before);

    await stranger.get('/fr/practices');
    const foreign = await stranger.post(`/fr/organisations/${orgId}/practices/new`, {
      title: 'x',
      summary: 'y',
      body: 'z',
      lang: 'fr',
      commitments: 'C1',
      sector: 'private',
      region: 'brussels',
    });
    assert.equal(foreign.statusCode, 403);
    const [any] = await t.deps.db.select().from(practices);
    assert.equal((await stranger.get(`/fr/practices/${any?.id}/edit`)).statusCode, 403);
    assert.equal(await n(), before);
  });
});

/** A published practice of the first organisation, in French. */
async function publishedPractice(title: string) {
  const res = await submit(rep, {
    title,
    summary: 'Un résumé de la pratique.',
    body: 'Le détail de la pratique.',
    lang: 'fr',
    commitments: ['C1', 'C8'],
    obstacles: obstacleIds['no-device'] ?? '',
    targetGroups: ['seniors', 'low_income'],
    results: '40 ordinateurs prêtés',
  });
  const id = idOf(res.headers.location);
  await publish(id);
  return id;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Posts the upload form as a browser does (multipart), with the CSRF token of the agent's last page. */
async function upload(agent: Agent, url: string, file?: { bytes: Buffer; name: string; type?: string }) {
  const fd = new FormData();
  fd.append('_csrf', agent.csrf());
  if (file)
    fd.append(
      'file',
      new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'application/pdf' }),
      file.name,
    );
  const r = new Response(fd);
  return t.app.inject({
    method: 'POST',
    url,
    payload: Buffer.from(await r.arrayBuffer()),
    headers: {
      'content-type': r.headers.get('content-type') ?? '',
      cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
    },
  });
}

/** The representative adds a PDF through the service, and the secretariat publishes the practice again. */
async function attach(practiceId: string, filename: string) {
  await t.services.practices.addAttachment(await actorOf(t, 'practice-rep@example.be'), practiceId, {
    filename,
    bytes: PDF,
  });
  await t.services.practices.publish(await actorOf(t, 'practice-admin@example.be'), practiceId);
}

const attachmentsOf = (practiceId: string) =>
  t.deps.db
    .select({ id: practiceAttachments.id })
    .from(practiceAttachments)
    .where(eq(practiceAttachments.practiceId, practiceId));
const statusOf = async (practiceId: string) =>
  (await t.deps.db.select().from(practices).where(eq(practices.id, practiceId)))[0]?.status;
const slugOf = async (id: string) =>
  (await t.deps.db.select().from(organisations).where(eq(organisations.id, id)))[0]?.slug ?? '';

describe('attachments', () => {
  test('a member adds a PDF checked by its bytes; it is served as a download; bad files are refused', async () => {
    const id = await publishedPractice('Prêter des ordinateurs reconditionnés');
    const page = await rep.get(`/fr/practices/${id}`);
    assert.match(page.body, /enctype="multipart\/form-data"/);
    assert.match(
      page.body,
      new RegExp(`<label for="f-file">${onPage('fr')('attachment.file').source}</label>`),
    );
    const url = `/fr/practices/${id}/attachments`;

    // A PNG renamed to .pdf, in French then in Dutch: refused in the user's language, nothing written.
    const fake = await upload(rep, url, { bytes: PNG, name: 'rapport.pdf' });
    assert.equal(fake.statusCode, 422);
    assert.match(fake.body, onPage('fr')('err.attachment.not_pdf'));
    assert.match(fake.body, /href="#f-file"/);
    await rep.get(`/nl/practices/${id}`);
    const fakeNl = await upload(rep, `/nl/practices/${id}/attachments`, { bytes: PNG, name: 'rapport.pdf' });
    assert.equal(fakeNl.statusCode, 422);
    assert.match(fakeNl.body, onPage('nl')('err.attachment.not_pdf'));
    // Over 5 MB: refused while the body is read, with the same page and a message beside the field.
    await rep.get(`/fr/practices/${id}`);
    const big = Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]);
    const tooLarge = await upload(rep, url, { bytes: big, name: 'gros.pdf' });
    assert.equal(tooLarge.statusCode, 413);
    assert.match(tooLarge.body, onPage('fr')('err.attachment.too_large'));
    assert.match(tooLarge.body, /id="f-file"/);
    // No file chosen.
    const missing = await upload(rep, url);
    assert.equal(missing.statusCode, 422);
    assert.match(missing.body, onPage('fr')('err.attachment.required'));
    const empty = await upload(rep, url, { bytes: Buffer.alloc(0), name: 'vide.pdf' });
    assert.equal(empty.statusCode, 422);
    // Others may not add: a signed-in stranger, the secretariat, an anonymous visitor.
    await stranger.get(`/fr/practices/${id}`);
    assert.equal((await upload(stranger, url, { bytes: PDF, name: 'x.pdf' })).statusCode, 403);
    await admin.get(`/fr/practices/${id}`);
    assert.equal((await upload(admin, url, { bytes: PDF, name: 'x.pdf' })).statusCode, 403);
    const anonymous = new Agent(t.app);
    await anonymous.get('/fr/sign-up'); // a page with a form, for a CSRF token
    const anon = await upload(anonymous, url, { bytes: PDF, name: 'x.pdf' });
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /\/fr\/sign-in/);
    assert.equal((await attachmentsOf(id)).length, 0);
    assert.equal(await statusOf(id), 'published', 'nothing changed');

    // A real PDF, whatever its declared type; like an edit, it goes back to the secretariat.
    await rep.get(`/fr/practices/${id}`);
    const ok = await upload(rep, url, {
      bytes: PDF,
      name: 'C:\\docs\\Guide d’équipe "v2".pdf',
      type: 'text/plain',
    });
    assert.equal(ok.statusCode, 303, ok.body.slice(0, 300));
    assert.equal(ok.headers.location, `/fr/practices/${id}`);
    assert.equal(await statusOf(id), 'submitted');
    const [file] = await attachmentsOf(id);
    assert.ok(file);
    const download = `/fr/practices/${id}/attachments/${file.id}`;
    const served = await rep.get(download);
    assert.equal(served.statusCode, 200);
    assert.equal(served.headers['content-type'], 'application/pdf');
    assert.equal(served.headers['x-content-type-options'], 'nosniff');
    assert.match(
      String(served.headers['content-disposition']),
      /^attachment; filename="Guide d__quipe _v2_\.pdf"; filename\*=UTF-8''Guide%20d%E2%80%99%C3%A9quipe%20%22v2%22\.pdf$/,
    );
    assert.deepEqual(served.rawPayload, PDF);
    // Not public until the secretariat publishes the practice again.
    assert.equal((await t.app.inject(download)).statusCode, 404);
    assert.equal((await stranger.get(download)).statusCode, 403);
    assert.equal((await admin.get(download)).statusCode, 200);
    await publish(id);
    const pub = await t.app.inject(download);
    assert.equal(pub.statusCode, 200);
    assert.deepEqual(pub.rawPayload, PDF);
    const shown = await t.app.inject(`/fr/practices/${id}`);
    assert.match(
      shown.body,
      new RegExp(`href="${download}">Guide d’équipe &quot;v2&quot;\\.pdf</a> \\(PDF, 0,1\\s?ko\\)`),
    );
    assert.doesNotMatch(shown.body, /f-file/, 'no upload form for visitors');
    // Another practice's id, or an unknown one, finds nothing.
    const elsewhere = await publishedPractice('Une autre pratique');
    assert.equal((await t.app.inject(`/fr/practices/${elsewhere}/attachments/${file.id}`)).statusCode, 404);
    assert.equal((await t.app.inject(`/fr/practices/${id}/attachments/nope`)).statusCode, 404);
  });

  test('at most 5 PDFs; members remove them, others cannot', async () => {
    const id = await publishedPractice('Cinq documents au plus');
    for (let i = 0; i < 5; i++) await attach(id, `doc-${i}.pdf`);
    const page = await rep.get(`/fr/practices/${id}`);
    assert.match(page.body, onPage('fr')('attachment.limit_reached', { n: 5 }));
    assert.doesNotMatch(page.body, /id="f-file"/);
    const sixth = await upload(rep, `/fr/practices/${id}/attachments`, { bytes: PDF, name: 'six.pdf' });
    assert.equal(sixth.statusCode, 422);
    assert.match(sixth.body, onPage('fr')('err.attachment.too_many'));
    assert.equal((await attachmentsOf(id)).length, 5);

    const [first] = await attachmentsOf(id);
    const remove = `/fr/practices/${id}/attachments/${first?.id}/delete`;
    await stranger.get('/fr/practices');
    assert.equal((await stranger.post(remove, {})).statusCode, 403);
    await admin.get('/fr/practices');
    assert.equal((await admin.post(remove, {})).statusCode, 403);
    const anonymous = new Agent(t.app);
    await anonymous.get('/fr/sign-up'); // a page with a form, for a CSRF token
    assert.equal((await anonymous.post(remove, {})).statusCode, 303);
    assert.equal((await attachmentsOf(id)).length, 5);
    await rep.get(`/fr/practices/${id}`);
    const removed = await rep.post(remove, {});
    assert.equal(removed.statusCode, 303);
    assert.equal((await attachmentsOf(id)).length, 4);
    assert.equal(await statusOf(id), 'published', 'removing takes nothing new public');
    assert.equal((await rep.post(remove, {})).statusCode, 404, 'already removed');
  });

  test('a file’s name loses its hidden characters and ends with the type found in its bytes', async () => {
    const id = await publishedPractice('Des noms de fichiers trompeurs');
    const url = `/fr/practices/${id}/attachments`;
    const sent: [name: string, safe: string][] = [
      // U+202E reverses what follows: "fdp.exe" would read as "exe.pdf".
      ['\u202Efdp.exe', 'fdp.exe.pdf'],
      ['\u202Egnp.exe.pdf', 'gnp.exe.pdf'],
      ['rap\u200Bpo\u200Drt\u2066 final\u2069.PDF', 'rapport final.pdf'],
      ['\u200B\u200C\u2060\uFEFF', 'document.pdf'],
    ];
    for (const [name] of sent) {
      await rep.get(`/fr/practices/${id}`);
      const res = await upload(rep, url, { bytes: PDF, name });
      assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    }
    const stored = await t.deps.db
      .select({ filename: practiceAttachments.filename })
      .from(practiceAttachments)
      .where(eq(practiceAttachments.practiceId, id));
    assert.deepEqual(stored.map((r) => r.filename).sort(), sent.map(([, safe]) => safe).sort());
    // A name stored before names were made safe is made safe on the way out. No service stores such a name
    // any more, so the row is written directly.
    const [legacy] = await t.deps.db
      .insert(practiceAttachments)
      .values({
        practiceId: id,
        filename: 'notes\u202Etxt.exe',
        size: PDF.length,
        bytes: PDF,
        createdAt: new Date(),
      })
      .returning({ id: practiceAttachments.id });
    const hidden = /[\u200B-\u200D\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;
    const page = await rep.get(`/fr/practices/${id}`);
    assert.doesNotMatch(page.body, hidden);
    for (const [, safe] of [...sent, ['', 'notestxt.exe.pdf']])
      assert.match(page.body, new RegExp(`">${safe}</a>`));
    const rows = await t.deps.db
      .select({ id: practiceAttachments.id, filename: practiceAttachments.filename })
      .from(practiceAttachments)
      .where(eq(practiceAttachments.practiceId, id));
    for (const row of rows) {
      const safe = row.id === legacy?.id ? 'notestxt.exe.pdf' : row.filename;
      const res = await rep.get(`/fr/practices/${id}/attachments/${row.id}`);
      assert.equal(parseDisposition(String(res.headers['content-disposition'])).parameters.filename, safe);
    }
  });
});

describe('we adopted this', () => {
  test('another signatory adopts with a note; it shows on the practice and on both profiles', async () => {
    const id = await publishedPractice('Des cafés numériques dans les quartiers');
    const url = `/fr/practices/${id}/adoption`;
    const adoptions = async () =>
      (
        await t.deps.db
          .select({ n: count() })
          .from(practiceAdoptions)
          .where(eq(practiceAdoptions.practiceId, id))
      )[0]?.n;

    // Visitors are invited to sign in; the author's members get no form.
    assert.match((await t.app.inject(`/fr/practices/${id}`)).body, onPage('fr')('adoption.sign_in'));
    assert.doesNotMatch((await rep.get(`/fr/practices/${id}`)).body, /id="f-note"/);
    const form = await other.get(`/fr/practices/${id}`);
    assert.match(
      form.body,
      new RegExp(`<label for="f-note">${onPage('fr')('adoption.note').source}</label>`),
    );
    assert.match(form.body, new RegExp(`name="organisationId" value="${otherId}"`));

    // A note is required, and 1000 characters at most.
    for (const [note, message] of [
      ['', onPage('fr')('err.required')],
      ['x'.repeat(1001), onPage('fr')('err.too_long', { max: 1000 })],
    ] as const) {
      const bad = await other.post(url, { organisationId: otherId, note });
      assert.equal(bad.statusCode, 422);
      assert.match(bad.body, message);
      assert.match(bad.body, /href="#f-note"/);
    }
    assert.equal(await adoptions(), 0);

    const done = await other.post(url, { organisationId: otherId, note: 'Repris dans nos trois antennes.' });
    assert.equal(done.statusCode, 303);
    const page = await t.app.inject(`/fr/practices/${id}`);
    assert.match(page.body, onPage('fr')('adoption.count', { n: 1 }));
    const otherSlug = await slugOf(otherId);
    assert.match(
      page.body,
      new RegExp(
        // French puts a no-break space before the colon (layout.label_value).
        `href="/fr/signatories/${otherSlug}">Maison des Aînés</a>\u00a0: Repris dans nos trois antennes\\.`,
      ),
    );
    // The author's profile counts it; the adopter's profile lists it.
    const author = await t.app.inject(`/fr/signatories/${await slugOf(orgId)}`);
    assert.match(author.body, onPage('fr')('practice.profile_shared'));
    assert.match(
      author.body,
      new RegExp(
        `href="/fr/practices/${id}" lang="fr">Des cafés numériques dans les quartiers</a> · ${onPage('fr')('adoption.count', { n: 1 }).source}`,
      ),
    );
    const adopter = await t.app.inject(`/en/signatories/${otherSlug}`);
    assert.match(adopter.body, onPage('en')('practice.profile_adopted'));
    assert.match(
      adopter.body,
      new RegExp(
        `href="/en/practices/${id}" lang="fr">Des cafés numériques dans les quartiers</a> \\(Bibliothèque Ouverte\\): Repris dans nos trois antennes\\.`,
      ),
    );

    // Declaring again changes the note.
    await other.get(`/fr/practices/${id}`);
    assert.equal(
      (await other.post(url, { organisationId: otherId, note: 'Dans cinq antennes.' })).statusCode,
      303,
    );
    const changed = await t.app.inject(`/fr/practices/${id}`);
    assert.match(changed.body, /Maison des Aînés<\/a>\u00a0: Dans cinq antennes\./);
    assert.equal(await adoptions(), 1);
    assert.match(
      (await other.get(`/fr/practices/${id}`)).body,
      onPage('fr')('adoption.you_adopted', { name: 'Maison des Aînés' }),
    );

    // Withdrawn: gone from the practice and from both profiles.
    const withdraw = `/fr/practices/${id}/adoption/withdraw`;
    await stranger.get('/fr/practices');
    assert.equal((await stranger.post(withdraw, { organisationId: otherId })).statusCode, 403);
    await rep.get('/fr/practices');
    assert.equal((await rep.post(withdraw, { organisationId: otherId })).statusCode, 403);
    assert.equal(await adoptions(), 1);
    await other.get(`/fr/practices/${id}`);
    assert.equal((await other.post(withdraw, { organisationId: otherId })).statusCode, 303);
    assert.equal(await adoptions(), 0);
    assert.match((await t.app.inject(`/fr/practices/${id}`)).body, onPage('fr')('adoption.count', { n: 0 }));
    assert.doesNotMatch(
      (await t.app.inject(`/fr/signatories/${otherSlug}`)).body,
      onPage('fr')('practice.profile_adopted'),
    );
    assert.equal((await other.post(withdraw, { organisationId: otherId })).statusCode, 404);
  });

  test('not by its own organisation, not before it is published, only by active signatories', async () => {
    const id = await publishedPractice('Une permanence numérique');
    const adoptions = async () => (await t.deps.db.select({ n: count() }).from(practiceAdoptions))[0]?.n;
    const before = await adoptions();
    const note = { note: 'Nous aussi.' };

    await rep.get(`/fr/practices/${id}`);
    const own = await rep.post(`/fr/practices/${id}/adoption`, { organisationId: orgId, ...note });
    assert.equal(own.statusCode, 422);
    assert.match(own.body, onPage('fr')('err.adoption.own_practice'));

    const draft = idOf(
      (await submit(rep, { title: 'Pas encore publiée', summary: 'Résumé', body: 'Détail', lang: 'fr' }))
        .headers.location,
    );
    await other.get('/fr/practices');
    const unpublished = await other.post(`/fr/practices/${draft}/adoption`, {
      organisationId: otherId,
      ...note,
    });
    assert.ok(unpublished.statusCode >= 400 && unpublished.statusCode < 500, String(unpublished.statusCode));

    const pending = await pendingRep.get(`/fr/practices/${id}`);
    assert.match(pending.body, onPage('fr')('adoption.members_only'));
    const notYet = await pendingRep.post(`/fr/practices/${id}/adoption`, {
      organisationId: pendingId,
      ...note,
    });
    assert.equal(notYet.statusCode, 422);
    assert.match(notYet.body, onPage('fr')('err.adoption.signatories_only'));

    // For an organisation one is not a member of, or signed out.
    await stranger.get(`/fr/practices/${id}`);
    assert.equal(
      (await stranger.post(`/fr/practices/${id}/adoption`, { organisationId: otherId, ...note })).statusCode,
      403,
    );
    const anonymous = new Agent(t.app);
    await anonymous.get('/fr/sign-up'); // a page with a form, for a CSRF token
    const anon = await anonymous.post(`/fr/practices/${id}/adoption`, { organisationId: otherId, ...note });
    assert.equal(anon.statusCode, 303);
    assert.match(String(anon.headers.location), /\/fr\/sign-in/);
    assert.equal(await adoptions(), before);
  });
});

describe('open data', () => {
  test('every published practice, in CSV and JSON, with documented columns', async () => {
    const id = await publishedPractice(
      'Des tablettes en prêt, avec "guillemets", virgules et\nretour à la ligne',
    );
    await other.get(`/fr/practices/${id}`);
    await other.post(`/fr/practices/${id}/adoption`, { organisationId: otherId, note: 'Adoptée.' });
    await attach(id, 'guide.pdf');
    const [file] = await attachmentsOf(id);
    const draft = idOf(
      (await submit(rep, { title: 'Brouillon secret', summary: 'Résumé', body: 'Détail', lang: 'fr' }))
        .headers.location,
    );
    const published = (
      await t.deps.db.select({ n: count() }).from(practices).where(eq(practices.status, 'published'))
    )[0]?.n;

    const csv = await t.app.inject('/open-data/practices.csv');
    assert.equal(csv.statusCode, 200);
    assert.equal(csv.headers['content-type'], 'text/csv; charset=utf-8');
    assert.equal(
      parseDisposition(String(csv.headers['content-disposition'])).parameters.filename,
      'inclusio-practices.csv',
    );
    const rows = parse(csv.body, { columns: true }) as Record<string, string>[];
    assert.equal(rows.length, published);
    assert.deepEqual(Object.keys(rows[0] ?? {}), [
      'id',
      'url',
      'title',
      'summary',
      'body_markdown',
      'language',
      'commitments',
      'obstacles',
      'target_groups',
      'sector',
      'region',
      'results',
      'links',
      'attachments',
      'organisation_id',
      'organisation_name',
      'published_on',
      'adoptions',
    ]);
    assert.ok(!rows.some((r) => r.id === draft), 'drafts stay out');
    assert.ok(!csv.body.includes('Brouillon secret'));
    const row = rows.find((r) => r.id === id);
    assert.ok(row);
    const base = t.deps.config.baseUrl;
    assert.deepEqual(row, {
      id,
      url: `${base}/fr/practices/${id}`,
      title: 'Des tablettes en prêt, avec "guillemets", virgules et\nretour à la ligne',
      summary: 'Un résumé de la pratique.',
      body_markdown: 'Le détail de la pratique.',
      language: 'fr',
      commitments: 'C1 C8',
      obstacles: 'no-device',
      target_groups: 'seniors low_income',
      sector: 'associative',
      region: 'wallonia',
      results: '40 ordinateurs prêtés',
      links: '',
      attachments: `${base}/fr/practices/${id}/attachments/${file?.id}`,
      organisation_id: orgId,
      organisation_name: 'Bibliothèque Ouverte',
      published_on: t.clock.now().toISOString().slice(0, 10),
      adoptions: '1',
    });

    const json = await t.app.inject('/open-data/practices.json');
    assert.equal(json.statusCode, 200);
    const data = json.json() as { generatedAt: string; columns: string[]; items: Record<string, unknown>[] };
    assert.deepEqual(data.columns, Object.keys(rows[0] ?? {}));
    assert.equal(data.items.length, published);
    const item = data.items.find((i) => i.id === id);
    assert.deepEqual(item?.commitments, ['C1', 'C8']);
    assert.deepEqual(item?.obstacles, ['no-device']);
    assert.deepEqual(item?.target_groups, ['seniors', 'low_income']);
    assert.equal(item?.adoptions, 1);
    assert.equal(item?.organisation_name, 'Bibliothèque Ouverte');
    assert.ok(!data.items.some((i) => i.id === draft));

    // The library links to both.
    const library = await t.app.inject('/nl/practices');
    assert.match(library.body, /href="\/open-data\/practices\.csv"/);
    assert.match(library.body, /href="\/open-data\/practices\.json"/);
  });
});
