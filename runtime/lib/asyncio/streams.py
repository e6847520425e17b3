"""Network streams cannot exist in a browser: every entry point says so."""

__all__ = ('open_connection', 'start_server', 'StreamReader', 'StreamWriter')

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
