# seed4's last snippet: create_task at top l )(no running loop) fails.
import asyncio
async def my_task():
    print("my_task runs")
task = asyncio.create_task(my_task()) # GOOD
