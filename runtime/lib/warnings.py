"""Warnings written to stderr the way CPython writes them:
`file:line: Category: message`. Filters support "ignore", "error", "always" and
"default" (once per location), with catch_warnings and simplefilter. The runtime
reports a coroutine that was never awaited through _warn_unawaited_coroutine, so the
filters apply to it as in CPython."""

import sys

__all__ = ["warn", "simplefilter", "filterwarnings", "resetwarnings",
           "catch_warnings", "showwarning", "formatwarning"]

# (action, message regex or None, category, module regex or None, lineno), as CPython's.
filters = []
_seen = set()
_tracemalloc_asked = False  # CPython would have imported tracemalloc by now


def formatwarning(message, category, filename, lineno, line=None):
    text = f"{filename}:{lineno}: {category.__name__}: {message}\n"
    if line is None:
        import linecache
        line = linecache.getline(filename, lineno)
    if line:
        text += "  " + line.strip() + "\n"
    return text


def showwarning(message, category, filename, lineno, file=None, line=None):
    stream = sys.stderr if file is None else file
    stream.write(formatwarning(message, category, filename, lineno, line))


_formatwarning_orig = formatwarning
_showwarning_orig = showwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    text = _formatwarning_orig(msg.message, msg.category, msg.filename, msg.lineno,
                               msg.line)
    if msg.source is not None:
        # Where the source was made when tracemalloc traces (it records that for
        # coroutines); CPython suggests enabling it when it does not. CPython imports
        # tracemalloc here; at exit, once sys.path is None, that import fails unless an
        # earlier warning made it, and nothing is added.
        global _tracemalloc_asked
        tracer = sys.modules.get("tracemalloc")
        if tracer is None and sys.path is None and not _tracemalloc_asked:
            return text
        _tracemalloc_asked = True
        tracing = tracer is not None and tracer.is_tracing()
        origin = tracer.get_object_traceback(msg.source) if tracing else None
        if origin is not None:
            import linecache
            text += "Object allocated at (most recent call last):\n"
            for frame in origin:
                text += f'  File "{frame.filename}", lineno {frame.lineno}\n'
                line = linecache.getline(frame.filename, frame.lineno).strip()
                if line:
                    text += f"    {line}\n"
        elif not tracing:
            text += (f"{msg.category.__name__}: Enable tracemalloc to get the object "
                     f"allocation traceback\n")
    return text


def _showwarnmsg_impl(msg):
    stream = sys.stderr if msg.file is None else msg.file
    stream.write(_formatwarnmsg(msg))


def _showwarnmsg(msg):
    # A showwarning the program installed gets the fields; otherwise the message goes
    # to _showwarnmsg_impl, which catch_warnings(record=True) replaces.
    if showwarning is not _showwarning_orig:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
                    msg.line)
        return
    _showwarnmsg_impl(msg)


def _action_for(category, text, module="__main__", lineno=0):
    for action, message, cat, mod, ln in filters:
        if (issubclass(category, cat) and (message is None or message.match(text))
                and (mod is None or mod.match(module)) and (not ln or ln == lineno)):
            return action
    # CPython's default filters show DeprecationWarning only when __main__ triggers it.
    if issubclass(category, DeprecationWarning) and module == "__main__":
        return "default"
    if issubclass(category, (DeprecationWarning, PendingDeprecationWarning,
                             ImportWarning, ResourceWarning)):
        return "ignore"
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning (to stderr unless filtered)."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not isinstance(message, Warning):
        # As CPython: showwarning and the recorded WarningMessage get the instance.
        message = category(message)
    text = str(message)
    try:
        frame = sys._getframe(stacklevel)
        filename, lineno = frame.f_code.co_filename, frame.f_lineno
        module = frame.f_globals.get("__name__", "sys")
    except (AttributeError, ValueError):
        filename, lineno, module = "sys", 1, "sys"
    action = _action_for(category, text, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if _first_time(_seen, action, text, category, filename, lineno):
        _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None,
                                    source))


def _first_time(seen, action, text, category, filename, lineno):
    # CPython's registries, one set for all: (text, category, file, line) for what a
    # module's registry holds, (text, category, file, 0) for the "module" action, and
    # (text, category) for the once registry. A warning already in the registry is not
    # shown again whatever the filters now say, until they change.
    key = (text, category, filename, lineno)
    if key in seen:
        return False
    if action == "always":
        return True
    seen.add(key)
    if action == "once":
        key = (text, category)
    elif action == "module":
        key = (text, category, filename, 0)
    else:
        return True
    if key in seen:
        return False
    seen.add(key)
    return True


def _warn_unawaited_coroutine(coro):
    # Called by the runtime when a coroutine that never ran is dropped; stacklevel 2
    # names the code that was running then, as in CPython.
    msg = f"coroutine '{coro.__qualname__}' was never awaited"
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


def _unawaited_at_exit(coro, filters=filters, seen=_seen, first_time=_first_time,
                       sys=sys):
    # The report at exit, once the modules are being torn down: CPython's warnings
    # module can no longer be imported, so its C part reports with the same filters
    # (the default action for RuntimeWarning when none matches) and the sys module's
    # registry as "sys:1", written plainly: no source line, no tracemalloc hint, and
    # neither a replaced showwarning nor catch_warnings' log is called. The "error"
    # action is an exception C can only print as unraisable. The defaults keep what it
    # needs once this module's namespace is emptied.
    text = f"coroutine '{coro.__qualname__}' was never awaited"
    action = "default"
    for act, message, cat, mod, ln in filters:
        if (issubclass(RuntimeWarning, cat) and (message is None or message.match(text))
                and (mod is None or mod.match("sys")) and ln in (0, 1)):
            action = act
            break
    # An error is not entered in the registry: each one is printed. CPython's C part
    # finds the once registry without its version and empties it first, so "once" (as
    # "module") comes down to the sys module's registry.
    if action in ("once", "module"):
        action = "default"
    if action == "ignore" or not first_time(seen, "always" if action == "error" else action,
                                            text, RuntimeWarning, "sys", 1):
        return
    if action == "error":
        text = f"Exception ignored in: {coro!r}\nRuntimeWarning: {text}"
    else:
        text = f"sys:1: RuntimeWarning: {text}"
    sys.stderr.write(text + "\n")


def _add_filter(entry, append):
    _filters_mutated()
    if entry in filters:
        filters.remove(entry)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _add_filter((action, None, category, None, lineno), append)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    if message or module:
        import re
    _add_filter((action, re.compile(message, re.I) if message else None, category,
                 re.compile(module) if module else None, lineno), append)


def _filters_mutated():
    # CPython's registries of warnings already shown are void once filters change.
    _seen.clear()


def resetwarnings():
    filters.clear()
    _filters_mutated()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source


class catch_warnings:
    """Saves and restores the filters; with record=True collects warnings in a list."""

    def __init__(self, *, record=False, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        global showwarning, _showwarnmsg_impl
        self._filters = filters[:]
        self._showwarning = showwarning
        self._showwarnmsg_impl = _showwarnmsg_impl
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            log = []
            _showwarnmsg_impl = log.append
            # The default showwarning, so that _showwarnmsg reaches the log.
            showwarning = _showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning, _showwarnmsg_impl
        filters[:] = self._filters
        _filters_mutated()
        showwarning = self._showwarning
        _showwarnmsg_impl = self._showwarnmsg_impl
