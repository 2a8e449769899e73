/*
 * Strict LMS host for SCORM 2004 4th edition (browser script, served by the studio preview and test/harness/lms2004-server.ts).
 *
 * scorm-again's Scorm2004API plays the LMS as `window.API_1484_11`, wrapped like the 1.2 host
 * (./lms12-host.js): every call is recorded with GetLastError right after it, and a call that
 * breaks a 2004 rule scorm-again lets through (anything after Terminate, values that are not
 * strings, the SPM lengths of location, suspend_data and description) is refused the way a
 * strict LMS refuses it and recorded as a violation, so the test names the rule.
 */
(function () {
  'use strict';

  var ERROR_TERMINATED = { GetValue: '123', SetValue: '133', Commit: '143', Terminate: '113', Initialize: '104' };
  var ERROR_TYPE_MISMATCH = '406';

  /** SPM lengths of SCORM 2004 (RTE 4.2) that a strict LMS enforces. */
  var LENGTH_LIMITS = [
    { pattern: /^cmi\.suspend_data$/, max: 64000, rule: 'suspend-data-length' },
    { pattern: /^cmi\.location$/, max: 1000, rule: 'location-length' },
    { pattern: /^cmi\.interactions\.\d+\.description$/, max: 250, rule: 'description-length' },
  ];

  var SESSION_METHODS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit'];

  function readConfig() {
    return JSON.parse(document.getElementById('lms-config').textContent);
  }

  function createInnerApi(config) {
    return new window.Scorm2004API({
      lmsCommitUrl: config.commitUrl,
      // The terminate commit goes out as a beacon to `<commitUrl>?final=true`.
      terminateCommitParam: 'final',
      dataCommitFormat: 'json',
      autocommit: false,
      logLevel: 4,
    });
  }

  /** Elements an LMS hands back to the next session of a suspended attempt. */
  var RESUMED = ['location', 'suspend_data', 'completion_status', 'success_status', 'progress_measure', 'total_time'];

  /** Restores the learner's data the way an LMS does at the start of a new session. */
  function preload(api, config) {
    var previous = config.previous;
    var resuming = Boolean(previous) && previous.exit === 'suspend';
    var data = {
      learner_id: config.studentId,
      learner_name: config.studentName,
      mode: 'normal',
      credit: 'credit',
      entry: previous ? (resuming ? 'resume' : '') : 'ab-initio',
    };
    if (resuming) {
      RESUMED.forEach(function (key) {
        if (previous[key] !== undefined && previous[key] !== '') data[key] = previous[key];
      });
      if (previous.score) data.score = previous.score;
    }
    if (config.scaledPassingScore !== null) data.scaled_passing_score = config.scaledPassingScore;
    api.loadFromJSON(data);
  }

  function preview(value) {
    var text = String(value);
    return text.length > 80 ? text.slice(0, 77) + '...' : text;
  }

  /** The SCORM 2004 rule a call breaks, or null. */
  function findViolation(state, method, element, value) {
    if (state.terminated && SESSION_METHODS.indexOf(method) >= 0) {
      return {
        rule: 'after-terminate',
        code: ERROR_TERMINATED[method],
        message: method + (element ? '("' + element + '")' : '()') + ' after Terminate: the session is over',
      };
    }
    if (method !== 'SetValue') return null;
    if (typeof value !== 'string') {
      return { rule: 'value-not-string', code: ERROR_TYPE_MISMATCH, message: 'SetValue("' + element + '", ' + typeof value + '): values are strings' };
    }
    for (var i = 0; i < LENGTH_LIMITS.length; i += 1) {
      var limit = LENGTH_LIMITS[i];
      if (limit.pattern.test(element) && value.length > limit.max) {
        return {
          rule: limit.rule,
          code: ERROR_TYPE_MISMATCH,
          message: 'SetValue("' + element + '", ' + value.length + ' chars): SCORM 2004 allows at most ' + limit.max,
        };
      }
    }
    return null;
  }

  function beacon(url, payload) {
    navigator.sendBeacon(url, new Blob([JSON.stringify(payload)], { type: 'text/plain' }));
  }

  function createStrictApi(inner, config, state) {
    var refusedCode = null;

    function record(method, element, value, result) {
      var call = { method: method, result: String(result), errorCode: refusedCode || String(inner.GetLastError()) };
      if (element !== undefined) call.element = element;
      if (value !== undefined) call.value = value;
      state.calls.push(call);
      return result;
    }

    function session(method, shape) {
      return function (first, second) {
        var element = shape === 'param' ? undefined : first;
        var value = shape === 'set' ? second : undefined;
        var found = findViolation(state, method, element, value);
        if (found) {
          refusedCode = found.code;
          var violation = { rule: found.rule, method: method, message: found.message };
          if (element !== undefined) violation.element = element;
          if (value !== undefined) {
            violation.value = preview(value);
            violation.valueLength = String(value).length;
          }
          state.violations.push(violation);
          // A beacon, because the violation may happen while the page unloads.
          beacon(config.violationUrl, violation);
          return record(method, element, value, method === 'GetValue' ? '' : 'false');
        }
        refusedCode = null;
        var result = shape === 'set' ? inner[method](first, second) : inner[method](first);
        if (method === 'Initialize' && result === 'true') state.initialized = true;
        if (method === 'Terminate' && result === 'true') state.terminated = true;
        record(method, element, value, result);
        // Terminate usually runs while the page unloads: hand the call log to the server.
        if (method === 'Terminate') beacon(config.callsUrl, state.calls);
        return result;
      };
    }

    return {
      Initialize: session('Initialize', 'param'),
      Terminate: session('Terminate', 'param'),
      GetValue: session('GetValue', 'get'),
      SetValue: session('SetValue', 'set'),
      Commit: session('Commit', 'param'),
      GetLastError: function () {
        return refusedCode || inner.GetLastError();
      },
      GetErrorString: function (code) {
        return inner.GetErrorString(code);
      },
      GetDiagnostic: function (code) {
        return inner.GetDiagnostic(code);
      },
    };
  }

  window.startLms = function () {
    var config = readConfig();
    var inner = createInnerApi(config);
    preload(inner, config);
    var state = { calls: [], violations: [], initialized: false, terminated: false };
    window.lmsHarness = state;
    window.lmsInnerApi = inner;
    window.API_1484_11 = createStrictApi(inner, config, state);
    document.getElementById('sco').src = config.scoUrl;
  };
})();
