"""INI-style configuration files, as CPython 3.11's configparser.

A file is a list of [sections] holding `name = value` (or `name: value`) options;
indented lines continue a value, and the [DEFAULT] section supplies options every
section falls back on. ConfigParser expands %(name)s references when a value is read
(BasicInterpolation), ExtendedInterpolation expands ${section:name}, and
RawConfigParser leaves values alone. Parsers and their sections are mappings:
config["server"]["port"].

How this one is built: values are read line by line into lists of lines (a value may
continue on the lines below it) and joined once the whole source is read. Interpolation
is one expander parametrised by its syntax (sigil, brackets and suffix)."""

import functools
import os
import re
import sys
import warnings
from collections.abc import MutableMapping
from io import StringIO

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "LegacyInterpolation", "SectionProxy", "ConverterMapping",
           "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10
_UNSET = object()     # "no fallback given", so that None can be a fallback


# ---- errors ---------------------------------------------------------------------------

class Error(Exception):
    """The base of every error this module raises; str() gives its message."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    # The message may grow after the exception is made (ParsingError.append).
    def __repr__(self):
        return self.message

    __str__ = __repr__


def _build_from_fields(error, values, named):
    """Sets up `error` from the values of its class's FIELDS (in order, the last
    OPTIONAL ones may be left out): they become attributes and args, and the class's
    describe() words the message."""
    kind = type(error)
    fields = kind.FIELDS
    required = len(fields) - getattr(kind, "OPTIONAL", 0)
    given = dict(zip(fields, values))
    if len(values) > len(fields):
        accepted = (f"{len(fields) + 1}" if required == len(fields)
                    else f"from {required + 1} to {len(fields) + 1}")
        raise TypeError(f"{kind.__name__}.__init__() takes {accepted} positional "
                        f"arguments but {len(values) + 1} were given")
    for field, value in named.items():
        if field not in fields or field in given:
            raise TypeError(f"{kind.__name__}.__init__() got an unexpected keyword "
                            f"argument {field!r}")
        given[field] = value
    missing = [f for f in fields[:required] if f not in given]
    if missing:
        raise TypeError(f"{kind.__name__}.__init__() missing {len(missing)} required "
                        f"positional argument{'s' if len(missing) > 1 else ''}: "
                        + " and ".join(repr(m) for m in missing))
    ordered = tuple(given.get(f) for f in fields)
    Error.__init__(error, error.describe(*ordered))
    for field, value in zip(fields, ordered):
        if field not in getattr(kind, "UNKEPT", ()):
            setattr(error, field, value)
    error.args = ordered


def _fields_init(self, *values, **named):
    _build_from_fields(self, values, named)


def _where(source, lineno):
    """The "While reading from ..." opening of a duplicate's message."""
    place = f"While reading from {source!r}"
    if lineno is not None:
        place += f" [line {lineno:2d}]"
    return place


class NoSectionError(Error):
    """A section asked for does not exist."""

    FIELDS = ("section",)
    __init__ = _fields_init

    def describe(self, section):
        return f"No section: {section!r}"


class DuplicateSectionError(Error):
    """A section met twice in one source (strict parsers), or added when it exists."""

    FIELDS, OPTIONAL = ("section", "source", "lineno"), 2
    __init__ = _fields_init

    def describe(self, section, source, lineno):
        if source is None:
            return f"Section {section!r} already exists"
        return f"{_where(source, lineno)}: section {section!r} already exists"


class DuplicateOptionError(Error):
    """An option met twice in one section of one source (strict parsers)."""

    FIELDS, OPTIONAL = ("section", "option", "source", "lineno"), 2
    __init__ = _fields_init

    def describe(self, section, option, source, lineno):
        what = f"{option!r} in section {section!r} already exists"
        if source is None:
            return "Option " + what
        return f"{_where(source, lineno)}: option {what}"


class NoOptionError(Error):
    """An option asked for is set neither in its section nor in the defaults."""

    FIELDS = ("option", "section")
    __init__ = _fields_init

    def describe(self, option, section):
        return f"No option {option!r} in section: {section!r}"


