"""A small DOM, as CPython 3.11's xml.dom.minidom: parseString()/parse() read a
document into nodes (Document, Element, Text, CDATASection, Comment,
ProcessingInstruction, DocumentType) that can be walked (childNodes, parentNode,
siblings, getElementsByTagName, attributes), changed (createElement, appendChild,
setAttribute ...) and written back with toxml() and toprettyxml().

How this one is built: the XML reader is ElementTree's (our own); a builder turns
what it reports into nodes, keeping names as written (prefixes and xmlns attributes
included). Writing follows minidom's format exactly, quirks included (toprettyxml
puts every text node on its own line)."""

import io

import xml.dom
from xml.dom import Node, EMPTY_NAMESPACE
from xml.etree import ElementTree as _etree

__all__ = ["parse", "parseString", "getDOMImplementation", "Document", "Element",
           "Text", "Comment", "CDATASection", "ProcessingInstruction", "DocumentType",
           "Attr", "NamedNodeMap", "NodeList", "Node", "DOMImplementation"]


def _not_found():
    return xml.dom.NotFoundErr()


def _escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;")
            .replace('"', "&quot;").replace(">", "&gt;"))


class NodeList(list):
    """A list of nodes with the DOM's length and item()."""

    __slots__ = ()

    @property
    def length(self):
        return len(self)

    def item(self, index):
        return self[index] if 0 <= index < len(self) else None


