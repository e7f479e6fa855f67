import { expect, test } from 'vitest';
import * as main from '@specmark/api-description';
import * as node from '@specmark/api-description/node';

test('the main entry exports exactly the documented API', () => {
  expect(Object.keys(main).sort()).toEqual(['findOperation', 'indexDescription', 'operationLabel', 'pathShape', 'readDescriptionText']);
});

test('the node entry exports file loading only', () => {
  expect(Object.keys(node).sort()).toEqual(['descriptionSizeLimit', 'loadDescription', 'locateDescription']);
});
