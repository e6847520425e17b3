print('a', end='')
print('b', sep=', ', file=sys.stderr, flush=True)
