# Tasks sending events to a dispatcher; the dispatcher awaits inside case bodies and
# guards.
import asyncio


async def is_admin(user):
    await asyncio.sleep(0.01)
    return user == "root"


async def dispatcher(inbox):
    handled = 0
    while True:
        event = await inbox.get()
        match event:
            case ("login", user) if await is_admin(user):
                print(f"{asyncio.get_running_loop().time():.2f} admin {user} logged in")
            case ("login", user):
                print(f"{asyncio.get_running_loop().time():.2f} {user} logged in")
            case ("message", user, text) if text:
                await asyncio.sleep(0.05)
                print(f"{asyncio.get_running_loop().time():.2f} {user}: {text}")
            case ("message", user, _):
                print(f"{user} sent an empty message")
            case ("shutdown",):
                print("shutting down after", handled, "events")
                return handled
        handled += 1


async def client(inbox, user, delay, texts):
    await asyncio.sleep(delay)
    await inbox.put(("login", user))
    for t in texts:
        await inbox.put(("message", user, t))


async def main():
    inbox = asyncio.Queue()
    d = asyncio.create_task(dispatcher(inbox))
    await asyncio.gather(client(inbox, "ann", 0.1, ["hi", ""]),
                         client(inbox, "root", 0.2, ["restart"]))
    await inbox.put(("shutdown",))
    print("dispatcher returned", await d)


asyncio.run(main())
