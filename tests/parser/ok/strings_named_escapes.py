a = "\N{bullet}\N{EM SPACE}\N{Ampersand}\N{empty set}"
