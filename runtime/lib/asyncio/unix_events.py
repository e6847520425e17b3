"""The child watchers of CPython's asyncio.unix_events, which wait for child processes.
A browser has no processes: AbstractChildWatcher is the interface (its methods raise
NotImplementedError, as CPython's), and making a concrete watcher, or asking for the
current one, says that processes are not available. Loaded on first use of one of
their names (asyncio's module __getattr__)."""

__all__ = ('SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher',
           'FastChildWatcher', 'PidfdChildWatcher', 'MultiLoopChildWatcher',
           'ThreadedChildWatcher', 'DefaultEventLoopPolicy')

from asyncio.base_events import EventLoop as SelectorEventLoop
from asyncio.events import DefaultEventLoopPolicy

_MSG = ('{} is not available in Taskscope: programs run in a browser, '
        'without processes')


class AbstractChildWatcher:
    """Watches child processes and calls a callback when one exits."""

    def add_child_handler(self, pid, callback, *args):
        """Calls callback(pid, returncode, *args) when process pid exits."""
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        """Stops watching process pid; True if it was watched."""
        raise NotImplementedError()

    def attach_loop(self, loop):
        """Attaches the watcher to an event loop."""
        raise NotImplementedError()

    def close(self):
        """Closes the watcher."""
        raise NotImplementedError()

    def is_active(self):
        """True if the watcher is ready to use."""
        raise NotImplementedError()

    def __enter__(self):
        raise NotImplementedError()

    def __exit__(self, a, b, c):
        raise NotImplementedError()


class _UnavailableWatcher(AbstractChildWatcher):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_MSG.format('asyncio.' + type(self).__name__))


class SafeChildWatcher(_UnavailableWatcher):
    pass


class FastChildWatcher(_UnavailableWatcher):
    pass


class PidfdChildWatcher(_UnavailableWatcher):
    pass


class MultiLoopChildWatcher(_UnavailableWatcher):
    pass


class ThreadedChildWatcher(_UnavailableWatcher):
    pass


# CPython has these two in asyncio.tasks, where they add to and take from its set of
# tasks; C registers every task when it is made, so they do nothing. They are here so
# that the embedded tasks module does not grow.
def _register_task(task):
    pass


def _unregister_task(task):
    pass


# CPython has these two in asyncio.events; they are here, with the watchers, so that
# the embedded events module does not grow.
def get_child_watcher():
    """The current child watcher: none, without processes."""
    raise NotImplementedError(_MSG.format('asyncio.get_child_watcher()'))


def set_child_watcher(watcher):
    """Sets the current child watcher: none can be, without processes."""
    raise NotImplementedError(_MSG.format('asyncio.set_child_watcher()'))


# asyncio's own __all__, CPython 3.11's in its order (which ends with this module's
# names; TaskGroup is not in it there, an omission of 3.11): kept here, in the library
# bundle, and handed out by asyncio's module __getattr__.
_ASYNCIO_ALL = tuple('''
BaseEventLoop Server iscoroutinefunction iscoroutine AbstractEventLoopPolicy
AbstractEventLoop AbstractServer Handle TimerHandle get_event_loop_policy
set_event_loop_policy get_event_loop set_event_loop new_event_loop get_child_watcher
set_child_watcher _set_running_loop get_running_loop _get_running_loop
BrokenBarrierError CancelledError InvalidStateError TimeoutError IncompleteReadError
LimitOverrunError SendfileNotAvailableError Future wrap_future isfuture Lock Event
Condition Semaphore BoundedSemaphore Barrier BaseProtocol Protocol DatagramProtocol
SubprocessProtocol BufferedProtocol Runner run Queue PriorityQueue LifoQueue
QueueFull QueueEmpty StreamReader StreamWriter StreamReaderProtocol open_connection
start_server open_unix_connection start_unix_server create_subprocess_exec
create_subprocess_shell Task create_task FIRST_COMPLETED FIRST_EXCEPTION
ALL_COMPLETED wait wait_for as_completed sleep gather shield ensure_future
run_coroutine_threadsafe current_task all_tasks _register_task _unregister_task
_enter_task _leave_task to_thread Timeout timeout timeout_at BaseTransport
ReadTransport WriteTransport Transport DatagramTransport SubprocessTransport
SelectorEventLoop AbstractChildWatcher SafeChildWatcher FastChildWatcher
PidfdChildWatcher MultiLoopChildWatcher ThreadedChildWatcher DefaultEventLoopPolicy
'''.split())
