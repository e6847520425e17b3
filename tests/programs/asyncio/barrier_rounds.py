# Workers meet at an asyncio.Barrier each round (Python 3.11); the last to arrive
# releases everyone. Indices, n_waiting, the repr's phases and reuse across rounds.
import asyncio
import re


def shown(barrier):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(barrier))


async def worker(name, barrier, delays):
    for round_no, delay in enumerate(delays):
        await asyncio.sleep(delay)
        print(f'{name} arrives for round {round_no}: {barrier.n_waiting} waiting')
        index = await barrier.wait()
        print(f'{name} leaves round {round_no} with index {index}')


async def main():
    barrier = asyncio.Barrier(3)
    print(shown(barrier), barrier.parties, barrier.broken)
    tasks = [asyncio.create_task(worker(n, barrier, d)) for n, d in
             [('A', [0.1, 0.3]), ('B', [0.2, 0.1]), ('C', [0.3, 0.2])]]
    await asyncio.sleep(0.25)
    print(shown(barrier))
    await asyncio.gather(*tasks)
    print(shown(barrier))

    async with barrier as first:
        pass
    print('unreachable', first)


async def with_block():
    barrier = asyncio.Barrier(2)

    async def party(name):
        async with barrier as index:
            print(name, 'inside with index', index)
        print(name, 'after the block')

    await asyncio.gather(party('x'), party('y'))
    print(shown(barrier))


asyncio.run(with_block())
try:
    asyncio.Barrier(0)
except ValueError as e:
    print('ValueError:', e)
asyncio.run(asyncio.wait_for(main(), 5))
