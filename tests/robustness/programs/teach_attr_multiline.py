xs = [1]
(xs
 .apend(2))
