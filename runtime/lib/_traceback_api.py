"""The parts of the traceback module written in Python: FrameSummary, StackSummary,
TracebackException and the functions built on them (extract_tb, format_tb, print_tb,
extract_stack, format_stack, print_stack, format_list, print_list, walk_tb,
walk_stack, clear_frames, print_last).

The traceback module itself is C (runtime/py/mod_traceback.c); it loads this file the
first time one of these names is asked for. Frame texts are drawn as our interpreter
prints uncaught exceptions: the caret line under a source line comes from the same C
code (traceback._carets), so format_tb and print_exc agree to the byte.
"""

import sys
import traceback as _c

__all__ = ['FrameSummary', 'StackSummary', 'TracebackException', 'clear_frames',
           'extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb',
           'print_last', 'print_list', 'print_stack', 'print_tb', 'walk_stack', 'walk_tb']

_REPEAT_SHOWN = 3  # identical consecutive frames shown before "[Previous line repeated ...]"


def _source_line(filename, lineno):
    """The raw text of a line (indentation kept), or ''."""
    import linecache
    return linecache.getline(filename, lineno)


class FrameSummary:
    """One frame of a stack or traceback: where it is, and the source line there."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._line = line
        if lookup_line:
            self.line  # noqa: B018 -- fetched now, as the frame's source may change
        self.locals = ({key: repr(value) for key, value in locals.items()}
                       if locals else None)

    @property
    def _original_line(self):
        self.line  # noqa: B018
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def _fields(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            # Two summaries of the same place are equal whatever line they quote.
            mine = (self.filename, self.lineno, self.name, self.locals)
            return mine == (other.filename, other.lineno, other.name, other.locals)
        if isinstance(other, tuple):
            return self._fields() == other
        return NotImplemented

    __hash__ = None

    def __getitem__(self, pos):
        return self._fields()[pos]

    def __iter__(self):
        return iter(self._fields())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _effective_limit(limit):
    if limit is None:
        # Read sys's own dict: a getattr of a name sys lacks would load _sysinfo (sys's
        # module __getattr__), which lives in the library bundle's rarely used part.
        limit = vars(sys).get('tracebacklimit')
        if limit is not None and limit < 0:
            limit = 0
    return limit


class StackSummary(list):
    """A list of FrameSummary objects, outermost first for tracebacks."""

    @classmethod
    def extract(cls, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        return cls._from_positions(((frame, (lineno, None, None, None))
                                    for frame, lineno in frame_gen),
                                   limit, lookup_lines, capture_locals)

    @classmethod
    def _from_positions(cls, entries, limit, lookup_lines, capture_locals):
        limit = _effective_limit(limit)
        chosen = []
        if limit is None:
            chosen = list(entries)
        elif limit >= 0:
            for entry in entries:
                if len(chosen) >= limit:
                    break
                chosen.append(entry)
        else:
            chosen = list(entries)[limit:]
        summary = cls()
        for frame, (lineno, end_lineno, colno, end_colno) in chosen:
            code = frame.f_code
            summary.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=frame.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for frame_summary in summary:
                frame_summary.line  # noqa: B018
        return summary

    @classmethod
    def from_list(cls, a_list):
        # Always a plain StackSummary, whatever class it is called on (as CPython).
        summary = StackSummary()
        for item in a_list:
            if isinstance(item, FrameSummary):
                summary.append(item)
            else:
                filename, lineno, name, line = item
                summary.append(FrameSummary(filename, lineno, name, line=line))
        return summary

    def format_frame_summary(self, frame_summary):
        fs = frame_summary
        text = f'  File "{fs.filename}", line {fs.lineno}, in {fs.name}\n'
        if fs.line:
            text += f'    {fs.line}\n'
            if fs.colno is not None and fs.end_colno is not None:
                text += _c._carets(fs.filename, fs.lineno, fs.end_lineno, fs.colno,
                                   fs.end_colno)
        if fs.locals:
            for name in sorted(fs.locals):
                text += f'    {name} = {fs.locals[name]}\n'
        return text

    def format(self):
        pieces = []
        previous, repeats = None, 0

        def note_repeats():
            extra = repeats - _REPEAT_SHOWN
            if extra > 0:
                plural = 's' if extra > 1 else ''
                pieces.append(f'  [Previous line repeated {extra} more time{plural}]\n')

        for frame_summary in self:
            text = self.format_frame_summary(frame_summary)
            if text is None:
                continue
            where = (frame_summary.filename, frame_summary.lineno, frame_summary.name)
            if where != previous or None in where:
                note_repeats()
                previous, repeats = where, 0
            repeats += 1
            if repeats <= _REPEAT_SHOWN:
                pieces.append(text)
        note_repeats()
        return pieces


# ---- walking ------------------------------------------------------------------------------

def walk_tb(tb):
    """(frame, line number) of each entry of a traceback, outermost first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """(frame, line number) of f and each of its callers. Without f, from the frame that
    called the function that called the one iterating (as CPython counts it)."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_entries(tb):
    # Each entry with the span of the instruction it stopped at.
    while tb is not None:
        positions = _c._positions(tb)
        if positions[0] is None:
            positions = (tb.tb_lineno,) + positions[1:]
        yield tb.tb_frame, positions
        tb = tb.tb_next


# ---- functions -------------------------------------------------------------------------

def extract_tb(tb, limit=None):
    return StackSummary._from_positions(_tb_entries(tb), limit, True, False)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    out = sys.stderr if file is None else file
    for piece in format_list(extracted_list):
        print(piece, file=out, end='')


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def extract_stack(f=None, limit=None):
    start = sys._getframe(1) if f is None else f
    stack = StackSummary.extract(walk_stack(start), limit=limit)
    stack.reverse()
    return stack


def format_stack(f=None, limit=None):
    start = sys._getframe(1) if f is None else f
    return format_list(extract_stack(start, limit=limit))


def print_stack(f=None, limit=None, file=None):
    start = sys._getframe(1) if f is None else f
    print_list(extract_stack(start, limit=limit), file=file)


def clear_frames(tb):
    """Lets go of the local variables of each frame of a traceback."""
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except (RuntimeError, AttributeError):
            # A frame still running keeps its variables; ours are snapshots.
            pass
        tb = tb.tb_next


_no_value = object()


def _value_and_tb(exc, value, tb):
    # The (exc) and (type, value, tb) call forms.
    if (value is _no_value) != (tb is _no_value):
        raise ValueError('Both or neither of value and tb must be given')
    if value is not _no_value:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return exc, exc.__traceback__


def format_exception(exc, /, value=_no_value, tb=_no_value, limit=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    summary = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(summary.format(chain=chain))


def format_exception_only(exc, /, value=_no_value):
    if value is _no_value:
        value = exc
    summary = TracebackException(type(value), value, None, compact=True)
    return list(summary.format_exception_only())


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_type'):
        raise ValueError('no last exception')
    _c.print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit,
                       file=file, chain=chain)


# ---- TracebackException -------------------------------------------------------------

def _type_label(exc_type):
    """The exception type as the report's last line names it."""
    if exc_type is None:
        return 'None'
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module not in ('__main__', 'builtins'):
        if not isinstance(module, str):
            module = '<unknown>'
        name = f'{module}.{name}'
    return name


