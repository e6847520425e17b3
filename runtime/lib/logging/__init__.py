"""Logging as CPython's logging module does it, for one thread: the logger tree,
levels, stream handlers, %- and {-style formatters, filters, LoggerAdapter,
basicConfig. What differs is listed in docs/interpreter.md."""

import sys
import time

__all__ = ["BASIC_FORMAT", "CRITICAL", "DEBUG", "ERROR", "FATAL", "Filter", "Formatter",
           "Handler", "INFO", "LogRecord", "Logger", "LoggerAdapter", "NOTSET",
           "NullHandler", "StreamHandler", "WARN", "WARNING", "addLevelName",
           "basicConfig", "critical", "debug", "disable", "error", "exception", "fatal",
           "getLevelName", "getLogger", "getLoggerClass", "info", "log",
           "makeLogRecord", "setLoggerClass", "shutdown", "warn", "warning",
           "getLogRecordFactory", "setLogRecordFactory", "lastResort", "raiseExceptions",
           "PercentStyle", "StrFormatStyle", "StringTemplateStyle", "root",
           "getLevelNamesMapping", "captureWarnings", "FileHandler"]

# ---- levels ----------------------------------------------------------------------------

NOTSET, DEBUG, INFO, WARNING, ERROR, CRITICAL = 0, 10, 20, 30, 40, 50
WARN = WARNING
FATAL = CRITICAL

# Names by number and numbers by name (the aliases WARN and FATAL only by name).
# unittest's assertLogs reads _nameToLevel.
_levelToName = {}
_nameToLevel = {}
for _number, _names in ((CRITICAL, ("CRITICAL", "FATAL")), (ERROR, ("ERROR",)),
                        (WARNING, ("WARNING", "WARN")), (INFO, ("INFO",)),
                        (DEBUG, ("DEBUG",)), (NOTSET, ("NOTSET",))):
    _levelToName[_number] = _names[0]
    for _name in _names:
        _nameToLevel[_name] = _number
del _number, _names, _name

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

# The moment logging was imported: relativeCreated counts from here, as in CPython.
_startTime = time.time()


def getLevelNamesMapping():
    """A copy of the level numbers by name."""
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, or 'Level %s'."""
    if level in _levelToName:
        return _levelToName[level]
    if level in _nameToLevel:
        return _nameToLevel[level]
    return "Level %s" % level


def addLevelName(level, levelName):
    """Names a level number (both ways)."""
    _levelToName[level], _nameToLevel[levelName] = levelName, level


def _level_number(level):
    """A level given as a number or a registered name, as a number."""
    if isinstance(level, int):
        return level
    if isinstance(level, str) and str(level) == level:
        number = _nameToLevel.get(level)
        if number is None:
            raise ValueError("Unknown level: %r" % level)
        return number
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# Frames whose code comes from this file are logging's own: the caller of a logging
# call is the first frame from anywhere else.
_srcfile = _level_number.__code__.co_filename


# ---- records ---------------------------------------------------------------------------

def _base_name(path):
    return path[path.rfind("/") + 1:]


def _without_extension(filename):
    # Like os.path.splitext: leading dots do not start an extension.
    dot = filename.rfind(".")
    if dot > 0 and filename[:dot].strip("."):
        return filename[:dot]
    return filename


class LogRecord:
    """One logged event: the message and its arguments, level, where and when."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info, func=None,
                 sinfo=None, **kwargs):
        now = time.time()
        # A single non-empty dict argument serves %(key)s formats.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            self.filename = _base_name(pathname)
            self.module = _without_extension(self.filename)
        except (AttributeError, TypeError):   # a pathname that is not a str
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        # One thread in one process.
        self.thread = 1
        self.threadName = "MainThread"
        self.processName = "MainProcess"
        self.process = 1

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in by %."""
        text = str(self.msg)
        return text % self.args if self.args else text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes are those of the given dict."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---- formatters ------------------------------------------------------------------------

class PercentStyle:
    """Formats a record's attributes with a %(name)s format string."""

    default_format = "%(message)s"
    asctime_format = "%(asctime)s"
    asctime_search = "%(asctime)"

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt if fmt else self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        """Format strings are not checked in advance here."""

    def _values(self, record):
        if not self._defaults:
            return record.__dict__
        merged = dict(self._defaults)
        merged.update(record.__dict__)
        return merged

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError("Formatting field not found in record: %s" % missing)


