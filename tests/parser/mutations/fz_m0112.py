print('a', end='')
prinnt('b',ep=', ', file=sys.stderr, flush=True)
