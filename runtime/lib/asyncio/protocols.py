"""The protocol interfaces of asyncio (CPython's asyncio.protocols): plain classes
whose methods do nothing, for code that subclasses them. Nothing in Taskscope calls
them: a browser has no sockets, pipes or processes to connect them to. Loaded on first
use of one of their names (asyncio's module __getattr__)."""

__all__ = ('BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol',
           'BufferedProtocol')


class BaseProtocol:
    """What every protocol has: the connection's start and end, and flow control."""

    __slots__ = ()

    def connection_made(self, transport):
        """Called when a connection is made."""

    def connection_lost(self, exc):
        """Called when the connection is lost or closed (exc is None on EOF)."""

    def pause_writing(self):
        """Called when the transport's buffer goes over the high-water mark."""

    def resume_writing(self):
        """Called when the transport's buffer drains below the low-water mark."""


class Protocol(BaseProtocol):
    """A stream protocol: data arrives as bytes."""

    __slots__ = ()

    def data_received(self, data):
        """Called when some data is received."""

    def eof_received(self):
        """Called when the other end will send no more (a false result closes)."""


class BufferedProtocol(BaseProtocol):
    """A stream protocol that receives into a buffer it provides."""

    __slots__ = ()

    def get_buffer(self, sizehint):
        """Called to get a buffer to read into."""

    def buffer_updated(self, nbytes):
        """Called when nbytes were written into the buffer."""

    def eof_received(self):
        """Called when the other end will send no more (a false result closes)."""


class DatagramProtocol(BaseProtocol):
    """A datagram protocol."""

    __slots__ = ()

    def datagram_received(self, data, addr):
        """Called when a datagram is received."""

    def error_received(self, exc):
        """Called when a send or receive operation fails with an OSError."""


class SubprocessProtocol(BaseProtocol):
    """The protocol of a child process."""

    __slots__ = ()

    def pipe_data_received(self, fd, data):
        """Called when the child writes data to its stdout or stderr pipe."""

    def pipe_connection_lost(self, fd, exc):
        """Called when one of the child's pipes is closed."""

    def process_exited(self):
        """Called when the child process has exited."""
