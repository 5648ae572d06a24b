import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, http, query, setCsrfToken } from './http.ts';

function answer(status: number, body?: unknown) {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('http', () => {
  it('sends the CSRF token on writes and not on reads', async () => {
    const fetch = answer(200, { ok: true });
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('token-1');
    await http.get('/api/me');
    await http.post('/api/x', { a: 1 });
    const headersOf = (call: number) => (fetch.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(headersOf(0)['x-csrf-token']).toBeUndefined();
    expect(headersOf(1)['x-csrf-token']).toBe('token-1');
  });

  it('throws an ApiError with the code from the error body', async () => {
    vi.stubGlobal('fetch', answer(403, { error: { code: 'consent_required', message: 'no', details: { consentRequired: true } } }));
    await expect(http.get('/api/participants/1')).rejects.toMatchObject({ status: 403, code: 'consent_required' });
  });

  it('falls back on the status when the body is not an API error', async () => {
    vi.stubGlobal('fetch', answer(502, '<html>'));
    await expect(http.get('/api/x')).rejects.toMatchObject({ code: 'unavailable' });
    vi.stubGlobal('fetch', answer(418, { error: { code: 'teapot' } }));
    await expect(http.get('/api/x')).rejects.toMatchObject({ code: 'internal' });
  });

  it('reports a network failure as unavailable', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = await http.get('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('unavailable');
  });

  it('fetches a fresh CSRF token and retries a write once when the token was refused', async () => {
    const fetch = vi
      .fn()
      .mockResolvedValueOnce(new Response(JSON.stringify({ error: { code: 'csrf_failed', message: 'x' } }), { status: 403 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ csrfToken: 'fresh' }), { status: 200 }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ ok: true }), { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    setCsrfToken('stale');
    await expect(http.post('/api/x', {})).resolves.toEqual({ ok: true });
    const retried = (fetch.mock.calls[2] as unknown as [string, RequestInit])[1].headers as Record<string, string>;
    expect(retried['x-csrf-token']).toBe('fresh');
  });

  it('returns nothing for 204', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(null, { status: 204 })),
    );
    await expect(http.post('/api/auth/logout')).resolves.toBeUndefined();
  });
});

describe('query', () => {
  it('leaves out empty values', () => {
    expect(query({ q: '', limit: 25, offset: 0, x: undefined })).toBe('?limit=25&offset=0');
    expect(query({})).toBe('');
  });
});
