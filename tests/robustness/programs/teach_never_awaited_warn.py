import asyncio
async def main():
    pass
coro = main()
del coro
print("end")
