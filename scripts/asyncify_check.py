#!/usr/bin/env python3
"""scripts/asyncify_check.py: checks the wasm engine's Asyncify list against its call graph.

The engine instruments only the functions of the suspension chain (the Makefile's
WASM_CHAIN). A function that is on the C stack when the main fiber suspends but is not
instrumented breaks the engine at run time ("null function or function signature
mismatch", or a stack slice drifting by a frame per switch). This tool reads the linked
module with its names (build/wasm/engine/taskscope.wasm, before the name section is
stripped) and reports every function that can be on the C stack at a suspension and is
not instrumented. The rule (docs/engine.md, "Checking the suspension chain"):

- A suspension starts in a function that calls Binaryen's asyncify_start_unwind
  (aio__fiber_suspend) and the stack under it begins at fiber_main.
- The graph has every direct call of the module (after inlining: what really runs)
  and the pointer calls the design makes on the way to a suspension (DISPATCH): the
  fiber's entry, the loop's callbacks, a task's step, and the calls of Python
  callables made by the chain (py__call_on_chain, the eval loop's out-calls), which
  py_vm_suspendable() lets suspend only under the callables it admits.
- Any other pointer call is not followed. That is sound because C code reaches Python
  (the only source of a blocking call) through py_call, whose link refuses a
  suspension while it runs (runtime/py/code.h), or through the eval loop, which
  refuses it while vm_run is on the stack (GUARDED). A new pointer call on the chain
  must be added to DISPATCH, or it is invisible to the check; --typed follows every
  pointer call to every function of its signature in the table (the safe
  over-approximation, far too wide to pass, useful to explore).
- Every function on a path fiber_main -> ... -> unwinder that passes no GUARDED
  function must be instrumented. The tool reads that from the code itself (an
  instrumented function tests Asyncify's state global), not from the list.

It also prints the listed names the module does not have (inlined or not linked) and
the listed functions on no path (candidates for removal). Exit status 0 when every
function of the chain is instrumented, 1 with a path for each one that is not.

Usage: asyncify_check.py [--wasm FILE] [--chain 'a,b,...'] [--explain NAME] [--verbose]
"""
import argparse
import collections
import glob
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The signature of a Python call slot and of a builtin's C function (py_vectorcallfunc,
# py_cfunc): (callable or self, args, nargs, kwnames) -> object.
CALL = 'i32_i32_i32_i32_=>_i32'

# The callables py_vm_suspendable() admits on the stack of a suspension (vm.c,
# outcall_may_suspend): a Python function, a bound method, and a builtin (function or
# method descriptor) marked PY_METH_SUSPENDS, and an instance whose class defines
# __call__ in Python (py__type_calls_python). Their call slots:
ADMITTED_SLOTS = ['function_call', 'method_call', 'cfunction_call', 'method_descr_call',
                  'slot_call']

