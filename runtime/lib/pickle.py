"""Serializing objects to bytes and back: dumps/loads, dump/load on file-like objects,
Pickler/Unpickler. The byte stream is CPython's (protocols 0 to 5, default 4 with
framing), so dumps() gives the same bytes as CPython for builtin values, functions
and classes by reference, and instances of plain classes (through __reduce_ex__,
__getstate__/__setstate__, copyreg). Not supported: out-of-band buffers
(PickleBuffer, buffer_callback), persistent ids.

Layout: the opcode table; the Python 2 name tables; _FramedOutput (protocol 4 frames)
and Pickler, whose writers are chosen by exact type in _WRITERS; _Input and Unpickler,
a stack machine whose opcode handlers are registered in _HANDLERS; the four functions."""

import _codecs
import struct
import sys
import copyreg
from copyreg import dispatch_table

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler",
           "dump", "dumps", "load", "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    """Base class of the errors pickling and unpickling raise."""


class PicklingError(PickleError):
    """An object cannot be pickled."""


class UnpicklingError(PickleError):
    """The data is not a valid pickle (or names something that cannot be rebuilt)."""



# ---- opcodes (pickletools documents each) ---------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# Protocol 4 cuts the opcode stream into frames of about this many bytes.
_FRAME_TARGET = 0x10000
# Containers are written in runs of at most this many items between MARK and the
# APPENDS / SETITEMS / ADDITEMS that consumes them.
_RUN = 1000
# The opcodes that build a tuple of 0 to 3 items straight from the stack (protocol 2+).
_SMALL_TUPLE = (EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3)


def _u8(n):
    return n.to_bytes(1, "little")


def _u16(n):
    return n.to_bytes(2, "little")


def _u32(n):
    return n.to_bytes(4, "little")


def _u64(n):
    return n.to_bytes(8, "little")


def _i32(n):
    return n.to_bytes(4, "little", signed=True)


def encode_long(x):
    """x as little-endian two's complement in as few bytes as hold it (b'' for 0)."""
    if not x:
        return b''
    # bit_length counts magnitude bits; one more bit holds the sign. A negative power
    # of two (e.g. -128) fits in one byte less than that count suggests.
    size = x.bit_length() // 8 + 1
    if x < 0 and size > 1 and x >= -(1 << (8 * (size - 1) - 1)):
        size -= 1
    return x.to_bytes(size, "little", signed=True)


def decode_long(data):
    """The integer a LONG1 / LONG4 payload holds."""
    return int.from_bytes(data, "little", signed=True)


# ---- names in Python 2 pickles (protocols 0-2 with fix_imports) -----------------------------

_EXCEPTIONS = (
    "ArithmeticError AssertionError AttributeError BaseException BufferError BytesWarning "
    "DeprecationWarning EOFError EnvironmentError Exception FloatingPointError FutureWarning "
    "GeneratorExit IOError ImportError ImportWarning IndentationError IndexError KeyError "
    "KeyboardInterrupt LookupError MemoryError NameError NotImplementedError OSError "
    "OverflowError PendingDeprecationWarning ReferenceError RuntimeError RuntimeWarning "
    "StopIteration SyntaxError SyntaxWarning SystemError SystemExit TabError TypeError "
    "UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError "
    "UnicodeTranslateError UnicodeWarning UserWarning ValueError Warning "
    "ZeroDivisionError").split()
_OSERROR_SUBCLASSES = (
    "BrokenPipeError ChildProcessError ConnectionAbortedError ConnectionError "
    "ConnectionRefusedError ConnectionResetError FileExistsError FileNotFoundError "
    "InterruptedError IsADirectoryError NotADirectoryError PermissionError "
    "ProcessLookupError TimeoutError").split()

# (module, name) in Python 3 -> in Python 2, and module renames.
_REVERSE_NAME_MAPPING = {
    ('builtins', 'range'): ('__builtin__', 'xrange'),
    ('functools', 'reduce'): ('__builtin__', 'reduce'),
    ('sys', 'intern'): ('__builtin__', 'intern'),
    ('builtins', 'chr'): ('__builtin__', 'unichr'),
    ('builtins', 'str'): ('__builtin__', 'unicode'),
    ('builtins', 'int'): ('__builtin__', 'long'),
    ('builtins', 'zip'): ('itertools', 'izip'),
    ('builtins', 'map'): ('itertools', 'imap'),
    ('builtins', 'filter'): ('itertools', 'ifilter'),
    ('itertools', 'filterfalse'): ('itertools', 'ifilterfalse'),
    ('itertools', 'zip_longest'): ('itertools', 'izip_longest'),
    ('collections', 'UserDict'): ('UserDict', 'IterableUserDict'),
    ('collections', 'UserList'): ('UserList', 'UserList'),
    ('collections', 'UserString'): ('UserString', 'UserString'),
    ('builtins', 'ModuleNotFoundError'): ('exceptions', 'ImportError'),
}
for _name in _EXCEPTIONS:
    _REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', _name)
