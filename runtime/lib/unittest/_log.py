"""assertLogs and assertNoLogs: capture what a logger emits while the block runs.

On entry the logger's handlers are swapped for one capturing handler at the asked
level, and propagation to its parents is switched off; on exit the logger gets its
handlers, level and propagation back, and the check is made.

Like CPython 3.11's unittest/_log.py this module does not mark itself as part of
unittest, so a failing assertLogs shows this module's __exit__ frame in the
traceback, with the failure call as its source line."""

import logging
from collections import namedtuple

from unittest import _BaseTestCaseContext

# What `with self.assertLogs() as cm` binds: the records and their formatted text.
_LoggingWatcher = namedtuple("_LoggingWatcher", "records output")


class _CapturingHandler(logging.Handler):
    """Keeps every record it is handed, and the record formatted."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher(records=[], output=[])

    def flush(self):
        pass

    def emit(self, record):
        text = self.format(record)
        self.watcher.records.append(record)
        self.watcher.output.append(text)


def _level_number(level):
    """A level given by name ('DEBUG') or number as a number; INFO when not given."""
    if not level:
        return logging.INFO
    return logging._nameToLevel.get(level, level)


class _AssertLogsContext(_BaseTestCaseContext):
    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        self.level = _level_number(level)
        self.no_logs = no_logs
        self.msg = None

    def __enter__(self):
        target = self.logger_name
        if not isinstance(target, logging.Logger):
            target = logging.getLogger(target)
        self.logger = target
        capture = _CapturingHandler()
        capture.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        capture.setLevel(self.level)
        self.watcher = capture.watcher
        # Remember the logger as it was, to give it back on exit.
        self._saved = (list(target.handlers), target.level, target.propagate)
        target.handlers = [capture]
        target.setLevel(self.level)
        target.propagate = False
        return None if self.no_logs else capture.watcher

    def __exit__(self, exc_type, exc_value, tb):
        handlers, level, propagate = self._saved
        self.logger.handlers = handlers
        self.logger.propagate = propagate
        self.logger.setLevel(level)
        if exc_type is not None:
            # An exception from the block goes on; no verdict on the logs.
            return False
        captured = self.watcher.output
        if self.no_logs and captured:
            self._raiseFailure(
                "Unexpected logs found: {!r}".format(captured))
        if not self.no_logs and not captured:
            self._raiseFailure(
                "no logs of level {} or higher triggered on {}".format(
                    logging.getLevelName(self.level), self.logger.name))
