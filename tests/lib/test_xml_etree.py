"""xml.etree.ElementTree against CPython's: parsing (results, and ParseError's message,
code and position on bad XML), writing (tostring with its options, write, indent,
dump), building and editing elements, path searches, iterparse and XMLPullParser."""
import contextlib
import copy
import importlib.util
import io
import os
import sys
import tempfile
import xml.etree.ElementTree as ET
from compare import ROOT, same, same_output

_spec = importlib.util.spec_from_file_location(
    "ts_ElementTree", os.path.join(ROOT, "runtime/lib/xml/etree/ElementTree.py"))
ts = importlib.util.module_from_spec(_spec)
sys.modules["ts_ElementTree"] = ts
_spec.loader.exec_module(ts)


def shape(e):
    """An element as plain data (comments and PIs by their kind)."""
    if e is None:
        return None
    tag = e.tag if isinstance(e.tag, str) else getattr(e.tag, "__name__", repr(e.tag))
    return (tag, dict(e.attrib), e.text, e.tail, [shape(c) for c in e])


def outcome(thunk):
    try:
        return ("ok", thunk())
    except SyntaxError as e:   # ParseError and path errors
        return (type(e).__name__, str(e), getattr(e, "code", None), getattr(e, "position", None))
    except Exception as e:
        return (type(e).__name__, str(e))


def both(label, fn):
    same(label, lambda: outcome(lambda: fn(ts)), lambda: outcome(lambda: fn(ET)))


DOCS = [
    "<a/>", "<a></a>", "<a>text</a>", "<a x='1' y=\"2\"><b>hi</b><c/>tail<d>x<e/>y</d>z</a>",
    "<?xml version='1.0'?>\n<!-- lead -->\n<root>\n  <item id='1'>one</item>\n  <item id='2'>two</item>\n</root>\n",
    "<a>&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&#x1F600;</a>", "<a b='&lt;&amp;&#10;' c='x\ty\nz'/>",
    "<a><![CDATA[<not> & markup]]>after</a>", "<a>x<!--c-->y<?pi data?>z</a>", "<a>line1\r\nline2\rline3</a>",
    "<!DOCTYPE r [<!ENTITY who 'world'><!ENTITY num '&#52;2'>]><r>hello &who; &num;</r>",
    "<!DOCTYPE html><html/>", "<a xmlns='urn:d' xmlns:p='urn:p'><b/><p:c p:k='1' k='2'/></a>",
    "<p:a xmlns:p='urn:p'><p:b xmlns:p='urn:q'/><p:c/></p:a>", "<a xml:lang='en'>x</a>", "<é ü='ö'>ß</é>",
    "<a.b-c_d:e xmlns:a.b-c_d='u'/>", "<a>\u00e9\u4e2d\U0001F600</a>", "<a>   </a>", "<a>\n</a>\n\n",
    "<a/>  <!-- after --> <?p after?>  ", "<a b = '1' c\n=\n\"2\" />",
    # bad documents
    "", " ", "<a>", "<a></b>", "<a><b></a>", "<a/><b/>", "<a/>x", "<a>&foo;</a>", "<a b='1' b='2'/>", "<a b=1/>",
    "<a b='<'/>", "<a>&#0;</a>", "<a>&#xD800;</a>", "<a>&#x110000;</a>", "<a><![CDATA[x</a>", "<a><!-- x </a>",
    "<a><!-- a -- b --></a>", "x<a/>", "ab<a/>", "\nx<a/>", "x", "  <?xml version='1.0'?><a/>", "<a><?xml version='1.0'?></a>",
    "<p:a/>", "<a p:b='1'/>", "<a xmlns:p=''/>", "<1a/>", "<a", "<a b", "<a b=", "<a b='x", "<a>\n  <b>\n</a>",
    "<a>\r\n<b></c></a>", "<a>&amp</a>", "<a>& </a>", "<a>]]></a>", "<a><</a>", "<a b='1'c='2'/>", "<a></a >", "<a></ a>",
    "<?xml version='1.0' encoding='utf-8'?>", "<a>\x01</a>", "<a:b:c/>", "<a/>\x00", "<ab\x00/>", "<a xmlns:xml='x'/>",
    "<a></a><", "</a>", "<a/></b>", "<a>x", "<a><!--", "<?pi", "<!DOCTYPE", "<a b/>", "<a>&#x41</a>", "<a>&#65</a>",
    "<a>&#a;</a>", "<a>&#x;</a>", "<a b='&foo;'/>", "<-a/>", "<a>&lt", "<a>\n<b/>\n</a>x", "<a><b></b></a></a>",
    "<a b='x'y/>", "<a =''/>", "<a b=\"1' />", "<?xml?><a/>", "<?XML version='1.0'?><a/>", "<a>\ufffe</a>",
    "<a/>&amp;", "<a/ >", "< a/>", "<a b='1'/ >", "<!---><a/>", "<!-- x --->", "<é>x</b>", "<a>😀</b>",
    "<!DOCTYPE a SYSTEM 'x.dtd'><a>&foo;</a>", "<!DOCTYPE a PUBLIC 'p' 'x.dtd'><a>&foo;</a>",
    # what stands before or after the root is read as DTD tokens
    "xalt;", "p:", ":", "p:p:", ">x", "]]><a/>", "?><a/>", "'u'<a/>", "'u'x<a/>", "\"v\"", "#65;<a/>", "#x<a/>",
    "(a|b)<a/>", "<![CDATA[x]]><a/>", "<!ELEMENT a ANY><a/>", "<a/><!DOCTYPE a>", "<a/><![CDATA[x]]>", "<a/>'u'",
    "<a/>#65;", "<a/><?xml version='1.0'?>", "<:a/>", "<é:-/>", "<?p:x?><a/>", "<?:x?><a/>", "<!DOCTYPE a><!DOCTYPE a><a/>",
]
for doc in DOCS:
    both(f"fromstring {doc[:40]!r}", lambda m: shape(m.fromstring(doc)))
    both(f"fromstring bytes {doc[:40]!r}", lambda m: shape(m.fromstring(doc.encode())))
    both(f"fed by char {doc[:40]!r}", lambda m: shape(m.fromstringlist(list(doc))))

