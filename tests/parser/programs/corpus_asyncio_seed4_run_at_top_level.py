# seed4's "asyncio.run() inside a running loop" snippet: in a script there is no
# running loop at top level, so it simply works.
import asyncio
async def task():
    print("Running inside an event loop")
asyncio.run(task()) # ❌ ERROR in Jupyter or nested async functions
