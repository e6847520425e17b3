"""xml.dom.minidom against CPython's: documents read (node types, names, values,
attributes, namespaces), written back (toxml, toprettyxml with their quirks,
encodings), walked and edited, and the errors of bad input."""
import importlib.util
import io
import os
import sys
import xml.dom
import xml.dom.minidom as minidom
from compare import ROOT, same, same_output


def _load(name, relative):
    spec = importlib.util.spec_from_file_location(name, os.path.join(ROOT, "runtime/lib", relative))
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# Ours run on CPython with our ElementTree reader and our xml.dom underneath.
import xml.etree.ElementTree  # noqa: E402,F811 (CPython's, saved and restored below)
_saved = {k: sys.modules.get(k) for k in ("xml.dom", "xml.etree.ElementTree")}
ts_dom = _load("ts_xml_dom", "xml/dom/__init__.py")
ts_et = _load("ts_xml_etree", "xml/etree/ElementTree.py")
sys.modules["xml.dom"] = ts_dom
import xml.etree.ElementTree
_saved_attr = xml.etree.ElementTree
xml.etree.ElementTree = ts_et
sys.modules["xml.etree.ElementTree"] = ts_et
ts = _load("ts_minidom", "xml/dom/minidom.py")
xml.etree.ElementTree = _saved_attr
for _k, _v in _saved.items():
    sys.modules[_k] = _v


def tree(node):
    """A node as plain data."""
    out = [node.nodeType, node.nodeName, node.nodeValue]
    if node.nodeType == 1:
        out += [list(node.attributes.items()), node.namespaceURI, node.localName, node.prefix]
    if node.nodeType == 10:
        out += [node.publicId, node.systemId, node.internalSubset]
    out.append([tree(c) for c in node.childNodes])
    return out


def outcome(thunk):
    try:
        return ("ok", thunk())
    except Exception as e:
        return (type(e).__name__, str(e))


def both(label, fn):
    same(label, lambda: outcome(lambda: fn(ts)), lambda: outcome(lambda: fn(minidom)))


DOCS = [
    "<a/>", "<a>text</a>", "<a x='1' y=\"2\"><b>hi</b><c/>tail<d>x<e/>y</d>z</a>",
    "<?xml version='1.0'?><!DOCTYPE r SYSTEM 'x.dtd'><!--top--><r xmlns:p='u' a='1' p:b='2'>\n  <p:c>t&amp;x<![CDATA[<raw>]]>y</p:c>\n  <e/><?pi data?><!--in-->\n</r>",
    "<!DOCTYPE html><html><body><p class='x'>a &lt; b</p></body></html>",
    "<!DOCTYPE r PUBLIC 'pub' 'sys.dtd'><r/>", "<!DOCTYPE r [<!ENTITY e 'v'>]><r>&e;</r>",
    "<root>\n\t<item id='1'>one</item>\n\t<item id='2'>two &amp; more</item>\n</root>\n",
    "<a xmlns='urn:d'><b/></a>", "<a b='x&#10;y' c='&quot;&apos;'>&#233;&#x1F600;</a>", "<a><![CDATA[]]></a>",
    "<a>\r\nline\rx</a>", "<a><b><c><d>deep</d></c></b></a>", "<a>  </a>", "<e\u00e9 \u00fc='\u00f6'>\u00df</e\u00e9>",
    "<a/><b/>", "<a>", "<a></b>", "x", "", "<a>&nope;</a>",
]
for doc in DOCS:
    both(f"parse {doc[:40]!r}", lambda m: tree(m.parseString(doc)))
    both(f"parse bytes {doc[:40]!r}", lambda m: tree(m.parseString(doc.encode())))
    both(f"toxml {doc[:40]!r}", lambda m: m.parseString(doc).toxml())
    both(f"toprettyxml {doc[:40]!r}", lambda m: m.parseString(doc).toprettyxml())
    both(f"toprettyxml 2 {doc[:40]!r}", lambda m: m.parseString(doc).toprettyxml(indent="  ", newl="\n"))
    both(f"toxml utf-8 {doc[:40]!r}", lambda m: m.parseString(doc).toxml("utf-8"))
    both(f"element toxml {doc[:40]!r}", lambda m: m.parseString(doc).documentElement.toxml())
    both(f"element pretty {doc[:40]!r}", lambda m: m.parseString(doc).documentElement.toprettyxml(indent=" "))
both("file", lambda m: tree(m.parse(io.BytesIO(DOCS[3].encode()))))
both("standalone", lambda m: m.parseString("<a/>").toxml(standalone=True))
both("latin-1", lambda m: m.parseString("<a>\u00e9</a>").toprettyxml(encoding="latin-1"))


