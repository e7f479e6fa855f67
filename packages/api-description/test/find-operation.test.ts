import { expect, test } from 'vitest';
import { findOperation, operationLabel, type ApiIndex } from '@specmark/api-description';
import { loadDescription } from '@specmark/api-description/node';
import { realDescription } from './support/real-descriptions.ts';

const loaded = await loadDescription(realDescription('github.com/api.github.com.json'), { from: import.meta.filename });
if (!loaded.ok) throw new Error(loaded.problem.message);
const github: ApiIndex = loaded.value.index;

/** What a spec's entry finds: `METHOD /path` as the description writes it, or the nearest. */
function found(written: string): string | string[] {
  const result = findOperation(github, written);
  return result.found ? operationLabel(result.operation) : result.nearest;
}

test('GitHub’s description: 845 operations, 34 of them deprecated', () => {
  expect(github.format).toBe('openapi-3.0');
  expect(github.operations).toHaveLength(845);
  expect(github.operations.filter((operation) => operation.deprecated)).toHaveLength(34);
});

test('an operation is found as written, with the method in any case, other parameter names and a trailing slash', () => {
  expect(found('POST /repos/{owner}/{repo}/deployments')).toBe('POST /repos/{owner}/{repo}/deployments');
  expect(found('post /repos/{owner}/{repo}/deployments')).toBe('POST /repos/{owner}/{repo}/deployments');
  expect(found('POST /repos/{org}/{name}/deployments/')).toBe('POST /repos/{owner}/{repo}/deployments');
  expect(found('  GET   /repos/{o}/{r}/deployments/{id}/statuses  ')).toBe('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses');
});

test('an operation is found by its id', () => {
  expect(found('repos/create-deployment-status')).toBe('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses');
  expect(findOperation(github, 'repos/create-deployment-status')).toMatchObject({ found: true, operation: { summary: 'Create a deployment status', deprecated: false } });
});

test('a typo gets the three nearest operations, written the way the spec wrote it', () => {
  expect(found('POST /repos/{owner}/{repo}/deploymnts')).toEqual(['POST /repos/{owner}/{repo}/deployments', 'GET /repos/{owner}/{repo}/deployments', 'POST /repos/{owner}/{repo}/projects']);
  expect(found('PUT /repos/{owner}/{repo}/deployments')).toEqual(['GET /repos/{owner}/{repo}/deployments', 'POST /repos/{owner}/{repo}/deployments', 'GET /repos/{owner}/{repo}/comments']);
  expect(found('repos/create-deployment-stats')).toEqual(['repos/create-deployment-status', 'repos/get-deployment-status', 'repos/create-deployment']);
});

test('a deprecated operation names the replacement GitHub’s description gives', () => {
  const replacement = (label: string): string | undefined => {
    const result = findOperation(github, label);
    return result.found && result.operation.deprecated ? result.operation.replacement : 'not deprecated';
  };
  expect(replacement('GET /teams/{team_id}')).toBe('GET /orgs/{org}/teams/{team_slug}');
  expect(replacement('DELETE /teams/{team_id}')).toBe('DELETE /orgs/{org}/teams/{team_slug}');
  expect(replacement('POST /teams/{team_id}/discussions')).toBe('POST /orgs/{org}/teams/{team_slug}/discussions');
  expect(replacement('PUT /teams/{team_id}/memberships/{username}')).toBe('PUT /orgs/{org}/teams/{team_slug}/memberships/{username}');
  expect(github.operations.filter((operation) => operation.deprecated && operation.replacement === undefined).map(operationLabel)).toEqual([]);
});
