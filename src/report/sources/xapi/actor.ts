/** Who a statement is about: a key that identifies the learner across statements, and a name to show. */
import type { LearnerRef } from '../../model';

/** null for a group or an agent without an identifier (such statements are skipped). */
export function learnerOf(actor: unknown): LearnerRef | null {
  if (typeof actor !== 'object' || actor === null) return null;
  const agent = actor as Record<string, unknown>;
  if (agent['objectType'] === 'Group') return null;
  const key = identifier(agent);
  if (key === null) return null;
  const name = typeof agent['name'] === 'string' && agent['name'].trim() !== '' ? agent['name'].trim() : shownKey(key);
  return { key, name };
}

/** The inverse functional identifier (xAPI 1.0.3, 2.4.2.3): exactly one of these names an agent. */
function identifier(agent: Record<string, unknown>): string | null {
  if (typeof agent['mbox'] === 'string') return agent['mbox'].toLowerCase();
  if (typeof agent['mbox_sha1sum'] === 'string') return `sha1:${agent['mbox_sha1sum']}`;
  if (typeof agent['openid'] === 'string') return agent['openid'];
  const account = agent['account'] as Record<string, unknown> | undefined;
  if (typeof account === 'object' && account !== null && typeof account['name'] === 'string' && typeof account['homePage'] === 'string') {
    return `${account['homePage']}#${account['name']}`;
  }
  return null;
}

function shownKey(key: string): string {
  if (key.startsWith('mailto:')) return key.slice('mailto:'.length);
  const hash = key.lastIndexOf('#');
  return hash >= 0 ? key.slice(hash + 1) : key;
}