def walking(m):
    d = m.parseString(DOCS[3])
    r = d.documentElement
    c = r.getElementsByTagName("p:c")[0]
    out = [r.tagName, r.getAttribute("a"), r.getAttribute("zz"), r.hasAttribute("a"), r.hasAttributes(),
           len(r.attributes), r.attributes.length, r.attributes.item(0).name, r.attributes["a"].value,
           r.getAttributeNode("a").value, list(r.attributes.keys()),
           [n.nodeName for n in r.childNodes], r.childNodes.length, r.childNodes.item(99),
           r.firstChild.nodeName, r.lastChild.nodeName, c.parentNode.tagName, c.previousSibling.nodeName,
           c.nextSibling.nodeName, r.nextSibling, d.previousSibling if hasattr(d, "previousSibling") else None,
           [e.tagName for e in d.getElementsByTagName("*")], len(d.getElementsByTagName("nope")),
           c.firstChild.data, c.firstChild.length, c.childNodes[1].nodeType, d.doctype.name, d.doctype.systemId,
           r.ownerDocument is d, c.firstChild.ownerDocument is d, type(r.childNodes).__name__,
           d.nodeType, d.nodeName, r.hasChildNodes(), c.firstChild.hasChildNodes(), bool(r), d.documentElement is r]
    return out


both("walking", walking)


def editing(m):
    d = m.parseString("<r><a/><b/></r>")
    r = d.documentElement
    e = d.createElement("new")
    e.setAttribute("k", "v<&\"'>")
    e.setAttribute("j", "2")
    e.setAttribute("k", "again")
    e.appendChild(d.createTextNode("a<b"))
    r.appendChild(e)
    r.insertBefore(d.createComment(" c "), r.firstChild)
    r.insertBefore(d.createProcessingInstruction("t", "d"), None)
    r.replaceChild(d.createElement("swapped"), r.getElementsByTagName("b")[0])
    r.appendChild(d.createCDATASection("x<y"))
    moved = r.getElementsByTagName("a")[0]
    e.appendChild(moved)
    out = [r.toxml(), d.toprettyxml(indent="  ")]
    r.removeChild(e)
    out.append(r.toxml())
    out.append(outcome(lambda: r.removeChild(d.createElement("x"))))
    out.append(outcome(lambda: r.insertBefore(d.createElement("x"), d.createElement("y"))))
    e.removeAttribute("j")
    out.append(outcome(lambda: e.removeAttribute("j")))
    out.append(e.toxml())
    clone = e.cloneNode(True)
    shallow = e.cloneNode(False)
    out += [clone.toxml(), shallow.toxml(), clone.parentNode]
    t = d.createElement("t")
    for piece in ("a", "", "b"):
        t.appendChild(d.createTextNode(piece))
    t.appendChild(d.createElement("x"))
    t.appendChild(d.createTextNode("c"))
    t.normalize()
    out.append([n.nodeName for n in t.childNodes] + [t.firstChild.data])
    out.append(outcome(lambda: d.appendChild(d.createElement("second"))))
    out.append(outcome(lambda: d.createTextNode(5)))
    out.append(outcome(lambda: d.createComment("a--b").toxml()))
    out.append(outcome(lambda: d.createCDATASection("]]>").toxml()))
    out.append(outcome(lambda: d.createTextNode("x").appendChild(d.createElement("y"))))
    return out


both("editing", editing)


def building(m):
    impl = m.getDOMImplementation()
    d = impl.createDocument(None, "root", None)
    root = d.documentElement
    for i in range(3):
        item = d.createElement("item")
        item.setAttribute("n", str(i))
        item.appendChild(d.createTextNode(f"value {i}"))
        root.appendChild(item)
    empty = m.Document()
    empty.appendChild(empty.createElement("solo"))
    return [d.toxml(), d.toprettyxml(), root.toprettyxml(indent="    "), empty.toxml(),
            m.Document().toxml(), d.toxml(encoding="utf-8")]


both("building", building)
both("node constants", lambda m: [m.Node.ELEMENT_NODE, m.Node.TEXT_NODE, m.Node.COMMENT_NODE, m.Node.DOCUMENT_NODE])


def dom_errors(dom):
    return [(e.__name__, e.code, issubclass(e, dom.DOMException)) for e in
            (dom.IndexSizeErr, dom.HierarchyRequestErr, dom.NotFoundErr, dom.NotSupportedErr, dom.ValidationErr)] + \
        [dom.NOT_FOUND_ERR, dom.XML_NAMESPACE, dom.XMLNS_NAMESPACE, dom.EMPTY_NAMESPACE, dom.Node.NOTATION_NODE]


same("xml.dom names", lambda: outcome(lambda: dom_errors(ts_dom)), lambda: outcome(lambda: dom_errors(xml.dom)))

ENGINE_PROGRAM = f"""from xml.dom import minidom
def tree(node):
    out = [node.nodeType, node.nodeName, node.nodeValue]
    if node.nodeType == 1:
        out += [list(node.attributes.items()), node.namespaceURI, node.localName, node.prefix]
    out.append([tree(c) for c in node.childNodes])
    return out
for doc in {ascii(DOCS)}:
    try:
        d = minidom.parseString(doc)
        print(ascii(tree(d)))
        print(ascii(d.toxml()))
        print(ascii(d.toprettyxml(indent="  ")))
    except Exception as e:
        print(type(e).__name__, e)
"""
same_output("minidom_engine", ENGINE_PROGRAM)


def expat_error(m):
    try:
        m.parseString("<a>\n  <b></a>")
    except Exception as e:
        return type(e).__name__, str(e), e.code, e.lineno, e.offset, e.__cause__, e.__suppress_context__


both("ExpatError attributes", expat_error)
