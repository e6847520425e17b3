# IsolatedAsyncioTestCase: the order of the parts, one context for all of them, cleanups
# of both kinds, enterAsyncContext, skipped tests (no loop made), debug(), and the frames
# a failing part's traceback shows (function name and source line, no paths).
import asyncio
import contextvars
import io
import unittest
import warnings

var = contextvars.ContextVar('var', default='unset')
log = []


class Resource:
    async def __aenter__(self):
        log.append('enter resource')
        return 'resource'

    async def __aexit__(self, *exc_info):
        log.append(f'exit resource {exc_info}')


class Parts(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        var.set('from setUp')
        log.append(f'setUp loop={asyncio.get_event_loop() is not None}')

    async def asyncSetUp(self):
        log.append(f'asyncSetUp var={var.get()} debug={asyncio.get_running_loop().get_debug()}')
        self.addAsyncCleanup(self.async_cleanup, 'a')
        self.addCleanup(self.sync_cleanup, 'b')
        self.addAsyncCleanup(self.async_cleanup, 'c', extra='kw')

    async def async_cleanup(self, name, extra=None):
        await asyncio.sleep(0)
        log.append(f'async cleanup {name} {extra} var={var.get()}')

    def sync_cleanup(self, name):
        log.append(f'sync cleanup {name} var={var.get()}')

    async def test_async(self):
        log.append(f'test var={var.get()} task={asyncio.current_task().get_name()}')
        got = await self.enterAsyncContext(Resource())
        log.append(f'got {got}')
        var.set('from test')

    def test_sync(self):
        log.append(f'sync test var={var.get()}')

    @unittest.skip('not today')
    async def test_skipped(self):
        log.append('never')

    async def asyncTearDown(self):
        log.append(f'asyncTearDown var={var.get()}')

    def tearDown(self):
        log.append(f'tearDown var={var.get()}')


def frames(text):
    lines = text.splitlines()
    shown = []
    for i, line in enumerate(lines):
        if line.startswith('  File '):
            source = lines[i + 1].strip() if i + 1 < len(lines) else ''
            shown.append(f"  {line.rsplit(' in ', 1)[1]} | {source}")
        elif line and not line.startswith(' '):
            shown.append('  ' + line)
    return '\n'.join(shown)


def run(case_class, *names):
    log.clear()
    stream = io.StringIO()
    suite = unittest.TestSuite(case_class(name) for name in names)
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    for entry in log:
        print(' ', entry)
    for kind, problems in (('error', result.errors), ('failure', result.failures)):
        for test, text in problems:
            print(kind, test.id())
            print(frames(text))
    print('skipped', [(t.id(), why) for t, why in result.skipped], 'ran', result.testsRun)


run(Parts, 'test_async', 'test_sync', 'test_skipped')
print('task after', asyncio.run(asyncio.sleep(0, 'x')))


class Broken(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        if self._testMethodName == 'test_setup':
            raise ConnectionError('no server')

    def setUp(self):
        if self._testMethodName == 'test_sync_setup':
            raise KeyError('sync setUp')

    async def test_setup(self):
        pass

    async def test_sync_setup(self):
        pass

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    def test_sync_fails(self):
        raise ValueError('sync test')

    async def test_cleanup_fails(self):
        async def bad():
            raise OSError('cleanup')
        self.addAsyncCleanup(bad)

    async def test_teardown(self):
        self.tear = True

    async def asyncTearDown(self):
        if getattr(self, 'tear', False):
            raise RuntimeError('asyncTearDown')

    async def test_returns(self):
        return 5


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    # (A failing plain setUp or test would show a frame of our contextvars.Context.run,
    # which is Python code where CPython's is C: left out.)
    run(Broken, 'test_setup', 'test_fails', 'test_cleanup_fails', 'test_teardown',
        'test_returns')
print([str(w.message).split(' of <')[0] for w in caught])


class Debugged(unittest.IsolatedAsyncioTestCase):
    async def test_ok(self):
        print('debug ok on', asyncio.current_task().get_name())

    async def test_bad(self):
        raise ZeroDivisionError('in debug')


Debugged('test_ok').debug()
case = Debugged('test_bad')
try:
    case.debug()
except ZeroDivisionError as error:
    print('debug raised', error, case._asyncioRunner.get_loop().is_closed())
case._asyncioRunner.close()
twice = Debugged('test_ok')
twice.run()
try:
    twice.run()
except AssertionError as error:
    print('AssertionError', error)
try:
    asyncio.run(Parts('test_sync').enterAsyncContext(3))
except TypeError as error:
    print('TypeError', error)
