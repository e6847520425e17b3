"""html.parser against CPython's: the handler calls (with positions and the start
tag's text) for many documents, fed whole, in pieces and one character at a time,
with and without convert_charrefs; and the errors broken marked sections raise."""
import html.parser
import importlib.util
import os
import sys
from compare import ROOT, same, same_output

_spec = importlib.util.spec_from_file_location("ts_html_parser",
                                               os.path.join(ROOT, "runtime/lib/html/parser.py"))
ts = importlib.util.module_from_spec(_spec)
sys.modules["ts_html_parser"] = ts
_spec.loader.exec_module(ts)


def recorder(base):
    class Recorder(base):
        def __init__(self, **kw):
            self.events = []
            super().__init__(**kw)

        def note(self, *event):
            self.events.append(event + (self.getpos(),))

        def handle_starttag(self, tag, attrs):
            self.note("start", tag, attrs, self.get_starttag_text())

        def handle_endtag(self, tag):
            self.note("end", tag)

        def handle_startendtag(self, tag, attrs):
            self.note("startend", tag, attrs, self.get_starttag_text())

        def handle_data(self, data):
            self.note("data", data)

        def handle_comment(self, data):
            self.note("comment", data)

        def handle_entityref(self, name):
            self.note("entityref", name)

        def handle_charref(self, name):
            self.note("charref", name)

        def handle_decl(self, decl):
            self.note("decl", decl)

        def handle_pi(self, data):
            self.note("pi", data)

        def unknown_decl(self, data):
            self.note("unknown_decl", data)
    return Recorder


OURS, THEIRS = recorder(ts.HTMLParser), recorder(html.parser.HTMLParser)


def run(cls, doc, pieces, close=True, **kw):
    p = cls(**kw)
    try:
        if pieces == 0:
            p.feed(doc)
        else:
            for start in range(0, len(doc), pieces):
                p.feed(doc[start:start + pieces])
        if close:
            p.close()
    except Exception as e:
        p.events.append(("raised", type(e).__name__, str(e)))
    return p.events, p.rawdata, p.lasttag, p.cdata_elem


DOCS = [
    "", "plain text", "<p>Hello, <b>world</b>!</p>", "<br/><br /><img src='a.png' alt=\"x\"/>",
    "<a href=\"http://x.org/?a=1&amp;b=2\" title='it&#39;s' data-x=bare disabled>link</a>",
    "<!DOCTYPE html>\n<html lang=en>\n<head><title>T</title></head>\n<body>\n<p class=\"c1 c2\">x</p>\n</body></html>\n",
    "<!-- a comment --><!--multi\nline--><!---->x<!-- -- -->", "<!--unclosed comment", "<!-- a --   >b",
    "<?xml version=\"1.0\"?><?php echo 1 ?>", "<![CDATA[raw <stuff>]]>after", "<![if !IE]>x<![endif]>",
    "<!ELEMENT br EMPTY>", "<!bogus comment>", "</>x", "</ >x", "</ a>", "</a b=c>", "</a\n>", "</3>",
    "<script>if (a < b && c > d) { x = '</p>'; }</script>after", "<style>p > a { color: red }</STYLE >z",
    "<script>unterminated", "<SCRIPT type=x>a</script >b</Script>", "<title>a &amp; b</title>",
    "&amp; &lt;tag&gt; &#65;&#x42;&#X43; &nosuch; &amp &#65 &copy2 &", "a < b > c", "a <3 b", "x&y;z", "&#;",
    "&#xZZ; &#123456789;", "&#0; &#x80; &#xD800;", "<a b='1' b='2' B=3>", "<a b = \"1\" c= 2 d =3>",
    "<a b=\"unclosed>text", "<a b= \"x>y", "<a b==c>", "<a =b>", "<a \"q\">", "<a/b/c>", "<a///>", "<a/ >",
    "<a b/>", "<a b=c/>", "<a\x00b>", "<a$>x", "<a\tb\nc\rd\fe>", "<p\n  id=x\n>line2</p\n>", "<é>",
    "<A HREF=X>caps</A>", "<a b='&quot;&gt;'>", "< p>not a tag</ p>", "<", "a<", "<a", "<a b", "<a b=", "</a",
    "<!", "<!-", "<!--", "<?", "<![", "<![ ", "<![CDATA[", "<![foo[x]]>", "<!doctype", "<!DOCTYPE html",
    "text\nmore\n<b>\nx</b>\n\n", "&", "&a", "&ab", "&#", "&#1", "&#x", "x &amp", "<p>&nbsp;&hellip;&euro;</p>",
    "<div><p>one<p>two</div>", "<input value=\"a>b\">", "<a href=x>",
    "<table><tr><td>1</td><td>2</td></tr></table>", "<ul>\n  <li>a</li>\n  <li>b</li>\n</ul>",
    # attribute values the tolerant rules read in odd ways
    "<a b==\"x y>z", "<a b= \"x>y", "<a b=  'x' c>", "<a b =\n'x'>", "<a\x0bb=1>", "<a\x1cb>", "<a b='1'/c>",
    "<a b=='x'>", "<a b=\"\" c=''>", "<a b=>", "<a b= >", "<a =b c>", "<a b=1=2>", "<a\tb\t=\tc\t/>", "<a/b=c/>",
    "<a b='x'c='y'>", "<a b=\"'\">", "<A B=C D>", "<a b=&amp;c>", "<a b='&#65;&lt;&bogus;'>",
]

