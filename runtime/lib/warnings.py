"""Warnings written to stderr the way CPython writes them:
`file:line: Category: message`. Filters support "ignore", "error", "always" and
"default" (once per location), with catch_warnings and simplefilter."""

import sys

__all__ = ["warn", "simplefilter", "filterwarnings", "resetwarnings",
           "catch_warnings", "showwarning", "formatwarning"]

filters = []
_seen = set()


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


def _action_for(category, text, module="__main__"):
    for action, message, cat, lineno in filters:
        if issubclass(category, cat) and (not message or text.startswith(message)):
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
    action = _action_for(category, text, module)
    if action == "ignore":
        return
    if action == "error":
        raise message
    key = (text, category, filename, lineno)
    if action in ("default", "module", "once") and key in _seen:
        return
    _seen.add(key)
    showwarning(message, category, filename, lineno)


def simplefilter(action, category=Warning, lineno=0, append=False):
    entry = (action, "", category, lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    entry = (action, message, category, lineno)
    if append:
        filters.append(entry)
    else:
        filters.insert(0, entry)


def resetwarnings():
    filters.clear()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line


class catch_warnings:
    """Saves and restores the filters; with record=True collects warnings in a list."""

    def __init__(self, *, record=False, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._action = action
        self._category = category

    def __enter__(self):
        global showwarning
        self._filters = filters[:]
        self._showwarning = showwarning
        if self._action is not None:
            simplefilter(self._action, self._category)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file,
                                          line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