BYTES = [b"<?xml version='1.0' encoding='latin-1'?><a>\xe9</a>", b"\xef\xbb\xbf<a>x</a>", b"<a>\xff</a>",
         "<a>\u00e9</a>".encode("utf-16"), b"<a>\xc3\xa9</a>", b"<a>\xc3</a>"]
for doc in BYTES:
    both(f"bytes {doc!r}", lambda m: shape(m.fromstring(doc)))

# Writing.
SOURCES = [
    "<a x='1' y=\"a&amp;b\"><b>hi &lt;there&gt;</b><c/>tail<d>x<e/>y</d>z</a>",
    "<r xmlns='urn:d' xmlns:p='urn:p'><b/><p:c p:k='1' k='2'/></r>",
    "<x:a xmlns:x='u' xmlns:y='v' y:b='1'><c xmlns='w'/></x:a>", "<a>\u00e9\u4e2d</a>", "<a b='&#10;&#9;&#13;\"'/>",
    "<html><head><title>T</title></head><body><br/><p class='x'>a &amp; b</p><img src='i.png'/></body></html>",
    "<a xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xsi:type='t'/>",
]
OPTIONS = [{}, {"encoding": "unicode"}, {"encoding": "utf-8"}, {"encoding": "UTF-8"}, {"encoding": "latin-1"},
           {"encoding": "us-ascii"}, {"encoding": "unicode", "xml_declaration": True}, {"xml_declaration": True},
           {"encoding": "utf-8", "xml_declaration": False}, {"method": "html"}, {"method": "text"},
           {"method": "html", "encoding": "unicode"}, {"short_empty_elements": False}, {"method": "bogus"},
           {"default_namespace": "urn:d"}, {"default_namespace": "u", "encoding": "unicode"}]
for src in SOURCES:
    for kw in OPTIONS:
        both(f"tostring {src[:30]!r} {kw}", lambda m: m.tostring(m.fromstring(src), **kw))
    both(f"tostringlist {src[:30]!r}", lambda m: b"".join(m.tostringlist(m.fromstring(src))))


def built(m):
    root = m.Element("root", {"b": "2"}, a="1")
    child = m.SubElement(root, "child", {"k": "v"}, n="x")
    child.text = "text & <stuff>"
    child.tail = "\n"
    root.append(m.Comment(" a comment "))
    root.append(m.PI("target", "data"))
    root.append(m.ProcessingInstruction("bare"))
    empty = m.SubElement(root, "{urn:x}empty")
    empty.set("{urn:y}attr", "v")
    q = m.SubElement(root, m.QName("urn:x", "q"))
    q.text = "qt"
    none = m.SubElement(root, None)
    none.text = "dropped tag"
    m.SubElement(none, "inner")
    return [m.tostring(root), m.tostring(root, encoding="unicode", method="html"),
            m.tostring(root, method="text"), m.tostring(root, short_empty_elements=False)]


