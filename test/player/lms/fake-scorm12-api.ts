/**
 * A strict SCORM 1.2 LMS for tests: enforces the data model's vocabularies, formats and
 * limits (4,096 chars of suspend_data even where a real LMS is lenient), read-only and
 * write-only elements, and the session's order (nothing before LMSInitialize, nothing
 * after LMSFinish). Rule breaks that a real LMS would not even report go to `violations`.
 */

export type Cmi = Record<string, string>;

const READ_ONLY = new Set(['cmi.core.entry', 'cmi.core.lesson_mode', 'cmi.core.student_id', 'cmi.core.credit', 'cmi.core.total_time']);
const WRITE_ONLY = new Set(['cmi.core.exit', 'cmi.core.session_time']);
const STATUSES = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not attempted'];
const EXITS = ['time-out', 'suspend', 'logout', ''];
const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

export class FakeScorm12Api {
  readonly data: Cmi;
  readonly violations: string[] = [];
  readonly statusWrites: string[] = [];
  readonly exitWrites: string[] = [];
  readonly calls: string[] = [];
  commits = 0;
  finishes = 0;
  /** Elements whose writes the LMS refuses with this error code (to test the notice). */
  refuse: { readonly element: string; readonly code: string } | null = null;
  private phase: 'new' | 'running' | 'finished' = 'new';
  private lastError = '0';

  constructor(initial: Cmi = {}) {
    this.data = {
      'cmi.core.lesson_status': 'not attempted',
      'cmi.core.entry': 'ab-initio',
      'cmi.core.lesson_mode': 'normal',
      'cmi.core.lesson_location': '',
      'cmi.suspend_data': '',
      'cmi.core.total_time': '0000:00:00.00',
      'cmi.interactions._count': '0',
      ...initial,
    };
  }

  /** The next launch of the same attempt, as an LMS would prepare it. */
  relaunch(): FakeScorm12Api {
    const resume = this.data['cmi.core.exit'] === 'suspend';
    return new FakeScorm12Api({
      'cmi.core.lesson_status': this.data['cmi.core.lesson_status'],
      'cmi.core.lesson_location': this.data['cmi.core.lesson_location'],
      'cmi.suspend_data': this.data['cmi.suspend_data'],
      'cmi.interactions._count': this.data['cmi.interactions._count'],
      'cmi.core.entry': resume ? 'resume' : '',
    });
  }

  LMSInitialize(parameter: string): string {
    this.log('LMSInitialize');
    if (parameter !== '') this.violations.push('LMSInitialize parameter must be ""');
    if (this.phase !== 'new') return this.fail('101');
    this.phase = 'running';
    return this.ok();
  }

  LMSGetValue(element: string): string {
    this.log(`LMSGetValue ${element}`);
    if (!this.running()) return '';
    if (WRITE_ONLY.has(element)) return this.fail('404', '');
    if (!(element in this.data)) return this.fail('201', '');
    this.lastError = '0';
    return this.data[element];
  }

  LMSSetValue(element: string, value: string): string {
    this.log(`LMSSetValue ${element}`);
    if (!this.running()) return 'false';
    if (typeof value !== 'string') this.violations.push(`${element} set to a ${typeof value}`);
    if (READ_ONLY.has(element)) return this.fail('403');
    if (this.refuse !== null && this.refuse.element === element) return this.fail(this.refuse.code);
    const problem = checkValue(element, String(value));
    if (problem !== null) {
      this.violations.push(problem);
      return this.fail('405');
    }
    const newInteraction = /^cmi\.interactions\.(\d+)\.id$/.exec(element);
    if (newInteraction) {
      const count = Number(this.data['cmi.interactions._count']);
      const n = Number(newInteraction[1]);
      if (n > count) this.violations.push(`interaction ${n} written while _count is ${count}`);
      if (n === count) this.data['cmi.interactions._count'] = String(count + 1);
    }
    if (element === 'cmi.core.lesson_status') this.statusWrites.push(value);
    if (element === 'cmi.core.exit') this.exitWrites.push(value);
    this.data[element] = String(value);
    return this.ok();
  }

  LMSCommit(parameter: string): string {
    this.log('LMSCommit');
    if (parameter !== '') this.violations.push('LMSCommit parameter must be ""');
    if (!this.running()) return 'false';
    this.commits += 1;
    return this.ok();
  }

  LMSFinish(parameter: string): string {
    this.log('LMSFinish');
    if (parameter !== '') this.violations.push('LMSFinish parameter must be ""');
    if (!this.running()) return 'false';
    this.phase = 'finished';
    this.finishes += 1;
    return this.ok();
  }

  LMSGetLastError(): string {
    this.log('LMSGetLastError');
    return this.lastError;
  }

  private running(): boolean {
    if (this.phase === 'running') return true;
    this.violations.push(`call while ${this.phase}: ${this.calls[this.calls.length - 1]}`);
    this.lastError = '301';
    return false;
  }

  private log(call: string): void {
    this.calls.push(call);
    if (this.phase === 'finished') this.violations.push(`after LMSFinish: ${call}`);
  }

  private ok(): string {
    this.lastError = '0';
    return 'true';
  }

  private fail(code: string, result = 'false'): string {
    this.lastError = code;
    return result;
  }
}

function checkValue(element: string, value: string): string | null {
  switch (element) {
    case 'cmi.core.lesson_status':
      return STATUSES.includes(value) && value !== 'not attempted' ? null : `bad lesson_status "${value}"`;
    case 'cmi.core.exit':
      return EXITS.includes(value) ? null : `bad exit "${value}"`;
    case 'cmi.core.session_time':
      return TIMESPAN.test(value) ? null : `bad session_time "${value}"`;
    case 'cmi.core.lesson_location':
      return value.length <= 255 ? null : `lesson_location of ${value.length} chars`;
    case 'cmi.suspend_data':
      return value.length <= 4096 ? null : `suspend_data of ${value.length} chars`;
    case 'cmi.core.score.raw':
    case 'cmi.core.score.min':
    case 'cmi.core.score.max':
      return /^\d{1,3}(\.\d+)?$/.test(value) && Number(value) <= 100 ? null : `bad ${element} "${value}"`;
    default:
      return /^cmi\.interactions\./.test(element) ? checkInteraction(element, value) : `element not used by the player: ${element}`;
  }
}

/** SCORM 1.2 interaction fields (write-only; `n` must be the next free index, which the caller checks). */
function checkInteraction(element: string, value: string): string | null {
  const field = element.replace(/^cmi\.interactions\.\d+\./, '');
  switch (field) {
    case 'id':
      return /^[\x21-\x7E]{1,255}$/.test(value) ? null : `interaction id "${value}" is not a CMIIdentifier`;
    case 'type':
      return ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'].includes(value) ? null : `bad interaction type "${value}"`;
    case 'time':
      return /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,2})?$/.test(value) ? null : `bad interaction time "${value}"`;
    case 'latency':
      return TIMESPAN.test(value) ? null : `bad latency "${value}"`;
    case 'weighting':
      return /^-?\d+(\.\d+)?$/.test(value) ? null : `bad weighting "${value}"`;
    case 'result':
      return /^(correct|wrong|unanticipated|neutral|\d+(\.\d+)?)$/.test(value) ? null : `bad result "${value}"`;
    case 'student_response':
    case 'correct_responses.0.pattern':
      return value.length <= 255 ? null : `${field} of ${value.length} chars`;
    default:
      return `interaction field not used by the player: ${field}`;
  }
}
