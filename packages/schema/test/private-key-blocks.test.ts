import { expect, test } from 'vitest';
import { findCredentials } from '@specmark/schema';

const body = ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj', 'MZEfYyjiWA4R4/M2bS1GB4t7NXp98C3SC6dVMvDuictGeurT8jNbvJZHtCSuYEvu'];

test('a private key is found with its headers and blank or quoted lines between them removed', () => {
  const key = ['-----BEGIN RSA PRIVATE KEY-----', '> Proc-Type: 4,ENCRYPTED', '', '>  \t', '> DEK-Info: AES-128-CBC,2AF25325A9B286F4', '>', ...body.map((line) => `> ${line}`), '-----END RSA PRIVATE KEY-----'].join('\n');
  const source = `Key:\n\n${key}\n`;
  expect(findCredentials(source)).toEqual([{ start: 6, end: 6 + key.length, kind: 'private key' }]);
});

test('a line that is not a header stays in the body: a key with a placeholder in it is no finding', () => {
  const key = ['-----BEGIN EC PRIVATE KEY-----', body[0], 'Paste-the-key here: <key>', '-----END EC PRIVATE KEY-----'].join('\n');
  expect(findCredentials(key)).toEqual([]);
});
