import { findScorm12Api } from '../../../src/player/lms/scorm12';

type FakeWindow = { API?: unknown; parent?: unknown; opener?: unknown; name?: string };

function api(label: string) {
  const noop = () => 'true';
  return { label, LMSInitialize: noop, LMSFinish: noop, LMSGetValue: noop, LMSSetValue: noop, LMSCommit: noop, LMSGetLastError: noop };
}

/** A top window: its parent is itself, as in a browser. */
function top(fields: FakeWindow = {}): FakeWindow {
  const window: FakeWindow = { ...fields };
  window.parent = window;
  return window;
}

function frameIn(parent: unknown, fields: FakeWindow = {}): FakeWindow {
  return { ...fields, parent };
}

/** A window of another origin: every property read throws, as browsers do. */
function foreignWindow(): unknown {
  return new Proxy(
    {},
    {
      get() {
        throw new Error('SecurityError: Blocked a frame with origin');
      },
    },
  );
}

describe('finding the SCORM 1.2 API', () => {
  it('finds the API on the window itself', () => {
    const lms = api('own');
    expect(findScorm12Api(top({ API: lms }))).toBe(lms);
  });

  it('finds the API two frames up (Moodle: SCO in an iframe in the player page)', () => {
    const lms = api('moodle');
    const moodle = top({ API: lms });
    expect(findScorm12Api(frameIn(frameIn(moodle)))).toBe(lms);
  });

  it('takes the nearest API when several frames have one', () => {
    const near = api('near');
    expect(findScorm12Api(frameIn(frameIn(top({ API: api('far') }), { API: near })))).toBe(near);
  });

  it('looks in the opener of the top window (an iframe in a popup)', () => {
    const lms = api('opener');
    const popup = top({ opener: top({ API: lms }) });
    expect(findScorm12Api(frameIn(popup))).toBe(lms);
  });

  it('walks up from the opener too', () => {
    const lms = api('opener parent');
    const openerFrame = frameIn(top({ API: lms }));
    expect(findScorm12Api(top({ opener: openerFrame }))).toBe(lms);
  });

  it('skips a window of another origin and still reaches the opener', () => {
    const lms = api('opener');
    const frame = frameIn(foreignWindow(), { opener: top({ API: lms }) });
    expect(findScorm12Api(frame)).toBe(lms);
  });

  it('returns null when every way up is blocked or empty', () => {
    expect(findScorm12Api(frameIn(foreignWindow()))).toBeNull();
    expect(findScorm12Api(top())).toBeNull();
    expect(findScorm12Api(undefined)).toBeNull();
  });

  it('ignores an API object that lacks the SCORM 1.2 methods', () => {
    expect(findScorm12Api(top({ API: { LMSInitialize: () => 'true' } }))).toBeNull();
  });

  it('stops after a bounded number of levels', () => {
    const lms = api('too far');
    let window: FakeWindow = top({ API: lms });
    for (let level = 0; level < 20; level += 1) window = frameIn(window);
    expect(findScorm12Api(window)).toBeNull();
    let near: FakeWindow = top({ API: lms });
    for (let level = 0; level < 5; level += 1) near = frameIn(near);
    expect(findScorm12Api(near)).toBe(lms);
  });
});
