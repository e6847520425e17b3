"""Reading and writing CSV: reader and writer over any iterable of lines / object with
write() (io.StringIO, a list), DictReader and DictWriter, dialects (excel, excel-tab,
unix) and the QUOTE_* modes. The reader is the same state machine as CPython's _csv,
so quoting, escapes, embedded newlines and errors come out the same. Sniffer guesses a
sample's dialect and whether it starts with a header row, with CPython's heuristics."""

from io import StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error",
           "Dialect", "excel", "excel_tab", "unix_dialect", "field_size_limit", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "DictReader", "DictWriter", "Sniffer", "StringIO"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


Error.__module__ = "_csv"

_field_limit = 128 * 1024


def field_size_limit(*args):
    """The largest field the reader accepts; with an argument, sets it and returns
    the previous limit."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# ---- dialects ------------------------------------------------------------------------------

_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
          "quoting", "skipinitialspace", "strict")


class _ValidDialect:
    """The checked, frozen parameters a reader or writer works with."""
    __slots__ = _ATTRS

    def __init__(self, base, params):
        for key in params:
            if key not in _ATTRS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)

        def get(name, default):
            if name in params:
                return params[name]
            return getattr(base, name, default) if base is not None else default

        delimiter = get("delimiter", ",")
        doublequote = get("doublequote", True)
        escapechar = get("escapechar", None)
        lineterminator = get("lineterminator", "\r\n")
        quotechar = get("quotechar", '"')
        quoting = get("quoting", QUOTE_MINIMAL)
        skipinitialspace = get("skipinitialspace", False)
        strict = get("strict", False)
        _char("delimiter", delimiter, False)
        _char("escapechar", escapechar, True)
        _char("quotechar", quotechar, True)
        if not isinstance(lineterminator, str):
            raise TypeError('"lineterminator" must be a string')
        if not isinstance(quoting, int) or isinstance(quoting, bool) or quoting not in range(4):
            raise TypeError('bad "quoting" value')
        if quotechar is None and "quoting" not in params:
            quoting = QUOTE_NONE  # no quote character: nothing can be quoted
        if quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        object.__setattr__(self, "delimiter", delimiter)
        object.__setattr__(self, "doublequote", bool(doublequote))
        object.__setattr__(self, "escapechar", escapechar)
        object.__setattr__(self, "lineterminator", lineterminator)
        object.__setattr__(self, "quotechar", quotechar)
        object.__setattr__(self, "quoting", quoting)
        object.__setattr__(self, "skipinitialspace", bool(skipinitialspace))
        object.__setattr__(self, "strict", bool(strict))

    def __setattr__(self, name, value):
        raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


_ValidDialect.__name__ = _ValidDialect.__qualname__ = "Dialect"


def _char(name, value, allow_none):
    if value is None and allow_none:
        return
    if not isinstance(value, str):
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)


class Dialect:
    """Describes a CSV format; subclass it and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _ValidDialect(self, {})
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    """Describe the usual properties of Excel-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Describe the usual properties of Excel-generated TAB-delimited files."""
    delimiter = '\t'


