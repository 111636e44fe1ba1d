// `berkas restore`: a backup into a new case folder. Everything is decrypted and checked in a hidden
// folder beside the target, opened once with the same credentials, and only then renamed into place.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, renameSync, rmdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../shared/errors';
import { open as openSealed, zero } from '../store/crypto';
import { fsError, fsyncDir } from '../store/fsio';
import { forgetSlotContent, kdfParams, parseKeysFile, unwrapSlots, writeKeysFile, type KeysFile } from '../store/keys';
import { deriveKek } from '../store/kdf';
import { closeCaseFile, openCaseFile } from '../store/open';
import { CASE_DB, checkNewCaseDir, newCaseDirPath } from '../store/paths';
import type { Credentials } from '../store/session';
import { recoveryKek } from '../store/slots';
import { BACKUP_VERSION, BackupHeader, backupKey, chunkAad, MAGIC, sha256 } from './format';
import type { Progress } from './backup';
import { BLOBS_DIR, ID_PATTERN } from '../blobs/format';
import { verifyAttachments } from '../services/attachments';

type Parsed = { header: BackupHeader; keys: KeysFile; prefixLength: number; prefixHash: Buffer };

async function readPrefix(fh: FileHandle, path: string): Promise<Parsed> {
  const fixed = Buffer.alloc(MAGIC.length + 5);
  await fh.read(fixed, 0, fixed.length, 0);
  if (!fixed.subarray(0, MAGIC.length).equals(MAGIC)) throw new AppError('NOT_A_BACKUP', { path });
  const version = fixed.readUInt8(MAGIC.length);
  if (version > BACKUP_VERSION) throw new AppError('BACKUP_NEWER_VERSION', { found: version });
  const length = fixed.readUInt32BE(MAGIC.length + 1);
  if (length > 16 * 1024 * 1024) throw new AppError('BACKUP_DAMAGED', { path, detail: 'header' });
  const json = Buffer.alloc(length);
  const { bytesRead } = await fh.read(json, 0, length, fixed.length);
  if (bytesRead !== length) throw new AppError('BACKUP_DAMAGED', { path, detail: 'header' });
  let header: BackupHeader;
  let keys: KeysFile;
  try {
    header = BackupHeader.parse(JSON.parse(json.toString('utf8')));
    keys = parseKeysFile(JSON.stringify(header.keys), path);
  } catch {
    throw new AppError('BACKUP_DAMAGED', { path, detail: 'header' });
  }
  const prefix = Buffer.concat([fixed, json]);
  return { header, keys, prefixLength: prefix.length, prefixHash: sha256(prefix) };
}

/** Yields the decrypted chunks in order; any change, reordering or truncation fails. */
async function* chunks(fh: FileHandle, size: number, start: number, key: Buffer, prefixHash: Buffer, path: string): AsyncGenerator<Buffer> {
  let offset = start;
  let index = 0;
  const lengthBuf = Buffer.alloc(4);
  while (offset < size) {
    if ((await fh.read(lengthBuf, 0, 4, offset)).bytesRead !== 4) break;
    const length = lengthBuf.readUInt32BE();
    if (length > 2 * 1024 * 1024 || offset + 4 + length > size) throw new AppError('BACKUP_DAMAGED', { path, detail: `chunk ${index}` });
    const sealed = Buffer.alloc(length);
    await fh.read(sealed, 0, length, offset + 4);
    offset += 4 + length;
    const plain = openSealed(key, sealed, chunkAad(prefixHash, index, offset === size));
    if (!plain) throw new AppError('BACKUP_DAMAGED', { path, detail: `chunk ${index}` });
    index += 1;
    yield plain;
    if (offset === size) return;
  }
  throw new AppError('BACKUP_DAMAGED', { path, detail: 'truncated' });
}

/** A pull reader over the chunk stream: take exactly n bytes. */
function byteReader(source: AsyncGenerator<Buffer>, path: string) {
  let buf = Buffer.alloc(0);
  return async (n: number): Promise<Buffer> => {
    while (buf.length < n) {
      const next = await source.next();
      if (next.done) throw new AppError('BACKUP_DAMAGED', { path, detail: 'truncated' });
      buf = Buffer.concat([buf, next.value]);
    }
    const out = buf.subarray(0, n);
    buf = buf.subarray(n);
    return out;
  };
}

