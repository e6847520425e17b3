# Taskscope — one Makefile for the native runtime and CLI, the wasm build, the web page
# and every test. The two entry points for a person are `make serve` and `make test`.
#
# Build configurations, each in its own folder under build/:
#   build/rel   native, optimised          (CLI, benchmarks)
#   build/asan  native, ASan + UBSan       (unit tests, program corpus)
#   build/wasm  emcc, for Node and browsers (unit tests under Node, the engine)
#
# Sources are found by wildcard, so a new file in runtime/aio, runtime/py or a test
# folder needs no edit here. A backend that only exists on one platform guards its own
# body with #if (see runtime/aio/switch_*.c).

SHELL := bash
.DEFAULT_GOAL := all
.DELETE_ON_ERROR:
# Keep object files that only a test program needs, so a rerun does not rebuild them.
.SECONDARY:
.SECONDEXPANSION:

CC     := gcc
EMCC   := emcc
NODE   := node
PYTHON := python3
PORT   ?= 8000
# emcc 3.1.6 loads acorn from Debian's Node module folder (design.md, toolchain facts).
export NODE_PATH := /usr/share/nodejs

COMMON_CFLAGS := -std=c11 -D_DEFAULT_SOURCE -Wall -Wextra -Werror -Iruntime -MMD -MP
CFLAGS_rel    := $(COMMON_CFLAGS) -O2 -g
CFLAGS_asan   := $(COMMON_CFLAGS) -O1 -g -fno-omit-frame-pointer \
                 -fsanitize=address,undefined -fno-sanitize-recover=all
# The .wasm is downloaded by every page that embeds Taskscope: it is compiled for size
# (-Os), except the files a run spends its time in, which keep -O2 (WASM_HOT_SRC below;
# measured in docs/performance.md, "Engine size (session 2)").
CFLAGS_wasm   := $(COMMON_CFLAGS) -Os
CFLAGS_wasm_hot := $(COMMON_CFLAGS) -O2
LDFLAGS_rel   := -lm
LDFLAGS_asan  := -fsanitize=address,undefined -lm
# The task switch on wasm is Asyncify used directly (runtime/aio/switch_wasm.c, see
# docs/runtime.md). The unit-test binary instruments everything that may reach a
# suspension (blanket Asyncify) except the scheduler function where unwinds end; the
# engine lists its own narrow chain. Binaryen must not inline the yield function, or
# the unwind is lost. --profiling-funcs keeps names so `make test-runtime-wasm` can
# check that aio__fiber_suspend is still a function of its own.
ASYNCIFY_FLAGS := -sASYNCIFY=1 '-sASYNCIFY_REMOVE=["aio__fiber_run"]' \
                  --js-library runtime/aio/asyncify_imports.js \
                  -sBINARYEN_EXTRA_PASSES=--flexible-inline-max-function-size=0,--one-caller-inline-max-function-size=0
LDFLAGS_wasm  := -O2 $(ASYNCIFY_FLAGS) -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=1048576 \
                 -sEXIT_RUNTIME=1 -sENVIRONMENT=node --profiling-funcs -lm

