"""Only ExpatError (also named error) of CPython's xml.parsers.expat: xml.dom.minidom
raises it for a document that is not well-formed, with expat's message, .code,
.lineno and .offset. There is no expat parser here (no ParserCreate): XML is read by
our own reader (xml.etree.ElementTree, xml.dom.minidom)."""


class ExpatError(Exception):
    """A document that is not well-formed: .code is expat's error number, .lineno
    and .offset where the problem is."""


error = ExpatError