class _Node(Node):
    """What every node has: its place in the tree and its writing."""

    parentNode = None
    ownerDocument = None
    nodeValue = None
    namespaceURI = EMPTY_NAMESPACE
    prefix = None
    attributes = None

    def __bool__(self):
        return True

    # ---- the tree ----

    @property
    def firstChild(self):
        return self.childNodes[0] if self.childNodes else None

    @property
    def lastChild(self):
        return self.childNodes[-1] if self.childNodes else None

    def _sibling(self, step):
        parent = self.parentNode
        if parent is None:
            return None
        siblings = parent.childNodes
        for at, node in enumerate(siblings):
            if node is self:
                other = at + step
                return siblings[other] if 0 <= other < len(siblings) else None
        return None

    @property
    def nextSibling(self):
        return self._sibling(1)

    @property
    def previousSibling(self):
        return self._sibling(-1)

    def hasChildNodes(self):
        return len(self.childNodes) > 0

    def _adopt(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            return list(node.childNodes)
        former = node.parentNode
        if former is not None:
            former.removeChild(node)
        node.parentNode = self
        return [node]

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in list(node.childNodes):
                self.appendChild(child)
            return node
        self._check_child(node)
        self._adopt(node)
        self.childNodes.append(node)
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        self._check_child(newChild)
        self._position(refChild)        # NotFoundErr when refChild is not a child
        for node in self._adopt(newChild):
            self.childNodes.insert(self._position(refChild), node)
        return newChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return oldChild
        self.insertBefore(newChild, oldChild)
        return self.removeChild(oldChild)

    def removeChild(self, oldChild):
        del self.childNodes[self._position(oldChild)]
        oldChild.parentNode = None
        return oldChild

    def _position(self, child):
        for at, node in enumerate(self.childNodes):
            if node is child:
                return at
        raise _not_found()

    def _check_child(self, node):
        if node.nodeType not in self._child_types:
            raise xml.dom.HierarchyRequestErr(f"{node!r} cannot be child of {self!r}")

    def normalize(self):
        """Joins adjacent text nodes and drops empty ones, all the way down."""
        kept = NodeList()
        for kid in list(self.childNodes):
            child = kid
            if child.nodeType == 3:         # text
                if not child.data:
                    child.parentNode = None
                    continue
                if kept and kept[-1].nodeType == Node.TEXT_NODE:
                    kept[-1].data += child.data
                    child.parentNode = None
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            kept.append(child)
        self.childNodes[:] = kept

    def unlink(self):
        self.parentNode = None
        for kid in self.childNodes:
            kid.unlink()

    def isSameNode(self, node):
        return self is node

    def __enter__(self):
        return self

    def __exit__(self, *problem):
        self.unlink()

    def cloneNode(self, deep):
        twin = self._copy(deep)
        twin.ownerDocument = self.ownerDocument
        return twin

    # ---- writing ----

    def writexml(self, writer, indent="", addindent="", newl=""):
        self._write(writer, indent, addindent, newl)

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml(indent="", newl="", encoding=encoding, standalone=standalone)

    def toprettyxml(self, indent="\t", newl="\n", encoding=None, standalone=None):
        out = io.StringIO()
        if isinstance(self, Document):
            self.writexml(out, "", indent, newl, encoding, standalone)
        else:
            self.writexml(out, "", indent, newl)
        text = out.getvalue()
        return text if encoding is None else text.encode(encoding, "xmlcharrefreplace")


class _Leaf(_Node):
    """A node without children."""

    childNodes = NodeList()
    _child_types = ()

    def appendChild(self, node):
        raise xml.dom.HierarchyRequestErr(self.nodeName + " nodes cannot have children")

    def normalize(self):
        pass


class _CharacterData(_Leaf):
    def __init__(self, data):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @nodeValue.setter
    def nodeValue(self, value):
        self.data = value

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        shown = self.data if len(self.data) <= 10 else self.data[:10] + "..."
        return '<DOM %s node "%r">' % (self.__class__.__name__, shown)

    def _copy(self, deep):
        return self.__class__(self.data)


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = "#text"

    def _write(self, writer, indent, addindent, newl):
        writer.write(_escape(f"{indent}{self.data}{newl}"))

    @property
    def wholeText(self):
        return self.data


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = "#cdata-section"

    def _write(self, writer, indent, addindent, newl):
        if "]]>" in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write(f"<![CDATA[{self.data}]]>")


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = "#comment"

    def _write(self, writer, indent, addindent, newl):
        if "--" in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write(f"{indent}<!--{self.data}-->{newl}")


class ProcessingInstruction(_Leaf):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = target
        self.data = data

    @property
    def nodeName(self):
        return self.target

    @property
    def nodeValue(self):
        return self.data

    def _copy(self, deep):
        return ProcessingInstruction(self.target, self.data)

    def _write(self, writer, indent, addindent, newl):
        writer.write(f"{indent}<?{self.target} {self.data}?>{newl}")


class DocumentType(_Leaf):
    nodeType = Node.DOCUMENT_TYPE_NODE

    def __init__(self, qualifiedName, publicId=None, systemId=None, internalSubset=None):
        self.name = self.nodeName = qualifiedName
        self.publicId, self.systemId = publicId, systemId
        self.internalSubset = internalSubset

    def _copy(self, deep):
        return DocumentType(self.name, self.publicId, self.systemId, self.internalSubset)

    def _write(self, writer, indent, addindent, newl):
        writer.write("<!DOCTYPE " + self.name)
        if self.publicId:
            writer.write(f"{newl}  PUBLIC '{self.publicId}'{newl}  '{self.systemId}'")
        elif self.systemId:
            writer.write(f"{newl}  SYSTEM '{self.systemId}'")
        if self.internalSubset is not None:
            writer.write(f" [{self.internalSubset}]")
        writer.write(">" + newl)


class Attr(_Leaf):
    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self.prefix = prefix
        self.value = ""
        self.ownerElement = None

    @property
    def localName(self):
        return self.name.split(":", 1)[-1]

    @property
    def nodeValue(self):
        return self.value

    @nodeValue.setter
    def nodeValue(self, value):
        self.value = value

    def __repr__(self):
        return "<%s.%s object at %#x>" % (__name__, type(self).__name__, id(self))


class NamedNodeMap:
    """An element's attributes by name, in the order they were set."""

    def __init__(self, owner):
        self._owner = owner

    @property
    def _attrs(self):
        return self._owner._attrs

    @property
    def length(self):
        return len(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def item(self, index):
        nodes = list(self._attrs.values())
        return nodes[index] if 0 <= index < len(nodes) else None

    def keys(self):
        return self._attrs.keys()

    def values(self):
        return list(self._attrs.values())

    def items(self):
        return [(name, node.value) for name, node in self._attrs.items()]

    def get(self, key, default=None):
        return self._attrs.get(key, default)

    def __getitem__(self, name):
        return self._attrs[name]

    def __contains__(self, key):
        return key in self._attrs

    def getNamedItem(self, key):
        return self._attrs.get(key)

    def __setitem__(self, name, value):
        self._owner.setAttribute(name, value if isinstance(value, str) else value.value)

    def __delitem__(self, name):
        self._owner.removeAttribute(name)


def _matching_elements(parent, name, found):
    """Every element under `parent` named `name` ('*': all), in document order."""
    pending = list(reversed(parent.childNodes))
    while pending:
        node = pending.pop()
        if node.nodeType == Node.ELEMENT_NODE:
            if name == "*" or node.tagName == name:
                found.append(node)
            pending.extend(reversed(node.childNodes))
    return found


class Element(_Node):
    nodeType = Node.ELEMENT_NODE
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.TEXT_NODE, Node.CDATA_SECTION_NODE, Node.ENTITY_REFERENCE_NODE)

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.nodeName = self.tagName = tagName
        self.namespaceURI, self.prefix = namespaceURI, prefix
        self.childNodes = NodeList([])
        self._attrs = {}        # name -> Attr, in the order they were set

    @property
    def localName(self):
        return self.tagName.split(":", 1)[-1]

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def __repr__(self):
        return "<DOM Element: %s at %#x>" % (self.tagName, id(self))

    def getAttribute(self, key):
        attribute = self._attrs.get(key)
        return "" if attribute is None else attribute.value

    def setAttribute(self, key, value):
        attribute = self._attrs.get(key)
        if attribute is None:
            attribute = self._attrs[key] = Attr(key)
            attribute.ownerDocument, attribute.ownerElement = self.ownerDocument, self
        attribute.value = value

    def hasAttribute(self, key):
        return key in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def removeAttribute(self, key):
        if self._attrs.pop(key, None) is None:
            raise _not_found()

    def getAttributeNode(self, key):
        return self._attrs.get(key)

    def getElementsByTagName(self, name):
        return _matching_elements(self, name, NodeList())

    def _copy(self, deep):
        twin = Element(self.tagName, self.namespaceURI, self.prefix)
        twin.ownerDocument = self.ownerDocument
        for key, attribute in self._attrs.items():
            twin.setAttribute(key, attribute.value)
        for kid in (self.childNodes if deep else ()):
            twin.appendChild(kid.cloneNode(True))
        return twin

    def _write(self, writer, indent, addindent, newl):
        writer.write(indent + "<" + self.tagName)
        for name, node in self._attrs.items():
            writer.write(f' {name}="{_escape(node.value)}"')
        children = self.childNodes
        if not children:
            writer.write("/>" + newl)
            return
        writer.write(">")
        if len(children) == 1 and children[0].nodeType in (Node.TEXT_NODE,
                                                            Node.CDATA_SECTION_NODE):
            children[0].writexml(writer, "", "", "")
        else:
            writer.write(newl)
            for child in children:
                child.writexml(writer, indent + addindent, addindent, newl)
            writer.write(indent)
        writer.write(f"</{self.tagName}>{newl}")


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = "#document-fragment"
    _child_types = Element._child_types

    def __init__(self):
        self.childNodes = NodeList()


def _contents(data):
    if not isinstance(data, str):
        raise TypeError("node contents must be a string")
    return data


def _factory(make):
    """A Document method making a node of this document."""
    def create(self, *args):
        node = make(*args)
        node.ownerDocument = self
        return node
    return create


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = "#document"
    _child_types = (Node.ELEMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE, Node.COMMENT_NODE,
                    Node.DOCUMENT_TYPE_NODE)
    doctype = None
    actualEncoding = encoding = standalone = version = None

    def __init__(self):
        self.childNodes = NodeList()
        self.implementation = DOMImplementation()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise xml.dom.HierarchyRequestErr("two document elements disallowed")
        return _Node.appendChild(self, node)

    createElement = _factory(Element)
    createElementNS = _factory(lambda uri, name: Element(
        name, uri, name.split(":", 1)[0] if ":" in name else None))
    createTextNode = _factory(lambda data: Text(_contents(data)))
    createCDATASection = _factory(lambda data: CDATASection(_contents(data)))
    createComment = _factory(Comment)
    createProcessingInstruction = _factory(ProcessingInstruction)
    createAttribute = _factory(Attr)
    createDocumentFragment = _factory(DocumentFragment)

    def getElementsByTagName(self, name):
        return _matching_elements(self, name, NodeList())

    def cloneNode(self, deep):
        twin = Document()
        for kid in (self.childNodes if deep else ()):
            twin.appendChild(kid.cloneNode(True))
        return twin

    def writexml(self, writer, indent="", addindent="", newl="", encoding=None,
                 standalone=None):
        declared = []
        if encoding:
            declared.append(f'encoding="{encoding}"')
        if standalone is not None:
            declared.append(f'standalone="{"yes" if standalone else "no"}"')
        writer.write(f'<?xml version="1.0" {" ".join(declared)}?>{newl}')
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class DOMImplementation:
    """Makes documents and document types."""

    def hasFeature(self, feature, version):
        return feature.lower() in ("core", "xml") and version in (None, "", "1.0", "2.0")

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        document = Document()
        if doctype is not None:
            document.appendChild(doctype)
            document.doctype = doctype
        if qualifiedName:
            document.appendChild(document.createElementNS(namespaceURI, qualifiedName))
        return document

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)