AIO_SRC          := $(sort $(wildcard runtime/aio/*.c))
PY_SRC           := $(sort $(wildcard runtime/py/*.c))
CLI_SRC          := $(sort $(wildcard runtime/cli/*.c))
TEST_RUNTIME_SRC := $(sort $(wildcard tests/runtime/*.c))
TEST_PY_SRC      := $(sort $(wildcard tests/py/*.c))
BENCH_SRC        := $(sort $(wildcard tests/bench/*.c))

objs = $(patsubst %.c,build/$(1)/%.o,$(2))

# The eval loop, the object core, the containers and numbers a loop touches, and the
# asyncio path (C Future/Task, the loop, the runtime): -O2 under wasm.
WASM_HOT_SRC := $(addprefix runtime/py/,vm.c frame.c gen.c func.c object.c typeobject.c \
                typeslots.c descr.c abstract.c dict.c list.c tuple.c int.c float.c str.c \
                hash.c range.c iter.c mem.c asyncio_task.c asyncio_future.c mod__asyncio.c) \
                $(AIO_SRC)
$(call objs,wasm,$(WASM_HOT_SRC)): CFLAGS_wasm := $(CFLAGS_wasm_hot)

build/rel/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_rel) -c $< -o $@
build/asan/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_asan) -c $< -o $@
build/wasm/%.o: %.c
	@mkdir -p $(@D)
	$(EMCC) $(CFLAGS_wasm) -c $< -o $@

-include $(shell find build -name '*.d' 2>/dev/null)

.PHONY: all setup test serve bench clean
all: build/rel/taskscope

setup:
	bash scripts/setup.sh

# ---- the task runtime (runtime/aio) -------------------------------------------------
build/%/test-runtime: $$(call objs,$$*,$(TEST_RUNTIME_SRC) $(AIO_SRC))
	$(CC) $^ -o $@ $(LDFLAGS_$*)
build/wasm/test-runtime.cjs: $(call objs,wasm,$(TEST_RUNTIME_SRC) $(AIO_SRC)) runtime/aio/asyncify_imports.js
	$(EMCC) $(filter %.o,$^) -o $@ $(LDFLAGS_wasm) --pre-js tests/runtime/node-pre.js

.PHONY: test-runtime test-runtime-wasm
test-runtime: build/asan/test-runtime build/asan/docs-example
	$<
	build/asan/docs-example
test-runtime-wasm: build/wasm/test-runtime.cjs
	@wasm-dis build/wasm/test-runtime.wasm | grep -q '^ (func $$aio__fiber_suspend ' \
	  || { echo "aio__fiber_suspend was inlined: the Asyncify unwind would be lost"; exit 1; }
	$(NODE) $<

# The C example in docs/runtime.md is compiled and run by test-runtime, so it stays true.
build/asan/docs-example.c: docs/runtime.md
	@mkdir -p $(@D)
	sed -n '/^```c example$$/,/^```$$/p' $< | sed '1d;$$d' > $@
build/asan/docs-example: build/asan/docs-example.c $(call objs,asan,$(AIO_SRC))
	$(CC) $(CFLAGS_asan) $(filter %.c %.o,$^) -o $@ $(LDFLAGS_asan)

# Benchmarks: native (build/rel) and wasm under Node. The wasm bench is built twice to
# compare a narrow Asyncify list (only the functions on the suspension chain, checked
# with ASYNCIFY_ADVISE) with blanket instrumentation.
BENCH_CHAIN := fiber_main,fiber_entry,aio__fiber_suspend,aio_await,aio_yield, \
               aio__waitq_wait,aio_event_wait,bench_yielder,bench_waiter,bench_noop
ASYNCIFY_NARROW := -sASYNCIFY=1 '-sASYNCIFY_ONLY=[$(subst $(eval) ,,$(BENCH_CHAIN))]' \
                   --js-library runtime/aio/asyncify_imports.js \
                   -sBINARYEN_EXTRA_PASSES=--flexible-inline-max-function-size=0,--one-caller-inline-max-function-size=0
BENCH_WASM_LDFLAGS := -O2 -sALLOW_MEMORY_GROWTH=1 -sEXIT_RUNTIME=1 -sENVIRONMENT=node \
                      -sSINGLE_FILE=1 --profiling-funcs -lm
build/rel/bench-runtime: $(call objs,rel,$(BENCH_SRC) $(AIO_SRC))
	$(CC) $^ -o $@ $(LDFLAGS_rel)
build/wasm/bench-runtime.cjs: $(call objs,wasm,$(BENCH_SRC) $(AIO_SRC)) runtime/aio/asyncify_imports.js
	$(EMCC) $(filter %.o,$^) -o $@ $(ASYNCIFY_NARROW) $(BENCH_WASM_LDFLAGS)
build/wasm/bench-runtime-blanket.cjs: $(call objs,wasm,$(BENCH_SRC) $(AIO_SRC)) runtime/aio/asyncify_imports.js
	$(EMCC) $(filter %.o,$^) -o $@ $(ASYNCIFY_FLAGS) $(BENCH_WASM_LDFLAGS)

# `make bench` runs both the runtime's micro-benchmarks (bench-runtime) and the peer
# comparison (bench-peers, issue 7): the programs of scripts/bench/workloads/ on Taskscope
# wasm and native, Pyodide, MicroPython wasm (npm devDependencies, `npm ci`) and CPython,
# three rounds; it rewrites the table in docs/performance.md. Takes several minutes.
.PHONY: bench-runtime bench-peers
bench: bench-runtime bench-peers
bench-peers: build/rel/taskscope wasm/dist/taskscope.mjs
	@test -d node_modules/pyodide -a -d node_modules/@micropython/micropython-webassembly-pyscript \
	  || { echo "bench-peers: run npm ci first (the peers are devDependencies)"; exit 1; }
	python3 scripts/bench/run.py --rounds 3 --write-doc
bench-runtime: build/rel/bench-runtime build/wasm/bench-runtime.cjs build/wasm/bench-runtime-blanket.cjs
	@echo "# native (build/rel)"; build/rel/bench-runtime
	@echo "# wasm under Node, narrow Asyncify list ($$(stat -c %s build/wasm/bench-runtime.cjs) bytes)"
	@$(NODE) build/wasm/bench-runtime.cjs
	@echo "# wasm under Node, blanket Asyncify ($$(stat -c %s build/wasm/bench-runtime-blanket.cjs) bytes)"
	@$(NODE) build/wasm/bench-runtime-blanket.cjs

# ---- the interpreter (runtime/py) and the native CLI ---------------------------------
# Modules written in Python (runtime/lib/**/*.py) are embedded into the binary twice
# (runtime/py/frozen.h): their text, as a generated C table that a Node script writes
# (so that step needs no Python), and their code objects, compiled at build time by the
# native compiler and serialized (runtime/py/marshal.h) by the freeze tool, which links
# the text table but not the code table. The serialized form is platform independent:
# the wasm build embeds the same build/gen/pylib_code.c.
PYLIB_PY   := $(shell find runtime/lib -name '*.py' 2>/dev/null | sort)
PYLIB_SRC  := build/gen/pylib.c
# The wasm engine embeds only what `import asyncio` loads (text and code, the code
# without column tables), since its download size counts; every other module goes to
# the library bundle beside it, which the engine asks its host for on the first import
# of one (runtime/py/libbundle.h, docs/engine.md). The bundle has three parts:
# wasm/dist/taskscope-lib.bin for everyday modules, wasm/dist/taskscope-lib-more.bin
# for the big tools and the modules asyncio programs rarely import that LIB_MORE_MODULES
# lists (a package brings its submodules), so that a program importing json or re does
# not download unittest, decimal or uuid (docs/interpreter.md), and
# taskscope-lib-unicode.bin for unicodedata. No module of the first part may import one
# of the others (the test in tests/node/lib_bundle.test.mjs). The
# native build embeds every module with every table. The freeze tool compiles the
# files themselves (docstrings included) and checks that the embedded text, whose
# comments and docstrings are blanked, compiles to the same lines and columns.
PYLIB_CODE      := build/gen/pylib_code.c
PYLIB_CODE_WASM := build/gen/pylib_code_wasm.c
PYLIB_BUNDLE    := wasm/dist/taskscope-lib.bin
PYLIB_BUNDLE_MORE := wasm/dist/taskscope-lib-more.bin
LIB_MORE_MODULES := unittest,argparse,doctest,getopt,sched,pickle,ipaddress,decimal,_decimal_digits,_decimal_format,zlib,_deflate,gzip,codecs,difflib,calendar,csv,pathlib,_inflate,shutil,importlib,logging.config,colorsys,_random_extra,_sysinfo,html,shlex,base64,binascii,hmac,secrets,array,graphlib,timeit,locale,platform,tempfile,glob,fnmatch,uuid,errno,urllib,stat,tracemalloc,faulthandler,getpass,mimetypes,this,tomllib,configparser,xml
# A third part for unicodedata's tables (190 KB gzip): a unittest or decimal program
# should not download them.
PYLIB_BUNDLE_UNICODE := wasm/dist/taskscope-lib-unicode.bin
LIB_UNICODE_MODULES := unicodedata,_unicodedata_db,_unicodedata_names
PYLIB_BUNDLES := $(PYLIB_BUNDLE) $(PYLIB_BUNDLE_MORE) $(PYLIB_BUNDLE_UNICODE)
FREEZE          := build/rel/tests/tools/freeze_pylib
# The folders too: removing a module changes only its folder's time.
PYLIB_DIRS := $(shell find runtime/lib -type d 2>/dev/null | sort)
build/gen/pylib.c: scripts/embed_pylib.mjs $(PYLIB_PY) $(PYLIB_DIRS)
	$(NODE) scripts/embed_pylib.mjs $@ runtime/lib
PY_SRC += $(PYLIB_SRC)
$(FREEZE): $(FREEZE).o $(call objs,rel,$(PY_SRC) $(AIO_SRC))
	$(CC) $^ -o $@ $(LDFLAGS_rel)
$(PYLIB_CODE): $(FREEZE) $(PYLIB_PY)
	@mkdir -p $(@D)
	$(FREEZE) $@ --lib runtime/lib
$(PYLIB_CODE_WASM) $(PYLIB_BUNDLES) &: $(FREEZE) $(PYLIB_PY) Makefile
	@mkdir -p $(dir $(PYLIB_CODE_WASM)) $(dir $(PYLIB_BUNDLE))
	$(FREEZE) $(PYLIB_CODE_WASM) --lib runtime/lib --lines-only --bundle $(PYLIB_BUNDLE) \
	  --more $(PYLIB_BUNDLE_MORE) $(LIB_MORE_MODULES) \
	  --more $(PYLIB_BUNDLE_UNICODE) $(LIB_UNICODE_MODULES) asyncio
PY_SRC += $(PYLIB_CODE)

build/%/taskscope: $$(call objs,$$*,$(CLI_SRC) $(PY_SRC) $(AIO_SRC))
	$(CC) $^ -o $@ $(LDFLAGS_$*)
# Each tests/py/*.c is a standalone test program (exit status 0 = pass) linked with the
# whole library; tests/tools/*.c are developer tools built the same way but not run.
TEST_PY_BINS := $(patsubst %.c,build/asan/%,$(TEST_PY_SRC))
TOOL_SRC     := $(sort $(wildcard tests/tools/*.c))
build/asan/tests/py/%: build/asan/tests/py/%.o $(call objs,asan,$(PY_SRC) $(AIO_SRC))
	$(CC) $^ -o $@ $(LDFLAGS_asan)
build/asan/tests/tools/%: build/asan/tests/tools/%.o $(call objs,asan,$(PY_SRC) $(AIO_SRC))
	$(CC) $^ -o $@ $(LDFLAGS_asan)
build/rel/tests/tools/%: build/rel/tests/tools/%.o $(call objs,rel,$(PY_SRC) $(AIO_SRC))
	$(CC) $^ -o $@ $(LDFLAGS_rel)

.PHONY: test-py test-programs
test-py: $(TEST_PY_BINS)
	@fail=0; for t in $^; do $$t || { echo "FAILED: $$t"; fail=1; }; done; exit $$fail
# The whole corpus under ASan+UBSan; programs listed in known-failures.txt are run and
# counted apart (see scripts/run_programs.py).
test-programs: build/asan/taskscope
	$(PYTHON) scripts/run_programs.py --cli $< \
	  --known-failures tests/programs/known-failures.txt
# asyncio traces against CPython's (tests/trace/test_trace.py).
test-trace: build/rel/taskscope
	$(PYTHON) tests/trace/test_trace.py $<

# ---- modules written in Python (runtime/lib) -------------------------------------------
# Our modules are plain Python, so CPython can run them beside its own: tests/lib
# compares results and error messages on the same inputs.
.PHONY: test-lib
# Some checks run programs on the native engine (math.hypot, complex): build it first.
test-lib: build/rel/taskscope
	$(PYTHON) -W ignore tests/lib/run.py

# ---- the web page and the embed widget (web/) -------------------------------------------
# `make web` bundles web/src (CodeMirror from node_modules, no CDN) into web/dist.
# The browser tests drive Debian's Chromium through playwright-core. `make test-browser`
# builds the engine first and requires it; run by hand without the engine, the tests
# that need it skip and say so.
# `make web-fixtures` remakes the timeline's trace fixtures with the CPython oracle.
WEB_SRC := $(wildcard web/src/*.js web/src/*.css web/examples/*.py)
web/dist/app.js: $(WEB_SRC) scripts/build-web.mjs package-lock.json | node_modules/.package-lock.json
	$(NODE) scripts/build-web.mjs
# esbuild, CodeMirror and playwright-core come from npm (setup.sh does the same).
node_modules/.package-lock.json: package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
.PHONY: web web-fixtures test-browser
web: web/dist/app.js
web-fixtures:
	for f in web/examples/*.py tests/browser/fixtures/*.py; do \
	  case $$f in *many_tasks.py) continue;; esac; \
	  $(PYTHON) scripts/trace_oracle.py --quiet --no-rt $$f -o tests/browser/fixtures/$$(basename $$f .py).json || exit 1; \
	done
test-browser: web wasm
	TASKSCOPE_REQUIRE_ENGINE=1 $(NODE) --test --test-concurrency=1 --test-timeout=$(NODE_TEST_TIMEOUT_MS) tests/browser/

# ---- the WebAssembly engine (wasm/) -----------------------------------------------------
# `make wasm` builds wasm/dist/: taskscope.wasm (interpreter + runtime + the runtime/lib
# modules `import asyncio` loads), taskscope-lib.bin (the other runtime/lib modules,
# read on first import: the library bundle, made with PYLIB_CODE_WASM above),
# taskscope.mjs (the ES-module API, the same file in browsers and in Node: the
# Emscripten MODULARIZE glue, wasm/src/lib_bundle.mjs and wasm/src/taskscope.mjs) and
# taskscope-worker.mjs (the Web Worker / worker_thread host). See docs/api.md.
#
# Asyncify is limited to the suspension chain (docs/runtime.md, "Listing the suspension
# chain"): the fiber entries, the eval loop and what lies between it and the runtime's
# suspending calls. `make wasm-advise` prints what Binaryen's advisor finds reachable
# through direct calls; `make wasm-blanket` builds the blanket variant measured against
# it in docs/performance.md. Names must survive to the Asyncify pass: --profiling-funcs.
WASM_SRC   := $(sort $(wildcard wasm/*.c))
WASM_OBJS  := $(call objs,wasm,$(WASM_SRC) $(filter-out $(PYLIB_CODE) $(PYLIB_SRC),$(PY_SRC)) $(PYLIB_CODE_WASM) $(AIO_SRC))
WASM_JSLIB := wasm/src/library_taskscope.js runtime/aio/asyncify_imports.js
# The suspension chain (docs/runtime.md, docs/engine.md). A real-clock run is driven
# (runtime/py/drive.h): the program runs in a main fiber that suspends, through Asyncify,
# whenever it must wait (a_run_once's idle wait, time.sleep), so everything that can be
# on the C stack between the fiber's entry and aio__fiber_suspend is listed: the run
# entry, the eval loop (WASM_CHAIN_PY), the call paths between Python and C, the loop
# iteration that runs Python callbacks, and the two waits. Binaryen's advisor
# (`make wasm-advise`) finds the direct part; the calls through pointers are listed by
# hand. Tasks themselves are generators (no fibers), so the runtime's task functions
# are not linked. py_vm_resume is the eval loop's small wrapper: the loop's body (vm_run)
# is not listed and makes its calls to C as out-calls through the wrapper (docs/engine.md,
# "Asyncify and the eval loop"); listing the body cost ~30 % on plain Python.
# py_call is not listed: nothing below it may suspend (runtime/py/code.h); the chain's
# calls of Python callables go through py__call_on_chain. `make test-asyncify` checks
# the list against the linked module (scripts/asyncify_check.py, docs/engine.md,
# "Checking the suspension chain").
WASM_CHAIN_PY := py_vm_resume,py_vm_call_function,py_vm_exec_code,gen_send_ex,gen_throw_ex,py_gen_send, \
                 gen_send,gen_throw,cw_send,cw_throw,asend_step, \
                 asend_send,asend_throw,py__call_on_chain,py_clock_sleep
# The C asyncio Task/Future (runtime/py/asyncio_task.c, mod__asyncio.c): a task's step
# and a done callback run from the ready queue and call into Python. Every function
# between run_soon_call and task_step is listed: a time.sleep() in a coroutine on the
# real clock suspends through them (tests/node/api.test.mjs, "real clock, untraced").
WASM_CHAIN_ASYNCIO := run_soon_call,call_soon_target_timed,py__asyncio_task_step_call,stepwrapper_call,task_step, \
                      task_wakeup
# Python threads (runtime/py/thread_sched.c): each runs in a fiber of its own entered
# at thread_entry, and blocks (suspends, or runs the others) in wait_turn; a `with`
# block's Python __enter__ and a Python __call__ (functools.partial) are out-calls.
WASM_CHAIN_THREADS := thread_entry,m_block,py_thread_block,block_until,wait_turn, \
                      py_thread_loop_idle,loop_wait_with_threads,py__thread_shutdown, \
                      slot_call,py__call_prepend_on_chain,for_iter_next,a_run_once_inner
WASM_CHAIN := fiber_main,fiber_entry,aio__fiber_suspend,aio__task_suspend,aio_await,aio_yield, \
              aio_sleep,aio_wait,aio_wait_for,cancel_and_wait,aio_as_completed_next, \
              aio_taskgroup_exit,aio_lock_acquire,aio_event_wait,aio_condition_acquire, \
              aio_condition_wait,aio_condition_wait_for,aio_semaphore_acquire, \
              aio_queue_put,aio_queue_get,aio_queue_join,wait_turn,aio__waitq_wait, \
              aio_main_fiber_suspend,py_drive_wait,main_entry,py_run_file,py_run_string, \
              a_run_once,aio_loop_run_once,run_once,run_handle,run_callable,host_idle, \
              t_sleep,traced_sleep,py_clock_sleep,function_call,method_call,cfunction_call, \
              method_descr_call,call_any,send_other,$(WASM_CHAIN_ASYNCIO),$(WASM_CHAIN_PY), \
              $(WASM_CHAIN_THREADS)
# -sFILESYSTEM=0: programs have no file system (builtins.c's open() says so), the
# driven run takes its source as text (ts_begin), so Emscripten's in-memory FS is left
# out of the glue (taskscope.mjs 20.9 -> 10.1 KB gzip; docs/performance.md).
# -sTEXTDECODER=0: the glue makes no TextDecoder of its own (two per instance, for
# strings our code never reads through the glue); a run's output is decoded by
# wasm/src/taskscope.mjs, which needs no decoder for ASCII output, so a cold
# print("hi") makes none (docs/performance.md, "Cold start (session 7)").
WASM_NOINLINE := -sBINARYEN_EXTRA_PASSES=--flexible-inline-max-function-size=0,--one-caller-inline-max-function-size=0
WASM_LDFLAGS := -O2 -sMODULARIZE=1 -sEXPORT_NAME=createTaskscopeModule \
                -sENVIRONMENT=web,worker -sALLOW_MEMORY_GROWTH=1 -sTOTAL_STACK=4194304 \
                -sEXIT_RUNTIME=0 -sINVOKE_RUN=0 -sDYNAMIC_EXECUTION=0 \
                '-sEXPORTED_FUNCTIONS=["_ts_run","_ts_begin","_ts_drive","_ts_stop","_ts_end","_ts_clock","_ts_step","_ts_mem_used","_malloc","_free"]' \
                -sFILESYSTEM=0 -sTEXTDECODER=0 \
                $(foreach f,$(WASM_JSLIB),--js-library $(f)) $(WASM_NOINLINE) --profiling-funcs -lm
WASM_NARROW  := -sASYNCIFY=1 -sASYNCIFY_IGNORE_INDIRECT=1 '-sASYNCIFY_ONLY=[$(subst $(eval) ,,$(WASM_CHAIN))]'
WASM_BLANKET := -sASYNCIFY=1 '-sASYNCIFY_REMOVE=["aio__fiber_run"]'
WASM_WITH_PY := -sASYNCIFY=1 -sASYNCIFY_IGNORE_INDIRECT=1 '-sASYNCIFY_ONLY=[$(subst $(eval) ,,$(WASM_CHAIN)),$(subst $(eval) ,,$(WASM_CHAIN_PY))]'

build/wasm/engine/taskscope.js: $(WASM_OBJS) $(WASM_JSLIB)
	@mkdir -p $(@D)
	set -o pipefail; $(EMCC) $(WASM_OBJS) -o $@ $(WASM_LDFLAGS) $(WASM_NARROW) 2>&1 | { grep -v 'non-existing function name' || true; }
build/wasm/withpy/taskscope.js: $(WASM_OBJS) $(WASM_JSLIB)
	@mkdir -p $(@D)
	set -o pipefail; $(EMCC) $(WASM_OBJS) -o $@ $(WASM_LDFLAGS) $(WASM_WITH_PY) 2>&1 | { grep -v 'non-existing function name' || true; }
build/wasm/none/taskscope.js: $(WASM_OBJS) $(WASM_JSLIB)
	@mkdir -p $(@D)
	$(EMCC) $(WASM_OBJS) -o $@ $(WASM_LDFLAGS)
build/wasm/blanket/taskscope.js: $(WASM_OBJS) $(WASM_JSLIB)
	@mkdir -p $(@D)
	$(EMCC) $(WASM_OBJS) -o $@ $(WASM_LDFLAGS) $(WASM_BLANKET)
# The name section was needed only by the Asyncify pass: strip it from what ships.
wasm/dist/taskscope.mjs: build/wasm/engine/taskscope.js wasm/src/taskscope.mjs wasm/src/lib_bundle.mjs wasm/src/worker.mjs wasm/build.mjs $(PYLIB_BUNDLES)
	$(NODE) wasm/build.mjs build/wasm/engine wasm/dist $(PYLIB_BUNDLES)
	wasm-opt --strip-debug --strip-producers wasm/dist/taskscope.wasm -o wasm/dist/taskscope.wasm

.PHONY: wasm wasm-size wasm-blanket wasm-withpy wasm-none wasm-advise test-node test-asyncify
wasm: wasm/dist/taskscope.mjs
# The download size against the 400 KB gzip budget, per file and per .wasm section.
wasm-size: wasm
	$(NODE) scripts/wasm_size.mjs wasm/dist
wasm-blanket: build/wasm/blanket/taskscope.js $(PYLIB_BUNDLES)
	$(NODE) wasm/build.mjs build/wasm/blanket build/wasm/blanket/dist $(PYLIB_BUNDLES)
	wasm-opt --strip-debug --strip-producers build/wasm/blanket/dist/taskscope.wasm -o build/wasm/blanket/dist/taskscope.wasm
wasm-withpy: build/wasm/withpy/taskscope.js $(PYLIB_BUNDLES)
	$(NODE) wasm/build.mjs build/wasm/withpy build/wasm/withpy/dist $(PYLIB_BUNDLES)
	wasm-opt --strip-debug --strip-producers build/wasm/withpy/dist/taskscope.wasm -o build/wasm/withpy/dist/taskscope.wasm
wasm-none: build/wasm/none/taskscope.js $(PYLIB_BUNDLES)
	$(NODE) wasm/build.mjs build/wasm/none build/wasm/none/dist $(PYLIB_BUNDLES)
	wasm-opt --strip-debug --strip-producers build/wasm/none/dist/taskscope.wasm -o build/wasm/none/dist/taskscope.wasm
wasm-advise: $(WASM_OBJS) $(WASM_JSLIB)
	@mkdir -p build/wasm/advise
	$(EMCC) $(WASM_OBJS) -o build/wasm/advise/taskscope.js $(WASM_LDFLAGS) \
	  -sASYNCIFY=1 -sASYNCIFY_IGNORE_INDIRECT=1 -sASYNCIFY_ADVISE=1 2>&1 | grep -i 'asyncify' | sort
# Every function that can be on the C stack when the engine suspends must be instrumented
# (docs/engine.md, "Checking the suspension chain"): a few seconds on the linked module.
test-asyncify: build/wasm/engine/taskscope.js
	$(PYTHON) scripts/asyncify_check.py --wasm build/wasm/engine/taskscope.wasm --chain '$(WASM_CHAIN)'
# A test that hangs (once: a CPython child waiting for a password on the terminal) fails
# after ten minutes instead of holding the suite until CI's limit.
NODE_TEST_TIMEOUT_MS := 600000
# The API tests compare the Node CLI and done.trace with the native CLI (build/rel).
test-node: wasm build/rel/taskscope
	$(NODE) --test --test-concurrency=2 --test-timeout=$(NODE_TEST_TIMEOUT_MS) tests/node/

# ---- fuzzing and hostile programs (tests/fuzz, tests/robustness) ----------------------
# libFuzzer targets built with clang (ASan + UBSan + the fuzzer's coverage) in build/fuzz:
#   fuzz_parse  bytes -> lexer/parser -> free          fuzz_run  compile + run, limited
#   fuzz_aio    random task runtime call sequences with invariant checks
# `make fuzz SECONDS=600` runs each target for that long, one after the other (never two
# at once: the machine is shared); `make test-fuzz` is the short run `make test` does.
# Seeds come from tests/programs and tests/parser (tests/fuzz/make_seeds.sh); what the
# fuzzers learn stays in build/fuzz/corpus, crashes land in build/fuzz/artifacts.
FUZZ_CC      := clang-14
CFLAGS_fuzz  := $(COMMON_CFLAGS) -O1 -g -fno-omit-frame-pointer \
                -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
FUZZ_TARGETS := parse run aio
FUZZ_BINS    := $(addprefix build/fuzz/fuzz_,$(FUZZ_TARGETS))
SECONDS      ?= 60
FUZZ_TEST_SECONDS ?= 60
# fuzz_run: no leak check (cycles a program makes leak by design, object.h); 20 s per
# input at most; one process: py_fini gives back what py_init and a run's modules and
# classes used (reinit.c bounds it), so session 1's fork mode is no longer needed.
FUZZ_OPTS_parse := -max_len=4096 -timeout=10
FUZZ_OPTS_run   := -max_len=4096 -timeout=20 -detect_leaks=0 -rss_limit_mb=2048
FUZZ_OPTS_aio   := -max_len=1024 -timeout=10
build/fuzz/%.o: %.c
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CFLAGS_fuzz) -c $< -o $@
build/fuzz/fuzz_%: build/fuzz/tests/fuzz/fuzz_%.o $(call objs,fuzz,$(PY_SRC) $(AIO_SRC))
	$(FUZZ_CC) -fsanitize=fuzzer,address,undefined $^ -o $@ -lm
.PHONY: fuzz fuzz-build test-fuzz fuzz-seeds test-robustness
fuzz-build: $(FUZZ_BINS)
fuzz-seeds:
	bash tests/fuzz/make_seeds.sh build/fuzz/seeds
# Runs one target for $(2) seconds; stops make at the first crash, showing its report.
define run_fuzzer
	@mkdir -p build/fuzz/artifacts build/fuzz/corpus/$(1)
	@echo "fuzz_$(1): $(2) s"
	@build/fuzz/fuzz_$(1) $(FUZZ_OPTS_$(1)) -dict=tests/fuzz/python.dict -max_total_time=$(2) \
	  -print_final_stats=1 -artifact_prefix=build/fuzz/artifacts/$(1)- \
	  build/fuzz/corpus/$(1) build/fuzz/seeds/$(1) 2>build/fuzz/$(1).log \
	  || { tail -40 build/fuzz/$(1).log; exit 1; }
	@grep -E '^stat::(number_of_executed_units|peak_rss_mb)|^#[0-9]+: cov' build/fuzz/$(1).log | tail -2 || true

endef
fuzz: fuzz-build fuzz-seeds
	$(foreach t,$(FUZZ_TARGETS),$(call run_fuzzer,$(t),$(SECONDS)))
# make test's short run: two targets at a time, each with a core of its own for its
# 60 s (two minutes of wall time instead of three).
TEST_FUZZ := $(addprefix test-fuzz-,$(FUZZ_TARGETS))
.PHONY: $(TEST_FUZZ)
test-fuzz: fuzz-build fuzz-seeds
	@$(MAKE) --no-print-directory -j2 --output-sync=target $(TEST_FUZZ)
$(TEST_FUZZ): test-fuzz-%:
	$(call run_fuzzer,$*,$(FUZZ_TEST_SECONDS))

# Hostile programs (tests/robustness/programs, expected outputs from CPython), the
# 1,000-runs-in-one-process test, and every input that once crashed a fuzzer, replayed.
ROBUST_C_SRC  := $(sort $(wildcard tests/robustness/*.c))
ROBUST_C_BINS := $(patsubst %.c,build/asan/%,$(ROBUST_C_SRC))
build/asan/tests/robustness/%: build/asan/tests/robustness/%.o $(call objs,asan,$(PY_SRC) $(AIO_SRC))
	$(CC) $^ -o $@ $(LDFLAGS_asan)
test-robustness: build/asan/taskscope $(ROBUST_C_BINS) $(FUZZ_BINS)
	@for t in $(ROBUST_C_BINS); do ASAN_OPTIONS=detect_leaks=0 $$t || exit 1; done
	@for t in $(FUZZ_TARGETS); do \
	  crashes=$$(ls tests/robustness/crashes/$$t-* 2>/dev/null); \
	  [ -z "$$crashes" ] || build/fuzz/fuzz_$$t -timeout=20 -detect_leaks=$$([ $$t = run ] && echo 0 || echo 1) $$crashes 2>build/fuzz/replay-$$t.log \
	    || { tail -30 build/fuzz/replay-$$t.log; exit 1; }; \
	done; echo "replayed $$(ls tests/robustness/crashes | wc -l) fuzzer crash inputs"
	$(PYTHON) tests/robustness/run.py --cli build/asan/taskscope
	$(PYTHON) tests/robustness/limits.py --cli build/asan/taskscope

# ---- the whole suite ------------------------------------------------------------------
# Each area adds its test target once its sources exist, so `make test` is always the
# complete list of what there is to test.
# test-node first: it builds wasm/dist, which the browser suite's engine tests need.
TESTS := test-lib test-node test-browser test-asyncify test-derivation
ifneq ($(TEST_RUNTIME_SRC),)
TESTS += test-runtime test-runtime-wasm
endif
ifneq ($(TEST_PY_SRC),)
TESTS += test-py
endif
ifneq ($(CLI_SRC),)
TESTS += test-programs test-trace test-robustness test-fuzz test-decls
endif

.PHONY: test-derivation
# We write our own code: no module of runtime/lib may read line for line like CPython's
# own for more than a quarter of its substantial lines (scripts/derivation.py says how
# that is counted; written-from-scratch modules land near 10-20 %).
test-derivation:
	$(PYTHON) scripts/derivation.py --over 25 --check

.PHONY: test-decls
# A function declared by hand in one .c file and defined differently in another links
# silently and breaks at run time (two branches once merged a stale 4-argument
# prototype of a 5-argument function). Link-time optimisation compares every
# declaration of a symbol across files, so one LTO link of the CLI catches it.
test-decls: build/lto/taskscope
build/lto/taskscope: $(AIO_SRC) $(PY_SRC) $(CLI_SRC) $(PYLIB_CODE) build/gen/pylib.c
	@mkdir -p build/lto
	set -o pipefail; $(CC) -std=c11 -D_DEFAULT_SOURCE -Iruntime -O0 -flto=2 -Werror=lto-type-mismatch -Werror=odr \
	  $(AIO_SRC) $(filter-out $(PYLIB_CODE) build/gen/pylib.c,$(PY_SRC)) $(CLI_SRC) build/gen/pylib.c $(PYLIB_CODE) \
	  -o $@ -lm

# What the suites run, built first with two jobs: on a fresh machine compiling (native,
# ASan, wasm, fuzzers) is half of `make test`, and one job left a core idle. The suites
# then run one at a time: several of them time the engine and need the other core quiet.
TEST_BUILDS := build/rel/taskscope wasm web build/wasm/engine/taskscope.js
ifneq ($(TEST_RUNTIME_SRC),)
TEST_BUILDS += build/asan/test-runtime build/asan/docs-example build/wasm/test-runtime.cjs
endif
TEST_BUILDS += $(TEST_PY_BINS)
ifneq ($(CLI_SRC),)
TEST_BUILDS += build/asan/taskscope $(ROBUST_C_BINS) $(FUZZ_BINS) build/lto/taskscope
endif
.PHONY: test-builds
test-builds:
	@$(MAKE) --no-print-directory -j2 $(TEST_BUILDS)

test:
	@$(MAKE) --no-print-directory test-builds
	@$(MAKE) --no-print-directory $(TESTS)
	@echo "make test: all suites passed ($(TESTS))"

# ---- serving the playground -----------------------------------------------------------
serve: setup web wasm
	$(NODE) scripts/serve.mjs --port $(PORT)

clean:
	rm -rf build wasm/dist web/dist

