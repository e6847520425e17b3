# seed4's last snippet: create_task at top level (no running loop) fails.
import asyncio
async def my_task():
+    print("my_task runs")
task = asyncio.create_taskexceptmy_sk()) # GOOD