class StrFormatStyle(PercentStyle):
    """Formats with a {name} format string (str.format)."""

    default_format = "{message}"
    asctime_format = "{asctime}"
    asctime_search = "{asctime"

    def _format(self, record):
        return self._fmt.format(**self._values(record))


class StringTemplateStyle(PercentStyle):
    """Formats with a $name template (string.Template)."""

    default_format = "${message}"
    asctime_format = "${asctime}"
    asctime_search = "${asctime}"

    def usesTime(self):
        return "$asctime" in self._fmt or self.asctime_search in self._fmt

    def _format(self, record):
        import string
        return string.Template(self._fmt).substitute(**self._values(record))


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# Each style character: its formatting class and basicConfig's default format.
_STYLES = {"%": (PercentStyle, BASIC_FORMAT),
           "{": (StrFormatStyle, "{levelname}:{name}:{message}"),
           "$": (StringTemplateStyle, "${levelname}:${name}:${message}")}


def _check_style(style):
    if style not in _STYLES:
        raise ValueError("Style must be one of: %s" % ",".join(_STYLES))


def _after_newline(text, addition):
    """text, then addition on a line of its own."""
    if not text.endswith("\n"):
        text += "\n"
    return text + addition


class Formatter:
    """Turns a LogRecord into text with a format string."""

    default_time_format = "%Y-%m-%d %H:%M:%S"
    default_msec_format = "%s,%03d"

    def __init__(self, fmt=None, datefmt=None, style="%", validate=True, *,
                 defaults=None):
        _check_style(style)
        style_class = _STYLES[style][0]
        self._style = style_class(fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    # Turns record.created into a struct_time: local time, unless a program sets
    # time.gmtime here (on a formatter or on the class) for UTC timestamps.
    converter = time.localtime

    def _converter(self):
        # CPython's time functions are builtins, which a class attribute does not bind
        # to the instance; ours are Python functions, so the raw attribute is used.
        found = self.__dict__.get("converter")
        if found is None:
            for klass in type(self).__mro__:
                if "converter" in klass.__dict__:
                    found = klass.__dict__["converter"]
                    break
        return found.__func__ if isinstance(found, staticmethod) else found

    def formatTime(self, record, datefmt=None):
        """The record's creation time with datefmt (time.strftime codes)."""
        moment = self._converter()(record.created)
        if datefmt:
            return time.strftime(datefmt, moment)
        text = time.strftime(self.default_time_format, moment)
        if not self.default_msec_format:
            return text
        return self.default_msec_format % (text, record.msecs)

    def formatException(self, ei):
        """The traceback of an exc_info triple, without its final newline."""
        import traceback
        text = "".join(traceback.format_exception(ei[0], ei[1], ei[2]))
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text: the formatted line, then the traceback (worked out
        once and kept in exc_text) and the stack, if any."""
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _after_newline(text, record.exc_text)
        if record.stack_info:
            text = _after_newline(text, self.formatStack(record.stack_info))
        return text


_plain_formatter = Formatter()


# ---- filters ---------------------------------------------------------------------------

class Filter:
    """Lets through records of the named logger and its children (all if name is '')."""

    def __init__(self, name=""):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        return record.name.startswith(self.name + ".")


def _add_once(items, item):
    if item not in items:
        items.append(item)


def _remove_if_there(items, item):
    if item in items:
        items.remove(item)


class Filterer:
    """Something with a list of filters: objects with a filter() method or callables."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        _add_once(self.filters, filter)

    def removeFilter(self, filter):
        _remove_if_there(self.filters, filter)

    def filter(self, record):
        """False as soon as one filter rejects the record."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, "filter") else check(record)
            if not verdict:
                return False
        return True


# ---- handlers --------------------------------------------------------------------------

# Handlers by name, and every handler made (shutdown() flushes and closes them).
_handlers = {}
_handlerList = []


class Handler(Filterer):
    """Where records go: subclasses implement emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_number(level)
        self.formatter = None
        self._closed = False
        self.lock = None
        _handlerList.append(self)

    def get_name(self):
        return self._name

    def set_name(self, name):
        _handlers.pop(self._name, None)
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    # One thread: there is nothing to lock.
    def createLock(self):
        self.lock = None

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _level_number(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _plain_formatter).format(record)

    def emit(self, record):
        raise NotImplementedError("emit must be implemented by Handler subclasses")

    def handle(self, record):
        """Emits the record if the filters let it through; returns their verdict."""
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name:
            _handlers.pop(self._name, None)

    def handleError(self, record):
        """Reports a failure inside emit() on stderr, as CPython does, and goes on."""
        if not (raiseExceptions and sys.stderr):
            return
        import traceback
        failure = sys.exception()
        err = sys.stderr
        try:
            err.write("--- Logging error ---\n")
            traceback.print_exception(failure, file=err)
            err.write("Call stack:\n")
            err.write("".join(traceback.format_stack()[:-2]))
            try:
                err.write("Message: %r\nArguments: %s\n" % (record.msg, record.args))
            except Exception:
                err.write("Unable to print the message and arguments - possible "
                          "formatting error.\nUse the traceback above to help find "
                          "the error.\n")
        except OSError:
            pass

    def __repr__(self):
        return "<%s (%s)>" % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and a newline to a stream (sys.stderr by default)."""

    terminator = "\n"

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        stream = self.stream
        if stream and hasattr(stream, "flush"):
            stream.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Swaps the stream (flushing the old one) and returns the old one, or None
        when it is the same."""
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, "name", ""))
        if label:
            label += " "
        return "<%s %s(%s)>" % (type(self).__name__, label, getLevelName(self.level))