def getDOMImplementation(features=None):
    return DOMImplementation()


# ---- reading ---------------------------------------------------------------------

class _Builder:
    """Receives what ElementTree's XML reader finds and builds DOM nodes."""

    wants_raw_names = True

    def __init__(self):
        self.document = Document()
        self.open = [self.document]

    def _add(self, node):
        node.ownerDocument = self.document
        node.parentNode = self.open[-1]
        self.open[-1].childNodes.append(node)
        return node

    def _emit_raw_start(self, raw, attributes, expanded):
        element = Element(raw, expanded[1:].split("}", 1)[0] if expanded[:1] == "{" else None,
                          raw.split(":", 1)[0] if ":" in raw else None)
        self._add(element)
        for name, value in attributes:
            element.setAttribute(name, value)
        self.open.append(element)

    def _emit_end(self, tag):
        self.open.pop()

    def _emit_data(self, text):
        children = self.open[-1].childNodes
        if children and children[-1].nodeType == Node.TEXT_NODE:
            children[-1].data += text
        else:
            self._add(Text(text))

    def _emit_cdata(self, text):
        self._add(CDATASection(text))

    def _emit_comment(self, text):
        self._add(Comment(text))

    def _emit_pi(self, target, text):
        self._add(ProcessingInstruction(target, text))

    def _emit_doctype(self, name, public, system, subset):
        self.document.doctype = self._add(DocumentType(name, public, system, subset))

    def _emit_start_ns(self, declared):
        pass

    def _emit_end_ns(self, declared):
        pass

    _closing = False


