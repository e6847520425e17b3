"""The W3C DOM's shared names, as CPython 3.11's xml.dom: node type constants (on
Node), the DOMException family with their codes, and the well-known namespaces.
The DOM itself is xml.dom.minidom."""


class Node:
    """The node type constants every DOM node class inherits."""

    __slots__ = ()

    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


class DOMException(Exception):
    """The base of DOM errors; each subclass has its `code`."""

    def __new__(cls, *details, **named):
        # Only the subclasses, which carry a code, are raised.
        if cls is DOMException:
            raise RuntimeError("DOMException should not be instantiated directly")
        return Exception.__new__(cls, *details, **named)

    def _get_code(self):
        return self.code


# The DOM's exceptions in the order of their codes (1 to 17).
_ERRORS = ["IndexSizeErr", "DomstringSizeErr", "HierarchyRequestErr", "WrongDocumentErr",
           "InvalidCharacterErr", "NoDataAllowedErr", "NoModificationAllowedErr",
           "NotFoundErr", "NotSupportedErr", "InuseAttributeErr", "InvalidStateErr",
           "SyntaxErr", "InvalidModificationErr", "NamespaceErr", "InvalidAccessErr",
           "ValidationErr"]
_CONSTANTS = ["INDEX_SIZE_ERR", "DOMSTRING_SIZE_ERR", "HIERARCHY_REQUEST_ERR",
              "WRONG_DOCUMENT_ERR", "INVALID_CHARACTER_ERR", "NO_DATA_ALLOWED_ERR",
              "NO_MODIFICATION_ALLOWED_ERR", "NOT_FOUND_ERR", "NOT_SUPPORTED_ERR",
              "INUSE_ATTRIBUTE_ERR", "INVALID_STATE_ERR", "SYNTAX_ERR",
              "INVALID_MODIFICATION_ERR", "NAMESPACE_ERR", "INVALID_ACCESS_ERR",
              "VALIDATION_ERR"]
for _code, (_name, _constant) in enumerate(zip(_ERRORS, _CONSTANTS), start=1):
    globals()[_constant] = _code
    globals()[_name] = type(_name, (DOMException,), {"code": _code, "__module__": __name__})
del _code, _name, _constant


class UserDataHandler:
    """Operations passed to user data handlers."""

    NODE_CLONED = 1
    NODE_IMPORTED = 2
    NODE_DELETED = 3
    NODE_RENAMED = 4


XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None


def getDOMImplementation(name=None, features=()):
    """The DOM implementation: xml.dom.minidom's."""
    from xml.dom import minidom
    return minidom.getDOMImplementation(features)
