# The order in which a match statement looks things up, compares and reads attributes.
log = []


class Spy:
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __eq__(self, other):
        log.append(f"{self.name} == {other!r}")
        return self.value == other


class NS:
    def __getattr__(self, attr):
        log.append(f"lookup {attr}")
        return {"A": 1, "B": 2, "C": 3, "K": "k"}[attr]


ns = NS()


class Obj:
    __match_args__ = ("p", "q")

    def __getattribute__(self, name):
        if name in ("p", "q", "r"):
            log.append(f"getattr {name}")
            return {"p": 1, "q": 2, "r": 3}[name]
        return object.__getattribute__(self, name)


def subject():
    log.append("subject evaluated")
    return [2, {"k": 3}]


match subject():
    case [ns.A, _]:
        log.append("case 1")
    case [ns.B, {ns.K: ns.A}]:
        log.append("case 2")
    case [ns.B, {ns.K: ns.C}]:
        log.append("case 3")
print(log)

log.clear()
match Obj():
    case Obj(1, r=4):
        log.append("no")
    case Obj(p, q, r=r):
        log.append(f"bound {p} {q} {r}")
print(log)

log.clear()
match Spy("s", 2):
    case 1 | 2:
        log.append("number")
print(log)
