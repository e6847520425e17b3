import logging
import sys

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s.%(funcName)s:%(lineno)d - %(message)s"))
log = logging.getLogger("shop")
log.addHandler(handler)
log.setLevel(logging.INFO)

def checkout(cart):
    log.debug("hidden")
    log.info("checkout %d items", len(cart))
    if not cart:
        log.warning("empty cart for %s", "guest")
    log.error("payment failed: %(code)s", {"code": 402})

checkout([])
checkout(["a", "b"])
child = logging.getLogger("shop.cart")
child.critical("child logs through parent")
child.propagate = False
child.critical("not shown")
print(log.getEffectiveLevel(), logging.getLevelName(logging.WARNING), logging.getLevelName(25), child.parent.name)
logging.warning("root default")
logging.basicConfig(format="%(message)s", level=logging.DEBUG, stream=sys.stdout, force=True)
logging.debug("root debug %s", [1, 2])
log.info("with extra", extra={"user": "u1"})
class CtxFilter(logging.Filter):
    def filter(self, record):
        record.msg = "[filtered] " + record.msg
        return True
log.addFilter(CtxFilter())
log.info("x=%s", 1)
