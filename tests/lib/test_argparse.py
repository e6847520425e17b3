"""argparse against CPython's: the same parsers built with both modules, the same
command lines parsed; compared are the namespaces, everything printed (help, usage,
errors) and SystemExit codes. A few programs also run on the native engine."""
import argparse
import contextlib
import io
import os

from compare import load, same, same_output

os.environ["COLUMNS"] = "80"   # CPython measures the terminal; ours reads $COLUMNS too
ts = load("argparse")


def outcome(mod, build, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parser = build(mod)
            if argv == "help":
                result = parser.format_help()
            elif argv == "usage":
                result = parser.format_usage()
            else:
                result = parser.parse_args(argv)
                result = sorted(vars(result).items(), key=lambda kv: kv[0])
        except SystemExit as e:
            result = ("exit", e.code)
    return repr(result), out.getvalue(), err.getvalue()


def check(label, build, *argvs):
    for argv in argvs:
        same(f"{label} {argv!r}", lambda: outcome(ts, build, argv),
             lambda: outcome(argparse, build, argv))


def basic(m):
    p = m.ArgumentParser(prog="greet", description="Greets people politely.",
                         epilog="Have a nice day.")
    p.add_argument("name", help="who to greet")
    p.add_argument("times", type=int, nargs="?", default=1, help="how often (default: %(default)s)")
    p.add_argument("-l", "--loud", action="store_true", help="shout")
    p.add_argument("--greeting", default="Hello", choices=["Hello", "Hi", "Hey"])
    p.add_argument("-v", "--verbose", action="count", default=0)
    p.add_argument("--tag", action="append", metavar="TAG", help="add a tag")
    p.add_argument("--version", action="version", version="%(prog)s 1.0")
    return p


check("basic", basic, "help", "usage", [], ["ann"], ["ann", "3"], ["ann", "x"],
      ["ann", "-l"], ["-l", "ann", "2", "--greeting", "Hi"], ["ann", "--greeting", "Yo"],
      ["ann", "-vvv"], ["ann", "-v", "-v"], ["ann", "--tag", "a", "--tag=b"], ["--version"],
      ["-h"], ["ann", "--help"], ["ann", "1", "2"], ["ann", "--nope"], ["ann", "--gre", "Hey"],
      ["ann", "--greeting"], ["--loud=yes", "ann"], ["ann", "--", "-5"], ["ann", "-lv"],
      ["ann", "-lx"])


def nargs(m):
    p = m.ArgumentParser(prog="files")
    p.add_argument("src", nargs="+")
    p.add_argument("dst")
    p.add_argument("--exclude", nargs="*", default=[])
    p.add_argument("--pair", nargs=2, metavar=("KEY", "VALUE"))
    p.add_argument("--three", nargs=3, type=float)
    p.add_argument("--maybe", nargs="?", const="C", default="D")
    p.add_argument("-n", type=int, required=True, dest="count")
    return p


check("nargs", nargs, "help", [], ["a"], ["a", "b"], ["a", "b", "-n", "2"],
      ["a", "b", "c", "-n2"], ["-n", "1", "a", "b", "--exclude", "x", "y"],
      ["-n", "1", "a", "b", "--pair", "k"], ["-n", "1", "a", "b", "--pair", "k", "v"],
      ["-n", "1", "a", "b", "--three", "1", "2", "x"], ["-n", "1", "a", "b", "--maybe"],
      ["-n", "1", "--maybe", "m", "a", "b"], ["-n", "-1", "a", "b"], ["-n", "1", "a"],
      ["-n", "x", "a", "b"])


def subcommands(m):
    p = m.ArgumentParser(prog="todo")
    p.add_argument("--db", default="todo.db")
    sub = p.add_subparsers(dest="command", help="what to do")
    add = sub.add_parser("add", help="add an item")
    add.add_argument("text")
    add.add_argument("--priority", type=int, default=3)
    ls = sub.add_parser("list", help="list items", aliases=["ls"])
    ls.add_argument("--all", action="store_true")
    sub.add_parser("clear")
    return p


check("subcommands", subcommands, "help", [], ["add", "milk"], ["add"],
      ["--db", "x", "add", "eggs", "--priority", "1"], ["list", "--all"], ["ls"],
      ["remove"], ["add", "-h"], ["add", "x", "--bogus"], ["clear"])


def required_sub(m):
    p = m.ArgumentParser(prog="tool")
    sub = p.add_subparsers(title="commands", description="available commands",
                           dest="cmd", required=True)
    run = sub.add_parser("run")
    run.set_defaults(func="run-func")
    run.add_argument("target", choices=["a", "b"])
    return p


check("required subparsers", required_sub, "help", [], ["run", "a"], ["run", "c"], ["run"])


def groups(m):
    p = m.ArgumentParser(prog="g", formatter_class=m.ArgumentDefaultsHelpFormatter)
    g = p.add_argument_group("network", "Connection settings.")
    g.add_argument("--host", default="localhost", help="server host")
    g.add_argument("--port", type=int, default=8080, help="server port")
    x = p.add_mutually_exclusive_group()
    x.add_argument("--quiet", action="store_true", help="less output")
    x.add_argument("--debug", action="store_true", help="more output")
    y = p.add_mutually_exclusive_group(required=True)
    y.add_argument("--json", action="store_const", const="json", dest="fmt")
    y.add_argument("--csv", action="store_const", const="csv", dest="fmt")
    p.add_argument("--no-color", action="store_false", dest="color", help="no colours")
    p.add_argument("--feature", action=m.BooleanOptionalAction, default=True, help="the feature")
    p.set_defaults(mode="fast")
    return p


check("groups", groups, "help", "usage", ["--json"], [], ["--json", "--csv"],
      ["--csv", "--quiet", "--debug"], ["--json", "--port", "1", "--host=h"],
      ["--json", "--no-color", "--no-feature"], ["--json", "--po", "5"])


def long_usage(m):
    p = m.ArgumentParser(prog="a_rather_long_program_name_for_testing")
    for name in ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]:
        p.add_argument("--" + name, metavar=name.upper() + "_VALUE",
                       help="the %s setting, which is described at some length here so "
                            "that the help text has to wrap onto another line" % name)
    p.add_argument("inputs", nargs="*", help="input files")
    p.add_argument("output", help="output file")
    return p


