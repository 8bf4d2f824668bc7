import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderHtml, type HtmlOptions } from '../../server/src/core/report/html';
import { renderJson } from '../../server/src/core/report/json';
import { renderMarkdown, type LinkOptions } from '../../server/src/core/report/markdown';
import { buildReport } from '../../server/src/core/report/report';
import { orgChartSvg } from '../../server/src/core/report/svgOrgChart';
import type { Location, OrgChartNode } from '../../server/src/core/report/types';
import { inputOf, rule } from './model';

const HOSTILE = fs.readFileSync(path.resolve(__dirname, '../../../test/report/fixtures/hostile/team.charter.yaml'), 'utf8');
const FILE = 'javascript:alert(9).charter.yaml';

const report = buildReport(
  inputOf(
    { [FILE]: HOSTILE },
    {
      [FILE]: [
        {
          code: 'culture/a',
          severity: 'warning',
          area: 'culture',
          path: ['spec', 'members', 0],
          message: 'Member ""><img src=x onerror=alert(1)>" has <script>alert(5)</script> no mentor.',
        },
        { code: 'schema/enum', severity: 'error', path: ['spec', 'members', 1], message: '<svg onload=alert(6)> is not a role' },
      ],
    },
    { rules: [{ ...rule('culture/a', 'warning', ['TeamCharter']), rationale: 'Mentors "matter" <b>a lot</b>: `mentor`.' }] },
  ),
);

const links: LinkOptions = {
  fileLabel: (uri) => decodeURIComponent(uri.split('/').pop()!),
  fileLink: (location: Location) => `${decodeURIComponent(location.uri.split('/').pop()!)}#L${location.range.start.line + 1}`,
  docsLink: (docs) => `../${docs}`,
};
const webview: HtmlOptions = {
  nonce: 'n0nce',
  fileLabel: links.fileLabel,
  docsLink: (docs) => `https://docs.example/${docs}`,
  links: { kind: 'webview', cspSource: 'vscode-webview://abc', scriptUri: 'vscode-webview://abc/media/report.js' },
};
const ALLOWED_TAGS = new Set(
  'html head meta title style body main h1 h2 h3 p section div svg text rect path circle g a ul li span code table thead tbody tr th td br script'.split(' '),
);

/** Every tag the page opens, and every attribute that would run code. */
function tags(html: string): { names: Set<string>; handlers: string[] } {
  const names = new Set([...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)].map((match) => match[1].toLowerCase()));
  const handlers = [...html.matchAll(/<[^>]*\son[a-z]+\s*=/gi)].map((match) => match[0]);
  return { names, handlers };
}

