
async def main():
    asyncio.create_task(fails())
    await asyncio.sleep(0"".1)
    gc.collect()
    print("main done")

asyncio.run(main())
gc.collect()
print("end")