# Pointer calls, by caller and signature: (signature, targets, why). Targets named
# '@suspends' are the C functions of the PY_METH_SUSPENDS builtins, read from the
# sources; '@loop_callbacks' the callbacks given to aio_loop_call_soon/_at;
# '@fiber_entries' the entries given to aio_main_fiber_new (and the runtime's
# fiber_entry when its tasks are linked). An empty list: no suspension can happen below
# that call. A pointer call not declared here may go to any function of its signature
# in the table (the safe assumption).
NOT_BELOW_PY_CALL = "py_call's link refuses a suspension while it runs (code.h)"
DISPATCH = {
    # switch_wasm.c: the fiber's body is entered through its entry pointer.
    'fiber_main': [('i32_=>_none', ['@fiber_entries'],
                    'the main fiber runs the entry given to aio_main_fiber_new')],
    # Calls through a call slot. py_call (and its inlined copies) links no callable:
    # nothing below it can suspend. py__call_on_chain and the eval loop's out-calls
    # (call_any inlined into py_vm_resume) link their callable, and py_vm_suspendable()
    # refuses a suspension under one it does not admit: only the admitted slots (and,
    # through the loop's shortcut for builtins, the PY_METH_SUSPENDS functions) can be
    # below them.
    'py_call': [(CALL, [], NOT_BELOW_PY_CALL)],
    'py__call_on_chain': [(CALL, ADMITTED_SLOTS, 'a judged callable (abstract.c)')],
    'py_vm_resume': [(CALL, ADMITTED_SLOTS + ['@suspends'],
                      'an out-call, judged (vm.c call_any inlined)')],
    # A builtin's C function, called by its slot: admitted only when PY_METH_SUSPENDS.
    'cfunction_call': [(CALL, ['@suspends'], 'def->fn of an admitted builtin')],
    'method_descr_call': [(CALL, ['@suspends'], 'def->fn of an admitted method')],
    'classmethod_descr_call': [(CALL, [], 'py_vm_suspendable() never admits a classmethod '
                                          'descriptor, so no suspension is below its call')],
    # A type's new or init slot, called by C code: never a call slot or a builtin's C
    # function (those have the same signature), so only the other functions of that
    # signature in the table can be below.
    'type_call': [(CALL, ['@new_init_slots'], 'tp_new, tp_init')],
    'type_new': [(CALL, ['@new_init_slots'], 'the metatype tp_new')],
    'tp_new_wrapper': [(CALL, ['@new_init_slots'], '__new__ of a static type: its tp_new')],
    'task_new': [(CALL, ['@new_init_slots'], 'the Future base tp_new')],
    'py__asyncio_copy_context_fast': [(CALL, ['@new_init_slots'], 'Context tp_new')],
    # The runtime's loop (loop.c run_handle, inlined into run_once) calls a handle's
    # callback, and its idle hook (mod__asyncio.c host_idle) on the real clock.
    'run_once': [('i32_i32_=>_none', ['@loop_callbacks'], 'a ready handle'),
                 ('i32_f64_=>_none', ['host_idle'], 'the loop host idle hook')],
    # A task step: the step wrapper's call slot, or coroutine.throw's C function.
    'run_soon_call': [(CALL, ['stepwrapper_call'],
                       'call_soon_target: the step wrapper type called directly')],
    'task_step': [(CALL, ['@suspends'], 'resume(): coroutine.throw through its method def')],
}

# Functions under which no suspension can happen at all: the walk stops there.
GUARDED = {
    'vm_run': 'vm_running > 0 while it is on the C stack: py_vm_suspendable() is false '
              '(vm.c); the loop makes the calls that may suspend as out-calls',
    'load_embedded': 'runs a library module body under a no-suspension link (import.c, '
                     'code.h): C helpers of the chain import asyncio modules themselves',
}


def disassemble(path):
    """The module's text (wasm-dis), one line per instruction."""
    try:
        out = subprocess.run(['wasm-dis', path], check=True, capture_output=True, text=True)
    except FileNotFoundError:
        sys.exit('asyncify_check: wasm-dis (Binaryen) is not installed')
    except subprocess.CalledProcessError as err:
        sys.exit(f'asyncify_check: wasm-dis failed on {path}: {err.stderr.strip()}')
    return out.stdout.split('\n')


class Module:
    """Functions, direct calls, pointer-call signatures, the table, instrumentation."""

    def __init__(self, lines):
        self.funcs = {}                       # name -> signature key
        self.calls = collections.defaultdict(set)
        self.indirect = collections.defaultdict(set)
        self.types = {}
        self.table = set()
        reads_global = collections.defaultdict(set)
        header = re.compile(r'^ \(func \$(\S+)(.*)$')
        cur = None
        for ln in lines:
            if ln.startswith(' (type '):
                m = re.match(r'^ \(type \$(\S+) \(func(.*)\)\)$', ln)
                self.types[m.group(1)] = sig_key(m.group(2))
                continue
            if ln.startswith(' (import ') and '(func $' in ln:
                m = re.search(r'\(func \$(\S+)(.*)\)\)$', ln)
                self.funcs[m.group(1)] = sig_key(m.group(2))
                continue
            if ln.startswith(' (func '):
                m = header.match(ln)
                cur = m.group(1)
                self.funcs[cur] = sig_key(m.group(2).split('(local')[0])
                continue
            if ln.startswith(' (elem'):
                self.table.update(re.findall(r'\$(\S+?)(?=[\s)])', ln.split(')', 1)[1]))
                cur = None
                continue
            if ln.startswith(' (') or ln.startswith(')'):
                cur = None
                continue
            if cur is None:
                continue
            i = ln.find('(call $')
            if i >= 0:
                self.calls[cur].add(ln[i + 7:].split()[0].rstrip(')'))
            i = ln.find('(call_indirect (type $')
            if i >= 0:
                self.indirect[cur].add(ln[i + 22:].split()[0].rstrip(')'))
            i = ln.find('(global.get $')
            if i >= 0:
                reads_global[cur].add(ln[i + 13:].split()[0].rstrip(')'))
        # Asyncify's state is the global asyncify_get_state returns; an instrumented
        # function tests it (rewinding?) on entry and after every call it may unwind in.
        state = reads_global.get('asyncify_get_state')
        if not state or len(state) != 1:
            sys.exit('asyncify_check: no asyncify_get_state in the module (not built with '
                     'Asyncify, or without names: link with --profiling-funcs)')
        (state,) = state
        self.instrumented = {f for f, gs in reads_global.items()
                             if state in gs and not f.startswith('asyncify_')}
        self.unwinders = {f for f, cs in self.calls.items()
                          if 'asyncify_start_unwind' in cs and not f.startswith('asyncify_')}