for doc in DOCS:
    for kw in ({}, {"convert_charrefs": False}):
        for pieces in (0, 1, 3):
            same(f"{doc[:30]!r} {kw} pieces={pieces}", lambda: run(OURS, doc, pieces, **kw),
                 lambda: run(THEIRS, doc, pieces, **kw))
    same(f"{doc[:30]!r} no close", lambda: run(OURS, doc, 0, close=False),
         lambda: run(THEIRS, doc, 0, close=False))


def reuse(cls):
    p = cls()
    p.feed("<a>x<b")
    first = list(p.events)
    p.reset()
    p.feed("<c>y</c>")
    p.close()
    p.feed("<d>")
    p.close()
    return first, p.events, p.getpos(), p.get_starttag_text()


same("reset and reuse", lambda: reuse(OURS), lambda: reuse(THEIRS))


def defaults(mod):
    p = mod.HTMLParser()
    p.feed("<a href=x>t</a><br/><!--c-->&amp;")
    p.close()
    return p.getpos(), p.get_starttag_text(), p.lasttag, p.convert_charrefs, mod.__all__, \
        mod.HTMLParser.CDATA_CONTENT_ELEMENTS


same("base class", lambda: defaults(ts), lambda: defaults(html.parser))
same("convert_charrefs keyword only", lambda: ts.HTMLParser(False), lambda: html.parser.HTMLParser(False))


class OursLinks(OURS):
    pass


def links(cls):
    found = []

    class Links(cls):
        def handle_starttag(self, tag, attrs):
            if tag == "a":
                found.append(dict(attrs).get("href"))
    p = Links()
    p.feed('<p><a href="/one">1</a> <A HREF=\'/two\'>2</A> <a name=x>3</a></p>')
    p.close()
    return found


same("links", lambda: links(ts.HTMLParser), lambda: links(html.parser.HTMLParser))

ENGINE_PROGRAM = f"""from html.parser import HTMLParser
class R(HTMLParser):
    def __init__(self, **kw):
        self.events = []
        super().__init__(**kw)
    def handle_starttag(self, tag, attrs):
        self.events.append(("start", tag, attrs, self.get_starttag_text(), self.getpos()))
    def handle_endtag(self, tag):
        self.events.append(("end", tag, self.getpos()))
    def handle_data(self, data):
        self.events.append(("data", data, self.getpos()))
    def handle_comment(self, data):
        self.events.append(("comment", data))
    def handle_entityref(self, name):
        self.events.append(("entityref", name))
    def handle_charref(self, name):
        self.events.append(("charref", name))
    def handle_decl(self, decl):
        self.events.append(("decl", decl))
    def handle_pi(self, data):
        self.events.append(("pi", data))
    def unknown_decl(self, data):
        self.events.append(("unknown_decl", data))
for doc in {ascii(DOCS)}:
    for kw in ({{}}, {{"convert_charrefs": False}}):
        for pieces in (0, 2):
            p = R(**kw)
            try:
                if pieces:
                    for i in range(0, len(doc), pieces):
                        p.feed(doc[i:i + pieces])
                else:
                    p.feed(doc)
                p.close()
            except Exception as e:
                p.events.append((type(e).__name__, str(e)))
            print(ascii(p.events))
"""
same_output("html_parser_engine", ENGINE_PROGRAM)