def _guarded(convert, value, what):
    """convert(value), or a placeholder naming what failed to convert."""
    try:
        return convert(value)
    except Exception:
        return f'<{what} {convert.__name__}() failed>'


def _last_line(label, text):
    return f'{label}: {text}\n' if text else f'{label}\n'


class TracebackException:
    """An exception captured for later formatting: its type, text, stack, notes, and
    those of its cause, context and (for a group) sub-exceptions."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        seen = set() if _seen is None else _seen
        seen.add(id(exc_value))
        self._exc = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._from_positions(_tb_entries(exc_traceback), limit,
                                                  lookup_lines, capture_locals)
        self.exc_type = exc_type
        self._str = _guarded(str, exc_value, 'exception')
        notes = getattr(exc_value, '__notes__', None)
        self.__notes__ = notes
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            line = exc_value.lineno
            self.lineno = str(line) if line is not None else None
            end_line = exc_value.end_lineno
            self.end_lineno = str(end_line) if end_line is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            for frame_summary in self.stack:
                frame_summary.line  # noqa: B018
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        options = dict(limit=limit, lookup_lines=lookup_lines, capture_locals=capture_locals,
                       max_group_width=max_group_width, max_group_depth=max_group_depth,
                       _seen=seen)
        self.__cause__ = self.__context__ = None
        if exc_value is not None:
            cause = exc_value.__cause__
            if cause is not None and id(cause) not in seen:
                self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__,
                                                    **options)
            context = exc_value.__context__
            if context is not None and id(context) not in seen and \
                    not (compact and (self.__cause__ is not None or
                                      self.__suppress_context__)):
                self.__context__ = TracebackException(type(context), context,
                                                      context.__traceback__, **options)
        self.exceptions = None
        if exc_value is not None and isinstance(exc_value, BaseExceptionGroup):
            self.exceptions = [TracebackException(type(sub), sub, sub.__traceback__,
                                                  **options)
                               for sub in exc_value.exceptions]

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    @property
    def exc_type_str(self):
        return _type_label(self.exc_type)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self._comparable() == other._comparable()
        return NotImplemented

    def _comparable(self):
        return {key: value for key, value in self.__dict__.items()
                if key not in ('_exc', '_tb', '_limit')}

    def __str__(self):
        return self._str

    def format_exception_only(self):
        label = _type_label(self.exc_type)
        if self.exc_type is None:
            yield _last_line(label, self._str)
            return
        if issubclass(self.exc_type, SyntaxError):
            yield from self._syntax_error_lines(label)
        else:
            yield _last_line(label, self._str)
        notes = self.__notes__
        if notes is None:
            return
        from collections.abc import Sequence
        if isinstance(notes, Sequence):
            for note in notes:
                for line in _guarded(str, note, 'note').split('\n'):
                    yield line + '\n'
        else:
            # No newline after it: CPython 3.11 yields it so.
            yield _guarded(repr, notes, '__notes__')

    def _syntax_error_lines(self, label):
        # Where (file and line, or the file after the message), the offending text
        # with its leading blanks dropped, carets under the span, then the message.
        where_after = ''
        if self.lineno is not None:
            yield f'  File "{self.filename or "<string>"}", line {self.lineno}\n'
        elif self.filename is not None:
            where_after = f' ({self.filename})'
        if self.text is not None:
            full = self.text.rstrip('\n')
            shown = full.lstrip(' \n\f')
            dropped = len(full) - len(shown)
            yield f'    {shown}\n'
            if self.offset is not None:
                first = self.offset
                last = first if self.end_offset in (None, 0) else self.end_offset
                if last == first or last == -1:
                    last = first + 1
                start, stop = first - 1 - dropped, last - 1 - dropped
                if start >= 0:
                    pad = ''.join(c if c.isspace() else ' ' for c in shown[:start])
                    yield f'    {pad}{"^" * (stop - start)}\n'
        yield f'{label}: {self.msg or "<no detail available>"}{where_after}\n'

    def _own_report(self):
        """This exception alone (no cause or context): traceback then message."""
        if self.exceptions is not None and self._exc is not None:
            # Groups are drawn by the C printer, with their boxes.
            exc = self._exc
            saved = exc.__traceback__
            try:
                exc.__traceback__ = self._tb
                return _c._format_exception(exc, limit=self._limit, chain=False)
            finally:
                exc.__traceback__ = saved
        pieces = []
        if self.stack:
            pieces.append('Traceback (most recent call last):\n')
            pieces += self.stack.format()
        pieces += self.format_exception_only()
        return pieces

    def format(self, *, chain=True, _ctx=None):
        links = []
        current, note = self, None
        while current is not None:
            links.append((note, current))
            if not chain:
                break
            if current.__cause__ is not None:
                note = ('\nThe above exception was the direct cause '
                        'of the following exception:\n\n')
                current = current.__cause__
            elif current.__context__ is not None and not current.__suppress_context__:
                note = ('\nDuring handling of the above exception, '
                        'another exception occurred:\n\n')
                current = current.__context__
            else:
                current = None
        for note, link in reversed(links):
            yield from link._own_report()
            if note is not None:
                yield note

    def print(self, *, file=None, chain=True):
        out = sys.stderr if file is None else file
        for piece in self.format(chain=chain):
            print(piece, file=out, end='')


# They are the traceback module's names (reprs, pickling, __module__).
for _name in __all__:
    globals()[_name].__module__ = 'traceback'
del _name