class InterpolationError(Error):
    """The common base of the errors met while expanding references."""

    FIELDS = ("option", "section", "msg")
    __init__ = _fields_init

    UNKEPT = ("msg",)    # only the option and the section are kept as attributes

    def describe(self, option, section, msg):
        return msg


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that is not there."""

    FIELDS = ("option", "section", "rawval", "reference")
    __init__ = _fields_init

    UNKEPT = ("rawval",)

    def describe(self, option, section, rawval, reference):
        return (f"Bad value substitution: option {option!r} in section {section!r} contains "
                f"an interpolation key {reference!r} which is not a valid option name. "
                f"Raw value: {rawval!r}")


class InterpolationSyntaxError(InterpolationError):
    """A value's references are not well formed."""


class InterpolationDepthError(InterpolationError):
    """References lead to references more than MAX_INTERPOLATION_DEPTH levels deep."""

    FIELDS = ("option", "section", "rawval")
    __init__ = _fields_init

    UNKEPT = ("rawval",)

    def describe(self, option, section, rawval):
        return (f"Recursion limit exceeded in value substitution: option {option!r} "
                f"in section {section!r} contains an interpolation key which "
                f"cannot be substituted in {MAX_INTERPOLATION_DEPTH} steps. "
                f"Raw value: {rawval!r}")


class ParsingError(Error):
    """Lines of a source that are neither headers, options nor comments; each one is
    added by append() to .errors and to the message."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. "
                             "Use `source'.")
        if not (filename or source):
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        Error.__init__(self, f"Source contains parsing errors: {source!r}")
        self.source = source
        self.errors = []
        self.args = (source,)

    def _renamed(self):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=3)

    @property
    def filename(self):
        """The old name of .source (deprecated)."""
        self._renamed()
        return self.source

    @filename.setter
    def filename(self, new):
        self._renamed()
        self.source = new

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += f"\n\t[line {lineno:2d}]: {line}"


class MissingSectionHeaderError(ParsingError):
    """An option comes before the first section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\n"
                             f"file: {filename!r}, line: {lineno:d}\n{line!r}")
        self.source, self.lineno, self.line = filename, lineno, line
        self.args = (self.source, lineno, line)


# ---- interpolation ----------------------------------------------------------------------