class FileHandler(StreamHandler):
    """Programs run without a file system here: creating one raises OSError."""

    def __init__(self, filename, mode="a", encoding=None, delay=False, errors=None):
        raise OSError("Taskscope has no file system: FileHandler cannot open %r"
                      % (filename,))


class _StderrHandler(StreamHandler):
    """The last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# Records no handler takes go here (lastResort may be replaced or set to None).
lastResort = _defaultLastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """A handler that drops everything (for libraries)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ---- the logger tree -------------------------------------------------------------------

class PlaceHolder:
    """Stands in the tree for a logger nobody asked for yet, remembering the
    loggers below it (loggerMap's keys) to re-parent when it is created."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


_loggerClass = None


def setLoggerClass(klass):
    """The class getLogger() makes new loggers of (Logger or a subclass)."""
    global _loggerClass
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Keeps the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError("A logger name must be a string")
        existing = self.loggerDict.get(name)
        if isinstance(existing, PlaceHolder) or existing is None:
            logger = (self.loggerClass or _loggerClass)(name)
            logger.manager = self
            self.loggerDict[name] = logger
            if existing is not None:
                self._adopt(existing, logger)
            self._link_to_ancestor(logger)
            return logger
        return existing

    def setLoggerClass(self, klass):
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _link_to_ancestor(self, logger):
        # Walk the dotted prefixes of the name, longest first, up to the first one
        # that is a logger; those without one get a placeholder remembering this
        # logger.
        name = logger.name
        parent = None
        cut = name.rfind(".")
        while cut > 0 and parent is None:
            prefix = name[:cut]
            holder = self.loggerDict.get(prefix)
            if holder is None:
                self.loggerDict[prefix] = PlaceHolder(logger)
            elif isinstance(holder, Logger):
                parent = holder
            else:
                holder.append(logger)
            cut = name.rfind(".", 0, cut - 1)
        logger.parent = parent or self.root

    def _adopt(self, placeholder, logger):
        # The loggers below a placeholder whose parent is above the new logger now
        # hang from it, and it from their former parent.
        for child in placeholder.loggerMap:
            if not child.parent.name.startswith(logger.name):
                logger.parent = child.parent
                child.parent = logger

    def _clear_cache(self):
        # Levels or the disable threshold changed: isEnabledFor must look again.
        self.root._cache.clear()
        for entry in self.loggerDict.values():
            if not isinstance(entry, PlaceHolder):
                entry._cache.clear()


def _deprecated(message):
    # Attributed to the code that called the deprecated function.
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=3)


def _logging_at(level, method):
    """A Logger method logging at one level (debug, info, ...)."""
    def log_at_level(self, msg, *args, **options):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **options)
    log_at_level.__name__ = method
    log_at_level.__qualname__ = "Logger." + method
    return log_at_level


def _adapting_at(level, method):
    """A LoggerAdapter method logging at one level."""
    def adapt_at_level(self, msg, *args, **kwargs):
        self.log(level, msg, *args, **kwargs)
    adapt_at_level.__name__ = method
    adapt_at_level.__qualname__ = "LoggerAdapter." + method
    return adapt_at_level


def _to_logger(method):
    """A LoggerAdapter method that calls the same method of its logger."""
    def delegated(self, *args):
        return getattr(self.logger, method)(*args)
    delegated.__name__ = method
    delegated.__qualname__ = "LoggerAdapter." + method
    return delegated


class Logger(Filterer):
    """A named channel: records at or above its effective level go to its handlers and,
    while propagate is true, to its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}   # isEnabledFor's answers by level

    def setLevel(self, level):
        self.level = _level_number(level)
        self.manager._clear_cache()

    debug = _logging_at(DEBUG, "debug")
    info = _logging_at(INFO, "info")
    warning = _logging_at(WARNING, "warning")
    error = _logging_at(ERROR, "error")
    critical = _logging_at(CRITICAL, "critical")
    fatal = critical

    def warn(self, msg, *args, **kwargs):
        _deprecated("The 'warn' method is deprecated, use 'warning' instead")
        return self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError("level must be an integer")
        elif self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file name, line number, function name, stack text) of the first frame
        outside this module, `stacklevel` - 1 frames further out."""
        unknown = ("(unknown file)", 0, "(unknown function)", None)
        try:
            frame = sys._getframe(1)
        except (AttributeError, ValueError):
            return unknown
        # `inner` counts the frames stepped over, findCaller's own included.
        inner = 1
        while frame is not None and frame.f_code.co_filename == _srcfile:
            frame = frame.f_back
            inner += 1
        # Further out by stacklevel - 1 frames, stopping at the outermost.
        for _ in range(stacklevel - 1):
            if frame is None or frame.f_back is None:
                break
            frame = frame.f_back
            inner += 1
        if frame is None:
            return unknown
        stack = None
        if stack_info:
            # The stack down to the caller, without the frames inside logging.
            import traceback
            lines = traceback.format_stack()
            stack = "Stack (most recent call last):\n" + "".join(
                lines[:len(lines) - inner]).rstrip("\n")
        code = frame.f_code
        return code.co_filename, frame.f_lineno, code.co_name, stack

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info, func=None,
                   extra=None, sinfo=None):
        """A record from the factory, with the `extra` attributes added (they may
        not replace the record's own)."""
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra if extra is not None else ()):
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        try:
            where = self.findCaller(stack_info, stacklevel)
        except ValueError:
            where = ("(unknown file)", 0, "(unknown function)", None)
        # exc_info may be an exception, a (type, value, traceback) triple, or any
        # true value for the exception being handled.
        if isinstance(exc_info, BaseException):
            exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        filename, lineno, func, stack = where
        self.handle(self.makeRecord(self.name, level, filename, lineno, msg, args,
                                    exc_info, func, extra, stack))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        _add_once(self.handlers, hdlr)

    def removeHandler(self, hdlr):
        _remove_if_there(self.handlers, hdlr)

    def _chain(self):
        """This logger and the ancestors records propagate to."""
        logger = self
        while logger:
            yield logger
            if not logger.propagate:
                return
            logger = logger.parent

    def hasHandlers(self):
        for logger in self._chain():
            if logger.handlers:
                return True
        return False

    def callHandlers(self, record):
        """Gives the record to the handlers up the chain whose level it reaches; with
        no handler at all, to lastResort."""
        seen = 0
        for logger in self._chain():
            for handler in logger.handlers:
                seen += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set, looking from this logger up to the root."""
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        if level not in self._cache:
            self._cache[level] = (level > self.manager.disable
                                  and level >= self.getEffectiveLevel())
        return self._cache[level]

    def getChild(self, suffix):
        """The logger named suffix below this one."""
        if self is not self.root:
            suffix = self.name + "." + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The logger at the top of the tree, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, "root", level)


_loggerClass = Logger


class LoggerAdapter:
    """A logger with extra context: process() adds it to each call's keywords."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    debug = _adapting_at(DEBUG, "debug")
    info = _adapting_at(INFO, "info")
    warning = _adapting_at(WARNING, "warning")
    error = _adapting_at(ERROR, "error")
    critical = _adapting_at(CRITICAL, "critical")

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def log(self, level, msg, *args, **options):
        if not self.isEnabledFor(level):
            return
        msg, options = self.process(msg, options)
        self.logger.log(level, msg, *args, **options)

    isEnabledFor = _to_logger("isEnabledFor")
    setLevel = _to_logger("setLevel")
    getEffectiveLevel = _to_logger("getEffectiveLevel")
    hasHandlers = _to_logger("hasHandlers")

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return "<%s %s (%s)>" % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ---- module-level functions ------------------------------------------------------------

