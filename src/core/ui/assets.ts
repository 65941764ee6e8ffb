import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ASSETS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets');

export type Asset = { body: Buffer; contentType: string; url: string };

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

/**
 * The stylesheet, scripts and icons, read once at start-up. Each gets a URL with a hash of its
 * content, so browsers can keep it for a year and still get a new version the moment it changes.
 */
function loadAssets(): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  for (const file of fs.readdirSync(ASSETS_DIR)) {
    const body = fs.readFileSync(path.join(ASSETS_DIR, file));
    const extension = path.extname(file);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 10);
    const url = `/assets/${path.basename(file, extension)}.${hash}${extension}`;
    assets.set(file, {
      body,
      contentType: CONTENT_TYPES[extension] ?? 'application/octet-stream',
      url,
    });
  }
  return assets;
}

export const ASSETS = loadAssets();

/** The versioned URL of an asset by its file name. */
export function assetUrl(file: string): string {
  const asset = ASSETS.get(file);
  if (!asset) throw new Error(`No asset named ${file}`);
  return asset.url;
}
