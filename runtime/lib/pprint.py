"""pprint: nested dicts, lists, tuples, sets, strings, dataclasses and the collections
types (OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict...) laid out as
CPython 3.11's pprint does (same widths, indents and line breaks; dicts sorted by key
unless sort_dicts=False). Other objects print with their repr on one line.

Two passes share the work: _one_line() renders an object on a single line (depth
limits, recursion markers, sorted dicts), and _lay_out() breaks an object over
several lines only when that single line would not fit in the space left."""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), then a newline."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty-printed text of object."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def _plain_verdict(object):
    return PrettyPrinter()._one_line(object, {}, None, 0)


def saferepr(object):
    """The repr of object, protected against recursive structures."""
    return _plain_verdict(object)[0]


def isreadable(object):
    """Whether the repr of object could be read back by eval()."""
    return _plain_verdict(object)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return _plain_verdict(object)[2]


class _Orderable:
    """Sort key for values of mixed types: their own order where they have one,
    otherwise the name of their type and then their id."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            mine, theirs = self.value, other.value
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _item_order(pair):
    return _Orderable(pair[0]), _Orderable(pair[1])


def _loop_marker(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is final: no nesting, always readable.
_ATOMS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._step = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # -- public interface ------------------------------------------------------------

    def pprint(self, object):
        target = _sys.stdout if self._stream is None else self._stream
        if target is not None:
            target.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = []
        self._lay_out(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) of object on one line; subclasses may
        override it to change how single values are shown."""
        return self._one_line(object, context, maxlevels, level)

    # -- one-line rendering -------------------------------------------------------

    def _one_line(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _ATOMS:
            return repr(object), True, False
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr == int.__repr__:
            text = f"{object:_d}" if self._underscore_numbers else repr(object)
            return text, True, False
        if issubclass(kind, dict) and own_repr == dict.__repr__:
            return self._one_line_container(object, context, maxlevels, level,
                                            "{", "}", "{}", self._dict_entries)
        if issubclass(kind, list) and own_repr == list.__repr__:
            return self._one_line_container(object, context, maxlevels, level,
                                            "[", "]", "[]", self._seq_entries)
        if issubclass(kind, tuple) and own_repr == tuple.__repr__:
            close = ",)" if len(object) == 1 else ")"
            return self._one_line_container(object, context, maxlevels, level,
                                            "(", close, "()", self._seq_entries)
        text = repr(object)
        return text, bool(text) and not text.startswith("<"), False

    def _one_line_container(self, object, context, maxlevels, level, open_, close,
                            empty, entries):
        if not object:
            return empty, True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return open_ + "..." + close, False, key in context
        if key in context:
            return _loop_marker(object), False, True
        context[key] = 1
        pieces, readable, recursive = entries(object, context, maxlevels, level + 1)
        del context[key]
        return open_ + ", ".join(pieces) + close, readable, recursive

    def _dict_entries(self, mapping, context, maxlevels, level):
        pieces, readable, recursive = [], True, False
        for key, value in self._dict_items(mapping):
            key_text, key_ok, key_loops = self.format(key, context, maxlevels, level)
            value_text, value_ok, value_loops = self.format(value, context, maxlevels,
                                                            level)
            pieces.append(key_text + ": " + value_text)
            readable = readable and key_ok and value_ok
            recursive = recursive or key_loops or value_loops
        return pieces, readable, recursive

    def _seq_entries(self, sequence, context, maxlevels, level):
        pieces, readable, recursive = [], True, False
        for item in sequence:
            text, ok, loops = self.format(item, context, maxlevels, level)
            pieces.append(text)
            readable = readable and ok
            recursive = recursive or loops
        return pieces, readable, recursive

    def _dict_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_item_order)
        return mapping.items()

    def _fitted(self, object, context, level):
        """The one-line text, noting in the printer if it was unreadable or looped."""
        text, readable, recursive = self.format(object, context.copy(), self._depth,
                                                level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    # -- multi-line layout --------------------------------------------------------
    # `indent` is the column the object starts at; `allowance` is how many
    # characters must still fit after it on its last line (closing brackets and
    # commas of the containers around it).

    def _lay_out(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            out.append(_loop_marker(object))
            self._recursive = True
            self._readable = False
            return
        text = self._fitted(object, context, level)
        if len(text) > self._width - indent - allowance:
            breaker = self._breaker_for(object)
            if breaker is not None:
                context[key] = 1
                breaker(object, out, indent, allowance, context, level + 1)
                del context[key]
                return
        out.append(text)

    def _breaker_for(self, object):
        """The method laying out object over several lines, chosen by its type's
        __repr__ (so subclasses that keep the built-in repr are laid out alike)."""
        global _COLLECTION_BREAKERS
        shown_by = type(object).__repr__
        for builtin_repr, name in _BREAKERS:
            if shown_by is builtin_repr or shown_by == builtin_repr:
                return getattr(self, name)
        if _COLLECTION_BREAKERS is None:
            _COLLECTION_BREAKERS = _collection_breakers()
        for own_repr, name in _COLLECTION_BREAKERS:
            if shown_by is own_repr or shown_by == own_repr:
                return getattr(self, name)
        if _generated_dataclass_repr(object):
            return self._break_dataclass
        return None

    def _break_dict(self, mapping, out, indent, allowance, context, level):
        out.append("{" + " " * max(self._step - 1, 0))
        if mapping:
            self._break_entries(list(self._dict_items(mapping)), out, indent,
                                allowance + 1, context, level)
        out.append("}")

    def _break_entries(self, entries, out, indent, allowance, context, level):
        """key: value pairs one per line at indent + step; `allowance` is for the
        last value."""
        column = indent + self._step
        for position, (key, value) in enumerate(entries):
            final = position == len(entries) - 1
            key_text = self._fitted(key, context, level)
            out.append(key_text + ": ")
            self._lay_out(value, out, column + len(key_text) + 2,
                          allowance if final else 1, context, level)
            if not final:
                out.append(",\n" + " " * column)

    # The collections types, laid out as CPython's printer does: the type's name, then
    # the contents as a list (OrderedDict), a dict (defaultdict, after the factory; a
    # Counter in most_common order) or the items (deque, with maxlen on its own line).

    def _break_ordered_dict(self, mapping, out, indent, allowance, context, level):
        if not mapping:
            out.append(repr(mapping))
            return
        name = type(mapping).__name__
        out.append(name + "(")
        self._lay_out(list(mapping.items()), out, indent + len(name) + 1, allowance + 1,
                      context, level)
        out.append(")")

    def _break_default_dict(self, mapping, out, indent, allowance, context, level):
        if not mapping:
            out.append(repr(mapping))
            return
        name = type(mapping).__name__
        factory = self._fitted(mapping.default_factory, context, level)
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._break_dict(mapping, out, indent, allowance + 1, context, level)
        out.append(")")

    def _break_counter(self, counter, out, indent, allowance, context, level):
        if not counter:
            out.append(repr(counter))
            return
        name = type(counter).__name__
        out.append(name + "({" + " " * max(self._step - 1, 0))
        self._break_entries(counter.most_common(), out, indent + len(name) + 1,
                            allowance + 2, context, level)
        out.append("})")

    def _break_chain_map(self, chain, out, indent, allowance, context, level):
        if not chain.maps:
            out.append(repr(chain))
            return
        name = type(chain).__name__
        out.append(name + "(")
        indent += len(name) + 1
        for position, mapping in enumerate(chain.maps):
            if position == len(chain.maps) - 1:
                self._lay_out(mapping, out, indent, allowance + 1, context, level)
                out.append(")")
            else:
                self._lay_out(mapping, out, indent, 1, context, level)
                out.append(",\n" + " " * indent)

    def _break_deque(self, items, out, indent, allowance, context, level):
        if not items:
            out.append(repr(items))
            return
        name = type(items).__name__
        out.append(name + "([")
        indent += len(name) + 1
        if items.maxlen is None:
            self._break_items(list(items), out, indent, allowance + 2, context, level)
            out.append("])")
        else:
            self._break_items(list(items), out, indent, 2, context, level)
            out.append("],\n%smaxlen=%s)" % (" " * indent,
                                             self._fitted(items.maxlen, context, level)))

    def _break_user_data(self, wrapper, out, indent, allowance, context, level):
        # UserDict, UserList, UserString: shown as the data they wrap.
        self._lay_out(wrapper.data, out, indent, allowance, context, level - 1)

    def _break_mappingproxy(self, proxy, out, indent, allowance, context, level):
        out.append("mappingproxy(")
        self._lay_out(proxy.copy(), out, indent + 13, allowance + 1, context, level)
        out.append(")")

    def _break_namespace(self, space, out, indent, allowance, context, level):
        import types
        name = "namespace" if type(space) is types.SimpleNamespace else \
            type(space).__name__
        indent += len(name) + 1
        shown = list(space.__dict__.items())
        out.append(name + "(")
        for position, (key, value) in enumerate(shown):
            final = position == len(shown) - 1
            out.append(key + "=")
            if id(value) in context:
                out.append("...")
            else:
                self._lay_out(value, out, indent + len(key) + 1,
                              allowance if final else 1, context, level)
            if not final:
                out.append(",\n" + " " * indent)
        out.append(")")

    def _break_list(self, sequence, out, indent, allowance, context, level):
        out.append("[")
        self._break_items(list(sequence), out, indent, allowance + 1, context, level)
        out.append("]")

    def _break_tuple(self, sequence, out, indent, allowance, context, level):
        close = ",)" if len(sequence) == 1 else ")"
        out.append("(")
        self._break_items(list(sequence), out, indent, allowance + len(close), context,
                          level)
        out.append(close)

    def _break_set(self, members, out, indent, allowance, context, level):
        if not members:
            out.append(repr(members))
            return
        if type(members) is set:
            opening, close = "{", "}"
        else:
            opening, close = type(members).__name__ + "({", "})"
            indent += len(type(members).__name__) + 1
        out.append(opening)
        self._break_items(sorted(members, key=_Orderable), out, indent,
                          allowance + len(close), context, level)
        out.append(close)

    def _break_items(self, items, out, indent, allowance, context, level):
        """Items one per line at indent + step; with compact, as many short ones per
        line as fit."""
        column = indent + self._step
        if self._step > 1:
            out.append(" " * (self._step - 1))
        newline = ",\n" + " " * column
        line_room = self._width - column + 1
        room = line_room
        separator = ""
        for position, item in enumerate(items):
            final = position == len(items) - 1
            if final:
                line_room -= allowance
                room -= allowance
            if self._compact:
                text = self._fitted(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = line_room
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    out.append(separator + text)
                    separator = ", "
                    continue
            out.append(separator)
            separator = newline
            self._lay_out(item, out, column, allowance if final else 1, context, level)

    def _break_str(self, text, out, indent, allowance, context, level):
        if not text:
            out.append(repr(text))
            return
        outermost = level == 1
        if outermost:
            # The parentheses added around the pieces take a column each side.
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = text.splitlines(True)
        pieces = []
        for number, line in enumerate(lines):
            last_line = number == len(lines) - 1
            whole = repr(line)
            if len(whole) <= room - (allowance if last_line else 0):
                pieces.append(whole)
            else:
                pieces.extend(self._split_line(line, room, allowance if last_line else 0))
        if len(pieces) == 1:
            out.append(pieces[0])
            return
        joined = ("\n" + " " * indent).join(pieces)
        out.append("(" + joined + ")" if outermost else joined)

    @staticmethod
    def _split_line(line, room, final_allowance):
        """The reprs of runs of line's words (each with its trailing spaces) that fit
        in room, the last one in room - final_allowance."""
        import re
        words = re.findall(r"\S*\s*", line)[:-1]
        pieces, current = [], ""
        for number, word in enumerate(words):
            limit = room - (final_allowance if number == len(words) - 1 else 0)
            if len(repr(current + word)) > limit:
                if current:
                    pieces.append(repr(current))
                current = word
            else:
                current += word
        if current:
            pieces.append(repr(current))
        return pieces

    def _break_bytes(self, data, out, indent, allowance, context, level):
        """bytes as adjacent literals (which Python joins), cut at 4-byte steps."""
        if len(data) <= 4:
            out.append(repr(data))
            return
        outermost = level == 1
        if outermost:
            indent += 1
            allowance += 1
        room = self._width - indent
        last_start = len(data) // 4 * 4
        pieces, current = [], b""
        for start in range(0, len(data), 4):
            quad = data[start:start + 4]
            limit = room - (allowance if start == last_start else 0)
            if len(repr(current + quad)) > limit:
                if current:
                    pieces.append(repr(current))
                current = quad
            else:
                current += quad
        if current:
            pieces.append(repr(current))
        joined = ("\n" + " " * indent).join(pieces)
        out.append("(" + joined + ")" if outermost else joined)

    def _break_bytearray(self, data, out, indent, allowance, context, level):
        out.append("bytearray(")
        self._break_bytes(bytes(data), out, indent + len("bytearray("), allowance + 1,
                          context, level + 1)
        out.append(")")

    def _break_dataclass(self, object, out, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        indent += len(name) + 1
        shown = [(field.name, getattr(object, field.name))
                 for field in dataclasses.fields(object) if field.repr]
        out.append(name + "(")
        for position, (field_name, value) in enumerate(shown):
            final = position == len(shown) - 1
            out.append(field_name + "=")
            if id(value) in context:
                out.append("...")
            else:
                self._lay_out(value, out, indent + len(field_name) + 1,
                              allowance if final else 1, context, level)
            if not final:
                out.append(",\n" + " " * indent)
        out.append(")")


_BREAKERS = (
    (dict.__repr__, "_break_dict"),
    (list.__repr__, "_break_list"),
    (tuple.__repr__, "_break_tuple"),
    (set.__repr__, "_break_set"),
    (frozenset.__repr__, "_break_set"),
    (str.__repr__, "_break_str"),
    (bytes.__repr__, "_break_bytes"),
    (bytearray.__repr__, "_break_bytearray"),
)


def _collection_breakers():
    # Made on first use: importing collections and types up front would slow every
    # program that imports pprint and never prints these.
    import collections
    import types
    return (
        (collections.OrderedDict.__repr__, "_break_ordered_dict"),
        (collections.defaultdict.__repr__, "_break_default_dict"),
        (collections.Counter.__repr__, "_break_counter"),
        (collections.ChainMap.__repr__, "_break_chain_map"),
        (collections.deque.__repr__, "_break_deque"),
        (collections.UserDict.__repr__, "_break_user_data"),
        (collections.UserList.__repr__, "_break_user_data"),
        (collections.UserString.__repr__, "_break_user_data"),
        (type(type.__dict__).__repr__, "_break_mappingproxy"),
        (types.SimpleNamespace.__repr__, "_break_namespace"),
    )


_COLLECTION_BREAKERS = None


def _generated_dataclass_repr(object):
    """Whether object is a dataclass instance shown by the __repr__ that
    @dataclass generated (only that layout is mirrored over several lines)."""
    if isinstance(object, type):
        return False
    kind = type(object)
    if getattr(kind, "__dataclass_fields__", None) is None:
        return False
    params = getattr(kind, "__dataclass_params__", None)
    if params is not None and not getattr(params, "repr", True):
        return False
    return ("__repr__" not in kind.__dict__
            or getattr(kind.__repr__, "__qualname__", "").endswith("__repr__"))