both("built tree", built)
both("serialize int text", lambda m: m.tostring(m.Element("a", b=5)))
both("serialize int tag", lambda m: m.tostring(m.Element(5)))
both("serialize text int", lambda m: (lambda e: (setattr(e, "text", 3), m.tostring(e)))(m.Element("a")))
both("non-qualified with default ns", lambda m: m.tostring(m.fromstring("<a><b/></a>"), default_namespace="u"))
both("register_namespace", lambda m: (m.register_namespace("fmt", "urn:fmt8"),
                                      m.tostring(m.Element("{urn:fmt8}a")))[1])
both("register reserved", lambda m: m.register_namespace("ns3", "urn:z"))
both("qname", lambda m: [str(m.QName("u", "t")), m.QName("{u}t") == "{u}t", repr(m.QName("x")),
                         m.QName("a") < m.QName("b"), hash(m.QName("a")) == hash("a")])


def editing(m):
    e = m.Element("a")
    out = []
    for f in [lambda: e.append("x"), lambda: e.extend(["x"]), lambda: e.insert(0, 5), lambda: e.remove(m.Element("b")),
              lambda: e[0], lambda: m.Element("a", 5), lambda: m.Element("a", attrib=[]), lambda: m.SubElement("x", "b"),
              lambda: e.__setitem__(0, 5), lambda: e.__delitem__(3)]:
        out.append(outcome(f))
    kids = [m.SubElement(e, t) for t in "bcde"]
    e.insert(1, m.Element("ins"))
    e.remove(kids[2])
    del e[0]
    e[0] = m.Element("replaced")
    e[1:2] = [m.Element("s1"), m.Element("s2")]
    out.append([c.tag for c in e])
    out.append([c.tag for c in e[1:3]] + [e[-1].tag, len(e), bool(e), bool(m.Element("z"))])
    e.set("k", "v")
    e.attrib["j"] = "w"
    out.append((e.get("k"), e.get("nope", "d"), e.keys(), e.items(), e.makeelement("mk", {"a": "b"}).attrib))
    c = copy.copy(e)
    d = copy.deepcopy(e)
    out.append((c is e, c[0] is e[0], d[0] is e[0], shape(c) == shape(e), shape(d) == shape(e)))
    e.clear()
    out.append(shape(e))
    out.append(m.iselement(e) and not m.iselement("x"))
    return out


both("editing", editing)

TREE = """<library xmlns:b='urn:books'>
  <shelf name='a'>
    <book id='1' lang='en'><title>Dune</title><year>1965</year></book>
    <book id='2'><title>Solaris</title><year>1961</year><b:isbn>123</b:isbn></book>
    <magazine id='m1'><title>Wired</title></magazine>
  </shelf>
  <shelf name='b'>
    <book id='3' lang='pl'><title>Ferdydurke</title></book>
    <!-- a comment -->
    <b:book id='4'><title>Namespaced</title></b:book>
  </shelf>
</library>"""
PATHS = ["book", "shelf", "shelf/book", "shelf/*", "*/book/title", ".//title", ".//book[@lang]", ".//book[@lang='en']",
         ".//book[@lang!='en']", ".//book[title]", ".//book[title='Solaris']", ".//book[title!='Solaris']",
         "shelf/book[1]", "shelf/book[2]", "shelf/book[last()]", "shelf/book[last()-1]", "shelf[@name='b']/book/title",
         ".//title/..", ".//year/../title", ".", "./shelf", "shelf/", ".//{urn:books}isbn", ".//b:isbn", ".//b:*",
         ".//{urn:books}*", ".//{*}book", ".//{}book", "{*}shelf", ".//*[@id]", ".//book[.='x']", ".//title[.='Dune']",
         "//book", "/library", "shelf/book[0]", "shelf/book[last()+1]", "shelf/book[foo()]", "shelf[", "@id", "x:book",
         ".//", "shelf//title", "shelf/book/title[1]", ".//book[@id='2']/year", "*", "..", "shelf/..", "", "shelf[@name=\"a\"]",
         ".//book[last()-x]", "shelf[@name='a'][1]", ".//book[1]", ".//title[1]/.."]
