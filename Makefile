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
CFLAGS_wasm   := $(COMMON_CFLAGS) -O2
LDFLAGS_rel   := -lm
LDFLAGS_asan  := -fsanitize=address,undefined -lm
# Asyncify on the whole unit-test binary: the instrumented list for the engine lives
# with the wasm build; tests keep it simple and exercise the same switch code.
LDFLAGS_wasm  := -O2 -sASYNCIFY=0 -sALLOW_MEMORY_GROWTH=1 -sSTACK_SIZE=1048576 \
                 -sEXIT_RUNTIME=1 -sENVIRONMENT=node -lm

AIO_SRC          := $(sort $(wildcard runtime/aio/*.c))
PY_SRC           := $(sort $(wildcard runtime/py/*.c))
CLI_SRC          := $(sort $(wildcard runtime/cli/*.c))
TEST_RUNTIME_SRC := $(sort $(wildcard tests/runtime/*.c))
TEST_PY_SRC      := $(sort $(wildcard tests/py/*.c))
BENCH_SRC        := $(sort $(wildcard tests/bench/*.c))

objs = $(patsubst %.c,build/$(1)/%.o,$(2))

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
build/wasm/test-runtime.js: $(call objs,wasm,$(TEST_RUNTIME_SRC) $(AIO_SRC))
	$(EMCC) $^ -o $@ $(LDFLAGS_wasm)

.PHONY: test-runtime test-runtime-wasm
test-runtime: build/asan/test-runtime
	$<
test-runtime-wasm: build/wasm/test-runtime.js
	$(NODE) $<

# ---- the interpreter (runtime/py) and the native CLI ---------------------------------
# Modules written in Python (runtime/lib/**/*.py) are embedded into the binary as a
# generated C table; a Node script writes it, so the build needs no Python.
PYLIB_PY  := $(shell find runtime/lib -name '*.py' 2>/dev/null | sort)
PYLIB_SRC := build/gen/pylib.c
build/gen/pylib.c: scripts/embed_pylib.mjs $(PYLIB_PY)
	$(NODE) scripts/embed_pylib.mjs $@ runtime/lib
PY_SRC += $(PYLIB_SRC)

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
test-programs: build/asan/taskscope
	$(PYTHON) scripts/run_programs.py --cli $<

# ---- the whole suite ------------------------------------------------------------------
# Each area adds its test target once its sources exist, so `make test` is always the
# complete list of what there is to test.
TESTS :=
ifneq ($(TEST_RUNTIME_SRC),)
TESTS += test-runtime test-runtime-wasm
endif
ifneq ($(TEST_PY_SRC),)
TESTS += test-py
endif
ifneq ($(CLI_SRC),)
TESTS += test-programs
endif

test: $(TESTS)
	@echo "make test: all suites passed ($(TESTS))"

# ---- serving the playground -----------------------------------------------------------
serve: setup
	$(NODE) scripts/serve.mjs --port $(PORT)

clean:
	rm -rf build wasm/dist web/dist