def _handlers_for_config(options):
    """The handlers basicConfig installs: those given, or one for the stream."""
    handlers = options.pop("handlers", None)
    if handlers is not None:
        if "stream" in options or "filename" in options:
            raise ValueError("'stream' or 'filename' should not be specified together "
                             "with 'handlers'")
        return handlers
    if "stream" in options and "filename" in options:
        raise ValueError("'stream' and 'filename' should not be specified together")
    filename = options.pop("filename", None)
    mode = options.pop("filemode", "a")
    if filename:
        return [FileHandler(filename, mode)]
    return [StreamHandler(options.pop("stream", None))]


def basicConfig(**kwargs):
    """Gives the root logger a StreamHandler with a Formatter, unless it has handlers
    already (or force=True)."""
    options = dict(kwargs)
    # There are no files to encode, so encoding and errors change nothing.
    for unused in ("encoding", "errors"):
        options.pop(unused, None)
    if options.pop("force", False):
        for handler in list(root.handlers):
            root.removeHandler(handler)
            handler.close()
    if root.handlers:
        return
    handlers = _handlers_for_config(options)
    datefmt = options.pop("datefmt", None)
    style = options.pop("style", "%")
    _check_style(style)
    formatter = Formatter(options.pop("format", _STYLES[style][1]), datefmt, style)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(formatter)
        root.addHandler(handler)
    level = options.pop("level", None)
    if level is not None:
        root.setLevel(level)
    if options:
        raise ValueError("Unrecognised argument(s): %s" % ", ".join(options))


def getLogger(name=None):
    """The logger called name (created on first use), or the root logger."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    # The module-level functions configure the root logger on first use.
    if not root.handlers:
        basicConfig()
    return root


def _on_root(method):
    """A module-level logging function: configures the root logger on first use
    when it has no handler, then logs through it."""
    def log_on_root(msg, *args, **kwargs):
        getattr(_configured_root(), method)(msg, *args, **kwargs)
    log_on_root.__name__ = log_on_root.__qualname__ = method
    return log_on_root


critical = _on_root("critical")
fatal = critical
error = _on_root("error")
warning = _on_root("warning")
info = _on_root("info")
debug = _on_root("debug")


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warn(msg, *args, **kwargs):
    _deprecated("The 'warn' function is deprecated, use 'warning' instead")
    return warning(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Turns off every logging call at or below level."""
    manager = root.manager
    manager.disable = level
    manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, the newest first."""
    for handler in reversed(list(handlerList)):
        try:
            handler.flush()
            handler.close()
        except (OSError, ValueError):
            pass


def captureWarnings(capture):
    """Not supported: warnings keep going to stderr."""
