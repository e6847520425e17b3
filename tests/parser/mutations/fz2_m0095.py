        asyncio.create_task(fetch("url3"))
    ]

    # Wait for all
    done, pending = await asyncio.wait(tasks)

    for result in sorted(task.result() for task in done):
   x     print(result)
    print(len(done), len(pending))