async function findDataKey(keys: KeysFile, credentials: Credentials): Promise<Buffer[]> {
  const { params, salt } = kdfParams(keys);
  const kek =
    credentials.kind === 'recovery' ? recoveryKek(credentials.recoveryKey, salt) : await deriveKek(credentials.login, credentials.passphrase, salt, params);
  const slots = unwrapSlots(keys, kek);
  zero(kek);
  const deks = slots.flatMap((s) => s.deks.map((d) => Buffer.from(d.key)));
  slots.forEach(forgetSlotContent);
  if (deks.length === 0) throw new AppError(credentials.kind === 'recovery' ? 'WRONG_RECOVERY_KEY' : 'WRONG_CREDENTIALS');
  return deks;
}

export async function restoreBackup(fileInput: string, dirInput: string, credentials: Credentials, onProgress?: Progress): Promise<{ dir: string }> {
  const file = resolve(fileInput);
  const dir = newCaseDirPath(dirInput);
  checkNewCaseDir(dir);
  let fh: FileHandle;
  try {
    fh = await open(file, 'r');
  } catch (e) {
    throw fsError(e, file);
  }
  const tmp = join(dirname(dir), `.${basename(dir)}.restoring-${randomBytes(6).toString('hex')}`);
  const deks: Buffer[] = [];
  try {
    const size = (await fh.stat()).size;
    const { header, keys, prefixLength, prefixHash } = await readPrefix(fh, file);
    deks.push(...(await findDataKey(keys, credentials)));
    // The data key that decrypts the first chunk is the one the database was copied under.
    let read: ((n: number) => Promise<Buffer>) | null = null;
    for (const dek of deks) {
      const key = backupKey(dek, header.backupId);
      const source = chunks(fh, size, prefixLength, key, prefixHash, file);
      try {
        const first = await source.next();
        const pushedBack = first.done ? [] : [first.value];
        read = byteReader(
          (async function* () {
            yield* pushedBack;
            yield* source;
          })(),
          file,
        );
        break;
      } catch (e) {
        if (!(e instanceof AppError && e.code === 'BACKUP_DAMAGED')) throw e;
      }
    }
    if (!read) throw new AppError('BACKUP_DAMAGED', { path: file, detail: 'cannot be decrypted with these keys' });

    mkdirSync(tmp, { mode: 0o700 });
    let sawDb = false;
    let sawBlob = false;
    let done = 0;
    for (;;) {
      const nameLength = (await read(2)).readUInt16BE();
      if (nameLength === 0) break;
      const name = (await read(nameLength)).toString('utf8');
      const entrySize = Number((await read(8)).readBigUInt64BE());
      const blob = name.startsWith(`${BLOBS_DIR}/`) && ID_PATTERN.test(name.slice(BLOBS_DIR.length + 1));
      if (name !== CASE_DB && !blob) throw new AppError('BACKUP_DAMAGED', { path: file, detail: `unknown entry ${name}` });
      // blobs/ exists only in a case file that has attachments, as in the original.
      if (blob && !sawBlob) mkdirSync(join(tmp, BLOBS_DIR), { mode: 0o700 });
      sawBlob ||= blob;
      const out = await open(join(tmp, name), 'wx', 0o600);
      try {
        let left = entrySize;
        while (left > 0) {
          const part = await read(Math.min(left, 64 * 1024));
          await out.write(part);
          left -= part.length;
          done += part.length;
          // The backup's own size is the nearest total we know before the last entry.
          onProgress?.(Math.min(done, size), size);
        }
        await out.sync();
      } finally {
        await out.close();
      }
      if (name === CASE_DB) sawDb = true;
    }
    if (sawBlob) fsyncDir(join(tmp, BLOBS_DIR));
    if (!sawDb) throw new AppError('BACKUP_DAMAGED', { path: file, detail: 'no database' });
    writeKeysFile(tmp, keys);
    fsyncDir(tmp);
    // Open it once, as the person restoring, before it takes the place of anything. Opening for
    // writing also puts the copy back in WAL mode (VACUUM INTO wrote it with a rollback journal).
    // Every attachment is read back and its hash checked before the restore counts.
    const restored = await openCaseFile(tmp, credentials, 'write');
    try {
      const bad = (await verifyAttachments(restored, null)).find((c) => !c.ok);
      if (bad) throw new AppError('BACKUP_DAMAGED', { path: file, detail: `attachment ${bad.attachment.name}` });
    } finally {
      closeCaseFile(restored);
    }
    if (existsSync(dir)) rmdirSync(dir);
    renameSync(tmp, dir);
    fsyncDir(dirname(dir));
    return { dir };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e instanceof AppError ? e : fsError(e, dir);
  } finally {
    zero(...deks);
    await fh.close();
  }
}
