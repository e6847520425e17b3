"""doctest for Taskscope: testmod() and run_docstring_examples() find the `>>>`
examples in docstrings, run them and compare what they print with what the docstring
shows, reporting failures in CPython 3.11's words. Supported: expected output and
expected exceptions (the "Traceback (most recent call last):" form, compared on the
exception line), the ELLIPSIS and NORMALIZE_WHITESPACE options (as flags or as
`# doctest: +OPTION` directives), verbose reports. Not offered: testfile (there are
no files), DocTestSuite, the debugger, the other option flags."""

import re
import sys
import traceback
from collections import namedtuple

__all__ = ['testmod', 'run_docstring_examples', 'TestResults', 'ELLIPSIS',
           'NORMALIZE_WHITESPACE', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
           'IGNORE_EXCEPTION_DETAIL', 'REPORT_ONLY_FIRST_FAILURE', 'FAIL_FAST']

TestResults = namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def _flag(name):
    value = 1 << len(OPTIONFLAGS_BY_NAME)
    OPTIONFLAGS_BY_NAME[name] = value
    return value


DONT_ACCEPT_TRUE_FOR_1 = _flag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = _flag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = _flag('NORMALIZE_WHITESPACE')
ELLIPSIS = _flag('ELLIPSIS')
SKIP = _flag('SKIP')
IGNORE_EXCEPTION_DETAIL = _flag('IGNORE_EXCEPTION_DETAIL')
REPORT_UDIFF = _flag('REPORT_UDIFF')
REPORT_CDIFF = _flag('REPORT_CDIFF')
REPORT_NDIFF = _flag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = _flag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = _flag('FAIL_FAST')

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'

_EXAMPLE = re.compile(r'''
    (?P<source>
        (?:^(?P<indent> [ ]*) >>>    .*)    # the first line
        (?:\n           [ ]*  \.\.\. .*)*)  # continuation lines
    \n?
    (?P<want> (?:(?![ ]*$)(?![ ]*>>>) .+$\n?)*)   # output up to a blank line or >>>
    ''', re.MULTILINE | re.VERBOSE)
_TRACEBACK = re.compile(r'''
    ^(?P<msg> Traceback\ \(
        (?: most\ recent\ call\ last | innermost\ last ) \) :
    )
    \s* $
    (?P<stack> .*?)
    ^ (?P<exc> \w+ .*)
    ''', re.VERBOSE | re.MULTILINE | re.DOTALL)
_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)

_SEPARATOR = '*' * 70


class Example:
    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        self.source = source if source.endswith('\n') else source + '\n'
        self.want = want if (not want or want.endswith('\n')) else want + '\n'
        self.exc_msg = exc_msg
        self.lineno = lineno
        self.indent = indent
        self.options = options or {}


def _examples(text):
    """The examples of a docstring, with their line numbers within it."""
    text = text.expandtabs()
    found = []
    line = 0
    position = 0
    for m in _EXAMPLE.finditer(text):
        line += text.count('\n', position, m.start())
        indent = len(m.group('indent'))
        source_lines = m.group('source').split('\n')
        source = '\n'.join(l[indent + 4:] for l in source_lines)
        want_lines = m.group('want').split('\n')
        if len(want_lines) > 1 and re.match(r' *$', want_lines[-1]):
            del want_lines[-1]
        want = '\n'.join(l[indent:] for l in want_lines)
        exc = _TRACEBACK.match(want)
        options = {}
        for directive in _DIRECTIVE.finditer(source):
            for option in directive.group(1).replace(',', ' ').split():
                if option[:1] in '+-' and option[1:] in OPTIONFLAGS_BY_NAME:
                    options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        found.append(Example(source, want, exc.group('exc') + '\n' if exc else None,
                             line, indent, options))
        line += text.count('\n', m.start(), m.end())
        position = m.end()
    return found


def _normalize(text):
    return ' '.join(text.split())


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    start, end = 0, len(got)
    first, last = pieces[0], pieces[-1]
    if first:
        if not got.startswith(first):
            return False
        start = len(first)
        del pieces[0]
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
        del pieces[-1]
    if start > end:
        return False
    for piece in pieces:
        found = got.find(piece, start, end)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def _output_matches(want, got, flags):
    if got == want:
        return True
    if not (flags & DONT_ACCEPT_TRUE_FOR_1):
        if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
            return True
    if not (flags & DONT_ACCEPT_BLANKLINE):
        want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
        got = re.sub(r'(?m)^[^\S\n]+$', '', got)
        if got == want:
            return True
    if flags & NORMALIZE_WHITESPACE:
        got, want = _normalize(got), _normalize(want)
        if got == want:
            return True
    if flags & ELLIPSIS:
        return _ellipsis_match(want, got)
    return False


