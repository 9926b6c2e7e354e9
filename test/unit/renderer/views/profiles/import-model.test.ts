import { describe, expect, it } from 'vitest';
import type { ImportCandidate } from '../../../../../shared/domain/profile';
import { chosenPicks, importNameIssues, initialChoices } from '../../../../../renderer/views/profiles/import-model';
import { samplePreview } from '../../fake-profiles';

const [importable, blocked] = samplePreview.candidates as [ImportCandidate, ImportCandidate];
const second: ImportCandidate = { ...importable, candidateId: 'environment:ALIBABA_CLOUD_ACCESS_KEY_ID', source: 'environment', suggestedName: 'env' };
const candidates = [importable, blocked, second];

describe('import choices', () => {
  it('tick every importable candidate under its suggested name, and no blocked one', () => {
    expect(initialChoices(candidates)).toEqual({
      [importable.candidateId]: { picked: true, name: 'aliyun default' },
      [blocked.candidateId]: { picked: false, name: 'aliyun ram' },
      [second.candidateId]: { picked: true, name: 'env' },
    });
  });

  it('send only ticked, importable candidates, under trimmed names', () => {
    const choices = { ...initialChoices(candidates), [blocked.candidateId]: { picked: true, name: 'x' }, [second.candidateId]: { picked: true, name: '  Env  ' } };
    expect(chosenPicks(candidates, choices)).toEqual([
      { candidateId: importable.candidateId, name: 'aliyun default' },
      { candidateId: second.candidateId, name: 'Env' },
    ]);
    expect(chosenPicks(candidates, { ...choices, [importable.candidateId]: { picked: false, name: 'a' } })).toHaveLength(1);
  });

  it('check ticked names like profile names: required, free among profiles and among the picks', () => {
    const choices = initialChoices(candidates);
    expect(importNameIssues(candidates, choices, ['Other'])).toEqual({});
    expect(importNameIssues(candidates, choices, ['ALIYUN DEFAULT'])).toEqual({
      [importable.candidateId]: { code: 'nameTaken', params: { name: 'aliyun default' } },
    });
    const clash = { ...choices, [second.candidateId]: { picked: true, name: 'Aliyun Default ' } };
    expect(Object.keys(importNameIssues(candidates, clash, []))).toEqual([importable.candidateId, second.candidateId]);
    const blank = { ...choices, [second.candidateId]: { picked: true, name: ' ' } };
    expect(importNameIssues(candidates, blank, [])).toEqual({ [second.candidateId]: { code: 'required', params: {} } });
  });

  it('ignore the names of candidates that are not ticked', () => {
    const choices = { ...initialChoices(candidates), [second.candidateId]: { picked: false, name: '' } };
    expect(importNameIssues(candidates, choices, [])).toEqual({});
  });
});