check("long usage", long_usage, "help", "usage", [])


def very_long_prog(m):
    p = m.ArgumentParser(prog="p" * 70)
    p.add_argument("--one", help="1")
    p.add_argument("--two", help="2")
    p.add_argument("pos")
    return p


check("very long prog", very_long_prog, "help", [])


def raw(m):
    p = m.ArgumentParser(prog="raw", formatter_class=m.RawDescriptionHelpFormatter,
                         description="Line one\n  indented line\n\nparagraph",
                         usage="%(prog)s [options] FILE")
    p.add_argument("file", metavar="FILE", type=str.upper)
    p.add_argument("-x", type=lambda s: int(s, 16), help="hex value")
    return p


check("raw", raw, "help", ["f"], ["f", "-x", "ff"], ["f", "-x", "zz"], [])


def types(m):
    def positive(text):
        value = int(text)
        if value <= 0:
            raise m.ArgumentTypeError("%r is not positive" % text)
        return value
    p = m.ArgumentParser(prog="types", add_help=False, prefix_chars="-+")
    p.add_argument("count", type=positive)
    p.add_argument("+f", "--flag", action="store_true")
    p.add_argument("--ratio", type=float, default="0.5")
    p.add_argument("--items", action="extend", nargs="+", type=int)
    p.add_argument("--const", action="append_const", const=1)
    return p


check("types", types, "help", ["3"], ["0"], ["x"], ["2", "+f", "--ratio", "2"],
      ["2", "--items", "1", "2", "--items", "3", "--const", "--const"], ["-h"])


