#!/usr/bin/env python3
"""Trace tests: our --trace of a few corpus programs against CPython's trace of the same
program (scripts/trace_oracle.py, from the `web` branch when not merged yet).

Compared: each task's name, coroutine, parent and outcome, and the sequence of what
every step of every task waited on (kind, label, target, clock time), and the text
each task (or the code outside tasks) wrote. Not compared (known, documented
differences, docs/trace.md): real times, how output is cut into events, timers, and
the two tasks asyncio.run's shutdown creates. Source lines are compared.

    python3 tests/trace/test_trace.py build/rel/taskscope
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = ['docs_awaitables_task.py', 'docs_cancel_me.py', 'docs_event_waiter.py',
            'docs_gather_factorial.py', 'cancel_with_msg.py', 'condition_notify.py',
            'seed4_time_sleep_blocks.py', 'docs_taskgroup_basic.py', 'seed3_shield_task.py',
            'docs_timeout_context.py', 'as_completed_timeout.py', 'seed3_exercise3_taskgroup_error.py',
            'queue_producer_consumer.py', 'wait_for_inner_finally.py']
SHUTDOWN = ('BaseEventLoop.shutdown_asyncgens', 'BaseEventLoop.shutdown_default_executor')


def oracle_script(tmp):
    path = os.path.join(ROOT, 'scripts', 'trace_oracle.py')
    if os.path.exists(path):
        return path
    text = subprocess.run(['git', 'show', 'web:scripts/trace_oracle.py'], cwd=ROOT,
                          capture_output=True, text=True, check=True).stdout
    path = os.path.join(tmp, 'trace_oracle.py')
    with open(path, 'w') as f:
        f.write(text)
    return path


def summary(trace):
    tasks, steps, output = {}, [], {}
    for e in trace['events']:
        if e['kind'] == 'output':
            key = (e['task'], e['stream'])
            output[key] = output.get(key, '') + e['text']
            continue
        if e['kind'] == 'task_created':
            if e['coro'] in SHUTDOWN:
                continue
            tasks[e['task']] = {'name': e['name'], 'coro': e['coro'],
                                'parent': e['parent'], 'line': e['line'],
                                'outcome': None}
        elif e['task'] not in tasks:
            continue
        elif e['kind'] == 'step_end':
            w = e['wait']
            # Known difference: a wait in `async with`'s __aexit__ (TaskGroup) is on the
            # `async with` line in CPython, on the body's last line in ours (the
            # compiler's line table, runtime/py/compile.c).
            line = None if w is None or w['kind'] == 'taskgroup' else w['line']
            steps.append((e['task'], e['t'], None if w is None else
                          (w['kind'], w['label'], w['target'], line,
                           w.get('targets'))))
        elif e['kind'] == 'task_done':
            tasks[e['task']]['outcome'] = (e['outcome'], e['error'])
    return tasks, steps, output


def check_chrome(cli, cwd, tmp):
    """--trace-format=chrome: valid JSON, a named thread per task, a B/E pair per
    step and an X slice per wait named after what was awaited. 0 if ok, 1 if not."""
    path = os.path.join(tmp, 'chrome.json')
    subprocess.run([os.path.abspath(cli), '--trace=' + path, '--trace-format=chrome',
                    'docs_gather_factorial.py'], cwd=cwd, capture_output=True)
    with open(path) as f:
        evs = json.load(f)['traceEvents']
    names = sorted(e['args']['name'] for e in evs if e['ph'] == 'M')
    begins = sum(1 for e in evs if e['ph'] == 'B')
    ends = sum(1 for e in evs if e['ph'] == 'E')
    waits = [e['name'] for e in evs if e['ph'] == 'X']
    ok = (names == ['Task-1', 'Task-2', 'Task-3', 'Task-4', 'loop'] and
          begins == ends and begins > 0 and waits.count('sleep(1)') == 6 and
          'gather(3)' in waits)
    print('ok  ' if ok else 'FAIL', 'chrome format of docs_gather_factorial.py')
    if not ok:
        print('  threads', names, 'B/E', begins, ends, 'waits', waits)
    return 0 if ok else 1


def main(cli):
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        oracle = oracle_script(tmp)
        cwd = os.path.join(ROOT, 'tests', 'programs', 'asyncio')
        for prog in PROGRAMS:
            ours, theirs = os.path.join(tmp, 'ours.json'), os.path.join(tmp, 'cp.json')
            subprocess.run([os.path.abspath(cli), '--trace=' + ours, prog], cwd=cwd,
                           capture_output=True)
            subprocess.run([sys.executable, oracle, prog, '-o', theirs, '--quiet'],
                           cwd=cwd, capture_output=True)
            with open(ours) as f:
                a = summary(json.load(f))
            with open(theirs) as f:
                b = summary(json.load(f))
            if a == b:
                print('ok  ', prog)
            else:
                failed += 1
                print('FAIL', prog)
                print('  ours:   ', a)
                print('  cpython:', b)
        failed += check_chrome(cli, cwd, tmp)
    print(f'{len(PROGRAMS) + 1 - failed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'build/rel/taskscope'))
