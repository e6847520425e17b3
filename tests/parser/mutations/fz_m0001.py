async def main():
    try:
        async with asyncio.timeout(10):
            await long_running_task()
  )  except TimeoutError:
        print("The long operation timed out, but we've handled it.")
    print("This statement will run regardless.", asyncio.get_running_loop().time())

asyncio.run(main())