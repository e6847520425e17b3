"""Errors the event loop reports go through the "asyncio" logger, as in CPython."""
import asyncio
import contextlib
import io
import logging
import sys


class Boom(Exception):
    pass


def chained():
    try:
        try:
            raise KeyError('inner')
        except KeyError as e:
            raise ValueError('middle') from e
    except ValueError:
        err = Boom('outer')
        err.add_note('a note about it')
        raise err


async def fails():
    chained()


async def never_retrieved():
    t = asyncio.get_running_loop().create_task(fails())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    del t


def bad_callback():
    raise RuntimeError('in callback')


async def callback_error():
    asyncio.get_running_loop().call_soon(bad_callback)
    await asyncio.sleep(0)


def user_frames(text):
    # Frames inside asyncio itself differ between implementations: keep the
    # program's own frames (and their source lines) only.
    kept, skip = [], False
    for line in text.splitlines(keepends=True):
        if skip:
            skip = False
            continue
        if line.startswith('  File "') and 'exc_handler_logging.py' not in line:
            skip = True
            continue
        kept.append(line)
    return ''.join(kept).replace('\n\n', '\n<blank>\n')


def run(label, coro_fn):
    buf = io.StringIO()
    with contextlib.redirect_stderr(buf):
        asyncio.run(coro_fn())
        import gc; gc.collect()
    print(f'--- {label}')
    print(user_frames(buf.getvalue()), end='')


# 1. no logging configured: lastResort writes to the current sys.stderr
run('task never retrieved', never_retrieved)
run('callback error', callback_error)


async def future_never_retrieved():
    fut = asyncio.get_running_loop().create_future()
    fut.set_exception(ValueError('fut'))
    del fut

run('future never retrieved', future_never_retrieved)


# 2. a custom handler on the asyncio logger
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)

h = ListHandler()
asyncio_logger = logging.getLogger('asyncio')
asyncio_logger.addHandler(h)
run('custom handler (stderr should be empty)', callback_error)
for r in h.records:
    print('record:', r.name, r.levelname, r.getMessage().splitlines()[0],
          type(r.exc_info[1]).__name__ if r.exc_info else None)
asyncio_logger.removeHandler(h)

# 3. loop.set_exception_handler
async def with_handler():
    loop = asyncio.get_running_loop()
    def handler(loop, context):
        print('handler got:', sorted(context), context['message'],
              repr(context.get('exception')))
        loop.default_exception_handler(context)
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)

run('set_exception_handler', with_handler)

# 4. a failing handler
async def failing_handler():
    loop = asyncio.get_running_loop()
    def handler(loop, context):
        raise LookupError('handler broke')
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0)

run('failing handler', failing_handler)

# 5. basicConfig with a format, to a stream
stream = io.StringIO()
logging.basicConfig(stream=stream, format='%(levelname)s:%(name)s:%(message)s')
run('basicConfig (stderr should be empty)', callback_error)
print(user_frames(stream.getvalue()), end='')

# 6. call_exception_handler with no exception and extra keys
stream.truncate(0); stream.seek(0)
async def plain_context():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({'message': 'just a message', 'zeta': 1, 'alpha': 'x'})
    loop.call_exception_handler({'alpha': [1, 2]})
run('plain context', plain_context)
print(stream.getvalue(), end='')