for _name in _OSERROR_SUBCLASSES:
    _REVERSE_NAME_MAPPING[('builtins', _name)] = ('exceptions', 'OSError')
_REVERSE_IMPORT_MAPPING = {
    'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue',
    'socketserver': 'SocketServer', 'reprlib': 'repr', 'tkinter': 'Tkinter',
    'http.client': 'httplib', 'html.entities': 'htmlentitydefs', 'subprocess': 'commands',
    'urllib.parse': 'urlparse', 'dbm': 'anydbm', '_functools': 'functools',
    '_pickle': 'pickle',
}
_NAME_MAPPING = {v: k for k, v in _REVERSE_NAME_MAPPING.items()
                 if k[1] not in _OSERROR_SUBCLASSES and k[1] != 'ModuleNotFoundError'}
_NAME_MAPPING[('__builtin__', 'basestring')] = ('builtins', 'str')
_IMPORT_MAPPING = {v: k for k, v in _REVERSE_IMPORT_MAPPING.items()}
_IMPORT_MAPPING['exceptions'] = 'builtins'
_IMPORT_MAPPING['UserDict'] = 'collections'
_IMPORT_MAPPING['UserList'] = 'collections'
_IMPORT_MAPPING['UserString'] = 'collections'
del _name




# ---- pickling -------------------------------------------------------------------------------

class _FramedOutput:
    """Where a Pickler's bytes go. From protocol 4 on, the opcodes are gathered into
    frames: when a new object starts and the frame holds _FRAME_TARGET bytes or more,
    it is written as FRAME, its 8-byte length, its bytes (a frame of fewer than 4
    bytes goes without the header)."""

    def __init__(self, sink):
        self._sink = sink
        self._frame = None  # a list of pieces while framing, else None

    def begin_frames(self):
        self._frame = []
        self._held = 0

    def end_frames(self):
        if self._frame:
            self._flush_frame()
        self._frame = None

    def object_boundary(self):
        if self._frame is not None and self._held >= _FRAME_TARGET:
            self._flush_frame()

    def _flush_frame(self):
        body = b''.join(self._frame)
        if len(body) >= 4:
            self._sink(FRAME + _u64(len(body)))
        self._sink(body)
        self._frame = []
        self._held = 0

    def write(self, data):
        if self._frame is None:
            self._sink(data)
        else:
            self._frame.append(data)
            self._held += len(data)

    def write_outside_frame(self, header, payload):
        """Writes a payload as large as a frame or larger: it is not copied into one."""
        if self._frame is not None and self._frame:
            self._flush_frame()
        self._sink(header)
        self._sink(payload)


def _lookup_dotted(owner, dotted):
    """(the object at owner.a.b.c for dotted 'a.b.c', the object holding it)."""
    holder = owner
    for part in dotted.split("."):
        if part == "<locals>":
            raise AttributeError(f"Can't get local attribute {dotted!r} on {owner!r}")
        holder, owner = owner, getattr(owner, part)
    return owner, holder


def whichmodule(obj, name):
    """The name of the module `obj` can be imported from as `name`."""
    declared = getattr(obj, "__module__", None)
    if declared is not None:
        return declared
    for module_name, module in list(sys.modules.items()):
        if module is None or module_name == "__main__":
            continue
        try:
            found = _lookup_dotted(module, name)[0]
        except AttributeError:
            continue
        if found is obj:
            return module_name
    return "__main__"


def _text_int(value):
    return repr(value).encode("ascii")


def _escape_unicode_line(text):
    """The argument of the protocol 0 UNICODE opcode: raw-unicode-escape, with the
    characters that would end or corrupt the line written as \\uXXXX escapes."""
    out = bytearray()
    for ch in text:
        code = ord(ch)
        if ch in "\\\0\n\r\x1a":
            out += b"\\u%04x" % code
        elif code < 0x100:
            out.append(code)
        elif code < 0x10000:
            out += b"\\u%04x" % code
        else:
            out += b"\\U%08x" % code
    return bytes(out)


