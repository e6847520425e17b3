print('#', end='')
prnt('b', sep=', ', file=sys.stderr, f[lush=True)
