// The records of one case the sections share: the perkara, its people, its documents, and the two
// catalogues (pasal sangkaan, rule sets). Each list is fetched again after a change to it, rather
// than patched locally, so the page always shows what the core stored (derived fields included:
// a child's age, the highest threatened penalty, stored warnings).
import { useCallback, useEffect, useState } from 'react';
import type { WireError } from '../../../../shared/ipc/contract';
import type { RuleSet } from '../../../../shared/rules/rulesets';
import type { Api } from '../../api/client';
import type { ChargeView, DocumentView, PartyView, PerkaraView } from './record-types';

export type CaseRecords = {
  perkara: PerkaraView | null;
  parties: PartyView[] | null;
  documents: DocumentView[] | null;
  charges: ChargeView[];
  ruleSets: RuleSet[];
  /** The first failure to load (a case removed meanwhile, a lost connection). */
  error: WireError | null;
  setPerkara: (p: PerkaraView) => void;
  reloadPerkara: () => Promise<void>;
  reloadParties: () => Promise<void>;
  reloadDocuments: () => Promise<void>;
};

export function useCaseRecords(api: Api, perkaraId: string): CaseRecords {
  const [perkara, setPerkara] = useState<PerkaraView | null>(null);
  const [parties, setParties] = useState<PartyView[] | null>(null);
  const [documents, setDocuments] = useState<DocumentView[] | null>(null);
  const [charges, setCharges] = useState<ChargeView[]>([]);
  const [ruleSets, setRuleSets] = useState<RuleSet[]>([]);
  const [error, setError] = useState<WireError | null>(null);

  const reloadPerkara = useCallback(async () => {
    const r = await api.call('perkara:get', { id: perkaraId });
    if (r.ok) setPerkara(r.value);
    else setError(r.error);
  }, [api, perkaraId]);

  const reloadParties = useCallback(async () => {
    const r = await api.call('parties:list', { perkaraId });
    if (r.ok) setParties(r.value);
    else setError(r.error);
  }, [api, perkaraId]);

  const reloadDocuments = useCallback(async () => {
    const r = await api.call('documents:list', { perkaraId });
    if (r.ok) setDocuments(r.value);
    else setError(r.error);
  }, [api, perkaraId]);

  useEffect(() => {
    setPerkara(null);
    setParties(null);
    setDocuments(null);
    setError(null);
    void reloadPerkara();
    void reloadParties();
    void reloadDocuments();
  }, [reloadPerkara, reloadParties, reloadDocuments]);

  useEffect(() => {
    let current = true;
    void Promise.all([api.call('catalog:charges', {}), api.call('catalog:ruleSets', {})]).then(([c, r]) => {
      if (!current) return;
      if (c.ok) setCharges(c.value);
      if (r.ok) setRuleSets(r.value);
    });
    return () => {
      current = false;
    };
  }, [api]);

  return { perkara, parties, documents, charges, ruleSets, error, setPerkara, reloadPerkara, reloadParties, reloadDocuments };
}