def _indented(text, indent=4):
    return re.sub(r'(?m)^(?!$)', ' ' * indent, text)


class _Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def take(self):
        text = ''.join(self.parts)
        self.parts = []
        return text


def _run_example(source, filename, globs):
    """Runs an example as the interactive interpreter would: an expression's value,
    unless None, is printed with its repr (and kept as `_`)."""
    try:
        code = compile(source, filename, 'eval')
    except SyntaxError:
        exec(compile(source, filename, 'exec'), globs)
        return
    value = eval(code, globs)
    if value is not None:
        import builtins
        builtins._ = value
        sys.stdout.write(repr(value) + '\n')


class DocTestRunner:
    """Runs the examples of docstrings and keeps the tally per name."""

    def __init__(self, verbose=None, optionflags=0):
        self._verbose = bool(verbose)
        self.optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._names = {}

    def run_docstring(self, docstring, globs, name, filename, lineno, out):
        examples = _examples(docstring or '')
        if not examples:
            self._names.setdefault(name, (0, 0))
            return 0, 0
        failures = tries = 0
        capture = _Capture()
        saved = sys.stdout
        for index, example in enumerate(examples):
            flags = self.optionflags
            for flag, on in example.options.items():
                flags = flags | flag if on else flags & ~flag
            if flags & SKIP:
                continue
            tries += 1
            if self._verbose:
                want = example.want
                out('Trying:\n' + _indented(example.source)
                    + ('Expecting:\n' + _indented(want) if want else 'Expecting nothing\n'))
            sys.stdout = capture
            error = None
            try:
                try:
                    _run_example(example.source, '<doctest %s[%d]>' % (name, index), globs)
                finally:
                    sys.stdout = saved
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                error = e
            got = capture.take()
            if error is None:
                ok = _output_matches(example.want, got, flags)
                detail = None
            else:
                exc_line = ''.join(traceback.format_exception_only(error))
                if example.exc_msg is None:
                    ok = False
                    detail = exc_line
                else:
                    ok = _output_matches(example.exc_msg, exc_line, flags)
                    if not ok and flags & IGNORE_EXCEPTION_DETAIL:
                        ok = (example.exc_msg.split(':')[0].rsplit('.', 1)[-1]
                              == exc_line.split(':')[0].rsplit('.', 1)[-1])
                    detail = None if ok else exc_line
                    if not ok:
                        got = exc_line
            if ok:
                if self._verbose:
                    out('ok\n')
                continue
            failures += 1
            where = ('line %s' % (lineno + example.lineno + 1)) if lineno is not None else 'line ?'
            report = [_SEPARATOR + '\n',
                      'File "%s", %s, in %s\n' % (filename, where, name),
                      'Failed example:\n', _indented(example.source)]
            if error is not None and example.exc_msg is None:
                report.append('Exception raised:\n')
                report.append(_indented(''.join(traceback.format_exception(error))))
            else:
                if example.want:
                    report.append('Expected:\n' + _indented(example.want))
                else:
                    report.append('Expected nothing\n')
                report.append('Got:\n' + _indented(got) if got else 'Got nothing\n')
            out(''.join(report))
            if flags & FAIL_FAST:
                break
        self.tries += tries
        self.failures += failures
        old = self._names.get(name, (0, 0))
        self._names[name] = (old[0] + failures, old[1] + tries)
        return failures, tries

    def summarize(self, verbose=None):
        verbose = self._verbose if verbose is None else verbose
        passed = [(n, t) for n, (f, t) in self._names.items() if f == 0 and t]
        failed = [(n, (f, t)) for n, (f, t) in self._names.items() if f]
        empty = sorted(n for n, (f, t) in self._names.items() if not t)
        lines = []
        if verbose:
            if empty:
                lines.append('%d items had no tests:' % len(empty))
                lines.extend('    ' + name for name in empty)
            if passed:
                lines.append('%d items passed all tests:' % len(passed))
                for name, tries in sorted(passed):
                    lines.append(' %3d tests in %s' % (tries, name))
        if failed:
            lines.append(_SEPARATOR)
            lines.append('%d items had failures:' % len(failed))
            for name, (f, t) in sorted(failed):
                lines.append(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            lines.append('%d tests in %d items.' % (self.tries, len(self._names)))
            lines.append('%d passed and %d failed.' % (self.tries - self.failures, self.failures))
        if self.failures:
            lines.append('***Test Failed*** %d failures.' % self.failures)
        elif verbose:
            lines.append('Test passed.')
        if lines:
            print('\n'.join(lines))
        return TestResults(self.failures, self.tries)


def _source_lines(filename):
    try:
        import linecache
        lines = linecache.getlines(filename)
    except Exception:
        lines = []
    if lines:
        return lines
    # Our linecache may not see the program's own file; the traceback module can
    # read its lines (blank lines read as '' too, so stop after a long blank run).
    reader = getattr(traceback, '_source_line', None)
    if reader is None:
        return []
    lines = []
    blank = 0
    while blank < 200:
        line = reader(filename, len(lines) + 1)
        lines.append(line + '\n' if line else '\n')
        blank = blank + 1 if not line else 0
    return lines


def _docstring_line(obj, source_lines):
    """The 0-based line of obj's docstring in its file, or None."""
    code = getattr(obj, '__code__', None)
    if code is None and isinstance(obj, type):
        pattern = re.compile(r'^\s*class\s*%s\b' % getattr(obj, '__name__', '-'))
        for i, line in enumerate(source_lines):
            if pattern.match(line):
                start = i
                break
        else:
            return None
    elif code is not None:
        start = code.co_firstlineno - 1
    else:
        return 0 if source_lines else None
    opening = re.compile(r'(^|.*:)\s*\w*("|\')')
    for i in range(start, len(source_lines)):
        if opening.match(source_lines[i]):
            return i
    return None


def _collect(module):
    """(qualified name, object) for the module and what it defines, CPython's order."""
    found = [(module.__name__, module)]
    seen = {id(module)}

    def visit(prefix, namespace, owner_module):
        for key in sorted(namespace):
            value = namespace[key]
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if id(value) in seen:
                continue
            if callable(value) or isinstance(value, type) or isinstance(value, property):
                target = value.fget if isinstance(value, property) else value
                if getattr(target, '__module__', owner_module) != owner_module:
                    continue
                seen.add(id(value))
                name = '%s.%s' % (prefix, key)
                found.append((name, value))
                if isinstance(value, type):
                    visit(name, dict(vars(value)), owner_module)
    visit(module.__name__, dict(vars(module)), module.__name__)
    extra = getattr(module, '__test__', None)
    if isinstance(extra, dict):
        for key, value in sorted(extra.items()):
            found.append(('%s.__test__.%s' % (module.__name__, key), value))
    return found


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Runs the examples in the docstrings of module m (default __main__); prints the
    failures and, if report, the summary; returns TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    name = name or m.__name__
    filename = getattr(m, '__file__', None) or name
    source_lines = _source_lines(filename)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    items = _collect(m)
    base = dict(m.__dict__) if globs is None else dict(globs)
    if extraglobs:
        base.update(extraglobs)

    def out(text):
        sys.stdout.write(text)
    for qualname, obj in sorted(items, key=lambda item: item[0]):
        doc = obj if isinstance(obj, str) else getattr(obj, '__doc__', None)
        if isinstance(obj, property):
            doc = obj.__doc__
        if not isinstance(doc, str):
            doc = ''
        if obj is m:
            lineno = 0
        else:
            lineno = _docstring_line(getattr(obj, 'fget', obj), source_lines)
        runner.run_docstring(doc, dict(base), qualname, filename, lineno, out)
    if report:
        return runner.summarize()
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Runs the examples in f's docstring against globs (failures printed)."""
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    doc = f if isinstance(f, str) else getattr(f, '__doc__', None) or ''
    code = getattr(f, '__code__', None)
    filename = code.co_filename if code is not None else name
    lineno = _docstring_line(f, _source_lines(filename)) if code is not None else None
    runner.run_docstring(doc, dict(globs), name, filename, lineno,
                         lambda text: sys.stdout.write(text))


def testfile(filename, *args, **kwargs):
    raise OSError("doctest.testfile: Taskscope programs have no file system (%r)" % filename)