def namespace_and_errors(m):
    out = []
    if True:
        ns = m.Namespace(b=1, a="x")
        out.append((repr(ns), ns == m.Namespace(a="x", b=1), "a" in ns))
        p = m.ArgumentParser(prog="e")
        p.add_argument("--x")
        try:
            p.add_argument("--x")
        except m.ArgumentError as e:
            out.append(str(e))
        try:
            p.add_argument("y", required=True)
        except TypeError as e:
            out.append(str(e))
        q = m.ArgumentParser(prog="k", exit_on_error=False)
        q.add_argument("--n", type=int)
        try:
            q.parse_args(["--n", "x"])
        except m.ArgumentError as e:
            out.append(str(e))
        out.append(repr(q.parse_known_args(["--n", "1", "extra", "--other"])))
    return out


same("namespace and errors", lambda: namespace_and_errors(ts),
     lambda: namespace_and_errors(argparse))

def edge_cases(m):
    """Corners the rewrite of argparse had to keep: grouped flags checked before any
    runs, required groups of one shown member, a missing required argument with
    exit_on_error=False, hidden members inside groups, aliases in the help."""
    p = m.ArgumentParser(prog="edge", exit_on_error=False)
    p.add_argument("-q", action="store_true")
    p.add_argument("-c", action="count")
    p.add_argument("-n", type=int, default="7")
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--one", action="store_true")
    g.add_argument("--hidden", action="store_true", help=m.SUPPRESS)
    h = p.add_mutually_exclusive_group()
    h.add_argument("--a", nargs=2, metavar=("X", "Y"))
    h.add_argument("--b", nargs="*")
    h.add_argument("--c2", help=m.SUPPRESS)
    h.add_argument("--d", nargs="+", choices=["u", "v"])
    p.add_argument("pos", nargs="*", default=["z"])
    sub = p.add_subparsers(dest="cmd", title="commands", description="what to do")
    sub.add_parser("go", aliases=["g", "walk"], help="move on")
    sub.add_parser("stay")
    return p


check("edge cases", edge_cases, "help", "usage", [], ["--one"], ["-hq"], ["-qh"], ["-qcc", "--one"],
      ["-qx", "--one"], ["--one", "--hidden"], ["--one", "--a", "1"], ["--one", "--a", "1", "2"],
      ["--one", "--d", "u", "w"], ["--one", "--b", "--d", "u"], ["--one", "-n"], ["--one", "-n", "x"],
      ["--one", "--", "-q"], ["--one", "walk"], ["--one", "stay", "x"], ["--one", "fly"],
      ["--on"], ["--one=1"], ["-c=2", "--one"])


def resolve_and_defaults(m):
    p = m.ArgumentParser(prog="r", conflict_handler="resolve", argument_default="D",
                         formatter_class=m.ArgumentDefaultsHelpFormatter)
    p.add_argument("-x", "--ex", help="first")
    p.add_argument("-x", help="second")
    p.add_argument("--ex", type=str.upper, help="third")
    p.add_argument("--flag", action=m.BooleanOptionalAction, default=True, help="on or off")
    p.set_defaults(extra=1, ex="lower")
    p.add_argument("rest", nargs=m.REMAINDER)
    return p


check("resolve and defaults", resolve_and_defaults, "help", "usage", [], ["-x", "1"],
      ["--no-flag", "a", "-x", "b"], ["--ex", "v", "--flag"], ["--fl"])


def prefixes_and_custom(m):
    class Upper(m.Action):
        def __call__(self, parser, namespace, values, option_string=None):
            setattr(namespace, self.dest, [v.upper() for v in values] + [option_string])
    parent = m.ArgumentParser(add_help=False, prefix_chars="-+")
    x = parent.add_mutually_exclusive_group()
    x.add_argument("+p", "--plus", action="store_true")
    x.add_argument("-m", action="store_true")
    p = m.ArgumentParser(prog="pc", prefix_chars="-+", allow_abbrev=False, parents=[parent],
                         formatter_class=m.MetavarTypeHelpFormatter)
    p.add_argument("--up", nargs=2, action=Upper, type=str)
    p.add_argument("-1", dest="one", action="store_true", type=int)
    p.add_argument("n", type=float, nargs="?", default=0.5)
    return p