class Pickler:
    """Writes the pickle of objects to a file (anything with write(bytes))."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        elif protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError(f"pickle protocol must be <= {HIGHEST_PROTOCOL}")
        if buffer_callback is not None:
            raise PicklingError("out-of-band buffers are not supported in Taskscope")
        sink = getattr(file, "write", None)
        if sink is None:
            raise TypeError("file must have a 'write' attribute")
        self._out = _FramedOutput(sink)
        self.write = self._out.write
        self.proto = int(protocol)
        self.bin = self.proto >= 1
        self.fix_imports = bool(fix_imports) and self.proto < 3
        self.fast = 0
        # id(obj) -> (memo index, obj); holding obj keeps its id from being reused.
        self.memo = {}

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Writes the whole pickle of obj, from the protocol header to STOP."""
        if not hasattr(self, "_out"):
            raise PicklingError(f"Pickler.__init__() was not called by "
                                f"{type(self).__name__}.__init__()")
        if self.proto >= 2:
            self.write(PROTO + _u8(self.proto))
        if self.proto >= 4:
            self._out.begin_frames()
        self.save(obj)
        self.write(STOP)
        self._out.end_frames()

    # -- the memo: each object is written once, later references fetch it -------------

    def memoize(self, obj):
        if self.fast:
            return
        index = len(self.memo)
        if self.proto >= 4:
            self.write(MEMOIZE)
        else:
            self.write(self._memo_op(index, BINPUT, LONG_BINPUT, PUT))
        self.memo[id(obj)] = (index, obj)

    def _memo_op(self, index, one_byte, four_bytes, text):
        if not self.bin:
            return text + _text_int(index) + b'\n'
        return one_byte + _u8(index) if index < 0x100 else four_bytes + _u32(index)

    def _fetch(self, obj):
        """The opcode pushing the memoized copy of obj."""
        return self._memo_op(self.memo[id(obj)][0], BINGET, LONG_BINGET, GET)

    def _memoized(self, obj):
        return id(obj) in self.memo

    # -- any object -------------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        self._out.object_boundary()
        if self._memoized(obj):
            self.write(self._fetch(obj))
            return
        kind = type(obj)
        writer = _WRITERS.get(kind)
        if writer is not None:
            writer(self, obj)
            return
        reducer, reduced = self._reduce(obj, kind)
        if reducer is None:
            return
        if isinstance(reduced, str):
            self.save_global(obj, reduced)
            return
        if not isinstance(reduced, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if len(reduced) < 2 or len(reduced) > 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*reduced, obj=obj)

    def _reduce(self, obj, kind):
        """(the reducer used, what it returned) for an object without a writer of its
        own; (None, None) when the object was written as a global instead."""
        table = getattr(self, "dispatch_table", dispatch_table)
        custom = table.get(kind)
        if custom is not None:
            return custom, custom(obj)
        if issubclass(kind, type):
            self.save_global(obj)
            return None, None
        by_protocol = getattr(obj, "__reduce_ex__", None)
        if by_protocol is None:
            plain = getattr(obj, "__reduce__", None)
            if plain is None:
                raise PicklingError(f"Can't pickle {kind.__name__!r} object: {obj!r}")
            return plain, plain()
        # Protocols 0 and 1 rebuild plain instances through copyreg; do it here when
        # the class keeps object's own reduction methods.
        if (self.proto < 2 and getattr(kind, "__reduce_ex__", None) is object.__reduce_ex__
                and getattr(kind, "__reduce__", None) is object.__reduce__):
            return by_protocol, copyreg._reduce_ex(obj, self.proto)
        return by_protocol, by_protocol(self.proto)

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        """Writes the opcodes that call func(*args), then fill the result: list items,
        dict items, and state (by __setstate__, BUILD's default, or state_setter)."""
        if not isinstance(args, tuple):
            raise PicklingError("args from save_reduce() must be a tuple")
        if not callable(func):
            raise PicklingError("func from save_reduce() must be callable")
        self._write_call(func, args, obj)
        if obj is not None:
            if self._memoized(obj):
                # obj refers to itself through args: keep the copy built first.
                self.write(POP + self._fetch(obj))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._write_runs(listitems, self.save, APPEND, APPENDS)
        if dictitems is not None:
            self._write_runs(dictitems, self._save_pair, SETITEM, SETITEMS)
        if state is None:
            return
        if state_setter is None:
            self.save(state)
            self.write(BUILD)
            return
        # state_setter(obj, state), its result dropped.
        self.save(state_setter)
        self.save(obj)
        self.save(state)
        self.write(TUPLE2 + REDUCE + POP)

    def _write_call(self, func, args, obj):
        kind = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if kind not in ("__newobj__", "__newobj_ex__"):
            self.save(func)
            self.save(args)
            self.write(REDUCE)
            return
        # cls.__new__(cls, ...) has opcodes of its own from protocol 2 on.
        if kind == "__newobj_ex__":
            cls, positional, keywords = args
        else:
            cls, positional, keywords = args[0], args[1:], None
        if not hasattr(cls, "__new__"):
            raise PicklingError(f"args[0] from {kind} args has no __new__")
        if obj is not None and obj.__class__ is not cls:
            raise PicklingError(f"args[0] from {kind} args has the wrong class")
        if keywords is not None and self.proto < 4:
            # No NEWOBJ_EX before protocol 4: call a partial of cls.__new__ instead.
            import functools
            self.save(functools.partial(cls.__new__, cls, *positional, **keywords))
            self.save(())
            self.write(REDUCE)
            return
        self.save(cls)
        self.save(positional)
        if keywords is None:
            self.write(NEWOBJ)
        else:
            self.save(keywords)
            self.write(NEWOBJ_EX)

    def _write_sized(self, payload, short_op, op, long_op):
        """payload after its length: one byte with short_op (None: unavailable), eight
        with long_op past 4 GiB (protocol 4+), else four with op. Payloads of a frame's
        size or more are written outside the frames."""
        size = len(payload)
        if short_op is not None and size < 0x100:
            self.write(short_op + _u8(size) + payload)
            return
        if size > 0xffffffff and self.proto >= 4:
            header = long_op + _u64(size)
        else:
            header = op + _u32(size)
        if size >= _FRAME_TARGET:
            self._out.write_outside_frame(header, payload)
        else:
            self.write(header + payload)

    def _write_runs(self, items, save_item, single_op, run_op):
        """Items a reduction asks to add: each followed by single_op in protocol 0,
        else in runs of up to _RUN between MARK and run_op (single_op for a run of one)."""
        if not self.bin:
            for item in items:
                save_item(item)
                self.write(single_op)
            return
        source = iter(items)
        while True:
            run = []
            for item in source:
                run.append(item)
                if len(run) == _RUN:
                    break
            if len(run) == 1:
                save_item(run[0])
                self.write(single_op)
            elif run:
                self.write(MARK)
                for item in run:
                    save_item(item)
                self.write(run_op)
            if len(run) < _RUN:
                return

    def _save_pair(self, pair):
        key, value = pair
        self.save(key)
        self.save(value)

    # -- writers for exact builtin types ------------------------------------------------

    def _save_none(self, obj):
        self.write(NONE)

    def _save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def _save_int(self, obj):
        if self.bin and 0 <= obj < 0x100:
            self.write(BININT1 + _u8(obj))
        elif self.bin and 0 <= obj < 0x10000:
            self.write(BININT2 + _u16(obj))
        elif self.bin and -0x80000000 <= obj < 0x80000000:
            self.write(BININT + _i32(obj))
        elif self.proto >= 2:
            body = encode_long(obj)
            if len(body) < 0x100:
                self.write(LONG1 + _u8(len(body)) + body)
            else:
                self.write(LONG4 + _i32(len(body)) + body)
        elif -0x80000000 <= obj < 0x80000000:
            self.write(INT + _text_int(obj) + b'\n')
        else:
            self.write(LONG + _text_int(obj) + b'L\n')

    def _save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + struct.pack(">d", obj))
        else:
            self.write(FLOAT + _text_int(obj) + b'\n')

    def _save_bytes(self, obj):
        if self.proto >= 3:
            self._write_sized(obj, SHORT_BINBYTES, BINBYTES, BINBYTES8)
            self.memoize(obj)
        elif obj:
            # Before protocol 3 there is no bytes opcode: rebuild from latin-1 text.
            self.save_reduce(_codecs.encode, (obj.decode("latin1"), "latin1"), obj=obj)
        else:
            self.save_reduce(bytes, (), obj=obj)

    def _save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        data = bytes(obj)
        header = BYTEARRAY8 + _u64(len(data))
        if len(data) >= _FRAME_TARGET:
            self._out.write_outside_frame(header, data)
        else:
            self.write(header + data)
        self.memoize(obj)

    def _save_str(self, obj):
        if self.bin:
            short_op = SHORT_BINUNICODE if self.proto >= 4 else None
            self._write_sized(obj.encode("utf-8", "surrogatepass"), short_op,
                              BINUNICODE, BINUNICODE8)
        else:
            self.write(UNICODE + _escape_unicode_line(obj) + b'\n')
        self.memoize(obj)

    def _save_tuple(self, obj):
        size = len(obj)
        if size == 0:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        short = size <= 3 and self.proto >= 2
        if not short:
            self.write(MARK)
        for item in obj:
            self.save(item)
        if self._memoized(obj):
            # The tuple was reached again through one of its items and already built
            # there: drop the items and use that copy.
            if short:
                drop = POP * size
            elif self.bin:
                drop = POP_MARK
            else:
                drop = POP * (size + 1)
            self.write(drop + self._fetch(obj))
            return
        self.write(_SMALL_TUPLE[size] if short else TUPLE)
        self.memoize(obj)

    # An exact list or dict is written as CPython's C pickler writes it: a container
    # of one item with APPEND / SETITEM, otherwise every run (even a last run of one)
    # between MARK and APPENDS / SETITEMS; a dict whose size is a multiple of _RUN
    # ends with an empty run.

    def _save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if not self.bin:
            self._write_runs(obj, self.save, APPEND, APPENDS)
        elif len(obj) == 1:
            self.save(obj[0])
            self.write(APPEND)
        else:
            start = 0
            while start < len(obj):
                self.write(MARK)
                stop = start
                while stop < len(obj) and stop - start < _RUN:
                    self.save(obj[stop])
                    stop += 1
                self.write(APPENDS)
                start = stop

    def _save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not self.bin:
            self._write_runs(obj.items(), self._save_pair, SETITEM, SETITEMS)
            return
        size = len(obj)
        if size == 1:
            self._save_pair(next(iter(obj.items())))
            self.write(SETITEM)
            return
        if size == 0:
            return
        pairs = iter(obj.items())
        while True:
            self.write(MARK)
            count = 0
            for pair in pairs:
                self._save_pair(pair)
                count += 1
                if count == _RUN:
                    break
            self.write(SETITEMS)
            if len(obj) != size:
                raise RuntimeError("dictionary changed size during iteration")
            if count < _RUN:
                return

    def _save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        for start in range(0, len(items), _RUN):
            self.write(MARK)
            for item in items[start:start + _RUN]:
                self.save(item)
            self.write(ADDITEMS)

    def _save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for item in obj:
            self.save(item)
        if self._memoized(obj):
            self.write(POP_MARK + self._fetch(obj))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    # -- references to module-level objects -------------------------------------------

    def save_global(self, obj, name=None):
        """Writes obj as a reference to the module attribute it is (classes,
        functions), checking that importing it gives obj back."""
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        module_name = whichmodule(obj, name)
        if "<locals>" in name.split("."):
            raise AttributeError(f"Can't pickle local object {name!r}")
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            found, holder = _lookup_dotted(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError(f"Can't pickle {obj!r}: attribute lookup {name} on "
                                f"{module_name} failed") from None
        if found is not obj:
            raise PicklingError(f"Can't pickle {obj!r}: it's not the same object as "
                                f"{module_name}.{name}")
        if self.proto >= 2 and self._write_extension(module_name, name):
            return
        attribute = name.rsplit(".", 1)[-1]
        if holder is module:
            name = attribute
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif holder is not module:
            # A nested name before protocol 4: getattr(holder, attribute).
            self.save_reduce(getattr, (holder, attribute))
        elif self.proto >= 3:
            self.write(GLOBAL + module_name.encode("utf-8") + b'\n'
                       + name.encode("utf-8") + b'\n')
        else:
            self._write_py2_global(module, module_name, name)
        self.memoize(obj)

    def _write_extension(self, module_name, name):
        code = copyreg._extension_registry.get((module_name, name))
        if not code:
            return False
        if code < 0x100:
            self.write(EXT1 + _u8(code))
        elif code < 0x10000:
            self.write(EXT2 + _u16(code))
        else:
            self.write(EXT4 + _i32(code))
        return True

    def _write_py2_global(self, module, module_name, name):
        if self.fix_imports:
            renamed = _REVERSE_NAME_MAPPING.get((module_name, name))
            if renamed is not None:
                module_name, name = renamed
            else:
                module_name = _REVERSE_IMPORT_MAPPING.get(module_name, module_name)
        try:
            line = GLOBAL + module_name.encode("ascii") + b'\n' + name.encode("ascii") + b'\n'
        except UnicodeEncodeError:
            raise PicklingError(f"can't pickle global identifier '{module}.{name}' using "
                                f"pickle protocol {self.proto}") from None
        self.write(line)

    def _save_type(self, obj):
        # The types of the three singletons are not module attributes: type(singleton).
        for singleton in (None, NotImplemented, ...):
            if obj is type(singleton):
                self.save_reduce(type, (singleton,), obj=obj)
                return
        self.save_global(obj)


# The writer for each exact type with opcodes of its own (subclasses are reduced).
_WRITERS = {
    type(None): Pickler._save_none, bool: Pickler._save_bool, int: Pickler._save_int,
    float: Pickler._save_float, bytes: Pickler._save_bytes,
    bytearray: Pickler._save_bytearray, str: Pickler._save_str,
    tuple: Pickler._save_tuple, list: Pickler._save_list, dict: Pickler._save_dict,
    set: Pickler._save_set, frozenset: Pickler._save_frozenset, type: Pickler._save_type,
    type(whichmodule): Pickler.save_global, type(len): Pickler.save_global,
}


# ---- unpickling -------------------------------------------------------------------------------

class _Input:
    """An Unpickler's source: exact reads and lines from a file, with the errors
    CPython gives for data that ends early."""

    def __init__(self, file):
        self._file_read = file.read
        self._file_readline = file.readline
        # A frame is read whole when it starts (a short one is an error there) and
        # then consumed from here.
        self._frame = b''
        self._used = 0

    def read_frame(self, size):
        rest = self._frame[self._used:]
        self._frame, self._used = b'', 0
        self._frame = rest + self.exactly(size)

    def _read(self, size):
        if self._used >= len(self._frame):
            return self._file_read(size)
        data = self._frame[self._used:self._used + size]
        self._used += len(data)
        if len(data) < size:
            data += self._file_read(size - len(data))
        return data

    def _readline(self):
        if self._used >= len(self._frame):
            return self._file_readline()
        end = self._frame.find(b'\n', self._used)
        if end < 0:
            data = self._frame[self._used:]
            self._used = len(self._frame)
            return data + self._file_readline()
        data = self._frame[self._used:end + 1]
        self._used = end + 1
        return data

    def opcode(self):
        """The next opcode byte; EOFError when the data ends between opcodes."""
        data = self._read(1)
        if not data:
            raise EOFError("Ran out of input")
        return data[0]

    def exactly(self, size):
        data = self._read(size)
        if len(data) != size:
            raise UnpicklingError("pickle data was truncated")
        return data

    def uint(self, width):
        return int.from_bytes(self.exactly(width), "little")

    def int32(self):
        return int.from_bytes(self.exactly(4), "little", signed=True)

    def line(self):
        """The next line without its newline."""
        data = self._readline()
        if data[-1:] != b'\n':
            raise UnpicklingError("pickle data was truncated")
        return data[:-1]


def _unescape_unicode_line(data):
    """The text a protocol 0 UNICODE line holds (raw-unicode-escape)."""
    chars = []
    pos = 0
    while pos < len(data):
        escape = data[pos:pos + 2]
        width = 4 if escape == b"\\u" else 8 if escape == b"\\U" else 0
        if width:
            chars.append(chr(int(data[pos + 2:pos + 2 + width], 16)))
            pos += 2 + width
        else:
            chars.append(chr(data[pos]))
            pos += 1
    return "".join(chars)


class _Stopped(Exception):
    """Raised by STOP to leave the opcode loop with the unpickled object."""

    def __init__(self, result):
        super().__init__()
        self.result = result


# Opcode byte -> the function that carries it out on an Unpickler.
_HANDLERS = {}


def _handles(*opcodes):
    def register(handler):
        for opcode in opcodes:
            _HANDLERS[opcode[0]] = handler
        return handler
    return register


class Unpickler:
    """Rebuilds the object a pickle describes, read from a file (anything with
    read(n) and readline())."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        if not (hasattr(file, "read") and hasattr(file, "readline")):
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._file = file
        self.fix_imports = fix_imports
        self.encoding = encoding
        self.errors = errors
        self.memo = {}
        self.proto = 0

    def load(self):
        if not hasattr(self, "_file"):
            raise UnpicklingError(f"Unpickler.__init__() was not called by "
                                  f"{type(self).__name__}.__init__()")
        self._in = _Input(self._file)
        # One stack; MARK records where the items of the next container start.
        self._stack = []
        self._marks = []
        try:
            while True:
                opcode = self._in.opcode()
                handler = _HANDLERS.get(opcode)
                if handler is None:
                    raise UnpicklingError(f"invalid load key, {chr(opcode)!r}.")
                handler(self)
        except _Stopped as stop:
            return stop.result

    # -- the stack ------------------------------------------------------------------------

    def _push(self, value):
        self._stack.append(value)

    def _fence(self):
        return self._marks[-1] if self._marks else 0

    def _underflow(self):
        return UnpicklingError("unexpected MARK found" if self._marks
                               else "unpickling stack underflow")

    def _pop(self):
        if len(self._stack) <= self._fence():
            raise self._underflow()
        return self._stack.pop()

    def _top(self):
        if len(self._stack) <= self._fence():
            raise self._underflow()
        return self._stack[-1]

    def _pop_many(self, count):
        if len(self._stack) - count < self._fence():
            raise self._underflow()
        values = self._stack[len(self._stack) - count:]
        del self._stack[len(self._stack) - count:]
        return values

    def _pop_to_mark(self):
        """The items pushed since the last MARK, taken off the stack with the mark."""
        if not self._marks:
            raise UnpicklingError("could not find MARK")
        start = self._marks.pop()
        items = self._stack[start:]
        del self._stack[start:]
        return items

    def _replace_top(self, value):
        self._stack[-1] = value

    # -- globals ----------------------------------------------------------------------------

    def find_class(self, module, name):
        """The object a GLOBAL / STACK_GLOBAL / EXT opcode names (imported)."""
        if self.proto < 3 and self.fix_imports:
            renamed = _NAME_MAPPING.get((module, name))
            if renamed is not None:
                module, name = renamed
            else:
                module = _IMPORT_MAPPING.get(module, module)
        __import__(module, level=0)
        owner = sys.modules[module]
        if self.proto >= 4:
            return _lookup_dotted(owner, name)[0]
        return getattr(owner, name)

    def _text(self, raw):
        """A Python 2 str (STRING opcodes) as the `encoding` argument asks."""
        return raw if self.encoding == "bytes" else raw.decode(self.encoding, self.errors)

    def _memo_push(self, index):
        if index not in self.memo:
            raise UnpicklingError(f"Memo value not found at index {index}")
        self._push(self.memo[index])

    def _memo_store(self, index):
        if index < 0:
            raise ValueError("negative PUT argument")
        self.memo[index] = self._top()

    def _extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        cached = copyreg._extension_cache.get(code)
        if cached is None:
            key = copyreg._inverted_registry.get(code)
            if not key:
                raise ValueError(f"unregistered extension code {code}")
            cached = copyreg._extension_cache[code] = self.find_class(*key)
        self._push(cached)

    def _instantiate(self, cls, args):
        # INST and OBJ call the class, except for a class called without arguments
        # and no __getinitargs__: that instance is made without running __init__.
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            self._push(cls(*args))
        else:
            self._push(cls.__new__(cls))

    def _build(self, state):
        target = self._top()
        setstate = getattr(target, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slots = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slots = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            target.__dict__.update(state)
        if slots:
            if not isinstance(slots, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for attribute, value in slots.items():
                setattr(target, attribute, value)

    # -- opcode handlers (module functions registered in _HANDLERS) ----------------------


@_handles(PROTO)
def _op_proto(u):
    version = u._in.uint(1)
    if version > HIGHEST_PROTOCOL:
        raise ValueError(f"unsupported pickle protocol: {version}")
    u.proto = version


@_handles(FRAME)
def _op_frame(u):
    u._in.read_frame(u._in.uint(8))


@_handles(STOP)
def _op_stop(u):
    raise _Stopped(u._pop())


@_handles(MARK)
def _op_mark(u):
    u._marks.append(len(u._stack))


@_handles(POP)
def _op_pop(u):
    # POP right after a MARK drops the mark.
    if u._marks and u._marks[-1] == len(u._stack):
        u._marks.pop()
    else:
        u._pop()


@_handles(POP_MARK)
def _op_pop_mark(u):
    u._pop_to_mark()


@_handles(DUP)
def _op_dup(u):
    u._push(u._top())


@_handles(NONE)
def _op_none(u):
    u._push(None)


@_handles(NEWTRUE)
def _op_true(u):
    u._push(True)


@_handles(NEWFALSE)
def _op_false(u):
    u._push(False)


@_handles(INT)
def _op_text_int(u):
    # Protocol 0 writes booleans as INT with the lines "01" and "00".
    text = u._in.line()
    u._push(True if text == b"01" else False if text == b"00" else int(text, 0))


@_handles(LONG)
def _op_text_long(u):
    text = u._in.line()
    u._push(int(text[:-1] if text.endswith(b"L") else text, 0))


@_handles(BININT1)
def _op_binint1(u):
    u._push(u._in.uint(1))


@_handles(BININT2)
def _op_binint2(u):
    u._push(u._in.uint(2))


@_handles(BININT)
def _op_binint(u):
    u._push(u._in.int32())


@_handles(LONG1)
def _op_long1(u):
    u._push(decode_long(u._in.exactly(u._in.uint(1))))


@_handles(LONG4)
def _op_long4(u):
    size = u._in.int32()
    if size < 0:
        raise UnpicklingError("LONG pickle has negative byte count")
    u._push(decode_long(u._in.exactly(size)))


@_handles(FLOAT)
def _op_text_float(u):
    u._push(float(u._in.line()))


@_handles(BINFLOAT)
def _op_binfloat(u):
    u._push(struct.unpack(">d", u._in.exactly(8))[0])


@_handles(STRING)
def _op_string(u):
    text = u._in.line()
    if len(text) < 2 or text[:1] != text[-1:] or text[:1] not in (b'"', b"'"):
        raise UnpicklingError("the STRING opcode argument must be quoted")
    u._push(u._text(text[1:-1]))


@_handles(BINSTRING)
def _op_binstring(u):
    u._push(u._text(u._in.exactly(u._in.uint(4))))


@_handles(SHORT_BINSTRING)
def _op_short_binstring(u):
    u._push(u._text(u._in.exactly(u._in.uint(1))))


# Opcodes pushing a payload after its unsigned length: (opcode, length width, make).
_SIZED = [
    (SHORT_BINBYTES, 1, bytes), (BINBYTES, 4, bytes), (BINBYTES8, 8, bytes),
    (BYTEARRAY8, 8, bytearray),
    (SHORT_BINUNICODE, 1, None), (BINUNICODE, 4, None), (BINUNICODE8, 8, None),
]


def _sized_handler(width, make):
    def handler(u):
        payload = u._in.exactly(u._in.uint(width))
        u._push(payload.decode("utf-8", "surrogatepass") if make is None else make(payload))
    return handler


for _opcode, _width, _make in _SIZED:
    _handles(_opcode)(_sized_handler(_width, _make))
del _opcode, _width, _make


@_handles(UNICODE)
def _op_unicode(u):
    u._push(_unescape_unicode_line(u._in.line()))


@_handles(EMPTY_TUPLE)
def _op_empty_tuple(u):
    u._push(())


# TUPLE1, TUPLE2 and TUPLE3 (protocol 2+) pack the top one to three items, no MARK.
for _size, _opcode in ((1, TUPLE1), (2, TUPLE2), (3, TUPLE3)):
    _handles(_opcode)(lambda u, n=_size: u._push(tuple(u._pop_many(n))))
del _size, _opcode


@_handles(TUPLE)
def _op_tuple(u):
    u._push(tuple(u._pop_to_mark()))


@_handles(EMPTY_LIST)
def _op_empty_list(u):
    u._push([])


@_handles(LIST)
def _op_list(u):
    u._push(u._pop_to_mark())


@_handles(EMPTY_DICT)
def _op_empty_dict(u):
    u._push({})


def _pairs(flat):
    return zip(flat[0::2], flat[1::2])


@_handles(DICT)
def _op_dict(u):
    u._push(dict(_pairs(u._pop_to_mark())))


@_handles(EMPTY_SET)
def _op_empty_set(u):
    u._push(set())


@_handles(FROZENSET)
def _op_frozenset(u):
    u._push(frozenset(u._pop_to_mark()))


@_handles(APPEND)
def _op_append(u):
    item = u._pop()
    u._top().append(item)


@_handles(APPENDS)
def _op_appends(u):
    items = u._pop_to_mark()
    target = u._top()
    extend = getattr(target, "extend", None)
    if extend is not None:
        extend(items)
        return
    for item in items:
        target.append(item)


@_handles(SETITEM)
def _op_setitem(u):
    key, value = u._pop_many(2)
    u._top()[key] = value


@_handles(SETITEMS)
def _op_setitems(u):
    pairs = u._pop_to_mark()
    target = u._top()
    for key, value in _pairs(pairs):
        target[key] = value


@_handles(ADDITEMS)
def _op_additems(u):
    items = u._pop_to_mark()
    target = u._top()
    if isinstance(target, set):
        target.update(items)
        return
    for item in items:
        target.add(item)


@_handles(GET)
def _op_get(u):
    u._memo_push(int(u._in.line()))


@_handles(BINGET)
def _op_binget(u):
    u._memo_push(u._in.uint(1))


@_handles(LONG_BINGET)
def _op_long_binget(u):
    u._memo_push(u._in.uint(4))


@_handles(PUT)
def _op_put(u):
    u._memo_store(int(u._in.line()))


@_handles(BINPUT)
def _op_binput(u):
    u._memo_store(u._in.uint(1))


@_handles(LONG_BINPUT)
def _op_long_binput(u):
    u._memo_store(u._in.uint(4))


@_handles(MEMOIZE)
def _op_memoize(u):
    u._memo_store(len(u.memo))


@_handles(GLOBAL)
def _op_global(u):
    module = u._in.line().decode("utf-8")
    name = u._in.line().decode("utf-8")
    u._push(u.find_class(module, name))


@_handles(STACK_GLOBAL)
def _op_stack_global(u):
    module, name = u._pop_many(2)
    if type(module) is not str or type(name) is not str:
        raise UnpicklingError("STACK_GLOBAL requires str")
    u._push(u.find_class(module, name))


@_handles(EXT1)
def _op_ext1(u):
    u._extension(u._in.uint(1))


@_handles(EXT2)
def _op_ext2(u):
    u._extension(u._in.uint(2))


@_handles(EXT4)
def _op_ext4(u):
    u._extension(u._in.int32())


@_handles(REDUCE)
def _op_reduce(u):
    func, args = u._pop_many(2)
    u._push(func(*args))


@_handles(NEWOBJ)
def _op_newobj(u):
    cls, args = u._pop_many(2)
    u._push(cls.__new__(cls, *args))


@_handles(NEWOBJ_EX)
def _op_newobj_ex(u):
    cls, args, kwargs = u._pop_many(3)
    u._push(cls.__new__(cls, *args, **kwargs))


@_handles(INST)
def _op_inst(u):
    module = u._in.line().decode("ascii")
    name = u._in.line().decode("ascii")
    cls = u.find_class(module, name)
    u._instantiate(cls, u._pop_to_mark())


@_handles(OBJ)
def _op_obj(u):
    items = u._pop_to_mark()
    if not items:
        raise u._underflow()
    u._instantiate(items[0], items[1:])


@_handles(BUILD)
def _op_build(u):
    u._build(u._pop())


@_handles(PERSID, BINPERSID)
def _op_persistent_id(u):
    raise UnpicklingError("A load persistent id instruction was encountered,\n"
                          "but no persistent_load function was specified.")


# ---- the functions ------------------------------------------------------------------------------

class _Collector:
    """A write-only file gathering what dumps() returns."""

    def __init__(self):
        self.pieces = []
        self.write = self.pieces.append


class _Reading:
    """A read-only file over the bytes loads() was given."""

    def __init__(self, data):
        self._data = bytes(data)
        self._at = 0

    def read(self, size):
        start = self._at
        self._at = min(len(self._data), start + size)
        return self._data[start:self._at]

    def readline(self):
        start = self._at
        newline = self._data.find(b'\n', start)
        self._at = len(self._data) if newline < 0 else newline + 1
        return self._data[start:self._at]


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    out = _Collector()
    dump(obj, out, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)
    return b''.join(out.pieces)


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return load(_Reading(data), fix_imports=fix_imports, encoding=encoding, errors=errors,
                buffers=buffers)
