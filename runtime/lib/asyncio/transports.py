"""The transport interfaces of asyncio (CPython's asyncio.transports): abstract classes
whose methods raise NotImplementedError, for code that subclasses them. A browser has no
sockets, pipes or processes, so Taskscope makes no transports of its own. Loaded on
first use of one of their names (asyncio's module __getattr__)."""

__all__ = ('BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport',
           'DatagramTransport', 'SubprocessTransport')


class BaseTransport:
    """What every transport has: extra information, closing and its protocol."""

    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        """Optional information about the transport or what it runs on."""
        extra = self._extra
        return extra[name] if name in extra else default

    def is_closing(self):
        """True if the transport is closing or closed."""
        raise NotImplementedError

    def close(self):
        """Closes the transport; buffered data is flushed asynchronously."""
        raise NotImplementedError

    def set_protocol(self, protocol):
        """Sets a new protocol."""
        raise NotImplementedError

    def get_protocol(self):
        """Returns the current protocol."""
        raise NotImplementedError


class ReadTransport(BaseTransport):
    """The reading half of a transport."""

    __slots__ = ()

    def is_reading(self):
        """True if the transport is receiving."""
        raise NotImplementedError

    def pause_reading(self):
        """Stops calling the protocol's data_received() until resume_reading()."""
        raise NotImplementedError

    def resume_reading(self):
        """Calls the protocol's data_received() again."""
        raise NotImplementedError


class WriteTransport(BaseTransport):
    """The writing half of a transport."""

    __slots__ = ()

    def set_write_buffer_limits(self, high=None, low=None):
        """Sets the high- and low-water marks of write flow control."""
        raise NotImplementedError

    def get_write_buffer_size(self):
        """The current size of the write buffer."""
        raise NotImplementedError

    def get_write_buffer_limits(self):
        """The (low, high) water marks of write flow control."""
        raise NotImplementedError

    def write(self, data):
        """Writes some bytes without blocking (they may be buffered)."""
        raise NotImplementedError

    def writelines(self, list_of_data):
        """Writes a list (or any iterable) of bytes objects."""
        self.write(b''.join(list_of_data))  # one write, as CPython's base does

    def write_eof(self):
        """Closes the write end after flushing what is buffered."""
        raise NotImplementedError

    def can_write_eof(self):
        """True if the transport supports write_eof()."""
        raise NotImplementedError

    def abort(self):
        """Closes the transport at once; buffered data is lost."""
        raise NotImplementedError


class Transport(ReadTransport, WriteTransport):
    """A bidirectional stream transport."""

    __slots__ = ()


class DatagramTransport(BaseTransport):
    """A datagram transport."""

    __slots__ = ()

    def sendto(self, data, addr=None):
        """Sends data to addr (or to the connected peer) without blocking."""
        raise NotImplementedError

    def abort(self):
        """Closes the transport at once; buffered data is lost."""
        raise NotImplementedError


class SubprocessTransport(BaseTransport):
    """The transport of a child process."""

    __slots__ = ()

    def get_pid(self):
        """The child's process id."""
        raise NotImplementedError

    def get_returncode(self):
        """The child's return code, or None while it runs."""
        raise NotImplementedError

    def get_pipe_transport(self, fd):
        """The transport of the pipe for fd, or None."""
        raise NotImplementedError

    def send_signal(self, signal):
        """Sends a signal to the child."""
        raise NotImplementedError

    def terminate(self):
        """Asks the child to stop (SIGTERM)."""
        raise NotImplementedError

    def kill(self):
        """Kills the child (SIGKILL)."""
        raise NotImplementedError
