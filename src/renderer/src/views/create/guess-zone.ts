// The unit's zone as first suggestion: the computer's own clock setting, when it is Indonesian.
import type { TimeZone } from '../../../../shared/domain/settings';

const BY_IANA: Record<string, TimeZone> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Pontianak': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

export function guessZone(): TimeZone {
  // WITA is also the core's default (DEFAULT_SETTINGS).
  return BY_IANA[Intl.DateTimeFormat().resolvedOptions().timeZone] ?? 'WITA';
}
