"""The ElementTree XML API, as CPython 3.11's xml.etree.ElementTree.

An Element has a tag, a dict of attributes, text (before its first child), tail
(after its own end tag) and a list of child elements. fromstring()/parse() read XML
into elements, tostring()/ElementTree.write() write them back, and find()/findall()
select elements with a small XPath subset (tag, *, ., .., //, [@attr], [@attr='v'],
[tag], [tag='text'], [n], [last()], {namespace}tag, prefix:tag with a namespaces map).

How this one is built: the XML reader is our own (there is no expat here): a scanner
over the text fed so far that hands complete constructs to a target (TreeBuilder by
default) and reports errors with expat's messages, codes and positions for the
common mistakes. Paths are compiled into a list of steps, each mapping a list of
elements to the next list."""

import io
import re
import sys

__all__ = [
    "Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
    "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
    "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
    "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
    "register_namespace", "canonicalize", "C14NWriterTarget",
]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """An XML document that is not well-formed: .code is expat's error number and
    .position the (line, column) of the problem."""


def iselement(element):
    """Whether `element` looks like an Element (it has a tag)."""
    return hasattr(element, 'tag')


def _type_name(value):
    return type(value).__name__


def _require_element(value, where):
    if not isinstance(value, Element):
        raise TypeError(f"{where} must be xml.etree.ElementTree.Element, not {_type_name(value)}")


# ---- elements -------------------------------------------------------------------------