for path in PATHS:
    for ns in (None, {"b": "urn:books"}, {"": "urn:books", "b": "urn:books"}):
        both(f"findall {path!r} {ns}", lambda m: [shape(e) for e in m.fromstring(TREE).findall(path, ns)])
        both(f"find {path!r} {ns}", lambda m: shape(m.fromstring(TREE).find(path, ns)))
        both(f"findtext {path!r} {ns}", lambda m: m.fromstring(TREE).findtext(path, "DEF", ns))
    both(f"iterfind {path!r}", lambda m: [e.get("id") for e in m.fromstring(TREE).iterfind(path)])
    both(f"tree findall {path!r}", lambda m: len(m.ElementTree(m.fromstring(TREE)).findall(path)))
both("iter", lambda m: [e.tag if isinstance(e.tag, str) else "?" for e in m.fromstring(TREE).iter()])
both("iter tag", lambda m: [e.get("id") for e in m.fromstring(TREE).iter("book")])
both("iter star", lambda m: len(list(m.fromstring(TREE).iter("*"))))
both("itertext", lambda m: list(m.fromstring("<a>1<b>2<!--c-->3</b>4<c/>5</a>").itertext()))
both("deep itertext and iter", lambda m: (lambda r: (len(list(r.itertext())), len(list(r.iter())), r.findtext(".//b")))(
    m.fromstring("<a>" * 3000 + "<b>x</b>t" + "</a>" * 3000)))
both("itertext comments kept", lambda m: list(m.fromstring(
    "<a>1<!--c-->2</a>", parser=m.XMLParser(target=m.TreeBuilder(insert_comments=True))).itertext()))


def indenting(m):
    out = []
    for src in ["<a><b><c>x</c><d/></b><e>text</e></a>", "<a/>", "<a>  <b/>  </a>", "<a><b>  </b></a>", "<a>keep<b/>tail</a>"]:
        for kw in ({}, {"space": "\t"}, {"level": 2}):
            e = m.fromstring(src)
            m.indent(e, **kw)
            out.append(m.tostring(e, encoding="unicode"))
    tree = m.ElementTree(m.fromstring("<a><b/></a>"))
    m.indent(tree)
    out.append(m.tostring(tree.getroot()))
    out.append(outcome(lambda: m.indent(m.Element("a"), level=-1)))
    return out


both("indent", indenting)


def dumping(m):
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        m.dump(m.fromstring("<a><b>x</b></a>"))
        e = m.fromstring("<a/>")
        e.tail = "tail\n"
        m.dump(e)
        m.dump(m.ElementTree(m.fromstring("<t>\u00e9</t>")))
    return buffer.getvalue()


both("dump", dumping)


def files(m):
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "doc.xml")
        with open(path, "wb") as f:
            f.write(TREE.encode())
        tree = m.parse(path)
        out.append(shape(tree.getroot()))
        with open(path, "rb") as f:
            out.append(shape(m.parse(f).getroot()))
        out.append(shape(m.ElementTree(file=path).getroot()))
        tree.write(os.path.join(tmp, "out.xml"))
        tree.write(os.path.join(tmp, "out2.xml"), encoding="utf-8", xml_declaration=True)
        tree.write(os.path.join(tmp, "out3.xml"), encoding="unicode")
        for name in ("out.xml", "out2.xml", "out3.xml"):
            with open(os.path.join(tmp, name), "rb") as f:
                out.append(f.read())
        buffer = io.BytesIO()
        tree.write(buffer, encoding="latin-1")
        out.append(buffer.getvalue())
        text = io.StringIO()
        tree.write(text, encoding="unicode", xml_declaration=True)
        out.append(text.getvalue())
        out.append(outcome(lambda: m.parse(os.path.join(tmp, "missing.xml")))[0])
    out.append(m.ElementTree().getroot())
    return out


both("files", files)


def events(m, doc, wanted, chunk=None):
    if chunk:
        pull = m.XMLPullParser(events=wanted)
        got = []
        try:
            for i in range(0, len(doc), chunk):
                pull.feed(doc[i:i + chunk])
                got.extend(pull.read_events())
            pull.close()
            got.extend(pull.read_events())
        except SyntaxError as e:
            got.append((type(e).__name__, str(e)))
        return [(ev, shape(v) if hasattr(v, "tag") else v) for ev, v in got if not isinstance(ev, str) or True]
    it = m.iterparse(io.BytesIO(doc.encode()), events=wanted)
    got = []
    try:
        for ev, value in it:
            got.append((ev, value.tag if hasattr(value, "tag") and isinstance(value.tag, str) else
                        (value.text if hasattr(value, "tag") else value)))
    except SyntaxError as e:
        got.append((type(e).__name__, str(e)))
    return got, shape(it.root)


