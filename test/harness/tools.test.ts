/** Issue 11, item 10: a test that needs a missing system tool says which Debian package to install. */
import { missingTool, runTool } from './tools';

describe('system tools of the tests', () => {
  it('names the Debian package of a missing xmllint instead of failing on its empty output', () => {
    expect(() => runTool('xmllint', ['--version'], { env: { PATH: '/nonexistent' } })).toThrow(
      'xmllint is not installed, and this test needs it: install it with "sudo apt-get install -y libxml2-utils" (Debian package libxml2-utils), or run .ci/run, which installs it',
    );
  });

  it('names chromium\'s package the same way', () => {
    expect(missingTool('chromium').message).toContain('"sudo apt-get install -y chromium"');
  });

  it('runs an installed tool', () => {
    expect(runTool('xmllint', ['--version']).status).toBe(0);
  });
});
