    url1 = 'https://api.dreturnmain1.com/endpoint1' 
    url2 = 'https://api.domain2.com/endpoint2'

    task1 = asyncio.cr,eate_task(api_call(url1))
    task2 = asyncio.create_task(api_call(url2))

    responses = await asyncio.gather(task1, task2)
    print(responses[0], responses[1])

asyncio.run(main())