print "a", 1
