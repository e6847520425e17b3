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


# The logger tree built in any order, propagation, handler levels, filters of every
# kind, extra and its conflicts, adapters, getChild, disable, the last resort, record
# factories, and basicConfig on the module's own root.
def tree(mod):
    import contextlib
    out = io.StringIO()
    err = io.StringIO()
    root = mod.RootLogger(mod.WARNING)
    manager = mod.Manager(root)
    saved = (mod.Logger.root, mod.Logger.manager)
    mod.Logger.root, mod.Logger.manager = root, manager
    log = []
    try:
        deep = manager.getLogger("a.b.c")
        mid = manager.getLogger("a.b")
        top = manager.getLogger("a")
        other = manager.getLogger("a.bx")
        log.append([(lg.name, lg.parent.name) for lg in (deep, mid, top, other)])
        log.append(sorted((k, type(v).__name__) for k, v in manager.loggerDict.items()))
        h = mod.StreamHandler(out)
        h.setFormatter(mod.Formatter("%(name)s %(levelname)s %(message)s %(user)s",
                                     defaults={"user": "-"}))
        top.addHandler(h)
        top.addHandler(h)
        mid.propagate = False
        mid.addHandler(h)
        deep.warning("deep %s", "one")
        other.warning("other")
        h.setLevel(mod.ERROR)
        other.warning("below handler level")
        other.error("above")
        h.setLevel(mod.NOTSET)
        h.addFilter(lambda r: r.levelno != mod.INFO)
        top.setLevel(mod.DEBUG)
        top.info("callable filter drops this")
        top.debug("debug passes")
        top.addFilter(mod.Filter("a.b"))
        top.warning("logger filter drops this")
        top.removeFilter(top.filters[0])
        top.warning("extra", extra={"user": "bob"})
        try:
            top.warning("clash", extra={"message": 1})
        except KeyError as e:
            log.append(str(e))
        try:
            top.warning("clash", extra={"lineno": 1})
        except KeyError as e:
            log.append(str(e))

        class Tagged(mod.LoggerAdapter):
            def process(self, msg, kwargs):
                return "[%s] %s" % (self.extra["tag"], msg), kwargs

        Tagged(top, {"tag": "T"}).error("adapted %d", 3)
        ad = mod.LoggerAdapter(top, {"user": "ann"})
        ad.critical("plain adapter")
        log.append((repr(ad), ad.name, ad.getEffectiveLevel(), ad.isEnabledFor(5),
                    ad.hasHandlers()))
        log.append((top.getChild("b").name, root.getChild("z").name, repr(root),
                    repr(mod.NullHandler()), repr(h).replace(repr(out), "")))
        manager.disable = mod.ERROR
        manager._clear_cache()
        top.error("disabled")
        top.critical("not disabled")
        manager.disable = 0
        manager._clear_cache()
        lonely = manager.getLogger("lonely")
        lonely.propagate = False
        with contextlib.redirect_stderr(err):
            lonely.warning("to the last resort %d", 1)
            lonely.info("not even there")
        rec = top.makeRecord("n", 20, "f.py", 7, "msg %s", ("x",), None, "fn", {"e": 1})
        log.append((rec.e, rec.funcName, rec.getMessage(), rec.levelname))
        made = mod.makeLogRecord({"msg": "made %s", "args": ("it",), "levelno": 40})
        log.append((made.getMessage(), made.levelno, made.name))
        log.append((mod.getLevelName("WARN"), mod.getLevelName(mod.FATAL),
                    sorted(mod.getLevelNamesMapping().items())))
        for bad in (None, 1.5, "nothing"):
            try:
                mod.Logger("z", bad)
            except (TypeError, ValueError) as e:
                log.append((type(e).__name__, str(e)))
        try:
            manager.getLogger(3)
        except TypeError as e:
            log.append(str(e))
        return out.getvalue(), err.getvalue(), log
    finally:
        mod.Logger.root, mod.Logger.manager = saved


same("logger tree", lambda: tree(ts), lambda: tree(logging))


def configured(mod):
    out = io.StringIO()
    log = []
    for kwargs in ({"stream": out, "filename": "x"}, {"handlers": [], "stream": out},
                   {"stream": out, "bogus": 1}, {"style": "?"}):
        try:
            mod.basicConfig(force=True, **kwargs)
        except ValueError as e:
            log.append(str(e))
    mod.basicConfig(force=True, stream=out, level="INFO", format="{levelname}/{message}",
                    style="{")
    mod.info("info %s", 1)
    mod.debug("hidden")
    mod.warning("warn")
    mod.log(45, "level 45")
    mod.basicConfig(stream=out, format="ignored: %(message)s")
    mod.error("still the first format")
    mod.getLogger("child").critical("from a child")
    log.append(mod.getLogger() is mod.root)
    log.append(mod.getLogger("root") is mod.root)
    mod.disable(mod.WARNING)
    mod.warning("disabled")
    mod.disable(mod.NOTSET)
    mod.basicConfig(force=True, stream=out, format="%(message)s", level=mod.WARNING)
    for h in list(mod.root.handlers):
        mod.root.removeHandler(h)
    return out.getvalue(), log


same("basicConfig", lambda: configured(ts), lambda: configured(logging))


def formatting(mod):
    rec = mod.LogRecord("n", 40, "/x/y.py", 1, "hello %s %s", ("a", "b"), None)
    rec.created = 1700000000.25
    rec.msecs = 250.0
    out = []
    for fmt, style, datefmt in [("%(asctime)s %(message)s", "%", "%Y/%m/%d"),
                                ("{asctime}|{message}", "{", "%H"),
                                ("${asctime} $message", "$", "%M:%S"),
                                ("%(message)s", "%", None), (None, "%", None),
                                (None, "{", None), (None, "$", None)]:
        f = mod.Formatter(fmt, datefmt, style)
        out.append((f.usesTime(), f.format(rec) if datefmt or not f.usesTime() else None))
    rec.stack_info = "Stack line"
    rec.exc_text = "Exc text"
    out.append(mod.Formatter("%(levelname)s").format(rec))
    try:
        mod.Formatter("%(nothere)s").format(rec)
    except ValueError as e:
        out.append(str(e))
    r2 = mod.LogRecord("n", 10, "p", 1, "%(a)s-%(b)s", ({"a": 1, "b": 2},), None)
    out.append((r2.getMessage(), r2.args))
    r3 = mod.LogRecord("n", 10, "noext", 1, 12, (), None)
    out.append((r3.getMessage(), r3.module, r3.filename))
    return out


same("formatting", lambda: formatting(ts), lambda: formatting(logging))


def stacks(mod):
    out = io.StringIO()
    root = mod.RootLogger(mod.WARNING)
    manager = mod.Manager(root)
    saved = (mod.Logger.root, mod.Logger.manager)
    mod.Logger.root, mod.Logger.manager = root, manager
    try:
        h = mod.StreamHandler(out)
        h.setFormatter(mod.Formatter("%(funcName)s:%(lineno)d %(message)s"))
        root.addHandler(h)
        lg = manager.getLogger("s")

        def inner():
            lg.warning("plain stack", stack_info=True)
            lg.error("up one", stack_info=True, stacklevel=2)
            mod.LoggerAdapter(lg, {}).warning("adapter stack", stack_info=True)

        def outer():
            inner()
        outer()
        return out.getvalue()
    finally:
        mod.Logger.root, mod.Logger.manager = saved


same("stack_info", lambda: stacks(ts), lambda: stacks(logging))
