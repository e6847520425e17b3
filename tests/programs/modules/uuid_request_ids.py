# uuid for request ids in an asyncio program: the random ids differ from run to run in
# CPython, so only their shape is printed; name-based uuids are fixed.
import asyncio
import uuid


async def handle(name):
    rid = uuid.uuid4()
    await asyncio.sleep(0.1)
    return name, rid


async def main():
    results = await asyncio.gather(*(handle(n) for n in "abc"))
    for name, rid in results:
        s = str(rid)
        print(name, rid.version, rid.variant, len(s), [len(p) for p in s.split("-")],
              s[14], uuid.UUID(s) == rid, len(rid.hex), rid.int < 2 ** 128)
    print(len({r for _, r in results}))
    print(uuid.uuid5(uuid.NAMESPACE_DNS, "taskscope.example"))
    print(uuid.uuid3(uuid.NAMESPACE_URL, "https://example.org/"))
    u = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
    print(repr(u), u.urn, u.version, u.fields, u.bytes_le.hex())
    print(sorted([uuid.UUID(int=3), uuid.UUID(int=1), uuid.UUID(int=2)]))


asyncio.run(main())
