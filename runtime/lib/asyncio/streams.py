"""Network streams cannot exist in a browser: every entry point says so."""

__all__ = ('StreamReader', 'StreamWriter', 'StreamReaderProtocol', 'open_connection',
           'start_server', 'open_unix_connection', 'start_unix_server')

_MSG = ('{} is not available in Taskscope: programs run in a browser, '
        'without network access')


async def open_connection(*args, **kwargs):
    raise NotImplementedError(_MSG.format('asyncio.open_connection()'))


async def start_server(*args, **kwargs):
    raise NotImplementedError(_MSG.format('asyncio.start_server()'))


async def open_unix_connection(*args, **kwargs):
    raise NotImplementedError(_MSG.format('asyncio.open_unix_connection()'))


async def start_unix_server(*args, **kwargs):
    raise NotImplementedError(_MSG.format('asyncio.start_unix_server()'))


class StreamReader:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_MSG.format('asyncio.StreamReader'))


class StreamWriter:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_MSG.format('asyncio.StreamWriter'))


class StreamReaderProtocol:
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_MSG.format('asyncio.StreamReaderProtocol'))


# A server is what start_server() returns (CPython has AbstractServer in asyncio.events
# and Server in asyncio.base_events): here, with the streams, as no server can be made.
class AbstractServer:
    """Abstract server returned by create_server()."""

    def close(self):
        """Stops serving; connections already open stay open."""
        raise NotImplementedError

    def get_loop(self):
        """The event loop the server is attached to."""
        raise NotImplementedError

    def is_serving(self):
        """True if the server accepts connections."""
        raise NotImplementedError

    async def start_serving(self):
        """Starts accepting connections."""
        raise NotImplementedError

    async def serve_forever(self):
        """Accepts connections until the coroutine is cancelled."""
        raise NotImplementedError

    async def wait_closed(self):
        """Waits until the server is closed."""
        raise NotImplementedError

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        self.close()
        await self.wait_closed()


class Server(AbstractServer):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError(_MSG.format('asyncio.Server'))
