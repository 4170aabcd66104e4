import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { type SitePage, sitePages } from './schema.ts';

export type SitePageRow = typeof sitePages.$inferSelect;

export async function bySlug(db: Db, slug: SitePage): Promise<SitePageRow | undefined> {
  const [row] = await db.select().from(sitePages).where(eq(sitePages.slug, slug));
  return row;
}

export async function all(db: Db): Promise<SitePageRow[]> {
  return db.select().from(sitePages);
}

export async function save(db: Db, row: SitePageRow) {
  await db
    .insert(sitePages)
    .values(row)
    .onConflictDoUpdate({
      target: sitePages.slug,
      set: { body: row.body, updatedBy: row.updatedBy, updatedAt: row.updatedAt },
    });
}
