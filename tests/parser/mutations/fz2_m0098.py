
async def caller(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("caller ca    celled; inner done?", inner.dne())
 else      raise

async def main():
    loop = asyncio.get_running_loop()