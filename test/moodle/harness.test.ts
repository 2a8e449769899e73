/**
 * The Moodle 5.1 harness is up and is the Moodle the other tests in this folder expect: its
 * login page answers on loopback, and it reports the 5.1 release.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describeWith, moodleHarness, MOODLE_HOW } from '../harness/real-service';

describeWith('Moodle 5.1 harness', moodleHarness, MOODLE_HOW, (moodle) => {
  test('serves its login page on loopback', async () => {
    expect(new URL(moodle.url).hostname).toBe('127.0.0.1');
    const res = await fetch(`${moodle.url}/login/index.php`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<input[^>]+name="username"/);
  });

  test('is Moodle 5.1', () => {
    const php = spawnSync(
      'php',
      ['-r', `define('CLI_SCRIPT', true); require '${join(moodle.dir, 'code/config.php')}'; echo $CFG->release;`],
      { encoding: 'utf8', timeout: 60_000 },
    );
    expect(php.status).toBe(0);
    expect(php.stdout).toMatch(/^5\.1/);
  });
});
