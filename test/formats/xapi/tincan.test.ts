import { xapi } from '../../../src/formats/xapi';
import { sampleCourse } from '../sample-course';
import { stubInput } from './stub-input';
import { contentOf } from '../files';

const IRI = 'https://coursepack.invalid/courses/security-central-asia';
const text = (content: string | Uint8Array | undefined) => String(content ?? '');

describe('the xAPI (TinCan) packages', () => {
  const packages = xapi.packages(stubInput());
  const course = packages[0]!;
  const tincan = text(contentOf(course.files.find((file) => file.path === 'tincan.xml')));

  it('are a course package and one package per lesson', () => {
    expect(packages.map((pkg) => pkg.path)).toEqual(['xapi/security-central-asia.zip', ...sampleCourse().lessons.map((l) => `xapi/lessons/${l.id}.zip`)]);
    expect(course.files.map((file) => file.path)).toEqual([
      'tincan.xml',
      'index.html',
      'assets/player.js',
      'assets/player.css',
      ...sampleCourse().lessons.map((l) => `lessons/${l.id}/index.html`),
    ]);
  });

  it('list the course (launching its lesson list, the one launch the TinCan launch document allows) and every lesson, with ids from the course IRI', () => {
    const activities = [...tincan.matchAll(/<activity id="([^"]+)" type="([^"]+)">/g)].map((m) => [m[1], m[2]]);
    expect(activities).toEqual([
      [IRI, 'http://adlnet.gov/expapi/activities/course'],
      ...sampleCourse().lessons.map((l) => [`${IRI}/lessons/${l.id}`, 'http://adlnet.gov/expapi/activities/lesson']),
    ]);
    const launches = [...tincan.matchAll(/<launch lang="kk">([^<]+)<\/launch>/g)].map((m) => m[1]);
    expect(launches).toEqual(['index.html']);
    const lessonPackage = packages.find((pkg) => pkg.path === 'xapi/lessons/s2-1.zip')!;
    expect([...text(contentOf(lessonPackage.files[0])).matchAll(/<launch lang="kk">([^<]+)<\/launch>/g)].map((m) => m[1])).toEqual(['lessons/s2-1/index.html']);
  });

  it('launch the course as a list of its lessons whose links pass the launch query on', () => {
    const menu = text(contentOf(course.files.find((file) => file.path === 'index.html')));
    const links = [...menu.matchAll(/<a class="cp-menu__lesson" href="([^"]+)">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(links).toEqual(sampleCourse().lessons.map((l) => `lessons/${l.id}/index.html`));
    expect(menu).toContain('<a class="cp-menu__lesson" href="lessons/s2-1/index.html">2.1 Water &amp; energy</a>');
    expect(menu).toContain('link.search = location.search');
  });

  it('name the course in every language it has, lessons in the course language, escaped', () => {
    expect(tincan).toContain('<name lang="kk">Орталық Азиядағы қауіпсіздік мәселелері</name>');
    expect(tincan).toContain('<name lang="en">Security issues in Central Asia</name>');
    expect(tincan).toContain('<name lang="kk">1.1 Теориялар</name>');
    expect(tincan).toContain('<name lang="kk">2.1 Water &amp; energy</name>');
    expect(tincan).toContain('<description lang="kk">Орталық Азиядағы қауіпсіздік мәселелері · 2 Risks &amp; &lt;threats&gt; "today" · 2.1 Water &amp; energy</description>');
  });

  it('follow the course IRI of course.yaml when there is one', () => {
    const [pkg] = xapi.packages(stubInput(sampleCourse({ iri: 'https://courses.example.edu/sca' })));
    expect(text(contentOf(pkg!.files[0]))).toContain('<activity id="https://courses.example.edu/sca/lessons/s1-1" ');
  });

  it('give each lesson page its activity data before the player script, and no credential', () => {
    const page = text(contentOf(course.files.find((file) => file.path === 'lessons/s1-1/index.html')));
    const match = /<script type="application\/json" id="cp-xapi">(.*)<\/script>\n<script src="..\/..\/assets\/player.js">/.exec(page);
    expect(match).not.toBeNull();
    expect(JSON.parse(match![1]!)).toEqual({
      course: { id: IRI, name: { kk: 'Орталық Азиядағы қауіпсіздік мәселелері', en: 'Security issues in Central Asia' }, description: { kk: 'Орталық Азиядағы қауіпсіздік мәселелері', en: 'Security issues in Central Asia' } },
      chapter: { id: `${IRI}/chapters/ch1`, name: { kk: '1 ҚАЗАҚСТАН МЕН ӨЗБЕКСТАН' }, description: { kk: '1 ҚАЗАҚСТАН МЕН ӨЗБЕКСТАН' } },
      lesson: { id: `${IRI}/lessons/s1-1`, name: { kk: '1.1 Теориялар' }, description: { kk: 'Орталық Азиядағы қауіпсіздік мәселелері · 1 ҚАЗАҚСТАН МЕН ӨЗБЕКСТАН · 1.1 Теориялар' } },
      language: 'kk',
      revision: '1.0.0',
    });
    for (const file of course.files) expect(text(contentOf(file))).not.toMatch(/Basic |auth|endpoint|registration=/);
  });

  it('hold one lesson each, without the course activity', () => {
    const lesson = packages.find((pkg) => pkg.path === 'xapi/lessons/s2-1.zip')!;
    const xml = text(contentOf(lesson.files[0]));
    expect([...xml.matchAll(/<activity id="([^"]+)"/g)].map((m) => m[1])).toEqual([`${IRI}/lessons/s2-1`]);
    expect(lesson.files.map((f) => f.path)).toEqual(['tincan.xml', 'assets/player.js', 'assets/player.css', 'lessons/s2-1/index.html']);
  });

  it('refuse a page without the player script (a renderer change must not pass silently)', () => {
    const input = stubInput();
    const broken = { ...input, lessons: input.lessons.map((l) => ({ ...l, page: '<p>no player</p>' })) };
    expect(() => xapi.packages(broken)).toThrow(/no player script/);
  });
});
