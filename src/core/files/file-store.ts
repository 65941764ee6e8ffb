import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config.ts';

/**
 * Where the bytes of uploaded files live: outside the web root and outside the database, reached
 * only through routes that check access first. Keys are random, never a file's own name.
 */
export type FileStore = {
  put(key: string, bytes: Buffer): Promise<void>;
  /** The bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<Buffer | null>;
  remove(key: string): Promise<void>;
};

const SAFE_KEY = /^[a-z0-9-]+$/;

function assertSafeKey(key: string): void {
  // Keys are made by Kinfold; anything else must never become a path.
  if (!SAFE_KEY.test(key))
    throw new Error('A file store key must be lower-case letters, digits and dashes');
}

/** A file store in a folder on disk, spread over sub-folders so none grows too large. */
export function folderFileStore(root: string): FileStore {
  const pathOf = (key: string) => {
    assertSafeKey(key);
    return path.join(root, key.slice(0, 2), key);
  };
  return {
    async put(key, bytes) {
      const file = pathOf(key);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, bytes, { mode: 0o600 });
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}

const stores = new Map<string, FileStore>();

/** The agency's file store: `files/` inside the data folder. */
export function fileStoreFor(config: Pick<Config, 'dataDir'>): FileStore {
  const root = path.join(config.dataDir, 'files');
  let store = stores.get(root);
  if (!store) {
    store = folderFileStore(root);
    stores.set(root, store);
  }
  return store;
}