class Interpolation:
    """No interpolation: values are returned as stored."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _ReferenceSyntax(Interpolation):
    """Expands references written SIGIL OPEN name CLOSE SUFFIX, SIGIL SIGIL being a
    literal sigil. A referenced value holding the sigil is expanded in turn, up to
    MAX_INTERPOLATION_DEPTH levels. Subclasses say how a name finds its value."""

    SIGIL = OPEN = CLOSE = SUFFIX = ""

    def _reference_end(self, text, at):
        """The index just past a well-formed reference starting at text[at], or -1."""
        close = text.find(self.CLOSE, at + 2)
        if close <= at + 2:
            return -1
        after = close + 1
        if self.SUFFIX:
            if text[after:after + 1] != self.SUFFIX:
                return -1
            after += 1
        return after

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, section, option, value, defaults, 1, pieces)
        return "".join(pieces)

    def before_set(self, parser, section, option, value):
        # Leave out escaped sigils and well-formed references: any sigil left is bad.
        rest = value.replace(self.SIGIL * 2, "")
        kept = []
        at = 0
        while at < len(rest):
            end = -1
            if rest.startswith(self.SIGIL + self.OPEN, at):
                end = self._reference_end(rest, at)
            if end < 0:
                kept.append(rest[at])
                at += 1
            else:
                at = end
        rest = "".join(kept)
        if self.SIGIL in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find(self.SIGIL)))
        return value

    def _expand(self, parser, section, option, text, values, depth, pieces):
        raw = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        sigil = self.SIGIL
        done = 0
        while text and done < len(text):
            at = text.find(sigil, done)
            if at < 0:
                pieces.append(text[done:])
                return
            pieces.append(text[done:at])
            follower = text[at + 1:at + 2]
            if follower == sigil:
                pieces.append(sigil)
                done = at + 2
                continue
            if follower != self.OPEN:
                raise InterpolationSyntaxError(
                    option, section,
                    f"'{sigil}' must be followed by '{sigil}' or '{self.OPEN}', "
                    f"found: {text[at:]!r}")
            end = self._reference_end(text, at)
            if end < 0:
                raise InterpolationSyntaxError(
                    option, section, f"bad interpolation variable reference {text[at:]!r}")
            name = text[at + 2:end - 1 - len(self.SUFFIX)]
            done = end
            found, where, what, scope = self._look_up(parser, section, option, name,
                                                      values, raw, text[done:])
            if sigil in found:
                self._expand(parser, where, what, found, scope, depth + 1, pieces)
            else:
                pieces.append(found)


class BasicInterpolation(_ReferenceSyntax):
    """%(name)s is the value of option `name` in the same section (or DEFAULT); %%
    is a percent sign."""

    SIGIL, OPEN, CLOSE, SUFFIX = "%", "(", ")", "s"

    def _look_up(self, parser, section, option, name, values, raw, rest):
        key = parser.optionxform(name)
        try:
            found = values[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        return found, section, option, values


class ExtendedInterpolation(_ReferenceSyntax):
    """${name} is an option of the same section, ${section:name} one of another
    section; $$ is a dollar sign."""

    SIGIL, OPEN, CLOSE, SUFFIX = "$", "{", "}", ""

    def _look_up(self, parser, section, option, name, values, raw, rest):
        parts = name.split(":")
        if len(parts) > 2:
            raise InterpolationSyntaxError(option, section,
                                           f"More than one ':' found: {rest!r}")
        try:
            if len(parts) == 1:
                where, what = section, parser.optionxform(parts[0])
                found = values[what]
            else:
                where, what = parts[0], parser.optionxform(parts[1])
                found = parser.get(where, what, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, name) from None
        if self.SIGIL in found:
            values = dict(parser.items(where, raw=True))
        return found, where, what, values


class LegacyInterpolation(Interpolation):
    """Deprecated: the interpolation of very old ConfigParser versions, by the %
    operator on the whole value."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn(
            "LegacyInterpolation has been deprecated since Python 3.2 "
            "and will be removed from the configparser module in Python 3.13. "
            "Use BasicInterpolation or ExtendedInterpolation instead.",
            DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        original = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            value = re.sub(r"%\(([^)]*)\)s",
                           lambda m: "%%(%s)s" % parser.optionxform(m.group(1)), value)
            try:
                value = value % vars
            except KeyError as missing:
                raise InterpolationMissingOptionError(
                    option, section, original, missing.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, original)
        return value

    def before_set(self, parser, section, option, value):
        return value


# ---- reading lines -----------------------------------------------------------------------

def _comment_start(line, inline_prefixes, full_line_prefixes):
    """Where a comment starts in `line`, or None. A whole-line comment starts at 0.
    An inline prefix counts only at the start of the line or after whitespace; the
    prefixes are searched occurrence by occurrence, all together, and the first round
    of occurrences where one counts decides (its earliest counting one)."""
    stripped = line.strip()
    for prefix in full_line_prefixes:
        if stripped.startswith(prefix):
            return 0
    last_seen = {prefix: -1 for prefix in inline_prefixes}
    while last_seen:
        counting = []
        for prefix, before in list(last_seen.items()):
            at = line.find(prefix, before + 1)
            if at < 0:
                del last_seen[prefix]
                continue
            last_seen[prefix] = at
            if at == 0 or line[at - 1].isspace():
                counting.append(at)
        if counting:
            return min(counting)
    return None


