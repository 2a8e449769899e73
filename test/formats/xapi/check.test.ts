import { checkPackage, credentialScan } from '../../../src/formats/xapi/check';
import { element } from '../../../src/formats/xml';
import type { OutputFile } from '../../../src/model/files';

const STRUCTURE = element('tincan', {}, [
  element('activities', {}, [element('activity', { id: 'https://coursepack.invalid/courses/c/lessons/a' }, [element('launch', {}, ['lessons/a/index.html'])])]),
]);

const page = (text: string): OutputFile[] => [{ path: 'lessons/a/index.html', content: `<p>Сабақ</p>${text}<p>соңы</p>` }];

describe('no LRS credential or address in an xAPI package', () => {
  it('passes a page without any', () => {
    expect(checkPackage(STRUCTURE, page('Auth token туралы мәтін; endpoint деген сөз.'), 'launch')).toEqual([]);
  });

  it.each([
    ['a Basic authorization', '<script>var a = "Basic dXNlcjpwYXNzd29yZA==";</script>', 'Basic'],
    ['a cmi5 auth-token, whatever its case', '{"Auth-Token":"x"}', 'auth-token'],
    ['a launch query with the endpoint', '<a href="?endpoint=https://lrs.example/">', 'endpoint'],
    ['an LRS path', '<a href="https://lrs.example/xAPI/statements">', 'xAPI'],
  ])('names %s in the file that holds it', (_, text, named) => {
    const problems = checkPackage(STRUCTURE, page(text), 'launch');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^lessons\/a\/index\.html contains something like an LRS credential/);
    expect(problems[0]).toContain(named);
  });

  it('leaves the player script alone (it builds such requests itself)', () => {
    const files: OutputFile[] = [...page(''), { path: 'assets/player.js', content: 'fetch(url + "?auth=" + x, { headers: { Authorization: "Basic " + btoa(u) } })' }];
    expect(checkPackage(STRUCTURE, files, 'launch')).toEqual([]);
  });
});

describe('the credential scan over a format\'s packages', () => {
  it('reads a page the course package and the lesson package share once, and names it in both', () => {
    const shared = `<p>Сабақ</p>${'мәтін '.repeat(1000)}<a href="?endpoint=https://lrs.example/">`;
    const course: OutputFile[] = [
      { path: 'lessons/a/index.html', content: shared },
      { path: 'lessons/b/index.html', content: '<p>басқа</p>' },
      { path: 'index.html', content: '<p>мәзір</p>' },
    ];
    const lesson: OutputFile[] = [{ path: 'lessons/a/index.html', content: shared }];
    const scan = credentialScan();
    const problems = [...checkPackage(STRUCTURE, course, 'launch', scan), ...checkPackage(STRUCTURE, lesson, 'launch', scan)];
    expect(scan.textsRead).toBe(3);
    expect(problems).toEqual([
      'lessons/a/index.html contains something like an LRS credential ([?&](endpoint|auth|fetch)=)',
      'lessons/a/index.html contains something like an LRS credential ([?&](endpoint|auth|fetch)=)',
    ]);
  });
});

describe('pages that share a beginning (a lesson\'s xAPI and cmi5 pages)', () => {
  const beginning = `<p>Сабақ</p>${'мәтін '.repeat(1000)}`;
  const pageWith = (text: string, ending: string, key: object): OutputFile[] => [
    { path: 'lessons/a/index.html', content: `${text}${ending}`, sharedPrefix: text.length, sharedPrefixKey: key },
  ];

  it('finds what lies in the shared beginning in every page that shares it', () => {
    const key = {};
    const text = `${beginning}<a href="?endpoint=https://lrs.example/">${'соңы '.repeat(20)}`;
    for (const ending of ['<script>xapi</script>', '<script>cmi5</script>']) {
      expect(checkPackage(STRUCTURE, pageWith(text, ending, key), 'launch')).toEqual(['lessons/a/index.html contains something like an LRS credential ([?&](endpoint|auth|fetch)=)']);
    }
  });

  it('finds what lies across the end of the beginning or after it, in that page only', () => {
    const key = {};
    // "Basic " and its first characters in the beginning, the rest in one page's ending.
    const across = checkPackage(STRUCTURE, pageWith(`${beginning}var a = "Basic dX`, 'NlcjpwYXNzd29yZA==";', key), 'launch');
    const clean = checkPackage(STRUCTURE, pageWith(`${beginning}var a = "Basic dX`, '";', key), 'launch');
    const after = checkPackage(STRUCTURE, pageWith(`${beginning}var a = "Basic dX`, '"; fetch("/xAPI/statements")', key), 'launch');
    expect(across).toEqual(['lessons/a/index.html contains something like an LRS credential (Basic [A-Za-z0-9+/=]{8,})']);
    expect(clean).toEqual([]);
    expect(after).toEqual(['lessons/a/index.html contains something like an LRS credential (\\/xAPI\\/)']);
  });
});

describe('launches of an xAPI package', () => {
  it('allow one launchable activity per TinCan package (the TinCan launch document)', () => {
    const two = element('tincan', {}, [
      element('activities', {}, [
        element('activity', { id: 'https://c.example.edu/c' }, [element('launch', {}, ['lessons/a/index.html'])]),
        element('activity', { id: 'https://c.example.edu/c/lessons/a' }, [element('launch', {}, ['lessons/a/index.html'])]),
      ]),
    ]);
    expect(checkPackage(two, page(''), 'launch')).toEqual(['2 activities have a launch; a TinCan package allows one']);
  });
});
