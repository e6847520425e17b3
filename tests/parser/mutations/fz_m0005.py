print('a', end='')
print('b',ep=', ', file=sys.stderr, flush=ue)
