import getopt

from compare import load, same

ts = load("getopt")

cases = [
    (["-a", "-b", "x", "file"], "ab:", []),
    (["-abx", "file"], "ab:", []),
    (["-bx", "-a"], "ab:", []),
    (["-a", "--", "-b"], "ab:", []),
    (["-", "-a"], "a", []),
    (["--verbose", "--out=f", "rest"], "v", ["verbose", "out="]),
    (["--verb", "--out", "f"], "", ["verbose", "out="]),
    (["--out"], "", ["out="]),
    (["--verbose=1"], "", ["verbose"]),
    (["--ver"], "", ["verbose", "version"]),
    (["--version"], "", ["verbose", "version"]),
    (["--nope"], "", ["verbose"]),
    (["-z"], "ab", []),
    (["-b"], "ab:", []),
    (["file", "-a"], "a", []),
    (["-a", "file", "-b", "y", "--long", "more"], "ab:", ["long"]),
    (["--x"], "", "x"),
    (["-:"], "a:", []),
]
for args, short, long in cases:
    same(f"getopt {args} {short!r} {long}", lambda: ts.getopt(args, short, long),
         lambda: getopt.getopt(args, short, long))
    same(f"gnu_getopt {args} {short!r} {long}", lambda: ts.gnu_getopt(args, short, long),
         lambda: getopt.gnu_getopt(args, short, long))
    same(f"gnu_getopt + {args}", lambda: ts.gnu_getopt(args, "+" + short, long),
         lambda: getopt.gnu_getopt(args, "+" + short, long))


def error_fields(mod):
    try:
        mod.getopt(["--zz"], "", [])
    except mod.GetoptError as e:
        return (e.msg, e.opt, str(e), e.args, mod.error is mod.GetoptError)


same("error fields", lambda: error_fields(ts), lambda: error_fields(getopt))
