"""Subprocesses cannot exist in a browser: every entry point says so."""

__all__ = ('create_subprocess_exec', 'create_subprocess_shell')

PIPE = -1
STDOUT = -2
DEVNULL = -3

_MSG = ('{} is not available in Taskscope: programs run in a browser, '
        'without processes')


async def create_subprocess_exec(*args, **kwargs):
    raise NotImplementedError(_MSG.format('asyncio.create_subprocess_exec()'))


async def create_subprocess_shell(*args, **kwargs):
    raise NotImplementedError(_MSG.format('asyncio.create_subprocess_shell()'))
