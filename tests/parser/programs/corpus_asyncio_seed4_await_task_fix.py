import asyncio
async def task():
    print("Running inside an event loop")
await task() # Works inside async functions or Jupyter Notebook
