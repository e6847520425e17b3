print 'a' % b
