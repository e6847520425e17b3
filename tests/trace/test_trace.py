#!/usr/bin/env python3
"""Trace tests: our --trace of a few corpus programs against CPython's trace of the same
program (scripts/trace_oracle.py, from the `web` branch when not merged yet).

Compared: each task's name, coroutine, parent and outcome, and the sequence of what
every step of every task waited on (kind, label, target). Not compared (known,
documented differences, docs/trace.md): real times, `output` events (not emitted yet),
the main task's creation line, and the two tasks asyncio.run's shutdown creates.

    python3 tests/trace/test_trace.py build/rel/taskscope
"""
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PROGRAMS = ['docs_awaitables_task.py', 'docs_cancel_me.py', 'docs_event_waiter.py',
            'docs_gather_factorial.py', 'cancel_with_msg.py', 'condition_notify.py']
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
    tasks, steps = {}, []
    for e in trace['events']:
        if e['kind'] == 'task_created':
            if e['coro'] in SHUTDOWN:
                continue
            tasks[e['task']] = {'name': e['name'], 'coro': e['coro'],
                                'parent': e['parent'], 'outcome': None}
        elif e['task'] not in tasks:
            continue
        elif e['kind'] == 'step_end':
            w = e['wait']
            steps.append((e['task'], e['t'], None if w is None else
                          (w['kind'], w['label'], w['target'])))
        elif e['kind'] == 'task_done':
            tasks[e['task']]['outcome'] = (e['outcome'], e['error'])
    return tasks, steps


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
    print(f'{len(PROGRAMS) - failed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else 'build/rel/taskscope'))
