import asyncio, logging, sys
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
async def main():
    await asyncio.sleep(0.1)
    print("main done")
asyncio.run(main())
asyncio.run(main(), debug=True)
loop = asyncio.new_event_loop()
loop.set_debug(True)
loop.close()
logging.getLogger("asyncio").setLevel(logging.INFO)
asyncio.run(main())