def sig_key(text):
    """'(param $0 i32) (result i32)' -> 'i32_=>_i32', Binaryen's type names."""
    params = ' '.join(re.findall(r'\(param (?:\$\S+ )?([^)]*)\)', text)).split()
    results = ' '.join(re.findall(r'\(result ([^)]*)\)', text)).split()
    return '_'.join(params + ['=>'] + (results or ['none']))


def source_names():
    """Names the dispatch table refers to, read from the C sources."""
    srcs = glob.glob(os.path.join(REPO, 'runtime/*/*.c')) + glob.glob(os.path.join(REPO, 'wasm/*.c'))
    text = '\n'.join(open(p, encoding='utf-8').read() for p in srcs)
    suspends = set(re.findall(r'\{\s*"\w+"\s*,\s*(\w+)\s*,\s*PY_METH_SUSPENDS', text))
    suspends |= set(re.findall(r'=\s*\{\s*"\w+"\s*,\s*(\w+)\s*,\s*PY_METH_SUSPENDS', text))
    callbacks = set(re.findall(r'aio_loop_call_soon\(\s*[^,()]+,\s*(\w+)\s*,', text))
    callbacks |= set(re.findall(r'aio_loop_call_at\(\s*[^,()]+,\s*[^,()]+,\s*(\w+)\s*,', text))
    entries = set(re.findall(r'aio_main_fiber_new\(\s*[^,()]+,\s*(\w+)\s*,', text))
    entries |= set(re.findall(r'fiber\.entry\s*=\s*(\w+)\s*;', text)) - {'entry'}
    # Every C function a builtin's method table names (getset tables match too, which
    # only removes getters from the new/init targets, where they cannot be), and every
    # type's call slot.
    method_fns = set(re.findall(r'\{\s*"[^"]+"\s*,\s*(\w+)\s*,', text))
    call_slots = set(re.findall(r'\.call\s*=\s*(\w+)', text))
    return {'@suspends': suspends, '@loop_callbacks': callbacks, '@fiber_entries': entries,
            '@method_fns': method_fns, '@call_slots': call_slots}


def build_graph(mod, groups, typed_all=False):
    """Successors of every function: its direct calls, its declared pointer calls, and
    for an undeclared pointer call every function of the table with its signature."""
    by_sig = collections.defaultdict(set)
    for t in mod.table:
        by_sig[mod.funcs.get(t)].add(t)
    succ = {}
    for f in mod.funcs:
        out = set(mod.calls.get(f, ()))
        declared = {sig: targets for sig, targets, _why in DISPATCH.get(f, ())}
        for sig in mod.indirect.get(f, ()):
            if sig not in declared:
                if typed_all:
                    out |= by_sig.get(mod.types.get(sig), set())
                continue
            for t in declared[sig]:
                if t == '@new_init_slots':
                    typed = by_sig.get(mod.types.get(sig), set())
                    out |= typed - groups['@method_fns'] - groups['@call_slots']
                else:
                    out |= {n for n in groups.get(t, {t}) if n in mod.funcs}
        succ[f] = out
    return succ