class _SourceReader:
    """The state of reading one source into a parser: the section and option being
    filled, the indentation of the option's first line, what this source defined
    (for strict duplicate checks) and the parsing errors met so far."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        self.section_name = None
        self.section = None       # the dict options go to, once a header is read
        self.option = None        # the option continuation lines extend
        self.indent = 0
        self.seen = set()         # section names and (section, option) pairs
        self.error = None

    def feed(self, lineno, line):
        parser = self.parser
        start = _comment_start(line, parser._inline_markers,
                               parser._line_markers)
        content = line[:start].strip()
        if not content:
            if not parser._blank_lines_kept:
                self.indent = sys.maxsize     # a blank line ends any value
            elif (start is None and self.section is not None and self.option
                  and self.section[self.option] is not None):
                self.section[self.option].append("")
            return
        indent = len(line) - len(line.lstrip())
        if self.section is not None and self.option and indent > self.indent:
            self.section[self.option].append(content)
            return
        self.indent = indent
        close = content.rfind("]")
        if content.startswith("[") and close > 1:
            self.open_section(content[1:close], lineno)
        elif self.section is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        else:
            self.add_option(content, lineno, line)

    def open_section(self, name, lineno):
        parser = self.parser
        self.section_name = name
        self.option = None
        if name in parser._tables:
            if parser._refuse_repeats and name in self.seen:
                raise DuplicateSectionError(name, self.source, lineno)
            self.section = parser._tables[name]
        elif name == parser.default_section:
            self.section = parser._fallbacks
            return
        else:
            self.section = parser._new_section(name)
        self.seen.add(name)

    def add_option(self, content, lineno, line):
        parser = self.parser
        split = parser._split_option(content)
        if split is None:
            self.fail(lineno, line)
            return
        name, value = split
        if not name:
            self.fail(lineno, line)
        name = parser.optionxform(name)
        if parser._refuse_repeats and (self.section_name, name) in self.seen:
            raise DuplicateOptionError(self.section_name, name, self.source, lineno)
        self.seen.add((self.section_name, name))
        self.section[name] = None if value is None else [value]
        self.option = name

    def fail(self, lineno, line):
        if not self.error:
            self.error = ParsingError(self.source)
        self.error.append(lineno, repr(line))


# ---- the parsers ----------------------------------------------------------------------------

class RawConfigParser(MutableMapping):
    """A configuration read from INI sources, values returned as written."""

    BOOLEAN_STATES = {**dict.fromkeys(("1", "yes", "true", "on"), True),
                      **dict.fromkeys(("0", "no", "false", "off"), False)}
    _DEFAULT_INTERPOLATION = Interpolation()

    def __init__(self, defaults=None, dict_type=dict,
                 allow_no_value=False, *, delimiters=('=', ':'),
                 comment_prefixes=('#', ';'), inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET):
        self._mapping_type = dict_type
        self._tables = dict_type()        # section name -> {option: value}
        self._fallbacks = dict_type()     # the default section's options
        self._conversions = ConverterMapping(self)
        self._views = dict_type()         # section name -> its SectionProxy
        self._views[default_section] = SectionProxy(self, default_section)
        self._assigners = tuple(delimiters)
        self._line_markers = tuple(comment_prefixes) if comment_prefixes else ()
        self._inline_markers = tuple(inline_comment_prefixes) if inline_comment_prefixes else ()
        self._refuse_repeats = strict
        self._bare_names = allow_no_value
        self._blank_lines_kept = empty_lines_in_values
        self.default_section = default_section
        chosen = {_UNSET: self._DEFAULT_INTERPOLATION, None: Interpolation()}.get(
            interpolation, interpolation) if interpolation in (_UNSET, None) else interpolation
        if not isinstance(chosen, Interpolation):
            raise TypeError(
                f"interpolation= must be None or an instance of Interpolation;"
                f" got an object of type {type(chosen)}")
        self._interpolation = chosen
        if converters is not _UNSET:
            self._conversions.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # ---- sections and options ----

    def defaults(self):
        return self._fallbacks

    def sections(self):
        """The names of the sections, DEFAULT left out."""
        return list(self._tables)

    def _new_section(self, name):
        table = self._mapping_type()
        self._tables[name] = table
        self._views[name] = SectionProxy(self, name)
        return table

    def _table(self, section):
        """The options `section` holds itself; NoSectionError if there is no such
        section."""
        try:
            return self._tables[section]
        except KeyError:
            raise NoSectionError(section) from None

    def _table_or_defaults(self, section):
        """Like _table, with '', None and the default section's name meaning the
        defaults."""
        if section and section != self.default_section:
            return self._table(section)
        return self._fallbacks

    def add_section(self, section):
        """Adds an empty section; DuplicateSectionError if it exists, ValueError for
        the default section's name."""
        if section == self.default_section:
            raise ValueError(f"Invalid section name: {section!r}")
        if self.has_section(section):
            raise DuplicateSectionError(section)
        self._new_section(section)

    def has_section(self, section):
        """Whether the section exists (the default section does not count)."""
        return section in self._tables

    def options(self, section):
        """The section's option names followed by the defaults' it does not override."""
        own = self._table(section)
        return list(own) + [name for name in self._fallbacks if name not in own]

    def has_option(self, section, option):
        """Whether the option is set in the section or in the defaults; False for a
        missing section. An empty section name means the defaults."""
        key = self.optionxform(option)
        if not section or section == self.default_section:
            return key in self._fallbacks
        own = self._tables.get(section)
        return own is not None and (key in own or key in self._fallbacks)

    def set(self, section, option, value=None):
        """Sets an option (in the defaults for an empty section name)."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._table_or_defaults(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Removes an option; whether it was there."""
        table = self._table_or_defaults(section)
        return table.pop(self.optionxform(option), _UNSET) is not _UNSET

    def remove_section(self, section):
        """Removes a section; whether it was there."""
        if not self.has_section(section):
            return False
        self._tables.pop(section)
        self._views.pop(section)
        return True

    def optionxform(self, optionstr):
        return optionstr.lower()

    # ---- reading ----

    def read(self, filenames, encoding=None):
        """Reads each file that opens (a single name may be given); returns the names
        of those read."""
        single = isinstance(filenames, (str, bytes, os.PathLike))
        opened = []
        for name in ([filenames] if single else filenames):
            try:
                with open(name, encoding=encoding) as stream:
                    self._read(stream, name)
            except OSError:
                continue
            opened.append(os.fspath(name) if isinstance(name, os.PathLike) else name)
        return opened

    def read_file(self, f, source=None):
        """Reads lines from an iterable (a file); `source` names it in errors, by
        default f.name or '<???>'."""
        self._read(f, getattr(f, "name", "<???>") if source is None else source)

    def read_string(self, string, source='<string>'):
        """Reads configuration from a string."""
        self.read_file(StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Reads {section: {option: value}}; names and values are made strings (None
        stays None)."""
        met = set()
        for section_key, options in dictionary.items():
            name = str(section_key)
            try:
                self.add_section(name)
            except (DuplicateSectionError, ValueError):
                # Sections already there are extended, unless this dict names one twice.
                if self._refuse_repeats and name in met:
                    raise
            met.add(name)
            for option_key, value in options.items():
                option = self.optionxform(str(option_key))
                text = None if value is None else str(value)
                if self._refuse_repeats and (name, option) in met:
                    raise DuplicateOptionError(name, option, source)
                met.add((name, option))
                self.set(name, option, text)

    def readfp(self, fp, filename=None):
        """Deprecated, use read_file instead."""
        warnings.warn("This method will be removed in Python 3.12. "
                      "Use 'parser.read_file()' instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, filename)

    def _read(self, fp, source):
        reader = _SourceReader(self, source)
        number = 0
        for line in fp:
            number += 1
            reader.feed(number, line)
        self._join_values()
        if reader.error:
            raise reader.error

    def _split_option(self, content):
        """(name, value) of an option line, the value None for a name alone (when
        allowed); None when the line is not an option."""
        for at in range(len(content)):
            for delimiter in self._assigners:
                if content.startswith(delimiter, at):
                    return content[:at].rstrip(), content[at + len(delimiter):].strip()
        if self._bare_names:
            return content, None
        return None

    def _join_values(self):
        """Turns the lists of lines read into values (trailing blank lines dropped)."""
        tables = [(self.default_section, self._fallbacks)] + list(self._tables.items())
        for section, table in tables:
            for name, value in table.items():
                if isinstance(value, list):
                    value = "\n".join(value).rstrip()
                table[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        for name, value in defaults.items():
            self._fallbacks[self.optionxform(name)] = value

    # ---- getting values ----

    def _visible(self, section, vars):
        """Every option `section` sees, vars first, then its own, then the defaults."""
        own = {} if section == self.default_section and not self.has_section(section) \
            else self._table(section)
        visible = dict(self._fallbacks)
        visible.update(own)
        for name, value in (vars or {}).items():
            visible[self.optionxform(name)] = None if value is None else str(value)
        return visible

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The option's value from vars, the section or the defaults, expanded unless
        raw; `fallback` when the section or option is missing, if given."""
        try:
            visible = self._visible(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in visible:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = visible[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, visible)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        # A missing section or option gives the fallback; a value that does not
        # convert raises whatever conv raises.
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, **how):
        """The option's value as an int (keywords as for get)."""
        return self._get_conv(section, option, int, **how)

    def getfloat(self, section, option, **how):
        """The option's value as a float (keywords as for get)."""
        return self._get_conv(section, option, float, **how)

    def getboolean(self, section, option, **how):
        """The option's value as a bool: 1/yes/true/on or 0/no/false/off, any case."""
        return self._get_conv(section, option, self._convert_to_boolean, **how)

    def _convert_to_boolean(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError(f"Not a boolean: {value}")
        return state

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without a section, the (name, proxy) pairs of the mapping; with one, its
        (option, value) pairs, expanded unless raw, vars overriding values."""
        if section is _UNSET:
            return super().items()
        visible = dict(self._fallbacks)
        if section != self.default_section or self.has_section(section):
            visible.update(self._table(section))
        names = list(visible)
        for name, value in (vars or {}).items():
            visible[self.optionxform(name)] = value
        if raw:
            return [(name, visible[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, visible[name], visible)) for name in names]

    def popitem(self):
        """Removes and returns the first section as (name, proxy); KeyError when
        there is none (DEFAULT is never removed)."""
        names = self.sections()
        if not names:
            raise KeyError
        proxy = self[names[0]]
        del self[names[0]]
        return names[0], proxy

    # ---- writing ----

    def write(self, fp, space_around_delimiters=True):
        """Writes the configuration in INI form (comments are not kept)."""
        mark = self._assigners[0]
        between = f" {mark} " if space_around_delimiters else mark
        blocks = list(self._tables.items())
        if self._fallbacks:
            blocks.insert(0, (self.default_section, self._fallbacks))
        for name, table in blocks:
            self._write_section(fp, name, table.items(), between)

    def _write_section(self, fp, section_name, section_items, delimiter):
        lines = [f"[{section_name}]"]
        for name, value in section_items:
            value = self._interpolation.before_write(self, section_name, name, value)
            if value is None and self._bare_names:
                lines.append(name)
            else:
                # Continuation lines are indented so that reading gives them back.
                lines.append(name + delimiter + "\n\t".join(str(value).split("\n")))
        fp.write("\n".join(lines) + "\n\n")

    # ---- the mapping of section names to proxies ----

    def __getitem__(self, name):
        if name == self.default_section or self.has_section(name):
            return self._views[name]
        raise KeyError(name)

    def __setitem__(self, name, options):
        if name in self and self[name] is options:
            return      # cfg[name] = cfg[name] must not empty the section
        if name == self.default_section:
            self._fallbacks.clear()
        elif self.has_section(name):
            self._tables[name].clear()
        self.read_dict({name: options})

    def __delitem__(self, name):
        if name == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(name):
            raise KeyError(name)

    def __contains__(self, name):
        return name == self.default_section or self.has_section(name)

    def __len__(self):
        return 1 + len(self._tables)

    def __iter__(self):
        yield self.default_section
        yield from self._tables

    def _check_types(self, section="", option="", value=""):
        # The mapping protocol and ConfigParser.set take strings only (None too for
        # a bare option when those are allowed).
        for what, kind in ((section, "section names"), (option, "option keys")):
            if not isinstance(what, str):
                raise TypeError(f"{kind} must be strings")
        if (value or not self._bare_names) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._conversions


class ConfigParser(RawConfigParser):
    """A RawConfigParser whose values expand %(name)s references (by default) and
    whose set() takes strings only."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Sets an option; the value must be a string (or None when options without
        values are allowed) with well-formed references."""
        self._check_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        """Adds an empty section; its name must be a string."""
        self._check_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # The defaults given to the constructor become strings but are not checked
        # for reference syntax.
        expander, self._interpolation = self._interpolation, Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = expander


class SafeConfigParser(ConfigParser):
    """The old name of ConfigParser (deprecated)."""

    def __init__(self, *positional, **named):
        ConfigParser.__init__(self, *positional, **named)
        warnings.warn(
            "The SafeConfigParser class has been renamed to ConfigParser "
            "in Python 3.2. This alias will be removed in Python 3.12."
            " Use ConfigParser directly instead.",
            DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """A mapping view of one section of a parser."""

    def __init__(self, parser, name):
        self._owner = parser
        self._section = name
        for kind in parser.converters:
            self._add_getter(kind, getattr(parser, "get" + kind))

    def _add_getter(self, kind, parser_getter):
        setattr(self, "get" + kind, functools.partial(self.get, _impl=parser_getter))

    def __repr__(self):
        return f"<Section: {self._section}>"

    def __getitem__(self, option):
        if self._owner.has_option(self._section, option):
            return self._owner.get(self._section, option)
        raise KeyError(option)

    def __setitem__(self, option, value):
        self._owner._check_types(option=option, value=value)
        return self._owner.set(self._section, option, value)

    def __delitem__(self, option):
        owner = self._owner
        if not (owner.has_option(self._section, option)
                and owner.remove_option(self._section, option)):
            raise KeyError(option)

    def __contains__(self, option):
        return self._owner.has_option(self._section, option)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(self._names())

    def _names(self):
        owner = self._owner
        if self._section == owner.default_section:
            return owner.defaults()
        return owner.options(self._section)

    @property
    def parser(self):
        return self._owner

    @property
    def name(self):
        return self._section

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value, or `fallback` (None unless given) when it is missing."""
        getter = _impl or self._owner.get
        return getter(self._section, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's get<name> conversions by name: adding one makes parser.get<name>
    and section.get<name>; the built-in ones map to None."""

    def __init__(self, parser):
        self._owner = parser
        self._by_name = {}
        for attribute in dir(parser):
            if (attribute.startswith("get") and len(attribute) > 3
                    and callable(getattr(parser, attribute))):
                self._by_name[attribute[3:]] = None

    def __getitem__(self, name):
        return self._by_name[name]

    def __setitem__(self, name, conv):
        try:
            attribute = "get" + name
        except TypeError:
            raise ValueError(f"Incompatible key: {name} (type: {type(name)})") from None
        if attribute == "get":
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._by_name[name] = conv
        getter = functools.partial(self._owner._get_conv, conv=conv)
        getter.converter = conv
        setattr(self._owner, attribute, getter)
        for proxy in self._owner.values():
            proxy._add_getter(name, getter)

    def __delitem__(self, name):
        try:
            attribute = "get" + (name or None)
        except TypeError:
            raise KeyError(name) from None
        del self._by_name[name]
        for holder in [self._owner, *self._owner.values()]:
            try:
                delattr(holder, attribute)
            except AttributeError:
                pass

    def __iter__(self):
        return iter(self._by_name)

    def __len__(self):
        return len(self._by_name)
