import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const publicDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public');

/**
 * Fingerprints every file in public/ once at start-up: styles.css → /static/styles.1a2b3c4d.css.
 * A fingerprinted URL never changes content, so it is cached for a year.
 */
export function buildAssetManifest(dir = publicDir) {
  const byName = new Map<string, string>();
  const byUrlName = new Map<string, string>();
  for (const name of fs.readdirSync(dir)) {
    const file = path.join(dir, name);
    if (!fs.statSync(file).isFile()) continue;
    const hash = createHash('sha256').update(fs.readFileSync(file)).digest('hex').slice(0, 10);
    const ext = path.extname(name);
    const urlName = `${path.basename(name, ext)}.${hash}${ext}`;
    byName.set(name, `/static/${urlName}`);
    byUrlName.set(urlName, name);
  }
  return {
    url(name: string): string {
      const u = byName.get(name);
      if (!u) throw new Error(`No asset named ${name} in public/`);
      return u;
    },
    /** The real file name for a fingerprinted one, or undefined when the fingerprint is not current. */
    resolve: (urlName: string) => byUrlName.get(urlName),
  };
}
export type AssetManifest = ReturnType<typeof buildAssetManifest>;
