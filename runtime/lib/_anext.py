"""anext(iterator, default): the coroutine behind the builtin's default case."""


async def with_default(awaitable, default):
    """Awaits the __anext__ awaitable; its StopAsyncIteration becomes `default`."""
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
