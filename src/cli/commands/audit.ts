import { auditLog } from '../../core/audit/log';
import { verifyAudit } from '../../core/audit/verify';
import { findPerkara } from '../../core/services/cases';
import { getSettings } from '../../core/services/settings';
import { openCaseFile, using } from '../../core/store/open';
import { AppError } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { formatFinding } from '../../shared/i18n/audit-messages';
import { forget, userCredentials } from '../credentials';
import { t, type Io } from '../io';

type Common = { user?: string; 'passphrase-file'?: string };

/** Exit code 0 when the chain and every record hold, 1 when something does not. */
export async function auditVerifyCommand(io: Io, dir: string, opts: Common & { anchor?: string }): Promise<number> {
  if (opts.anchor !== undefined && !/^[0-9a-fA-F]{64}$/.test(opts.anchor)) {
    throw new AppError('INVALID_INPUT', { detail: '--anchor takes the 64 hex digits of an audit head' });
  }
  const credentials = await userCredentials(io, opts);
  try {
    const report = await using(openCaseFile(dir, credentials, 'read'), (s) => verifyAudit(s.db, { anchor: opts.anchor }));
    if (report.ok) {
      io.out(t(io, `Rantai audit utuh: ${report.rows} baris, semua tanda tangan, peran dan data cocok.`, `The audit chain holds: ${report.rows} rows, every signature, role and record checks out.`));
      io.out(t(io, `Kepala: ${report.head}`, `Head: ${report.head}`));
      return 0;
    }
    for (const finding of report.findings) io.out(formatFinding(finding, io.lang));
    return 1;
  } finally {
    forget(credentials);
  }
}

export async function auditLogCommand(io: Io, dir: string, opts: Common & { case?: string; limit?: string }): Promise<void> {
  const limit = opts.limit === undefined ? 50 : Number(opts.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new AppError('INVALID_INPUT', { detail: '--limit takes a whole number above 0' });
  const credentials = await userCredentials(io, opts);
  try {
    await using(openCaseFile(dir, credentials, 'read'), (s) => {
      let perkaraId: string | undefined;
      if (opts.case) {
        const perkara = findPerkara(s.db, opts.case);
        if (!perkara) throw new AppError('INVALID_INPUT', { detail: t(io, `tidak ada perkara ${opts.case}`, `no case ${opts.case}`) });
        perkaraId = perkara.id;
      }
      const zone = getSettings(s.db).timeZone;
      for (const e of auditLog(s.db, { perkaraId, limit })) {
        const who = e.userLogin ?? t(io, '(kunci pemulihan)', '(recovery key)');
        io.out(`${String(e.seq).padStart(6)}  ${formatDateTime(e.at, io.lang, zone)}  ${who.padEnd(16)} ${e.action.padEnd(18)} ${e.entity} ${e.entityId}`);
      }
    });
  } finally {
    forget(credentials);
  }
}
