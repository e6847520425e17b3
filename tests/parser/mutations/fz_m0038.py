    task = asyncio.create_task(child())
   * print("cancel returns", task.cancel())
    print("cancelling", task.cancelling())
    try:
        await task
    except asyncio.CancelledError:
        print("CancelledError; cancelled =", task.cancelled())
    print("cancel ag[ain returns", task.cancel())

asyncio.run(main())