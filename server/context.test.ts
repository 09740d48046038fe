import { describe, expect, it } from 'vitest';
import { clientIdentity, isAuthorizedBy, parseWriterTokens, tokenHolder } from './context.ts';

describe('API tokens and writers', () => {
  const writers = parseWriterTokens(' Amira Haddad:amira-token-1 , bob:bob:token:2 ');

  it('reads name:token pairs (a token may hold ":"), and refuses malformed ones saying which', () => {
    expect(writers).toEqual({ 'Amira Haddad': 'amira-token-1', bob: 'bob:token:2' });
    expect(parseWriterTokens(undefined)).toEqual({});
    expect(() => parseWriterTokens('amira')).toThrow(/must be name:token/);
    expect(() => parseWriterTokens('amira:short')).toThrow(/at least 8 characters/);
    expect(() => parseWriterTokens('a:12345678,a:87654321')).toThrow(/names a twice/);
  });

  it('names the writer of a writer token, nobody for the shared token, and no holder for a wrong or missing one', () => {
    expect(tokenHolder('shared-token', 'Bearer amira-token-1', writers)).toEqual({ writer: 'Amira Haddad' });
    expect(tokenHolder('shared-token', 'Bearer shared-token', writers)).toEqual({ writer: null });
    expect(tokenHolder('shared-token', 'Bearer amira-token-2', writers)).toBeNull();
    expect(tokenHolder('shared-token', undefined, writers)).toBeNull();
    // A writer token alone authorizes, with no shared token configured.
    expect(isAuthorizedBy(undefined, 'Bearer bob:token:2', writers)).toBe(true);
    expect(isAuthorizedBy(undefined, 'Bearer bob:token:2')).toBe(false);
  });

  it('gives each writer a budget of their own', () => {
    expect(clientIdentity('shared-token', 'Bearer amira-token-1', '10.0.0.1', writers)).toBe('token:Amira Haddad');
    expect(clientIdentity('shared-token', 'Bearer shared-token', '10.0.0.1', writers)).toBe('token');
    expect(clientIdentity('shared-token', 'Bearer nope', '10.0.0.1', writers)).toBe('address:10.0.0.1');
  });
});
