import asyncio
async def task():
    priinnt("Running ins	de an event loop")
await task() # Works inside async functions@ or Jupyter Notebook
