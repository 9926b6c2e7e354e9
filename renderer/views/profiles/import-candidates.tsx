import { useId } from 'react';
import type { ImportPreview } from '../../../shared/contract/channels';
import type { ImportCandidate } from '../../../shared/domain/profile';
import type { AppError } from '../../../shared/errors/app-error';
import type { FieldIssue } from '../../../shared/errors/field-issue';
import { errorMessage } from '../../../shared/i18n/translate';
import { useLocale, useT, type Translate } from '../../i18n/use-t';
import type { CandidateChoice, CandidateChoices } from './import-model';
import { terms } from './profile-labels';
import { TokenFlag } from './token-flag';

/** What the list of found credentials shows and reports back. */
export interface ImportCandidatesProps {
  preview: ImportPreview;
  choices: CandidateChoices;
  nameIssues: Record<string, FieldIssue>;
  failures: Record<string, AppError>;
  imported: ReadonlySet<string>;
  now: Date;
  onChoice(candidateId: string, choice: CandidateChoice): void;
}

function blockerText(candidate: ImportCandidate, t: Translate): string | null {
  if (candidate.blocker === 'unsupportedMode') return t('import.blocker.unsupportedMode', { mode: candidate.mode ?? '?' });
  return candidate.blocker ? t(`import.blocker.${candidate.blocker}`) : null;
}

function CandidateRow({ candidate, props }: { candidate: ImportCandidate; props: ImportCandidatesProps }) {
  const t = useT();
  const locale = useLocale();
  const id = candidate.candidateId;
  const choice = props.choices[id] ?? { picked: false, name: candidate.suggestedName };
  const done = props.imported.has(id);
  const issue = props.nameIssues[id];
  const failure = props.failures[id];
  const status = done ? t('import.imported') : failure ? errorMessage(locale, failure) : blockerText(candidate, t);
  const rowId = useId();
  const statusId = `${rowId}-status`;
  const messageId = `${rowId}-name`;
  const locked = candidate.blocker !== null || done;
  return (
    <tr className={locked ? 'import-row import-row--locked' : 'import-row'}>
      <td>
        <input
          type="checkbox"
          checked={choice.picked && !locked}
          disabled={locked}
          aria-label={t('import.pick', { origin: candidate.origin })}
          aria-describedby={status ? statusId : undefined}
          onChange={(event) => props.onChoice(id, { ...choice, picked: event.target.checked })}
        />
      </td>
      <td>
        <input
          className="input"
          value={choice.name}
          disabled={locked || !choice.picked}
          aria-label={t('import.nameFor', { origin: candidate.origin })}
          aria-invalid={issue ? true : undefined}
          aria-describedby={issue ? messageId : undefined}
          onChange={(event) => props.onChoice(id, { ...choice, name: event.target.value })}
        />
        {issue && (
          <p id={messageId} className="field__message">
            {t(`validation.${issue.code}`, issue.params)}
          </p>
        )}
      </td>
      <td>{t(`provider.${candidate.provider}`)}</td>
      <td className="nowrap">
        <code className="key-id" translate="no">
          {candidate.accessKeyIdMasked}
        </code>
      </td>
      <td className="nowrap" translate="no">
        {candidate.region}
      </td>
      <td>
        <TokenFlag token={candidate.hasSecurityToken ? { expiresAt: candidate.securityTokenExpiresAt } : null} now={props.now} />
      </td>
      <td>
        <span className="import-row__source">{t(`import.source.${candidate.source}`)}</span>{' '}
        <code className="import-row__origin" translate="no">
          {candidate.origin}
        </code>
      </td>
      <td id={statusId} className={failure ? 'import-row__status import-row__status--failed' : 'import-row__status'}>
        {status}
      </td>
    </tr>
  );
}

/**
 * What an import preview found: the sources it could not read, then each credential (masked) with
 * a tick box and an editable name; those that cannot be imported say why and cannot be ticked.
 */
export function ImportCandidates(props: ImportCandidatesProps) {
  const t = useT();
  const locale = useLocale();
  const { candidates, problems } = props.preview;
  return (
    <div className="import-results">
      {problems.length > 0 && (
        <ul className="import-problems" aria-label={t('import.problems')}>
          {problems.map((problem, index) => (
            <li key={index}>{errorMessage(locale, problem)}</li>
          ))}
        </ul>
      )}
      {candidates.length === 0 ? (
        <p className="muted">{t('import.nothingFound')}</p>
      ) : (
        <div className="table-scroll">
          <table className="import-table">
            <thead>
              <tr>
                <th scope="col">{t('import.col.pick')}</th>
                <th scope="col">{t('import.col.name')}</th>
                <th scope="col">{t('import.col.provider')}</th>
                <th scope="col" translate="no">
                  {terms.accessKeyId}
                </th>
                <th scope="col">{t('profiles.col.region')}</th>
                <th scope="col">{t('profiles.col.token')}</th>
                <th scope="col">{t('import.col.origin')}</th>
                <th scope="col">{t('import.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {candidates.map((candidate) => (
                <CandidateRow key={candidate.candidateId} candidate={candidate} props={props} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