check("prefixes and custom actions", prefixes_and_custom, "help", "usage", [], ["+p", "-m"],
      ["--up", "a", "b"], ["--u", "a", "b"], ["-1", "-2"], ["-5"], ["--plus", "--", "-7"],
      ["++plus"], ["-m1"], ["+p", "3e2"])

same_output("argparse_engine", '''
import argparse, sys
print(sys.argv[1:])
p = argparse.ArgumentParser(description="Counts things.")
p.add_argument("n", type=int, nargs="?", default=3)
p.add_argument("--fast", action="store_true")
print(p.parse_args())
print(p.parse_args(["5", "--fast"]))
print(p.format_help().replace(p.prog, "PROG"))
sys.stderr = sys.stdout
try:
    p.parse_args(["x"])
except SystemExit as e:
    print("exit", e.code)
''')

# The same parsers and command lines on the native engine (our argparse on our
# interpreter: its re, textwrap and str formatting) against python3's argparse.
import inspect  # noqa: E402

CASES = [(basic, ["help", [], ["ann", "3"], ["ann", "x"], ["--version"], ["ann", "--gre", "Hey"],
                  ["ann", "-lx"], ["ann", "--tag", "a", "--tag=b", "-vv"]]),
         (nargs, ["help", ["a", "b", "c", "-n2"], ["-n", "1", "a", "b", "--pair", "k"]]),
         (subcommands, ["help", ["add", "milk"], ["remove"], ["ls"], ["add", "-h"]]),
         (required_sub, ["help", []]),
         (groups, ["help", ["--json", "--csv"], ["--json", "--no-feature"]]),
         (long_usage, ["help", "usage"]), (very_long_prog, ["help"]),
         (raw, ["help", ["f", "-x", "zz"]]), (types, [["0"], ["2", "--items", "1", "2"]])]
program = ["import argparse, sys, io", "sys.stderr = sys.stdout"]
program.append(inspect.getsource(outcome).replace("contextlib.redirect_stdout(out), "
                                                  "contextlib.redirect_stderr(err)",
                                                  "_Redirect(out, err)"))
program.append('''
class _Redirect:
    def __init__(self, out, err):
        self.out, self.err = out, err
    def __enter__(self):
        self.saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = self.out, self.err
    def __exit__(self, *exc):
        sys.stdout, sys.stderr = self.saved
''')
for build, argvs in CASES:
    program.append(inspect.getsource(build))
    program.append("for argv in %r:\n    print(outcome(argparse, %s, argv))" % (argvs, build.__name__))
same_output("argparse_engine_cases", "\n".join(program))


def misc(m):
    p = m.ArgumentParser(prog="misc", description="  Lots   of   spaces\n\n in the description, "
                         "which is long enough to wrap around the seventy-eight column limit "
                         "of the help formatter.", epilog="100%% sure.",
                         argument_default=m.SUPPRESS)
    p.add_argument("--rate", type=float, help="rate in %% per second")
    p.add_argument("--a-very-long-option-name-indeed", metavar="VALUE", help="short help")
    p.add_argument("-x", action="store_const", const=42, help=m.SUPPRESS)
    p.add_argument("files", nargs="*", metavar="FILE")
    p.add_argument("--mode", nargs="?", const="auto", choices=["auto", "manual"])
    p.add_argument("--point", nargs=2, type=int, metavar=("X", "Y"))
    g = p.add_argument_group("output")
    g.add_argument("--out", "-o", dest="output", required=True)
    return p


check("misc", misc, "help", "usage", [], ["-o", "f"], ["-o", "f", "--rate", "2.5", "a", "b"],
      ["-o", "f", "--mode"], ["-o", "f", "--mode", "manual", "--point", "1", "2"],
      ["-o", "f", "--point", "1"], ["-o", "f", "-x"], ["--out=g", "--a-very", "v"],
      ["-of", "--mode", "x"])


