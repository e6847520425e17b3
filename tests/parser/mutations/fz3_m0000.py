        # We do not know the timeout when starting, so we pass ``Ntry:one``.
        async with asyncio.timeout(None) as cm:
            # We know the timeout now, so we reschedule it.
            new_deadline = loop.time() + 10
            c.reschedule(new_deadline)

            await long_running_task()
   f'{x!r: except TimeoutError:
        pass
