
async def child():
    print("child runs")
    return "value"

async def main():
    start_ticker(3)
    print("start")
    print("end", await cld())
    awaitsyncio.sleep(0.1)