def remainder(m):
    p = m.ArgumentParser(prog="run")
    p.add_argument("--env", action="append", default=[])
    p.add_argument("command")
    p.add_argument("args", nargs=m.REMAINDER)
    return p


check("remainder", remainder, "help", ["ls"], ["--env", "A=1", "ls", "-l", "--color"],
      ["ls", "--", "x"], [])


def parents(m):
    base = m.ArgumentParser(add_help=False)
    base.add_argument("--debug", action="store_true")
    p = m.ArgumentParser(prog="child", parents=[base], conflict_handler="resolve")
    p.add_argument("--level", type=int, default=1)
    p.add_argument("--level", type=int, default=2, help="overrides")
    return p


check("parents", parents, "help", ["--debug"], ["--level", "5"])


# Random parsers (positionals and options of every kind, with random nargs, types,
# choices, defaults, required flags and help) and random command lines: ours and
# CPython's must agree on each (namespace or exit, and everything printed).
import random  # noqa: E402

def build(m, seed):
    r = random.Random(seed)
    p = m.ArgumentParser(prog=r.choice(["p", "prog", "a-longer-program-name"]),
                         description=r.choice([None, "Does things.", "A rather long description " * 5]),
                         add_help=r.random() < 0.8)
    names = []
    for i in range(r.randint(0, 6)):
        kind = r.random()
        if kind < 0.35:
            name = "pos%d" % i
            nargs = r.choice([None, None, "?", "*", "+", 2])
            kw = {}
            if nargs in ("?", "*") and r.random() < 0.5: kw["default"] = r.choice(["d", 3])
            if r.random() < 0.3: kw["type"] = int
            if r.random() < 0.2 and nargs is None: kw["choices"] = ["a", "b", "1"]
            if r.random() < 0.3: kw["help"] = "help for %s" % name
            if r.random() < 0.2: kw["metavar"] = name.upper()
            p.add_argument(name, nargs=nargs, **kw)
        else:
            long = "--opt%d" % i
            flags = [long] if r.random() < 0.5 else ["-" + "abcdefgijk"[i], long]
            action = r.choice(["store", "store", "store_true", "store_false", "append", "count", "store_const"])
            kw = {"action": action}
            if action in ("store", "append"):
                kw["nargs"] = r.choice([None, None, "?", "*", "+", 2])
                if r.random() < 0.3: kw["type"] = int
                if r.random() < 0.2: kw["choices"] = ["x", "y", "3"]
                if r.random() < 0.2: kw["required"] = True
                if kw["nargs"] == "?" and r.random() < 0.5: kw["const"] = "C"
                if r.random() < 0.3: kw["default"] = r.choice(["5", 5, None])
            if action == "store_const": kw["const"] = 7
            if r.random() < 0.4: kw["help"] = "sets %s; a help text that may need to wrap if it grows long enough" % long
            p.add_argument(*flags, **kw)
            names.append(flags)
    return p, names

def argv_for(seed, names):
    r = random.Random(seed * 7 + 1)
    pool = ["a", "b", "1", "2", "x", "y", "-5", "--", "--nope", "-z", "3"]
    for flags in names:
        pool += flags
    return [r.choice(pool) for _ in range(r.randint(0, 6))]

def random_outcome(m, seed, argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            p, names = build(m, seed)
            if argv == "help":
                res = p.format_help()
            else:
                res = sorted(vars(p.parse_args(argv)).items(), key=lambda kv: kv[0])
        except SystemExit as e:
            res = ("exit", e.code)
        except Exception as e:
            res = ("raise", type(e).__name__, str(e))
    return repr(res), out.getvalue(), err.getvalue()


for seed in range(300):
    _, option_names = build(argparse, seed)
    for argv in ["help"] + [argv_for(seed * 10 + k, option_names) for k in range(3)]:
        same(f"random parser {seed} {argv!r}", lambda: random_outcome(ts, seed, argv),
             lambda: random_outcome(argparse, seed, argv))
