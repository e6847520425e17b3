assert (x, 'msg'