EVENT_DOCS = ["<a xmlns='u' xmlns:p='v'><!--c--><?pi x?><p:b q='1'>t</p:b></a>", TREE, "<a><b>x</b><c></a>",
              "<r><i>1</i><i>2</i></r>"]
for doc in EVENT_DOCS:
    for wanted in (None, ("start", "end"), ("start", "end", "start-ns", "end-ns", "comment", "pi"), ("end-ns",)):
        both(f"iterparse {doc[:20]!r} {wanted}", lambda m: events(m, doc, wanted))
        both(f"pull {doc[:20]!r} {wanted}", lambda m: events(m, doc, wanted, chunk=7))
# Long documents fed in pieces (the reader drops text it has read): error positions.
_LONG = "<list>\n" + "".join(f"<item id='{i}'>v{i}</item>\n" for i in range(8000)) + "<bad></list>"
_WIDE = "<a>" + "x" * 70000 + "<b/>" * 3000 + "</c>"
for name, doc in (("long", _LONG), ("wide", _WIDE)):
    both(f"{name} document in pieces", lambda m: shape(m.fromstringlist(
        [doc[i:i + 4096] for i in range(0, len(doc), 4096)])))
    both(f"{name} document iterparse", lambda m: events(m, doc, ("end",))[0][-1])
both("iterparse bad event", lambda m: m.iterparse(io.BytesIO(b"<a/>"), events=("bogus",)))
both("pull feed after close", lambda m: (lambda p: (p.close(), p.feed("<a/>")))(m.XMLPullParser()))


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(("start", tag, attrib))

    def end(self, tag):
        self.log.append(("end", tag))

    def data(self, data):
        self.log.append(("data", data))

    def comment(self, text):
        self.log.append(("comment", text))

    def pi(self, target, data):
        self.log.append(("pi", target, data))

    def close(self):
        return self.log


for doc in ["<!DOCTYPE r><r a='1'>x&amp;y\nz<![CDATA[<c>]]><!--k--><?p d?></r>", "<a><b>1</b>\n<c/></a>"]:
    both(f"custom target {doc!r}", lambda m: m.fromstring(doc, parser=m.XMLParser(target=Target())))
both("builder options", lambda m: shape(m.fromstring("<a><!--c--><?p d?>x</a>", parser=m.XMLParser(
    target=m.TreeBuilder(insert_comments=True, insert_pis=True)))))
both("builder direct", lambda m: (lambda b: (shape(b.start("a", {})), b.data("x"), shape(b.start("b", {"k": "v"})),
                                              shape(b.end("b")), b.data("t"), shape(b.end("a")),
                                              shape(b.close())))(m.TreeBuilder()))
both("builder empty close", lambda m: m.TreeBuilder().close())
both("XMLID", lambda m: sorted(m.XMLID("<a id='1'><b id='2'/><c/></a>")[1]))
both("fromstring int", lambda m: m.fromstring(5))
both("tree find absolute", lambda m: m.ElementTree(m.fromstring(TREE)).find("//title").text)
both("constants", lambda m: (m.VERSION, sorted(m.__all__), issubclass(m.ParseError, SyntaxError)))

ENGINE_PROGRAM = f"""import xml.etree.ElementTree as ET, io
def shape(e):
    if e is None:
        return None
    tag = e.tag if isinstance(e.tag, str) else e.tag.__name__
    return (tag, dict(e.attrib), e.text, e.tail, [shape(c) for c in e])
for doc in {ascii(DOCS)}:
    try:
        root = ET.fromstring(doc)
        print(ascii(shape(root)))
        print(ascii(ET.tostring(root)), ascii(ET.tostring(root, encoding="unicode", method="html")))
    except ET.ParseError as e:
        print(ascii(str(e)), e.code, e.position)
for doc in {BYTES!r}:
    try:
        print(ascii(shape(ET.fromstring(doc))))
    except ET.ParseError as e:
        print(ascii(str(e)), e.code, e.position)
root = ET.fromstring({TREE!r})
for path in {PATHS!r}:
    for ns in (None, {{"b": "urn:books"}}):
        try:
            print(path, [shape(e) for e in root.findall(path, ns)], root.findtext(path, "D", ns))
        except Exception as e:
            print(path, type(e).__name__, e)
for ev, value in ET.iterparse(io.BytesIO({TREE!r}.encode()), events=("start", "end", "start-ns", "end-ns")):
    print(ev, value.tag if hasattr(value, "tag") else value)
ET.indent(root)
print(ET.tostring(root, encoding="unicode"))
"""
same_output("xml_etree_engine", ENGINE_PROGRAM)