class unix_dialect(Dialect):
    """Describe the usual properties of Unix-generated CSV files."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _ValidDialect(_resolve(dialect), fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def _resolve(dialect):
    if isinstance(dialect, str):
        return get_dialect(dialect)
    return dialect


register_dialect("excel", excel)
register_dialect("excel-tab", excel_tab)
register_dialect("unix", unix_dialect)


# ---- reading -----------------------------------------------------------------------------

# Reader states, as in CPython's _csv.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL) = range(9)
_EOL = None  # fed after each line's characters


class _Reader:

    def __init__(self, iterable, dialect):
        self._input = iter(iterable)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    def _save_field(self):
        field = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _end_line(self, c):
        self._save_field()
        self._state = _START_RECORD if c is _EOL else _EAT_CRNL

    def _process(self, c):
        d = self.dialect
        state = self._state
        newline = c == '\n' or c == '\r'
        if state == _START_RECORD:
            if c is _EOL:
                return
            if newline:
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if newline or c is _EOL:
                self._end_line(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if newline:
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if newline or c is _EOL:
                self._end_line(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add_char('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)  # "" stands for one "
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif newline or c is _EOL:
                self._end_line(c)
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if newline:
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to "
                            "open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be "
                            "opened in text mode)" % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


_Reader.__name__ = _Reader.__qualname__ = "reader"


def reader(csvfile, dialect='excel', **fmtparams):
    """An iterator over the rows (lists of str) of an iterable of lines."""
    d = _ValidDialect(_resolve(dialect), fmtparams)
    return _Reader(csvfile, d)


# ---- writing -----------------------------------------------------------------------------

def _is_number(x):
    return isinstance(x, (int, float, complex)) or (
        not isinstance(x, str) and (hasattr(type(x), '__index__') or
                                    hasattr(type(x), '__float__') or
                                    hasattr(type(x), '__int__')))


class _Writer:

    def __init__(self, fileobj, dialect):
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None
        self.dialect = dialect

    def _field(self, text, quoted):
        d = self.dialect
        special = (d.delimiter, d.escapechar, d.quotechar)
        out = []
        for c in text:
            if c in special or c in d.lineterminator:
                want_escape = False
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        body = ''.join(out)
        if quoted:
            return d.quotechar + body + d.quotechar
        return body

    def writerow(self, row):
        d = self.dialect
        try:
            items = iter(row)
        except TypeError:
            raise Error("iterable expected, not %.200s" % type(row).__name__) from None
        parts = []
        for field in items:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            # A lone empty field must be visible: it is written as "".
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


_Writer.__name__ = _Writer.__qualname__ = "writer"


def writer(fileobj, dialect='excel', **fmtparams):
    """A writer whose writerow(fields) writes one line to fileobj."""
    d = _ValidDialect(_resolve(dialect), fmtparams)
    return _Writer(fileobj, d)


# ---- dict forms ----------------------------------------------------------------------------

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames  # the header row is read first
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel",
                 *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


# ---------------------------------------------------------------------------------
# Sniffer
# ---------------------------------------------------------------------------------

# Pieces of the patterns that find a quoted field with what surrounds it: a delimiter
# (any character but a word character, newline or quote), an optional space after it,
# the quoted text, and the start or end of a line.
_SEP = r'(?P<delim>[^\w\n"\'])'
_GAP = r'(?P<space> ?)'
_QUOTED = r'(?P<quote>["\']).*?(?P=quote)'
_LINE_START, _LINE_END = r'(?:^|\n)', r'(?:$|\n)'
# Tried in this order; the first that matches anywhere in the sample is used.
_QUOTE_CONTEXTS = (_SEP + _GAP + _QUOTED + '(?P=delim)',
                   _LINE_START + _QUOTED + _SEP + _GAP,
                   _SEP + _GAP + _QUOTED + _LINE_END,
                   _LINE_START + _QUOTED + _LINE_END)


def _first_most_frequent(counts):
    """The key with the highest count, the earliest inserted among equals."""
    return max(counts, key=counts.get)


def _spaced_after(line, delimiter):
    """Whether every delimiter in the line is followed by a space."""
    return line.count(delimiter) == line.count(delimiter + ' ')


class Sniffer:
    """Guesses the dialect of a CSV sample (sniff) and whether its first row is a
    header (has_header)."""

    def __init__(self):
        # Delimiters chosen first when several are equally consistent.
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass describing the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._from_quoted_fields(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._from_frequencies(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _from_quoted_fields(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) read from the quoted
        fields of the sample and the characters around them; the delimiter is '' when
        they do not show one."""
        import re
        found = []
        for source in _QUOTE_CONTEXTS:
            found = list(re.finditer(source, data, re.DOTALL | re.MULTILINE))
            if found:
                break
        else:
            return ('', False, None, 0)
        quote_counts, delim_counts, spaced = {}, {}, 0
        for match in found:
            groups = match.groupdict()
            quote_counts[groups['quote']] = quote_counts.get(groups['quote'], 0) + 1
            if 'delim' not in groups:
                continue
            sep = groups['delim']
            if delimiters is None or sep in delimiters:
                delim_counts[sep] = delim_counts.get(sep, 0) + 1
            if groups['space']:
                spaced += 1
        quotechar = _first_most_frequent(quote_counts)
        if delim_counts:
            delim = _first_most_frequent(delim_counts)
            skipinitialspace = delim_counts[delim] == spaced
            if delim == '\n':  # a single column, one quoted value per line
                delim = ''
        else:
            delim, skipinitialspace = '', 0
        # Doubled quotes: a field holding three quote characters between delimiters.
        sep = re.escape(delim)
        inside = f'[^{sep}\\n]*'
        tripled = (f'(({sep})|^)\\W*{quotechar}{inside}{quotechar}{inside}{quotechar}'
                   f'\\W*(({sep})|$)')
        doublequote = re.search(tripled, data, re.MULTILINE) is not None
        return (quotechar, doublequote, delim, skipinitialspace)

    def _from_frequencies(self, data, delimiters):
        """(delimiter, skipinitialspace) from how often each ASCII character occurs per
        line: the delimiter is a character that occurs the same number of times on
        (nearly) every line. Lines are read 10 at a time until one character stands
        out; ('', 0) when none does."""
        lines = [line for line in data.split('\n') if line]
        step = min(10, len(lines))
        per_char = {}   # character -> {occurrences in a line: lines with that many}
        modes = {}      # character -> (usual occurrences, lines with them less the rest)
        chosen = {}
        rounds = 0
        for first in range(0, len(lines), step or 1):
            rounds += 1
            for line in lines[first:first + step]:
                for code in range(127):
                    tally = per_char.setdefault(chr(code), {})
                    times = line.count(chr(code))
                    tally[times] = tally.get(times, 0) + 1
            for char, tally in per_char.items():
                seen = list(tally.items())
                if seen == [(0, seen[0][1])]:
                    continue  # never occurs
                usual = max(seen, key=lambda pair: pair[1])
                others = sum(pair[1] for pair in seen) - usual[1]
                modes[char] = (usual[0], usual[1] - others)
            lines_read = float(min(step * rounds, len(lines)))
            # The share of lines that must agree, relaxed by 1 % steps down to 90 %.
            agreement = 1.0
            while not chosen and agreement >= 0.9:
                for char, (times, lines_agreeing) in modes.items():
                    if times > 0 and lines_agreeing > 0 and \
                            lines_agreeing / lines_read >= agreement and \
                            (delimiters is None or char in delimiters):
                        chosen[char] = (times, lines_agreeing)
                agreement -= 0.01
            if len(chosen) == 1:
                delim = next(iter(chosen))
                return (delim, _spaced_after(lines[0], delim))
            if chosen:
                break  # several candidates: later lines cannot change them
        if not chosen:
            return ('', 0)
        for delim in self.preferred:
            if delim in chosen:
                return (delim, _spaced_after(lines[0], delim))
        delim = max(chosen.items(), key=lambda item: (item[1], item[0]))[0]
        return (delim, _spaced_after(lines[0], delim))

    def has_header(self, sample):
        """Whether the sample's first row looks like a header: votes per column, where
        the rows below agree on a type (numbers) or a length that the first row has
        not."""
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        # Per column: complex (every value a number), a length (every value that long),
        # or None before any row was seen; columns whose rows disagree drop out.
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[col]) != kind else -1
                continue
            try:
                kind(header[col])
            except (ValueError, TypeError):
                votes += 1
            else:
                votes -= 1
        return votes > 0