def _read(pieces):
    builder = _Builder()
    parser = _etree.XMLParser()
    scanner = _etree._Scanner(builder)
    parser._scanner = scanner
    builder._closing = False
    for piece in pieces:
        if isinstance(piece, (bytes, bytearray)):
            piece = parser._decode(bytes(piece), False)
        scanner.feed(piece)
    builder._closing = True
    tail = parser._decode(b"", True) if parser._decoder is not None else ""
    scanner.feed(tail, final=True)
    return builder.document


def _reading(pieces):
    # expat's errors reach minidom's callers as ExpatError, not ElementTree's class.
    try:
        return _read(pieces)
    except _etree.ParseError as problem:
        failure = problem
    # Raised outside the except clause, so that it has no context (as expat's).
    from xml.parsers.expat import ExpatError
    error = ExpatError(str(failure))
    error.code = failure.code
    error.lineno, error.offset = failure.position
    raise error


def parseString(string, parser=None):
    """A Document read from a str or bytes."""
    return _reading([string])


def _chunks(stream):
    while True:
        piece = stream.read(65536)
        if not piece:
            return
        yield piece


def parse(file, parser=None, bufsize=None):
    """A Document read from a file name or a binary file."""
    if hasattr(file, "read"):
        return _reading(_chunks(file))
    with open(file, "rb") as stream:
        return _reading(_chunks(stream))
