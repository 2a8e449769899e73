/** Requests to the studio server. Writes carry the session token of the page (src/studio/http/guard.ts). */
const token = (document.querySelector('meta[name="studio-token"]') as HTMLMetaElement).content;

export async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? `${url}: ${response.status}`);
  return (await response.json()) as T;
}

export interface PostResult<T> { status: number; body: T & { error?: string } }

export async function postJson<T>(url: string, body: unknown): Promise<PostResult<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Studio-Token': token },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T & { error?: string } };
}
