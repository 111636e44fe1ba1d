import { caseFileInfo, type CaseFileInfo } from '../../core/services/info';
import { openCaseFile, using } from '../../core/store/open';
import { formatDateTime } from '../../shared/format';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';

export type InfoOptions = { user?: string; 'passphrase-file'?: string; json?: boolean };

export async function infoCommand(io: Io, dir: string, opts: InfoOptions): Promise<void> {
  const credentials = await userCredentials(io, opts);
  try {
    const info = await using(openCaseFile(dir, credentials, 'read'), caseFileInfo);
    if (opts.json) io.out(JSON.stringify(info, null, 2));
    else printInfo(io, info);
  } finally {
    forget(credentials);
  }
}

function printInfo(io: Io, info: CaseFileInfo): void {
  const s = info.settings;
  const row = (label: string, value: string | number): void => io.out(`  ${label.padEnd(16)} ${value}`);
  io.out(t(io, `Berkas kasus ${info.path}`, `Case file ${info.path}`));
  row(t(io, 'Judul', 'Title'), s.title);
  row('ID', info.caseFileId);
  row(t(io, 'Dibuat', 'Created'), `${formatDateTime(info.createdAt, io.lang, s.timeZone)} (Berkas ${info.createdWith})`);
  row(t(io, 'Skema', 'Schema'), `${info.schemaVersion} (${t(io, 'terbaru', 'latest')} ${info.latestSchemaVersion})`);
  row(t(io, 'Integritas', 'Integrity'), info.integrity);
  io.out(t(io, 'Pengaturan', 'Settings'));
  row(t(io, 'Nama satuan', 'Unit name'), s.unitName || '-');
  row(t(io, 'Kode satuan', 'Unit code'), s.unitCode || '-');
  row('Satker', s.satker || '-');
  row('Polda', s.polda || '-');
  row(t(io, 'Kop surat', 'Letterhead'), s.letterhead.length ? s.letterhead.join(' / ') : '-');
  row(t(io, 'Zona waktu', 'Time zone'), s.timeZone);
  io.out(t(io, `Pengguna (${info.counts.users} aktif)`, `Users (${info.counts.users} active)`));
  for (const u of info.users) {
    const state = u.removedAt ? t(io, ' (dihapus)', ' (removed)') : '';
    io.out(`  ${u.login.padEnd(16)} ${u.role.padEnd(9)} ${u.displayName}${state}`);
  }
  io.out(t(io, `Perkara: ${info.counts.perkara}`, `Cases: ${info.counts.perkara}`));
}
