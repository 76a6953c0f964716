// 提出書類 on the underwriter's case: the documents the contractor sent for the application, each downloadable.
import { useEffect, useState } from 'react';
import { Empty, ErrorBanner, Loading } from '../../components/ui';
import { DocumentTable } from '../documents/DocumentTable';
import { listDocuments } from '../documents/logic';
import type { ApplicationDocument } from '../documents/types';

export function CaseDocuments({ applicationId }: { applicationId: string }) {
  const [items, setItems] = useState<ApplicationDocument[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    const ctrl = new AbortController();
    setItems(null);
    setError(null);
    listDocuments(applicationId, ctrl.signal)
      .then(setItems)
      .catch((e) => {
        if (!ctrl.signal.aborted) {
          setError(e);
          setItems([]);
        }
      });
    return () => ctrl.abort();
  }, [applicationId]);

  return (
    <section className="section" aria-labelledby="case-documents">
      <h2 id="case-documents">提出書類</h2>
      <ErrorBanner error={error} />
      {items === null ? (
        <Loading />
      ) : items.length === 0 ? (
        !error && <Empty>お客様から提出された書類はありません。</Empty>
      ) : (
        <DocumentTable items={items} caption={`お客様が送信した書類（${items.length}件、新しい順）`} />
      )}
    </section>
  );
}
