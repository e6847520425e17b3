import asyncio, json
from dataclasses import dataclass, field, asdict, fields, replace
from enum import Enum
from datetime import date

class Status(str, Enum):
    OPEN = "open"
    CLOSED = "closed"

@dataclass
class Comment:
    author: str
    text: str

@dataclass
class Ticket:
    id: int
    title: str
    status: Status = Status.OPEN
    opened: date = field(default_factory=lambda: date(2024, 1, 1))
    comments: list[Comment] = field(default_factory=list)
    meta: dict = field(default_factory=dict)

def encode(o):
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")

async def add_comment(t, who, text):
    await asyncio.sleep(len(text) / 100)
    t.comments.append(Comment(who, text))

async def main():
    t = Ticket(7, "Crash on start", meta={"prio": 1})
    await asyncio.gather(add_comment(t, "ann", "repro'd"), add_comment(t, "bob", "fixed in #12"))
    print(t)
    d = asdict(t)
    print(d)
    s = json.dumps(d, default=encode, indent=2)
    print(s)
    back = json.loads(s)
    t2 = Ticket(**{**back, "status": Status(back["status"]), "opened": date.fromisoformat(back["opened"]),
                   "comments": [Comment(**c) for c in back["comments"]]})
    print(t2 == t, t2.status, repr(t2.status), f"{t2.status}", t2.status == "open", json.dumps(Status.CLOSED))
    closed = replace(t, status=Status.CLOSED, comments=[])
    print(closed, t.comments is not closed.comments)
    print([(f.name, f.type) for f in fields(Ticket)][:3])
    try:
        json.dumps(asdict(t))
    except TypeError as e:
        print("TypeError:", e)
    try:
        Ticket(**{"id": 1, "title": "x", "bogus": 2})
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
