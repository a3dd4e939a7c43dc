// People and agreements for an answer of the injected script, found in the extension's own context (popup or
// background) rather than in the page: the injected script stays small, and the text is the same.
import { extractEntities } from '../entities';
import { entityText, type InjectedResult } from './injected';

export function withEntities(answer: InjectedResult): InjectedResult {
  if (!answer.ok || answer.entities || answer.result.kind !== 'article') return answer;
  return { ...answer, entities: extractEntities(entityText(answer.result)) };
}
