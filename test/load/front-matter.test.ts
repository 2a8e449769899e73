import { splitFrontMatter } from '../../src/load/front-matter';

describe('splitFrontMatter', () => {
  it('splits YAML from the body and says where the body starts', () => {
    expect(splitFrontMatter('---\nid: a\ntitle: A\n---\n\n## Heading\n')).toEqual({
      kind: 'split', yaml: 'id: a\ntitle: A', yamlLineOffset: 1, body: '\n## Heading\n', bodyLine: 5, closingLine: 4,
    });
  });
  it('accepts trailing spaces after a fence', () => {
    expect(splitFrontMatter('--- \nid: a\n---\t\nText')).toMatchObject({ kind: 'split', body: 'Text', bodyLine: 4 });
  });
  it('keeps a later --- (a Markdown rule) in the body', () => {
    expect(splitFrontMatter('---\nid: a\n---\nOne\n---\nTwo')).toMatchObject({ body: 'One\n---\nTwo', bodyLine: 4 });
  });
  it('has an empty body when the file ends at the closing fence', () => {
    expect(splitFrontMatter('---\nid: a\n---')).toMatchObject({ body: '', bodyLine: 4 });
  });
  it('finds no front matter unless the first line is a fence', () => {
    expect(splitFrontMatter('\n---\nid: a\n---\n')).toEqual({ kind: 'no-front-matter' });
    expect(splitFrontMatter('---- \nid: a\n---\n')).toEqual({ kind: 'no-front-matter' });
  });
  it('reports front matter that is never closed', () => {
    expect(splitFrontMatter('---\nid: a\n\nText\n')).toEqual({ kind: 'unclosed' });
  });
});
