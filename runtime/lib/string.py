"""string — character classes, capwords, Template ($-substitution) and Formatter
(str.format's machinery, open to subclassing).

Our own implementation. Template scans its text by hand for the usual `$name` and
`${name}` placeholders, so `import string` does not load re; a subclass that changes
idpattern, braceidpattern, flags or pattern is matched with a regular expression, built
the first time it is needed. Formatter parses format strings with its own scanner,
which raises str.format's error messages.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = digits[:8]
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """s split on sep (whitespace by default), each word capitalized, joined with sep
    (one space by default)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


# ---------------------------------------------------------------------------------
# Template
# ---------------------------------------------------------------------------------

_IDENT_START = frozenset('_' + ascii_letters)
_IDENT_REST = _IDENT_START | frozenset(digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'
_RE_IGNORECASE = 2  # re.IGNORECASE's value; re itself is loaded only when needed


_no_mapping = object()  # substitute() called without a positional mapping

# A placeholder found in a template is a tuple (kind, name, start, end, mark): kind is
# 'escaped', 'named', 'braced' or 'invalid'; name the identifier (None for escaped and
# invalid); start and end what it covers; mark where an invalid one is reported (just
# after the delimiter).
_KIND, _NAME, _END = 0, 1, 3


class _LazyClassPattern:
    """Template.pattern and Template.flags: the compiled pattern (and re's flag) of a
    template class, computed on first access so that importing string needs no re."""

    def __init__(self, what):
        self.what = what

    def __get__(self, instance, owner):
        import re
        if self.what == 'flags':
            return re.IGNORECASE
        return owner._compiled()


class Template:
    """A string with $-placeholders: $name, ${name}, and $$ for a literal '$'."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _LazyClassPattern('flags')
    pattern = _LazyClassPattern('pattern')

    def __init_subclass__(cls):
        super().__init_subclass__()
        # A subclass that changes only the delimiter (one without letters, which
        # IGNORECASE would fold) is still scanned by hand; any other customisation is
        # matched by its regular expression, compiled now as CPython does.
        own = cls.__dict__
        cls._by_regex = (cls._by_regex or 'pattern' in own or 'flags' in own or
                         cls.idpattern != _DEFAULT_IDPATTERN or
                         cls.braceidpattern is not None or
                         any(c.isalpha() for c in cls.delimiter))
        cls._regex = None
        if cls._by_regex:
            cls.pattern = cls._compiled()

    _by_regex = False
    _regex = None

    @classmethod
    def _compiled(cls):
        if cls.__dict__.get('_regex') is not None:
            return cls._regex
        import re
        given = cls.__dict__.get('pattern')
        if isinstance(given, re.Pattern):
            compiled = given
        elif isinstance(given, str):
            compiled = re.compile(given, cls.flags | re.VERBOSE)
        else:
            delim = re.escape(cls.delimiter)
            ident = cls.idpattern
            braced = cls.braceidpattern or ident
            source = (rf'{delim}(?:(?P<escaped>{delim})|(?P<named>{ident})|'
                      rf'{{(?P<braced>{braced})}}|(?P<invalid>))')
            compiled = re.compile(source, cls.flags | re.VERBOSE)
        cls._regex = compiled
        return compiled

    def __init__(self, template):
        self.template = template

    # ---- finding the placeholders ----------------------------------------------------

    def _placeholders(self):
        if type(self)._by_regex:
            return self._placeholders_by_regex()
        return self._placeholders_by_hand()

    def _placeholders_by_hand(self):
        text, delim = self.template, self.delimiter
        if not isinstance(text, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(text).__name__}'")
        found = []
        width = len(delim)
        at = text.find(delim)
        while at >= 0:
            after = at + width
            if text.startswith(delim, after):
                found.append(('escaped', None, at, after + width, after))
            elif after < len(text) and text[after] in _IDENT_START:
                stop = after + 1
                while stop < len(text) and text[stop] in _IDENT_REST:
                    stop += 1
                found.append(('named', text[after:stop], at, stop, after))
            else:
                stop = -1
                if text.startswith('{', after) and after + 1 < len(text) and \
                        text[after + 1] in _IDENT_START:
                    stop = after + 2
                    while stop < len(text) and text[stop] in _IDENT_REST:
                        stop += 1
                if stop >= 0 and text.startswith('}', stop):
                    found.append(('braced', text[after + 1:stop], at, stop + 1, after))
                else:
                    found.append(('invalid', None, at, after, after))
            at = text.find(delim, found[-1][_END])
        return found

    def _placeholders_by_regex(self):
        regex = type(self).pattern
        found = []
        for match in regex.finditer(self.template):
            groups = match.groupdict()
            for kind in ('escaped', 'named', 'braced', 'invalid'):
                if groups.get(kind) is not None:
                    name = groups[kind] if kind in ('named', 'braced') else None
                    found.append((kind, name, match.start(), match.end(),
                                  match.start(kind)))
                    break
            else:
                raise ValueError('Unrecognized named group in pattern', regex)
        return found

    def _invalid_placeholder(self, mark):
        before = self.template[:mark]
        # Lines split as str.splitlines does (\r\n, \r, ... all end a line).
        lines = before.splitlines(keepends=True)
        colno = mark - len(''.join(lines[:-1])) if lines else 1
        lineno = len(lines) if lines else 1
        raise ValueError(f'Invalid placeholder in string: line {lineno}, col {colno}')

    def _mapping(self, mapping, kws):
        if mapping is _no_mapping:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def _fill(self, mapping, kws, safe):
        mapping = self._mapping(mapping, kws)
        text = self.template
        pieces, done = [], 0
        for kind, name, start, end, mark in self._placeholders():
            pieces.append(text[done:start])
            done = end
            if kind == 'escaped':
                pieces.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid_placeholder(mark)
                pieces.append(text[start:end])
            elif safe:
                try:
                    pieces.append(str(mapping[name]))
                except KeyError:
                    pieces.append(text[start:end])
            else:
                pieces.append(str(mapping[name]))
        pieces.append(text[done:])
        return ''.join(pieces)

    def substitute(self, mapping=_no_mapping, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        return all(spot[_KIND] != 'invalid' for spot in self._placeholders())

    def get_identifiers(self):
        names = []
        for spot in self._placeholders():
            name = spot[_NAME]
            if name is not None and name not in names:
                names.append(name)
        return names


# ---------------------------------------------------------------------------------
# Formatter
# ---------------------------------------------------------------------------------

def _parse_format(text):
    """The (literal_text, field_name, format_spec, conversion) pieces of a format
    string, as str.format reads it (_string.formatter_parser in CPython)."""
    n = len(text)
    at = 0
    while at < n:
        # Literal text up to the next brace.
        stop = at
        while stop < n and text[stop] not in '{}':
            stop += 1
        if stop == n:
            yield text[at:], None, None, None
            return
        brace = text[stop]
        doubled = stop + 1 < n and text[stop + 1] == brace
        if brace == '}' and not doubled:
            raise ValueError("Single '}' encountered in format string")
        if brace == '{' and stop + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        if doubled:
            yield text[at:stop + 1], None, None, None
            at = stop + 2
            continue
        literal = text[at:stop]
        name, conversion, spec, at = _parse_field(text, stop + 1)
        yield literal, name, spec, conversion


def _parse_field(text, at):
    """Reads one replacement field whose '{' ends just before `at`: its name,
    conversion (or None), spec, and the offset after its closing '}'."""
    n = len(text)
    start = at
    ender = None
    while at < n:
        c = text[at]
        at += 1
        if c == '[':
            # An index may hold any character but ']'.
            close = text.find(']', at)
            at = n if close < 0 else close
        elif c == '{':
            raise ValueError("unexpected '{' in field name")
        elif c in '}:!':
            ender = c
            break
    if ender is None:
        raise ValueError("expected '}' before end of string")
    name = text[start:at - 1]
    conversion = None
    if ender == '!':
        if at >= n:
            raise ValueError('end of string while looking for conversion specifier')
        conversion = text[at]
        at += 1
        if at >= n:
            raise ValueError("unmatched '{' in format spec")
        ender = text[at]
        at += 1
        if ender not in ':}':
            raise ValueError("expected ':' after conversion specifier")
    if ender == '}':
        return name, conversion, '', at
    # The spec runs to the '}' that balances the field's '{'.
    spec_start, depth = at, 1
    while at < n:
        c = text[at]
        at += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, conversion, text[spec_start:at - 1], at
    raise ValueError("unmatched '{' in format spec")


def _decimal_or_str(part):
    if part and all('0' <= c <= '9' for c in part):
        if len(part) > 18 and int(part) >= 1 << 63:
            raise ValueError('Too many decimal digits in format string')
        return int(part)
    return part


def _field_steps(rest):
    """The (is_attribute, key) steps of a field name after its first part."""
    at, n = 0, len(rest)
    while at < n:
        c = rest[at]
        if c == '.':
            stop = at + 1
            while stop < n and rest[stop] not in '.[':
                stop += 1
            key = rest[at + 1:stop]
            if not key:
                raise ValueError('Empty attribute in format string')
            yield True, key
            at = stop
        elif c == '[':
            close = rest.find(']', at + 1)
            if close < 0:
                raise ValueError("Missing ']' in format string")
            key = rest[at + 1:close]
            if not key:
                raise ValueError('Empty attribute in format string')
            at = close + 1
            if at < n and rest[at] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, _decimal_or_str(key)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _split_field_name(name):
    """(first, steps) of a field name: its argument (an int when all digits) and an
    iterator over its attribute and index steps."""
    cut = len(name)
    for mark in '.[':
        found = name.find(mark)
        if 0 <= found < cut:
            cut = found
    return _decimal_or_str(name[:cut]), _field_steps(name[cut:])


class Formatter:
    """str.format as a class: override a step (get_value, format_field, ...) to change
    how fields are looked up, converted or formatted."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        text, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        # auto_arg_index is the next automatic field number, or False once a field was
        # numbered by hand (the two styles cannot be mixed).
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        for literal, field, spec, conversion in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                field = str(auto_arg_index)
                auto_arg_index += 1
            elif field.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification '
                                     'to automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(field, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1,
                                                 auto_arg_index=auto_arg_index)
            out.append(self.format_field(value, spec))
        return ''.join(out), auto_arg_index

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        converters = {'s': str, 'r': repr, 'a': ascii}
        if conversion in converters:
            return converters[conversion](value)
        raise ValueError(f'Unknown conversion specifier {conversion!s}')

    def parse(self, format_string):
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        first, steps = _split_field_name(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attribute, key in steps:
            value = getattr(value, key) if is_attribute else value[key]
        return value, first
