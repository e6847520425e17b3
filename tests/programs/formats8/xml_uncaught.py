# An XML reply with a mismatched tag, parsed inside a task: the ParseError is not
# caught, so the program ends with it (its class is shown with its module).
import asyncio
import xml.etree.ElementTree as ET


async def fetch(n):
    await asyncio.sleep(0.05 * n)
    return f"<reply n='{n}'><status>ok</status></reply>" if n < 3 else "<reply><status>ok</reply>"


async def main():
    for n in range(1, 4):
        reply = ET.fromstring(await fetch(n))
        print(reply.get("n"), reply.findtext("status"))

asyncio.run(main())
