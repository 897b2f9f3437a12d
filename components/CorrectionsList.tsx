import { useEffect, useState } from 'preact/hooks';
import { describeCorrection, type Correction } from '../utils/corrections/applyCorrections';
import { listCorrections, undoCorrection, watchCorrections } from '../utils/corrections/correctionsStore';
import { formatDate } from '../utils/format';
import { t } from '../utils/i18n';

/** Every correction the reader made, newest first, each with undo. */
export function CorrectionsList() {
  const [all, setAll] = useState<Correction[]>([]);
  useEffect(() => {
    void listCorrections().then(setAll);
    return watchCorrections(setAll);
  }, []);
  if (all.length === 0) return <p class="muted">{t('corrNone')}</p>;
  return (
    <ul class="corrections">
      {[...all].reverse().map((c) => (
        <li key={c.at}>
          <span>{describeCorrection(c)}</span> <span class="muted">{formatDate(c.at)}</span>{' '}
          <button onClick={() => void undoCorrection(c.at)}>{t('undo')}</button>
        </li>
      ))}
    </ul>
  );
}
