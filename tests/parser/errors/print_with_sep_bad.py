print('a' sep='')
