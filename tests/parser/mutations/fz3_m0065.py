prif'{x!r:nt("never")
return 5
