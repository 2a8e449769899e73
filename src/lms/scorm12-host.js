/*
 * Strict LMS host for SCORM 1.2 (browser script, served by the studio preview, src/studio/preview, and test/harness/server.ts).
 *
 * scorm-again plays the LMS, but it is looser than SCORM 1.2 and than the LMSs our packages
 * meet (Moodle's mobile app and others enforce the spec limits). So `window.API` is a wrapper:
 * every call is recorded, and a call that breaks a 1.2 limit is refused the way a strict LMS
 * refuses it ("false" plus an error code) and recorded as a violation, so the test fails with
 * a message that names the rule instead of the package failing later in someone's LMS.
 */
(function () {
  'use strict';

  var ERROR_NOT_INITIALIZED = '301';
  var ERROR_INCORRECT_DATA_TYPE = '405';

  var MAX_SUSPEND_DATA = 4096;
  var MAX_LESSON_LOCATION = 255;
  var MAX_COMMENTS = 4096;
  // CMIIdentifier: printable characters without white space, at most 255.
  var CMI_IDENTIFIER = /^[\x21-\x7E]{1,255}$/;
  var IDENTIFIER_ELEMENT = /^cmi\.(interactions\.\d+\.id|interactions\.\d+\.objectives\.\d+\.id|objectives\.\d+\.id)$/;

  /** Elements whose length SCORM 1.2 bounds, with the bound and the rule name. */
  var LENGTH_LIMITS = {
    'cmi.suspend_data': { max: MAX_SUSPEND_DATA, rule: 'suspend-data-length' },
    'cmi.core.lesson_location': { max: MAX_LESSON_LOCATION, rule: 'lesson-location-length' },
    'cmi.comments': { max: MAX_COMMENTS, rule: 'comments-length' },
  };

  /** Calls that a SCO may not make after LMSFinish (the error functions stay allowed). */
  var SESSION_METHODS = ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit'];

  function readConfig() {
    return JSON.parse(document.getElementById('lms-config').textContent);
  }

  function createInnerApi(config) {
    return new window.Scorm12API({
      lmsCommitUrl: config.commitUrl,
      // The terminate commit goes out as a beacon to `<commitUrl>?final=true`.
      terminateCommitParam: 'final',
      dataCommitFormat: 'json',
      autocommit: false,
      logLevel: 4,
    });
  }

  /** Restores the learner's data the way an LMS does at the start of a new session. */
  function preload(api, config) {
    var previous = config.previous;
    var core = (previous && previous.core) || {};
    var resuming = core.exit === 'suspend';
    var data = {
      core: {
        student_id: config.studentId,
        student_name: config.studentName,
        lesson_mode: 'normal',
        credit: 'credit',
        entry: previous ? (resuming ? 'resume' : '') : 'ab-initio',
      },
    };
    if (previous) {
      if (core.lesson_status) data.core.lesson_status = core.lesson_status;
      if (core.lesson_location) data.core.lesson_location = core.lesson_location;
      if (core.total_time) data.core.total_time = core.total_time;
      if (previous.suspend_data) data.suspend_data = previous.suspend_data;
    }
    api.loadFromJSON(data);
  }

  function preview(value) {
    var text = String(value);
    return text.length > 80 ? text.slice(0, 77) + '...' : text;
  }

  /** The SCORM 1.2 rule a call breaks, or null. */
  function findViolation(state, method, element, value) {
    if (state.finished && SESSION_METHODS.indexOf(method) >= 0) {
      return {
        rule: 'after-finish',
        code: ERROR_NOT_INITIALIZED,
        message: method + (element ? '("' + element + '")' : '()') + ' after LMSFinish: the session is over',
      };
    }
    if (method !== 'LMSSetValue') return null;
    if (typeof value !== 'string') {
      return {
        rule: 'value-not-string',
        code: ERROR_INCORRECT_DATA_TYPE,
        message: 'LMSSetValue("' + element + '", ' + typeof value + '): SCORM 1.2 values are strings',
      };
    }
    var limit = LENGTH_LIMITS[element];
    if (limit && value.length > limit.max) {
      return {
        rule: limit.rule,
        code: ERROR_INCORRECT_DATA_TYPE,
        message: 'LMSSetValue("' + element + '", ' + value.length + ' chars): SCORM 1.2 allows at most ' + limit.max,
      };
    }
    if (IDENTIFIER_ELEMENT.test(element) && !CMI_IDENTIFIER.test(value)) {
      return {
        rule: 'cmi-identifier',
        code: ERROR_INCORRECT_DATA_TYPE,
        message: 'LMSSetValue("' + element + '", "' + preview(value) + '"): not a CMIIdentifier (1-255 printable characters, no white space)',
      };
    }
    return null;
  }

  function reportViolation(config, state, found, method, element, value) {
    var violation = { rule: found.rule, method: method, message: found.message };
    if (element !== undefined) violation.element = element;
    if (value !== undefined) {
      violation.value = preview(value);
      violation.valueLength = String(value).length;
    }
    state.violations.push(violation);
    // A beacon, because the violation may happen while the page unloads.
    navigator.sendBeacon(config.violationUrl, new Blob([JSON.stringify(violation)], { type: 'text/plain' }));
  }

  function sendCalls(config, state) {
    navigator.sendBeacon(config.callsUrl, new Blob([JSON.stringify(state.calls)], { type: 'text/plain' }));
  }

  function createStrictApi(inner, config, state) {
    var refusedCode = null;

    function record(method, element, value, result) {
      var call = { method: method, result: String(result), errorCode: refusedCode || String(inner.lastErrorCode) };
      if (element !== undefined) call.element = element;
      if (value !== undefined) call.value = value;
      state.calls.push(call);
      return result;
    }

    /** Wraps one session method; `shape` says what its arguments are. */
    function session(method, shape) {
      return function (first, second) {
        var element = shape === 'param' ? undefined : first;
        var value = shape === 'set' ? second : undefined;
        var found = findViolation(state, method, element, value);
        if (found) {
          refusedCode = found.code;
          reportViolation(config, state, found, method, element, value);
          return record(method, element, value, method === 'LMSGetValue' ? '' : 'false');
        }
        refusedCode = null;
        var result = shape === 'set' ? inner[method](first, second) : inner[method](first);
        if (method === 'LMSInitialize' && result === 'true') state.initialized = true;
        if (method === 'LMSFinish' && result === 'true') state.finished = true;
        record(method, element, value, result);
        // LMSFinish usually runs while the page unloads: hand the call log to the server.
        if (method === 'LMSFinish') sendCalls(config, state);
        return result;
      };
    }

    return {
      LMSInitialize: session('LMSInitialize', 'param'),
      LMSFinish: session('LMSFinish', 'param'),
      LMSGetValue: session('LMSGetValue', 'get'),
      LMSSetValue: session('LMSSetValue', 'set'),
      LMSCommit: session('LMSCommit', 'param'),
      LMSGetLastError: function () {
        return refusedCode || inner.LMSGetLastError();
      },
      LMSGetErrorString: function (code) {
        return inner.LMSGetErrorString(code);
      },
      LMSGetDiagnostic: function (code) {
        return inner.LMSGetDiagnostic(code);
      },
    };
  }

  window.startLms = function () {
    var config = readConfig();
    var inner = createInnerApi(config);
    preload(inner, config);
    var state = { calls: [], violations: [], initialized: false, finished: false };
    window.lmsHarness = state;
    window.lmsInnerApi = inner;
    window.API = createStrictApi(inner, config, state);
    document.getElementById('sco').src = config.scoUrl;
  };
})();