describe('report renderers: escaping and page security', () => {
  it('webview page: a nonce CSP, only its own script, spec strings escaped into text', () => {
    const html = renderHtml(report, webview);
    assert.ok(
      html.includes(
        `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; img-src vscode-webview://abc data:; style-src &#39;nonce-n0nce&#39;; script-src &#39;nonce-n0nce&#39;;">`,
      ),
    );
    assert.deepEqual(
      [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]),
      ['<script nonce="n0nce" src="vscode-webview://abc/media/report.js">'],
    );
    assert.deepEqual(
      [...html.matchAll(/<style[^>]*>/g)].map((match) => match[0]),
      ['<style nonce="n0nce">'],
    );
    const { names, handlers } = tags(html);
    assert.deepEqual(
      [...names].filter((name) => !ALLOWED_TAGS.has(name)),
      [],
    );
    assert.deepEqual(handlers, []);
    assert.ok(html.includes('&lt;script&gt;alert(&#39;ceo&#39;)&lt;/script&gt;'));
    assert.ok(html.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'));
    assert.ok(html.includes('has &lt;script&gt;alert(5)&lt;/script&gt; no mentor.'));
    assert.ok(html.includes('&lt;svg onload=alert(6)&gt; is not a role'));
    assert.ok(!/style="/.test(html), 'no inline style attributes: the CSP would block them');
  });

  it('webview page: file links carry their target as data for the extension to check; rule links go to the published page', () => {
    const html = renderHtml(report, webview);
    const hrefs = new Set([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]));
    assert.deepEqual([...hrefs], ['https://docs.example/docs/rules/culture/a.md', '#']);
    const uris = new Set([...html.matchAll(/data-uri="([^"]*)"/g)].map((match) => match[1]));
    assert.deepEqual([...uris], [`file:///report-fixture/${FILE}`]);
    const why = 'Mentors &quot;matter&quot; &lt;b&gt;a lot&lt;/b&gt;: &#96;mentor&#96;.';
    assert.equal(
      [...html.matchAll(/<a href="https:[^>]*>/g)].map((match) => match[0]).join('\n'),
      [
        `<a href="https://docs.example/docs/rules/culture/a.md" title="${why}" data-rule="culture/a">`,
        `<a href="https://docs.example/docs/rules/culture/a.md" title="${why}" data-rule="culture/a">`,
      ].join('\n'),
    );
    assert.ok(html.includes('<p class="why muted">Why: Mentors &quot;matter&quot; &lt;b&gt;a lot&lt;/b&gt;: <code>mentor</code>.</p>'));
    assert.ok(/<a href="#" data-uri="file:\/\/\/report-fixture\/javascript:alert\(9\)\.charter\.yaml" data-line="12" data-character="6">/.test(html));
  });

  it('exported page: no script at all, and a file whose name looks like a javascript: link stays a relative link', () => {
    const html = renderHtml(report, { nonce: 'n0nce', fileLabel: links.fileLabel, docsLink: links.docsLink, links: { kind: 'file', fileLink: links.fileLink } });
    assert.ok(html.includes(`content="default-src &#39;none&#39;; img-src data:; style-src &#39;nonce-n0nce&#39;;"`));
    assert.ok(!html.includes('<script'));
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    assert.ok(hrefs.length > 5);
    for (const href of hrefs) assert.ok(href.startsWith('./javascript:alert(9).charter.yaml#L') || href === '../docs/rules/culture/a.md', href);
    const { names, handlers } = tags(html);
    assert.deepEqual(
      [...names].filter((name) => !ALLOWED_TAGS.has(name) || name === 'script'),
      [],
    );
    assert.deepEqual(handlers, []);
  });

  it('Markdown: HTML shows as text, links cannot be injected, and link targets are made safe', () => {
    const markdown = renderMarkdown(report, links);
    assert.ok(!/<[a-z]/i.test(markdown), 'no raw tag');
    assert.ok(!/(?<!\\)\]\(\s*javascript:/.test(markdown), 'no link to a javascript: address');
    assert.ok(markdown.includes('- Tab \\| pipe \\*stars\\* \\[link\\](javascript:alert(2)) \\`code\\` (PM, outside the reporting line: reportsTo "nobody-here" is not a member)'));
    assert.ok(markdown.includes("- &lt;script&gt;alert('ceo')&lt;/script&gt; (CEO)"));
    assert.ok(markdown.includes('[javascript:alert(9).charter.yaml:13](./javascript:alert%289%29.charter.yaml#L13)'));
  });

  it('JSON: locations printed with files and 1-based positions, no uris', () => {
    const json = JSON.parse(renderJson(report, links.fileLabel)) as { files: unknown; other: { findings: Array<{ location: unknown }> } };
    assert.deepEqual(json.files, [{ file: FILE, kind: 'TeamCharter' }]);
    assert.deepEqual(json.other.findings[0].location, { file: FILE, line: 16, column: 7, endLine: 16, endColumn: 14 });
    assert.ok(!renderJson(report, links.fileLabel).includes('"uri"'));
  });

  it('org chart page: only the chart, with a box per person', () => {
    const html = renderHtml(report, { ...webview, view: 'orgChart' });
    assert.ok(html.includes('<title>Org chart</title>'));
    assert.ok(!html.includes('Score per area'));
    assert.equal([...html.matchAll(/<rect class="box/g)].length, 4);
    assert.equal([...html.matchAll(/<rect class="box outside"/g)].length, 1);
  });
});

describe('org chart picture', () => {
  const person = (name: string, children: OrgChartNode[] = []): OrgChartNode => ({ name, role: 'PM', problems: 0, hints: 0, children });
  const size = (svg: string): string => /width="(\d+)" height="(\d+)"/.exec(svg)!.slice(1).join('x');

  it('stacks people without reports in one column, so a wide team stays narrow', () => {
    const svg = orgChartSvg(
      [
        person(
          'Lead',
          Array.from({ length: 30 }, (_, i) => person(`P${i}`)),
        ),
      ],
      () => 'href="#"',
    );
    assert.equal(size(svg), `206x${8 + 44 + 15 + 30 * 54 - 10 + 8}`);
    assert.match(svg, /class="org-chart fit"/);
    assert.equal([...svg.matchAll(/<rect class="box"/g)].length, 31);
  });

  it('puts managers side by side with their teams under them, the manager centred above', () => {
    const svg = orgChartSvg([person('Head', [person('A', [person('A1')]), person('B', [person('B1')]), person('C')])], () => 'href="#"');
    // three columns of 190 with two gaps of 14; the lines join A's box at 93 and C's column at 426
    assert.equal(size(svg), `${8 + 3 * 190 + 2 * 14 + 8}x${8 + 44 + 30 + 44 + 15 + 44 + 8}`);
    assert.match(svg, /<path class="edge" d="M93 67L426 67"\/>/);
    assert.match(svg, /<rect class="box" x="174.5" y="8" width="170"/);
  });

  it('lets a very wide chart scroll rather than shrink its text away', () => {
    const wide = person(
      'Head',
      Array.from({ length: 8 }, (_, i) => person(`M${i}`, [person(`R${i}`)])),
    );
    assert.match(
      orgChartSvg([wide], () => 'href="#"'),
      /class="org-chart"/,
    );
  });
});