def closure(starts, nxt, stop):
    seen = set(starts)
    todo = list(starts)
    while todo:
        f = todo.pop()
        if f in stop:
            continue
        for g in nxt.get(f, ()):
            if g not in seen:
                seen.add(g)
                todo.append(g)
    return seen


def path_through(name, succ, pred, roots, ends, stop):
    """One path roots -> name -> ends, for --explain."""
    def bfs(start, nxt, goal):
        prev = {start: None}
        todo = collections.deque([start])
        while todo:
            f = todo.popleft()
            if f in goal:
                out = []
                while f is not None:
                    out.append(f)
                    f = prev[f]
                return out
            if f in stop and f != start:
                continue
            for g in nxt.get(f, ()):
                if g not in prev:
                    prev[g] = f
                    todo.append(g)
        return None
    up = bfs(name, pred, roots)
    down = bfs(name, succ, ends)
    if not up or not down:
        return None
    return up + down[::-1][1:]  # root ... name ... unwinder


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--wasm', default=os.path.join(REPO, 'build/wasm/engine/taskscope.wasm'))
    ap.add_argument('--chain', default='', help="the Makefile's WASM_CHAIN (for stale names)")
    ap.add_argument('--explain', help='print one path through this function')
    ap.add_argument('--verbose', action='store_true', help='print every function of the chain')
    ap.add_argument('--typed', action='store_true',
                    help='follow undeclared pointer calls to every function of their type')
    args = ap.parse_args()

    mod = Module(disassemble(args.wasm))
    groups = source_names()
    succ = build_graph(mod, groups, typed_all=args.typed)
    pred = collections.defaultdict(set)
    for f, ts in succ.items():
        for t in ts:
            pred[t].add(f)
    roots = {'fiber_main'} & set(mod.funcs)
    if not roots:
        sys.exit('asyncify_check: no fiber_main in the module')
    # A call into fiber_main (aio__fiber_run resuming another fiber, a Python thread's
    # among them) starts a new stack: an unwind in that fiber ends at its own fiber_main,
    # which returns into aio__fiber_run, so the frames under it are never unwound.
    for f in succ:
        succ[f] -= roots
    for r in roots:
        pred[r] = set()
    if not mod.unwinders:
        sys.exit('asyncify_check: nothing calls asyncify_start_unwind')
    stop = set(GUARDED)
    reach = closure(roots, succ, stop)
    back = closure(mod.unwinders, pred, stop)
    chain = (reach & back) - stop

    if args.explain:
        p = path_through(args.explain, succ, pred, roots, mod.unwinders, stop)
        print(' -> '.join(p) if p else f'{args.explain}: not on a path to a suspension')
        return 0

    # 1. Every function of the chain is instrumented (the unwinders are Asyncify's
    #    runtime: Binaryen leaves them as they are).
    missing = sorted(f for f in chain - mod.instrumented - mod.unwinders)
    # 2. Names in the tables that the module no longer has (renamed, inlined).
    stale = sorted(n for n in list(DISPATCH) + list(GUARDED) if n not in mod.funcs)
    listed = [n for n in re.split(r'[\s,]+', args.chain) if n]
    unused = sorted(n for n in listed if n not in mod.funcs)
    extra = sorted(n for n in listed if n in mod.funcs and n not in chain
                   and n not in mod.unwinders)

    if args.verbose:
        print('chain:', ' '.join(sorted(chain)))
    print(f'asyncify_check: {len(chain)} functions can be on the C stack at a suspension '
          f'({len(mod.instrumented)} instrumented in the module, {len(mod.funcs)} functions)')
    if unused:
        print(f'  listed but not in the module (inlined, or not linked): {", ".join(unused)}')
    if extra:
        print(f'  listed but on no path to a suspension: {", ".join(extra)}')
    for n in stale:
        print(f'  note: {n} (in the check\'s tables) is not in the module')
    for f in missing:
        p = path_through(f, succ, pred, roots, mod.unwinders, stop)
        print(f'NOT INSTRUMENTED: {f}\n    path: {" -> ".join(p) if p else "?"}')
    if missing:
        print('asyncify_check: FAILED. Add the functions to the Makefile\'s WASM_CHAIN (or '
              'guard them; docs/engine.md, "Checking the suspension chain")')
        return 1
    print('asyncify_check: ok')
    return 0


if __name__ == '__main__':
    sys.exit(main())
