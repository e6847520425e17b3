// The format modules of session 8 (tomllib, configparser, html.parser,
// xml.etree.ElementTree, xml.dom.minidom) on the wasm engine: they live in the second part of the
// library bundle (taskscope-lib-more.bin), import on first use and give CPython's
// output, errors included. Expected outputs come from python3.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createTaskscope } from '../../wasm/dist/taskscope.mjs';
import { partModules } from './bundle_parts.mjs';

const FORMATS = ['tomllib', 'configparser', 'html.parser', 'xml', 'xml.etree', 'xml.etree.ElementTree',
  'xml.dom', 'xml.dom.minidom', 'xml.parsers', 'xml.parsers.expat'];

const USES_FORMATS = `import asyncio, tomllib, configparser, io
from html.parser import HTMLParser
import xml.etree.ElementTree as ET
from xml.dom import minidom

class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found = []
    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self.found.append(dict(attrs).get("href"))

async def main():
    await asyncio.sleep(0.01)
    doc = tomllib.loads('title = "x"\\n[[job]]\\nwhen = 2024-03-01T02:00:00Z\\nargs = [1, 2.5, true]\\n')
    print(doc, doc["job"][0]["when"].tzinfo)
    try:
        tomllib.loads("a = [1, 2")
    except tomllib.TOMLDecodeError as e:
        print(e)
    cp = configparser.ConfigParser()
    cp.read_string("[DEFAULT]\\nroot = /srv\\n[app]\\npath = %(root)s/app\\nport = 8080\\n")
    print(cp["app"]["path"], cp.getint("app", "port"), cp.sections())
    out = io.StringIO()
    cp.write(out)
    print(out.getvalue())
    try:
        cp.read_string("[a]\\nx = 1\\nx = 2\\n")
    except configparser.Error as e:
        print(type(e).__name__, e)
    links = Links()
    links.feed('<p><a href="/one">1</a> <A HREF=two>2</A> &amp; <br/></p>')
    links.close()
    print(links.found, links.getpos())
    root = ET.fromstring("<r xmlns:m='urn:m'><i n='1'>a</i><i n='2'>b</i><m:x/></r>")
    print([i.text for i in root.findall("i")], root.find("i[@n='2']").text, root[2].tag)
    print(ET.tostring(root, encoding="unicode"))
    try:
        ET.fromstring("<a><b></a>")
    except ET.ParseError as e:
        print(e, e.position)
    doc = minidom.parseString("<r><i n='1'>a &amp; b</i><!--c--></r>")
    print(doc.toprettyxml(indent="  "), doc.getElementsByTagName("i")[0].getAttribute("n"))

asyncio.run(main())
`;


let ts;
before(async () => { ts = await createTaskscope(); });
after(() => ts.close());

test('the format modules are in the second part of the bundle', () => {
  const more = partModules('taskscope-lib-more.bin');
  const everyday = partModules('taskscope-lib.bin');
  for (const name of FORMATS) {
    assert.ok(more.includes(name), `${name} in taskscope-lib-more.bin`);
    assert.ok(!everyday.includes(name), `${name} not in taskscope-lib.bin`);
  }
});

test('tomllib, configparser, html.parser, ElementTree and minidom import and work on wasm as on CPython', async () => {
  let out = '';
  let err = '';
  const run = ts.run(USES_FORMATS, { onStdout(t) { out += t; }, onStderr(t) { err += t; } });
  const result = await run.done;
  assert.equal(err, '');
  assert.equal(result.exitCode, 0);
  assert.equal(out, execFileSync('python3', ['-c', USES_FORMATS], { encoding: 'utf8' }));
});
