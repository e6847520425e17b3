import io
import logging
from compare import load, same

ts = load("logging/__init__")


def scenario(mod, fmt, style="%", level="DEBUG", exc=False):
    """Runs the same logging calls on a fresh logger tree writing to a string."""
    out = io.StringIO()
    manager_root = mod.RootLogger(mod.WARNING)
    manager = mod.Manager(manager_root)
    saved = (mod.Logger.root, mod.Logger.manager)
    mod.Logger.root, mod.Logger.manager = manager_root, manager
    try:
        handler = mod.StreamHandler(out)
        handler.setFormatter(mod.Formatter(fmt, style=style))
        manager_root.addHandler(handler)
        manager_root.setLevel(level)
        app = manager.getLogger("app")
        db = manager.getLogger("app.db")
        db.debug("debug %s", 1)
        db.info("info %d%%", 50)
        app.warning("warning %(x)s", {"x": "dict"})
        app.error("error %r", [1, 2])
        manager.getLogger("app.db.pool").critical("critical")
        app.log(25, "custom level")
        db.setLevel(mod.ERROR)
        db.warning("hidden")
        db.error("shown")
        f = mod.Filter("app.db")
        handler.addFilter(f)
        app.warning("filtered out")
        db.error("passes filter")
        handler.removeFilter(f)
        adapter = mod.LoggerAdapter(app, {"k": 1})
        adapter.warning("adapter %s", "msg")
        app.warning("extra", extra={"user": "u"}) if "user" not in fmt else None
        if exc:
            try:
                {}["missing"]
            except KeyError:
                app.exception("caught")
        return (out.getvalue(), repr(app), repr(handler), app.getEffectiveLevel(),
                db.isEnabledFor(mod.WARNING), app.hasHandlers(),
                mod.getLevelName(25), mod.getLevelName("ERROR"), mod.getLevelName(7))
    finally:
        mod.Logger.root, mod.Logger.manager = saved


formats = [("%(levelname)s:%(name)s:%(message)s", "%"),
           ("%(levelname)-8s|%(name)10s|%(message)s|%(levelno)d", "%"),
           ("{levelname}|{name}|{message}", "{"),
           ("$levelname ${name}: $message", "$"),
           ("%(funcName)s %(filename)s %(module)s %(message)s", "%"),
           ("%(message)s", "%")]
for fmt, style in formats:
    for level in ("DEBUG", "WARNING", 30):
        same(f"scenario {fmt} {level}", lambda: scenario(ts, fmt, style, level),
             lambda: scenario(logging, fmt, style, level))
same("exception", lambda: scenario(ts, "%(levelname)s %(message)s", exc=True)[0].split("\n")[-4:],
     lambda: scenario(logging, "%(levelname)s %(message)s", exc=True)[0].split("\n")[-4:])
same("bad level", lambda: ts.Logger("x").setLevel("NOPE"), lambda: logging.Logger("x").setLevel("NOPE"))
same("bad style", lambda: ts.Formatter("x", style="?"), lambda: logging.Formatter("x", style="?"))
same("record", lambda: (lambda r: (r.getMessage(), r.levelname, r.filename, r.module, repr(r)))(
    ts.LogRecord("n", 20, "/a/b/c.py", 3, "m %d", (4,), None)),
    lambda: (lambda r: (r.getMessage(), r.levelname, r.filename, r.module, repr(r)))(
    logging.LogRecord("n", 20, "/a/b/c.py", 3, "m %d", (4,), None)))