class Element:
    """An XML element: tag, attrib (a dict), text, tail and a list of children."""

    def __init__(self, tag, *attrib, **extra):
        # attrib may come by position or by keyword; the messages differ.
        if attrib:
            if len(attrib) > 1:
                raise TypeError(f"Element() takes at most 2 positional arguments "
                                f"({len(attrib) + 1} given)")
            attrib = attrib[0]
            if not isinstance(attrib, dict):
                raise TypeError(f"Element() argument 2 must be dict, not {_type_name(attrib)}")
        else:
            attrib = extra.pop("attrib", {})
            if not isinstance(attrib, dict):
                raise TypeError(f"attrib must be dict, not {_type_name(attrib)}")
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<%s %r at %#x>" % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        """A new element of this element's class (not added to it)."""
        return self.__class__(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, self.attrib)
        twin.text, twin.tail = self.text, self.tail
        twin[:] = self
        return twin

    def copy(self):
        return self.__copy__()

    def __deepcopy__(self, memo):
        from copy import deepcopy
        twin = self.makeelement(deepcopy(self.tag, memo), deepcopy(self.attrib, memo))
        twin.text, twin.tail = deepcopy(self.text, memo), deepcopy(self.tail, memo)
        twin._children = [deepcopy(child, memo) for child in self._children]
        return twin

    # ---- children ----

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        return len(self._children) != 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._children[index]
        try:
            return self._children[index]
        except IndexError:
            raise IndexError("child index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            items = list(value)
            for item in items:
                if not isinstance(item, Element):
                    raise TypeError(f'expected an Element, not "{_type_name(item)}"')
            self._children[index] = items
            return
        if not -len(self._children) <= index < len(self._children):
            raise IndexError("child assignment index out of range")
        if not isinstance(value, Element):
            raise TypeError(f'expected an Element, not "{_type_name(value)}"')
        self._children[index] = value

    def __delitem__(self, index):
        try:
            del self._children[index]
        except IndexError:
            raise IndexError("child assignment index out of range") from None

    def __iter__(self):
        return iter(self._children)

    def append(self, subelement):
        """Adds a child at the end."""
        _require_element(subelement, "append() argument")
        self._children.append(subelement)

    def extend(self, elements):
        """Adds children at the end."""
        for item in elements:
            if not isinstance(item, Element):
                raise TypeError(f'expected an Element, not "{_type_name(item)}"')
            self._children.append(item)

    def insert(self, index, subelement):
        """Adds a child before position `index`."""
        _require_element(subelement, "insert() argument 2")
        self._children.insert(index, subelement)

    def remove(self, subelement):
        """Removes a child (compared by identity first, then equality)."""
        _require_element(subelement, "remove() argument")
        for at, child in enumerate(self._children):
            if child is subelement or child == subelement:
                del self._children[at]
                return
        raise ValueError("list.remove(x): x not in list")

    def clear(self):
        """Removes children, attributes, text and tail."""
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    # ---- attributes ----

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return list(self.attrib.keys())

    def items(self):
        return list(self.attrib.items())

    # ---- traversal and search ----

    def iter(self, tag=None):
        """This element and its descendants in document order, those with `tag` only
        unless it is None or '*'."""
        if tag == "*":
            tag = None
        pending = [self]
        while pending:
            element = pending.pop()
            if tag is None or element.tag == tag:
                yield element
            pending.extend(reversed(element._children))

    def itertext(self):
        """The text and tails inside this element, in document order (the text of
        comments and processing instructions inside it included, as CPython's C
        version does)."""
        # A loop over a stack of child iterators, not recursion: documents nested
        # thousands deep work, as with CPython's C version.
        if self.text:
            yield self.text
        iterators, owners = [iter(self._children)], [None]
        while iterators:
            child = next(iterators[-1], None)
            if child is None:
                iterators.pop()
                owner = owners.pop()
                if owner is not None and owner.tail:
                    yield owner.tail
                continue
            if child.text:
                yield child.text
            iterators.append(iter(child._children))
            owners.append(child)

    def find(self, path, namespaces=None):
        """The first element `path` selects, or None."""
        if namespaces is None and not _is_path(path):
            for child in self._children:
                if child.tag == path:
                    return child
            return None
        return next(_select(self, path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        """The text of the first element `path` selects ('' if it has none), or
        `default`."""
        found = self.find(path, namespaces)
        if found is None:
            return default
        return found.text or ""

    def findall(self, path, namespaces=None):
        """Every element `path` selects, in document order."""
        if namespaces is None and not _is_path(path):
            return [child for child in self._children if child.tag == path]
        return list(_select(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        """An iterator over the elements `path` selects."""
        return _select(self, path, namespaces)


def SubElement(parent, tag, attrib={}, **extra):
    """Makes an element with parent.makeelement and appends it to `parent`."""
    _require_element(parent, "SubElement() argument 1")
    if not isinstance(attrib, dict):
        raise TypeError(f"SubElement() argument 3 must be dict, not {_type_name(attrib)}")
    child = parent.makeelement(tag, {**attrib, **extra})
    parent.append(child)
    return child


def Comment(text=None):
    """A comment element: its tag is the Comment function itself."""
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    """A processing instruction element: its tag is this function, its text the
    target and the text."""
    element = Element(ProcessingInstruction)
    element.text = f"{target} {text}" if text else target
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, {uri}local or local, usable as a tag or attribute value."""

    def __init__(self, text_or_uri, tag=None):
        self.text = f"{{{text_or_uri}}}{tag}" if tag else text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _other(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._other(other)

    def __ne__(self, other):
        return self.text != self._other(other)

    def __lt__(self, other):
        return self.text < self._other(other)

    def __le__(self, other):
        return self.text <= self._other(other)

    def __gt__(self, other):
        return self.text > self._other(other)

    def __ge__(self, other):
        return self.text >= self._other(other)


# ---- paths -----------------------------------------------------------------------------

def _is_path(text):
    """Whether find() must read `text` as a path rather than compare it with tags:
    it holds / * [ @ or . outside {...}, or is a {}tag or {*}tag wildcard."""
    if not isinstance(text, str):
        return False
    if text.startswith("{}") or text.startswith("{*}"):
        return len(text) >= 3
    inside_braces = False
    for char in text:
        if char == "{":
            inside_braces = True
        elif char == "}":
            inside_braces = False
        elif not inside_braces and char in "/*[@.":
            return True
    return False


# A path's tokens: (operator, "") or ("", name); a quoted string is an operator.
_PATH_TOKEN = re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])"
    r"|((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _path_tokens(path, namespaces):
    """The tokens of `path`, prefixes resolved through `namespaces` (and the default
    namespace, key '', applied to element names)."""
    default = namespaces.get('') if namespaces else None
    after_at = False
    for operator, name in _PATH_TOKEN.findall(path):
        if name and name[0] != "{":
            if ":" in name:
                prefix, local = name.split(":", 1)
                if not namespaces or prefix not in namespaces:
                    raise SyntaxError("prefix %r not found in prefix map" % prefix)
                name = f"{{{namespaces[prefix]}}}{local}"
            elif default and not after_at:
                name = f"{{{default}}}{name}"
        after_at = operator == "@"
        yield operator, name


class _Walk:
    """What the steps of one search share: the element it starts from and, built
    when a step needs it, a map from each element under it to its parent."""

    def __init__(self, root):
        self.root = root
        self._parents = None

    def parents(self):
        if self._parents is None:
            self._parents = {child: parent for parent in self.root.iter() for child in parent}
        return self._parents


def _tag_test(tag):
    """A function telling whether an element's tag matches `tag`, which may be a
    wildcard: {*}*, {}*, {*}name or {uri}*."""
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag.startswith("{*}"):
        local = tag[3:]
        return lambda t: t == local or (isinstance(t, str) and t.endswith("}" + local))
    if tag.endswith("}*"):
        space = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(space)
    if tag.startswith("{}"):
        tag = tag[2:]
    return lambda t: t == tag


def _children_step(tag):
    matches = _tag_test(tag)
    return lambda walk, found: [c for e in found for c in e if matches(c.tag)]


def _descendants_step(tag):
    matches = _tag_test(tag)
    return lambda walk, found: [d for e in found for d in e.iter() if d is not e and matches(d.tag)]


def _parent_step(walk, found):
    parents = walk.parents()
    seen, result = set(), []
    for element in found:
        parent = parents.get(element)
        if parent is not None and id(parent) not in seen:
            seen.add(id(parent))
            result.append(parent)
    return result


def _text_of(element):
    return "".join(element.itertext())


def _is_integer(text):
    return re.match(r"\-?\d+$", text) is not None


def _predicate_step(tokens):
    """The filter of a [...] predicate; `tokens` continues after the '['."""
    shape, words = "", []
    for operator, name in tokens:
        if operator == "]":
            break
        if not operator and not name:
            continue                    # whitespace
        if operator[:1] in ("'", '"'):
            operator, name = "'", operator[1:-1]
        shape += operator or "-"
        words.append(name)
    else:
        return None
    if shape == "@-":
        key = words[1]
        return lambda walk, found: [e for e in found if e.get(key) is not None]
    if shape in ("@-='", "@-!='"):
        key, value = words[1], words[-1]
        if "!" in shape:
            return lambda walk, found: [e for e in found
                                        if e.get(key) is not None and e.get(key) != value]
        return lambda walk, found: [e for e in found if e.get(key) == value]
    if shape == "-" and not _is_integer(words[0]):
        tag = words[0]
        return lambda walk, found: [e for e in found if e.find(tag) is not None]
    if shape in (".='", ".!='") or (shape in ("-='", "-!='") and not _is_integer(words[0])):
        tag, value, negated = words[0], words[-1], "!" in shape
        if tag:
            def by_child_text(walk, found):
                return [e for e in found
                        if any((_text_of(c) != value) if negated else (_text_of(c) == value)
                               for c in e.findall(tag))]
            return by_child_text
        return lambda walk, found: [e for e in found if (_text_of(e) != value) == negated]
    if shape in ("-", "-()", "-()-"):
        if shape == "-":
            position = int(words[0]) - 1
            if position < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if words[0] != "last":
                raise SyntaxError("unsupported function")
            position = -1
            if shape == "-()-":
                try:
                    position = int(words[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if position > -2:
                    raise SyntaxError("XPath offset from last() must be negative")

        def by_position(walk, found):
            parents = walk.parents()
            chosen = []
            for element in found:
                parent = parents.get(element)
                if parent is None:
                    continue
                siblings = parent.findall(element.tag)
                if -len(siblings) <= position < len(siblings) and siblings[position] is element:
                    chosen.append(element)
            return chosen
        return by_position
    raise SyntaxError("invalid predicate")


_compiled_paths = {}


def _compile(path, namespaces):
    """The steps of `path`, or None for an empty one."""
    key = (path, tuple(sorted(namespaces.items())) if namespaces else ())
    if key in _compiled_paths:
        return _compiled_paths[key]
    if path[:1] == "/":
        raise SyntaxError("cannot use absolute path on element")
    tokens = iter(_path_tokens(path, namespaces))
    token = next(tokens, None)
    if token is None:
        return None
    steps = []
    while True:
        operator, name = token
        if operator == "":
            steps.append(_children_step(name))
        elif operator == "*":
            steps.append(_all_children)
        elif operator == ".":
            steps.append(lambda walk, found: found)
        elif operator == "..":
            steps.append(_parent_step)
        elif operator == "//":
            target = next(tokens, None)
            if target is None:
                steps.append(None)
            elif target[0] == "*":
                steps.append(_all_descendants)
            elif not target[0]:
                steps.append(_descendants_step(target[1]))
            else:
                raise SyntaxError("invalid descendant")
        elif operator == "[":
            steps.append(_predicate_step(tokens))
        else:
            raise KeyError(operator)
        token = next(tokens, None)
        if token is not None and token[0] == "/":
            token = next(tokens, None)
        if token is None:
            break
    if len(_compiled_paths) > 100:
        _compiled_paths.clear()
    _compiled_paths[key] = steps
    return steps


def _all_children(walk, found):
    return [c for e in found for c in e]


def _all_descendants(walk, found):
    return [d for e in found for d in e.iter() if d is not e]


def _select(element, path, namespaces):
    if path[-1:] == "/":
        path += "*"             # a trailing slash means every child
    steps = _compile(path, namespaces)
    if steps is None:
        return None
    walk = _Walk(element)
    found = [element]
    for step in steps:
        found = step(walk, found)
    return iter(found)


# ---- documents ---------------------------------------------------------------------------

class ElementTree:
    """A document: a root element, read from a file with parse() and written with
    write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        """Reads the document from a file name or a binary file; returns the root."""
        stream, opened = _open_source(source)
        try:
            if parser is None:
                parser = XMLParser()
            while True:
                chunk = stream.read(65536)
                if not chunk:
                    break
                parser.feed(chunk)
            self._root = parser.close()
            return self._root
        finally:
            if opened:
                stream.close()

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == "/":
            import warnings
            path = "." + path
            warnings.warn(
                "This search is broken in 1.3 and earlier, and will be "
                "fixed in a future version.  If you rely on the current "
                "behaviour, change it to %r" % path, FutureWarning, stacklevel=3)
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        """Writes the document to a file name or a file: bytes in `encoding`
        (US-ASCII unless given, characters it lacks as references), or str when
        encoding is 'unicode'. method is 'xml', 'html' or 'text'."""
        method = method or "xml"
        if method not in _WRITERS:
            raise ValueError("unknown method %r" % method)
        encoding = encoding or "us-ascii"
        text = encoding.lower() == "unicode"
        declared = encoding
        if text:
            declared = getattr(file_or_filename, "encoding", None) or "utf-8"
        chunks = []
        if method == "xml" and (xml_declaration or (
                xml_declaration is None and not text
                and declared.lower() not in ("utf-8", "us-ascii"))):
            chunks.append(f"<?xml version='1.0' encoding='{declared}'?>\n")
        if method == "text":
            chunks.extend(self._root.itertext())
        else:
            names, spaces = _prefixes(self._root, default_namespace)
            _WRITERS[method](chunks.append, self._root, names, spaces, short_empty_elements)
        _deliver(file_or_filename, "".join(chunks), None if text else encoding)

    def write_c14n(self, file):
        raise NotImplementedError("canonical XML is not available in Taskscope")


def _open_source(source):
    """(binary stream, whether we opened it) for a file name or a file."""
    if hasattr(source, "read"):
        return source, False
    return open(source, "rb"), True


def _deliver(target, text, encoding):
    """Writes `text` to a file name or a file, encoded unless encoding is None."""
    data = text if encoding is None else text.encode(encoding, "xmlcharrefreplace")
    if hasattr(target, "write"):
        target.write(data)
        return
    if encoding is None:
        with open(target, "w", encoding="utf-8", errors="xmlcharrefreplace") as stream:
            stream.write(data)
    else:
        with open(target, "wb") as stream:
            stream.write(data)


# ---- writing ---------------------------------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Makes tostring() write names in namespace `uri` with `prefix` (one global
    registry; an older mapping of either is dropped)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


register_namespace._namespace_map = _namespace_map


def _cannot_serialize(value):
    raise TypeError("cannot serialize %r (type %s)" % (value, _type_name(value)))


def _prefixes(root, default_namespace):
    """({name: written name}, {uri: prefix}) for every tag and attribute name under
    `root`: {uri}local becomes prefix:local, with ns0, ns1... for unregistered
    namespaces, in the order they are met."""
    written = {None: None}
    spaces = {}
    if default_namespace:
        spaces[default_namespace] = ""

    def add(name):
        if not isinstance(name, str):
            _cannot_serialize(name)
        if name[:1] != "{":
            if default_namespace:
                raise ValueError("cannot use non-qualified names with "
                                 "default_namespace option")
            written[name] = name
            return
        uri, local = name[1:].rsplit("}", 1)
        prefix = spaces.get(uri)
        if prefix is None:
            prefix = _namespace_map.get(uri) or "ns%d" % len(spaces)
            if prefix != "xml":
                spaces[uri] = prefix
        written[name] = f"{prefix}:{local}" if prefix else local

    for element in root.iter():
        tag = element.tag
        if isinstance(tag, QName):
            tag = tag.text
        if isinstance(tag, str):
            if tag not in written:
                add(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _cannot_serialize(tag)
        for key, value in element.items():
            key = key.text if isinstance(key, QName) else key
            if key not in written:
                add(key)
            if isinstance(value, QName) and value.text not in written:
                add(value.text)
        if isinstance(element.text, QName) and element.text.text not in written:
            add(element.text.text)
    return written, spaces


def _escaper(table):
    def escape(text):
        if not isinstance(text, str):
            _cannot_serialize(text)
        for char, reference in table:
            if char in text:
                text = text.replace(char, reference)
        return text
    return escape


_escape_text = _escaper((("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")))
_escape_value = _escaper((("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"),
                          ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")))
_escape_html_value = _escaper((("&", "&amp;"), (">", "&gt;"), ('"', "&quot;")))
_HTML_VOID = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img",
              "input", "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _attributes(write, element, written, spaces, escape):
    """Writes the xmlns declarations (when given) and the attributes of a tag."""
    for uri, prefix in sorted(spaces.items(), key=lambda pair: pair[1]):
        write(' xmlns%s="%s"' % (":" + prefix if prefix else "", _escape_value(uri)))
    for key, value in element.items():
        key = key.text if isinstance(key, QName) else key
        value = written[value.text] if isinstance(value, QName) else escape(value)
        write(' %s="%s"' % (written[key], value))


def _write_xml(write, element, written, spaces, short_empty):
    tag, text = element.tag, element.text
    if tag is Comment:
        write(f"<!--{text}-->")
    elif tag is ProcessingInstruction:
        write(f"<?{text}?>")
    else:
        name = written[tag.text if isinstance(tag, QName) else tag]
        if name is None:            # a tag of None writes only what is inside
            if text:
                write(_escape_text(text))
            for child in element:
                _write_xml(write, child, written, None, short_empty)
        else:
            write("<" + name)
            _attributes(write, element, written, spaces or {}, _escape_value)
            if text or len(element) or not short_empty:
                write(">")
                if text:
                    write(_escape_text(text))
                for child in element:
                    _write_xml(write, child, written, None, short_empty)
                write(f"</{name}>")
            else:
                write(" />")
    if element.tail:
        write(_escape_text(element.tail))


def _write_html(write, element, written, spaces, short_empty):
    tag, text = element.tag, element.text
    if tag is Comment:
        write(f"<!--{_escape_text(text)}-->")
    elif tag is ProcessingInstruction:
        write(f"<?{_escape_text(text)}?>")
    else:
        name = written[tag.text if isinstance(tag, QName) else tag]
        if name is None:
            if text:
                write(_escape_text(text))
            for child in element:
                _write_html(write, child, written, None, short_empty)
        else:
            write("<" + name)
            _attributes(write, element, written, spaces or {}, _escape_html_value)
            write(">")
            lowered = name.lower()
            if text:
                # Script and style contents are written as they are.
                write(text if lowered in ("script", "style") else _escape_text(text))
            for child in element:
                _write_html(write, child, written, None, short_empty)
            if lowered not in _HTML_VOID:
                write(f"</{name}>")
    if element.tail:
        write(_escape_text(element.tail))


_WRITERS = {"xml": _write_xml, "html": _write_html, "text": None}


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The XML of `element` and what is under it: bytes (US-ASCII unless an
    encoding is given), or str for encoding='unicode'."""
    stream = io.StringIO() if encoding == "unicode" else io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    """tostring() as a list of pieces."""
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Writes an element (or tree) to sys.stdout, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding="unicode")
    if not elem.getroot().tail or elem.getroot().tail[-1:] != "\n":
        sys.stdout.write("\n")


def indent(tree, space="  ", level=0):
    """Indents the tree in place: whitespace-only text and tails become a newline
    and `space` once per level."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return

    def blank(text):
        return not text or not text.strip()

    def lay_out(element, depth):
        inner = "\n" + space * (depth + 1)
        if blank(element.text):
            element.text = inner
        for child in element:
            if len(child):
                lay_out(child, depth + 1)
            if blank(child.tail):
                child.tail = inner
        if blank(child.tail):           # the last child closes its parent's line
            child.tail = "\n" + space * depth

    lay_out(tree, level)


# ---- building trees ------------------------------------------------------------------------

class TreeBuilder:
    """The default target of XMLParser: builds elements from start/data/end calls.
    Comments and processing instructions go into the tree only when asked."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._open = []          # elements started and not ended
        self._pieces = []        # text not yet given to an element
        self._last = None        # the element the text goes to
        self._after_end = False  # whether that text is _last's tail (not its text)
        self._root = None

    def close(self):
        """The root element (None if there was none)."""
        return self._root

    def _place_text(self):
        if self._pieces and self._last is not None:
            text = "".join(self._pieces)
            if self._after_end:
                self._last.tail = text
            else:
                self._last.text = text
        self._pieces = []

    def data(self, data):
        self._pieces.append(data)

    def start(self, tag, attrs):
        self._place_text()
        element = self._factory(tag, attrs)
        if self._open:
            self._open[-1].append(element)
        elif self._root is None:
            self._root = element
        self._open.append(element)
        self._last, self._after_end = element, False
        return element

    def end(self, tag):
        self._place_text()
        self._last, self._after_end = self._open.pop(), True
        return self._last

    def _leaf(self, factory, insert, *args):
        element = factory(*args)
        if insert:
            self._place_text()
            if self._open:
                self._open[-1].append(element)
            self._last, self._after_end = element, True
        return element

    def comment(self, text):
        return self._leaf(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._leaf(self._pi_factory, self.insert_pis, target, text)


# ---- reading XML -------------------------------------------------------------------------------

_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
# expat's messages by error code.
_MESSAGES = {
    2: "syntax error", 3: "no element found", 4: "not well-formed (invalid token)",
    5: "unclosed token", 7: "mismatched tag", 8: "duplicate attribute",
    9: "junk after document element", 11: "undefined entity",
    14: "reference to invalid character number",
    17: "XML or text declaration not at start of entity", 20: "unclosed CDATA section",
    27: "unbound prefix", 28: "must not undeclare prefix",
    30: "XML declaration not well-formed",
    38: "reserved prefix (xml) must not be undeclared or bound to another namespace name",
}
_SPACES = " \t\n"
# Characters XML does not allow anywhere (surrogates and U+FFFE/U+FFFF included).
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f" + chr(0xD800) + "-" + chr(0xDFFF)
                        + "\ufffe\uffff]")
# str.translate drops them at C speed: only a text that loses characters is searched.
_DROP_FORBIDDEN = dict.fromkeys(list(range(0x20)) + list(range(0xD800, 0xE000))
                                + [0xFFFE, 0xFFFF])
for _kept in (0x9, 0xA, 0xD):
    del _DROP_FORBIDDEN[_kept]


def _first_forbidden(text, start, end):
    """The index of the first character XML does not allow in text[start:end], or -1."""
    piece = text[start:end]
    if len(piece.translate(_DROP_FORBIDDEN)) == len(piece):
        return -1
    return _FORBIDDEN.search(text, start, end).start()


_XML_DECLARATION = re.compile(
    r"""\s+version\s*=\s*(?:'[^']*'|"[^"]*")"""
    r"""(?:\s+encoding\s*=\s*(?:'[A-Za-z][-\w.]*'|"[A-Za-z][-\w.]*"))?"""
    r"""(?:\s+standalone\s*=\s*(?:'(?:yes|no)'|"(?:yes|no)"))?\s*$""")


def _allowed_code_point(value):
    return (value in (0x9, 0xA, 0xD) or 0x20 <= value <= 0xD7FF
            or 0xE000 <= value <= 0xFFFD or 0x10000 <= value <= 0x10FFFF)


_ASCII_NAME_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                              "0123456789_:-.")


def _name_start(char):
    return char.isalpha() or char in "_:" or (char > "\x7f" and not char.isspace()
                                               and char not in "\xd7\xf7")


def _name_char(char):
    return _name_start(char) or char.isdigit() or char in "-.\xb7"


class _Wait(Exception):
    """The construct at hand goes on past the text fed so far."""


class _Scanner:
    """Reads XML text fed in pieces and calls its parser's _emit_* methods for each
    complete construct, in document order; raises ParseError as expat would."""

    def __init__(self, parser):
        self.parser = parser
        self.text = ""              # what is not read yet, and some of what is
        self.at = 0
        self.dropped = self.dropped_lines = self.dropped_column = 0
        self.carriage_return = False   # a '\r' ended the last piece (maybe a CRLF)
        self.open = []                 # (raw name, prefixes it declared) per element
        self.scopes = [{"xml": _XML_NAMESPACE}]
        self.started = self.finished = False
        self.entities = {}             # general entities of the internal DTD subset
        self.external_dtd = False
        self.doctype_seen = False

    # ---- errors and positions ----

    def where(self, at):
        """(line, column) of text[at], counting the text already dropped."""
        breaks = self.text.count("\n", 0, at)
        if breaks:
            return self.dropped_lines + breaks + 1, at - (self.text.rfind("\n", 0, at) + 1)
        return self.dropped_lines + 1, self.dropped_column + at

    def drop_read_text(self):
        """Forgets the text read so far (when there is much of it), so that feeding
        a long document piece by piece does not copy it over and over."""
        cut = self.at
        if cut < 65536:
            return
        head = self.text[:cut]
        breaks = head.count("\n")
        if breaks:
            self.dropped_lines += breaks
            self.dropped_column = cut - (head.rfind("\n") + 1)
        else:
            self.dropped_column += cut
        self.dropped += cut
        self.text = self.text[cut:]
        self.at = 0

    def fail(self, code, at, message=None):
        line, column = self.where(at)
        error = ParseError(f"{message or _MESSAGES[code]}: line {line}, column {column}")
        error.code = code
        error.position = (line, column)
        return error

    def invalid(self, at):
        return self.fail(4, at)

    # ---- input ----

    def feed(self, piece, final=False):
        if self.carriage_return:
            piece = "\r" + piece
        self.carriage_return = piece.endswith("\r") and not final
        if self.carriage_return:
            piece = piece[:-1]
        self.drop_read_text()
        self.text += piece.replace("\r\n", "\n").replace("\r", "\n")
        while self.at < len(self.text):
            try:
                self.at = self.step(final)
            except _Wait:
                if final:
                    raise self.fail(5, self.at) from None
                return
        if final and not self.finished:
            raise self.fail(3, len(self.text))

    def need(self, at):
        """Stops the step (to wait for more input) when `at` is past the text."""
        if at >= len(self.text):
            raise _Wait

    def name_end(self, at, colons=1):
        """The end of the name at `at` (at itself when none starts there). Names may
        hold `colons` colons, not first (namespaces); one more is an error."""
        text = self.text
        self.need(at)
        if not _name_start(text[at]) or text[at] == ":":
            return at
        at += 1
        colons = -colons
        size = len(text)
        while True:
            if at >= size:
                raise _Wait
            char = text[at]
            if char not in _ASCII_NAME_CHARS and (char < "\x80" or not _name_char(char)):
                return at
            if char == ":":
                colons += 1
                if colons > 0:
                    raise self.invalid(at)
                self.need(at + 1)
                if not _name_start(text[at + 1]) or text[at + 1] == ":":
                    raise self.invalid(at + 1)     # a local name starts after the prefix
            at += 1

    def skip_spaces(self, at):
        while True:
            self.need(at)
            if self.text[at] not in _SPACES:
                return at
            at += 1

    # ---- constructs: each step reads one from self.at and returns where it ends ----

    def step(self, final):
        text, at = self.text, self.at
        char = text[at]
        if char == "<":
            self.need(at + 1)
            follower = text[at + 1]
            if follower == "/":
                return self.end_tag(at)
            if follower == "?":
                return self.instruction(at)
            if follower == "!":
                return self.declaration(at)
            return self.start_tag(at)
        if not self.open:
            return self.outside(at, final)
        if char == "&":
            return self.reference(at)
        return self.characters(at, final)

    # Before and after the root element expat reads DTD tokens: names, literals,
    # brackets... A token that reads is misplaced there ("syntax error" before the
    # root, "junk after document element" after it); one that does not is invalid.
    _DTD_PUNCTUATION = ">[]()|,%"
    _AFTER_DTD_NAME = " \t\n>)|,[%+*?"

    def outside(self, at, final):
        text = self.text
        start = at
        while at < len(text) and text[at] in _SPACES:
            at += 1
        if at == len(text) or text[at] == "<":
            return at
        char = text[at]
        if char in self._DTD_PUNCTUATION:
            pass
        elif char in "'\"":
            close = text.find(char, at + 1)
            if close < 0 or close + 1 == len(text):
                if close < 0 and final:
                    raise self.fail(5, at)
                if not final:
                    self.at = start
                    raise _Wait
            elif text[close + 1] not in " \t\n>%[":
                raise self.invalid(close + 1)
        elif char == "#" or _name_char(char):
            name_at = at + 1 if char == "#" else at
            if char == "#":
                self.need(name_at)
                if not _name_start(text[name_at]):
                    raise self.invalid(name_at)
            end = name_at
            while end < len(text) and _name_char(text[end]):
                end += 1
            if end == len(text):
                if not final:
                    self.at = start
                    raise _Wait
                name = text[name_at:end]
                if name.endswith(":") and name.count(":") == 1 and len(name) > 1:
                    raise self.fail(5, at)   # a prefix waiting for its local name
            elif text[end] not in self._AFTER_DTD_NAME:
                raise self.invalid(end)
        else:
            raise self.invalid(at)
        raise self.fail(9 if self.finished else 2, at)

    def characters(self, at, final):
        text = self.text
        stop = len(text)
        for mark in "<&":
            found = text.find(mark, at)
            if 0 <= found < stop:
                stop = found
        if stop == len(text) and not final:
            raise _Wait
        bad = _first_forbidden(text, at, stop)
        if bad >= 0:
            raise self.invalid(bad)
        run = text[at:stop]
        cdata_end = run.find("]]>")
        if cdata_end >= 0:
            raise self.invalid(at + cdata_end + 2)
        # Each line and each line break is a piece of its own, as expat gives them.
        lines = run.split("\n")
        for number, line in enumerate(lines):
            if number:
                self.parser._emit_data("\n")
            if line:
                self.parser._emit_data(line)
        return stop

    def reference(self, at):
        text = self.text
        if text.startswith("&#", at):
            self.need(at + 2)
            hexadecimal = text[at + 2] == "x"
            digits_at = at + 3 if hexadecimal else at + 2
            allowed = "0123456789abcdefABCDEF" if hexadecimal else "0123456789"
            end = digits_at
            while True:
                self.need(end)
                if text[end] not in allowed:
                    break
                end += 1
            if end == digits_at or text[end] != ";":
                raise self.invalid(end)
            value = int(text[digits_at:end], 16 if hexadecimal else 10)
            if not _allowed_code_point(value):
                raise self.fail(14, at)
            self.parser._emit_data(chr(value))
            return end + 1
        end = self.name_end(at + 1)
        if end == at + 1:
            raise self.invalid(at + 1)
        if text[end] != ";":
            raise self.invalid(end)
        self.parser._emit_data(self.entity_text(text[at + 1:end], at))
        return end + 1

    def entity_text(self, name, at, in_attribute_of=None):
        if name in _PREDEFINED:
            return _PREDEFINED[name]
        if name in self.entities:
            return self.entities[name]
        if in_attribute_of is not None:
            raise self.fail(11, in_attribute_of)
        if self.external_dtd:
            known = getattr(self.parser, "entity", {})
            if name in known:
                return known[name]
            raise self.fail(11, at, f"undefined entity &{name};")
        raise self.fail(11, at)

    def end_tag(self, at):
        if not self.open:
            raise self.invalid(at + 1)
        text = self.text
        end = self.name_end(at + 2)
        if end == at + 2:
            raise self.invalid(at + 2)
        close = self.skip_spaces(end)
        if text[close] != ">":
            raise self.invalid(close)
        raw, declared = self.open[-1]
        if text[at + 2:end] != raw:
            raise self.fail(7, at + 2)
        self.open.pop()
        self.parser._emit_end(self.expand(raw, at, True))
        self.scopes.pop()
        self.parser._emit_end_ns(declared)
        if not self.open:
            self.finished = True
        return close + 1

    def start_tag(self, at):
        if self.finished:
            raise self.fail(9, at)
        text = self.text
        name_end = self.name_end(at + 1)
        if name_end == at + 1:
            raise self.invalid(at + 1)
        attributes = []              # (raw name, position, raw value)
        cursor = name_end
        while True:
            after_spaces = self.skip_spaces(cursor)
            char = text[after_spaces]
            if char == ">":
                close, empty = after_spaces + 1, False
                break
            if char == "/":
                self.need(after_spaces + 1)
                if text[after_spaces + 1] != ">":
                    raise self.invalid(after_spaces + 1)
                close, empty = after_spaces + 2, True
                break
            if after_spaces == cursor:
                raise self.invalid(cursor)
            key_end = self.name_end(after_spaces)
            if key_end == after_spaces:
                raise self.invalid(after_spaces)
            equals = self.skip_spaces(key_end)
            if text[equals] != "=":
                raise self.invalid(equals)
            quote_at = self.skip_spaces(equals + 1)
            quote = text[quote_at]
            if quote not in "'\"":
                raise self.invalid(quote_at)
            value_end = text.find(quote, quote_at + 1)
            if value_end < 0:
                raise _Wait
            for bad in ("<", ):
                found = text.find(bad, quote_at + 1, value_end)
                if found >= 0:
                    raise self.invalid(found)
            forbidden = _first_forbidden(text, quote_at + 1, value_end)
            if forbidden >= 0:
                raise self.invalid(forbidden)
            attributes.append((text[after_spaces:key_end], after_spaces,
                               text[quote_at + 1:value_end]))
            cursor = value_end + 1
        self.open_element(at, text[at + 1:name_end], attributes)
        if empty:
            raw, declared = self.open.pop()
            self.parser._emit_end(self.expand(raw, at, True))
            self.scopes.pop()
            self.parser._emit_end_ns(declared)
            if not self.open:
                self.finished = True
        return close

    def attribute_value(self, raw, element_at):
        """An attribute's value: references replaced, whitespace made spaces."""
        pieces = []
        at = 0
        while True:
            amp = raw.find("&", at)
            if amp < 0:
                pieces.append(raw[at:].replace("\t", " ").replace("\n", " "))
                return "".join(pieces)
            pieces.append(raw[at:amp].replace("\t", " ").replace("\n", " "))
            semicolon = raw.find(";", amp)
            name = raw[amp + 1:semicolon]
            if name.startswith("#"):
                try:
                    value = int(name[2:], 16) if name[1:2] == "x" else int(name[1:])
                except ValueError:
                    raise self.invalid(element_at) from None
                if not _allowed_code_point(value):
                    raise self.fail(14, element_at)
                pieces.append(chr(value))
            else:
                pieces.append(self.entity_text(name, element_at, element_at))
            at = semicolon + 1

    def open_element(self, at, raw, attributes):
        seen = set()
        for key, key_at, _ in attributes:
            if key in seen:
                raise self.fail(8, key_at)
            seen.add(key)
        values = [(key, self.attribute_value(value, at)) for key, _, value in attributes]
        scope = dict(self.scopes[-1])
        declared = []
        plain = []
        for key, value in values:
            if key == "xmlns" or key.startswith("xmlns:"):
                prefix = key[6:]
                if prefix and not value:
                    raise self.fail(28, at)
                if (prefix == "xml") != (value == _XML_NAMESPACE):
                    raise self.fail(38, at)
                scope[prefix] = value
                declared.append((prefix, value))
            else:
                plain.append((key, value))
        self.scopes.append(scope)
        self.open.append((raw, declared))
        tag = self.expand(raw, at, True)
        attrib = {self.expand(key, at, False): value for key, value in plain}
        if not self.started:
            self.started = True
        self.parser._emit_start_ns(declared)
        if getattr(self.parser, "wants_raw_names", False):
            # xml.dom.minidom keeps names as written, xmlns attributes included.
            self.parser._emit_raw_start(raw, values, tag)
        else:
            self.parser._emit_start(tag, attrib)

    def expand(self, raw, at, is_element):
        """{uri}local for a prefixed name (or an element name under a default
        namespace); the name itself otherwise."""
        scope = self.scopes[-1]
        if ":" in raw:
            prefix, local = raw.split(":", 1)
            if prefix not in scope or not scope[prefix]:
                raise self.fail(27, at)
            return f"{{{scope[prefix]}}}{local}"
        if is_element and scope.get(""):
            return f"{{{scope['']}}}{raw}"
        return raw

    def instruction(self, at):
        text = self.text
        name_end = self.name_end(at + 2, colons=0)
        if name_end == at + 2:
            raise self.invalid(at + 2)
        target = text[at + 2:name_end]
        if target.lower() == "xml":
            if target != "xml":
                raise self.invalid(name_end)
            if self.finished:
                raise self.fail(9, at)
            if at + self.dropped != 0:
                raise self.fail(17, at)
            close = text.find("?>", name_end)
            if close < 0:
                raise _Wait
            if not _XML_DECLARATION.match(text[name_end:close]):
                raise self.fail(30, name_end)
            return close + 2
        if text.startswith("?>", name_end):
            body, close = "", name_end
        else:
            if text[name_end] not in _SPACES:
                raise self.invalid(name_end)
            close = text.find("?>", name_end)
            if close < 0:
                raise _Wait
            body = text[name_end:close].lstrip(_SPACES)
        self.parser._emit_pi(target, body)
        return close + 2

    def declaration(self, at):
        text = self.text
        self.need(at + 3)
        if text.startswith("<!--", at):
            return self.comment(at)
        if text.startswith("<![", at):
            if not self.open:
                raise self.fail(9 if self.finished else 2, at)
            self.need(at + 8)
            if not text.startswith("<![CDATA[", at):
                raise self.invalid(at + 2)
            close = text.find("]]>", at + 9)
            if close < 0:
                if self.parser._closing:
                    raise self.fail(20, len(text))
                raise _Wait
            bad = _first_forbidden(text, at + 9, close)
            if bad >= 0:
                raise self.invalid(bad)
            if close > at + 9:
                self.parser._emit_cdata(text[at + 9:close])
            return close + 3
        if not _name_start(text[at + 2]):
            raise self.invalid(at + 2)
        if not self.open:
            if "<!DOCTYPE".startswith(text[at:at + 9]) and len(text) - at < 9:
                raise _Wait
            if text.startswith("<!DOCTYPE", at) and not self.started and not self.doctype_seen:
                return self.doctype(at)
            raise self.fail(9 if self.finished else 2, at)
        raise self.invalid(at + 2)

    def comment(self, at):
        text = self.text
        dashes = text.find("--", at + 4)
        if dashes < 0:
            raise _Wait
        self.need(dashes + 2)
        if text[dashes + 2] != ">":
            raise self.invalid(dashes + 2)
        bad = _first_forbidden(text, at + 4, dashes)
        if bad >= 0:
            raise self.invalid(bad)
        self.parser._emit_comment(text[at + 4:dashes])
        return dashes + 3

    def quoted(self, at):
        """The end of the quoted literal at `at`."""
        quote = self.text[at]
        if quote not in "'\"":
            raise self.fail(2, at)
        close = self.text.find(quote, at + 1)
        if close < 0:
            raise _Wait
        return close + 1

    def doctype(self, at):
        """<!DOCTYPE name [SYSTEM 'uri' | PUBLIC 'id' 'uri'] [[ internal subset ]]>;
        the internal subset's general entities are kept."""
        text = self.text
        name_at = self.skip_spaces(at + 9)
        name_end = self.name_end(name_at)
        if name_end == name_at:
            raise self.fail(2, name_at)
        cursor = self.skip_spaces(name_end)
        public = system = None
        for keyword, literals in (("SYSTEM", 1), ("PUBLIC", 2)):
            if keyword.startswith(text[cursor:cursor + 6]) and len(text) - cursor < 6:
                raise _Wait     # the keyword may be cut by the end of this piece
            if text.startswith(keyword, cursor):
                found = []
                cursor += len(keyword)
                for _ in range(literals):
                    start = self.skip_spaces(cursor)
                    cursor = self.quoted(start)
                    found.append(text[start + 1:cursor - 1])
                if keyword == "SYSTEM":
                    system = found[0]
                else:
                    public, system = found
                self.external_dtd = True
                cursor = self.skip_spaces(cursor)
        subset = None
        if text[cursor] == "[":
            subset_end = self.internal_subset(cursor + 1)
            subset = text[cursor + 1:subset_end - 1]
            cursor = self.skip_spaces(subset_end)
        if text[cursor] != ">":
            raise self.fail(2, cursor)
        self.parser._emit_doctype(text[name_at:name_end], public, system, subset)
        self.doctype_seen = True
        return cursor + 1

    def internal_subset(self, at):
        text = self.text
        entities = {}
        while True:
            at = self.skip_spaces(at)
            if text[at] == "]":
                self.entities.update(entities)
                return at + 1
            if text.startswith("<!--", at):
                close = text.find("-->", at + 4)
                if close < 0:
                    raise _Wait
                at = close + 3
            elif text.startswith("<!ENTITY", at):
                at = self.skip_spaces(at + 8)
                parameter = text[at] == "%"
                if parameter:
                    at = self.skip_spaces(at + 1)
                name_end = self.name_end(at)
                name = text[at:name_end]
                at = self.skip_spaces(name_end)
                if text[at] in "'\"":
                    end = self.quoted(at)
                    if not parameter and name not in entities:
                        entities[name] = _char_references(text[at + 1:end - 1])
                    at = end
                at = self.declaration_end(at)
            elif text[at] == "<":
                at = self.declaration_end(at)
            elif text[at] == "%":
                self.external_dtd = True
                close = text.find(";", at)
                if close < 0:
                    raise _Wait
                at = close + 1
            else:
                raise self.fail(2, at)

    def declaration_end(self, at):
        """Past the '>' closing a markup declaration, quoted literals skipped."""
        text = self.text
        while True:
            self.need(at)
            if text[at] in "'\"":
                at = self.quoted(at)
            elif text[at] == ">":
                return at + 1
            else:
                at += 1


def _char_references(text):
    """An entity's replacement text: its character references replaced."""
    return re.sub(r"&#(x[0-9a-fA-F]+|[0-9]+);",
                  lambda m: chr(int(m.group(1)[1:], 16) if m.group(1)[0] == "x"
                                else int(m.group(1))), text)


class XMLParser:
    """Reads XML (str or bytes, fed in pieces) and calls its target's start, end,
    data, comment, pi, start_ns, end_ns, doctype and close methods (those it has).
    The default target, TreeBuilder, makes elements: close() returns the root."""

    def __init__(self, *, target=None, encoding=None):
        self.target = target if target is not None else TreeBuilder()
        self.entity = {}
        self.version = "Expat 2.5.0"
        self._scanner = _Scanner(self)
        self._encoding = encoding
        self._decoder = None
        self._closing = False
        self._events = None             # (queue, wanted events) for XMLPullParser

    # ---- what the scanner reports ----

    def _call(self, name, *args):
        method = getattr(self.target, name, None)
        return method(*args) if method is not None else None

    def _queue(self, event, value):
        if self._events is not None and event in self._events[1]:
            self._events[0].append((event, value))

    def _emit_data(self, text):
        self._call("data", text)

    def _emit_start(self, tag, attrib):
        self._queue("start", self._call("start", tag, attrib))

    def _emit_end(self, tag):
        self._queue("end", self._call("end", tag))

    def _emit_start_ns(self, declared):
        for prefix, uri in declared:
            self._call("start_ns", prefix, uri)
            self._queue("start-ns", (prefix, uri))

    def _emit_end_ns(self, declared):
        for prefix, _ in reversed(declared):
            self._call("end_ns", prefix)
            self._queue("end-ns", None)

    def _emit_comment(self, text):
        self._queue("comment", self._call("comment", text))

    def _emit_pi(self, target, text):
        self._queue("pi", self._call("pi", target, text))

    def _emit_doctype(self, name, public, system, subset):
        self._call("doctype", name, public, system)

    _emit_cdata = _emit_data

    # ---- input ----

    def _decode(self, data, final):
        if self._decoder is None:
            self._decoder = _start_decoder(data, self._encoding)
        try:
            return self._decoder.decode(data, final)
        except UnicodeDecodeError:
            pass
        # Find the first byte that does not decode, one byte at a time (only on this
        # error path), to place the error where expat would: at its character.
        probe = _Decoder(self._decoder.name)
        good = []
        for at in range(len(data)):
            try:
                good.append(probe.decode(data[at:at + 1], False))
            except UnicodeDecodeError:
                break
        self._scanner.feed("".join(good))
        raise self._scanner.fail(4, len(self._scanner.text))

    def feed(self, data):
        """Reads more of the document."""
        if isinstance(data, (bytes, bytearray)):
            data = self._decode(bytes(data), False)
        elif not isinstance(data, str):
            raise TypeError(f"a bytes-like object is required, not '{_type_name(data)}'")
        self._scanner.feed(data)

    def close(self):
        """Finishes the document; returns what the target's close() returns."""
        self._closing = True
        tail = self._decode(b"", True) if self._decoder is not None else ""
        self._scanner.feed(tail, final=True)
        return self._call("close")

    def flush(self):
        pass


class _Decoder:
    """Bytes to text in a named encoding, a piece at a time."""

    def __init__(self, name):
        import codecs
        self.name = name
        self._inner = codecs.getincrementaldecoder(name)()

    def decode(self, data, final):
        return self._inner.decode(data, final)


def _start_decoder(first, forced):
    """The decoder for a document whose bytes start with `first`: the encoding
    given, else the one a byte order mark or the XML declaration names, else UTF-8."""
    if forced:
        return _Decoder(forced)
    if first.startswith(b"\xef\xbb\xbf"):
        return _Decoder("utf-8-sig")
    if first.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _Decoder("utf-16")
    declared = re.match(rb"<\?xml[^>]*?encoding\s*=\s*['\"]([A-Za-z][-\w.]*)['\"]", first)
    return _Decoder(declared.group(1).decode("ascii") if declared else "utf-8")


# ---- reading documents ----------------------------------------------------------------------------

def XML(text, parser=None):
    """Reads an XML document from a string (or bytes); returns its root element."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    """XML() of the pieces of a document."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    for piece in sequence:
        parser.feed(piece)
    return parser.close()


def XMLID(text, parser=None):
    """(root, {id attribute: element}) of a document."""
    if parser is None:
        parser = XMLParser(target=TreeBuilder())
    parser.feed(text)
    root = parser.close()
    return root, {e.get("id"): e for e in root.iter() if e.get("id")}


def parse(source, parser=None):
    """An ElementTree read from a file name or a binary file."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


_EVENTS = ("start", "end", "comment", "pi", "start-ns", "end-ns")


class XMLPullParser:
    """A parser fed by hand whose events (event, element) are collected for
    read_events(): 'start', 'end', 'comment', 'pi', 'start-ns' ((prefix, uri))
    and 'end-ns' (None); 'end' only unless told."""

    def __init__(self, events=None, *, _parser=None):
        from collections import deque
        self._queue = deque()
        self._parser = _parser or XMLParser(target=TreeBuilder())
        wanted = ("end",) if events is None else tuple(events)
        for event in wanted:
            if event not in _EVENTS:
                raise ValueError("unknown event %r" % event)
        self._parser._events = (self._queue, wanted)

    def feed(self, data):
        """Reads more of the document; a ParseError comes out of read_events()."""
        if self._parser is None:
            raise ValueError("feed() called after end of stream")
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as problem:
                self._queue.append(problem)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        """Finishes the document (its last events are then readable)."""
        self._close_and_return_root()

    def read_events(self):
        """The events collected so far, removed as they are read."""
        while self._queue:
            event = self._queue.popleft()
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


def iterparse(source, events=None, parser=None):
    """Reads a document from a file name or a binary file, yielding (event, value)
    pairs as it goes (see XMLPullParser); the iterator's .root is the root element
    once it is exhausted."""
    pull = XMLPullParser(events=events, _parser=parser)
    stream, opened = _open_source(source)

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self

        def __next__(self):
            return next(steps)

    iterator = IterParseIterator()

    def produce():
        try:
            while True:
                yield from pull.read_events()
                data = stream.read(16 * 1024)
                if not data:
                    break
                pull.feed(data)
            root = pull._close_and_return_root()
            yield from pull.read_events()
            iterator.root = root
        finally:
            if opened:
                stream.close()

    steps = produce()
    return iterator


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonical XML (C14N 2.0) is not available in Taskscope")


class C14NWriterTarget:
    """Canonical XML output is not available in Taskscope."""

    def __init__(self, write, **options):
        raise NotImplementedError("canonical XML (C14N 2.0) is not available in Taskscope")
