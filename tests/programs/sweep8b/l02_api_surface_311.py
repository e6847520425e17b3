# Which names CPython 3.11 has: newer ones (3.12+) must be absent, 3.11 ones present.
import asyncio, contextvars
names = ['eager_task_factory', 'create_eager_task_factory', 'QueueShutDown', 'EventLoop', 'Timeout', 'timeout_at',
         'to_thread', 'Runner', 'TaskGroup', 'Barrier', 'BrokenBarrierError', 'TimeoutError', 'graph', 'capture_call_graph',
         'print_call_graph', 'FrameCallGraphEntry', 'future_add_to_awaited_by', 'iscoroutinefunction', 'run_coroutine_threadsafe']
print([n for n in names if hasattr(asyncio, n)])
tm = ['get_context', 'get_coro', 'cancelling', 'uncancel', 'get_name', 'set_name', 'get_stack', 'print_stack']
print([n for n in tm if hasattr(asyncio.Task, n)])
async def main():
    loop = asyncio.get_running_loop()
    lm = ['shutdown_default_executor', 'run_in_executor', 'set_default_executor', 'create_task', 'set_task_factory',
          'get_task_factory', 'call_exception_handler', 'default_exception_handler', 'time', 'call_at', 'is_running',
          'shutdown_asyncgens', 'slow_callback_duration']
    print([n for n in lm if hasattr(loop, n)])
    q = asyncio.Queue()
    print([n for n in ['shutdown', 'join', 'task_done', 'put_nowait', 'get_nowait', 'full', 'empty', 'qsize', 'maxsize'] if hasattr(q, n)])
    c = asyncio.Condition()
    print([n for n in ['wait_for', 'notify', 'notify_all', 'locked', 'acquire', 'release', 'wait'] if hasattr(c, n)])
    print([n for n in ['abort', 'reset', 'wait', 'parties', 'n_waiting', 'broken'] if hasattr(asyncio.Barrier(1), n)])
    t = asyncio.timeout(1)
    print([n for n in ['when', 'reschedule', 'expired'] if hasattr(t, n)])
    print([n for n in ['run', 'copy', 'get', 'keys', 'values', 'items'] if hasattr(contextvars.copy_context(), n)])
asyncio.run(main())
