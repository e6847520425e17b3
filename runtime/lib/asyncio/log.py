"""asyncio's logger: the "asyncio" logger of the logging module.

CPython's asyncio imports logging when asyncio itself is imported. Here the
event loop imports this module only when it has something to report (see
BaseEventLoop.default_exception_handler), so a program that never fails keeps
logging out of its start-up."""

import logging

logger = logging.getLogger("asyncio")
