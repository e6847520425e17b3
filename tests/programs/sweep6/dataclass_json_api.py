import asyncio, json
from dataclasses import dataclass, field, asdict, fields
from typing import Optional
from datetime import datetime
from enum import Enum

class Role(Enum):
    ADMIN = "admin"
    USER = "user"

@dataclass
class Address:
    city: str
    zip: str = ""

@dataclass
class User:
    id: int
    name: str
    role: Role = Role.USER
    address: Optional[Address] = None
    tags: list[str] = field(default_factory=list)
    created: datetime = field(default_factory=lambda: datetime(2024, 1, 1, 12, 0))

    @classmethod
    def from_dict(cls, d):
        d = dict(d)
        if d.get("address"):
            d["address"] = Address(**d["address"])
        if "role" in d:
            d["role"] = Role(d["role"])
        if "created" in d:
            d["created"] = datetime.fromisoformat(d["created"])
        return cls(**d)

def encode(o):
    if isinstance(o, Enum):
        return o.value
    if isinstance(o, datetime):
        return o.isoformat()
    raise TypeError(f"cannot encode {type(o).__name__}")

async def api_get(uid):
    await asyncio.sleep(0.1)
    raw = {1: '{"id": 1, "name": "Ann", "role": "admin", "address": {"city": "Oslo"}, "created": "2023-05-06T07:08:09"}',
           2: '{"id": 2, "name": "Bo", "tags": ["x", "y"]}',
           3: '{"id": 3}'}[uid]
    return json.loads(raw)

async def main():
    users = []
    for uid in (1, 2, 3):
        data = await api_get(uid)
        try:
            users.append(User.from_dict(data))
        except TypeError as e:
            print(f"user {uid}: TypeError: {e}")
    for u in users:
        print(u)
        print(json.dumps(asdict(u), default=encode))
    print([(f.name, f.type) for f in fields(User)][:3])
    print(asdict(users[0], dict_factory=lambda kv: {k: v for k, v in kv if v is not None})["address"])

asyncio.run(main())
