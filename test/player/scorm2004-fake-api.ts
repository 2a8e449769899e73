/**
 * A strict SCORM 2004 4th edition LMS for tests (`API_1484_11`): enforces the data model's
 * vocabularies, ranges and formats (statuses, score.scaled in [-1, 1], progress_measure in
 * [0, 1], ISO 8601 durations and times, interaction types and response patterns, string
 * lengths), read-only and write-only elements, the order of interaction fields (id first, type
 * before responses), and the session (nothing before Initialize, nothing after Terminate).
 * Every refusal is also kept in `violations`, so a test fails naming the rule.
 */

export type Cmi = Record<string, string>;

const READ_ONLY = new Set(['cmi.entry', 'cmi.mode', 'cmi.credit', 'cmi.learner_id', 'cmi.total_time', 'cmi.interactions._count', 'cmi.scaled_passing_score']);
const WRITE_ONLY = new Set(['cmi.exit', 'cmi.session_time']);
const COMPLETION = ['completed', 'incomplete', 'not attempted', 'unknown'];
const SUCCESS = ['passed', 'failed', 'unknown'];
const EXITS = ['timeout', 'suspend', 'logout', 'normal', ''];
const TYPES = ['true-false', 'choice', 'fill-in', 'long-fill-in', 'likert', 'matching', 'performance', 'sequencing', 'numeric', 'other'];
const RESULTS = /^(correct|incorrect|unanticipated|neutral|-?\d{1,10}(\.\d{1,18})?)$/;
const REAL = /^-?\d{1,10}(\.\d{1,18})?$/;
/** timeinterval (second, 10, 2): ISO 8601 duration, at most two decimals of seconds. */
export const TIMEINTERVAL = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
/** time (second, 10, 0): the time zone only after fractional seconds. */
export const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2}(Z|[+-]\d{2}(:\d{2})?)?)?$/;
/** short_identifier_type: a URI-safe token without white space, at most 250 characters. */
const SHORT_ID = /^[\w\-()+.:=@;$!*'%/#]{1,250}$/;
const LONG_ID = /^\S{1,4000}$/;
const INTERACTION = /^cmi\.interactions\.(\d+)\.(.+)$/;

export class FakeScorm2004Api {
  readonly data: Cmi;
  readonly violations: string[] = [];
  readonly calls: string[] = [];
  /** Every successful SetValue in order, `element=value`. */
  readonly writes: string[] = [];
  commits = 0;
  terminations = 0;
  /** Elements whose writes the LMS refuses with this error code (to test the notice). */
  refuse: { readonly element: string; readonly code: string } | null = null;
  private phase: 'new' | 'running' | 'terminated' = 'new';
  private lastError = '0';

  constructor(initial: Cmi = {}) {
    this.data = {
      'cmi.completion_status': 'unknown',
      'cmi.success_status': 'unknown',
      'cmi.entry': 'ab-initio',
      'cmi.mode': 'normal',
      'cmi.credit': 'credit',
      'cmi.total_time': 'PT0S',
      'cmi.interactions._count': '0',
      ...initial,
    };
  }

  /** The next launch of the same attempt (exit suspend), or a new attempt (any other exit). */
  relaunch(): FakeScorm2004Api {
    if (this.data['cmi.exit'] !== 'suspend') return new FakeScorm2004Api({ 'cmi.entry': '' });
    const kept = Object.entries(this.data).filter(([key]) => !WRITE_ONLY.has(key) && key !== 'cmi.entry');
    return new FakeScorm2004Api({ ...Object.fromEntries(kept), 'cmi.entry': 'resume' });
  }

  /** `cmi.interactions.n.*` as objects, for readable assertions. */
  interactions(): Record<string, string>[] {
    const count = Number(this.data['cmi.interactions._count']);
    return Array.from({ length: count }, (_, n) => {
      const prefix = `cmi.interactions.${n}.`;
      const fields = Object.entries(this.data).filter(([key]) => key.startsWith(prefix));
      return Object.fromEntries(fields.map(([key, value]) => [key.slice(prefix.length), value]));
    });
  }

  writesOf(element: string): string[] {
    return this.writes.filter((w) => w.startsWith(`${element}=`)).map((w) => w.slice(element.length + 1));
  }

  Initialize(parameter: string): string {
    this.calls.push('Initialize');
    if (parameter !== '') return this.fail('201', 'Initialize parameter must be ""', 'false');
    if (this.phase === 'running') return this.fail('103', 'Initialize twice', 'false');
    if (this.phase === 'terminated') return this.fail('104', 'Initialize after Terminate', 'false');
    this.phase = 'running';
    return this.ok('true');
  }

  Terminate(parameter: string): string {
    this.calls.push('Terminate');
    if (parameter !== '') return this.fail('201', 'Terminate parameter must be ""', 'false');
    if (this.phase !== 'running') return this.fail(this.phase === 'new' ? '112' : '113', 'Terminate outside a session', 'false');
    this.phase = 'terminated';
    this.terminations += 1;
    return this.ok('true');
  }

  Commit(parameter: string): string {
    this.calls.push('Commit');
    if (parameter !== '') return this.fail('201', 'Commit parameter must be ""', 'false');
    if (this.phase !== 'running') return this.fail(this.phase === 'new' ? '142' : '143', 'Commit outside a session', 'false');
    this.commits += 1;
    return this.ok('true');
  }

  GetValue(element: string): string {
    this.calls.push(`GetValue ${element}`);
    if (this.phase !== 'running') return this.fail(this.phase === 'new' ? '122' : '123', `GetValue ${element} outside a session`, '');
    if (WRITE_ONLY.has(element)) return this.fail('405', `GetValue of write-only ${element}`, '');
    const value = this.data[element];
    // Not a violation: the standard's way of saying "no value yet".
    if (value === undefined) return this.quietFail('403', '');
    return this.ok(value);
  }

  SetValue(element: string, value: string): string {
    this.calls.push(`SetValue ${element}`);
    if (this.phase !== 'running') return this.fail(this.phase === 'new' ? '132' : '133', `SetValue ${element} outside a session`, 'false');
    if (typeof value !== 'string') return this.fail('406', `${element} set to a ${typeof value}`, 'false');
    if (READ_ONLY.has(element)) return this.fail('404', `SetValue of read-only ${element}`, 'false');
    if (this.refuse !== null && this.refuse.element === element) return this.quietFail(this.refuse.code, 'false');
    const problem = this.check(element, value);
    if (problem !== null) return this.fail(problem.code, `${element}="${value}": ${problem.message}`, 'false');
    this.data[element] = value;
    const interaction = INTERACTION.exec(element);
    if (interaction && Number(interaction[1]) === Number(this.data['cmi.interactions._count'])) {
      this.data['cmi.interactions._count'] = String(Number(interaction[1]) + 1);
    }
    this.writes.push(`${element}=${value}`);
    return this.ok('true');
  }

  GetLastError(): string {
    return this.lastError;
  }

  GetErrorString(): string {
    return '';
  }

  GetDiagnostic(): string {
    return '';
  }

  private check(element: string, value: string): { code: string; message: string } | null {
    const interaction = INTERACTION.exec(element);
    if (interaction) return this.checkInteraction(Number(interaction[1]), interaction[2]!, value);
    const bad = (message: string) => ({ code: '406', message });
    switch (element) {
      case 'cmi.completion_status':
        return COMPLETION.includes(value) ? null : bad('not a completion status');
      case 'cmi.success_status':
        return SUCCESS.includes(value) ? null : bad('not a success status');
      case 'cmi.exit':
        return EXITS.includes(value) ? null : bad('not an exit value');
      case 'cmi.score.scaled':
        return inRange(value, -1, 1) ? null : bad('score.scaled must be a real in [-1, 1]');
      case 'cmi.progress_measure':
        return inRange(value, 0, 1) ? null : bad('progress_measure must be a real in [0, 1]');
      case 'cmi.score.raw':
      case 'cmi.score.min':
      case 'cmi.score.max':
        return REAL.test(value) ? null : bad('not a real(10,7)');
      case 'cmi.session_time':
        return TIMEINTERVAL.test(value) ? null : bad('not an ISO 8601 timeinterval');
      case 'cmi.location':
        return value.length <= 1000 ? null : bad('location over 1,000 characters');
      case 'cmi.suspend_data':
        return value.length <= 64000 ? null : bad('suspend_data over 64,000 characters');
      default:
        return { code: '401', message: 'not an element of the data model this SCO should write' };
    }
  }

  private checkInteraction(n: number, field: string, value: string): { code: string; message: string } | null {
    const count = Number(this.data['cmi.interactions._count']);
    if (n > count) return { code: '351', message: `interaction ${n} written before interaction ${count}` };
    const prefix = `cmi.interactions.${n}.`;
    if (field !== 'id' && this.data[`${prefix}id`] === undefined) return { code: '408', message: 'written before its id' };
    const type = this.data[`${prefix}type`];
    const bad = (message: string) => ({ code: '406', message });
    switch (field) {
      case 'id':
        return LONG_ID.test(value) ? null : bad('not a long_identifier_type');
      case 'type':
        return TYPES.includes(value) ? null : bad('not an interaction type');
      case 'description':
        return value.length <= 250 && !value.startsWith('{') ? null : bad('not a localized_string_type of at most 250 characters');
      case 'weighting':
        return REAL.test(value) ? null : bad('not a real');
      case 'result':
        return RESULTS.test(value) ? null : bad('not a result');
      case 'latency':
        return TIMEINTERVAL.test(value) ? null : bad('not an ISO 8601 timeinterval');
      case 'timestamp':
        return TIME.test(value) ? null : bad('not a SCORM 2004 time');
      case 'learner_response':
      case 'correct_responses.0.pattern':
        if (type === undefined) return { code: '408', message: 'written before its type' };
        return responseMatches(type, value) ? null : bad(`not a ${type} response pattern`);
      default:
        return { code: '401', message: 'not an interaction field this SCO should write' };
    }
  }

  private ok(result: string): string {
    this.lastError = '0';
    return result;
  }

  private quietFail(code: string, result: string): string {
    this.lastError = code;
    return result;
  }

  private fail(code: string, message: string, result: string): string {
    this.violations.push(message);
    return this.quietFail(code, result);
  }
}

function inRange(value: string, min: number, max: number): boolean {
  return REAL.test(value) && Number(value) >= min && Number(value) <= max;
}

/** SCORM 2004 RTE 4.2.9 response formats for the types our quizzes use. */
export function responseMatches(type: string, value: string): boolean {
  switch (type) {
    case 'true-false':
      return value === 'true' || value === 'false';
    case 'choice':
    case 'sequencing': {
      const ids = value.split('[,]');
      const unique = type === 'sequencing' || new Set(ids).size === ids.length;
      return ids.length <= 36 && unique && ids.every((id) => SHORT_ID.test(id));
    }
    case 'matching':
      return value.split('[,]').every((pair) => {
        const sides = pair.split('[.]');
        return sides.length === 2 && sides.every((id) => SHORT_ID.test(id));
      });
    default:
      return false;
  }
}
