// Encrypted attachment files in `blobs/`, independent of the database (format in format.ts).
export { writeBlob, type WriteBlobOptions, type WrittenBlob } from './write';
export { verifyBlob, readBlobToFile, readBlobToBuffer, secondHashes } from './verify';
export type { ReadOptions } from './read';
export { removeOrphans } from './orphans';
export { blobPath, blobsDir } from './format';
export { makeThumbnail, THUMBNAIL_EDGE } from './thumbnail';
