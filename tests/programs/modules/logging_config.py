import logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s.%(msecs)03d %(levelname)s %(name)s %(module)s: %(message)s", datefmt="%H:%M:%S", stream=sys.stdout)
log = logging.getLogger(__name__)
log.debug("hello %s", "x")
logging.info("dict %(a)s", {"a": 1})
import time
time.sleep(1.25)
log.critical("later")
logging.basicConfig(format="%(message)s", force=True, stream=sys.stdout)
logging.warning("forced")
f = logging.Formatter()
print(repr(f.format(logging.makeLogRecord({"msg": "hi %s", "args": (1,)}))))
rec = logging.LogRecord("n", 20, "/a/b/c.py", 3, "m %d", (4,), None)
print(rec, rec.getMessage(), rec.filename, rec.module)
class MyFilter(logging.Filter):
    def filter(self, r):
        return "secret" not in r.getMessage()
l = logging.getLogger("f"); l.addFilter(MyFilter())
l.warning("public"); l.warning("secret")
logging.getLogger("a.b.c").warning("deep"); logging.getLogger("a").warning("a")
print(logging.getLogger("a.b.c").parent.name)
logging.disable(logging.CRITICAL); logging.critical("disabled"); logging.disable(logging.NOTSET)
logging.error("formatted %s %s", *"ab", extra={"k": 1})
try:
    logging.getLogger("x").info("x", extra={"msg": 1}); 
except KeyError as e: print("KeyError", e)
logging.getLogger().handlers[0].setFormatter(logging.Formatter("{levelname} {message}", style="{"))
logging.warning("dollar")
logging.info("exc info", exc_info=ValueError("v"))
try:
    raise KeyError("k")
except KeyError:
    logging.error("with exc", exc_info=True)
logging.debug("stack", stack_info=False)
